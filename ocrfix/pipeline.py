"""The parse pipeline: decode -> normalise -> blocks -> roles -> reflow -> assemble."""
from __future__ import annotations

from dataclasses import replace

from .assemble import assemble
from .blocks import split_blocks
from .model import Item, Line, Page
from .reflow import reflow
from .roles import assign_roles
from .textio import read_path


def normalise_page(text: str, path: str = "-", preset: str = "newspaper", **options) -> Page:
    """Split ``text`` into lines and normalise each through the rule engine."""
    from .engine import explain

    clean, edits = explain(text, preset, **options)
    raw_lines = text.split("\n")
    clean_lines = clean.split("\n")
    lines = tuple(Line(number, raw, clean_line) for number, (raw, clean_line)
                  in enumerate(zip(raw_lines, clean_lines), 1))
    return Page(path, lines, tuple(edits))


def parse(text: str, path: str | None = None, *, preset: str = "newspaper",
          explain: bool = False, **options) -> list[Item]:
    """Parse the raw text of one newspaper page into items in reading order.

    >>> items = parse("本报讯（记者 王军）今天天气很好。\\n\\n好天气\\n")
    >>> items[0].title, items[0].byline, items[0].body[0].text
    ('好天气', '记者 王军', '今天天气很好。')
    """
    page = normalise_page(text, path or "-", preset, **options)
    units = reflow(assign_roles(split_blocks(page)))
    items = assemble(units, page.path)
    if explain:
        items = [replace(item, fixes=tuple(e for e in page.edits
                                           if item.first <= e.line <= item.last))
                 for item in items]
    return items


def parse_file(path: str, **options) -> list[Item]:
    """Read, decode and parse one file (``-`` for standard input)."""
    return parse(read_path(path), path, **options)
