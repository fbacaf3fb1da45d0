"""The parser on real extractor output: pdftotext (default, -raw, -layout) and tesseract.

Each page in ``tests/data/extracted`` is parsed in every style and scored against its
gold with :func:`ocrfix.evaluate.evaluate`. Only modest floors are asserted for now;
run with ``-s`` to see the figures per page and per style::

    .venv/bin/python -m pytest tests/test_extracted_pages.py -s
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from ocrfix.evaluate import evaluate
from ocrfix.pipeline import parse
from ocrfix.styles import STYLES

# The floors each style must keep (scores over all pages together). Han characters:
# every one of the input in the output, none added (not for OCR, whose errors the
# normaliser may repair). Paragraph F1 is exact, or fuzzy (similarity >= 0.9) for OCR.
# Measured on p1-p9 (p7-p9, a different paper's style, were added untuned; then tuned
# on them with general rules only):
FLOORS = {  # just under what the parser measured: plain 0.906, raw 0.990, layout 0.956,
    # OCR fuzzy 0.854 (exact 0.368, headers 0.556)
    "plain": {"paragraph_f1": 0.90, "han_lost": 0, "han_added": 0},
    "raw": {"paragraph_f1": 0.98, "han_lost": 0, "han_added": 0},
    "layout": {"paragraph_f1": 0.95, "han_lost": 0, "han_added": 0},
    "ocr": {"paragraph_f1_fuzzy": 0.85, "paragraph_f1": 0.36, "headers": 0.55},
}

EXTRACTED = Path(__file__).resolve().parent / "data" / "extracted"
PAGES = sorted(path.name[: -len(".gold.jsonl")] for path in EXTRACTED.glob("*.gold.jsonl"))


def _parse(text: str, style: str, path: str) -> list[dict]:
    """Parse as a user would: the style named, and the ``ocr`` preset for OCR text."""
    preset = "ocr" if style == "ocr" else "newspaper"
    return [item.to_dict() for item in parse(text, path, style=style, preset=preset)]


def _gold(page: str) -> list[dict]:
    lines = (EXTRACTED / f"{page}.gold.jsonl").read_text("utf-8").splitlines()
    return [dict(json.loads(line), id=f"{page}#{n}") for n, line in enumerate(lines, 1) if line]


def _page_ids(page: str, items: list[dict]) -> list[dict]:
    return [dict(item, id=f"{page}#{n}") for n, item in enumerate(items, 1)]


def _figures(report: dict) -> dict:
    han = report["han"] or {}
    return {"paragraph_f1": report["paragraphs"]["f1"],
            "paragraph_f1_fuzzy": report["paragraphs_fuzzy"]["f1"],
            "items_exact": report["items_exact"], "headers": report["headers"]["accuracy"],
            "han_lost": han.get("lost", 0), "han_added": han.get("added", 0)}


@cache
def _results(style: str) -> tuple[dict, dict]:
    """Figures for all pages of ``style`` together, and for each page."""
    predicted, gold, raw, per_page = [], [], [], {}
    for page in PAGES:
        text = (EXTRACTED / f"{page}.{style}.txt").read_text("utf-8")
        items = _page_ids(page, _parse(text, style, f"{page}.{style}.txt"))
        page_gold = _gold(page)
        per_page[page] = _figures(evaluate(items, page_gold, raw=text))
        predicted += items
        gold += page_gold
        raw.append(text)
    return _figures(evaluate(predicted, gold, raw="\n".join(raw))), per_page


def _table(style: str, total: dict, per_page: dict) -> str:
    header = f"{style:<7} {'page':<12} {'para F1':>7} {'fuzzy':>6} {'items':>6} {'heads':>6} {'Han -/+':>8}"
    rows = [header]
    for name, figures in list(per_page.items()) + [("ALL", total)]:
        rows.append(f"{'':<7} {name:<12} {figures['paragraph_f1']:>7.3f} "
                    f"{figures['paragraph_f1_fuzzy']:>6.3f} {figures['items_exact']:>6.3f} "
                    f"{figures['headers']:>6.3f} {figures['han_lost']:>4}/{figures['han_added']:<3}")
    return "\n".join(rows)


def test_every_page_has_every_style():
    assert PAGES
    for page in PAGES:
        for style in STYLES:
            assert (EXTRACTED / f"{page}.{style}.txt").is_file(), f"{page}.{style}.txt"


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("page", PAGES)
def test_parses_without_crashing(page, style):
    text = (EXTRACTED / f"{page}.{style}.txt").read_text("utf-8")
    items = _parse(text, style, f"{page}.{style}.txt")
    assert items and all(item["type"] in ("article", "photo", "other") for item in items)


@pytest.mark.parametrize("style", STYLES)
def test_style_keeps_its_floor(style):
    total, per_page = _results(style)
    print("\n" + _table(style, total, per_page))
    for name, floor in FLOORS[style].items():
        if name.startswith("han_"):
            assert total[name] <= floor, f"{style}: {name} {total[name]} > {floor}"
        else:
            assert total[name] >= floor, f"{style}: {name} {total[name]:.3f} < {floor}"
