"""Rejoin column-broken lines into paragraphs, also across text-box breaks.

Within a block, a line ends its paragraph when it ends a sentence and falls short of
the column; a block that ends mid-sentence continues in a later body block, chosen by
:func:`continuation_score`.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from statistics import median_high

import regex

from .layout_rules import LayoutRules, rules
from .model import Block, Paragraph, Role
from .width import display_width

_ASCII_ALNUM = regex.compile(r"[0-9A-Za-z]")
_INDENT = regex.compile(r"^[ \t\N{IDEOGRAPHIC SPACE}]+")


class Edge(Enum):
    """Whether a block's first (or last) line starts (or ends) a paragraph."""

    YES = "yes"      # certainly: an indent, a dateline; a short line ending a sentence
    NO = "no"        # certainly not: starts with a comma; ends mid-sentence
    MAYBE = "maybe"  # a full line: cannot tell from the block alone


@dataclass
class _Segment:
    """Lines of one block that belong to one paragraph."""

    block: int
    lines: list
    column: int


@dataclass
class _BodyBlock:
    index: int
    segments: list[_Segment]
    column: int
    starts: Edge
    ends: Edge


def _full_width(block: Block, layout: LayoutRules) -> int:
    """The width of a block's full lines.

    Paragraphs' first lines are indented and their last lines short, so only lines
    that neither end a sentence nor follow one measure the column; their median
    absorbs the lines that compressed punctuation makes a little wider or narrower.
    """
    texts = [line.text for line in block.lines]
    middle = [display_width(text) for index, text in enumerate(texts)
              if 0 < index < len(texts) - 1 and not layout.ends_sentence(text)
              and not layout.ends_sentence(texts[index - 1])]
    return median_high(middle) if middle else max(map(display_width, texts))


def column_classes(blocks: list[Block], layout: LayoutRules) -> list[int]:
    """Column widths used on the page, from body blocks of three lines or more."""
    tolerance = layout.width_tolerance
    estimates = sorted(_full_width(block, layout) for block in blocks
                       if block.role is Role.BODY and len(block.lines) >= 3)
    clusters: list[list[int]] = []
    for width in estimates:
        if clusters and width - clusters[-1][-1] <= tolerance:
            clusters[-1].append(width)
        else:
            clusters.append([width])
    return [median_high(cluster) for cluster in clusters]


def _column_of(block: Block, classes: list[int], layout: LayoutRules) -> int:
    """The column a block is set in; 0 when one line cannot tell."""
    tolerance = layout.width_tolerance
    if len(block.lines) >= 3 and classes:
        estimate = _full_width(block, layout)
        return min(classes, key=lambda width: abs(width - estimate))
    if len(block.lines) == 1:
        return 0
    # Two lines may both be short: an indented first line, a last line.
    widest = max(display_width(line.text) for line in block.lines)
    return next((width for width in classes
                 if widest - tolerance <= width <= widest + 4 + tolerance), widest)


def same_column(left: int, right: int, tolerance: int) -> bool:
    """Columns match when within ``tolerance`` cells, or when either is unknown (0)."""
    return not left or not right or abs(left - right) <= tolerance


def is_short(text: str, column: int, layout: LayoutRules) -> bool:
    """True when a line falls clearly short of its column.

    Lines with digits or Latin letters may lose a few cells to justification spaces
    that normalising removed, so they need a larger margin.
    """
    slack = layout.short_line_with_ascii if _ASCII_ALNUM.search(text) else layout.short_line
    return display_width(text) <= column - slack


def _split_block(index: int, block: Block, column: int, layout: LayoutRules) -> _BodyBlock:
    lines = block.lines
    segments = [_Segment(index, [lines[0]], column)]
    for previous, line, position in zip(lines, lines[1:], range(1, len(lines))):
        ends = layout.ends_sentence(previous.text) and (
            is_short(previous.text, column, layout)
            or _INDENT.match(line.raw) is not None
            # A full line ending a sentence, then a line short by an indent that
            # is not the paragraph's last: a new paragraph began.
            or (position < len(lines) - 1 and display_width(line.text) <= column - 3))
        if ends:
            segments.append(_Segment(index, [line], column))
        else:
            segments[-1].lines.append(line)
    first, last = lines[0], lines[-1]
    if _INDENT.match(first.raw) or layout.dateline.match(first.text):
        starts = Edge.YES
    elif first.text.strip()[:1] in layout.continuation_start:
        starts = Edge.NO
    elif len(lines) > 1 and display_width(first.text) <= column - 3 and not layout.ends_sentence(first.text):
        starts = Edge.YES
    else:
        starts = Edge.MAYBE
    if not layout.ends_sentence(last.text):
        ends = Edge.NO
    elif is_short(last.text, column, layout):
        ends = Edge.YES
    else:
        ends = Edge.MAYBE
    return _BodyBlock(index, segments, column, starts, ends)


def continuation_score(left: _BodyBlock, right: _BodyBlock, skipped: int,
                       layout: LayoutRules) -> float:
    """How strongly ``right`` reads as the continuation of ``left``'s open paragraph.

    Weights: a first character that can only continue a sentence (+3), a full first
    line (+1) or an indented one (-2); the same column (+2) or another (-3), nothing
    when a one-line block leaves its column unknown; a word
    across the join in jieba's dictionary (+1); -0.5 for each body block skipped.
    """
    score = {Edge.NO: 3.0, Edge.MAYBE: 1.0, Edge.YES: -2.0}[right.starts]
    if left.column and right.column:
        score += 2.0 if same_column(left.column, right.column, layout.width_tolerance) else -3.0
    tail = left.segments[-1].lines[-1].text.strip()
    head = right.segments[0].lines[0].text.strip()
    if tail and head and _joins_word(tail, head):
        score += 1.0
    return score - 0.5 * skipped


def _joins_word(tail: str, head: str) -> bool:
    """Does a dictionary word span the join (``主|要`` -> 主要)?"""
    from .words import is_word
    return any(is_word(tail[-left:] + head[:right])
               for left in (1, 2) for right in (1, 2) if left + right <= 4
               and len(tail) >= left and len(head) >= right)


def reflow(blocks: list[Block]) -> list[Block | Paragraph]:
    """Replace body blocks by the paragraphs they hold, in reading order.

    A paragraph sits where its first line was; other blocks keep their places.
    """
    layout = rules()
    classes = column_classes(blocks, layout)
    body = {i: _split_block(i, b, _column_of(b, classes, layout), layout)
            for i, b in enumerate(blocks) if b.role is Role.BODY}
    order = sorted(body)
    next_of: dict[int, int] = {}
    taken: set[int] = set()
    for position, index in enumerate(order):
        left = body[index]
        if left.ends is Edge.YES:
            continue
        best, best_score = None, 0.0 if left.ends is Edge.NO else 2.0
        skipped = 0
        for candidate in order[position + 1: position + 1 + layout.continuation_window]:
            right = body[candidate]
            if candidate not in taken and not layout.dateline.match(blocks[candidate].lines[0].text):
                score = continuation_score(left, right, skipped, layout)
                if score > best_score:
                    best, best_score = candidate, score
            skipped += 1
        if best is not None:
            next_of[index] = best
            taken.add(best)
            right = body[best]
            if len(right.segments[0].lines) < 3:
                # A short box continuing a paragraph is measured by the column it continues.
                body[best] = _split_block(best, blocks[best], max(right.column, left.column), layout)
    out: list[Block | Paragraph] = []
    for index, block in enumerate(blocks):
        if index not in body:
            out.append(block)
            continue
        segments = body[index].segments
        for number in range(1 if index in taken else 0, len(segments)):
            lines = list(segments[number].lines)
            column = segments[number].column
            cursor = index
            while number == len(body[cursor].segments) - 1 and cursor in next_of:
                cursor = next_of[cursor]
                lines.extend(body[cursor].segments[0].lines)
                number = 0
            out.append(_paragraph(lines, column))
    return out


def _paragraph(lines: list, column: int) -> Paragraph:
    text = ""
    for line in lines:
        piece = line.text.strip()
        if text and text[-1:].isascii() and text[-1:].isalpha() and piece[:1].isascii() and piece[:1].isalpha():
            text += " "  # a Latin word broken at the line end
        text += piece
    return Paragraph(text, lines[0].number, lines[-1].number, column=column)
