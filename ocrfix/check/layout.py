"""LA: layout damage — paragraphs broken, split, merged or shattered into fragments.

Raw pages (text files, ``--text-field``) are read through :mod:`.textlayout`;
ocrfix records through their ``body`` paragraphs.
"""
from __future__ import annotations

import statistics
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise

import regex

from .document import Document, Segment
from .registry import Hit, check
from .textlayout import MARGIN_CELLS, Line, has_clause, is_credit, layout, open_end, runs_on

_FIELD_BREAK = regex.compile(r"[\r\n\u2028\u2029]")


@check("LA01")
def line_breaks(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """A line that ends mid-sentence and runs on into the next; any break in a field."""
    for page in document.pages:
        for offset in sorted(layout(page.text).breaks):
            message = f"line break inside a paragraph after …{_tail(page.text[:offset])}"
            yield page, offset, offset + 1, message
    for record in document.records:
        for field in record.fields:
            for match in _FIELD_BREAK.finditer(field.text):
                yield field, match.start(), match.end(), "line break inside a field"


@check("LA02")
def split_paragraphs(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """A paragraph that ends mid-sentence, continued by the next paragraph."""
    for page in document.pages:
        blocks = layout(page.text).blocks
        for before, after in pairwise(blocks):
            if _blocks_continue(before, after):
                yield _block_end(page, before)
    for record in document.records:
        for before, after in pairwise(record.body):
            if (before.kind == after.kind == "paragraph" and _continues(before.text, after.text)
                    and has_clause(before.text)):
                yield _end(before, "paragraph ends mid-sentence; the next paragraph continues it")


@check("LA03")
def merged_paragraphs(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """A paragraph far longer than the others of its article: two paragraphs merged."""
    runs = [[s for s in r.body if s.kind == "paragraph"] for r in document.records]
    for page in document.pages:
        if not layout(page.text).breaks:  # one paragraph a line, one item a block
            runs += [[page.sub(line.start, line.end) for line in block if has_clause(line.text)]
                     for block in layout(page.text).blocks]
    for paragraphs in runs:
        lengths = [len(p.text) for p in paragraphs]
        for index, paragraph in enumerate(paragraphs):
            others = lengths[:index] + lengths[index + 1:]
            if len(others) < thresholds["min-others"] or lengths[index] < thresholds["min-chars"]:
                continue
            ratio = lengths[index] / statistics.median(others)
            if ratio >= thresholds["ratio"]:
                yield paragraph, 0, 1, (f"paragraph of {lengths[index]} characters is "
                                        f"{ratio:.1f}× the others: two paragraphs merged?")


@check("LA04")
def fragments(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """A run of very short paragraphs each running on into the next: a paragraph shattered."""
    limit = thresholds["max-chars"]
    for page in document.pages:
        units = []
        for block in layout(page.text).blocks:
            short = len(block) == 1 and len(block[0].text.strip()) <= limit
            units.append((page.sub(block[0].start, block[0].end) if short else None,
                          page.text[block[0].start:block[-1].end]))
        yield from _fragment_runs(units, thresholds)
    for record in document.records:
        units = [(s if s.kind == "paragraph" and len(s.text) <= limit else None, s.text)
                 for s in record.body]
        yield from _fragment_runs(units, thresholds)


def _fragment_runs(units: Sequence[tuple[Segment | None, str]], thresholds: Mapping) -> Iterator[Hit]:
    """Runs of short units (segment not None) linked by :func:`_continues`."""
    run: list[Segment] = []
    for index, (segment, text) in enumerate(units):
        if segment is not None:
            run.append(segment)
        linked = (segment is not None and index + 1 < len(units)
                  and units[index + 1][0] is not None and _continues(text, units[index + 1][1]))
        if not linked:
            clauses = sum(has_clause(s.text) for s in run)
            if len(run) >= thresholds["min-run"] and clauses >= thresholds["min-clauses"]:
                yield run[0], 0, 1, f"paragraph shattered into {len(run)} short fragments"
            run = []


def _continues(before: str, after: str) -> bool:
    """Whether text ending with ``before`` runs on into text starting with ``after``."""
    last_line = before.rstrip().rpartition("\n")[2]
    return open_end(last_line) and not is_credit(last_line) and runs_on(after.partition("\n")[0])


def _blocks_continue(before: Sequence[Line], after: Sequence[Line]) -> bool:
    """A raw block ending mid-sentence at the margin, continued by the next block."""
    last, first = before[-1], after[0]
    if not _continues(last.text, first.text):
        return False
    if not (has_clause(last.text) or len(before) > 1 and has_clause(before[-2].text)):
        return False  # a headline or byline, not running text
    if not (has_clause(first.text) or len(after) > 1 and has_clause(after[1].text)):
        return False
    if len(after) == 1:
        return True  # one paragraph a line: nothing to measure against
    column = max(line.width for line in [*before[:-1], *after[:-1]])
    return last.width >= column - MARGIN_CELLS


def _block_end(page: Segment, block: Sequence[Line]) -> Hit:
    last = block[-1]
    return (page, last.end - 1, last.end,
            f"paragraph ends mid-sentence (…{_tail(last.text)}); the next block continues it")


def _end(segment: Segment, message: str) -> Hit:
    end = len(segment.text.rstrip())
    return segment, max(end - 1, 0), end, message


def _tail(text: str, size: int = 6) -> str:
    return text.rstrip()[-size:]
