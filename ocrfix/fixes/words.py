"""Dictionary-backed kinds: OCR confusables (jieba) and OpenCC conversion.

Both libraries are imported only when a rule of their kind is built or runs.
"""
from __future__ import annotations

import difflib

import regex

from .base import Finder, Span, apply, charset, kind  # noqa: F401  (apply: for the doctests)

_HAN = regex.compile(r"\p{Han}")


@kind("confusables")
def confusables(pairs: dict[str, str], ratio: float = 50.0, min_freq: int = 20,
                longest: int = 4) -> Finder:
    """Replace an OCR-confused character where jieba's dictionary backs the change.

    Each word window (2 to ``longest`` Han characters) through the character is
    looked up as printed and with a candidate. The candidate wins when some window
    becomes a word seen ``min_freq`` times and ``ratio`` times more often than as
    printed (jieba's dictionary holds a few common misprints such as 自已), and no
    other window is already a word seen ``min_freq`` times: in 农民工入会, 工人 beats
    工入 but 入会 is a word, so nothing changes. jieba is imported on the first call.

    >>> find = confusables({"己": "已", "已": "己", "入": "人"})
    >>> apply("他己经说过，要靠自已", find("他己经说过，要靠自已"))
    '他已经说过，要靠自己'
    >>> find("知己知彼，早已如此，农民工入会，农民工入\\n会")
    []
    """
    candidates = charset(map(ord, "".join(pairs)), runs=False)

    def replacement(frequency: dict[str, int], window: str, at: int) -> str | None:
        spans = [(a, a + n) for n in range(2, min(longest, len(window)) + 1)
                 for a in range(max(0, at - n + 1), min(at, len(window) - n) + 1)]
        printed = [frequency.get(window[a:b]) or 0 for a, b in spans]
        for other in pairs[window[at]]:
            changed = window[:at] + other + window[at + 1:]
            wins = [(frequency.get(changed[a:b]) or 0) >= max(min_freq, ratio * was)
                    for (a, b), was in zip(spans, printed, strict=True)]
            if any(wins) and not any(was >= min_freq and not won
                                     for was, won in zip(printed, wins, strict=True)):
                return other
        return None

    def find(text: str) -> list[Span]:
        frequency = _jieba_frequencies()
        spans: list[Span] = []
        for m in candidates.finditer(text):
            left = _han_run(text, m.start(), -1, longest - 1)
            right = _han_run(text, m.start(), 1, longest - 1)
            window = "".join(text[i] for i in left[::-1]) + m.group() + "".join(
                text[i] for i in right)
            other = replacement(frequency, window, len(left))
            if other:
                spans.append((m.start(), m.end(), other))
        return spans
    return find


def _han_run(text: str, at: int, step: int, limit: int) -> list[int]:
    """Offsets of up to ``limit`` Han characters next to ``at`` going ``step`` (±1).

    One line end may be crossed: a word broken over two lines is still a word.
    """
    found: list[int] = []
    i, crossed = at + step, False
    while len(found) < limit and 0 <= i < len(text):
        if text[i] == "\n" and not crossed:
            crossed = True
        elif _HAN.match(text, i):
            found.append(i)
        else:
            break
        i += step
    return found


def _jieba_frequencies() -> dict[str, int]:
    """jieba's word frequencies (its dictionary loads on first use, about half a second)."""
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


@kind("opencc")
def opencc(config: str = "t2s") -> Finder:
    """Convert with an OpenCC configuration (``t2s``, ``s2t``, ``tw2sp``…).

    OpenCC is imported when the rule is built, that is only when it is enabled.
    Unknown configurations raise :class:`ValueError`.

    >>> find = opencc("t2s")
    >>> apply("國際新聞", find("國際新聞"))
    '国际新闻'
    """
    import opencc as opencc_module

    name = config if config.endswith(".json") else config + ".json"
    if name not in opencc_module.CONFIGS:
        known = ", ".join(sorted(c.removesuffix(".json") for c in opencc_module.CONFIGS))
        raise ValueError(f"unknown OpenCC config {config!r} (known: {known})")
    converter = opencc_module.OpenCC(name)

    def find(text: str) -> list[Span]:
        converted = converter.convert(text)
        if converted == text:
            return []
        return _diff_spans(text, converted)
    return find


def _diff_spans(old: str, new: str) -> list[Span]:
    """Character-level spans turning ``old`` into ``new``, never across a line end."""
    old_lines, new_lines = old.split("\n"), new.split("\n")
    if len(old_lines) != len(new_lines):
        raise ValueError("conversion changed the number of lines")
    spans: list[Span] = []
    offset = 0
    for before, after in zip(old_lines, new_lines, strict=True):
        if before != after:
            matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
            spans += [(offset + i1, offset + i2, after[j1:j2])
                      for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
        offset += len(before) + 1
    return spans
