"""The page generator: determinism, gold schema, line ranges, Han characters, variations."""
from __future__ import annotations

import collections
import random
from pathlib import Path

import jsonschema
import pytest
import regex
from hypothesis import HealthCheck, given, settings

from ocrfix.evaluate import item_han
from ocrfix.generate import ITEM_KEYS, VARIATIONS, PageSpec, generate_page, generate_pages
from strategies import pages

_TEXT = {"type": ["string", "null"]}
_AUTHORS = {"type": "array", "items": {
    "type": "object", "required": ["role", "name"], "additionalProperties": False,
    "properties": {"role": {"enum": ["记者", "通讯员", "摄影", "编辑", None]},
                   "name": {"type": "string", "pattern": r"^\S+$"}}}}
ITEM_SCHEMA = {
    "type": "object", "required": list(ITEM_KEYS), "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": r"^[^#]+#[1-9][0-9]*$"},
        "type": {"enum": ["article", "photo", "other"]},
        "kicker": _TEXT, "title": _TEXT, "dateline": _TEXT, "byline": _TEXT,
        "subtitle": {"type": ["string", "null"], "not": {"type": "string", "pattern": "^——"}},
        "authors": _AUTHORS,
        "body": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["kind", "text"], "additionalProperties": False,
            "properties": {"kind": {"enum": ["paragraph", "subhead", "list_item"]},
                           "text": {"type": "string", "minLength": 1}}}},
        "captions": {"type": "array", "items": {
            "type": "object", "required": ["text", "byline", "authors"],
            "additionalProperties": False,
            "properties": {"text": {"type": "string"}, "byline": _TEXT, "authors": _AUTHORS}}},
        "source": {"type": "object", "required": ["path", "lines"], "additionalProperties": False,
                   "properties": {"path": {"type": "string"},
                                  "lines": {"type": "array", "minItems": 2, "maxItems": 2,
                                            "items": {"type": "integer", "minimum": 1}}}},
    },
}

# What house style forbids in clean text (SPEC): a space between Han and a digit, Latin
# letter or mark; ASCII marks between Han; ideographic spaces; letter spacing.
_NOT_HOUSE_STYLE = regex.compile(
    r"\p{Han} [0-9A-Za-z，。；：、“”（）]|[0-9A-Za-z，。；：、“”（）] \p{Han}"
    r"|(?<=\p{Han})[,:;()](?=\p{Han})|\N{IDEOGRAPHIC SPACE}|\p{Han}(?: \p{Han}){2}")

_settings = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _han(text: str) -> collections.Counter:
    return collections.Counter(regex.findall(r"\p{Han}", text))


@pytest.mark.parametrize("name", sorted(VARIATIONS))
def test_same_seed_gives_the_same_page(name):
    first, again = generate_page(VARIATIONS[name], 5), generate_page(VARIATIONS[name], 5)
    assert (first.raw, first.gold) == (again.raw, again.gold)
    assert generate_page(VARIATIONS[name], 6).raw != first.raw


def test_global_random_state_does_not_matter():
    random.seed(1)
    first = generate_page(VARIATIONS["seedlike"], 3)
    random.seed(2)
    assert generate_page(VARIATIONS["seedlike"], 3) == first


def test_generate_pages_numbers_ids_and_paths():
    generated = list(generate_pages(PageSpec(), 2, seed=40, prefix="p"))
    assert [page.page_id for page in generated] == ["p000040", "p000041"]
    assert generated[0].gold[0]["id"] == "p000040#1"
    assert generated[0].gold[0]["source"]["path"] == "p000040.txt"
    assert generated[0].gold_jsonl().count("\n") == len(generated[0].gold)


@_settings
@given(pages())
def test_gold_follows_the_schema_and_house_style(page):
    assert page.gold and page.raw.endswith("\n") and "\n\n\n" not in page.raw
    for number, item in enumerate(page.gold, 1):
        jsonschema.validate(item, ITEM_SCHEMA)
        assert tuple(item) == ITEM_KEYS
        assert item["id"] == f"{page.page_id}#{number}"
        texts = [item[key] or "" for key in ("kicker", "title", "subtitle", "dateline", "byline")]
        texts += [entry["text"] for entry in item["body"]]
        texts += [caption["text"] for caption in item["captions"]]
        assert not any(_NOT_HOUSE_STYLE.search(text) for text in texts), texts
        if item["type"] == "article":
            assert item["title"]
        else:
            assert not (item["title"] or item["dateline"] or item["captions"])


@_settings
@given(pages())
def test_source_lines_hold_the_item_text(page):
    lines = page.raw.split("\n")
    starts = [item["source"]["lines"][0] for item in page.gold]
    assert starts == sorted(starts), "items are in reading order"
    for item in page.gold:
        first, last = item["source"]["lines"]
        assert 1 <= first <= last < len(lines)
        assert lines[first - 1].strip() and lines[last - 1].strip()
        assert not _han(item_han(item)) - _han("\n".join(lines[first - 1:last]))


@_settings
@given(pages())
def test_gold_and_raw_hold_the_same_han_characters(page):
    assert _han("".join(item_han(item) for item in page.gold)) == _han(page.raw)


def _overlapping(page) -> bool:
    spans = sorted(item["source"]["lines"] for item in page.gold)
    return any(later[0] <= earlier[1] for earlier, later in zip(spans, spans[1:]))


def _title_last(page) -> bool:
    lines = page.raw.split("\n")
    return all(_han(item["title"]) <= _han("\n".join(lines[item["source"]["lines"][1] - 3:
                                                          item["source"]["lines"][1]]))
               for item in page.gold if item["type"] == "article")


def _kinds(page) -> set:
    return {entry["kind"] for item in page.gold for entry in item["body"]}


# Each variation shows its feature on at least one of a few pages.
SHOWS = {
    "plain": lambda page: not _overlapping(page) and not _title_last(page),
    "headline_after": _title_last,
    "headline_mixed": lambda page: any(item["subtitle"] for item in page.gold),
    "indent_kept": lambda page: "\n\N{IDEOGRAPHIC SPACE}\N{IDEOGRAPHIC SPACE}" in page.raw,
    "indent_ascii": lambda page: "\n  " in page.raw,
    "no_gaps": lambda page: page.raw.count("\n\n") < sum(len(i["body"]) for i in page.gold),
    "box_breaks": lambda page: regex.search(r"[^。！？；”\s]\n\n\p{Han}", page.raw),
    "bylines": lambda page: "本 报 记 者" in page.raw,
    "photos": lambda page: any(item["type"] == "photo" for item in page.gold)
    and any(item["captions"] for item in page.gold),
    "structure": lambda page: {"subhead", "list_item"} <= _kinds(page),
    "ocr_noise": lambda page: regex.search(r"\p{Han},\p{Han}|\d \p{Han}", page.raw),
    "furniture": lambda page: any(item["type"] == "other" for item in page.gold),
    "interleaved": _overlapping,
    "interleaved_lines": lambda page: regex.search(r"(?:\n\n[^\n]+){10}\n\n", page.raw),
    "seedlike": lambda page: len({item["type"] for item in page.gold}) == 3,
    "side_by_side": lambda page: regex.search(r"\p{Han}[，。、”]?  \p{Han}", page.raw),
}


@pytest.mark.parametrize("name", sorted(VARIATIONS))
def test_each_variation_shows_its_feature(name):
    assert any(SHOWS[name](page) for page in generate_pages(VARIATIONS[name], 8, seed=100))


def test_the_example_script_writes_pages_and_scores_them(tmp_path, capsys):
    import runpy
    script = runpy.run_path(str(Path(__file__).resolve().parents[1] / "examples" / "generate_pages.py"))
    script["main"]([str(tmp_path), "-n", "2", "--variation", "plain", "--variation", "photos"])
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["plain", "photos", "all"]
    assert "paragraph F1" in lines[-1] and len(list((tmp_path / "photos").glob("*.gold.jsonl"))) == 2
