"""Input styles: which tool made a page's text, and the line stream the parser reads.

Extractors lay the same page out differently (see ``tests/data/extracted/README.md``):

* ``plain``  -- ``pdftotext`` default: text boxes one after another, blank lines
  between them; the parser's native input (the seed page is of this kind).
* ``raw``    -- ``pdftotext -raw``: content-stream order, no blank lines at all.
* ``layout`` -- ``pdftotext -layout``: the page drawn with spaces, articles and
  columns side by side on the same lines.
* ``ocr``    -- tesseract: like ``plain`` in structure, with recognition errors.

:func:`prepare` turns any of them into reading-order ``(line number, text)`` pairs,
the line number being the 1-based input line a piece came from, and ``(n, "")`` where
text boxes separate. Character repairs (spaces between Han characters, half-width
punctuation, confusables) are the normaliser's job, not this module's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from heapq import heapify, heappop, heappush

import regex

from .interleave import deinterleave
from .layout_rules import ocr_rules, rules, side_by_side_rules
from .width import display_width
from .words import cut_across

STYLES = ("plain", "layout", "raw", "ocr")

Stream = list[tuple[int, str]]

# -layout puts two or more spaces between things it set apart; one space is a word gap.
_CHUNK = regex.compile(r"\S+(?: \S+)*")
_INTERIOR_GAP = regex.compile(r"\S {3,}\S")
_ASCII = regex.compile(r"[\x00-\x7f]")
_LEADING_WORD = regex.compile(r"[0-9A-Za-z][0-9A-Za-z.,:%]*")
_WIDE_GAP = regex.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")
_SENTENCE_END = frozenset("。！？…”’）》")
_CLAUSE_END = _SENTENCE_END | frozenset("，、；：")
# -raw: a sentence's end, a space, then text opening with a Han character or quote.
_SHARED_LINE = regex.compile(r"(.*\p{Han}.*?[。！？][”’）」』》]*) +([\p{Han}“‘（《].*)")
# OCR fingerprints: ASCII punctuation against a Han character, 〈〉 read for （）, a
# space between every two Han characters.
_ASCII_PUNCT_BY_HAN = regex.compile(r"(?<=\p{Han})[,;:?!()\"']|[,;:?!()\"'](?=\p{Han})")
_SPACED_HAN = regex.compile(r"\p{Han} (?=\p{Han})")
# An OCR line with nothing readable: rules and photo edges read as strokes and dots.
_OCR_JUNK_LINE = regex.compile(r"[\s|¦丨_\-‐–—~=+*.,:;'\"`‘’“”、。·•]+")
_LATIN = regex.compile(r"[A-Za-z]")
_HAN = regex.compile(r"\p{Han}")
# A piece of a headline line: Han characters (and digits) without punctuation.
_HEADLINE_PIECE = regex.compile(r"[\p{Han}0-9]{4,}")


def detect_style(text: str) -> str:
    """Which extractor ``text`` most likely came from: plain, layout, raw or ocr.

    >>> detect_style("本报讯 今天天气很好。\\n\\n好天气\\n")
    'plain'
    >>> detect_style("左栏第一行文字      右栏第一行文字\\n左栏第二行文字      右栏第二行文字\\n")
    'layout'
    """
    lines = [line for line in text.replace("\f", "\n").split("\n") if line.strip()]
    if not lines:
        return "plain"
    # Side-by-side columns: most lines carry a wide run of spaces between text.
    gapped = sum(1 for line in lines if "   " in line and _INTERIOR_GAP.search(line))
    if gapped >= 2 and gapped >= 0.2 * len(lines):
        return "layout"
    if _looks_ocr(text):
        return "ocr"
    # -raw emits no blank lines; the default mode separates every text box by one.
    inner = text.replace("\f", "\n").strip().split("\n")
    blank = len(inner) - len(lines)
    if len(lines) >= 20 and blank <= 0.02 * len(lines):
        return "raw"
    return "plain"


def _looks_ocr(text: str) -> bool:
    # Wide characters (three UTF-8 bytes): Han and CJK punctuation, counted in C.
    han = (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2
    if not han:
        return False
    opening, closing = text.count("“"), text.count("”")
    # Typeset text balances its quotes; tesseract's chi_sim reads nearly all as ”.
    skewed_quotes = opening + closing >= 6 and closing >= 2 * opening + 3
    ascii_punct = len(_ASCII_PUNCT_BY_HAN.findall(text))
    angles = text.count("〈") + text.count("〉")
    spaced = len(_SPACED_HAN.findall(text))
    return (skewed_quotes
            or ascii_punct >= max(3, 0.01 * han)
            or (angles >= 1 and ascii_punct >= 2)
            or spaced >= 0.3 * han)


def prepare(text: str, style: str = "auto") -> Stream:
    """The page as reading-order ``(input line number, text)`` pairs.

    ``style`` is one of :data:`STYLES` or ``auto`` (:func:`detect_style`). A form
    feed (a page end) separates pages, which are prepared one by one; a blank entry
    separates them.

    >>> prepare("标题\\n\\n正文第一行\\n", "plain")
    [(1, '标题'), (2, ''), (3, '正文第一行'), (4, '')]
    >>> prepare("左栏一  右栏一\\n左栏二  右栏二\\n左栏三  右栏三\\n", "layout")[:4]
    [(1, '左栏一'), (2, '左栏二'), (3, '左栏三'), (3, '')]
    """
    if style == "auto":
        style = detect_style(text)
    try:
        handler = _HANDLERS[style]
    except KeyError:
        raise ValueError(f"unknown input style {style!r}; expected auto or one of "
                         f"{', '.join(STYLES)}") from None
    out: Stream = []
    for page in _pages(text):
        prepared = handler(page)
        if out and out[-1][1] and prepared and prepared[0][1]:
            out.append((prepared[0][0], ""))
        out += prepared
    return out


def _pages(text: str) -> list[Stream]:
    """Input lines with their numbers, split into pages at form feeds.

    >>> _pages("末行\\f首行\\n\\f")
    [[(1, '末行')], [(1, '首行'), (2, '')]]
    """
    pages: list[Stream] = [[]]
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if "\f" in line:
            first, *rest = line.split("\f")
            pages[-1].append((number, first))
            pages += [[(number, part)] if part else [] for part in rest]
        else:
            pages[-1].append((number, line))
    return [page for page in pages if page]


def _plain(stream: Stream) -> Stream:
    """Read apart columns emitted interleaved line by line (:mod:`ocrfix.interleave`)."""
    return deinterleave(stream)


# --- raw ------------------------------------------------------------------------------

def _raw(stream: Stream) -> Stream:
    """Mark block breaks where the measure changes, and around short headings.

    ``-raw`` follows the content stream, so a column's lines come together and a
    paragraph crossing a column break stays whole; but no blank line separates one
    text box from the next. A box's full lines share one width, its measure:

    * a line clearly wider than the measure of two or more lines before it starts
      another box (a narrow column, then a wider caption or body); when the line
      before it could be that box's indented first line, the break goes before it;
    * a short line that does not end a clause, after one that ends a sentence, is a
      heading (``定点药店完`` / ``成追溯码上`` / ``传``): it gets a box of its own,
      with the short open lines under it.
    """
    out: Stream = []
    count, measure, column, heading = 0, 0, 0, False
    stream = _split_shared_lines(stream)
    for position, (number, line) in enumerate(stream):
        text = line.strip()
        if not text:
            out.append((number, line))
            count, measure, heading = 0, 0, False
            continue
        reference = measure if count >= 2 else column
        # A loosely justified line (`创 新 之 路 没 有 坦`) fills its column.
        width = reference if reference and _justified(text) else _cells(text)
        # An unclosed bracket (``本报讯（记者 张洁 吴兆``) means the text runs on.
        short_open = (bool(reference) and width <= reference - 8 and text[-1] not in _CLAUSE_END
                      and text.count("（") <= text.count("）"))
        new_box = back_off = False
        in_heading = heading
        if count and heading:
            # A line whose last word runs on into a full line under it is a
            # paragraph's first line, not a headline's (whose wrapped lines are short).
            following = stream[position + 1][1].strip() if position + 1 < len(stream) else ""
            runs_on = short_open and bool(following) and _cells(following) > reference - 8 \
                and cut_across(text, following)
            new_box = not short_open or runs_on
            heading = short_open and not runs_on
        elif count >= 2 and width > measure + 3:
            new_box = True
            back_off = count >= 3 and width - 8 <= _cells(out[-1][1].strip()) <= width - 2
        elif count and short_open and out[-1][1].strip()[-1] in _SENTENCE_END:
            new_box = heading = True
        if new_box:
            if measure and not in_heading:
                column = measure           # the measure of the last body box
            kept = [out.pop()] if back_off else []
            out.append((out[-1][0], ""))
            out += kept
            count, measure = len(kept), (_cells(kept[0][1].strip()) + 4 if kept else 0)
        # A first line is indented by two characters: count it four cells wider.
        measure = max(measure, width + (4 if count == 0 else 0))
        count += 1
        out.append((number, line))
    return out


def _split_shared_lines(stream: Stream) -> Stream:
    """Split lines that hold the end of one box and the start of another.

    Where two boxes share a baseline, ``-raw`` may print the last line of one and the
    first of the next as one line, a space between (``…放心。 近日，游客…``); inside
    running text no space follows a sentence's end. The two parts become two boxes.

    >>> _split_shared_lines([(7, "得舒心、安心。 近日，游客在"), (8, "景区赏花。")])
    [(7, '得舒心、安心。'), (7, ''), (7, '近日，游客在'), (8, '景区赏花。')]
    """
    out: Stream = []
    for number, line in stream:
        match = _SHARED_LINE.fullmatch(line.strip())
        if match:
            out += [(number, match.group(1)), (number, ""), (number, match.group(2))]
        else:
            out.append((number, line))
    return out


def _justified(text: str) -> bool:
    """A loosely justified line: a space between nearly every two characters.

    >>> _justified("经 济 回 升 向 好"), _justified("记者 王军")
    (True, False)
    """
    wide = len(_WIDE_GAP.findall(text))
    return wide >= 4 and 2 * wide >= len(text) - 1


def _cells(text: str) -> float:
    """Display width of an extracted line, a space counted as the gap it stands for;
    in a loosely justified line the spaces are slivers, not gaps, and count nothing.

    >>> _cells("记者 王军"), _cells("经 济 回 升 向 好")
    (10.0, 12)
    """
    if _justified(text):
        return display_width(text.replace(" ", ""))
    wide = len(_WIDE_GAP.findall(text))
    return display_width(text) + wide - (text.count(" ") - wide) / 2


# --- ocr ------------------------------------------------------------------------------

def _ocr(stream: Stream) -> Stream:
    """Trim OCR lines, blank out lines with nothing readable in them, and start a
    block at a line opening with a lead-in.

    Tesseract reads rules, frames and photo edges as ``|``, ``_``, ``—`` or dots; a
    line of only such marks is no text (blanking it also ends the text box it
    interrupted). Everything else is kept as recognised: character repairs are the
    normaliser's. Where tesseract failed to segment a region (a headline beside its
    article) it writes columns side by side on one line with wide runs of spaces;
    its spacing does not line up the way ``-layout``'s does, and splitting such
    lines like ``-layout`` text made the fixtures score worse, so they are left;
    only a line with picture noise on it is split, each piece a box
    (:func:`_noisy_pieces`).
    """
    out: Stream = []
    for number, line in stream:
        text = "" if _OCR_JUNK_LINE.fullmatch(line) else line.strip()
        if text and out and out[-1][1] and _opens_with_dateline(text):
            out.append((number, ""))
        pieces = _noisy_pieces(text)
        if len(pieces) == 1:
            out.append((number, text))
            continue
        for piece in pieces:
            out += [(number, ""), (number, piece)]
        out.append((number, ""))
    return _join_cut_headlines(out)


def _noisy_pieces(text: str) -> list[str]:
    """The pieces of an OCR line that holds picture noise, each a box of its own; the
    line alone when none of its pieces is noise.

    Tesseract writes a photo edge it read beside a line after a wide gap; left on the
    line, the noise runs into the text box it interrupts.

    >>> _noisy_pieces("李华摄 (新华社发)    下、  ce  sn")
    ['李华摄 (新华社发)', '下、  ce  sn']
    >>> _noisy_pieces("西城区       国“本报记者 王 军")
    ['西城区       国“本报记者 王 军']
    """
    limits = ocr_rules()
    pieces = regex.split(f" {{{limits.gap},}}", text)
    noisy = any(_LATIN.search(piece) and len(_HAN.findall(piece))
                <= limits.noise_han_share * len(piece.replace(" ", "")) for piece in pieces)
    return pieces if noisy else [text]


def _join_cut_headlines(stream: Stream) -> Stream:
    """Take out the blank between two one-line blocks of a headline cut in two.

    Tesseract splits a large headline's line into blocks (``全国春播粮食进`` / blank /
    ``度快于去年同期``). Two one-line blocks with no punctuation, a word running
    across them, are one headline line.
    """
    out: Stream = []
    for index, (number, text) in enumerate(stream):
        if not text and 1 <= index < len(stream) - 1 and _headline_cut(stream, index):
            continue
        out.append((number, text))
    return out


def _headline_cut(stream: Stream, blank: int) -> bool:
    """Whether the blank at ``blank`` parts two halves of one headline line."""
    above, below = stream[blank - 1][1], stream[blank + 1][1]
    # (the page's edge counts as a blank line)
    alone = (blank < 2 or not stream[blank - 2][1]) and (blank + 2 >= len(stream) or not stream[blank + 2][1])
    return (alone and all(_HEADLINE_PIECE.fullmatch(t) for t in (above, below))
            and cut_across(above, below))


def _opens_with_dateline(text: str) -> bool:
    """Whether an OCR line opens an article's first paragraph (``本报讯``, ``新华社…电``).

    Tesseract sets a headline's last line and the first line under it in one block
    when they are close; a lead-in never continues a line above it, so it starts a
    block of its own.

    >>> _opens_with_dateline("本报讯 ”南平县日前启动"), _opens_with_dateline("本报记者从市场监管局获悉")
    (True, False)
    """
    match = rules().dateline.match(text)
    return match is not None and bool(match.group("dateline"))


# --- layout ---------------------------------------------------------------------------

@dataclass
class _Piece:
    """A run of text on one -layout line.

    ``start``/``end`` are its offsets in the line, in code points. ``-layout`` gives
    each text box a start offset past the longest lines of the boxes to its left
    and writes its lines from there (a paragraph's first line a few spaces in), one
    code point a character; so boxes side by side never overlap in offsets, while
    how far a line reaches on the page is its display width: a Han character is an
    em, a digit half an em (``width``, in ems).
    """

    row: int
    start: int
    end: int
    text: str
    width: float = 0.0
    above: _Piece | None = None
    below: _Piece | None = None
    exact: bool = False       # no ASCII in it, so ``width`` is exact
    box_left: int = 0         # its box so far: start and end offsets, and its measure:
    box_end: int = 0          # the right edge (ems) of its full lines, of the exact
    box_right: float = 0.0    # ones if any (0 when none)
    box_exact: float = 0.0

    def __post_init__(self):
        # A space next to a digit or letter stands for the quarter em a justified line
        # puts there (``400 余家``); between Han characters, for an em space or more
        # (``记者 刘丛丛``).
        self.width = _cells(self.text) / 2
        self.exact = not _ASCII.search(self.text)

    def measure(self, shift: float = 0.0) -> float:
        """The right edge of its box's full lines so far (``shift`` for a new indent)."""
        return (self.box_exact or self.box_right) + shift


@dataclass
class _Box:
    """Pieces linked down one column: a text box, and its rows and offsets (computed
    once: reading order compares every two boxes)."""

    pieces: list[_Piece]
    first: int = field(init=False)
    last: int = field(init=False)
    left: int = field(init=False)
    right: int = field(init=False)

    def __post_init__(self):
        self.first, self.last = self.pieces[0].row, self.pieces[-1].row
        self.left = min(p.start for p in self.pieces)
        self.right = max(p.end for p in self.pieces)


def _layout(stream: Stream) -> Stream:
    """Split side-by-side columns at their gutters and read them column by column.

    ``-layout`` writes each text box from a start offset of its own, so a column
    starts at the same offset on every line (give or take the indent of a first
    line), and a gutter is a run of spaces at the same offsets on neighbouring lines. Runs of text on one line are
    split at such gutters; a wide gap that is not one (an em space in ``记者 张洁``
    stretched by justification) is kept. Pieces are linked down the page into text
    boxes where exactly one piece lies under another and lines up with its box, and
    the boxes are read in the order :func:`_reading_order` gives.
    """
    rows = [_pieces(index, line) for index, (_, line) in enumerate(stream)]
    rows = [_merge_non_gutters(rows, index) for index in range(len(rows))]
    _link(rows)
    boxes = [_Box(_chain(piece)) for row in rows for piece in row if piece.above is None]
    out: Stream = []
    for box in _reading_order(boxes):
        if out:
            out.append((out[-1][0], ""))
        left = box.left
        for piece in box.pieces:
            # Keep a first-line indent (two spaces): the parser reads it as a paragraph start.
            indented = 1 <= piece.start - left <= side_by_side_rules().indent
            out.append((stream[piece.row][0], ("  " if indented else "") + piece.text))
    if out:
        out.append((out[-1][0], ""))
    return out


def _pieces(row: int, line: str) -> list[_Piece]:
    return [_Piece(row, m.start(), m.end(), m.group()) for m in _CHUNK.finditer(line)]


def _free(row: list[_Piece], column: int) -> bool:
    return not any(p.start <= column < p.end for p in row)


def _merge_non_gutters(rows: list[list[_Piece]], index: int) -> list[_Piece]:
    """Join neighbouring pieces of one row whose gap is not a gutter of the region."""
    row = rows[index]
    if len(row) < 2:
        return row
    reach = side_by_side_rules().neighbour_rows
    neighbours = [rows[i] for i in _region(rows, index, reach) if i != index]
    merged = [row[0]]
    for piece in row[1:]:
        previous = merged[-1]
        if _splits(rows, index, previous, piece, neighbours):
            merged.append(piece)
        else:
            gap = " " * (piece.start - previous.end)
            merged[-1] = _Piece(index, previous.start, piece.end, previous.text + gap + piece.text)
    return merged


def _region(rows: list[list[_Piece]], index: int, reach: int) -> range:
    """Rows within ``reach`` of ``index`` not across a blank row (a gap over the page)."""
    first = index
    while first > max(0, index - reach) and rows[first - 1]:
        first -= 1
    last = index
    while last < min(len(rows) - 1, index + reach) and rows[last + 1]:
        last += 1
    return range(first, last + 1)


def _splits(rows: list[list[_Piece]], index: int, previous: _Piece, piece: _Piece,
            neighbours: list[list[_Piece]]) -> bool:
    """Whether the gap between two pieces of a row is a gutter.

    A row alone between blank rows (a running head, an editors' line) is split only
    at gaps wider than an em gap. Otherwise a gap is a gutter where neighbouring
    rows are blank in it, or where the piece after it starts at a column's left
    edge; a gap no wider than an em gap (``本报讯（记者   何新`` in a narrow column,
    its line overrunning the column's offsets) only at a column's edge (or an
    indent right of one).
    """
    limits, gap = side_by_side_rules(), piece.start - previous.end
    if not neighbours:
        return gap > limits.lone_gap
    if gap <= limits.em_gap and not _column_edge(rows, index, piece.start - limits.indent,
                                                 piece.start + limits.indent):
        return False
    # Rows with no text under or over the two pieces say nothing about the gap
    # between them (a subhead `围绕… 激发…` over a column, blank rows beside it).
    spanning = [other for other in neighbours
                if any(p.start < piece.end and previous.start < p.end for p in other)]
    # A column's edge in the gap, the piece starting there or an indent right of it.
    edge_from = max(previous.end + 1, piece.start - limits.indent)
    return (_is_gutter(previous.end, piece.start, spanning or neighbours)
            or _column_edge(rows, index, edge_from, piece.start))


def _column_edge(rows: list[list[_Piece]], index: int, low: int, high: int) -> bool:
    """Whether rows of the region nearby have pieces starting in ``low..high``: a
    column's left edge (a title over the columns hides the gutter on the rows it
    spans)."""
    region = _region(rows, index, side_by_side_rules().look_rows)
    aligned = sum(1 for i in region
                  if i != index and any(low <= p.start <= high for p in rows[i]))
    return aligned >= min(side_by_side_rules().edge_rows, len(region) - 1)


def _is_gutter(left: int, right: int, neighbours: list[list[_Piece]]) -> bool:
    """Whether some column in ``left..right`` is blank on most neighbouring rows."""
    candidates = {left, right - 1} | {p.end for row in neighbours for p in row if left < p.end < right}
    needed = max(1, (2 * len(neighbours) + 2) // 3)
    return any(sum(_free(row, column) for row in neighbours) >= needed for column in candidates)


def _overlap(a: _Piece, b: _Piece) -> int:
    """How far ``b`` lies under the box ``a`` ends, in offsets."""
    return min(a.box_end, b.end) - max(a.box_left, b.start)


def _indented_under(a: _Piece, b: _Piece) -> bool:
    """Whether ``b`` starts within an indent left of ``a``, a box of one line (maybe an
    indented first line): a caption's short last line ``照。`` under
    ``  近日，游客在…``."""
    return a.above is None and a.start - side_by_side_rules().indent <= b.start < a.start


def _reach(piece: _Piece, left: int) -> float:
    """How far ``piece`` reaches right of ``left``, in ems (an indent counts two)."""
    return piece.width + (side_by_side_rules().indent_ems if piece.start > left else 0)


def _link(rows: list[list[_Piece]]) -> None:
    """Link each piece to the one piece under it in the same column, if any."""
    for row in rows:
        for piece in row:
            piece.box_left, piece.box_end, piece.box_right = piece.start, piece.end, piece.width
            piece.box_exact = piece.width if piece.exact else 0.0
    for index, row in enumerate(rows):
        for piece in row:
            below = _next_in_column(rows, index, piece)
            if below is not None and below.above is None:
                piece.below, below.above = below, piece
                below.box_left = min(piece.box_left, below.start)
                below.box_end = max(piece.box_end, below.end)
                shift = side_by_side_rules().indent_ems if below.box_left < piece.box_left else 0
                reach = _reach(below, below.box_left)
                below.box_right = max(piece.box_right + shift, reach)
                below.box_exact = max(piece.box_exact + shift if piece.box_exact else 0.0,
                                      reach if below.exact else 0.0)


def _next_in_column(rows: list[list[_Piece]], index: int, piece: _Piece,
                    check: bool = True) -> _Piece | None:
    """The piece under ``piece`` in its column, if it continues the box (``check``)."""
    for lower in range(index + 1, min(len(rows), index + 1 + side_by_side_rules().look_rows)):
        if not rows[lower]:
            return None                       # a blank line: the box ends
        under = ([p for p in rows[lower] if _overlap(piece, p) > 0]
                 or [p for p in rows[lower] if _indented_under(piece, p)])
        if not under:
            continue                          # another column's line; look further
        if len(under) > 1:
            return None                       # a wider line over several columns
        candidate = under[0]
        if not check:
            return candidate
        # The piece above must be the only one over the candidate, too.
        over = [p for p in rows[index] if _overlap(p, candidate) > 0]
        alone = all(p is piece for p in over)
        return candidate if alone and _continues(rows, piece, candidate) else None
    return None


def _continues(rows: list[list[_Piece]], piece: _Piece, candidate: _Piece) -> bool:
    """Whether ``candidate`` can be the next line of the box ``piece`` ends.

    It must start where the box does (give or take an indent) and reach as far
    right (a full line), unless it is a paragraph's short last line after a full
    one. So a short line ending a paragraph or box (``入冀调水安全。``) takes no short
    line under it (a kicker centred in the next article), and a short first line (a
    headline over the columns) takes no wider line under it. A box's first line is
    full when the line after a short one under it reaches as far.
    """
    limits = side_by_side_rules()
    if abs(candidate.start - piece.box_left) > limits.indent:
        return False
    # A line over an indented first line must end a paragraph itself.
    if piece.above is None and (_set_apart(rows, piece, candidate) or (
            candidate.start > piece.start and not (rules().ends_sentence(piece.text)
                                                   and _back_at(rows, candidate, piece.start)))):
        return False                          # a headline over the column
    left = min(piece.box_left, candidate.start)
    box_right = piece.measure(limits.indent_ems if left < piece.box_left else 0)
    reach, piece_reach = _reach(candidate, left), _reach(piece, left)
    if reach > box_right + limits.edge:
        return False
    if reach >= box_right - limits.edge:
        return True
    # A number or Latin word never breaks: one that did not fit leaves its line short.
    if piece_reach + _leading_word(candidate.text) < box_right - limits.edge:
        return False                          # short under short
    if piece.above is not None:
        # A paragraph's short last line ends a sentence; a much shorter open line
        # under a full one is a headline set there (``南方早稻育秧进度``).
        return (reach >= piece_reach - limits.short_open
                or rules().ends_sentence(candidate.text))
    if candidate.start < piece.start and rules().ends_sentence(candidate.text):
        return True                           # a paragraph of two lines
    after = _next_in_column(rows, candidate.row, candidate, check=False)
    return after is not None and abs(_reach(after, left) - piece_reach) <= limits.edge


def _leading_word(text: str) -> float:
    """Width in ems of the number or Latin word ``text`` opens with (0 if none).

    >>> _leading_word("12.3%和15.8%。"), _leading_word("和12")
    (2.5, 0)
    """
    word = _LEADING_WORD.match(text)
    return display_width(word.group()) / 2 if word else 0


def _set_apart(rows: list[list[_Piece]], piece: _Piece, candidate: _Piece) -> bool:
    """Whether a first line alone on its row and not lined up with the column under
    it has rows skipped under it while the lines under the next follow row by row:
    a headline, space under it."""
    if len(rows[piece.row]) > 1 or candidate.row - piece.row == 1 \
            or piece.start == candidate.start:
        return False
    after = _next_in_column(rows, candidate.row, candidate, check=False)
    return after is not None and after.row - candidate.row == 1


def _back_at(rows: list[list[_Piece]], piece: _Piece, start: int) -> bool:
    """Whether the line under ``piece`` in its column starts at ``start``: ``piece`` is
    an indented first line in a column that starts there."""
    after = _next_in_column(rows, piece.row, piece, check=False)
    return after is not None and after.start == start


def _chain(piece: _Piece) -> list[_Piece]:
    chain = [piece]
    while chain[-1].below is not None:
        chain.append(chain[-1].below)
    return chain


def _reading_order(boxes: list[_Box]) -> list[_Box]:
    """Boxes in reading order, cutting the page where no box spans the cut.

    The page is cut across between rows that no box spans (a headline over
    columns, an article over another), the parts read top to bottom; a part that
    cannot be cut across is cut down through offsets no box spans (columns,
    articles side by side), the parts read left to right; and so on in each part.
    A part that cannot be cut either way is ordered by :func:`_ordered_by_neighbours`.
    Headlines side by side right over their text (two articles, each under its
    own title) are read with their columns: the part is cut down first.
    """
    if len(boxes) < 2:
        return boxes
    for parts in (_with_heads(_cut(boxes, _rows)), _cut(boxes, _offsets)):
        if len(parts) > 1:
            return [box for part in parts for box in _reading_order(part)]
    return _ordered_by_neighbours(boxes)


def _with_heads(bands: list[list[_Box]]) -> list[list[_Box]]:
    """Bands, each joined to the band right under it (no row between) when the two
    cut down into columns of which two or more hold boxes of both, and none boxes of
    the top band alone: headlines side by side, each over its own article."""
    joined: list[list[_Box]] = []
    for band in bands:
        top = joined[-1] if joined else []
        if top and min(box.first for box in band) == max(box.last for box in top) + 1:
            columns = _cut(top + band, _offsets)
            heads = [any(box in band for box in column)
                     for column in columns if any(box in top for box in column)]
            if all(heads) and len(heads) > 1:
                joined[-1] = top + band
                continue
        joined.append(band)
    return joined


def _rows(box: _Box) -> tuple[int, int]:
    return box.first, box.last


def _offsets(box: _Box) -> tuple[int, int]:
    return box.left, box.right - 1


def _cut(boxes: list[_Box], span) -> list[list[_Box]]:
    """``boxes`` in runs along one axis, cut wherever no box spans the gap."""
    parts: list[list[_Box]] = []
    reach = 0
    for box in sorted(boxes, key=span):
        start, end = span(box)
        if parts and start <= reach:
            parts[-1].append(box)
            reach = max(reach, end)
        else:
            parts.append([box])
            reach = end
    return parts


def _ordered_by_neighbours(boxes: list[_Box]) -> list[_Box]:
    """Boxes top to bottom and column by column.

    A box comes after every box above it in the same columns, and after every box
    to its left that shares some of its lines; among the boxes free to go next, the
    highest (then leftmost) goes first.
    """
    count = len(boxes)
    waits = [0] * count
    after: list[list[int]] = [[] for _ in range(count)]
    for i, a in enumerate(boxes):
        for j, b in enumerate(boxes):
            if i != j and _before(a, b):
                after[i].append(j)
                waits[j] += 1
    ready = [(boxes[i].first, boxes[i].left, i) for i in range(count) if not waits[i]]
    heapify(ready)
    done = [False] * count
    order: list[_Box] = []
    while len(order) < count:
        if ready:
            index = heappop(ready)[2]
            if done[index]:
                continue
        else:                                 # a cycle: take the highest box left
            index = min((i for i in range(count) if not done[i]),
                        key=lambda i: (boxes[i].first, boxes[i].left))
        done[index] = True
        order.append(boxes[index])
        for j in after[index]:
            waits[j] -= 1
            if waits[j] == 0 and not done[j]:
                heappush(ready, (boxes[j].first, boxes[j].left, j))
    return order


def _before(a: _Box, b: _Box) -> bool:
    horizontal = min(a.right, b.right) > max(a.left, b.left)
    vertical = min(a.last, b.last) >= max(a.first, b.first)
    return (horizontal and a.last < b.first) or (vertical and a.right <= b.left)


_HANDLERS = {"plain": _plain, "raw": _raw, "layout": _layout, "ocr": _ocr}
