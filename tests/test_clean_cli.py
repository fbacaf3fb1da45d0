"""``ocrfix clean`` and ``ocrfix rules`` through click's runner."""
import json

import pytest
from click.testing import CliRunner

from ocrfix import engine
from ocrfix.cli import main

NOISY = '　　3 月 7 日,"App 发布"...\n\n■ 本 报 记 者 李兆宪\n'
CLEAN = "3月7日，“App发布”……\n\n■ 本报记者 李兆宪\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_clean_keeps_lines_and_trailing_newline():
    result = run("clean", input=NOISY)
    assert result.exit_code == 0
    assert result.stdout == CLEAN
    assert run("clean", input="3 月").stdout == "3月"


def test_clean_reads_files_and_writes_output_atomically(tmp_path):
    source = tmp_path / "page.txt"
    source.write_bytes(NOISY.replace("\n", "\r\n").encode("gb18030"))
    target = tmp_path / "out.txt"
    result = run("clean", str(source), "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == CLEAN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "page.txt"]


def test_clean_explain_lists_changes_on_stderr():
    result = run("clean", "--explain", input="3 月\n■ 本 报 记 者\n")
    assert result.stdout == "3月\n■ 本报记者\n"
    assert result.stderr.splitlines() == [
        '-:1:2: SP05 " " → ""',
        '-:2:3: SP08 "本 报 记 者" → "本报记者"',
    ]


def test_clean_explain_json_replays():
    result = run("clean", "--explain", "--explain-format", "json", input=NOISY)
    plan = [json.loads(line) for line in result.stderr.splitlines()]
    assert {"path", "rule", "line", "col", "before", "after"} == set(plan[0])
    assert engine.replay(NOISY, plan) == result.stdout == CLEAN


def test_clean_options_reach_the_engine():
    assert run("clean", "--spacing", "pangu", input="3 月7日").stdout == "3 月 7 日"
    assert run("clean", "--convert", "t2s", input="國際").stdout == "国际"
    assert run("clean", "--preset", "minimal", input="３ 月").stdout == "3 月"
    assert run("clean", "--disable", "SP08", input="■ 本 报 记 者 王军").stdout == "■ 本 报 记 者 王军"
    assert run("clean", "--enable", "corner_quotes", input="「好」").stdout == "“好”"
    assert run("clean", "--preset", "ocr", input="他 己 经 走 了").stdout == "他已经走了"


@pytest.mark.parametrize(("args", "message"), [
    (["--enable", "XX99"], "ocrfix: unknown rule 'XX99'"),
    (["--preset", "tabloid"], "ocrfix: unknown preset 'tabloid'"),
    (["--convert", "nope"], "ocrfix: unknown OpenCC config 'nope'"),
    (["missing.txt"], "ocrfix: missing.txt: no such file"),
])
def test_clean_errors_are_one_line_exit_2(args, message):
    result = run("clean", *args, input="文本")
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_clean_writes_nothing_when_one_input_is_bad(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("3 月", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01\x02\x03\x04\x05\x06\x07")
    target = tmp_path / "out.txt"
    result = run("clean", str(good), str(bad), "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"ocrfix: {bad}: ")
    assert not target.exists()


def test_clean_help_shows_an_example():
    result = run("clean", "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and "ocrfix clean" in result.output


def test_rules_lists_every_rule_with_an_example():
    result = run("rules")
    assert result.exit_code == 0
    for rule in engine.rules():
        assert f"{rule.code}  {rule.name}" in result.output
    assert '"3 月 7 日" → "3月7日"' in result.output
    assert "\\u200b" in result.output                  # invisible characters show


def test_rules_json():
    entries = json.loads(run("rules", "--format", "json").stdout)
    assert [entry["code"] for entry in entries] == [rule.code for rule in engine.rules()]
    first = entries[0]
    assert set(first) == {"code", "name", "summary", "kind", "presets", "example"}
    assert {"text", "fix"} <= set(first["example"])
    assert "Examples:" in run("rules", "--help").output
