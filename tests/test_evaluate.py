"""Scoring: evaluate() metrics, edit distance, and the ``ocrfix eval`` command."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from ocrfix.cli import main
from ocrfix.evaluate import edit_distance, evaluate, load_items
from ocrfix.generate import VARIATIONS, generate_page

SEED = Path(__file__).parent.parent / "seeds"
RAW = (SEED / "000_08a40f92cd806406.txt").read_text(encoding="utf-8")
GOLD = [json.loads(line) for line in
        (SEED / "000_08a40f92cd806406.gold.jsonl").read_text(encoding="utf-8").splitlines()]
PARAGRAPHS = sum(len(item["body"]) for item in GOLD)


def _levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, char_b in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (char_a != char_b))
    return row[-1]


@given(st.text("ab月日 ，", max_size=40), st.text("ab月日 ，", max_size=40))
def test_edit_distance_is_levenshtein(a, b):
    assert edit_distance(a, b) == _levenshtein(a, b)


def test_gold_against_itself_is_perfect():
    report = evaluate(GOLD, GOLD, RAW)
    assert report["items"] == {"gold": 8, "pred": 8, "matched": 8}
    assert report["paragraphs"]["f1"] == report["paragraphs_fuzzy"]["f1"] == 1.0
    assert report["headers"]["accuracy"] == report["items_exact"] == report["body_kinds"] == 1.0
    assert report["cer"] == {"mean": 0.0, "micro": 0.0}
    assert report["han"] == {"lost": 0, "added": 0}
    assert report["mismatches"] == []


def test_merged_paragraphs_lower_exact_scores_but_not_cer():
    pred = copy.deepcopy(GOLD)
    body = pred[0]["body"]
    body[0:2] = [{"kind": "paragraph", "text": body[0]["text"] + body[1]["text"]}]
    report = evaluate(pred, GOLD, RAW)
    paragraphs = report["paragraphs"]
    assert (paragraphs["gold"], paragraphs["pred"], paragraphs["matched"]) == \
        (PARAGRAPHS, PARAGRAPHS - 1, PARAGRAPHS - 2)
    assert paragraphs["f1"] == round(2 * (PARAGRAPHS - 2) / (2 * PARAGRAPHS - 1), 4)
    assert report["items_exact"] == 0.875 and report["headers"]["accuracy"] == 1.0
    assert report["cer"]["mean"] == 0.0 and report["han"] == {"lost": 0, "added": 0}


def test_a_small_typo_matches_fuzzily_and_counts_in_cer():
    pred = copy.deepcopy(GOLD)
    text = pred[1]["body"][2]["text"]
    pred[1]["body"][2]["text"] = text.replace("400余家", "400 余家")
    report = evaluate(pred, GOLD)
    assert report["paragraphs"]["matched"] == PARAGRAPHS - 1
    assert report["paragraphs_fuzzy"]["f1"] == 1.0
    gold_length = sum(len(entry["text"]) for entry in GOLD[1]["body"])
    assert report["cer"]["micro"] == round(1 / sum(len(e["text"]) for i in GOLD for e in i["body"]), 4)
    assert report["cer"]["mean"] == round(1 / gold_length / len(GOLD), 4)


def test_header_kind_and_caption_errors_are_counted_per_field():
    pred = copy.deepcopy(GOLD)
    pred[0]["title"] = "莘县推动政务服务再升级"
    pred[6]["body"][5]["kind"] = "paragraph"  # a subhead
    pred[7]["captions"] = [{"text": "图", "byline": None, "authors": []}]
    report = evaluate(pred, GOLD)
    assert report["headers"]["accuracy"] == 0.875
    assert report["headers"]["fields"]["title"] == 0.875
    assert report["headers"]["fields"]["byline"] == 1.0
    assert report["items_exact"] == 0.625
    assert report["body_kinds"] == round((PARAGRAPHS - 1) / PARAGRAPHS, 4)
    assert {(m["item"], m["field"]) for m in report["mismatches"]} == {
        ("推动政务服务再升级", "title"), ("实干担当勇争先 奋楫扬帆启新程", "body"),
        ("加强定点药店常态化监管", "captions")}


def test_a_missing_item_and_lost_characters():
    pred = GOLD[:3] + GOLD[4:]
    report = evaluate(pred, GOLD, RAW)
    assert report["items"]["matched"] == 7 and report["items_exact"] == 0.875
    assert report["han"]["lost"] > 100 and report["han"]["added"] == 0
    assert {"item": "3月7日，工作人员在茌平区信发现", "field": "item",
            "gold": "present", "pred": "missing"} in report["mismatches"]


def test_a_wrongly_split_item_still_matches_the_larger_part():
    pred = copy.deepcopy(GOLD)
    tail = dict(pred[1], title=None, kicker=None, body=pred[1]["body"][5:])
    pred[1]["body"] = pred[1]["body"][:5]
    report = evaluate(pred[:2] + [tail] + pred[2:], GOLD)
    assert report["items"] == {"gold": 8, "pred": 9, "matched": 8}
    assert report["paragraphs"]["f1"] == 1.0 and report["items_exact"] == 0.875


def test_items_are_matched_within_their_page():
    pages = [generate_page(VARIATIONS["plain"], seed) for seed in (1, 2)]
    gold = pages[0].gold + pages[1].gold
    report = evaluate(list(reversed(gold)), gold)
    assert report["pages"] == 2 and report["items_exact"] == 1.0
    assert evaluate([], gold)["items"]["matched"] == 0


# --- the command ---------------------------------------------------------------------

@pytest.fixture
def files(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in GOLD), "utf-8")
    raw = tmp_path / "page.txt"
    raw.write_text(RAW, "utf-8")
    return tmp_path, str(gold), str(raw)


def _run(*args):
    return CliRunner().invoke(main, ["eval", *args])


def test_cli_text_and_json(files):
    _, gold, raw = files
    text = _run(gold, gold, "--input", raw)
    assert text.exit_code == 0
    assert "F1 1.0000" in text.output and "lost 0  added 0" in text.output
    report = json.loads(_run(gold, gold, "--format", "json").output)
    assert report["items_exact"] == 1.0 and report["han"] is None


def test_cli_verbose_lists_mismatches(files):
    tmp_path, gold, _ = files
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(dict(GOLD[0], title="错"), ensure_ascii=False) + "\n", "utf-8")
    output = _run(str(pred), gold, "-v").output
    assert "推动政务服务再升级: title: gold '推动政务服务再升级' pred '错'" in output


@pytest.mark.parametrize("content, problem", [
    ('{"body": []}\n\n{"body": [}\n', "line 3: not JSON"),
    ('[1, 2]\n', "line 1: not an item"),
    ('{"body": [{"kind": "paragraph"}]}\n', "line 1: not an item"),
])
def test_cli_bad_input_names_file_and_line(files, content, problem):
    tmp_path, gold, _ = files
    pred = tmp_path / "pred.jsonl"
    pred.write_text(content, "utf-8")
    result = _run(str(pred), gold)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and f"{pred}: {problem}" in result.stderr


def test_cli_missing_file(files):
    _, gold, _ = files
    result = _run(gold, "nowhere.jsonl")
    assert result.exit_code == 2
    assert result.stderr == "ocrfix eval: nowhere.jsonl: no such file\n"
    assert _run(gold, gold, "--input", "nowhere.txt").exit_code == 2


def test_load_items_reads_the_seed_gold():
    assert load_items(str(SEED / "000_08a40f92cd806406.gold.jsonl")) == GOLD
