"""Input documents: plain-text pages, or JSONL records carrying a page's raw text."""
from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError
from .textio import json_lines, read_path


@dataclass(frozen=True)
class Source:
    """One page to parse: where it came from and its decoded text."""

    path: str
    text: str


def load_sources(path: str, text_field: str = "text") -> list[Source]:
    """The pages in one file: the whole file, or one per JSONL record.

    A file is read as JSONL when its first non-blank line is a JSON object; each record
    must then carry ``text_field``. Its page is named ``PATH:LINE``.
    """
    text = read_path(path)
    first = text.lstrip()[:1]
    if first != "{":
        return [Source(path, text)]
    sources = []
    try:
        for number, record in json_lines(text, path):
            value = record.get(text_field) if isinstance(record, dict) else None
            if not isinstance(value, str):
                raise InputError(path, f"line {number}: record has no string field {text_field!r}")
            sources.append(Source(f"{path}:{number}", value))
    except InputError:
        if not sources and not path.endswith(".jsonl"):
            return [Source(path, text)]  # a page that happens to start with a brace
        raise
    return sources
