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


def frequency(text: str) -> int:
    """How often jieba's dictionary counts ``text`` as a word (0 when it is none).

    >>> frequency("聚焦") > 100, frequency("聚焦了")
    (True, 0)
    """
    return _dictionary().get(text, 0)


def is_word(text: str) -> bool:
    """True when ``text`` is a word of jieba's dictionary (a positive frequency).

    >>> is_word("主要"), is_word("主要分")
    (True, False)
    """
    return _dictionary().get(text, 0) > 0


def cut_across(tail: str, head: str, reach: int = 4) -> bool:
    """True when jieba's segmentation of the join (``reach`` characters either side)
    puts a word across it: ``公|园散步`` -> 公园, but not ``天气|很好``.

    >>> cut_across("我们一起去公", "园散步"), cut_across("今天天气", "很好")
    (True, False)
    >>> cut_across("农村公路织", "就乡村振兴幸福路"), cut_across("东昌府区", "推动政务服务再升级")
    (True, False)
    """
    import jieba

    _dictionary()
    left, right = tail[-reach:], head[:reach]
    position = 0
    for word in jieba.lcut(left + right, HMM=False):
        if position < len(left) < position + len(word):
            return True
        position += len(word)
    return False


def last_word(text: str, reach: int = 6) -> str:
    """The last word of ``text`` by jieba's segmentation of its last ``reach`` characters.

    >>> last_word("促进棉服产业发展的"), last_word("打造现代农业基地")
    ('的', '基地')
    """
    import jieba

    _dictionary()
    words = jieba.lcut(text[-reach:], HMM=False)
    return words[-1] if words else ""
