"""The pre-commit hook and the example workflow call ``ocrfix check`` the way it works."""
import re
import shlex
from pathlib import Path

from ocrfix.check.formats import FORMATS
from ocrfix.cli.check import check

ROOT = Path(__file__).parent.parent


def _value(text, key):
    return re.search(rf"^\s*-?\s*{key}: (.+)$", text, re.M).group(1).strip()


def test_pre_commit_hook():
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert _value(hooks, "id") == "ocrfix-check"
    assert _value(hooks, "entry") == "ocrfix check"
    assert _value(hooks, "language") == "python"
    files = re.compile(_value(hooks, "files"))
    assert files.search("corpus/page.txt") and files.search("out.jsonl") and not files.search("a.md")


def test_workflow_commands_parse():
    workflow = (ROOT / "examples" / "github-workflow.yml").read_text(encoding="utf-8")
    commands = [shlex.split(c)[2:] for c in re.findall(r"run: (ocrfix check [^>|\n]+)", workflow)]
    formats = {args[args.index("--format") + 1] for args in commands}
    assert formats == {"github", "sarif"} and formats <= set(FORMATS)
    for args in commands:
        context = check.make_context("check", list(args))  # raises on a bad option
        assert context.params["paths"] == ("corpus/",)
