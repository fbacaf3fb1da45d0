"""Split a page into blocks: runs of non-blank lines, as the extractor emitted them."""
from __future__ import annotations

from bisect import bisect_right
from functools import cache
from itertools import accumulate

import regex

from .credits import is_credit_line, parse_credit
from .layout_rules import rules
from .model import Block, Line, Page
from .width import display_width


@cache
def _inline_credit() -> regex.Pattern:
    markers = regex.escape(rules().credit_markers)
    return regex.compile(rf"(?<=\S)\s*(?=[{markers}]\s*\p{{Han}})")


# An unmarked photo credit after a caption's last sentence: `…理发。 本报记者 陈静怡摄`.
_TRAILING_PHOTO_CREDIT = regex.compile(r"(?<=[。！？…”])\s*(?=\S[^。！？]{1,30}摄(?:[（(][^（）()]{1,12}[）)])?$)")


@cache
def _credit_hint() -> regex.Pattern:
    """Cheap test for lines that may carry an inline credit: a marker, or a final 摄."""
    layout = rules()
    return regex.compile(rf"[{regex.escape(layout.credit_markers)}]|"
                         rf"{regex.escape(layout.photo_suffix)}(?:[（(][^（）()\n]*[）)])?$",
                         regex.MULTILINE)


def _split_credit(text: str) -> list[str] | None:
    """The text and the credit of a line that ends with one, or None."""
    hint = _credit_hint().search(text)
    if hint is None:
        return None
    if hint.group() in rules().credit_markers:
        parts = _inline_credit().split(text, maxsplit=1)
        if len(parts) == 2 and parse_credit(parts[1]).authors:
            return parts
    parts = _TRAILING_PHOTO_CREDIT.split(text, maxsplit=1)
    if len(parts) == 2 and is_credit_line(parts[1]):
        return parts
    return None


def split_blocks(page: Page) -> list[Block]:
    """Blank lines separate blocks; page furniture and inline credits get blocks of their own.

    An inline credit is a credit marker after text on the same line
    (``…更有温度。 ■ 本报记者 孙文辉``): the text and the credit are different things.
    Lines that may be either are found with one pass over the whole page.
    """
    blocks: list[Block] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            blocks.append(Block(tuple(current)))
            current.clear()

    stripped = [line.text.strip() for line in page.lines]
    furniture, credits = _candidates(stripped)
    for index, line in enumerate(page.lines):
        if not stripped[index]:
            close()
        elif index in furniture:
            close()
            blocks.append(Block((line,)))
        elif current and _wider_column(current[-1].text, stripped[index:index + 2]):
            close()
            current.append(line)
        elif index in credits and (parts := _split_credit(line.text)):
            current.append(Line(line.number, line.raw, parts[0].rstrip()))
            close()
            current.append(Line(line.number, line.raw, parts[1].strip(), rest=True))
        else:
            current.append(line)
    close()
    return blocks


def _wider_column(above: str, lines: list[str]) -> bool:
    """Whether ``lines``, two lines of text (a clause mark in the first), are set in
    a column twice as wide as the open line ``above`` them, a line of text itself (a
    name or a piece cut off at a gap is narrower): no paragraph goes on from a line
    that much narrower. A lead-in on a line of its own (``本报讯（记者 王军）``)
    measures nothing, and a line closing a bracket it did not open is a piece of a
    wider line the extractor cut at its em gaps (a lead-in's ``王军）3月6``).

    >>> _wider_column("在提升了群众的获得", ["3月14日，茶农在云岭县一处茶园采摘春茶。", "近年来，当地发展茶旅融合产业，带动茶农"])
    True
    >>> _wider_column("莘县", ["推动政务服务再升级", "——在全市推广"]), _wider_column("王军）3月6", ["日上午，全市新建绿道一百", "公里，"])
    (False, False)
    """
    layout = rules()
    width = display_width(above.strip())
    if len(lines) < 2 or width <= layout.column_jump:
        return False
    least = max(width + layout.column_jump, width * layout.column_ratio)
    return all(display_width(line.strip()) >= least for line in lines[:2]) \
        and not layout.ends_sentence(above) and layout.clause_mark.search(lines[0]) is not None \
        and not _closes_unopened(above) and not layout.dateline.match(above)


def _closes_unopened(text: str) -> bool:
    return any(text.count(pair[1]) > text.count(pair[0]) for pair in rules().pairs)


def _candidates(stripped: list[str]) -> tuple[set[int], set[int]]:
    """Indexes of the (stripped) lines that are page furniture and of those that may
    hold a credit."""
    text = "\n".join(stripped)
    starts = list(accumulate((len(line) + 1 for line in stripped), initial=0))

    def indexes(pattern: regex.Pattern) -> set[int]:
        return {bisect_right(starts, match.start()) - 1 for match in pattern.finditer(text)}

    return indexes(_furniture_lines()), indexes(_credit_hint())


@cache
def _furniture_lines() -> regex.Pattern:
    """Whole lines (of at most 40 characters) that the furniture patterns match."""
    # Within a line: whitespace in the patterns must not match its end.
    patterns = rules().furniture.pattern.replace(r"\s", r"[^\S\n]")
    return regex.compile(rf"^(?=[^\n]{{1,40}}$)(?:{patterns})", regex.MULTILINE)
