"""The registry of rule mechanisms ("kinds") and the span type they share.

A kind is a factory: it takes a rule's parameters (from its TOML file) and returns a
finder, which takes the whole text and returns spans ``(start, end, replacement)``,
sorted and non-overlapping; :func:`apply` splices them in. A finder that edits only
certain characters names their code points in its ``chars`` attribute, so that the
engine can skip it, with its neighbours of that sort, on a text that has none.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import regex

Span = tuple[int, int, str]
Finder = Callable[[str], list[Span]]

KINDS: dict[str, Callable[..., Finder]] = {}


def kind(name: str) -> Callable[[Callable[..., Finder]], Callable[..., Finder]]:
    """Register a finder factory under ``name`` (the ``kind`` key of a rule file)."""
    def register(factory: Callable[..., Finder]) -> Callable[..., Finder]:
        KINDS[name] = factory
        return factory
    return register


def apply(text: str, spans: Iterable[Span]) -> str:
    """Splice sorted, non-overlapping spans into ``text``.

    >>> apply("3 月7日", [(1, 2, "")])
    '3月7日'
    """
    pieces, last = [], 0
    for start, end, replacement in spans:
        pieces += (text[last:start], replacement)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def char_class(codes: Iterable[int]) -> str:
    """A regex character class for code points, consecutive ones as ranges.

    >>> char_class([0x41, 0x42, 0x43, 0x61])
    '[A-Ca]'
    """
    return "[" + "".join(regex.escape(chr(lo)) + ("-" + regex.escape(chr(hi)) if hi > lo else "")
                         for lo, hi in _ranges(codes)) + "]"


def charset(codes: Iterable[int], runs: bool = True) -> re.Pattern | regex.Pattern:
    """A compiled pattern for one of the code points (a run of them with ``runs``).

    ``regex`` scans for a single range fastest; for scattered code points the
    standard library's charset bitmap is two to three times faster, so it is used.

    >>> charset([0x41, 0x42]).pattern, charset([0x41, 0x61], runs=False).pattern
    ('[A-B]+', '[Aa]')
    """
    codes = sorted(set(codes))
    engine = regex if len(_ranges(codes)) == 1 else re
    return engine.compile(char_class(codes) + ("+" if runs else ""))


def _ranges(codes: Iterable[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges
