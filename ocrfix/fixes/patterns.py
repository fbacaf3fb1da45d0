"""Pattern kinds: regular-expression rewrites, character maps, spaced OCR lines.

Patterns are compiled with ``regex.MULTILINE`` so ``^`` and ``$`` mean line edges.
"""
from __future__ import annotations

import unicodedata

import regex

from .base import Finder, Span, apply, charset, kind  # noqa: F401  (apply: for the doctests)

# A rule pattern that backtracks catastrophically on some page raises TimeoutError
# after this many seconds instead of hanging the run (real pages take milliseconds).
SCAN_TIMEOUT = 30.0

_HAN = regex.compile(r"\p{Han}")


@kind("regex_sub")
def regex_sub(pattern: str, replace: str | None = None, table: dict[str, str] | None = None,
              delete: str | None = None) -> Finder:
    """Rewrite each match by a template (``replace``), a lookup of the matched text
    (``table``), or by deleting characters from it (``delete``).

    >>> find = regex_sub(r"(?<=\\d) +(?=%)", replace="")
    >>> apply("70 %", find("70 %"))
    '70%'
    >>> find = regex_sub(r"\\p{Han}(?: \\p{Han}){2,}", delete=" ")
    >>> apply("本 报 记 者", find("本 报 记 者"))
    '本报记者'
    """
    if sum(option is not None for option in (replace, table, delete)) != 1:
        raise ValueError("regex_sub needs exactly one of replace, table, delete")
    compiled = regex.compile(pattern, regex.MULTILINE)
    if replace is not None:
        rewrite = (lambda match: replace) if "\\" not in replace else (
            lambda match: match.expand(replace))
    elif table is not None:
        rewrite = lambda match: table[match.group()]  # noqa: E731
    else:
        strip = str.maketrans("", "", delete)
        rewrite = lambda match: match.group().translate(strip)  # noqa: E731

    def find(text: str) -> list[Span]:
        return [(m.start(), m.end(), rewrite(m))
                for m in compiled.finditer(text, timeout=SCAN_TIMEOUT)]
    return find


@kind("pair_up")
def pair_up(pattern: str, size: int = 2) -> Finder:
    """Rewrite each match, a run of single characters set apart by spaces, as words of
    ``size`` characters set apart by one space (two padded names: ``王 军 李 明``).

    >>> find = pair_up(r"\\p{Han}(?: \\p{Han}){3}")
    >>> apply("王 军 李 明", find("王 军 李 明"))
    '王军 李明'
    """
    compiled = regex.compile(pattern, regex.MULTILINE)

    def rewrite(run: str) -> str:
        chars = run.replace(" ", "")
        return " ".join(chars[i:i + size] for i in range(0, len(chars), size))

    def find(text: str) -> list[Span]:
        return [(m.start(), m.end(), rewrite(m.group()))
                for m in compiled.finditer(text, timeout=SCAN_TIMEOUT)]
    return find


@kind("translate")
def translate(table: dict[str, str] | None = None, remove: str = "",
              remove_ranges: list[list[int]] = (), nfkc_chars: str = "",
              nfkc_ranges: list[list[int]] = ()) -> Finder:
    """Map single characters: an explicit ``table``, characters to remove, and
    characters whose NFKC form replaces them (computed here, not stored).

    Each run of mapped characters becomes one edit.

    >>> find = translate(nfkc_ranges=[[0x2F00, 0x2FD5]])
    >>> apply("⼗⼤", find("⼗⼤"))
    '十大'
    """
    mapping = {ord(k): v for k, v in (table or {}).items()}
    mapping.update((ord(c), None) for c in remove)
    mapping.update((c, None) for lo, hi in remove_ranges for c in range(lo, hi + 1))
    for code in [ord(c) for c in nfkc_chars] + [
            c for lo, hi in nfkc_ranges for c in range(lo, hi + 1)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if folded != chr(code) and "\n" not in folded:
            mapping[code] = folded
    runs = charset(mapping)

    def find(text: str) -> list[Span]:
        return [(m.start(), m.end(), m.group().translate(mapping))
                for m in runs.finditer(text)]
    find.chars = frozenset(mapping)
    return find


@kind("spaced_lines")
def spaced_lines(pattern: str, min_han: int = 4, min_share: float = 0.6) -> Finder:
    """Remove the spaces ``pattern`` matches, on lines set with a space between every
    character (OCR).

    A line qualifies when it has ``min_han`` Han characters and at least
    ``min_share`` of them stand alone (no Han neighbour); ordinary lines with a few
    spaces between words (``马红坤 彭月勇``) do not.

    >>> find = spaced_lines(r"(?<=[\\p{Han}，])[ ]+(?=[\\p{Han}，])")
    >>> apply("今 天 ， 我 们 去", find("今 天 ， 我 们 去"))
    '今天，我们去'
    >>> find("实干担当勇争先 奋楫扬帆启新程")
    []
    """
    candidate = regex.compile(r"^.*\p{Han}[ ]+\S.*$", regex.MULTILINE)
    alone = regex.compile(r"(?<!\p{Han})\p{Han}(?!\p{Han})")
    spaces = regex.compile(pattern)

    def find(text: str) -> list[Span]:
        spans: list[Span] = []
        for line in candidate.finditer(text):
            total = len(_HAN.findall(line.group()))
            if total >= min_han and len(alone.findall(line.group())) >= min_share * total:
                spans += [(line.start() + m.start(), line.start() + m.end(), "")
                          for m in spaces.finditer(line.group())]
        return spans
    return find
