"""The parse pipeline: decode -> normalise -> blocks -> roles -> regroup -> reflow -> assemble."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .assemble import assemble
from .blocks import split_blocks
from .model import Block, Edit, Item, Line, Page
from .reflow import reflow
from .regroup import regroup
from .roles import assign_roles
from .textio import read_path


def normalise_page(text: str, path: str = "-", preset: str = "newspaper",
                   style: str = "auto", **options) -> Page:
    """Bring the page into reading order (per extractor style), then normalise each line.

    Line numbers stay those of the input: a ``-layout`` page read column by column
    yields its pieces with the numbers of the lines they came from. The ``ocr``
    preset, whose repairs change characters, runs only when asked for, even on
    text detected as OCR output.
    """
    from .engine import explain
    from .styles import prepare

    stream = prepare(text, style)
    if not stream:  # a -layout page of blank lines holds no text at all
        return Page(path, ())
    numbers, pieces = zip(*stream)
    clean, edits = explain("\n".join(pieces), preset, **options)
    clean_lines = clean.split("\n")
    if len(clean_lines) != len(pieces):
        raise RuntimeError("normalising added or removed a line end")
    lines = tuple(map(Line, numbers, pieces, clean_lines))
    if numbers != tuple(range(1, len(numbers) + 1)):
        edits = [replace(edit, line=numbers[edit.line - 1]) for edit in edits]
    return Page(path, lines, tuple(edits))


def parse(text: str, path: str | None = None, *, preset: str = "newspaper",
          style: str = "auto", explain: bool = False, **options) -> list[Item]:
    """Parse the raw text of one newspaper page into items in reading order.

    ``style`` names the extractor's output: ``plain`` (pdftotext's default, most
    PDF tools), ``raw`` (pdftotext -raw), ``layout`` (pdftotext -layout), ``ocr``
    (tesseract), or ``auto`` to detect it.

    >>> items = parse("本报讯（记者 王军）今天天气很好。\\n\\n好天气\\n")
    >>> items[0].title, items[0].byline, items[0].body[0].text
    ('好天气', '记者 王军', '今天天气很好。')
    """
    page = normalise_page(text, path or "-", preset, style, **options)
    blocks = split_blocks(page)
    items = assemble(reflow(regroup(assign_roles(blocks))), page.path)
    if explain:
        items = _with_fixes(items, page.edits, _shared_lines(blocks))
    return items


def _shared_lines(blocks: list[Block]) -> frozenset[int]:
    """Input lines holding more than one piece (the columns of a ``-layout`` line, a
    credit printed after a caption): their number does not tell which piece an
    edit is in."""
    counts = Counter(line.number for block in blocks for line in block.lines)
    return frozenset(number for number, count in counts.items() if count > 1)


def _with_fixes(items: list[Item], edits: tuple[Edit, ...], shared: frozenset[int]) -> list[Item]:
    """Give each edit to one item: the one that took in a piece set apart on its line
    (a line holding nothing else), else the narrowest whose lines hold it (spans of
    interleaved items overlap)."""
    fixes: dict[int, list[Edit]] = {index: [] for index in range(len(items))}
    for edit in edits:
        takers = [] if edit.line in shared else \
            [i for i, item in enumerate(items) if edit.line in item.pieces]
        holders = takers or [i for i, item in enumerate(items) if item.first <= edit.line <= item.last]
        if holders:
            fixes[min(holders, key=lambda i: items[i].last - items[i].first)].append(edit)
    return [replace(item, fixes=tuple(fixes[index])) for index, item in enumerate(items)]


def parse_file(path: str, **options) -> list[Item]:
    """Read, decode and parse one file (``-`` for standard input)."""
    return parse(read_path(path), path, **options)
