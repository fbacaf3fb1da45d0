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
from .model import Block, Line, Paragraph, Role, pieces_of
from .width import display_width

ASCII_ALNUM = regex.compile(r"[0-9A-Za-z]")  # digits and Latin letters: justification spaces
_INDENT = regex.compile(r"^[ \t\N{IDEOGRAPHIC SPACE}]+")


class Edge(Enum):
    """Whether a block's first (or last) line starts (or ends) a paragraph."""

    YES = "yes"      # certainly: an indent, a dateline; a short line ending a sentence
    NO = "no"        # certainly not: starts with a comma; ends mid-sentence
    MAYBE = "maybe"  # a full line: cannot tell from the block alone


@dataclass
class _Segment:
    """Lines of one block that belong to one paragraph."""

    lines: list
    column: int


@dataclass
class _BodyBlock:
    index: int
    segments: list[_Segment]
    column: int
    widest: int
    starts: Edge
    ends: Edge
    clear_start: bool = False  # an indent kept as spaces, a dateline, or a wide gap
    before_credit: bool = False  # a credit follows: the block is likely a caption
    after_byline: bool = False  # a byline (no photo credit) stands right before it
    loose: bool = False  # no full line measured the column: it is a guess


@dataclass(frozen=True)
class _Measure:
    """Per-line facts of one block, computed once.

    ``text_widths`` leave out a final punctuation mark, which typesetters may hang in
    the margin: an indented first line ending in a hanging comma is as wide as a full
    line, but its text is not.
    """

    widths: tuple[int, ...]
    text_widths: tuple[int, ...]
    ends: tuple[bool, ...]
    middle: tuple[int, ...] = ()  # sorted widths of the full lines, see _middle_widths


def _line_width(line: Line) -> int:
    """A line's width, counting the few justification spaces normalising removed.

    Justified lines with digits or Latin runs gain stray spaces (`今年 6月`): they
    filled the column as printed, so the line is as wide as it was. Larger changes
    (OCR spacing, a split-off credit) fall back to the clean text.
    """
    clean = display_width(line.text)
    if line.raw == line.text:
        return clean
    printed = display_width(line.raw.strip())
    return printed if 0 < printed - clean <= 4 else clean


def _measure(block: Block, layout: LayoutRules) -> _Measure:
    widths = tuple(map(_line_width, block.lines))
    lead = layout.dateline.match(block.lines[0].text)
    if lead and lead.end() == len(block.lines[0].text) and len(widths) > 1:
        # A lead-in set on a line of its own (本报讯（记者 …）) is not broken at the
        # column and may overrun it: it measures nothing.
        widths = (0,) + widths[1:]
    texts = [line.text for line in block.lines]
    hanging = layout.hanging
    text_widths = tuple(width - display_width(last) if (last := text.rstrip()[-1:]) in hanging else width
                        for width, text in zip(widths, texts))
    ends = tuple(map(layout.ends_sentence, texts))
    return _Measure(widths, text_widths, ends, _middle_widths(widths, ends))


def _middle_widths(widths: tuple[int, ...], ends: tuple[bool, ...]) -> tuple[int, ...]:
    """Widths of the lines that neither end a sentence nor follow one: full lines.

    A paragraph's first line is indented and its last one short; only the lines
    between measure the column.
    """
    return tuple(sorted(widths[i] for i in range(1, len(widths) - 1) if not ends[i] and not ends[i - 1]))


def _full_width(measure: _Measure) -> int:
    """The width of a block's full lines: the most common width of its middle lines
    (the wider on a tie).

    A line ending in a punctuation mark votes half for its width and half for its
    width without the mark: typesetters set that mark inside the column or hang it
    in the margin, and a block tells which by the lines that end in a character.
    """
    if not measure.middle:
        return max(measure.widths)
    votes: dict[int, int] = {}
    widths, text_widths, ends = measure.widths, measure.text_widths, measure.ends
    for i in range(1, len(widths) - 1):
        if ends[i] or ends[i - 1]:
            continue
        if widths[i] == text_widths[i]:
            votes[widths[i]] = votes.get(widths[i], 0) + 2
        else:
            votes[widths[i]] = votes.get(widths[i], 0) + 1
            votes[text_widths[i]] = votes.get(text_widths[i], 0) + 1
    return max(votes, key=lambda width: (votes[width], width))


def column_classes(measures: list[_Measure], tolerance: int) -> list[int]:
    """Column widths used on the page, from blocks with three full lines or more."""
    estimates = sorted(_full_width(m) for m in measures if len(m.middle) >= 3)
    clusters: list[list[int]] = []
    for width in estimates:
        if clusters and width - clusters[-1][0] <= tolerance:
            clusters[-1].append(width)
        else:
            clusters.append([width])
    return [median_high(cluster) for cluster in clusters]


def _repeated_width(measure: _Measure) -> int:
    """The widest width when two lines have it (a final mark left out or not), or 0:
    such lines are full, wherever they stand."""
    widest, text = max(measure.widths), max(measure.text_widths)
    return widest if measure.widths.count(widest) >= 2 else \
        text if measure.text_widths.count(text) >= 2 else 0


def _loose(measure: _Measure) -> bool:
    """Two lines or more, none of them surely full: the column is a guess."""
    return len(measure.widths) >= 2 and not measure.middle and not (
        len(measure.widths) >= 3 and _repeated_width(measure))


def _column_of(measure: _Measure, classes: list[int], tolerance: int, indent: int) -> int:
    """The column a block is set in; 0 when one line cannot tell.

    Three full lines measure it; fewer are snapped to the page's nearest column.
    Lines of one width that each open the block or follow a sentence's end may be
    first lines, all an ``indent`` short of a page's column.
    """
    lines = len(measure.widths)
    if lines == 1:
        return 0
    widest, text = max(measure.widths), max(measure.text_widths)
    repeated = _repeated_width(measure)
    if lines >= 3 and repeated and not measure.middle and all(
            i == 0 or measure.ends[i - 1] for i in range(lines)
            if repeated in (measure.widths[i], measure.text_widths[i])):
        indented = [width for width in classes if abs(width - repeated - indent) <= tolerance]
        if indented:
            return min(indented, key=lambda width: abs(width - repeated - indent))
    if lines >= 3 and (measure.middle or repeated):
        estimate = _full_width(measure) if measure.middle else repeated
        if len(measure.middle) >= 3 or not classes:
            return estimate
        # Few full lines fall short more often than they overhang: on a near tie,
        # the wider column; never one narrower than a line's text.
        near = [width for width in classes if abs(width - estimate) <= tolerance and width >= text]
        return min(near, key=lambda width: abs(width - estimate) + (0.5 if width < estimate else 0),
                   default=estimate)
    # Without a full line between, every line may be short: an indented first line,
    # a last line. The narrowest column that holds the widest text (a mark may hang
    # past it), else the nearest within reach.
    fitting = [width for width in classes if widest - tolerance <= width <= widest + 4 + tolerance]
    return next((width for width in fitting if width >= text), fitting[0] if fitting else widest)


def same_column(left: int, right: int, tolerance: int) -> bool:
    """Columns match when within ``tolerance`` cells, or when either is unknown (0)."""
    return not left or not right or abs(left - right) <= tolerance


def is_short(text: str, width: int, column: int, layout: LayoutRules) -> bool:
    """True when a line of ``width`` cells falls clearly short of its column.

    Lines with digits or Latin letters may lose a few cells to justification spaces
    that normalising removed, so they need a larger margin.
    """
    slack = layout.short_line_with_ascii if ASCII_ALNUM.search(text) else layout.short_line
    return width <= column - slack


_OPENING = "“‘（《〈【「『(["


_UNBROKEN = regex.compile(r"[0-9A-Za-z][0-9A-Za-z.,:%]*")


def _kinsoku(next_text: str, width: int, column: int) -> bool:
    """A line short because what opens the next line could not go on it: a quote or
    bracket, which may not end a line, or a number or Latin word wider than the room
    left, which does not break. The line was full; nothing ends there.

    >>> _kinsoku("“集中育秧出苗整齐、成秧率高，每亩", 32, 34)
    True
    >>> _kinsoku("2024年，全市有3人荣获", 26, 28), _kinsoku("3人荣获", 26, 28)
    (True, False)
    """
    head = next_text.lstrip()
    if head[:1] in _OPENING:
        return width >= column - 2
    number = _UNBROKEN.match(head)
    return number is not None and width + len(number.group()) > column


def _split_block(index: int, block: Block, measure: _Measure, column: int,
                 layout: LayoutRules) -> _BodyBlock:
    lines, widths, ends = block.lines, measure.widths, measure.ends
    segments = [_Segment([lines[0]], column)]
    for position in range(1, len(lines)):
        previous, line = lines[position - 1], lines[position]
        if not ends[position - 1]:  # a sentence broken off goes on: no paragraph ends
            segments[-1].lines.append(line)
            continue
        # A paragraph's first line is an indent narrower: as wide as that, it is full.
        full_first = len(segments[-1].lines) == 1 and \
            widths[position - 1] >= column - layout.indent - layout.short_line
        # Pushed short by what opens a full line under it: the line was full (a
        # paragraph's first line is full an indent short of the column).
        opening = len(segments[-1].lines) == 1 and widths[position - 1] <= column - layout.indent
        pushed = measure.text_widths[position] >= column - 2 and \
            _kinsoku(line.text, widths[position - 1], column - (layout.indent_width if opening else 0))
        breaks = not pushed and (
            (is_short(previous.text, widths[position - 1], column, layout) and not full_first)
            or _INDENT.match(line.raw) is not None
            # A full line ending a sentence, then a line short by an indent that
            # is not the paragraph's last (it ends mid-sentence, or lines follow and
            # it is about as wide as an indented line): a new paragraph began.
            or (measure.text_widths[position] <= column - layout.indent and (
                not ends[position] or position < len(lines) - 1
                and measure.text_widths[position] >= column - layout.indent - layout.one_line_paragraph)))
        if breaks:
            segments.append(_Segment([line], column))
        else:
            segments[-1].lines.append(line)
    first, last = lines[0], lines[-1]
    clear_start = False
    if _INDENT.match(first.raw) or layout.dateline.match(first.text):
        starts, clear_start = Edge.YES, True
    elif first.text.lstrip()[:1] in layout.continuation_start:
        starts = Edge.NO
    elif column and measure.text_widths[0] <= column - layout.indent and not ends[0] \
            and not (len(lines) > 1 and _kinsoku(lines[1].text, widths[0], column)):
        # Short of its known column by an indent and open: a paragraph's first line
        # (a line alone too, once the column it stands in is known).
        starts = Edge.YES
        # Digits and Latin letters make full lines fall a few cells short too.
        clear_start = measure.text_widths[0] <= column - (
            layout.clear_indent_with_ascii if ASCII_ALNUM.search(first.text) else layout.clear_indent)
    else:
        starts = Edge.MAYBE
    if not ends[-1]:
        finish = Edge.NO
    elif is_short(last.text, widths[-1], column, layout):
        finish = Edge.YES
    else:
        finish = Edge.MAYBE
    return _BodyBlock(index, segments, column, max(widths), starts, finish, clear_start)


def continuation_score(left: _BodyBlock, right: _BodyBlock, skipped: int,
                       layout: LayoutRules) -> float:
    """How strongly ``right`` reads as the continuation of ``left``'s open paragraph,
    before word evidence (:func:`joins_word`, consulted only to break near ties).

    The weights are rule data (``[continuation]`` in ``rules/layout/layout.toml``): how
    ``right`` starts (a mark that can only continue a sentence, a full line, a line
    short by what may be an indent, a clear indent or dateline); whether it is set in
    the same column (a one-line block of unknown column matches a column it fits in;
    after a finished sentence an unknown column is no evidence); and a penalty for
    each body block skipped, one for a block a credit follows (a caption), one for a
    block a byline precedes (an article's first text), and a bonus after a closing
    quotation mark, which its speaker often follows.
    """
    weights = layout.weights
    score = {Edge.NO: weights["starts_with_continuation_mark"], Edge.MAYBE: weights["starts_full"],
             Edge.YES: weights["starts_indented"] if right.clear_start
             else weights["starts_maybe_indented"]}[right.starts]
    penalty = weights["per_box_skipped"] * skipped + (weights["before_credit"] if right.before_credit else 0.0) \
        + (weights["after_byline"] if right.after_byline else 0.0)
    if right.starts is not Edge.YES and left.segments[-1].lines[-1].text.rstrip()[-1:] in "”’」』":
        # `…就能完成。”` / `车间主任刘建国说。`: a quotation's speaker goes on the paragraph.
        score += weights["after_quote"]
    if left.column and right.column:
        fits = same_column(left.column, right.column, layout.width_tolerance) \
            or _could_be(right, left.column, layout) or _could_be(left, right.column, layout)
    elif left.ends is Edge.MAYBE:
        return score + penalty
    else:  # a one-line block: does it fit the other's column?
        known = left.column or right.column
        fits = not known or (left.widest if not left.column else right.widest) <= known + 2
    return score + (weights["same_column"] if fits else weights["other_column"]) + penalty


def _could_be(block: _BodyBlock, column: int, layout: LayoutRules) -> bool:
    """Could a block whose column is a guess be set in ``column``? Its widest line
    may be an indented first line, or fill the column."""
    tolerance = layout.width_tolerance
    return block.loose and block.widest - tolerance <= column <= block.widest + layout.indent + 1 + tolerance


def joins_word(tail: str, head: str, shortest: int = 2) -> bool:
    """Does a dictionary word of ``shortest`` to four characters span the join of two
    fragments (``主|要`` -> 主要, ``全力以|赴`` -> 全力以赴)?"""
    from .words import is_word
    return any(is_word(tail[-left:] + head[:right])
               for left in (1, 2, 3) for right in (1, 2, 3)
               if shortest <= left + right <= 4 and len(tail) >= left and len(head) >= right)


def _continuations(left: _BodyBlock, candidates: list[_BodyBlock], blocks: list[Block],
                   layout: LayoutRules, bonus: float = 0.0) -> list[tuple[float, int, _BodyBlock]]:
    """The blocks that may continue ``left``, as ``(score, -skipped, block)`` entries
    above the acceptance threshold, best first (word evidence added on near ties).
    ``bonus`` is added to every score (negative for candidates read backwards)."""
    scored = sorted(((continuation_score(left, right, skipped, layout) + bonus, -skipped, right)
                     for skipped, right in enumerate(candidates)),
                    key=lambda entry: entry[:2], reverse=True)
    weights = layout.weights
    if len(scored) > 1 and scored[0][0] - scored[1][0] < weights["near_tie"]:
        # Near tie: let the dictionary say which join makes a word.
        tail = left.segments[-1].lines[-1].text.strip()
        best = scored[0][0]

        def with_words(entry):
            if best - entry[0] >= weights["near_tie"]:
                return entry
            head = blocks[entry[2].index].lines[0].text.strip()
            word = joins_word(tail, head) or (  # a number and its unit: `3月6` / `日上午`
                tail[-1:].isdigit() and head[:1] in layout.number_units)
            return (entry[0] + (weights["word_across_join"] if word else 0.0),) + entry[1:]
        scored = sorted(map(with_words, scored), key=lambda entry: entry[:2], reverse=True)
    threshold = weights["accept_mid_sentence"] if left.ends is Edge.NO else weights["accept_full_stop"]
    return [entry for entry in scored if entry[0] > threshold]


def _neighbour_column(body: dict[int, _BodyBlock], order: list[int], position: int,
                      measure: _Measure, narrower: int) -> int:
    """The column of a nearby measured block that a short block fits in, or 0.

    One or two lines cannot measure their column; they usually sit in the column of
    the text around them: of the nearest measured block on either side, the one
    whose column the lines fill best. A block ``narrower`` cells or more narrower than
    both (a caption) keeps its own.
    """
    widest = max(measure.widths)
    found = []
    for step in (-1, 1):
        cursor = position + step
        while 0 <= cursor < len(order) and abs(cursor - position) <= 2:
            neighbour = body[order[cursor]]
            if len(neighbour.segments[0].lines) >= 3 or sum(len(s.lines) for s in neighbour.segments) >= 3:
                if neighbour.column - narrower < widest <= neighbour.column + 2:
                    found.append(neighbour.column)
                break
            cursor += step
    return min(found, key=lambda column: abs(column - widest), default=0)


def _opening_lines(blocks: list[Block], body: dict[int, _BodyBlock], layout: LayoutRules) -> list[int]:
    """One-line "headlines" that are really a paragraph's first line, cut off in a box
    of its own: as wide as an indented line of the text box right after it, which
    goes on with a full line (no indent of its own), in the column of the finished
    text before. Page furniture between them is stepped over where a word runs
    across the join (``…特色产业之`` / ``责任编辑：马红`` / ``一，主要分布在…``).
    """
    found = []
    for index, block in enumerate(blocks[:-1]):
        after = _next_text(blocks, index)
        following, previous = body.get(after), body.get(index - 1)
        if block.role is not Role.HEADING or len(block.lines) != 1 or following is None \
                or following.starts is Edge.YES or after > index + 1 and not joins_word(
                    block.lines[0].text.strip(), blocks[after].lines[0].text.strip()):
            continue
        # (a one-line box after it is measured by the finished text before it)
        column = following.column or (previous.column if previous is not None else 0)
        if not column:
            continue
        if previous is not None and (previous.ends is Edge.NO or not same_column(
                previous.column, column, layout.width_tolerance)):
            # Text breaking off mid-sentence before it must go on first; text of
            # another column before it: a headline between two things.
            continue
        text = block.lines[0].text.strip()
        width = display_width(text)
        if column - 6 <= width <= column + 2 and text[-1:] not in "！？!?" and " " not in text \
                and not text.startswith(("——", "—")):
            found.append(index)
    return found


def _next_text(blocks: list[Block], index: int) -> int:
    """The index of the first block after ``index`` that is no page furniture."""
    following = index + 1
    while following < len(blocks) - 1 and blocks[following].role is Role.FURNITURE:
        following += 1
    return following


def _continuing_lines(blocks: list[Block], body: dict[int, _BodyBlock], layout: LayoutRules) -> list[int]:
    """One-line "headlines" that are really the next line of the text broken off
    mid-sentence right before them, cut off in a box of their own: a full line of
    that text's column (an open line is never a paragraph's short last one), a word
    running across the join (``却实实在`` / ``在提升了群众的获得``).
    """
    found = []
    for index, block in enumerate(blocks[1:], 1):
        previous = body.get(index - 1)
        if block.role is not Role.HEADING or len(block.lines) != 1 or previous is None \
                or previous.ends is not Edge.NO or not previous.column:
            continue
        text = block.lines[0].text.strip()
        width = display_width(text)
        tail = blocks[index - 1].lines[-1].text.strip()
        if previous.column - layout.indent <= width <= previous.column + layout.width_tolerance \
                and joins_word(tail, text, shortest=3):
            found.append(index)
    return found


def _earlier(body: dict[int, _BodyBlock], order: list[int], position: int,
             blocks: list[Block], layout: LayoutRules) -> list[_BodyBlock]:
    """Earlier blocks that may continue the block at ``position``, nearest first.

    pdftotext's default mode can emit a column before the one it continues (a column
    under a photo before the column beside it): a box of a known column (a line
    alone may be anything) that opens mid-paragraph (no indent, no lead-in) may
    continue an open paragraph after it.
    """
    start = max(0, position - layout.continuation_window)
    return [body[c] for c in reversed(order[start:position]) if body[c].starts is not Edge.YES
            and body[c].column and not layout.dateline.match(blocks[c].lines[0].text)]


def _chain_reaches(next_of: dict[int, int], start: int, target: int) -> bool:
    """Does following the joins from block ``start`` lead to ``target`` (a cycle)?"""
    cursor = start
    while cursor in next_of:
        cursor = next_of[cursor]
        if cursor == target:
            return True
    return cursor == target


def _after_byline(blocks: list[Block], index: int, layout: LayoutRules) -> bool:
    """Does a byline stand right before block ``index``, where an article begins: a
    credit on lines of its own, naming no photographer, with no text right above it
    (which it could close as a caption's credit)?"""
    if index < 1 or blocks[index - 1].role is not Role.CREDIT:
        return False
    credit = blocks[index - 1].lines
    return not credit[0].rest and (index < 2 or blocks[index - 2].role is not Role.BODY) and \
        not layout.photo_credit_end.search(credit[-1].text.rstrip())


def reflow(blocks: list[Block]) -> list[Block | Paragraph]:
    """Replace body blocks by the paragraphs they hold, in reading order.

    A paragraph sits where its first line was; other blocks keep their places.
    """
    blocks = list(blocks)
    layout = rules()
    tolerance = layout.width_tolerance
    measures = {i: _measure(b, layout) for i, b in enumerate(blocks) if b.role is Role.BODY}
    classes = column_classes(list(measures.values()), tolerance)
    body = {i: _split_block(i, blocks[i], m, _column_of(m, classes, tolerance, layout.indent), layout)
            for i, m in measures.items()}
    order = sorted(body)
    for position, index in enumerate(order):
        if len(blocks[index].lines) == 2:
            column = _neighbour_column(body, order, position, measures[index], layout.caption_narrower)
            if column:
                body[index] = _split_block(index, blocks[index], measures[index], column, layout)
    openings = _opening_lines(blocks, body, layout)
    for index in dict.fromkeys(openings + _continuing_lines(blocks, body, layout)):
        blocks[index] = Block(blocks[index].lines, Role.BODY)
        measures[index] = _measure(blocks[index], layout)
        column = body[_next_text(blocks, index) if index in openings else index - 1].column
        body[index] = _split_block(index, blocks[index], measures[index], column, layout)
    order = sorted(body)
    for index in order:
        if index + 1 < len(blocks) and blocks[index + 1].role is Role.CREDIT:
            body[index].before_credit = True
        body[index].after_byline = _after_byline(blocks, index, layout)
        body[index].loose = _loose(measures[index])
    for index, following in zip(order, order[1:]):
        # A last line one character short of the column, then a box opening with a
        # quotation mark, which may not end a line: the line was full.
        left = body[index]
        if left.ends is Edge.YES and following == index + 1 \
                and measures[following].widths[0] >= left.column - 2 \
                and _kinsoku(blocks[following].lines[0].text, measures[index].widths[-1], left.column):
            left.ends = Edge.MAYBE
    # Every open paragraph proposes its continuations; the strongest pairs are joined
    # first, so a box that two paragraphs could continue goes to the one it fits best.
    proposals = []
    for position, index in enumerate(order):
        left = body[index]
        if left.ends is Edge.YES:
            continue
        window = order[position + 1: position + 1 + layout.continuation_window]
        if left.ends is Edge.MAYBE:
            # A full line ending a sentence may end the paragraph: look no further than
            # the very next block, and only when nothing stands between them.
            window = [c for c in window[:1] if c == index + 1]
        candidates = [body[c] for c in window if not layout.dateline.match(blocks[c].lines[0].text)]
        proposals += [(score, closeness, -index, left, right)
                      for score, closeness, right in _continuations(left, candidates, blocks, layout)]
    # Boxes the open paragraphs before them do not continue, though they open
    # mid-paragraph: the continuations of open paragraphs after them, when a word runs
    # across the join. Both boxes of a known column; a backward join must also beat the
    # box's own forward ones.
    forward_pairs = dict(body)
    wanted = set(_pair(proposals, forward_pairs, blocks, measures, layout).values())
    forward = {entry[3].index: entry[0] for entry in sorted(proposals, key=lambda entry: entry[0])}
    for position, index in enumerate(order):
        if body[index].ends is Edge.NO and body[index].column:
            tail = blocks[index].lines[-1].text.strip()
            earlier = [c for c in _earlier(body, order, position, blocks, layout) if c.index not in wanted
                       and joins_word(tail, blocks[c.index].lines[0].text.strip())]
            proposals += [(score, closeness, -index, body[index], right) for score, closeness, right in
                          _continuations(body[index], earlier, blocks, layout, layout.weights["backward"])
                          if score > forward.get(index, score - 1)]
    next_of = _pair(proposals, body, blocks, measures, layout)
    taken = set(next_of.values())
    # A box continuing a paragraph before it in the text gives the rest of its
    # paragraphs there too, after the one it continues.
    deferred = {right for left, right in next_of.items() if right < left}
    out: list[Block | Paragraph] = []
    for index, block in enumerate(blocks):
        if index not in body:
            out.append(block)
        elif index not in deferred:
            out += _paragraphs_from(index, 1 if index in taken else 0, body, next_of, deferred)
    return out


def _pair(proposals: list, body: dict[int, _BodyBlock], blocks: list[Block],
          measures: dict[int, _Measure], layout: LayoutRules) -> dict[int, int]:
    """Join the proposed pairs, strongest first: each open box to one box that
    continues it, each box continuing one. A short box continuing a paragraph is
    measured anew (in ``body``) by the column it continues."""
    next_of: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, _, left, right in sorted(proposals, key=lambda entry: entry[:3], reverse=True):
        if left.index in next_of or right.index in taken or body[left.index].ends is Edge.YES \
                or _chain_reaches(next_of, right.index, left.index):
            continue  # (a short box measured anew below may turn out to end its paragraph)
        next_of[left.index] = right.index
        taken.add(right.index)
        if len(blocks[right.index].lines) < 3:
            body[right.index] = _split_block(right.index, blocks[right.index], measures[right.index],
                                             max(right.column, left.column), layout)
    return next_of


def _paragraphs_from(index: int, start: int, body: dict[int, _BodyBlock], next_of: dict[int, int],
                     deferred: set[int]) -> list[Paragraph]:
    """The paragraphs of block ``index`` from segment ``start`` on, each last one
    running on into the boxes that continue it."""
    out = []
    segments = body[index].segments
    for number in range(start, len(segments)):
        lines = list(segments[number].lines)
        column = segments[number].column
        cursor = index
        while number == len(body[cursor].segments) - 1 and cursor in next_of:
            cursor = next_of[cursor]
            lines.extend(body[cursor].segments[0].lines)
            column = column or body[cursor].segments[0].column  # a line alone has none
            number = 0
        out.append(_paragraph(lines, column))
        if cursor in deferred and cursor != index:
            out += _paragraphs_from(cursor, 1, body, next_of, deferred)
    return out


def join_pieces(pieces: list[str]) -> str:
    """Join the pieces of text broken across lines: no space, except between two
    Latin letters, where the break stood for one (``New`` / ``York``).

    >>> join_pieces(["生动直观的PPT", "演示"]), join_pieces(["in New", "York"])
    ('生动直观的PPT演示', 'in New York')
    """
    return _joined(pieces)[0]


def _joined(pieces: list[str]) -> tuple[str, list[int]]:
    """The joined text and where each piece ends in it."""
    text, ends = "", []
    for piece in pieces:
        piece = piece.strip()
        if text[-1:].isascii() and text[-1:].isalpha() and piece[:1].isascii() and piece[:1].isalpha():
            text += " "
        text += piece
        ends.append(len(text))
    return text, ends


def _paragraph(lines: list, column: int) -> Paragraph:
    text, ends = _joined([line.text for line in lines])
    layout = rules()
    sentence_ends = tuple((ends[i], lines[i].number, lines[i + 1].number)
                          for i in range(len(lines) - 1) if layout.ends_sentence(lines[i].text))
    return Paragraph(text, lines[0].number, lines[-1].number, column=column,
                     sentence_ends=sentence_ends, pieces=pieces_of(lines))
