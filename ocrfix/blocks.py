"""Split a page into blocks: runs of non-blank lines, as the extractor emitted them."""
from __future__ import annotations

import regex

from .layout_rules import rules
from .model import Block, Line, Page


def split_blocks(page: Page) -> list[Block]:
    """Blank lines separate blocks; page furniture and inline credits get blocks of their own.

    An inline credit is a credit marker after text on the same line
    (``…更有温度。 ■ 本报记者 孙文辉``): the text and the credit are different things.
    """
    blocks: list[Block] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            blocks.append(Block(tuple(current)))
            current.clear()

    layout = rules()
    inline_credit = regex.compile(rf"(?<=\S)\s*(?=[{regex.escape(layout.credit_markers)}]\s*\p{{Han}})")
    for line in page.lines:
        if not line.text.strip():
            close()
            continue
        if layout.furniture.search(line.text.strip()):
            close()
            blocks.append(Block((line,)))
            continue
        parts = inline_credit.split(line.text, maxsplit=1)
        if len(parts) == 2:
            current.append(Line(line.number, line.raw, parts[0].rstrip()))
            close()
            current.append(Line(line.number, line.raw, parts[1].strip()))
            continue
        current.append(line)
    close()
    return blocks
