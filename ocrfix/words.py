"""Word evidence from jieba's dictionary, loaded on first use."""
from __future__ import annotations

from functools import cache


@cache
def _dictionary() -> dict[str, int]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ


def is_word(text: str) -> bool:
    """True when ``text`` is a word of jieba's dictionary (a positive frequency).

    >>> is_word("主要"), is_word("主要分")
    (True, False)
    """
    return _dictionary().get(text, 0) > 0
