"""TX: character defects that no normalisation rule repairs.

Spaced numbers, letter spacing, half-width punctuation, control and zero-width
characters, radicals and OCR confusables all have normalisation rules (SP, PU, CH,
OC), so ``check`` reports them under those codes through ``engine.lint`` (the OC
rules even where the preset leaves them off: ``rules/check/normalization.toml``).
What is left here: traditional characters in a simplified corpus (CV01 converts only
when asked, so it is no check), and words mixing Latin with Cyrillic or Greek letters.
"""
from __future__ import annotations

from bisect import bisect
from collections.abc import Iterator, Mapping
from functools import cache

import regex

from .catalog import specs
from .document import Document
from .encoding import mojibake_runs
from .registry import Hit, check

_HAN = regex.compile(r"\p{Han}")


@check("TX01")
def traditional(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """Traditional characters in simplified text.

    A character counts when OpenCC's t2s changes it and it is not in GB2312: 乾, 著,
    於 or 覆 are changed by t2s in some words yet are simplified characters too.
    Mojibake is EN02's, not reported again here. One finding per line or field.
    """
    for segment in document.segments:
        found = _traditional_in(segment.text)
        if not found:
            continue
        garbled = [(start, end) for start, end, _ in mojibake_runs(segment.text)]
        breaks = [m.start() for m in regex.finditer("\n", segment.text)]
        by_line: dict[int, list[int]] = {}
        for match in regex.finditer(f"[{regex.escape(''.join(found))}]", segment.text):
            if not any(start <= match.start() < end for start, end in garbled):
                by_line.setdefault(bisect(breaks, match.start()), []).append(match.start())
        for offsets in by_line.values():
            chars = dict.fromkeys(segment.text[o] for o in offsets)
            listed = "、".join(f"{ch}→{found[ch]}" for ch in chars)
            yield segment, offsets[0], offsets[0] + 1, f"traditional characters in simplified text: {listed}"


@check("TX02")
def mixed_script(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """A word mixing Latin letters with look-alike Cyrillic or Greek ones (``Аpp``)."""
    for segment in document.segments:
        for match in _mixed_word().finditer(segment.text):
            message = f"“{match.group()}” mixes Latin with Cyrillic or Greek letters"
            yield segment, match.start(), match.end(), message


def _traditional_in(text: str) -> dict[str, str]:
    """The traditional characters of ``text`` and their simplified forms."""
    keep = specs()["TX01"].params["keep"]
    candidates = [ch for ch in set(text) if ch >= "\u3400" and _HAN.match(ch)
                  and not _in_gb2312(ch) and ch not in keep]
    if not candidates:
        return {}
    converted = _t2s().convert("\n".join(candidates)).split("\n")
    return {ch: simple for ch, simple in zip(candidates, converted, strict=True) if simple != ch}


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _mixed_word() -> regex.Pattern:
    """A run of letters holding both Latin and look-alike letters."""
    lookalike = specs()["TX02"].params["lookalike"]
    letters = f"[\\p{{Latin}}{lookalike}]"
    return regex.compile(rf"(?<!{letters})(?={letters}*\p{{Latin}})(?={letters}*[{lookalike}])"
                         rf"{letters}{{2,}}")


@cache
def _t2s():
    import opencc  # imported on first use: loading its dictionaries takes a while
    return opencc.OpenCC("t2s")
