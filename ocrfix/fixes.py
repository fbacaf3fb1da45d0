"""Rule mechanisms ("kinds"): each turns a rule's data into a finder of edits.

A finder takes the whole text and returns spans ``(start, end, replacement)``, sorted
and non-overlapping; :func:`apply` splices them in. Rule data lives in
``rules/normalize/*.toml``; a rule names its kind and gives that kind's parameters.
Patterns are compiled with ``regex.MULTILINE`` so ``^`` and ``$`` mean line edges.
"""
from __future__ import annotations

import bisect
import difflib
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

import regex

Span = tuple[int, int, str]
Finder = Callable[[str], list[Span]]

KINDS: dict[str, Callable[..., Finder]] = {}

# Characters a context search steps over: punctuation, symbols and spaces.
_GAP = r"[\p{P}\p{S}\p{Zs}]{0,32}"
_HAN_BEFORE = regex.compile(r"\p{Han}" + _GAP + r"\Z")
_HAN_AFTER = regex.compile(_GAP + r"\p{Han}")
_HAN = regex.compile(r"\p{Han}")
_CLOSERS = "，。、；：！？）》…,.;:!?)"
_BLANK_LINE = regex.compile(r"\n[ \t]*(?=\n)")


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


def han_nearby(text: str, start: int, end: int) -> bool:
    """Whether the nearest letter on either side of ``text[start:end]`` is Han.

    Punctuation, symbols and spaces in between are skipped (up to 32), so the
    answer does not change when other rules convert or remove them.

    >>> han_nearby('他说"hi"', 2, 3), han_nearby('He said "hi"', 8, 9)
    (True, False)
    """
    return bool(_HAN_BEFORE.search(text, max(0, start - 33), start)
                or _HAN_AFTER.match(text, end))


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
        return [(m.start(), m.end(), rewrite(m)) for m in compiled.finditer(text)]
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
    runs = regex.compile(_char_class(mapping) + "+")

    def find(text: str) -> list[Span]:
        return [(m.start(), m.end(), m.group().translate(mapping))
                for m in runs.finditer(text)]
    return find


def _char_class(codes: Iterable[int]) -> str:
    """A regex character class for code points, consecutive ones as ranges (fast).

    >>> _char_class([0x41, 0x42, 0x43, 0x61])
    '[A-Ca]'
    """
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(regex.escape(chr(lo)) + ("-" + regex.escape(chr(hi)) if hi > lo else "")
                         for lo, hi in ranges) + "]"


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


@kind("quotes")
def quotes(double: dict[str, str], single: dict[str, str]) -> Finder:
    """Make quotes curly and balanced: ``“…”`` outside, ``‘…’`` nested.

    ASCII quotes are converted only in Han context (their pair or their nearest
    letter is Han), so English text keeps its quotes and apostrophes. Within a
    paragraph (a block between blank lines, or two blocks when a quotation runs over
    the break) curly marks that already nest stay as printed (``“完善“政银企”机制”``);
    otherwise the marks are read as the nested sequence that turns the fewest round
    and nests least (``“难点““堵点”`` becomes ``“难点”“堵点”``). A quote at the start of a
    line always opens (no closing mark may start a line). When no nesting fits, as in
    a quotation over several paragraphs that reopens each one, marks follow the
    open/closed state, keeping line-initial openers and a closing mark after 。！？.

    >>> find = quotes({"open": "“", "close": "”", "ambiguous": '"'},
    ...               {"open": "‘", "close": "’", "ambiguous": "'"})
    >>> apply('他说"我听到\\'雪中送炭\\'了"', find('他说"我听到\\'雪中送炭\\'了"'))
    '他说“我听到‘雪中送炭’了”'
    >>> apply("“难点““堵点”", find("“难点““堵点”"))
    '“难点”“堵点”'
    >>> find("表示：“完善“政银企”机制。”"), find("He said \\"don't\\".")
    ([], [])
    """
    families = [(f["open"], f["close"], f["ambiguous"]) for f in (double, single)]
    family_of = {ch: index for index, marks in enumerate(families) for ch in "".join(marks)}
    mark = regex.compile(_char_class(map(ord, family_of)))
    ambiguous = [regex.compile(_char_class(map(ord, a))) for _, _, a in families]
    ascii_like = "".join(a for _, _, a in families)
    curly_single = families[1][0] + families[1][1]

    def find(text: str) -> list[Span]:
        han_context: dict[int, str] = {}
        for pattern in ambiguous:
            han_context.update(_han_context_quotes(text, pattern))
        breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
        blocks: dict[int, list[tuple[int, str]]] = {}
        for m in mark.finditer(text):
            at, ch = m.start(), m.group()
            if (at in han_context if ch in ascii_like
                    else not (ch in curly_single and _apostrophe(text, at))):
                blocks.setdefault(bisect.bisect(breaks, at), []).append((at, ch))
        spans: list[Span] = []
        for segment in blocks.values():
            for family, (opening, closing, _) in enumerate(families):
                marks = [(at, ch) for at, ch in segment if family_of[ch] == family]
                if marks and not _nests([ch for _, ch in marks], opening, closing):
                    spans += [(at, at + 1, wanted) for (at, ch), wanted
                              in zip(marks, _read(text, marks, opening, closing, han_context))
                              if wanted != ch]
        return sorted(spans)
    return find


def _nests(marks: list[str], opening: str, closing: str) -> bool:
    """Whether the marks are all curly and open and close like brackets."""
    depth = 0
    for mark in marks:
        if mark == opening:
            depth += 1
        elif mark == closing and depth:
            depth -= 1
        else:                               # an ASCII mark, or a close with nothing open
            return False
    return depth == 0


def _read(text: str, marks: list[tuple[int, str]], opening: str, closing: str,
          ascii_sides: dict[int, str]) -> list[str]:
    """The mark each quote of one family in one paragraph should be."""
    kept = _plausible_lines(text, marks, opening, closing)
    kinds = []
    for at, ch in marks:
        before, after = _neighbours(text, at)
        printed = ascii_sides.get(at) or ("open" if ch == opening else "close")
        forced = ("start" if before is None and after is not None
                  else printed if at in kept else None)
        stray_ok = after is None or after in _CLOSERS or (before or "") in "。！？!?….・·"
        kinds.append(Mark(printed, forced, stray_ok))
    return [opening if opens else closing for opens in _reading(kinds)]


class Mark(NamedTuple):
    """A quote mark as printed (``open``, ``close``; an ASCII one ``free``, or
    ``free<``/``free>`` as the first/second of a pair on its line), what it must be
    (``start``: first on its line, so it opens; ``open``/``close``; None), and whether
    it may close nothing (after 。！？ or before ，。, as when a text starts inside a
    quotation)."""

    printed: str
    forced: str | None = None
    stray_ok: bool = False


def _plausible_lines(text: str, marks: list[tuple[int, str]], opening: str,
                     closing: str) -> set[int]:
    """Marks to keep as printed when the text has several lines: those on lines
    whose marks are all curly and alternate, as on a line broken out of a paragraph
    or a column (``件事”办事指南和“一张``), while ``“难点““堵点”`` cannot be right. A
    one-line text stands alone, so all its marks may turn; an opening mark that
    ends a line never stays (no typeset line ends with one)."""
    if "\n" not in text.strip("\n"):
        return set()
    by_line: dict[int, list[tuple[int, str]]] = {}
    for at, ch in marks:
        by_line.setdefault(text.rfind("\n", 0, at), []).append((at, ch))
    kept: set[int] = set()
    for line in by_line.values():
        if (all(ch in (opening, closing) for _, ch in line)
                and all(a[1] != b[1] for a, b in zip(line, line[1:]))):
            kept.update(at for at, ch in line
                        if not (ch == opening and _neighbours(text, at)[1] is None))
    return kept


def _reading(marks: list[Mark], deepest: int = 3) -> list[bool]:
    """Whether each quote mark opens, in the cheapest reading of the sequence.

    Costs: 1 to turn a printed mark round, or to read an ASCII pair other than
    open-then-close; 2 to open a quote inside another (rare in print, while
    misprints are common); 3 for a closing mark with nothing open (1 where that is
    plausible) and for each quote left open at the end. A ``start`` mark opens, and
    inside an open quote it reopens it, as each paragraph of a long quotation does.
    Ties go to the flattest reading.

    >>> _reading([Mark("open"), Mark("open"), Mark("open"), Mark("close")])
    [True, False, True, False]
    >>> _reading([Mark("open", "start"), Mark("open", "start"), Mark("close")])
    [True, True, False]
    >>> _reading([Mark("close", stray_ok=True), Mark("open"), Mark("close")])
    [False, True, False]
    """
    layers: list[dict[int, tuple[tuple[int, int], int, bool]]] = [{0: ((0, 0), 0, True)}]
    for mark in marks:
        layer: dict[int, tuple[tuple[int, int], int, bool]] = {}
        for depth, ((cost, flatness), _, _) in layers[-1].items():
            for opens in (True, False):
                if mark.forced in (("close",) if opens else ("open", "start")):
                    continue
                extra = int(mark.printed in (("close", "free>") if opens else ("open", "free<")))
                if opens:
                    after = depth if mark.forced == "start" and depth else min(depth + 1, deepest)
                    extra += 2 * (after > depth > 0)
                else:
                    after = max(depth - 1, 0)
                    extra += 0 if depth else (1 if mark.stray_ok else 3)
                option = ((cost + extra, flatness + after), depth, opens)
                if after not in layer or option[0] < layer[after][0]:
                    layer[after] = option
        layers.append(layer)
    depth = min(layers[-1], key=lambda d: (layers[-1][d][0][0] + 3 * d, layers[-1][d][0][1]))
    opens = []
    for layer in reversed(layers[1:]):
        _, depth, opened = layer[depth]
        opens.append(opened)
    return opens[::-1]


def _neighbours(text: str, at: int) -> tuple[str | None, str | None]:
    """The nearest non-space characters before and after ``at`` on its line."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at].rstrip(" \t")
    end = text.find("\n", at + 1)
    after = text[at + 1:end if end >= 0 else len(text)].lstrip(" \t")
    return (before[-1] if before else None), (after[0] if after else None)


def _apostrophe(text: str, at: int) -> bool:
    """A single quote between two ASCII letters (``don't``) is an apostrophe."""
    return (0 < at < len(text) - 1 and text[at] in "'‘’＇"
            and text[at - 1].isascii() and text[at - 1].isalpha()
            and text[at + 1].isascii() and text[at + 1].isalpha())


def _han_context_quotes(text: str, ambiguous: regex.Pattern) -> dict[int, str]:
    """ASCII-style quotes that belong to Han text, by offset, with the side each
    one takes in its pair: ``free<`` opens, ``free>`` closes, ``free`` alone.

    Within a line they pair up in order; a pair counts as Han when either quote has
    Han nearby or its content holds Han, so ``"iPhone 15"发布`` converts both.
    """
    by_line: dict[int, list[int]] = {}
    for m in ambiguous.finditer(text):
        if not _apostrophe(text, m.start()):
            by_line.setdefault(text.rfind("\n", 0, m.start()), []).append(m.start())
    found: dict[int, str] = {}
    for offsets in by_line.values():
        for pair in (offsets[i:i + 2] for i in range(0, len(offsets), 2)):
            if (any(han_nearby(text, at, at + 1) for at in pair)
                    or (len(pair) == 2 and _HAN.search(text, pair[0], pair[1]))):
                found.update(zip(pair, ("free<", "free>") if len(pair) == 2 else ("free",)))
    return found


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
    candidates = regex.compile("[" + regex.escape("".join(pairs)) + "]")

    def replacement(frequency: dict[str, int], window: str, at: int) -> str | None:
        spans = [(a, a + n) for n in range(2, min(longest, len(window)) + 1)
                 for a in range(max(0, at - n + 1), min(at, len(window) - n) + 1)]
        printed = [frequency.get(window[a:b]) or 0 for a, b in spans]
        for other in pairs[window[at]]:
            changed = window[:at] + other + window[at + 1:]
            wins = [(frequency.get(changed[a:b]) or 0) >= max(min_freq, ratio * was)
                    for (a, b), was in zip(spans, printed)]
            if any(wins) and not any(was >= min_freq and not won
                                     for was, won in zip(printed, wins)):
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
    for before, after in zip(old_lines, new_lines):
        if before != after:
            matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
            spans += [(offset + i1, offset + i2, after[j1:j2])
                      for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
        offset += len(before) + 1
    return spans
