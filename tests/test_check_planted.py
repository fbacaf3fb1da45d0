"""Defects planted into the clean gold records are found, in their record and nowhere else."""
import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocrfix.check import sources
from ocrfix.check.runner import find

pytest.importorskip("ocrfix.engine")

GOLD = [json.loads(line) for line in
        (Path(__file__).parent.parent / "seeds" / "000_08a40f92cd806406.gold.jsonl")
        .read_text(encoding="utf-8").splitlines()]
PARAGRAPHS = [(r, i) for r, record in enumerate(GOLD) for i, p in enumerate(record["body"])
              if p["kind"] == "paragraph" and len(p["text"]) > 20]
SETTINGS = settings(max_examples=25, derandomize=True, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _split(text, at):
    # LA02 wants running text on both sides: a split inside the first clause is missed
    at = max(at, text.index("，") + 1)
    while text[at - 1] in "。！？；”’）》…":
        at += 1  # a split after a finished sentence is a legitimate paragraph break
    return text[:at], text[at:]


def _mojibake(text, at):
    return text[:at] + text[at:at + 4].encode("utf-8").decode("gbk", "replace") + text[at + 4:]


def _traditional(text, at):
    import opencc
    return text[:at] + opencc.OpenCC("s2t").convert(text[at:at + 8]) + text[at + 8:]


# code -> function(body, index, position) changing the body in place
PLANTS = {
    "LA01": lambda body, i, at: body[i].update(text=body[i]["text"][:at] + "\n" + body[i]["text"][at:]),
    "LA02": lambda body, i, at: body.__setitem__(slice(i, i + 1), [
        {"kind": "paragraph", "text": part} for part in _split(body[i]["text"], at)]),
    "LA04": lambda body, i, at: body.__setitem__(slice(i, i + 1), [
        {"kind": "paragraph", "text": body[i]["text"][k:k + 16]}
        for k in range(0, len(body[i]["text"]), 16)]),
    "EN01": lambda body, i, at: body[i].update(text=body[i]["text"][:at] + "\ufffd"
                                               + body[i]["text"][at + 1:]),
    "EN02": lambda body, i, at: body[i].update(text=_mojibake(body[i]["text"], at)),
    "BA03": lambda body, i, at: body[i].update(text=body[i]["text"][:at] + "（" + body[i]["text"][at:]),
    "BA04": lambda body, i, at: body[i].update(text=body[i]["text"][:at] + "《" + body[i]["text"][at:]),
    "ST01": lambda body, i, at: body.insert(i + 1, dict(body[i])),
    "TX01": lambda body, i, at: body[i].update(text=_traditional(body[i]["text"], at)),
}
# EN02 pieces too short to re-decode are still lost bytes: EN01 reports them.
ALSO = {"EN02": {"EN01"}}


@pytest.mark.parametrize("code", sorted(PLANTS))
@SETTINGS
@given(data=st.data())
def test_planted_defect_is_found_in_its_record_only(code, data):
    record, index = data.draw(st.sampled_from(PARAGRAPHS))
    at = data.draw(st.integers(3, len(GOLD[record]["body"][index]["text"]) - 12))
    records = copy.deepcopy(GOLD)
    PLANTS[code](records[record]["body"], index, at)
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    findings = find(sources.document("planted.jsonl", text))
    assert {f.line for f in findings} <= {record + 1}
    assert {f.code for f in findings} & ({code} | ALSO.get(code, set()))


def test_unclosed_quote_in_a_record():
    records = copy.deepcopy(GOLD)
    body = records[1]["body"]
    body[0]["text"] = body[0]["text"].replace("”", "", 1)
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    assert [(f.code, f.line, f.field) for f in find(sources.document("q.jsonl", text))] == [
        ("BA01", 2, "body[0].text")]


@pytest.mark.parametrize("change, code", [
    (lambda record: record.update(title=None), "ST02"),
    (lambda record: record.update(body=[]), "ST03"),
])
def test_record_structure(change, code):
    records = copy.deepcopy(GOLD)
    change(records[2])
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    assert [(f.code, f.line) for f in find(sources.document("s.jsonl", text))] == [(code, 3)]
