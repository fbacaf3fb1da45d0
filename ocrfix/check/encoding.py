"""EN: text damaged by decoding: lost bytes, mojibake, private-use code points.

Mojibake is found by undoing the wrong decoding and looking at what comes back, never
by a list of odd-looking characters (names legitimately use rare ones):

* UTF-8 read as GBK: re-encode as GB18030 and look for runs of valid UTF-8 Han
  sequences that decode to common characters (GB2312 level 1) while the text shown
  holds rarer ones. On one million characters of clean text this finds nothing; on
  real mojibake of two or more characters it finds nearly all.
* UTF-8 read as Latin-1 or cp1252 (``æœ¬æŠ¥``): re-encode runs of Latin-1 characters
  and keep those that decode as UTF-8 to CJK text.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache

import regex

from .document import Document
from .registry import Hit, check

_FFFD = "\N{REPLACEMENT CHARACTER}"
_REPLACEMENT = regex.compile(f"{_FFFD}+")
_PRIVATE_USE = regex.compile(r"\p{Co}+")
_UTF8_HAN = regex.compile(rb"(?:[\xe2-\xe9\xef][\x80-\xbf]{2}){2,}")
# cp1252 shows bytes 0x80-0x9f as these (€ ‚ … “ ” —); Latin-1 as C1 controls.
_CP1252_BYTES = {char: byte for byte in range(0x80, 0xA0)
                 for char in bytes([byte]).decode("cp1252", errors="ignore")}
# A CJK character is three UTF-8 bytes: a lead E0-EF (à-ï) and two continuations.
_LATIN_RUN = regex.compile(
    f"(?:[\u00e0-\u00ef][\u0080-\u00bf{''.join(_CP1252_BYTES)}]{{2}})+")
_CJK = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")


@check("EN01")
def replacement_characters(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """U+FFFD: bytes that could not be decoded were replaced."""
    for segment in document.segments:
        for match in _REPLACEMENT.finditer(segment.text):
            yield segment, match.start(), match.end(), "U+FFFD replacement character: bytes lost in decoding"


@check("EN02")
def gbk_mojibake(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """UTF-8 bytes decoded as GBK (``鏈姤璁``)."""
    for segment in document.segments:
        for start, end, original in mojibake_runs(segment.text):
            was = f"was “{original}”" if original else "bytes lost"
            yield segment, start, end, f"mojibake: UTF-8 read as GBK ({was})"


@check("EN03")
def latin1_mojibake(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """UTF-8 bytes decoded as Latin-1 or cp1252 (``æœ¬æŠ¥``)."""
    for segment in document.segments:
        for match in _LATIN_RUN.finditer(segment.text):
            original = _undo_latin(match.group())
            if original and _CJK.search(original):
                message = f"mojibake: UTF-8 read as Latin-1 (was “{original}”)"
                yield segment, match.start(), match.end(), message


@check("EN04")
def private_use(document: Document, thresholds: Mapping) -> Iterator[Hit]:
    """Private-use code points: glyphs the extractor could not map to Unicode."""
    for segment in document.segments:
        for match in _PRIVATE_USE.finditer(segment.text):
            code_point = ord(match.group()[0])
            yield segment, match.start(), match.end(), f"private-use character U+{code_point:04X}"


def mojibake_runs(text: str) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, original) of each run of ``text`` that is UTF-8 shown as GBK.

    Decoding with replacement leaves U+FFFD between short pieces too broken to
    re-decode; rare characters on both sides of one mark such a place (original None).
    """
    for match in _rare_around_replacement().finditer(text):
        if len(_rare().findall(match.group())) >= 2:
            yield match.start(), match.end(), None
    data = text.encode("gb18030")
    boundary, chars = 0, 0  # a known character boundary in data and its offset in text
    for match in _UTF8_HAN.finditer(data):
        decoded = match.group().decode("utf-8")
        for common in _common_run().finditer(decoded):
            start = match.start() + 3 * common.start()
            end = match.start() + 3 * common.end()
            for shift in (0, 3):  # dropped bytes can put the run half a character off
                try:
                    chars += len(data[boundary:start + shift].decode("gb18030"))
                except UnicodeDecodeError:
                    continue
                boundary = start + shift
                shown = _decode_prefix(data[boundary:end])
                if len(common.group()) - shift // 3 >= 2 and _rare().search(shown):
                    yield chars, chars + len(shown), common.group()[shift // 3:]
                break


def _decode_prefix(data: bytes) -> str:
    """The longest prefix of ``data`` that decodes as GB18030."""
    for cut in range(len(data), 0, -1):
        try:
            return data[:cut].decode("gb18030")
        except UnicodeDecodeError:
            pass
    return ""


def _undo_latin(text: str) -> str | None:
    """``text`` re-encoded as cp1252 (Latin-1 where cp1252 has a gap) and read as UTF-8."""
    data = bytes(_CP1252_BYTES.get(ch, ord(ch)) for ch in text)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


@cache
def _level1() -> str:
    """The 3,755 common characters of GB2312 level 1, and common CJK punctuation."""
    chars = bytes(b for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)
                  for b in (lead, trail)).decode("gb2312", errors="ignore")
    return chars + "，。、“”‘’：；！？（）《》…—"


@cache
def _common_run() -> regex.Pattern:
    return regex.compile(f"[{regex.escape(_level1())}]{{2,}}")


@cache
def _rare() -> regex.Pattern:
    return regex.compile(f"[^{regex.escape(_level1())}\\x00-\\x7f{_FFFD}]")


@cache
def _rare_around_replacement() -> regex.Pattern:
    rare = _rare().pattern
    return regex.compile(f"{rare}+{_FFFD}+{rare}*|{_FFFD}+{rare}+")
