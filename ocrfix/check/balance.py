"""BA: quotes, brackets and title marks that open without closing or close without opening.

Balance is judged paragraph by paragraph, in reading order, with two allowances:

* a quotation running over several paragraphs opens each of them and closes only the
  last (GB/T 15834): an opener left open is fine when the next paragraph starts with it;
* raw page text splits paragraphs (where a sentence ends at the margin, or around an
  interleaved caption): an opener left open pairs with an unmatched closer in one of
  the next few paragraphs, if none between uses the pair's marks.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import regex

from .catalog import patterns
from .document import Document, Segment
from .registry import Hit, check
from .textlayout import layout


def _sequences(document: Document) -> Iterator[Sequence[Segment]]:
    """Runs of paragraphs in reading order: a page's paragraphs, a record's body, or
    any other field on its own."""
    for page in document.pages:
        yield layout(page.text).paragraphs(page)
    for record in document.records:
        yield record.body
        for field in record.fields:
            if not field.field.startswith("body["):
                yield [field]


def _register(code: str) -> None:
    """Register the balance check for ``code`` over its pairs of marks."""
    word, pairs = patterns().pairs[code]
    side = {ch: (index, True) for index, (openers, _) in enumerate(pairs) for ch in openers}
    side |= {ch: (index, False) for index, (_, closers) in enumerate(pairs) for ch in closers}
    marks = regex.compile("[" + regex.escape("".join(side)) + "]")

    def scan(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], set[int]]:
        """Openers left open and closers matching nothing, as (offset, pair) lists, and
        the pairs whose marks occur at all."""
        skip = {m.end() - 1 for m in patterns().unpaired.finditer(text)}
        stack: list[tuple[int, int]] = []
        stray: list[tuple[int, int]] = []
        used: set[int] = set()
        for match in marks.finditer(text):
            pair, opens = side[match.group()]
            if match.start() in skip:
                continue
            used.add(pair)
            if opens:
                stack.append((match.start(), pair))
                continue
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][1] == pair), None)
            if depth is None:
                stray.append((match.start(), pair))
            else:
                del stack[depth]
        return stack, stray, used

    def closed_later(paragraphs: Sequence[Segment], scans: list, index: int, pair: int) -> bool:
        """Whether a following paragraph reopens the quotation (running on) or closes it
        (a paragraph split), before any other use of the pair's marks."""
        for later in range(index + 1, min(index + 1 + patterns().carry, len(paragraphs))):
            text = paragraphs[later].text.lstrip()
            if text and text[0] in pairs[pair][0]:
                return True
            _, strays, used = scans[later]
            closer = next((s for s in strays if s[1] == pair), None)
            if closer:
                strays.remove(closer)
                return True
            if pair in used:
                return False
        return False

    def find(document: Document, thresholds: Mapping) -> Iterator[Hit]:
        for paragraphs in _sequences(document):
            scans = [scan(p.text) for p in paragraphs]
            for index, (segment, (left_open, _, _)) in enumerate(zip(paragraphs, scans, strict=True)):
                for offset, pair in left_open:
                    if not closed_later(paragraphs, scans, index, pair):
                        yield segment, offset, offset + 1, f"{word} {segment.text[offset]} is never closed"
            for segment, (_, strays, _) in zip(paragraphs, scans, strict=True):
                for offset, _ in strays:
                    yield segment, offset, offset + 1, f"{word} {segment.text[offset]} closes nothing"

    find.__doc__ = f"Unbalanced {word}s."
    check(code)(find)


for _code in patterns().pairs:
    _register(_code)
