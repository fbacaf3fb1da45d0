"""Synthetic newspaper pages: raw text as PDF extractors emit it, with its gold JSONL.

Articles are assembled from a small corpus (sentences of the seed page plus invented
ones, at the end of this module) and laid out in columns of given display widths. Gold
text is built clean, in house style, and only the raw side is damaged (number spacing,
half-width punctuation, letter spacing, padded names, stray spaces), so no gold string
passes through the normaliser under test.

Each text is a list of *units* ``(raw, clean)``: one character, an ASCII run (numbers
never break), ``……``/``——``, or a house-style space glued to its neighbours (a line
never breaks there). Damage adds units whose clean side is empty.

>>> page = generate_page(VARIATIONS["seedlike"], seed=7)
>>> page.gold[0]["id"], tuple(page.gold[0]) == ITEM_KEYS
('gen000007#1', True)
>>> page.raw == generate_page(VARIATIONS["seedlike"], seed=7).raw
True
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import regex

from .width import display_width

ITEM_KEYS = ("id", "type", "kicker", "title", "subtitle", "dateline", "byline", "authors",
             "body", "captions", "source")

Unit = tuple[str, str]  # (raw, clean)

_TOKEN = regex.compile(r"[0-9A-Za-z]+(?:[.:,][0-9]+)*%?|……|——|\S(?: \S)+|.", regex.S)
_HAN = regex.compile(r"\p{Han}")
_ALNUM = regex.compile(r"[0-9A-Za-z]")
_CLOSING = frozenset("，。、；：？！”’）》」…,.;:?!)")
_OPENING = frozenset("“‘（《「(")
_HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
_SPACE_AFTER = frozenset("，。；：、")
_ROLE = {"本报记者": "记者", "新华社记者": "记者", "记者": "记者",
         "本报通讯员": "通讯员", "通讯员": "通讯员"}
_INDENT = {"drop": "", "ideographic": "\N{IDEOGRAPHIC SPACE}" * 2, "ascii": "  "}
_DAMAGE_SPACE: Unit = (" ", "")
_INDENT_CELLS = 4  # a two-character first-line indent
_INTERLEAVED_LINES = 10  # bodies this long may come out line-interleaved (line_columns)
# An em gap of print (in a lead-in's credits) while lines are laid out: pdftotext writes
# a space there, or on a loosely leaded page cuts the line into pieces at it.
_GAP = "\N{IDEOGRAPHIC SPACE}"
_ROW_LAST = 0.3       # per line-interleaved article: a column lower by a fraction of a line
_PIECE_MOVES = 0.3    # per piece of a line cut at its gaps: written a few lines off


@dataclass(frozen=True)
class PageSpec:
    """Layout options of one page.

    Ranges are ``(low, high)`` inclusive; floats are probabilities, per article unless
    the comment says otherwise.
    """

    articles: tuple[int, int] = (3, 5)
    photos: tuple[int, int] = (0, 1)            # stand-alone captioned photos
    paragraphs: tuple[int, int] = (2, 6)        # body paragraphs per article
    widths: tuple[int, ...] = (28, 30, 34, 40, 44, 50, 60)  # article columns, in cells
    caption_widths: tuple[int, ...] = (18, 20, 22, 24)
    headlines: str = "before"                   # before | after | mixed (per article)
    indent: str = "drop"                        # drop | ideographic | ascii
    paragraph_gap: float = 1.0                  # per paragraph: blank line before it
    box_break: float = 0.0                      # per paragraph: split by a blank line
    title_wrap: float = 0.0                     # title (without a space) on two lines
    kicker: float = 0.4
    subtitle: float = 0.25
    byline_block: float = 0.4                   # ■ byline block instead of a lead-in
    leadin_own_line: float = 0.2                # 本报讯（…） alone on the first line
    letter_spacing: float = 0.0                 # per credit line: 本 报 记 者
    pad_names: float = 0.0                      # per two-char name: 王 军
    subheads: float = 0.0
    list_items: float = 0.0                     # a run of items ending in ；
    captions: float = 0.0                       # a captioned photo inside the article
    interleave: float = 0.0                     # per photo: printed inside an article
    line_columns: float = 0.0                   # body in 2-3 columns, lines interleaved
    side_by_side: float = 0.0                   # body in 2-3 columns side by side (-layout)
    drawn: bool = False                         # the page as pdftotext -layout draws it:
    #   first lines of lead-ins and captions keep their indent, a lead-in wraps with its
    #   paragraph, headlines stand centred or flush left, and an article's lines follow
    #   one another with no blank line (only a kicker set apart keeps one under it)
    spaced_numbers: float = 0.0                 # per Han/ASCII boundary: 3 月 7 日
    halfwidth: float = 0.0                      # per mark in Han context: ， → ,
    stray_spaces: float = 0.0                   # per mark: a space after ，。；：、
    furniture: bool = False                     # page number, running head, 责任编辑

    def __post_init__(self):
        if self.headlines not in ("before", "after", "mixed") or self.indent not in _INDENT:
            raise ValueError(f"headlines {self.headlines!r} or indent {self.indent!r} unknown")


_BASE = PageSpec()
VARIATIONS: dict[str, PageSpec] = {
    "plain": _BASE,
    "headline_after": replace(_BASE, headlines="after"),
    "headline_mixed": replace(_BASE, headlines="mixed", kicker=0.7, subtitle=0.5,
                              title_wrap=0.4),
    "indent_kept": replace(_BASE, indent="ideographic"),
    "indent_ascii": replace(_BASE, indent="ascii"),
    "no_gaps": replace(_BASE, paragraph_gap=0.0),
    "box_breaks": replace(_BASE, box_break=0.5, paragraph_gap=0.7),
    "bylines": replace(_BASE, byline_block=0.7, letter_spacing=0.6, pad_names=0.5,
                       leadin_own_line=0.5),
    "photos": replace(_BASE, photos=(1, 3), captions=0.5),
    "structure": replace(_BASE, subheads=0.5, list_items=0.4),
    "ocr_noise": replace(_BASE, spaced_numbers=0.5, halfwidth=0.3, stray_spaces=0.1),
    "furniture": replace(_BASE, furniture=True),
    "interleaved": replace(_BASE, photos=(1, 2), interleave=0.7, box_break=0.3),
    # Loose leading: pdftotext writes each line as a block, row by row across columns.
    "interleaved_lines": replace(_BASE, widths=(20, 22, 24, 26, 28), paragraphs=(3, 6),
                                 line_columns=0.6),
    # pdftotext -layout: columns side by side on one line, narrow gutters, indents kept.
    "side_by_side": replace(_BASE, widths=(20, 22, 24, 26, 28), paragraphs=(3, 6),
                            indent="ascii", paragraph_gap=0.0, side_by_side=0.7, drawn=True),
    "seedlike": replace(_BASE, articles=(4, 6), photos=(1, 2), headlines="after",
                        box_break=0.2, paragraph_gap=0.8, title_wrap=0.2, subtitle=0.4,
                        byline_block=0.5, letter_spacing=0.5, pad_names=0.3,
                        subheads=0.3, list_items=0.2, captions=0.2,
                        spaced_numbers=0.1, stray_spaces=0.02, furniture=True),
}


@dataclass(frozen=True)
class GeneratedPage:
    """A raw page and its gold items (dicts in the SPEC JSONL schema, reading order)."""

    page_id: str
    raw: str
    gold: list[dict]

    def gold_jsonl(self) -> str:
        return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in self.gold)


def generate_page(spec: PageSpec, seed: int, page_id: str | None = None,
                  path: str | None = None) -> GeneratedPage:
    """Lay out one page; the same ``spec`` and ``seed`` give the same page.

    ``page_id`` defaults to ``gen`` and the zero-padded seed, ``path`` (the gold
    ``source.path``) to ``page_id + ".txt"``.
    """
    page_id = page_id or f"gen{seed:06d}"
    return _Page(spec, random.Random(seed)).build(page_id, path or f"{page_id}.txt")


def generate_pages(spec: PageSpec, count: int, seed: int = 0,
                   prefix: str = "gen") -> Iterator[GeneratedPage]:
    """``count`` pages with seeds ``seed``, ``seed + 1``, …"""
    for number in range(seed, seed + count):
        yield generate_page(spec, number, f"{prefix}{number:06d}")


# --- text to units, damage, line breaking ----------------------------------------------

def _units(text: str, spec: PageSpec, rng: random.Random) -> list[Unit]:
    """Tokenise clean ``text`` and damage the raw side as ``spec`` asks."""
    units: list[Unit] = []
    for token in _TOKEN.findall(text):
        previous = units[-1][1][-1:] if units else ""
        if previous and bool(_ALNUM.match(token)) != bool(_ALNUM.match(previous)) \
                and (_HAN.match(previous) or _HAN.match(token)) \
                and rng.random() < spec.spaced_numbers:
            units.append(_DAMAGE_SPACE)
        units.append((token, token))
    for index in range(1, len(units) - 1):
        clean = units[index][1]
        if clean in _HALF and not units[index - 1][1][-1:].isascii() \
                and not units[index + 1][1][:1].isascii() and rng.random() < spec.halfwidth:
            units[index] = (_HALF[clean], clean)
    if not spec.stray_spaces:
        return units
    spaced: list[Unit] = []
    for unit in units:
        spaced.append(unit)
        if unit[1] in _SPACE_AFTER and rng.random() < spec.stray_spaces:
            spaced.append(_DAMAGE_SPACE)
    return spaced


def _join(units: list[Unit]) -> str:
    return "".join(raw for raw, _ in units).strip(" ")


def _raw(text: str, spec: PageSpec, rng: random.Random) -> str:
    return _join(_units(text, spec, rng))


def _closes(unit: Unit) -> bool:
    return unit[0][:1] in _CLOSING


def _opens(unit: Unit) -> bool:
    return unit[0][-1:] in _OPENING


def _break(units: list[Unit], width: int, first_width: int) -> list[str]:
    """Break units into lines of at most ``width`` cells (``first_width`` for the first).

    A closing mark that does not fit hangs in the margin (one mark at most, as in real
    typesetting); otherwise the line gives back units so that no line starts with a
    closing mark or ends with an opening one. Numbers never break.

    >>> units = lambda text: _units(text, PageSpec(), random.Random(0))
    >>> _break(units("一二三四，五六七八。"), 8, 8)
    ['一二三四，', '五六七八。']
    >>> _break(units("一二三四。”五六"), 8, 8), _break(units("一二三“四五"), 8, 8)
    (['一二三', '四。”五', '六'], ['一二三', '“四五'])
    >>> _break(units("共有2024个村"), 8, 4)
    ['共有', '2024个村']
    """
    widths = [display_width(raw) for raw, _ in units]
    lines: list[str] = []
    start = 0
    while start < len(units):
        limit = width if lines else first_width
        end, used = start, 0
        while end < len(units) and used + widths[end] <= limit:
            used += widths[end]
            end += 1
        end = max(end, start + 1)
        if end < len(units):
            if len(units[end][0]) == 1 and _closes(units[end]) \
                    and (end + 1 == len(units) or not _closes(units[end + 1])):
                end += 1
            else:
                while end > start + 1 and (_closes(units[end]) or _opens(units[end - 1])):
                    end -= 1
        lines.append(_join(units[start:end]))
        start = end
    return [line for line in lines if line]  # a stray space alone at the end


def set_in_columns(lines: list[str], count: int) -> list[list[str]]:
    """Lines set in ``count`` columns of one height, the last one shorter.

    >>> set_in_columns(["一", "二", "三", "四", "五"], 2)
    [['一', '二', '三'], ['四', '五']]
    """
    height = -(-len(lines) // count)
    return [lines[start:start + height] for start in range(0, len(lines), height)]


def interleave_rows(columns: list[list[str]], lower: list[int],
                    order: list[int] | None = None) -> list[str]:
    """The lines of side-by-side columns row by row, as ``pdftotext`` writes them on
    loosely leaded pages; column ``i`` starts ``lower[i]`` rows down, and each row is
    written in ``order`` (left to right by default; a column set a fraction of a line
    lower than the others comes last).

    >>> interleave_rows([["甲1", "甲2"], ["乙1", "乙2"]], [0, 1])
    ['甲1', '甲2', '乙1', '乙2']
    >>> interleave_rows([["甲1", "甲2"], ["乙1", "乙2"]], [0, 0])
    ['甲1', '乙1', '甲2', '乙2']
    >>> interleave_rows([["甲1", "甲2"], ["乙1", "乙2"]], [0, 0], [1, 0])
    ['乙1', '甲1', '乙2', '甲2']
    """
    order = order or list(range(len(columns)))
    rows = max(len(column) + drop for column, drop in zip(columns, lower))
    return [columns[number][row - lower[number]] for row in range(rows) for number in order
            if 0 <= row - lower[number] < len(columns[number])]


def _gapped(text: str) -> list[Unit]:
    """A lead-in as units that may break anywhere, its spaces em gaps (no clean text:
    the gold keeps the lead-in apart).

    >>> _gapped("本报讯（记者 王军）")[5:8]
    [('者', ''), ('\u3000', ''), ('王', '')]
    """
    return [(_GAP if token == " " else token, "") for token in regex.findall(r"[0-9A-Za-z]+|.", text)]


def _spaced(line: str) -> str:
    """A line as pdftotext writes it where it does not cut lines: a space for each
    gap inside the line, none at its ends."""
    return " ".join(piece for piece in line.split(_GAP) if piece)


def cut_at_gaps(lines: list[str], reach: int, rng: random.Random) -> list[str]:
    """Lines as pdftotext writes them on a loosely leaded page: each cut at its em
    gaps into pieces, a block each. The pieces before a cut line's last may come out
    together up to ``reach`` lines early or twice that late (poppler orders small
    blocks loosely: ``宇`` / ``通讯员`` three rows after ``高远）3月6``).

    >>> cut_at_gaps(["本报讯（记者\u3000王军）今天", "乙"], 0, random.Random(1))
    ['本报讯（记者', '王军）今天', '乙']
    """
    keyed = []
    for index, line in enumerate(lines):
        pieces = [piece for piece in line.split(_GAP) if piece]
        moved = len(pieces) > 1 and rng.random() < _PIECE_MOVES
        key = index + (rng.randint(-reach, 2 * reach) if moved else 0)
        keyed += [(key if number < len(pieces) - 1 else index, piece)
                  for number, piece in enumerate(pieces)]
    return [piece for _, piece in sorted(keyed, key=lambda entry: entry[0])]


def side_by_side(columns: list[list[str]], gutter: int) -> list[str]:
    """Columns written side by side as ``pdftotext -layout`` does: each column starts
    ``gutter`` spaces past the longest line (in code points) of the one to its left.

    >>> side_by_side([["甲栏一", "甲"], ["乙栏一", "乙栏二"]], 2)
    ['甲栏一  乙栏一', '甲    乙栏二']
    """
    starts, offset = [], 0
    for column in columns:
        starts.append(offset)
        offset += max(map(len, column)) + gutter
    rows = []
    for row in range(max(map(len, columns))):
        line = ""
        for start, column in zip(starts, columns):
            if row < len(column):
                line = line.ljust(start) + column[row]
        rows.append(line)
    return rows


# --- page assembly ---------------------------------------------------------------------

@dataclass(eq=False)
class _Item:
    """An item being laid out: its gold fields and raw blocks (printed blank-separated).

    ``body`` is the range of body blocks; each insert ``(after, what)`` prints a caption
    block or a whole photo item after the ``after``-th body block.
    """

    gold: dict
    blocks: list[list[str]]
    body: tuple[int, int] = (0, 0)
    inserts: list[tuple[int, list[str] | _Item]] = field(default_factory=list)

    def placed(self) -> Iterator[tuple[_Item, list[str]]]:
        """``(owner, block)`` pairs in print order, insertions included."""
        for index, block in enumerate(self.blocks):
            yield self, block
            for after, what in self.inserts:
                if index == self.body[0] + after - 1:
                    yield from what.placed() if isinstance(what, _Item) else [(self, what)]


def _record(type_: str, **fields) -> dict:
    record = dict.fromkeys(ITEM_KEYS)
    record.update(type=type_, authors=[], body=[], captions=[])
    record.update(fields)
    return record


def _authors(credits: list[tuple[str | None, list[str]]]) -> list[dict]:
    return [{"role": _ROLE[role] if role else None, "name": name}
            for role, names in credits for name in names]


def _blocks(stream: list[str | None]) -> list[list[str]]:
    """Split a line stream at ``None`` (blank lines) into non-empty blocks."""
    blocks: list[list[str]] = [[]]
    for line in stream:
        if line is None:
            blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]


class _Deck:
    """Draws from a pool without repetition until it is used up, then reshuffles."""

    def __init__(self, pool: tuple[str, ...], rng: random.Random):
        self.pool, self.rng, self.cards = pool, rng, []

    def draw(self) -> str:
        if not self.cards:
            self.cards = list(self.pool)
            self.rng.shuffle(self.cards)
        return self.cards.pop()

    def take(self, count: int) -> list[str]:
        drawn: list[str] = []
        while len(drawn) < count:
            card = self.draw()
            if card not in drawn:
                drawn.append(card)
        return drawn


class _Page:
    """One page being laid out from a spec and a seeded random source."""

    def __init__(self, spec: PageSpec, rng: random.Random):
        self.spec, self.rng = spec, rng
        self.sentences = _Deck(_SENTENCES, rng)
        self.captions = _Deck(_CAPTIONS, rng)
        self.titles = _Deck(_TITLES, rng)
        self.names = _Deck(_NAMES, rng)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def build(self, page_id: str, path: str) -> GeneratedPage:
        rng, spec = self.rng, self.spec
        articles = [self.article() for _ in range(rng.randint(*spec.articles))]
        items = list(articles)
        for _ in range(rng.randint(*spec.photos)):
            photo, host = self.photo(), rng.choice(articles)
            body_blocks = host.body[1] - host.body[0]
            if body_blocks > 1 and self.chance(spec.interleave):
                host.inserts.append((rng.randrange(1, body_blocks), photo))
            else:
                items.insert(rng.randint(0, len(items)), photo)
        top, bottom = self.furniture() if spec.furniture else ([], [])
        lines: list[str] = []
        spans: dict[_Item, list[int]] = {}  # first-seen order is reading order
        for item in top + items + bottom:
            for owner, block in item.placed():
                if lines:
                    lines.append("")
                spans.setdefault(owner, [len(lines) + 1, 0])
                lines += block
                spans[owner][1] = len(lines)
        gold = []
        for number, (owner, span) in enumerate(spans.items(), 1):
            record = dict(owner.gold, id=f"{page_id}#{number}",
                          source={"path": path, "lines": span})
            gold.append({key: record[key] for key in ITEM_KEYS})
        return GeneratedPage(page_id, "\n".join(lines) + "\n", gold)

    # --- articles ---

    def article(self) -> _Item:
        rng, spec = self.rng, self.spec
        width = rng.choice(spec.widths)
        record = _record(
            "article", title=self.titles.draw(),
            kicker=rng.choice(_KICKERS) if self.chance(spec.kicker) else None,
            subtitle=rng.choice(_SUBTITLES) if self.chance(spec.subtitle) else None)
        credit_block = self.byline_block(record) if self.chance(spec.byline_block) else []
        entries = self.body_entries(lists_first=bool(credit_block))
        record["body"] = [{"kind": kind, "text": text} for kind, text, _ in entries]
        # Loose leading: pdftotext writes each line of a body in columns as a block.
        loose = bool(spec.line_columns) and self.chance(spec.line_columns)
        leadin_lines: list[str] = []
        if not credit_block:
            leadin = self.leadin(record)
            if loose:
                # In print the lead-in wraps at the column width like any text.
                units = _gapped(leadin)
                if self.chance(spec.leadin_own_line):
                    leadin_lines = _break(units, width, width)
                else:
                    entries[0][2][0:0] = units
            else:
                own_line = self.chance(spec.leadin_own_line)
                too_wide = display_width(leadin) > width - 2 * _INDENT_CELLS
                if spec.drawn and too_wide:    # printed lead-ins wrap like the text they open
                    entries[0][2][:0] = [(token, "") for token in _TOKEN.findall(leadin)]
                elif own_line or too_wide:
                    leadin_lines = [leadin.strip(" ")]
                else:
                    entries[0][2].insert(0, (leadin, ""))
        body = _blocks(self.body_stream(entries, width, leadin_lines))
        lines = [line for block in body for line in block]
        credit = [credit_block] if credit_block else []
        if loose and len(lines) >= _INTERLEAVED_LINES:
            count = rng.randint(2, 3)
            columns = set_in_columns(lines, count)
            order = list(range(count))
            if self.chance(_ROW_LAST):  # a column set a fraction of a line lower
                order.append(order.pop(rng.randrange(count)))
            rows = interleave_rows(columns, [rng.randint(0, 1) for _ in columns], order)
            body = [[piece] for piece in cut_at_gaps(rows, count, rng)]
            # the credit lines' gaps cut them too
            credit = [[piece] for line in credit_block for piece in line.split(" ")]
        elif loose:
            body = [[_spaced(line) for line in block] for block in body]
        elif spec.side_by_side and len(lines) >= _INTERLEAVED_LINES and self.chance(spec.side_by_side):
            body = [side_by_side(set_in_columns(lines, rng.randint(2, 3)), rng.randint(2, 3))]
        headline = self.headline(record)
        after = spec.headlines == "after" or (spec.headlines == "mixed" and self.chance(0.5))
        if spec.drawn:
            headline = self.placed_headline(headline, max(len(line) for block in body
                                                          for line in block))
            if not after:                  # one run of lines from title to last body line
                body = [headline.pop() + credit_block
                        + [line for block in body for line in block]]
                credit = []
        before = ([] if after else headline) + credit
        item = _Item(record, before + body + (headline if after else []),
                     (len(before), len(before) + len(body)))
        if self.chance(spec.captions):
            caption, block = self.caption()
            record["captions"].append(caption)
            item.inserts.append((rng.randint(1, len(body)), block))
        return item

    def body_entries(self, lists_first: bool) -> list[tuple[str, str, list[Unit]]]:
        """``(kind, clean text, units)`` of the body: paragraphs, subheads, list items."""
        rng, spec = self.rng, self.spec
        entries = [("paragraph", self.paragraph_text())
                   for _ in range(rng.randint(*spec.paragraphs))]
        if self.chance(spec.subheads):
            positions = range(1, len(entries), 2)
            subheads = rng.sample(_SUBHEADS, len(positions))
            for position, text in reversed(list(zip(positions, subheads))):
                entries.insert(position, ("subhead", text))
        if self.chance(spec.list_items):
            # Items end in ；, the last one in 。 or …… (GB/T 15834 on listed items).
            at = 0 if lists_first else 1
            items = rng.sample(_LIST_ITEMS, rng.randint(3, 5))
            items[-1] = items[-1][:-1] + rng.choice(("。", "……"))
            entries[at:at] = [("list_item", text) for text in items]
        return [(kind, text, _units(text, spec, rng)) for kind, text in entries]

    def paragraph_text(self) -> str:
        text = self.sentences.draw()
        while len(text) < 60 and self.chance(0.7):
            text += self.sentences.draw()
        return text

    def body_stream(self, entries, width: int, leadin_lines: list[str]) -> list[str | None]:
        """Raw body lines, ``None`` marking a blank line (a text-box boundary)."""
        spec, rng = self.spec, self.rng
        indent = _INDENT[spec.indent] if spec.drawn else ""
        stream: list[str | None] = [indent + line for line in leadin_lines]
        for index, (kind, _, units) in enumerate(entries):
            if kind == "subhead":
                stream += [None, _join(units), None]
                continue
            if index == 0 and leadin_lines:
                lines: list[str | None] = list(_break(units, width, width))
            else:
                lines = list(_break(units, width, width - _INDENT_CELLS))
                lines[0] = _INDENT[spec.indent] + lines[0]
            if len(lines) > 1 and self.chance(spec.box_break):
                lines.insert(rng.randrange(1, len(lines)), None)
            if index and self.chance(spec.paragraph_gap):
                stream.append(None)
            stream += lines
        return stream

    def leadin(self, record: dict) -> str:
        """A raw lead-in such as ``本报讯（记者 王军豪）``; sets dateline, byline, authors."""
        rng, spec = self.rng, self.spec
        draw, dateline = rng.random(), "本报讯"
        if draw < 0.2:
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            dateline = f"新华社{rng.choice(_CITIES)}{month}月{day}日电"
            credits = [("记者", self.names.take(rng.randint(1, 2)))]
        elif draw < 0.3:
            credits = [(None, self.names.take(1))]
        elif draw < 0.35:
            credits = []
        else:
            credits = [("记者", self.names.take(rng.randint(1, 2)))]
            if self.chance(0.5):
                credits.append(("通讯员", self.names.take(rng.randint(1, 2))))
        byline = " ".join(" ".join(filter(None, (role, *names))) for role, names in credits)
        record.update(dateline=dateline, byline=byline or None, authors=_authors(credits))
        raw = _raw(dateline, spec, rng)
        if not byline:
            return raw + " "
        opening, closing = ("(", ")") if self.chance(spec.halfwidth) else ("（", "）")
        before = " " if self.chance(0.1 + spec.stray_spaces) else ""
        after = " " if self.chance(0.1 + spec.stray_spaces) else ""
        return f"{raw}{before}{opening}{byline}{closing}{after}"

    def byline_block(self, record: dict) -> list[str]:
        """``■ 本报记者 李兆宪`` / ``本报通讯员 赵华丽`` lines; sets byline and authors."""
        credits = [("本报记者", self.names.take(self.rng.randint(1, 2)))]
        if self.chance(0.6):
            credits.append(("本报通讯员", self.names.take(self.rng.randint(1, 2))))
        record.update(byline=" ".join(f"{role} {' '.join(names)}" for role, names in credits),
                      authors=_authors(credits))
        lines = []
        for role, names in credits:
            spaced = self.chance(self.spec.letter_spacing)
            lines.append(f"{' '.join(role) if spaced else role} {self.padded(names, spaced)}")
        return ["■ " + lines[0], *lines[1:]]

    def padded(self, names: list[str], after_singles: bool) -> str:
        """Names with two-char ones padded (``王 军``, ``王 军 李 明``), but never right
        after a letter-spaced role word, where the padding would read as letter spacing."""
        out = []
        for name in names:
            pad = len(name) == 2 and not after_singles and self.chance(self.spec.pad_names)
            out.append(" ".join(name) if pad else name)
            after_singles = False
        return " ".join(out)

    def headline(self, record: dict) -> list[list[str]]:
        """Kicker, title (maybe wrapped) and ——subtitle as one or two blocks."""
        spec, rng = self.spec, self.rng
        units = _units(record["title"], spec, rng)
        lines = [_join(units)]
        # Only titles without a space wrap, so the gold join (no space) is unambiguous.
        # A title wraps where its first line is full, or about half way: never after a
        # first line clearly shorter than the rest (that is how a kicker looks).
        if " " not in record["title"] and len(units) >= 8 and self.chance(spec.title_wrap):
            cut = rng.randrange(len(units) // 2, 2 * len(units) // 3 + 1)
            while cut < len(units) - 1 and (_closes(units[cut]) or _opens(units[cut - 1])):
                cut += 1
            lines = [_join(units[:cut]), _join(units[cut:])]
        if record["subtitle"]:
            lines.append("——" + _raw(record["subtitle"], spec, rng))
        if not record["kicker"]:
            return [lines]
        kicker = _raw(record["kicker"], spec, rng)
        return [[kicker, *lines]] if self.chance(0.3) else [[kicker], lines]

    def placed_headline(self, blocks: list[list[str]], measure: int) -> list[list[str]]:
        """Headline lines as ``-layout`` draws them over an article ``measure`` code
        points wide: centred (about: big type takes fewer offsets), or flush left."""
        if self.chance(0.4):
            return blocks
        return [[" " * self.rng.randint(max(0, (measure - len(line)) // 3),
                                        max(0, (measure - len(line)) // 2)) + line
                 for line in block] for block in blocks]

    def indented(self, lines: list[str]) -> list[str]:
        """``lines`` with the first one indented, on pages that keep indents (``drawn``)."""
        return [_INDENT[self.spec.indent] + lines[0], *lines[1:]] if self.spec.drawn else lines

    # --- photos, captions, furniture ---

    def caption(self) -> tuple[dict, list[str]]:
        """A caption printed inside an article: narrow text lines and a ``摄`` credit."""
        rng, spec = self.rng, self.spec
        text, name = self.captions.draw(), self.names.draw()
        role = rng.choice(("本报记者", "新华社记者", None))
        byline = f"{role} {name}摄" if role else f"{name}摄"
        width = rng.choice(spec.caption_widths)
        lines = self.indented(_break(_units(text, spec, rng), width, width - _INDENT_CELLS))
        if self.chance(0.5):
            lines[-1] += f" {byline}"
        else:
            lines.append(byline)
        authors = [{"role": _ROLE[role] if role else "摄影", "name": name}]
        return {"text": text, "byline": byline, "authors": authors}, lines

    def photo(self) -> _Item:
        """A stand-alone photo: caption paragraphs in a narrow column and a ■ credit."""
        rng, spec = self.rng, self.spec
        texts = [self.captions.draw() for _ in range(rng.randint(1, 2))]
        role, names = rng.choice(("本报通讯员", "本报记者")), self.names.take(rng.randint(1, 2))
        byline = f"{role} {' '.join(names)}"
        record = _record("photo", body=[{"kind": "paragraph", "text": t} for t in texts],
                         byline=byline, authors=_authors([(role, names)]))
        width = rng.choice(spec.caption_widths)
        blocks = [self.indented(_break(_units(t, spec, rng), width, width - _INDENT_CELLS))
                  for t in texts]
        if self.chance(0.4):
            blocks[-1][-1] += f" ■ {byline}"
        elif spec.drawn:                   # -layout keeps the credit's line whole
            blocks.append([f"■ {byline}"])
        else:
            blocks.append([f"■ {role}", " ".join(names)])
        if spec.drawn:
            blocks = [[line for block in blocks for line in block]]
        return _Item(record, blocks)

    def furniture(self) -> tuple[list[_Item], list[_Item]]:
        """Page number and running head above the articles, 责任编辑 below."""
        rng = self.rng
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        heads = [f"{rng.randint(1, 16)}版", f"{rng.choice(_PAPERS)} {rng.choice(_SECTIONS)}",
                 f"2025年{month}月{day}日 星期{rng.choice('一二三四五六日')}"]
        top = rng.sample(heads, rng.randint(1, 2))
        bottom = [f"责任编辑 {self.names.draw()}"] if self.chance(0.7) else []
        # Adjacent pieces of furniture make one `other` item, a paragraph a piece.
        return [self.other(top)], [self.other(bottom)] if bottom else []

    def other(self, pieces: list[str]) -> _Item:
        record = _record("other", body=[{"kind": "paragraph", "text": t} for t in pieces])
        return _Item(record, [[_raw(text, self.spec, self.rng)] for text in pieces])


# --- corpus ----------------------------------------------------------------------------
# Clean text in house style. Sentences: the seed page's articles, cut at sentence ends
# (quotes kept balanced), then invented ones; everything else is invented.

def _pool(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines())


_SENTENCES = _pool("""
“现在办事太方便了，我昨天提交的申请材料，今天就拿到了证，并且同时办理了好几项手续，真是省心又省力！”3月6日，莘县市民王萌在莘县政务服务大厅高兴地说。
莘县行政审批服务局把“高效办成一件事”作为优化政务服务、提升行政效能的重要抓手，扎实开展政务服务优化升级行动。
通过优化再造审批流程，最大限度归并、精简办事环节，对多个政务服务事项的办理条件、申请材料、申请表格等进行整合优化，精简合并重复的材料，形成全链条“一件事”办事指南和“一张表单”。
通过职能部门开展并联审批、联合评审、联合勘验等集成服务，企业办事效率和便利度得到进一步提升。
莘县行政审批服务局结合莘县特色产业、行业实际，推出了工业项目“建成即使用”、建设项目标准地名（门楼牌审批）与规划许可集成办理、高效办成农作物种子（种苗）等“一件事”，进一步提升了企业办事便利度。
莘县行政审批服务局通过开通绿色办理通道，为办事企业提供专人指导、专人审核、全流程帮办代办等便利服务和企业专项定制服务，让企业少跑路、不跑路，解决企业在申报过程中碰到的“难点”“堵点”“痛点”。
“这次会议中，我们了解了很多金融政策，相信在政府和金融机构的支持下，企业会发展得更好！”东昌府区侯营镇云海服装厂负责人任凤云表示。
3月6日上午，聊城市轻工纺织产业链专班办公室在侯营镇举办了棉服产业发展“问需于企”座谈会暨金融政策宣讲银企对接活动。
此次活动旨在落实聊城市促进棉服产业发展的相关政策，缓解棉服企业融资难题，搭建银企沟通桥梁。
棉服产业是我市特色产业之一，主要分布在东昌府区。
目前，该地区有各类棉服加工企业400余家，依托香江光彩大市场，形成了以棉服加工为主的全国生产、销售集散中心。
国风棉服年产量达到5500万件，年产值高达20亿元，带动就业23000余人。
以侯营镇为代表的秋冬轻质棉服产量占全国70%以上，现已发展成为北方地区最大的秋冬轻质棉服生产基地，在全国棉服行业打响了聊城品牌。
活动当天，来自聊城市商务局、聊城市财政局、中国人民银行聊城市分行、东昌府区人民政府以及多家银行机构和100余家棉服企业的代表齐聚一堂。
会前，参会代表参观了侯营云海服装厂、侯营镇服装加工产业园等企业及园区。
在金融政策宣讲会上，发放了《聊城市金融助力棉服产业发展服务手册》，介绍了东昌府区棉服产业的规模、优势及未来发展规划，为银企合作奠定了基础。
随后，3家棉服企业代表分别介绍了企业的经营状况、发展瓶颈以及融资需求。
针对企业的融资需求，工商银行、农业银行等6家金融机构分别介绍了各自的金融政策和金融产品。
“棉服贷”等特色金融产品不仅贴合棉服企业的实际需求，也为企业提供了更多的融资选择。
侯营镇党委副书记、镇长贾仲健表示：“本次对接会不仅是金融与棉服产业的联动，更是推动棉服产业高质量发展的关键一步。侯营镇将依托市区两级政策支持，持续完善“政银企”对接机制。希望银行在风险可控前提下‘雪中送炭’，加大对棉服企业的普惠金融支持力度，同时鼓励棉服企业诚信经营，提升自身融资能力，用好政策红利扩大生产或技术升级，为棉服产业注入新动能。”
当前，农业生产迎来关键的春灌时期，我市全面展开春灌用水保障工作，确保辖区内农田灌溉用水充足，为新一年农业丰收筑牢坚实基础。
2024年入冬以来，华北地区有效降水偏少，随着气温回升，农田失墒迅速，春灌时间较往年提前，且更为集中。
市黄河河务部门多措并举全力保障春灌用水，做好引水闸清淤维护，全面打通引水口，改善渠首引水条件，为水闸引水提供有利条件。
积极与上级部门和相关单位沟通协调，科学制定春灌用水计划，统筹保障用水需求，定期组织技术人员对机电设备进行检查、维修、保养，确保闸门启闭灵活，加强用水计划和实时调度管理，严格执行上级调度指令，强化水量调度严肃性，严格落实水量调度24小时带班值班制度，准确上传下达各类水量调度信息。
今年以来，累计春灌引水2.57亿，同时充分发挥水资源综合效益，开启引黄入冀调水，全力保障我市春灌用水及引黄入冀调水安全。
3月7日，记者从聊城市自然资源和规划局了解到，新春伊始，我市印发了《关于开展基层干部耕地保护业务知识技能提升年活动的通知》，拉开了基层干部耕地保护业务知识技能提升活动的大幕，进一步夯实耕地保护工作基础。
为保障活动有条不紊、顺利推进，市自然资源和规划局锚定“三提升”目标，即大力提升业务技能、显著提升法律意识、全面提升管理水平，扎实有序地进行全方位安排部署。
活动一经推出，全市各个县（市、区）迅速响应，加紧组建培训小组，精心制订详细周全的培训计划，多管齐下、多措并举开展培训工作。
活动中，工作人员积极开展入村宣传活动，将耕地保护知识以最直接、最有效的方式传递到基层干部身边，全力保障信息传达的准确性与及时性。
他们与基层干部面对面交流，耐心倾听疑问，现场答疑解惑，确保每一位基层干部都能充分吸收知识养分。
同时，积极组织大规模的集体培训，集中优势资源，对基层干部进行系统、全面的知识灌输。
培训课堂上，工作人员综合运用多种先进的教学方式，如生动直观的PPT演示，将复杂的业务知识以图文并茂的形式展现出来；发放精心制作的宣传页，方便基层干部随时查阅学习；开展学图识图专项教学，详细讲解耕地保护业务知识，把晦涩难懂的政策法规和专业知识巧妙转化为通俗易懂的内容，方便基层干部理解和掌握。
仅耗时一天半，便高效完成了对127个乡镇、5352个村庄的培训工作，实现了基层培训的广泛覆盖。
其间，累计印发培训材料6000余份，为广大基层干部提供了充足且实用的学习资料，有力推动了培训活动的顺利开展。
在实操演练环节，广大村干部全神贯注，通过实际操作，不仅熟知了土地利用现状图内的每个地类属性，还明晰了本村每块土地的位置、范围及属性，包括永久基本农田、耕地、林地、园地、设施农用地等，真正实现了运用各种现代化监管手段监管用地，熟练运用各类图件以图管地，切实做到早发现、早制止、早处理，为耕地保护工作筑牢坚实防线。
“为持续推动此次活动向纵深方向发展，市自然资源和规划局将充分结合往年工作经验做法，精心组织开展市县乡村级耕地保护四级工作培训视频会议。充分利用线上直播平台优势，让无法现场参与的干部也能实时在线学习，打破时间和空间的限制，进一步扩大参训范围。”市自然资源和规划局相关负责人表示，通过这些多样化、创新性的宣传培训方式，将切实提升基层干部在耕地保护领域的业务技能，加强对基层干部尤其是村干部的管理效能，确保耕地保护工作取得实实在在的成效，为全市乡村振兴和高质量发展提供坚实保障。
去年以来，在市委、省总工会的坚强领导下，全市各级工会全面贯彻党的二十大和二十届二中、三中全会精神，围绕市委“聚力攻坚突破年”部署，扎实落实“三提三敢”要求，不断加压改作风，奋力改革促创新，在全面深化改革、推进强市建设中充分发挥工会组织作用。
2024年，市总工会坚持用党的创新理论、先进文化引领职工、激励职工、凝聚职工，深入学习贯彻党的二十届三中全会精神，持续巩固拓展主题教育思想成果，常态化推行“中心组+党支部+青年干部理论学习小组+党员个人”学习模式，积极打造“七步学习法”，举办党校教授开展党纪辅导等活动，推动党纪学习教育走深走实。
市总工会邀请全国总工会文工团、上海爱乐乐团等来聊演出，成功举办庆“五一”系列体育比赛活动，并先后在《工人日报》等省级以上媒体发表宣传稿件280余篇，在“聊城工会”微信公众号、“齐鲁工惠”App发布信息1700余条，“大思政、全媒体”宣传格局逐步形成。
2024年，全市有3人荣获全国五一劳动奖章、2人荣获工人先锋号称号。
市总工会充分发挥工会宣传阵地作用，发动各级工会以线上线下方式开展劳模工匠宣讲活动200余场次，全面营造劳动光荣、技能宝贵、创造伟大的浓厚氛围。
去年以来，市总工会持续深化产业工人队伍建设改革，着力加强顶层设计，创新建立“聊·聊产改”工作机制，挖掘产改示范企业30余个，有关工作做法入选全省工会创新案例。
成功举办2024年全国轴承业职业技能竞赛，承办电线电缆、互联网营销师、光伏运维等多项省级以上劳动竞赛项目，征集并公布市级竞赛260余项……去年，市总工会深入开展劳动和技能竞赛，大力推动职工创新创效，成立涵盖轴承、阿胶、电线等多个主导产业的聊城市职工创新联盟，开展创新交流活动20余场。
我市4人获评齐鲁工匠，1人获评山东手造工匠，1项创新成果获得省级决赛一等奖。
市总工会全面维护劳动领域政治安全，市县两级均建立劳动领域政治安全工作协调机制，以“一样本两指引”为牵引推进集体协商，有力推进劳动关系和谐稳定，“五步工作法”推动货运行业集体协商被评为全国工会重点工作创新案例。
2024年，市总工会推动构建以法律援助服务、就业创业服务、精准帮扶为重点的工会服务职工体系，不断提升职工获得感、幸福感、安全感。
一年来，市总工会开展普法宣传宣讲800余次，播出法律之窗53期，打造“工会法律精品讲堂”12期。
深入开展劳动用工法治体检活动，全市共体检企业247家。
与市检察院建立劳动者权益保障工作协作机制，成立“检察+工会”职工劳动权益保障检察服务站。
市总工会着力构建精准精细服务职工体系，利用“齐鲁工惠”就业服务平台等提供岗位信息7000余条，同时加大帮扶救助工作力度，拨付困难职工专项资金130余万元。
市总工会用好线上线下工会阵地，充分发挥工人文化宫作用，建成工会驿站373个、工会妈妈小屋776家，6个驿站被评为全国最美工会驿站，12个驿站被评为省级最美工会驿站，5个工会妈妈小屋获得省总专项资金补助2.5万元。
2024年，市总工会不断提升基层工会规范化建设水平，聚力巩固工会组织体系的坚强堡垒。
一年来，市总工会持续巩固基层工会组织建设，强力推进新就业形态建会入会和农民工入会，全市新建工会组织489家，新发展新就业形态劳动者会员43204人、货车司机会员17198人、农民工会员67322人。
市总工会创新推动厂务公开民主管理工作，创新实施“工事聊成”协商会机制，解决职代会闭会期间职工诉求渠道不畅通的问题，倾力打造“工事聊成·一聊就成”工作品牌，先后获评全国、全省工会重点工作创新案例。
2025年是“十四五”规划的收官之年，市总工会将牢记使命、挺膺担当，进一步发挥党联系职工群众的桥梁纽带作用，坚持在职工思想政治引领、组织动员职工建功立业、做好职工维权服务、构建和谐劳动关系、加强工会自身改革和建设上创新、实干、争先，团结动员广大职工为新时代社会主义现代化强市建设贡献智慧和力量。
3月7日，笔者从东昌府区医疗保障局了解到，根据国家医保局明确要求，该局辖区内461家定点药店，已全部完成追溯码上传工作。
东昌府区医疗保障局建立药品追溯码长效上传机制，实现医保药品全品种、全流程扫码核验，实时对接智能监控平台。
该局通过动态追踪药品流向，精准识别串换倒卖、空刷医保卡及伪造处方等骗保行为，结合大数据预警模型，构建“购药—结算—追溯”全链条闭环监管。
此举将推动医保基金监管由事后追责向源头防控转变，筑牢基金安全防线，切实保障参保群众合法权益。
今年以来，阳谷县累计新建改建农村公路126公里，完成危桥改造18座，群众出行条件明显改善。
在临清市烟店镇的一家轴承企业，工人们正忙着调试新上线的自动化生产线。
“过去一个班组要十几个人，现在5个人就能完成。”车间主任刘建国说。
据了解，该项目总投资3.2亿元，建成后可实现年产值8亿元，带动周边600余人就业。
高唐县把优化营商环境作为“一号工程”，推行“帮办代办”服务，企业开办时间压缩至0.5个工作日。
走进冠县万善乡的蔬菜大棚，一排排西红柿长势喜人，种植户正在采摘、分拣、装箱。
东阿县依托阿胶产业优势，培育规模以上企业42家，打造“东阿阿胶”区域公用品牌。
该县还搭建了线上销售平台，通过直播带货等方式拓宽销售渠道，全年线上销售额突破1.5亿元。
下一步，我市将继续加大投入力度，完善基础设施，推动乡村振兴取得新成效。
据介绍，今年全市计划实施重点项目300个，总投资超过1200亿元。
活动现场，志愿者们为群众测量血压、讲解健康知识，并发放宣传资料2000余份。
连日来，经济技术开发区组织专班深入企业走访，帮助企业解决用工、融资等实际困难。
孩子们在老师的带领下，认识了小麦、玉米等农作物，体验了播种、浇水的乐趣。
工作人员通过手机App实时查看土壤墒情和气象数据，精准安排灌溉和施肥。
截至目前，全市已建成5G基站6800余个，实现城区和乡镇驻地全覆盖。
“家门口就能看上专家门诊，再也不用来回跑了。”前来就诊的市民张秀英高兴地说。
该中心设有图书阅览、文化培训、健身活动等功能区，全年免费向群众开放。
据统计，春节假期全市共接待游客86.5万人次，实现旅游收入5.2亿元，同比分别增长12.3%和15.8%。
为确保安全生产，各企业严格落实24小时值班制度，对重点部位开展拉网式排查。
近年来，该镇坚持党建引领，探索“支部+合作社+农户”发展模式，带动群众增收致富。
现场，专家们围绕数字经济、智能制造等话题展开深入交流，为企业发展出谋划策。
该校将传统文化融入课堂教学，开设剪纸、书法、戏曲等特色课程20余门。
记者在现场看到，施工人员正在进行路面摊铺作业，各类机械设备往来穿梭。
目前，项目主体工程已完成80%，预计今年6月底全面竣工。
""")

_CAPTIONS = _pool("""
3月7日，工作人员在茌平区信发现代农业产业园实验室进行鲈鱼农残检测。
近日，茌平区信发现代农业产业园的三层立体生态鲈鱼养殖车间正式启用，该项目是国内首个立体生态鲈鱼养殖项目，通过循环水系统、数字化监控设备和物联网技术，同时对每层的水质、温度等理化指标和生产情况实施精准监测和自动化控制。
近年来，茌平区借助大数据、物联网、人工智能等技术手段，实现鲈鱼养殖过程的精准化监控和精细化管理，激活农业新质生产力。
3月5日，东昌府区行政审批服务局组织“小易”志愿者服务队，开展“有事找小易 办事更容易”学雷锋纪念日主题活动，通过宣传新设立的“小易”新就业群体爱心驿站，为快递员、环卫工人等群体送去温暖，让政务服务更接地气、更有温度。
3月6日，游客在东昌湖畔观赏盛开的玉兰花。
近日，阳谷县一家农机合作社的工作人员正在检修播种机械，为春耕生产做准备。
3月4日，临清市一所小学的学生在老师指导下学习制作风筝。
图为冠县万善乡的种植户在大棚内采摘西红柿。
3月5日，志愿者在街头为市民免费理发。
连日来，高唐县农技人员深入田间地头，指导农户做好小麦春季管理。
3月2日，东阿县一家阿胶企业的工人在生产线上包装产品。
近日，市民在城区一处口袋公园内健身、休闲。
2月28日，施工人员在徒骇河大桥建设现场进行钢筋绑扎作业。
3月8日，女职工们在活动中展示自己制作的手工作品。
""")

_TITLES = _pool("""
推动政务服务再升级
“政银企”携手助力棉服产业发展
我市全力以赴做好春耕保灌工作
全力守护耕地“生命线”
实干担当勇争先 奋楫扬帆启新程
加强定点药店常态化监管
农村公路织就乡村振兴幸福路
小小轴承转出产业大天地
营商环境持续优化 市场活力不断释放
数字赋能让田间管理更精准
家门口的好医生
文化惠民点亮百姓生活
春耕备耕正当时
重点项目建设跑出加速度
阿胶产业擦亮金字招牌
安全生产警钟长鸣
让非遗走进校园
志愿服务暖人心
5G网络覆盖城乡
假日旅游市场持续升温
""")

_KICKERS = _pool("""
莘县
东昌府区
茌平区
阳谷县
临清市
冠县
高唐县
东阿县
经济技术开发区
聚焦高质量发展
春耕进行时
""")

_SUBTITLES = _pool("""
我市举办基层干部耕保业务技能提升活动
聊城市总工会2024年工作综述
阳谷县农村公路建设见闻
临清市轴承产业发展调查
我市持续推进“放管服”改革
走进冠县万善乡蔬菜种植基地
""")

_SUBHEADS = _pool("""
突出思政引领 凝聚奋斗合力
服务全市大局 助力高质量发展
聚焦急难愁盼 提升职工幸福感
围绕强基固本 激发工会组织活力
强化项目支撑 夯实发展基础
坚持创新驱动 培育发展动能
优化公共服务 增进民生福祉
深化改革攻坚 激发市场活力
加强安全监管 守牢发展底线
""")

_LIST_ITEMS = _pool("""
创新建立“聊·聊产改”工作机制，辐射带动万余名产业工人素质提升；
3人荣获全国五一劳动奖章、2人荣获工人先锋号称号，4人获评齐鲁工匠，1人获评山东手造工匠；
高标准建成工会驿站373个、工会妈妈小屋776家，6个驿站被评为全国最美工会驿站，12个驿站被评为省级最美工会驿站；
新建改建农村公路126公里，完成危桥改造18座；
培育规模以上企业42家，新增高新技术企业15家；
建成5G基站6800余个，实现城区和乡镇驻地全覆盖；
开展普法宣传活动800余次，受益群众超过10万人次；
新增城镇就业岗位1.2万个，帮助2300名困难群众实现再就业；
完成老旧小区改造56个，惠及居民8900余户；
""")

_NAMES = _pool("""
李晓明
陈静怡
赵海涛
孙立新
周文博
吴佳琪
郑宏伟
刘思远
王建华
杨丽娟
黄志强
朱玉洁
胡晓燕
林国栋
郭振华
何雨桐
高志远
罗晓雯
马骏
韩雪
杜鹏
徐磊
何婷
王军
宋杰
冯静
邓超
曹阳
""")

_CITIES = ("北京", "济南", "上海", "广州", "成都", "武汉", "杭州")
_PAPERS = ("聊城日报", "鲁西晚报")
_SECTIONS = ("要闻", "综合新闻", "县域经济", "民生")
