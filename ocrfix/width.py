"""Display width: a Han character or full-width mark counts 2, ASCII counts 1."""
from __future__ import annotations

import regex

# East-Asian wide and full-width characters, plus the punctuation that is ambiguous in
# Unicode but set full-width in Chinese typesetting (curly quotes, ……, ——, ·).
_WIDE = regex.compile(r"[\p{East_Asian_Width=W}\p{East_Asian_Width=F}“”‘’…—·]")


def display_width(text: str) -> int:
    """Width of ``text`` in half-width cells.

    >>> display_width("3月7日")
    6
    >>> display_width("“App”")
    7
    """
    return len(text) + len(_WIDE.findall(text))
