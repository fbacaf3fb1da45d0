"""The ``quotes`` kind: curly, balanced quotation marks."""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import regex

from .base import Finder, Span, apply, charset, kind  # noqa: F401  (apply: for the doctests)

# Characters a context search steps over: punctuation, symbols and spaces.
_GAP = r"[\p{P}\p{S}\p{Zs}]{0,32}"
_HAN_BEFORE = regex.compile(r"\p{Han}" + _GAP + r"\Z")
_HAN_AFTER = regex.compile(_GAP + r"\p{Han}")
_HAN = regex.compile(r"\p{Han}")
_CLOSERS = "，。、；：！？）》…,.;:!?)"
_BLANK_LINE = regex.compile(r"\n[ \t]*(?=\n)")

_LEFT_OPEN = 3  # what a quote left open at a paragraph's end costs a reading


@kind("quotes")
def quotes(double: dict[str, str], single: dict[str, str],
           left_open_at_cut: int | None = None, sentence_end: str = "") -> Finder:
    """Make quotes curly and balanced: ``“…”`` outside, ``‘…’`` nested.

    ASCII quotes are converted only in Han context (their pair or their nearest
    letter is Han), so English text keeps its quotes and apostrophes. Each
    paragraph (block between blank lines) is handled on its own, and a quotation
    may run over its line breaks. Curly marks that already nest stay as printed,
    nested doubles included (``“完善“政银企”机制”``). Otherwise the paragraph's
    marks get their cheapest reading (see :func:`_reading`): ``“难点““堵点”``
    becomes ``“难点”“堵点”``. In a text of several lines, a line whose curly marks
    alternate is left alone: it may be a piece of a paragraph or of another column.
    A quote left open costs ``_LEFT_OPEN``, or ``left_open_at_cut`` (when given) where
    the paragraph ends in mid-sentence, in none of the marks ``sentence_end`` (OCR
    cuts paragraphs at column breaks, a quotation running on).

    >>> find = quotes({"open": "“", "close": "”", "ambiguous": '"'},
    ...               {"open": "‘", "close": "’", "ambiguous": "'"})
    >>> apply('他说"我听到\\'雪中送炭\\'了"', find('他说"我听到\\'雪中送炭\\'了"'))
    '他说“我听到‘雪中送炭’了”'
    >>> apply("“难点““堵点”", find("“难点““堵点”"))
    '“难点”“堵点”'
    >>> find("表示：“完善“政银企”机制。”"), find("He said \\"don't\\".")
    ([], [])
    """
    families = [(f["open"], f["close"], f["ambiguous"]) for f in (double, single)]
    family_of = {ch: index for index, marks in enumerate(families) for ch in "".join(marks)}
    mark = charset(map(ord, family_of), runs=False)
    ambiguous = [charset(map(ord, a), runs=False) for _, _, a in families]
    ascii_like = "".join(a for _, _, a in families)
    curly_single = families[1][0] + families[1][1]

    def find(text: str) -> list[Span]:
        han_context: dict[int, str] = {}
        for pattern in ambiguous:
            han_context.update(_han_context_quotes(text, pattern))
        breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
        ends = breaks + [len(text)]
        blocks: dict[int, list[tuple[int, str]]] = {}
        for m in mark.finditer(text):
            at, ch = m.start(), m.group()
            if (at in han_context if ch in ascii_like
                    else not (ch in curly_single and _apostrophe(text, at))):
                blocks.setdefault(bisect.bisect(breaks, at), []).append((at, ch))
        spans: list[Span] = []
        for block, segment in blocks.items():
            cut, continued = (left_open_at_cut is not None and _cut(text, ends, index, sentence_end)
                              for index in (block, block - 1))
            left_open = left_open_at_cut if cut else _LEFT_OPEN
            for family, (opening, closing, _) in enumerate(families):
                marks = [(at, ch) for at, ch in segment if family_of[ch] == family]
                if marks and not _nests([ch for _, ch in marks], opening, closing):
                    wanted_marks = _read(text, marks, opening, closing, han_context,
                                         left_open, continued)
                    spans += [(at, at + 1, wanted) for (at, ch), wanted
                              in zip(marks, wanted_marks, strict=True)
                              if wanted != ch]
        return sorted(spans)
    return find


def _cut(text: str, ends: list[int], block: int, sentence_end: str) -> bool:
    """Whether paragraph ``block`` (whose ends are ``ends``) ends in mid-sentence:
    in none of the marks ``sentence_end``."""
    return block >= 0 and text[:ends[block]].rstrip()[-1:] not in sentence_end


def _nests(marks: list[str], opening: str, closing: str) -> bool:
    """Whether the marks are all curly and open and close like brackets."""
    depth = 0
    for mark in marks:
        if mark == opening:
            depth += 1
        elif mark == closing and depth:
            depth -= 1
        else:                               # an ASCII mark, or a close with nothing open
            return False
    return depth == 0


def _read(text: str, marks: list[tuple[int, str]], opening: str, closing: str,
          ascii_sides: dict[int, str], left_open: int = _LEFT_OPEN,
          continued: bool = False) -> list[str]:
    """The mark each quote of one family in one paragraph should be; in a paragraph
    that ``continued`` one cut in mid-sentence the first may close a quote opened there."""
    kept = _plausible_lines(text, marks, opening, closing)
    kinds = []
    for at, ch in marks:
        before, after = _neighbours(text, at)
        printed = ascii_sides.get(at) or ("open" if ch == opening else "close")
        forced = ("start" if before is None and after is not None
                  else printed if at in kept else None)
        stray_ok = ((continued and not kinds) or after is None or after in _CLOSERS
                    or (printed != "open" and (before or "") in "。！？!?….・·"))
        kinds.append(Mark(printed, forced, stray_ok))
    return [opening if opens else closing for opens in _reading(kinds, left_open=left_open)]


class Mark(NamedTuple):
    """A quote mark as printed (``open``, ``close``; an ASCII one ``free``, or
    ``free<``/``free>`` as the first/second of a pair on its line), what it must be
    (``start``: first on its line, so it opens; ``open``/``close``; None), and whether
    it may close nothing (before ，。 or, unless printed as opening, after 。！？,
    as when a text starts inside a quotation)."""

    printed: str
    forced: str | None = None
    stray_ok: bool = False


def _plausible_lines(text: str, marks: list[tuple[int, str]], opening: str,
                     closing: str) -> set[int]:
    """Marks to keep as printed when the text has several lines: those on lines
    whose marks are all curly and alternate, as on a line broken out of a paragraph
    or a column (``件事”办事指南和“一张``), while ``“难点““堵点”`` cannot be right,
    nor can a line that ends with an opening mark (no typeset line does). A one-line
    text stands alone, so all its marks may turn."""
    if "\n" not in text.strip("\n"):
        return set()
    by_line: dict[int, list[tuple[int, str]]] = {}
    for at, ch in marks:
        by_line.setdefault(text.rfind("\n", 0, at), []).append((at, ch))
    kept: set[int] = set()
    for line in by_line.values():
        if _neighbours(text, line[0][0])[0] is None:    # a line-initial mark opens
            line[0] = (line[0][0], opening)
        if (all(ch in (opening, closing) for _, ch in line)
                and all(a[1] != b[1] for a, b in zip(line, line[1:], strict=False))
                and not (line[-1][1] == opening and _neighbours(text, line[-1][0])[1] is None)):
            kept.update(at for at, _ in line)
    return kept


def _reading(marks: list[Mark], deepest: int = 3, left_open: int = _LEFT_OPEN) -> list[bool]:
    """Whether each quote mark opens, in the cheapest reading of the sequence.

    Costs: 1 to turn a printed mark round, or to read an ASCII pair other than
    open-then-close; 2 to open a quote inside another (rare in print, while
    misprints are common); 3 for a closing mark with nothing open (1 where that is
    plausible) and ``left_open`` for each quote left open at the end. A ``start`` mark opens, and
    inside an open quote it reopens it, as each paragraph of a long quotation does.
    Ties go to the flattest reading.

    >>> _reading([Mark("open"), Mark("open"), Mark("open"), Mark("close")])
    [True, False, True, False]
    >>> _reading([Mark("open", "start"), Mark("open", "start"), Mark("close")])
    [True, True, False]
    >>> _reading([Mark("close", stray_ok=True), Mark("open"), Mark("close")])
    [False, True, False]
    """
    layers: list[dict[int, tuple[tuple[int, int], int, bool]]] = [{0: ((0, 0), 0, True)}]
    for mark in marks:
        layer: dict[int, tuple[tuple[int, int], int, bool]] = {}
        for depth, ((cost, flatness), _, _) in layers[-1].items():
            for opens in (True, False):
                if mark.forced in (("close",) if opens else ("open", "start")):
                    continue
                extra = int(mark.printed in (("close", "free>") if opens else ("open", "free<")))
                if opens:
                    after = depth if mark.forced == "start" and depth else min(depth + 1, deepest)
                    extra += 2 * (after > depth > 0)
                else:
                    after = max(depth - 1, 0)
                    extra += 0 if depth else (1 if mark.stray_ok else 3)
                option = ((cost + extra, flatness + after), depth, opens)
                if after not in layer or option[0] < layer[after][0]:
                    layer[after] = option
        layers.append(layer)
    depth = min(layers[-1], key=lambda d: (layers[-1][d][0][0] + left_open * d, layers[-1][d][0][1]))
    opens = []
    for layer in reversed(layers[1:]):
        _, depth, opened = layer[depth]
        opens.append(opened)
    return opens[::-1]


def _neighbours(text: str, at: int) -> tuple[str | None, str | None]:
    """The nearest non-space characters before and after ``at`` on its line."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at].rstrip(" \t")
    end = text.find("\n", at + 1)
    after = text[at + 1:end if end >= 0 else len(text)].lstrip(" \t")
    return (before[-1] if before else None), (after[0] if after else None)


def _apostrophe(text: str, at: int) -> bool:
    """A single quote between two ASCII letters (``don't``) is an apostrophe."""
    return (0 < at < len(text) - 1 and text[at] in "'‘’＇"
            and text[at - 1].isascii() and text[at - 1].isalpha()
            and text[at + 1].isascii() and text[at + 1].isalpha())


def _han_context_quotes(text: str, ambiguous: re.Pattern) -> dict[int, str]:
    """ASCII-style quotes that belong to Han text, by offset, with the side each
    one takes in its pair: ``free<`` opens, ``free>`` closes, ``free`` alone.

    Within a line they pair up in order; a pair counts as Han when either quote has
    Han nearby or its content holds Han, so ``"iPhone 15"发布`` converts both.
    """
    by_line: dict[int, list[int]] = {}
    for m in ambiguous.finditer(text):
        if not _apostrophe(text, m.start()):
            by_line.setdefault(text.rfind("\n", 0, m.start()), []).append(m.start())
    found: dict[int, str] = {}
    for offsets in by_line.values():
        for pair in (offsets[i:i + 2] for i in range(0, len(offsets), 2)):
            if (any(han_nearby(text, at, at + 1) for at in pair)
                    or (len(pair) == 2 and _HAN.search(text, pair[0], pair[1]))):
                found.update(zip(pair, ("free<", "free>") if len(pair) == 2 else ("free",),
                                 strict=True))
    return found


def han_nearby(text: str, start: int, end: int) -> bool:
    """Whether the nearest letter on either side of ``text[start:end]`` is Han.

    Punctuation, symbols and spaces in between are skipped (up to 32), so the
    answer does not change when other rules convert or remove them.

    >>> han_nearby('他说"hi"', 2, 3), han_nearby('He said "hi"', 8, 9)
    (True, False)
    """
    return bool(_HAN_BEFORE.search(text, max(0, start - 33), start)
                or _HAN_AFTER.match(text, end))
