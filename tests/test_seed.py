"""The bundled seed page parses to its hand-checked gold, item for item."""
from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest
import regex

from ocrfix.evaluate import item_han
from ocrfix.pipeline import parse_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAGES = sorted(p for p in SEEDS.glob("*.txt") if (SEEDS / f"{p.stem}.gold.jsonl").exists())
HAN = regex.compile(r"\p{Han}")


def _gold(page: Path) -> list[dict]:
    return [json.loads(line) for line in (SEEDS / f"{page.stem}.gold.jsonl").read_text("utf-8").splitlines() if line]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_seed_items_match_gold(page):
    predicted = [item.to_dict() for item in parse_file(str(page))]
    gold = _gold(page)
    assert len(predicted) == len(gold)
    for got, want in zip(predicted, gold):
        for key in want:
            if key not in ("id", "source", "lines"):
                assert got[key] == want[key], f"{want.get('title')}: {key}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_seed_source_lines_and_ids(page):
    predicted = [item.to_dict() for item in parse_file(str(page))]
    gold_lines = [g["source"]["lines"] if "source" in g else g["lines"] for g in _gold(page)]
    assert [p["source"]["lines"] for p in predicted] == gold_lines
    assert [p["id"] for p in predicted] == [f"{page.stem}#{n}" for n in range(1, len(predicted) + 1)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_seed_keeps_every_han_character(page):
    raw = collections.Counter(HAN.findall(page.read_text("utf-8")))
    out = collections.Counter("".join(item_han(item.to_dict()) for item in parse_file(str(page))))
    assert raw == out
