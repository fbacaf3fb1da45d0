"""The seed page: its gold JSONL is clean, its raw text shows the damage at the right places."""
import json
from pathlib import Path

import pytest

from ocrfix.check import sources
from ocrfix.check.runner import find

pytest.importorskip("ocrfix.engine")

SEEDS = Path(__file__).parent.parent / "seeds"
RAW = SEEDS / "000_08a40f92cd806406.txt"
GOLD = SEEDS / "000_08a40f92cd806406.gold.jsonl"


@pytest.fixture(scope="module")
def raw_findings():
    return find(sources.read(str(RAW)))


def _at(findings, code):
    return {(f.line, f.col) for f in findings if f.code == code}


def test_gold_has_no_findings():
    assert [(f.code, f.line, f.field, f.message) for f in find(sources.read(str(GOLD)))] == []


def test_gold_as_one_paragraph_a_line_text_has_no_findings():
    """The gold items written out as clean reading text (headlines, then one paragraph
    a line, a blank line between items) are clean too: their line breaks are no damage."""
    items = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        heads = [record["kicker"], record["title"],
                 record["subtitle"] and "——" + record["subtitle"]]
        items.append("\n".join([h for h in heads if h] + [p["text"] for p in record["body"]]
                               + [record["byline"] or ""]).strip())
    document = sources.document("gold.txt", "\n\n".join(items) + "\n")
    assert [(f.code, f.line, f.message) for f in find(document)] == []


def test_spaced_numbers(raw_findings):
    spaced = _at(raw_findings, "SP05")
    assert {(40, 8), (40, 12)} <= spaced        # 类棉服加工企业 400 余家
    assert {(106, 2), (106, 4), (106, 6)} <= spaced  # 3 月 7 日


def test_letter_spacing(raw_findings):
    assert (130, 3) in _at(raw_findings, "SP08")  # ■ 本 报 记 者 李兆宪


def test_paragraph_broken_across_lines(raw_findings):
    breaks = _at(raw_findings, "LA01")
    assert (1, 35) in breaks                      # …我昨天提|交的申请材料
    assert not {line for line, _ in breaks} & {19, 21, 127, 130, 208, 335}  # headlines, credits


def test_paragraph_split_across_text_boxes(raw_findings):
    splits = {line for line, _ in _at(raw_findings, "LA02")}
    assert splits == {37, 52, 68, 134, 148, 151, 168, 187, 282}


def test_raw_seed_has_no_encoding_balance_or_structure_findings(raw_findings):
    assert not [f for f in raw_findings if f.code[:2] in ("EN", "BA", "ST", "TX")]
