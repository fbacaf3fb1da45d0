"""Input readers: text files, ocrfix JSONL, any JSONL with a text field, directories."""
from __future__ import annotations

import json
from fnmatch import fnmatch
from pathlib import Path

from ..errors import InputError
from ..textio import json_lines, read_path
from .document import Document, Record, Segment

DEFAULT_INCLUDE = ("*.txt", "*.text", "*.jsonl")
HEADING_FIELDS = ("kicker", "title", "subtitle", "dateline", "byline")


def expand(paths: list[str], include: tuple[str, ...] = (),
           exclude: tuple[str, ...] = ()) -> list[str]:
    """Files named, with directories searched recursively for ``include`` globs.

    Globs match a file's path relative to the directory searched, or its name; hidden
    files and folders are skipped. Files named explicitly are always checked.
    """
    found: list[str] = []
    for path in paths:
        root = Path(path)
        if path == "-" or not root.is_dir():
            found.append(path)
            continue
        files = sorted(p for p in root.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(root).parts)
                       and _matches(p, root, include or DEFAULT_INCLUDE)
                       and not _matches(p, root, exclude))
        if not files:
            raise InputError(path, "directory holds no files to check")
        found.extend(str(p) for p in files)
    return found


def _matches(file: Path, root: Path, globs: tuple[str, ...]) -> bool:
    relative = file.relative_to(root).as_posix()
    return any(fnmatch(relative, glob) or fnmatch(file.name, glob) for glob in globs)


def read(path: str, text_field: str | None = None) -> Document:
    """Read and decode one input file (``-`` for standard input)."""
    return document(path, read_path(path), text_field)


def document(path: str, text: str, text_field: str | None = None) -> Document:
    """The document in ``text``: JSONL when it ends in ``.jsonl`` or starts with a JSON object."""
    if is_jsonl(path, text):
        return _read_jsonl(path, text, text_field)
    if text_field:
        raise InputError(path, f"--text-field {text_field} given but the file is not JSONL")
    return Document(path, pages=(Segment(text),))


def is_jsonl(path: str, text: str) -> bool:
    """Whether the file ends in ``.jsonl`` or its first line is a JSON object."""
    if path.endswith(".jsonl"):
        return True
    first = text.lstrip().partition("\n")[0]
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def _read_jsonl(path: str, text: str, text_field: str | None) -> Document:
    pages: list[Segment] = []
    records: list[Record] = []
    for number, data in json_lines(text, path):
        if not isinstance(data, dict):
            raise InputError(path, f"line {number}: not a JSON object")
        record_id = str(data["id"]) if data.get("id") else None
        if text_field:
            value = data.get(text_field)
            if not isinstance(value, str):
                raise InputError(path, f"line {number}: no string field {text_field!r}")
            pages.append(Segment(value, number, 1, True, record_id, text_field))
        else:
            records.append(_record(path, number, data, record_id or f"#{len(records) + 1}"))
    return Document(path, pages=tuple(pages), records=tuple(records))


def _record(path: str, number: int, data: dict, record_id: str) -> Record:
    """An ocrfix item: heading and credit fields, body paragraphs and captions."""
    def segment(value, field: str, kind: str) -> Segment:
        if not isinstance(value, str):
            raise InputError(path, f"line {number}: {field} is not a string")
        return Segment(value, number, 1, True, record_id, field, kind)

    body, captions = data.get("body"), data.get("captions") or []
    if not isinstance(body, list) or not isinstance(captions, list):
        raise InputError(path, f"line {number}: not an ocrfix record (body must be a list); "
                               f"use --text-field for other JSONL")
    fields = [segment(data[key], key, key) for key in HEADING_FIELDS if data.get(key) is not None]
    paragraphs = []
    for index, item in enumerate(body):
        item = item if isinstance(item, dict) else {}
        paragraphs.append(segment(item.get("text"), f"body[{index}].text", item.get("kind", "paragraph")))
    for index, item in enumerate(captions):
        item = item if isinstance(item, dict) else {}
        fields.append(segment(item.get("text"), f"captions[{index}].text", "caption"))
        if item.get("byline") is not None:
            fields.append(segment(item["byline"], f"captions[{index}].byline", "byline"))
    return Record(record_id, number, data.get("type"), data.get("title"),
                  tuple(fields + paragraphs), tuple(paragraphs))
