"""Write items as JSONL records or as clean reading text."""
from __future__ import annotations

import json
from collections.abc import Iterable

from .model import Item


def to_jsonl(items: Iterable[Item]) -> str:
    """One JSON object a line, UTF-8 without ASCII escaping, keys in schema order."""
    return "".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in items)


def to_text(items: Iterable[Item]) -> str:
    """Headline lines, then one paragraph a line; a blank line between items.

    A dateline and its byline open the first paragraph as printed
    (``本报讯（记者 王军）…``); a byline without dateline gets a line of its own.
    """
    chunks = []
    for item in items:
        lines = [text for text in (item.kicker, item.title) if text]
        if item.subtitle:
            lines.append("——" + item.subtitle)
        paragraphs = [p.text for p in item.body]
        if item.dateline:
            lead = item.dateline + (f"（{item.byline}）" if item.byline else "")
            paragraphs = [lead + (paragraphs[0] if paragraphs else "")] + paragraphs[1:]
        elif item.byline:
            lines.append(item.byline)
        lines.extend(paragraphs)
        for caption in item.captions:
            lines += [caption.text] + ([caption.byline] if caption.byline else [])
        chunks.append("\n".join(lines) + "\n")
    return "\n".join(chunks)
