"""How raw page text is laid out: blocks of lines, and which line breaks split a paragraph.

Raw page text legitimately breaks lines after headlines, bylines and finished
sentences. A break *inside* a paragraph is a line that ends mid-sentence followed by
a line that runs on: the test is purely local, so a page wrapped at the column width
shows one such break per wrapped line, and clean text one paragraph a line shows none.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..width import display_width
from .catalog import patterns
from .document import Segment

# A paragraph's first line is two characters (four cells) narrower than its column;
# hanging punctuation or a stray space in a justified line adds up to two more. A
# line within MARGIN_CELLS of its column reaches the margin.
INDENT_CELLS = 4
MARGIN_CELLS = 6
HEADLINE_GAP_CELLS = 8

_SENTENCE_END = regex.compile(r"[。！？!?]")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its offset in the segment, its text and display width."""

    start: int
    text: str
    width: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Layout:
    """A page's blocks (runs of non-blank lines) and the breaks inside paragraphs."""

    blocks: tuple[tuple[Line, ...], ...]
    breaks: frozenset[int]  # offsets of the line ends that split a paragraph

    def paragraphs(self, segment: Segment) -> list[Segment]:
        """The page's paragraphs: a block splits wherever a line end is no break."""
        found = []
        for block in self.blocks:
            first = 0
            for k, line in enumerate(block):
                if line.end not in self.breaks:
                    found.append(segment.sub(block[first].start, line.end, "paragraph"))
                    first = k + 1
        return found


@lru_cache(maxsize=8)
def layout(text: str) -> Layout:
    """Blocks and paragraph-internal breaks of a raw page."""
    blocks: list[list[Line]] = [[]]
    start = 0
    for raw in text.split("\n"):
        body = raw.rstrip()
        if body.strip():
            blocks[-1].append(Line(start, body, display_width(body)))
        elif blocks[-1]:
            blocks.append([])
        start += len(raw) + 1
    blocks = [b for b in blocks if b]
    breaks = {block[i].end for block in blocks
              for running in [any(has_clause(line.text) for line in block)]
              for i in range(len(block) - 1) if _breaks_inside(block, i, running)}
    return Layout(tuple(map(tuple, blocks)), frozenset(breaks))


def open_end(text: str) -> bool:
    """Whether ``text`` ends mid-sentence (no terminal mark, closing quote or bracket).

    >>> open_end("为银企合作奠定"), open_end("真是省心又省力！”"), open_end("请访问www.lcxw.cn")
    (True, False, False)
    """
    text = text.rstrip()
    return bool(patterns().open_end.search(text)) and not patterns().closed_tail.search(text)


def runs_on(line: str) -> bool:
    """Whether ``line`` can continue the sentence of the line before it.

    >>> runs_on("要分布在东昌府区。"), runs_on("——我市举办技能提升活动")
    (True, False)
    """
    rules = patterns()
    return bool(line.strip()) and not rules.interrupt.match(line) and not is_credit(line)


def is_credit(line: str) -> bool:
    """A byline or photo credit line (``■ 本报记者 李兆宪``, ``本报通讯员 赵华丽``)."""
    return bool(patterns().credit.match(line.strip()))


def has_clause(text: str) -> bool:
    """Whether ``text`` holds clause punctuation, as running text does."""
    return bool(patterns().clause.search(text))


def _breaks_inside(block: list[Line], i: int, running: bool) -> bool:
    """Whether the end of ``block[i]`` splits a paragraph; ``running``: the block holds
    clause punctuation somewhere, so it is running text, not a headline group."""
    line, following = block[i], block[i + 1]
    if not open_end(line.text) or is_credit(line.text) or not runs_on(following.text):
        return False
    if has_clause(line.text):
        return not _headline(block, i)
    # A line without punctuation is a headline or byline unless it sits in running
    # text and is as wide as the line after it; two bare lines in a row are
    # headline lines (kicker over title), not a wrapped sentence.
    return running and line.width >= following.width - INDENT_CELLS and has_clause(following.text)


def _headline(block: list[Line], i: int) -> bool:
    """A block-initial line group with no finished sentence, clearly narrower than the
    text under it: a headline (``坚持稳中求进，推动高质量发展``), not a first line."""
    if any(_SENTENCE_END.search(line.text) for line in block[:i + 1]):
        return False
    return block[i].width < block[i + 1].width - HEADLINE_GAP_CELLS
