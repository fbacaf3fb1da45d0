"""Split a page into blocks: runs of non-blank lines, as the extractor emitted them."""
from __future__ import annotations

from functools import cache

import regex

from .layout_rules import rules
from .model import Block, Line, Page


@cache
def _inline_credit() -> regex.Pattern:
    markers = regex.escape(rules().credit_markers)
    return regex.compile(rf"(?<=\S)\s*(?=[{markers}]\s*\p{{Han}})")


def split_blocks(page: Page) -> list[Block]:
    """Blank lines separate blocks; page furniture and inline credits get blocks of their own.

    An inline credit is a credit marker after text on the same line
    (``…更有温度。 ■ 本报记者 孙文辉``): the text and the credit are different things.
    """
    layout = rules()
    markers = layout.credit_markers
    blocks: list[Block] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            blocks.append(Block(tuple(current)))
            current.clear()

    for line in page.lines:
        text = line.text.strip()
        if not text:
            close()
        elif len(text) <= 40 and layout.furniture.search(text):
            close()
            blocks.append(Block((line,)))
        elif any(marker in text for marker in markers) and \
                len(parts := _inline_credit().split(line.text, maxsplit=1)) == 2:
            current.append(Line(line.number, line.raw, parts[0].rstrip()))
            close()
            current.append(Line(line.number, line.raw, parts[1].strip()))
        else:
            current.append(line)
    close()
    return blocks
