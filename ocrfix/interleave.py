"""Read apart side-by-side columns that pdftotext interleaved line by line.

On loosely leaded pages ``pdftotext``'s default mode makes every line a text box of
its own and writes the boxes in y-order across the columns: ``A1 B1 A2 B2 …`` (or
``A B C A B C``, irregular where a column starts lower or ends sooner). A run of
one-line blocks that long is rare otherwise (headlines, furniture and bylines come a
few at a time), so such a run is read apart: a beam search gives each line a column,
or a block of its own (a headline, a piece of a byline), scoring every join the way
a reader would check it -- full lines of a column share its width, a paragraph opens
with a line short by its dropped indent after a short line that ends a sentence, no
line starts with ``，。、）”``, a word or a quotation runs on across the join, and the
columns take turns at a steady rhythm. The columns come out as blocks in reading
order, the lines keeping their input line numbers. A headline with a run's worth of
lines on either side starts another article, read apart on its own. Thresholds and
weights are rule data (``rules/layout/interleave.toml``).
"""
from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import permutations
from typing import NamedTuple

import regex

from .layout_rules import InterleaveRules, LayoutRules, interleave_rules, rules
from .reflow import ASCII_ALNUM
from .width import display_width

Stream = list[tuple[int, str]]

_QUOTES = "“‘「『"
_PIECE = regex.compile(r"\p{Han}{1,4}")  # a bare name or role: a piece of a byline


@dataclass(frozen=True)
class _Line:
    """One line of a run and what a join to it depends on."""

    text: str
    width: int        # display width, in cells
    slack: int        # how far short a full line of it may fall (more with digits)
    closed: bool      # ends a sentence
    mark: bool        # starts with a mark that only continues a sentence
    opens: str        # quotes and brackets left open at its end
    closes: str       # quotes and brackets it closes that it did not open
    dateline: bool    # opens an article (``本报讯（记者 …）``)


class _Column(NamedTuple):
    """A column being read: its last line; that line's place among the lines given
    to columns so far, the place of its first line, and how many places before the
    last the line above it was; its measure (0 while unknown); and the quotes and
    brackets open at its end. (A tuple: the beam search hashes millions of them.)"""

    last: int
    place: int
    first: int
    gap: int
    width: int
    open: str


@cache
def _closers() -> dict[str, str]:
    """Each closing mark and its opening one (``pairs`` in ``punctuation.toml``)."""
    return {pair[1]: pair[0] for pair in rules().pairs}


def brackets(text: str) -> tuple[str, str]:
    """The closing quotes and brackets ``text`` has without their opening ones, and
    the opening ones it leaves open (innermost last).

    >>> brackets("园”，又称“口袋"), brackets("（记者）说“好”。")
    (('”', '“'), ('', ''))
    """
    closers = _closers()
    openers = set(closers.values())
    stack: list[str] = []
    unopened = ""
    for char in text:
        if char in openers:
            stack.append(char)
        elif char in closers:
            if stack and stack[-1] == closers[char]:
                stack.pop()
            elif not stack:
                unopened += char
    return unopened, "".join(stack)


def _closes_open(unopened: str, open_: str) -> bool:
    """Whether closing marks ``unopened`` close the innermost of ``open_``.

    >>> _closes_open("”", "（“"), _closes_open("）", "“")
    (True, False)
    """
    return len(unopened) <= len(open_) and all(
        _closers()[char] == opener for char, opener in zip(unopened, reversed(open_)))


def _carry(open_: str, line: _Line) -> str:
    """The quotes and brackets open after ``line``, ``open_`` being open before it."""
    if line.closes and _closes_open(line.closes, open_):
        open_ = open_[:len(open_) - len(line.closes)]
    return open_ + line.opens


def _line(text: str, layout: LayoutRules, rule: InterleaveRules) -> _Line:
    """What the scores need to know of one line."""
    text = text.strip()
    closes, opens = brackets(text)
    slack = rule.ascii_tolerance if ASCII_ALNUM.search(text) else rule.width_tolerance
    return _Line(text, display_width(text), slack, layout.ends_sentence(text),
                 text[:1] in layout.continuation_start, opens, closes,
                 bool(layout.dateline.match(text)))


def one_line_runs(stream: Stream, min_run: int, furniture: regex.Pattern) -> list[list[int]]:
    """Positions in ``stream`` of runs of at least ``min_run`` one-line blocks in a row.

    Page furniture (``责任编辑：…``) is a block of its own even where the extractor
    glued it to a line.

    >>> stream = [(1, "甲"), (2, ""), (3, "乙"), (4, ""), (5, "丙"), (6, "丁"), (7, ""), (8, "戊")]
    >>> one_line_runs(stream, 2, regex.compile("^丁$"))
    [[0, 2, 4, 5, 7]]
    """
    # Blank or furniture, per position (with the page's edges blank); only a line at
    # a box's edge can be furniture glued to a run line.
    blank = [True] + [not text.strip() for _, text in stream] + [True]
    apart = [blank[i] or (blank[i - 1] or blank[i + 1])
             and furniture.search(stream[i - 1][1].strip()) is not None
             for i in range(1, len(blank) - 1)]
    apart = [True] + apart + [True]
    runs: list[list[int]] = [[]]
    for position, (_, text) in enumerate(stream):
        if not text.strip():
            continue
        alone = apart[position + 1] or (apart[position] and apart[position + 2])
        if alone:
            runs[-1].append(position)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= min_run]


def width_classes(lines: list[_Line], rule: InterleaveRules) -> list[int]:
    """Measures of the columns in a run: widths shared by ``class_lines`` lines or more
    that run on (no sentence end, no digits), neighbouring widths counted together,
    but for widths an indent short of a more common one.

    >>> texts = ["一二三四五，六七", "甲乙丙丁戊己庚八", "子丑寅卯辰巳午未", "好。", "天地玄黄"]
    >>> width_classes([_line(t, rules(), interleave_rules()) for t in texts], interleave_rules())
    [16]
    """
    counts = Counter(line.width for line in lines
                     if not line.closed and line.slack == rule.width_tolerance)
    classes: list[int] = []
    for width in sorted(counts, key=lambda w: (-counts[w], -w)):
        near = sum(counts[w] for w in counts if abs(w - width) <= 1)
        # Fewer lines a little narrower than a measure are its paragraphs' first lines.
        if near >= rule.class_lines and all(abs(width - c) > rule.width_tolerance
                                            and not c - rule.indent_most <= width < c for c in classes):
            classes.append(width)
    return sorted(classes)


class _Scorer:
    """Scores of the joins in one run (word evidence looked up once per pair)."""

    def __init__(self, lines: list[_Line], classes: list[int], layout: LayoutRules,
                 rule: InterleaveRules):
        self.lines, self.classes, self.layout, self.rule = lines, classes, layout, rule
        self.weights = rule.weights
        self._words: dict[tuple[int, int], bool] = {}
        self._joins: dict[tuple[int, int, int, str], float] = {}

    def measure(self, line: _Line) -> int:
        """The column measure a line is a full line of, or 0."""
        return next((width for width in self.classes
                     if width - line.slack <= line.width <= width + self.rule.width_tolerance), 0)

    def word(self, left: int, right: int) -> bool:
        """Whether a word (or a number and its unit) runs on across the join."""
        if (left, right) not in self._words:
            from .words import cut_across
            tail, head = self.lines[left].text, self.lines[right].text
            self._words[left, right] = (tail[-1:].isdigit() and head[:1] in self.layout.number_units
                                        ) or cut_across(tail.replace(" ", ""), head.replace(" ", ""))
        return self._words[left, right]

    def short(self, line: _Line, width: int, after_end: bool) -> bool:
        """Whether ``line``, open at its end, falls short of a column of ``width`` (the
        narrowest measure when unknown) where no paragraph can start (``after_end``:
        the line above ended a sentence) or where it is too short even for an
        indented first line."""
        width = width or min(self.classes, default=0)
        if not width or line.closed or line.width >= width - line.slack:
            return False
        return not after_end or line.width < width - self.rule.indent_most - line.slack

    def text_join(self, left: int, right: int, width: int, open_: str) -> float:
        """Evidence from the text that ``right`` goes on where ``left`` stops, in a
        column of ``width`` with quotes and brackets ``open_`` at ``left``'s end
        (worked out once: the beam asks again and again)."""
        key = (left, right, width, open_)
        if key not in self._joins:
            self._joins[key] = self._text_join(left, right, width, open_)
        return self._joins[key]

    def _text_join(self, left: int, right: int, width: int, open_: str) -> float:
        weights, above, below = self.weights, self.lines[left], self.lines[right]
        score = 0.0
        if below.mark:
            score += weights["mark_after_end"] if above.closed else weights["continuation_mark"]
        elif above.closed and width and above.width < width - above.slack:
            # A paragraph ended: the next one opens with a short (indented) line, and
            # goes on (a paragraph of one line is rare in a column).
            if below.width > width - self.rule.indent and not below.dateline:
                score += weights["no_indent"]
            elif not below.closed:
                score += weights["new_paragraph"]
            else:
                score += weights["one_line_paragraph"]
        elif not above.closed:
            score += weights["word_across"] if self.word(left, right) else weights["no_word_across"]
        elif above.closed and below.closed and width and below.width <= width - self.rule.indent:
            score += weights["one_line_paragraph"]
        if below.closes:
            # Closing what the line above opened is evidence; what a line further up
            # opened, none (a quotation may run on for lines); nothing open, a misfit.
            if _closes_open(below.closes, above.opens):
                score += weights["quote_closed"]
            elif not _closes_open(below.closes, open_):
                score += weights["quote_unopened"]
        elif above.opens.strip(_QUOTES):
            # A bracket (not a quotation) left open closes on the next line.
            score += weights["bracket_unclosed"]
        return score

    def own(self, index: int) -> float:
        """Line ``index`` left as a block of its own: cheap for a line too short to be
        a column's (a headline, a byline piece), dear for a full one and for one
        ending as no headline does (``。``)."""
        line, weights = self.lines[index], self.weights
        narrowest = min(self.classes, default=0)
        short = line.dateline or line.width < narrowest - self.rule.indent_most - line.slack
        headline = line.text[-1:] not in self.layout.heading_never_ends
        return weights["own_short"] if short and headline else weights["own_block"]

    def start(self, index: int, place: int) -> tuple[float, _Column]:
        """A column opening with line ``index``, the ``place``-th line given to a column."""
        line, weights = self.lines[index], self.weights
        score = weights["new_column"]
        if line.mark:
            score += weights["mark_after_end"]
        if self.short(line, 0, True) and not line.dateline:
            score += weights["short_open"]
        return score, _Column(index, place, place, 0, self.measure(line), line.opens)

    def extend(self, column: _Column, index: int, place: int, newest: int) -> tuple[float, _Column]:
        """Line ``index``, the ``place``-th line given to a column, under the last line
        of ``column``; ``newest`` is the place where the last column began.

        The columns take turns: a steady gap scores (one of a single line does not:
        that is no turn), a changed one costs, unless a column began in between (one
        starting lower on the page).
        """
        weights, line = self.weights, self.lines[index]
        gap = place - column.place
        score = 0.0
        if gap == column.gap > 1:
            score += weights["rhythm"]
        elif column.gap and newest < column.place:
            score += weights["rhythm_break"]
        width = column.width or self.measure(line)
        if width and line.width > width + self.rule.width_tolerance:
            score += weights["too_wide"]
        elif width and line.width >= width - line.slack:
            score += weights["fits"]
        elif self.short(line, width, self.lines[column.last].closed):
            score += weights["short_open"]
        score += self.text_join(column.last, index, width, column.open)
        return score, _Column(index, place, column.first, gap, width, _carry(column.open, line))


def assign(lines: list[_Line], classes: list[int], layout: LayoutRules,
           rule: InterleaveRules) -> list[int]:
    """Each line's column (numbered in order of their first lines), -1 for a line
    left as a block of its own: the best-scoring assignment a beam search finds."""
    scorer = _Scorer(lines, classes, layout, rule)
    # (lines given to columns, columns) -> (score, trail of labels as nested pairs)
    State = tuple[int, tuple[_Column, ...]]
    beam: dict[State, tuple[float, tuple | None]] = {(0, ()): (0.0, None)}
    for index in range(len(lines)):
        following: dict[State, tuple[float, tuple | None]] = {}
        moves: list[tuple[State, float, tuple | None, int]] = []
        own = scorer.own(index)
        for (place, columns), (score, trail) in beam.items():
            moves.append(((place, columns), score + own, trail, -1))
            newest = max((column.first for column in columns), default=0)
            for number, column in enumerate(columns):
                gain, extended = scorer.extend(column, index, place, newest)
                moves.append(((place + 1, columns[:number] + (extended,) + columns[number + 1:]),
                              score + gain, trail, number))
            if len(columns) < rule.max_columns:
                gain, started = scorer.start(index, place)
                moves.append(((place + 1, columns + (started,)), score + gain, trail, len(columns)))
        for state, score, trail, label in moves:  # the best way into each state
            kept = following.get(state)
            if kept is None or kept[0] < score:
                following[state] = (score, (trail, label))
        beam = dict(heapq.nlargest(rule.beam, following.items(), key=lambda item: item[1][0]))

    def balanced(state: State) -> float:
        """The final score, less a cost for each line by which a column outgrows the
        others (the columns of an article are of one height, the last one shorter)."""
        score, trail = beam[state]
        labels = _labels(trail)
        heights = sorted(labels.count(number) for number in range(len(state[1])))
        excess = heights[-1] - heights[-2] - rule.balance_slack if len(heights) > 1 else 0
        return score + rule.weights["unbalanced"] * max(0, excess)

    return _labels(beam[max(beam, key=balanced)][1])


def _labels(trail: tuple | None) -> list[int]:
    """The labels of a trail of nested ``(trail, label)`` pairs, first first."""
    labels: list[int] = []
    while trail is not None:
        trail, label = trail
        labels.append(label)
    return labels[::-1]


def _reading_order(columns: list[list[int]], scorer: _Scorer) -> list[list[int]]:
    """Columns in reading order: each runs on into the next where the text says so
    (its last line open, the next one's first no paragraph's first line); an article
    opening comes first; otherwise the order of their first lines."""
    weights = scorer.weights

    def runs_on(left: list[int], right: list[int]) -> float:
        above, below = scorer.lines[left[-1]], scorer.lines[right[0]]
        if below.dateline:
            return -weights["runs_on"]
        width = scorer.measure(above) or scorer.measure(below)
        open_ = ""
        for index in left:
            open_ = _carry(open_, scorer.lines[index])
        score = scorer.text_join(left[-1], right[0], width, open_)
        starts_paragraph = not below.closed and width and below.width < width - below.slack
        if not above.closed and not starts_paragraph:
            score += weights["runs_on"]
        return score

    def total(order) -> float:
        return sum(runs_on(a, b) for a, b in zip(order, order[1:]))

    return list(max(permutations(columns), key=total))


def deinterleave(stream: Stream) -> Stream:
    """Read runs of interleaved one-line blocks apart; everything else is unchanged.

    >>> left = ["今天上午，全市春", "季植树活动在城郊林场", "举行。数百名志愿者扛",
    ...         "着铁锹、提着水桶，在", "山坡上栽下了一棵棵树", "苗。"]
    >>> right = ["社区工作人员逐户", "走访，帮助老人办理各", "项手续，受到群众的欢",
    ...          "迎。大家纷纷表示，这", "样的服务实实在在。"]
    >>> lines = [line for pair in zip(left, right + [""]) for line in pair if line]
    >>> stream = [(2 * i + 1, line) for i, line in enumerate(lines)]
    >>> stream = [entry for line in stream for entry in (line, (line[0] + 1, ""))]
    >>> print("/".join(text or "|" for _, text in deinterleave(stream)))
    今天上午，全市春/季植树活动在城郊林场/举行。数百名志愿者扛/着铁锹、提着水桶，在/山坡上栽下了一棵棵树/苗。/|/社区工作人员逐户/走访，帮助老人办理各/项手续，受到群众的欢/迎。大家纷纷表示，这/样的服务实实在在。/|
    """
    rule, layout = interleave_rules(), rules()
    runs = one_line_runs(stream, rule.min_run, layout.furniture)
    if not runs:
        return stream
    out: Stream = []
    done = 0
    for run in runs:
        out += stream[done:run[0]]
        done = run[-1] + 1
        entries = [stream[p] for p in run]
        lines = [_line(text, layout, rule) for _, text in entries]
        classes = width_classes(lines, rule)
        parts = [_read_apart(entries[start:end], lines[start:end], classes, layout, rule)
                 or stream[run[start]:run[end - 1] + 1]
                 for start, end in _articles(lines, classes, layout, rule)]
        # The run's blocks stand apart from the text around them (a line of furniture
        # glued to a run's edge has no blank entry between).
        if out and out[-1][1].strip():
            out.append((out[-1][0], ""))
        out += _blocks(parts)
        if done < len(stream) and stream[done][1].strip():
            out.append((out[-1][0], ""))
    return out + stream[done:]


def _articles(lines: list[_Line], classes: list[int], layout: LayoutRules,
              rule: InterleaveRules) -> list[tuple[int, int]]:
    """Spans of a run that are articles set one under the other: a headline (a short
    line that neither ends a sentence nor looks part of a byline: a role, a bracket,
    fewer than ``headline_chars`` characters) with a run's worth of lines on either
    side starts a new one."""
    narrowest = min(classes, default=0)
    starts = [0]
    for index, line in enumerate(lines):
        headline = (line.width < narrowest - rule.indent_most - line.slack and not line.closed
                    and not line.dateline and not line.closes and not line.opens
                    and not layout.role_pattern.search(line.text) and len(line.text) >= rule.headline_chars)
        if headline and index - starts[-1] >= rule.min_run and len(lines) - index >= rule.min_run:
            starts.append(index)
    return list(zip(starts, starts[1:] + [len(lines)]))


def _read_apart(entries: Stream, lines: list[_Line], classes: list[int], layout: LayoutRules,
                rule: InterleaveRules) -> Stream | None:
    """The lines of one article of a run (``lines`` describing them, ``classes`` the
    run's column measures) as blocks: lines of no column first, then the columns in
    reading order, then lines of no column that come after every column line; None
    when no column was found."""
    labels = assign(lines, classes, layout, rule)
    columns = [[i for i, label in enumerate(labels) if label == number]
               for number in range(max(labels) + 1)]
    columns = [column for column in columns if len(column) >= rule.min_column_lines]
    if not columns:
        return None
    scorer = _Scorer(lines, classes, layout, rule)
    _gather(columns, scorer)
    in_column = {i for column in columns for i in column}
    last = max(in_column)
    blocks = ([[entries[i]] for i in range(last) if i not in in_column]
              + [[entries[i] for i in column] for column in _reading_order(columns, scorer)]
              + [[entries[i]] for i in range(last + 1, len(entries))])
    return _blocks(blocks)


def _gather(columns: list[list[int]], scorer: _Scorer) -> None:
    """Give columns back the pieces of their first lines that the extractor wrote
    elsewhere in the run (it splits a line at an em gap, and may write the pieces
    out of order).

    * Where a lead-in leaves its bracket open (``本报讯（记者``) and the next line of
      its column does not close it, the line of no column that does (``王军）``)
      goes after it; the bare names and roles of no column before the column's last
      line (a byline split at each gap: ``张`` / ``小明`` / ``通讯员``) go in between.
    * A line of no column that a column's first line runs on from goes before it:
      one whose bracket (not a quotation: those run on for lines) it closes, a
      number before its unit, or the end of a
      lead-in (``王军）``) one turn before a first line that is no paragraph's first.
    """
    lines, units = scorer.lines, scorer.layout.number_units
    taken = {i for column in columns for i in column}

    def between(start: int, end: int) -> int:
        """Column lines strictly between two positions."""
        return sum(1 for j in range(start + 1, end) if j in taken)

    for column in columns:
        open_ = ""
        for place, above in enumerate(column):
            open_ = _carry(open_, lines[above])
            if not (lines[above].dateline and open_):
                continue
            below = lines[column[place + 1]] if place + 1 < len(column) else None
            closed = below is not None and bool(below.closes) and _closes_open(below.closes, open_)
            closing = [] if closed else [i for i in range(column[-1]) if i not in taken and lines[i].closes
                                         and _closes_open(lines[i].closes, open_)][:1]
            if closed or closing:
                pieces = [i for i in range(above + 1, column[-1]) if i not in taken
                          and _PIECE.fullmatch(lines[i].text)] + closing
                column[place + 1:place + 1] = pieces
                taken.update(pieces)
            break
    for column in columns:
        turn = between(column[0], column[1]) if len(column) > 1 else -1
        while True:
            first, head = column[0], lines[column[0]]

            def runs_on(i: int) -> bool:
                line = lines[i]
                return not line.closed and bool(
                    (head.closes and line.opens.strip(_QUOTES) and _closes_open(head.closes, line.opens))
                    or (line.text[-1:].isdigit() and head.text[:1] in units)
                    or (line.closes and not line.opens and between(i, first) == turn
                        and scorer.measure(head) and not head.closes))

            # Pieces of a first line may come out just after it.
            until = column[1] if len(column) > 1 else first
            before = [i for i in range(until) if i not in taken and runs_on(i)]
            if not before:
                break
            column.insert(0, before[-1])
            taken.add(before[-1])


def _blocks(blocks: list[Stream]) -> Stream:
    """Blocks as one stream, a blank entry between each two."""
    out: Stream = []
    for block in blocks:
        if out:
            out.append((out[-1][0], ""))
        out += block
    return out
