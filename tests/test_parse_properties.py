"""Invariants of parse on arbitrary and on laid-out text."""
from __future__ import annotations

import collections
import unicodedata

import regex
from hypothesis import HealthCheck, given, settings, strategies as st

from ocrfix.emit import to_jsonl
from ocrfix.generate import PageSpec, generate_page
from ocrfix.evaluate import item_han
from ocrfix.pipeline import parse

from strategies import pages

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


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_generated_pages_keep_every_han_character(page):
    """Any layout the generator can draw: parse never raises and loses or invents no
    Han character (the gold holds the same characters as the raw page)."""
    items = parse(page.raw, f"{page.page_id}.txt")
    assert _han(items) == collections.Counter(HAN.findall(page.raw))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.builds(generate_page, st.builds(PageSpec, widths=st.lists(
    st.integers(6, 16), min_size=1, max_size=3, unique=True).map(
        lambda ems: tuple(4 * em for em in ems))), st.integers(0, 2**32 - 1)))
def test_plain_generated_pages_are_recovered(page):
    """Pages laid out plainly (headlines before, one box a paragraph or more), in
    columns of any width: most paragraphs come back exactly, every item is found.

    Column widths on one page differ by two characters or more (a grid's columns are
    whole characters wide); columns a cell or two apart cannot be told apart."""
    items = [item.to_dict() for item in parse(page.raw, f"{page.page_id}.txt")]
    got = collections.Counter(p["text"] for item in items for p in item["body"])
    want = collections.Counter(p["text"] for item in page.gold for p in item["body"])
    assert sum((got & want).values()) >= 0.8 * sum(want.values())
    assert len(items) >= len(page.gold) - 1
