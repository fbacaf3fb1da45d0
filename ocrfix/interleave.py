"""Read apart side-by-side columns that pdftotext interleaved line by line.

On loosely leaded pages ``pdftotext``'s default mode makes every line a text box of
its own and writes the boxes in y-order across the columns: ``A1 B1 A2 B2 …`` (or
``A B C A B C``, irregular where a column starts lower or ends sooner). A run of
one-line blocks that long is rare otherwise (headlines, furniture and bylines come a
few at a time), so such a run is read apart.

A long run of whole lines is read as rows (:func:`read_grid`): each article's columns
take turns in a fixed order, a column running for rows in a row, lines of their own
(headlines, bylines) between articles; the reading order of an article's columns
comes from the text at their ends. A short run, one with lines cut into pieces at
their em gaps, or one whose rows fit badly is read line by line: a beam search gives
each line a column, or a block of its own (a headline, a piece of a byline). Both
score every join the way a reader would check it -- full lines of a column share its width, a paragraph opens
with a line short by its dropped indent after a short line that ends a sentence, no
line starts with ``，。、）”``, a word or a quotation runs on across the join, and the
columns take turns at a steady rhythm. The columns come out as blocks in reading
order, the lines keeping their input line numbers. A headline with a run's worth of
lines on either side starts another article, read apart on its own. Pieces the
extractor cut off a lead-in or a credit at its em gaps (``本报讯（记者`` / ``王军``) are
set aside before reading and put back after: a lead-in's at the head of its column. Thresholds and
weights are rule data (``rules/layout/interleave.toml``).
"""
from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import combinations, permutations
from typing import NamedTuple

import regex

from .layout_rules import InterleaveRules, LayoutRules, interleave_rules, rules
from .reflow import ASCII_ALNUM
from .width import display_width

Stream = list[tuple[int, str]]

_QUOTES = "“‘「『"
_OPENERS = "（("  # a lead-in's bracket
# What a column that goes on from another has open at its start: unseen, any mark.
_UNSEEN = "\N{REPLACEMENT CHARACTER}"
_NAME_CLOSED = regex.compile(r"\p{Han}{2,4}[）)]")  # the end of a lead-in's credits


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
    tail: bool = False  # ends a lead-in cut at its gaps (``王军）今天``): heads a column
    credited: bool = False  # a credit or a lead-in comes out just after it (a headline's)


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


@lru_cache(maxsize=1 << 14)
def _cut_across(tail: str, head: str) -> bool:
    """:func:`ocrfix.words.cut_across`, remembered: a run is read several ways (as
    grids, article by article), each asking of the same joins."""
    from .words import cut_across

    return cut_across(tail, head)


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

    >>> _closes_open("”", "（“"), _closes_open("）", "“"), _closes_open("）", _UNSEEN)
    (True, False, True)
    """
    return len(unopened) <= len(open_) and all(
        opener in (_closers()[char], _UNSEEN) for char, opener in zip(unopened, reversed(open_)))


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
    that run on (no sentence end, no digits) and are no narrower than ``min_measure``
    (a kicker's), neighbouring widths counted together, but for widths an indent short
    of a more common one.

    >>> texts = ["一二三四五，六七", "甲乙丙丁戊己庚八", "子丑寅卯辰巳午未", "好。", "天地玄黄"]
    >>> width_classes([_line(t, rules(), interleave_rules()) for t in texts], interleave_rules())
    [16]
    """
    counts = Counter(line.width for line in lines if not line.closed
                     and line.slack == rule.width_tolerance and line.width >= rule.min_measure)
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
        self._measures: dict[tuple[int, int], int] = {}
        self._runs_on: dict[tuple[int, int, str], float] = {}
        self.unders: dict[tuple[int, int, int, str], float] = {}  # see :meth:`under`

    def measure(self, line: _Line) -> int:
        """The column measure a line is a full line of, or 0."""
        key = (line.width, line.slack)
        if key not in self._measures:
            self._measures[key] = next((width for width in self.classes if width - line.slack
                                        <= line.width <= width + self.rule.width_tolerance), 0)
        return self._measures[key]

    def word(self, left: int, right: int) -> bool:
        """Whether a word (or a number and its unit) runs on across the join."""
        if (left, right) not in self._words:
            tail, head = self.lines[left].text, self.lines[right].text
            self._words[left, right] = (tail[-1:].isdigit() and head[:1] in self.layout.number_units
                                        ) or _cut_across(tail.replace(" ", ""), head.replace(" ", ""))
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

    def runs_on(self, left: int, right: int, open_: str) -> float:
        """Evidence that a column ending with line ``left`` (quotes and brackets
        ``open_`` open there) goes on in the column opening with line ``right``: its
        last line open and the next one's first no paragraph's first line; an article
        opening comes first."""
        key = (left, right, open_)
        if key not in self._runs_on:
            above, below = self.lines[left], self.lines[right]
            width = self.measure(above) or self.measure(below)
            score = self.text_join(left, right, width, open_)
            starts_paragraph = not below.closed and width and below.width < width - below.slack
            if not above.closed and not starts_paragraph:
                score += self.weights["runs_on"]
            opens = below.dateline or below.tail
            self._runs_on[key] = -self.weights["runs_on"] if opens else score
        return self._runs_on[key]

    def own(self, index: int) -> float:
        """Line ``index`` left as a block of its own: cheap for a line too short to be
        a column's (a headline, a byline piece) or one its credits follow, dear for a
        full one and for one ending as no headline does (``。``)."""
        line, weights = self.lines[index], self.weights
        narrowest = min(self.classes, default=0)
        short = (line.dateline or line.width < narrowest - self.rule.indent_most - line.slack
                 or _credited_headline(line, self.rule))
        headline = line.text[-1:] not in self.layout.heading_never_ends
        return weights["own_short"] if short and headline else weights["own_block"]

    def heads(self, index: int, width: int, opening: bool) -> float:
        """Line ``index`` heading a column of ``width``: wider than the column (a
        headline), too short for a paragraph's first line, or (``opening`` an
        article) a full line, costs."""
        line, weights = self.lines[index], self.weights
        # a lead-in's end (``吴迪）3月6日``) heads its column, short as it is
        if line.dateline or line.tail or not width or _NAME_CLOSED.match(line.text):
            return 0.0
        if line.width > width + self.rule.width_tolerance:
            return weights["too_wide"]
        if not line.closed and line.width < width - self.rule.indent_most - line.slack:
            return weights["short_open"]
        if opening and line.width > width - self.rule.indent:
            return weights["no_indent"]
        return 0.0

    def start(self, index: int, place: int) -> tuple[float, _Column]:
        """A column opening with line ``index``, the ``place``-th line given to a column."""
        line, weights = self.lines[index], self.weights
        score = weights["new_column"]
        if line.mark:
            score += weights["mark_after_end"]
        if self.short(line, 0, True) and not (line.dateline or line.tail):
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
        score += self.under(column.last, index, width, column.open)
        return score, _Column(index, place, column.first, gap, width, _carry(column.open, line))

    def under(self, above: int, below: int, width: int, open_: str) -> float:
        """Line ``below`` under line ``above`` in a column of ``width`` (0 if unknown)
        with quotes and brackets ``open_`` at ``above``'s end: its fit, then the text
        (worked out once: the searches ask again and again)."""
        key = (above, below, width, open_)
        if key not in self.unders:
            self.unders[key] = self._under(above, below, width, open_)
        return self.unders[key]

    def _under(self, above: int, below: int, width: int, open_: str) -> float:
        weights, line = self.weights, self.lines[below]
        score = 0.0
        if line.dateline:  # a lead-in opens its article's first column
            score += weights["dateline_under"]
        elif width and line.width > width + self.rule.width_tolerance:
            score += weights["too_wide"]
        elif width and line.width >= width - line.slack:
            score += weights["fits"]
        elif self.short(line, width, self.lines[above].closed):
            score += weights["short_open"]
        return score + self.text_join(above, below, width, open_)


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

        def move(state: State, score: float, trail: tuple | None, label: int) -> None:
            """The best way into each state (the first of equals)."""
            kept = following.get(state)
            if kept is None or kept[0] < score:
                following[state] = (score, (trail, label))

        own = scorer.own(index)
        # many states share a column and its turn: each extension is worked out once
        extensions: dict[tuple[_Column, int, int], tuple[float, _Column]] = {}
        for (place, columns), (score, trail) in beam.items():
            move((place, columns), score + own, trail, -1)
            newest = max((column.first for column in columns), default=0)
            for number, column in enumerate(columns):
                key = (column, place, newest)
                extension = extensions.get(key)
                if extension is None:
                    extension = extensions[key] = scorer.extend(column, index, place, newest)
                move((place + 1, columns[:number] + (extension[1],) + columns[number + 1:]),
                     score + extension[0], trail, number)
            if len(columns) < rule.max_columns:
                gain, started = scorer.start(index, place)
                move((place + 1, columns + (started,)), score + gain, trail, len(columns))
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


class _Grid(NamedTuple):
    """A state of reading a run as grids: an article of ``columns`` columns, numbered
    in the order the extractor writes a row (0 between articles); the columns with a
    line in the row read last; each column's first and last line (-1 before it
    starts), its lines so far and the quotes and brackets open at its end; the
    article's measure (0 while unknown: its columns share one)."""

    columns: int
    active: tuple[int, ...]
    first: tuple[int, ...]
    last: tuple[int, ...]
    height: tuple[int, ...]
    open: tuple[str, ...]
    width: int


_BETWEEN = _Grid(0, (), (), (), (), (), 0)


class GridReading(NamedTuple):
    """A run read as grids: each line's article and column in reading order (None:
    a line of its own), and the worst join of a line under another in a column."""

    labels: list[tuple[int, int] | None]
    worst: float


def read_grid(scorer: _Scorer) -> GridReading:
    """The best reading of the run as articles whose columns take turns row by row,
    found by a beam over rows.

    In an article set in ``k`` columns every row holds one line of each column
    running there, in an order of the extractor's that holds for the article (left
    to right, or a column set a fraction of a line lower last); a column runs for rows
    in a row, and may start a row or two lower. In reading order each column's last
    line runs on into the next column's first, the first opens a paragraph, the last
    ends a sentence, and the columns are of one height, the last one shorter.
    Between articles come lines of their own.
    """
    lines, rule, weights = scorer.lines, scorer.rule, scorer.weights
    count = len(lines)
    joins = scorer.unders  # looked up here without a call: the beam asks again and again
    measures = [scorer.measure(line) for line in lines]
    starts = [scorer.start(index, 0)[0] for index in range(count)]
    partial_row = weights["partial_row"]

    def finish(state: _Grid) -> tuple[float, tuple[int, ...]]:
        """The best reading order of a finished article's columns, and its score."""
        columns, _, first, last, height, opens, width = state
        heads = [scorer.heads(first[column], width, True) for column in range(columns)]
        runs = {(left, right): scorer.runs_on(last[left], first[right], opens[left])
                for left in range(columns) for right in range(columns) if left != right}
        best_order, best_score = (), float("-inf")
        for order, in_order in _orders(columns):
            score = heads[order[0]] + balance([height[column] for column in order])
            for pair in zip(order, order[1:]):
                score += runs[pair]
            if not lines[last[order[-1]]].closed:
                score += weights["open_end"]
            if not in_order:
                score += weights["rows_out_of_order"]
            if score > best_score:
                best_order, best_score = order, score
        return best_score, best_order

    def balance(heights: list[int]) -> float:
        """A cost for each line by which a column misses the height of the first (the
        last may be shorter)."""
        tall = heights[0]
        misses = sum(abs(tall - height) for height in heights[1:-1]) + max(0, heights[-1] - tall)
        return weights["unbalanced"] * max(0, misses - rule.balance_slack)

    # position -> state -> (score, (position, state, row read or None, its worst join,
    # reading order of the article ended)); rows read from between articles start one
    best: list[dict[_Grid, tuple[float, tuple | None]]] = [{} for _ in range(count + 1)]
    best[0][_BETWEEN] = (0.0, None)

    def offer(position: int, state: _Grid, score: float, back: tuple) -> None:
        kept = best[position].get(state)
        if kept is None or kept[0] < score:
            best[position][state] = (score, back)

    def rows(position: int, state: _Grid, score: float, back_state: _Grid) -> None:
        """Offer every next row after ``state`` (``back_state`` being where it came from)."""
        columns, active, first, last, height, opens, width = state
        for size, chosen, steps, starting in _row_plans(columns, active, tuple(start < 0 for start in first)):
            if position + size > count:
                break
            row_width = width or next((measures[position + offset] for offset, _, joined in steps
                                       if joined and measures[position + offset]), 0)
            gain, worst = partial_row * (columns - size), 0.0
            new_first = list(first) if starting else first
            new_last, new_height, new_open = list(last), list(height), None
            for offset, column, joined in steps:
                index = position + offset
                new_height[column] += 1
                line = lines[index]
                if joined:
                    above = last[column]
                    fit = joins.get((above, index, row_width, opens[column]))
                    if fit is None:
                        fit = scorer.under(above, index, row_width, opens[column])
                    if above == first[column]:
                        fit += scorer.heads(above, row_width, False)
                    gain += fit
                    worst = min(worst, fit)
                    if line.closes or line.opens:
                        new_open = new_open or list(opens)
                        new_open[column] = _carry(opens[column], line)
                else:
                    gain += starts[index]
                    new_first[column] = index
                    # what the column goes on from is unseen yet
                    new_open = new_open or list(opens)
                    new_open[column] = _UNSEEN + line.opens
                new_last[column] = index
            offer(position + size,
                  _new_grid(_Grid, (columns, chosen, tuple(new_first), tuple(new_last), tuple(new_height),
                                    opens if new_open is None else tuple(new_open), row_width)),
                  score + gain, (position, back_state, chosen, worst, None))

    for position in range(count + 1):
        states = heapq.nlargest(rule.grid_beam, best[position].items(), key=lambda item: item[1][0])
        for state, (score, _) in states:
            if not state.columns:
                continue
            rows(position, state, score, state)
            # every column begun, one ending a sentence (the last): the article may end
            if min(state.first) >= 0 and (position == count or any(
                    lines[last].closed for last in state.last)):
                gain, order = finish(state)
                offer(position, _BETWEEN, score + gain, (position, state, None, 0.0, order))
        if _BETWEEN not in best[position]:
            continue
        score = best[position][_BETWEEN][0]
        if position < count:
            offer(position + 1, _BETWEEN, score + scorer.own(position),
                  (position, _BETWEEN, None, 0.0, None))
        for columns in range(2, rule.max_columns + 1):
            fresh = _Grid(columns, (), (-1,) * columns, (-1,) * columns, (0,) * columns,
                          ("",) * columns, 0)
            rows(position, fresh, score + weights["new_article"], _BETWEEN)
    return _grid_reading(best, count)


_new_grid = tuple.__new__  # a _Grid made without the keyword handling of its constructor


@cache
def _row_plans(columns: int, active: tuple[int, ...], unstarted: tuple[bool, ...]
               ) -> tuple[tuple[int, tuple[int, ...], tuple[tuple[int, int, bool], ...], bool], ...]:
    """The rows that may follow a row of ``active`` columns in an article of
    ``columns`` (``unstarted``: which have no line yet), fewest lines first: each its
    size, its columns, and for each of its lines the offset, the column and whether
    it goes under a line of its column (else it starts the column), and whether it
    starts any. A column ends (it
    misses a row) only once all have begun, and never resumes."""
    begun = not any(unstarted)
    free = [column for column in range(columns) if column in active or unstarted[column]]
    return tuple((size, chosen, tuple((offset, column, column in active)
                                      for offset, column in enumerate(chosen)),
                  not set(chosen) <= set(active))
                 for size in range(1, len(free) + 1) for chosen in combinations(free, size)
                 if begun or all(column in chosen for column in active))


@cache
def _orders(columns: int) -> tuple[tuple[tuple[int, ...], bool], ...]:
    """Every reading order of ``columns`` columns, and whether it is the order of a row."""
    return tuple((order, order == tuple(sorted(order))) for order in permutations(range(columns)))


def _grid_reading(best: list[dict], count: int) -> GridReading:
    """The reading along the best path of :func:`read_grid` to the run's end."""
    steps = []
    position, state = count, _BETWEEN
    while True:
        back = best[position][state][1]
        if back is None:
            break
        steps.append(back)
        position, state = back[0], back[1]
    labels: list[tuple[int, int] | None] = [None] * count
    article, order = 0, ()
    for start, _, chosen, _, ended in steps:  # last first: an article's end before its rows
        if ended is not None:
            article, order = article - 1, ended
        elif chosen is not None:
            for offset, column in enumerate(chosen):
                labels[start + offset] = (article, order.index(column))
    return GridReading(labels, min((back[3] for back in steps), default=0.0))


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

    def runs_on(left: list[int], right: list[int]) -> float:
        open_ = ""
        for index in left:
            open_ = _carry(open_, scorer.lines[index])
        return scorer.runs_on(left[-1], right[0], open_)

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
        units = _units([stream[p] for p in run], layout)
        lines = [_line("".join(text.strip() for _, text in unit), layout, rule) for unit in units]
        pieces = [i for i, line in enumerate(lines) if _is_piece(line, layout, rule)]
        kept = [i for i in range(len(lines)) if i not in set(pieces)]
        classes = width_classes([lines[i] for i in kept], rule)
        if not classes:  # no lines share a column's measure: no columns to read apart
            out += stream[run[0]:done]
            continue
        lines = _mark_credited(_mark_tails(lines, pieces), pieces, rule)
        blocks = [[kept[i] for i in block]
                  for block in _read([lines[i] for i in kept], classes, layout, rule)]
        # The run's blocks stand apart from the text around them (a line of furniture
        # glued to a run's edge has no blank entry between).
        if out and out[-1][1].strip():
            out.append((out[-1][0], ""))
        out += _blocks(_place_pieces(blocks, pieces, units, lines, rule))
        if done < len(stream) and stream[done][1].strip():
            out.append((out[-1][0], ""))
    return out + stream[done:]


def _units(entries: Stream, layout: LayoutRules) -> list[Stream]:
    """The entries of a run, one a unit, but for a lead-in cut before its bracket
    (``本报讯`` / ``（记者``): one unit, read as one piece.

    >>> _units([(1, "本报讯"), (3, "（记者"), (5, "王军）")], rules())
    [[(1, '本报讯'), (3, '（记者')], [(5, '王军）')]]
    """
    units: list[Stream] = []
    for entry in entries:
        text = entry[1].strip()
        previous = units[-1][-1][1].strip() if units else ""
        bare = layout.dateline.match(previous)
        if bare and bare.end() == len(previous) and text[:1] in _OPENERS:
            units[-1] = units[-1] + [entry]
        else:
            units.append([entry])
    return units


def _read(lines: list[_Line], classes: list[int], layout: LayoutRules,
          rule: InterleaveRules) -> list[list[int]]:
    """The lines of a run (pieces cut at em gaps set aside; ``classes`` their column
    measures) as blocks of their positions: rows of a grid for a long run, the beam
    for the rest or where the rows fit badly; each line a block of its own where no
    column is found."""
    grid = _read_grid(lines, classes, layout, rule) if len(lines) >= rule.grid_lines else None
    # A lead-in cut at its gaps often comes out of its row: the grid is checked
    # against the beam there, by the text of the columns each reads.
    if grid and not any(line.tail for line in lines):
        return grid
    blocks: list[list[int]] = []
    for start, end in _articles(lines, classes, layout, rule):
        read = _read_apart(lines[start:end], classes, layout, rule)
        blocks += [[start + i for i in block] for block in read] if read else [
            [i] for i in range(start, end)]
    if grid:
        scorer = _Scorer(lines, classes, layout, rule)
        return max(grid, blocks, key=lambda reading: _text_score(reading, scorer))
    return blocks


def _text_score(blocks: list[list[int]], scorer: _Scorer) -> float:
    """How well the columns of a reading read: each line under the one above it,
    each column into the next, and a line of its own for each line of no column."""
    score = 0.0
    previous: list[int] = []
    for block in blocks:
        if len(block) == 1:
            score += scorer.own(block[0])
            previous = []
            continue
        width = Counter(scorer.measure(scorer.lines[i]) for i in block).most_common(1)[0][0]
        open_ = ""
        for above, below in zip(block, block[1:]):
            open_ = _carry(open_, scorer.lines[above])
            score += scorer.under(above, below, width, open_)
        score += scorer.heads(block[0], width, not previous)
        if previous:
            score += scorer.runs_on(previous[-1], block[0], "")
        previous = block
    return score


def _is_piece(line: _Line, layout: LayoutRules, rule: InterleaveRules) -> bool:
    """Whether a line is a piece the extractor cut off a lead-in or a credit at an em
    gap: a lead-in left open (``本报讯（记者``, ``本报讯``), a role or a name (maybe
    closing the lead-in: ``王军）``; no place name, a kicker), a credit marker.

    >>> [_is_piece(_line(t, rules(), interleave_rules()), rules(), interleave_rules())
    ...  for t in ("本报讯（记者", "本报讯", "通讯员", "王军）", "■", "王军）今天", "好。", "东阿县")]
    [True, True, True, True, True, False, False, False]
    """
    text = line.text
    if layout.furniture.search(text):
        return False
    if line.dateline:
        match = layout.dateline.match(text)
        return bool(line.opens.strip(_QUOTES)) or (match.end() == len(text) and not match.group("byline"))
    return text in layout.credit_markers or (bool(_piece_pattern(rule.piece_chars).fullmatch(text))
                                             and not layout.place_kicker.match(text))  # `东阿县`: a kicker


@cache
def _piece_pattern(chars: int) -> regex.Pattern:
    """A role or a name, maybe closing its bracket (``王军）``)."""
    return regex.compile(rf"\p{{Han}}{{1,{chars}}}[）)]?")


def _mark_tails(lines: list[_Line], pieces: list[int]) -> list[_Line]:
    """Lines marked where they end a lead-in whose opening piece was cut off: of the
    lines that are no piece, the nearest to each open lead-in that closes its
    bracket."""
    lines = list(lines)
    others = [i for i in range(len(lines)) if i not in set(pieces)]
    for piece in pieces:
        open_ = lines[piece].opens.strip(_QUOTES)
        if not lines[piece].dateline or not open_:
            continue
        closing = [i for i in others if lines[i].closes and _closes_open(lines[i].closes, open_)]
        if closing:
            nearest = min(closing, key=lambda i: abs(i - piece))
            lines[nearest] = replace(lines[nearest], tail=True)
    return lines


def _mark_credited(lines: list[_Line], pieces: list[int], rule: InterleaveRules) -> list[_Line]:
    """Lines marked where a piece of a credit or a lead-in comes out within
    ``credit_after`` lines after them, as a headline's credits do.

    >>> texts = ["春耕备耕正当时", "■", "本报记者", "王军"]
    >>> [line.credited for line in _mark_credited(
    ...     [_line(t, rules(), interleave_rules()) for t in texts], [1, 2, 3], interleave_rules())]
    [True, True, True, False]
    """
    after = set(pieces) | {i for i, line in enumerate(lines) if line.dateline}
    return [replace(line, credited=True)
            if any(i + step in after for step in range(1, rule.credit_after + 1)) else line
            for i, line in enumerate(lines)]


def _credited_headline(line: _Line, rule: InterleaveRules) -> bool:
    """Whether a line reads as a headline by the credits written just after it (no
    clause mark)."""
    return line.credited and not any(mark in line.text for mark in rule.clause_marks)


def _place_pieces(blocks: list[list[int]], pieces: list[int], units: list[Stream], lines: list[_Line],
                  rule: InterleaveRules) -> list[Stream]:
    """The blocks of a run with its pieces put back: each lead-in, put together from
    its pieces, opens the column it ends in (or, where it closes on a piece of its
    own, the first column of the article around it); the other pieces, a run of them
    at a time, are a credit block at their place. Each piece stays a line of its own."""
    used: set[int] = set()
    heads: dict[int, list[int]] = {}  # block -> the pieces of the lead-in opening it
    for piece in (p for p in pieces if lines[p].dateline):
        block = _leadin_column(piece, blocks, lines)
        if block is not None and block not in heads:
            group = _near_pieces(piece, blocks[block][0], pieces, blocks, lines, rule)
            heads[block] = [p for p in group if p not in used]
            used.update(heads[block])
    rest = [p for p in pieces if p not in used]
    out: list[Stream] = []
    for number, block in enumerate(blocks + [[len(lines)]]):
        while rest and rest[0] < min(block):
            run = [rest.pop(0)]
            while rest and rest[0] == run[-1] + 1:
                run.append(rest.pop(0))
            out.append([entry for p in run for entry in units[p]])
        if number == len(blocks):
            break
        out.append([entry for i in heads.get(number, []) + block for entry in units[i]])
    return out


def _leadin_column(piece: int, blocks: list[list[int]], lines: list[_Line]) -> int | None:
    """The block a lead-in opening at ``piece`` goes to the head of: the nearest
    column headed by the line closing its bracket, or else the first column read
    (in reading order) of the article around or after it."""
    tails = [number for number, block in enumerate(blocks) if len(block) > 1 and lines[block[0]].tail]
    if tails and lines[piece].opens.strip(_QUOTES):
        return min(tails, key=lambda number: abs(blocks[number][0] - piece))
    return next((number for number, block in enumerate(blocks)
                 if len(block) > 1 and max(block) > piece), None)


def _near_pieces(piece: int, head: int, pieces: list[int], blocks: list[list[int]],
                 lines: list[_Line], rule: InterleaveRules) -> list[int]:
    """The pieces of the lead-in opening at ``piece`` whose column starts at ``head``:
    those between the two and those up to ``piece_reach`` lines either side, not
    past a line of its own (a headline) or another lead-in; in order, the opening
    one first."""
    alone = {block[0] for block in blocks if len(block) == 1}
    set_apart = set(pieces)
    low, high = min(piece, head), max(piece, head)
    group = [p for p in pieces if low < p < high and not lines[p].dateline]
    for step, edge in ((-1, low), (1, high)):
        position = edge + step
        while 0 <= position < len(lines) and abs(position - edge) <= rule.piece_reach \
                and position not in alone and not lines[position].dateline:
            if position in set_apart:
                group.append(position)
            position += step
    return [piece] + sorted(p for p in group if p != head)


def _articles(lines: list[_Line], classes: list[int], layout: LayoutRules,
              rule: InterleaveRules) -> list[tuple[int, int]]:
    """Spans of a run that are articles set one under the other: a headline (a line
    that neither ends a sentence nor looks part of a byline: no clause mark, role or
    bracket, at least ``headline_chars`` characters; short of every column, or with
    credits just after it) with a run's worth of lines on either side starts a new
    one. A line as wide as a column just above a headline is the last line of the
    article before (a kicker is short)."""
    narrowest = min(classes, default=0)

    def short(line: _Line) -> bool:
        return line.width < narrowest - rule.indent_most - line.slack

    heads = [(short(line) or line.credited) and not any(mark in line.text for mark in rule.clause_marks)
             and not (line.closed or line.dateline or line.closes or line.opens)
             and not layout.role_pattern.search(line.text) and len(line.text) >= rule.headline_chars
             for line in lines] + [False]
    starts = [0]
    for index, line in enumerate(lines):
        headline = heads[index] and (short(line) or not heads[index + 1])
        if headline and index - starts[-1] >= rule.min_run and len(lines) - index >= rule.min_run:
            starts.append(index)
    return list(zip(starts, starts[1:] + [len(lines)]))


def _read_apart(lines: list[_Line], classes: list[int], layout: LayoutRules,
                rule: InterleaveRules) -> list[list[int]] | None:
    """The lines of one article of a run (``classes`` the run's column measures) as
    blocks of their positions: lines of no column first, then the columns in
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
    return ([[i] for i in range(last) if i not in in_column] + _reading_order(columns, scorer)
            + [[i] for i in range(last + 1, len(lines))])


def _read_grid(lines: list[_Line], classes: list[int], layout: LayoutRules,
               rule: InterleaveRules) -> list[list[int]] | None:
    """A run read as grids (:func:`read_grid`), as blocks of positions: each line of
    its own, each article's columns in reading order; None when a line sits ill in
    its column (the run is no clean grid)."""
    reading = read_grid(_Scorer(lines, classes, layout, rule))
    if reading.worst < rule.weights["misfit"]:
        return None
    labels = reading.labels
    blocks: list[list[int]] = []
    seen: set[int] = set()
    for index, label in enumerate(labels):
        if label is None:
            blocks.append([index])
        elif label[0] not in seen:
            seen.add(label[0])
            columns = sorted({lab[1] for lab in labels if lab and lab[0] == label[0]})
            blocks += [[i for i, lab in enumerate(labels) if lab == (label[0], column)]
                       for column in columns]
    return blocks


def _gather(columns: list[list[int]], scorer: _Scorer) -> None:
    """Give columns back the pieces of their first lines that the extractor wrote
    elsewhere in the run (it splits a line at an em gap, and may write the pieces
    out of order): a line of no column that a column's first line runs on from goes
    before it -- one whose bracket (not a quotation: those run on for lines) it
    closes, a number before its unit, or the end of a lead-in (``王军）``) one turn
    before a first line that is no paragraph's first.
    """
    lines, units = scorer.lines, scorer.layout.number_units
    taken = {i for column in columns for i in column}

    def between(start: int, end: int) -> int:
        """Column lines strictly between two positions."""
        return sum(1 for j in range(start + 1, end) if j in taken)

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
