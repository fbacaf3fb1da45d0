"""What the checks read and what they report: segments of text, records, findings."""
from __future__ import annotations

from bisect import bisect
from dataclasses import dataclass
from functools import lru_cache

import regex


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of checked text and where its first character sits.

    In a text file (``flat`` false) positions are file lines and columns. In a JSONL
    field (``flat`` true) the line is the record's line and the column counts
    characters from the start of the field, line breaks included.
    """

    text: str
    line: int = 1
    col: int = 1
    flat: bool = False
    record: str | None = None
    field: str | None = None
    kind: str = "text"

    def locate(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of ``text[offset]``.

        >>> Segment("甲\\n乙丙", line=4).locate(3)
        (5, 2)
        >>> Segment("甲\\n乙丙", line=4, col=9, flat=True).locate(3)
        (4, 12)
        """
        if self.flat:
            return self.line, self.col + offset
        breaks = _line_breaks(self.text)
        before = bisect(breaks, offset - 1)
        if not before:
            return self.line, self.col + offset
        return self.line + before, offset - breaks[before - 1]

    def sub(self, start: int, end: int, kind: str | None = None) -> Segment:
        """The part ``text[start:end]`` as a segment of its own."""
        line, col = self.locate(start)
        return Segment(self.text[start:end], line, col, self.flat, self.record,
                       self.field, kind or self.kind)


@lru_cache(maxsize=16)
def _line_breaks(text: str) -> list[int]:
    """Offsets of the line ends in ``text`` (cached: a page is located many times)."""
    return [match.start() for match in regex.finditer("\n", text)]


@dataclass(frozen=True, slots=True)
class Record:
    """An ocrfix JSONL record as the structure checks see it."""

    id: str
    line: int
    type: str | None
    title: str | None
    fields: tuple[Segment, ...]
    body: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """One input file: every text segment, and its records when it is JSONL.

    ``pages`` are segments of raw page text (a text file or a ``--text-field``), whose
    line breaks are layout; ``records`` are ocrfix items with body paragraphs.
    """

    path: str
    pages: tuple[Segment, ...] = ()
    records: tuple[Record, ...] = ()

    @property
    def segments(self) -> tuple[Segment, ...]:
        return self.pages + tuple(s for r in self.records for s in r.fields)

    @property
    def size(self) -> int:
        return sum(len(s.text) for s in self.segments)


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect: a code, its severity and message, and where it is.

    ``context`` is the text around the defect; a baseline matches on it rather than
    on the line number, so edits elsewhere in the file keep the baseline valid.
    """

    code: str
    severity: str
    message: str
    path: str
    line: int
    col: int
    context: str
    record: str | None = None
    field: str | None = None

    @property
    def where(self) -> str:
        """The record and field of a JSONL finding, or an empty string."""
        parts = [p for p in (self.record and f"record {self.record}", self.field) if p]
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "path": self.path, "line": self.line, "col": self.col,
                "record": self.record, "field": self.field, "context": self.context}
