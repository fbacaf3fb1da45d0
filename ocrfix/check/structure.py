"""ST: item structure — repeated paragraphs, articles without a title or a body."""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import regex

from .document import Document, Record, Segment
from .registry import Hit, check
from .textlayout import layout

_SPACE = regex.compile(r"\s+")
_SENTENCE = regex.compile(r"[，。！？；]")


@check("ST01")
def duplicates(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """A paragraph that repeats an earlier one of the same page or record."""
    runs: list[Sequence[Segment]] = [layout(page.text).paragraphs(page)
                                     for page in document.pages]
    runs += [[s for s in r.fields if s.field.startswith(("body[", "captions["))]
             for r in document.records]
    for paragraphs in runs:
        seen: dict[str, Segment] = {}
        for paragraph in paragraphs:
            key = _SPACE.sub("", paragraph.text)
            if len(key) < thresholds["min-chars"] or not _SENTENCE.search(key):
                continue  # headlines, bylines and page furniture may repeat
            if key in seen:
                first = seen[key]
                where = first.field or f"line {first.line}"
                yield paragraph, 0, 1, f"paragraph repeats {where}"
            else:
                seen[key] = paragraph


@check("ST02")
def missing_title(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """An article record whose title is missing or blank."""
    for record in document.records:
        if record.type == "article" and not (record.title or "").strip():
            yield _record_hit(record, "title", "article has no title")


@check("ST03")
def empty_body(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """An article or photo with no body text, or a body paragraph with no text."""
    for record in document.records:
        if record.type not in ("article", "photo"):
            continue
        texts = [s for s in record.body if s.text.strip()]
        if not texts:
            yield _record_hit(record, "body", f"{record.type} has an empty body")
            continue
        for segment in record.body:
            if not segment.text.strip():
                yield segment, 0, 0, "body paragraph has no text"


def _record_hit(record: Record, field: str, message: str) -> Hit:
    """A hit on a whole record, placed at its line with its first text as context."""
    text = next((s.text for s in record.fields if s.text.strip()), "")
    return Segment(text, record.line, 1, True, record.id, field), 0, 0, message
