"""``ocrfix parse`` from the command line: formats, encodings and bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrfix.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_08a40f92cd806406.txt"
PAGE = "本报讯（记者 周明）湖畔公园的樱花迎来盛花期。\n\n樱花盛开引客来\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_parse_seed_to_jsonl_is_byte_identical_on_rerun(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("parse", str(SEED), "-o", str(first)).exit_code == 0
    assert run("parse", str(SEED), "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    records = [json.loads(line) for line in first.read_text("utf-8").splitlines()]
    assert len(records) == 8 and all(set(r) >= {"id", "type", "body", "captions", "source"} for r in records)
    assert "\\u" not in first.read_text("utf-8")


def test_text_format_puts_one_paragraph_a_line():
    result = run("parse", "-", "--format", "text", input=PAGE.encode())
    assert result.exit_code == 0
    assert result.output == "樱花盛开引客来\n本报讯（记者 周明）湖畔公园的樱花迎来盛花期。\n"


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: "\ufeff".encode() + t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: t.encode("gb18030"),
])
def test_encodings_and_line_ends(encode, tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(encode(PAGE))
    result = run("parse", str(page))
    assert result.exit_code == 0
    assert json.loads(result.output.splitlines()[0])["title"] == "樱花盛开引客来"


def test_jsonl_records_with_a_text_field(tmp_path):
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(json.dumps({"raw": PAGE}, ensure_ascii=False) + "\n" * 2
                      + json.dumps({"raw": PAGE}, ensure_ascii=False) + "\n", "utf-8")
    result = run("parse", str(corpus), "--text-field", "raw")
    assert result.exit_code == 0
    sources = [json.loads(line)["source"]["path"] for line in result.output.splitlines()]
    assert sources == [f"{corpus}:1", f"{corpus}:3"]


def test_directory_is_searched_for_text_files(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(PAGE, "utf-8")
    result = run("parse", str(tmp_path))
    assert result.exit_code == 0 and len(result.output.splitlines()) == 2


@pytest.mark.parametrize("make, problem", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty.txt").write_bytes(b"") and d / "empty.txt" or d / "empty.txt", "empty input"),
    (lambda d: (d / "nothing").mkdir() or d / "nothing", "no text files"),
    (lambda d: (d / "bad.txt").write_bytes(bytes(range(256)) * 4) and d / "bad.txt", "cannot decode"),
    (lambda d: (d / "bad.jsonl").write_text('{"text": "a"}\n{oops\n') and d / "bad.jsonl", "line 2"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(make, problem, tmp_path):
    target = make(tmp_path)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["parse", str(target), "-o", str(out)])
    assert result.exit_code == 2
    message = result.stderr if hasattr(result, "stderr") else result.output
    assert message.count("\n") == 1 and str(target) in message and problem in message
    assert not out.exists()
    assert list(tmp_path.glob(".out.jsonl.*")) == []


def test_unknown_preset_is_an_error():
    result = run("parse", "-", "--preset", "nope", input=PAGE.encode())
    assert result.exit_code == 2


def test_parse_help_shows_an_example():
    result = run("parse", "--help")
    assert result.exit_code == 0 and "Examples" in result.output and "ocrfix parse" in result.output


def test_help_does_not_import_jieba_or_opencc():
    code = ("import sys\nfrom ocrfix.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('jieba', 'opencc') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in result.stdout


def test_jsonl_records_get_distinct_ids(tmp_path):
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text((json.dumps({"text": PAGE}, ensure_ascii=False) + "\n") * 2, "utf-8")
    result = run("parse", str(corpus))
    ids = [json.loads(line)["id"] for line in result.output.splitlines()]
    assert ids == ["pages:1#1", "pages:2#1"]
