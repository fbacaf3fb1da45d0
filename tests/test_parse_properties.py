"""Invariants of parse on arbitrary and on laid-out text."""
from __future__ import annotations

import collections
import unicodedata

import regex
from hypothesis import HealthCheck, given, settings, strategies as st

from ocrfix.emit import to_jsonl
from ocrfix.evaluate import item_han
from ocrfix.pipeline import parse

HAN = regex.compile(r"\p{Han}")
PIECES = st.sampled_from(["本报讯", "（记者 王军）", "■ ", "本 报 记 者", "——", "，", "。", "；", "“", "”",
                          "3 月 7 日", "App", " ", "\n", "\n\n", "\u3000", "\t", "2.5", "……", "樱花", "公园",
                          "管理处", "新华社北京3月6日电", "责任编辑 张三", "摄", "（", "）"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


def _han(items) -> collections.Counter:
    return collections.Counter("".join(item_han(item.to_dict()) for item in items))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_parse_never_raises_and_keeps_han_characters(text):
    items = parse(text)
    # Compatibility ideographs and Kangxi radicals are folded to their unified forms
    # by a default rule; every other Han character comes through as it was.
    expected = collections.Counter("".join(unicodedata.normalize("NFKC", c) for c in HAN.findall(text)))
    assert _han(items) == expected


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_parse_is_deterministic(text):
    assert to_jsonl(parse(text, "page.txt")) == to_jsonl(parse(text, "page.txt"))


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_source_lines_are_in_range(text):
    count = text.count("\n") + 1
    for item in parse(text):
        assert 1 <= item.first <= item.last <= count
