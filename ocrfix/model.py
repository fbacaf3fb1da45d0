"""The typed document model that flows through the pipeline stages.

Every stage is a pure function from one of these frozen dataclasses to the next::

    Page(lines) -> Block -> Block(role) -> Paragraph -> Item
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True, slots=True)
class Edit:
    """One change a rule makes: ``before`` at ``line``:``col`` (1-based) becomes ``after``.

    ``start``/``end`` are offsets into the text the rule scanned, so a plan of edits
    can be replayed.
    """

    rule: str
    line: int
    col: int
    before: str
    after: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict:
        return {"rule": self.rule, "line": self.line, "col": self.col,
                "before": self.before, "after": self.after}


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text: the 1-based input line it comes from, that line's raw text
    and this piece's normalised text. ``rest`` marks the second piece of a line cut
    in two (a credit printed after a caption on the same line); ``pieces`` are the
    other input lines a line put together from pieces set apart came from (a credit
    whose names an extractor cut off at their gaps)."""

    number: int
    raw: str
    text: str
    rest: bool = False
    pieces: tuple[int, ...] = ()

    @classmethod
    def joined(cls, number: int, raw: str, text: str, parts: Iterable[Line]) -> Line:
        """A line of ``text`` put together from ``parts``, numbered ``number``: it
        keeps the input lines of all of them.

        >>> Line.joined(9, "谢 宁", "谢 宁", [Line(5, "谢", "谢"), Line(9, "宁", "宁")]).pieces
        (5,)
        """
        numbers = {n for part in parts for n in (part.number, *part.pieces)}
        return cls(number, raw, text, pieces=tuple(sorted(numbers - {number})))


def pieces_of(lines: Iterable[Line]) -> tuple[int, ...]:
    """The input lines of pieces set apart that ``lines`` took in, in order."""
    return tuple(sorted({n for line in lines for n in line.pieces}))


@dataclass(frozen=True, slots=True)
class Page:
    """Decoded input: the path as given (``-`` for stdin) and its lines."""

    path: str
    lines: tuple[Line, ...]
    edits: tuple[Edit, ...] = ()


class Role(str, Enum):
    """What a block is on the page."""

    BODY = "body"            # running text of an article or caption
    HEADING = "heading"      # kicker, title or subhead line(s)
    CREDIT = "credit"        # ■ byline or photo credit block
    FURNITURE = "furniture"  # page numbers, running heads, 责任编辑 lines


@dataclass(frozen=True, slots=True)
class Block:
    """Consecutive non-blank lines (a text box as the extractor emitted it)."""

    lines: tuple[Line, ...]
    role: Role = Role.BODY

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def pieces(self) -> tuple[int, ...]:
        """Input lines of pieces set apart that its lines took in (see :class:`Line`)."""
        return pieces_of(self.lines)


@dataclass(frozen=True, slots=True)
class Author:
    """One parsed credit: ``role`` is 记者, 通讯员, 摄影, 编辑 or None."""

    role: str | None
    name: str

    def to_dict(self) -> dict:
        return {"role": self.role, "name": self.name}


@dataclass(frozen=True, slots=True)
class Credit:
    """A byline as printed (letter spacing and padding removed) and its authors."""

    text: str
    authors: tuple[Author, ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A reflowed paragraph: ``kind`` is paragraph, subhead or list_item."""

    text: str
    first: int
    last: int
    kind: str = "paragraph"
    column: int = 0  # width of the column it was set in, in half-width cells
    # Inner lines ending a sentence, where a paragraph (a listed item, a caption run
    # on under the text) may end: the length of the text up to that line's end, that
    # line's number and the next line's.
    sentence_ends: tuple[tuple[int, int, int], ...] = ()
    pieces: tuple[int, ...] = ()  # input lines of pieces set apart its lines took in

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption printed inside an article's columns."""

    text: str
    byline: str | None = None
    authors: tuple[Author, ...] = ()

    def to_dict(self) -> dict:
        return {"text": self.text, "byline": self.byline,
                "authors": [a.to_dict() for a in self.authors]}


@dataclass(frozen=True, slots=True)
class Item:
    """One output record: an article, a stand-alone photo or other text."""

    type: str
    path: str
    first: int
    last: int
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    byline: str | None = None
    authors: tuple[Author, ...] = ()
    body: tuple[Paragraph, ...] = ()
    captions: tuple[Caption, ...] = ()
    fixes: tuple[Edit, ...] | None = None
    id: str = ""
    # Input lines of pieces set apart that it took in, maybe inside another item's span.
    pieces: tuple[int, ...] = ()

    def to_dict(self) -> dict:
        """The JSONL record of ``SPEC.md``: every key present, null or [] when empty."""
        record = {
            "id": self.id,
            "type": self.type,
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "dateline": self.dateline,
            "byline": self.byline,
            "authors": [a.to_dict() for a in self.authors],
            "body": [p.to_dict() for p in self.body],
            "captions": [c.to_dict() for c in self.captions],
            "source": {"path": self.path, "lines": [self.first, self.last]},
        }
        if self.fixes is not None:
            record["fixes"] = [e.to_dict() for e in self.fixes]
        return record
