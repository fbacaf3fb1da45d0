"""Tiny helpers to lay out made-up paragraphs as an extractor would (Han text only)."""
from __future__ import annotations


def wrap(paragraph: str, chars: int, indent: int = 2) -> list[str]:
    """Break a paragraph into lines of ``chars`` characters, the first ``indent`` narrower."""
    lines, start, width = [], 0, chars - indent
    while start < len(paragraph):
        lines.append(paragraph[start:start + width])
        start += width
        width = chars
    return lines


def column(paragraphs: list[str], chars: int) -> str:
    """Paragraphs set in one column, one text box."""
    return "\n".join(line for p in paragraphs for line in wrap(p, chars))
