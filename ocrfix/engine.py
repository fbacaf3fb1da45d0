"""The normalisation engine: the ordered rule registry, presets, and the
``explain`` / ``normalize`` / ``replay`` / ``lint`` entry points.

Rules come from :mod:`ocrfix.rulebook` (data) and their mechanisms from
:mod:`ocrfix.fixes`. The order in ``rules/presets.toml`` is the only run order; a
preset plus ``enable``/``disable`` decides which rules are on. Every rule returns
edits; ``lint`` reports them, ``explain`` applies them in turn and records them, and
``replay`` applies a recorded plan again. No rule adds or removes a line end, so
line numbers in edits always refer to the input's lines.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate, groupby
from typing import TYPE_CHECKING, NamedTuple

from .fixes import KINDS, Finder, Span, apply
from .fixes.base import charset
from .model import Edit
from .rulebook import Preset, Rule, load

if TYPE_CHECKING:
    import re

    import regex

__all__ = ["explain", "normalize", "replay", "lint", "rules", "presets"]


def rules() -> list[Rule]:
    """Every normalisation rule, in run order."""
    return list(load().rules)


def presets() -> dict[str, Preset]:
    """The presets by name."""
    return dict(load().presets)


def explain(text: str, preset: str = "newspaper", *, enable: Iterable[str] = (),
            disable: Iterable[str] = (), convert: str | None = None,
            spacing: str = "house") -> tuple[str, list[Edit]]:
    """Normalise ``text`` and list every change, in the order rules made them.

    ``enable``/``disable`` take rule codes or names; ``convert`` an OpenCC config
    (``t2s``); ``spacing`` is ``house`` (no space between Han and Latin or digits)
    or ``pangu`` (one space).

    >>> text, edits = explain("3 月 7 日")
    >>> text, [(edit.rule, edit.line, edit.col, edit.before, edit.after) for edit in edits]
    ('3月7日', [('SP05', 1, 2, ' ', ''), ('SP05', 1, 4, ' ', ''), ('SP05', 1, 6, ' ', '')])
    """
    edits: list[Edit] = []
    text = _run(_plan_for(preset, enable, disable, convert, spacing), text, edits)
    return text, edits


def normalize(text: str, preset: str = "newspaper", **options) -> str:
    """The house-style text: ``explain(text, preset, **options)[0]``, without the record.

    >>> normalize('■ 本 报 记 者 李兆宪')
    '■ 本报记者 李兆宪'
    >>> normalize('3 月 7 日,"App 发布"...')
    '3月7日，“App发布”……'
    """
    return _run(_plan_for(preset, **options), text)


def replay(text: str, plan: list[Edit] | list[dict]) -> str:
    """Apply a plan recorded by :func:`explain` (edits or their dicts) to ``text``.

    Each rule's edits are located by line and column, so the JSON written by
    ``ocrfix clean --explain-format json`` replays as well as the edits themselves.

    >>> text = "他说:'好'"
    >>> replay(text, explain(text)[1]) == normalize(text)
    True
    """
    for code, group in groupby(plan, key=lambda edit: _field(edit, "rule")):
        starts = list(accumulate((len(line) + 1 for line in text.split("\n")), initial=0))
        spans = []
        for edit in group:
            line, col = _field(edit, "line"), _field(edit, "col")
            before, after = _field(edit, "before"), _field(edit, "after")
            start = starts[line - 1] + col - 1 if 0 < line <= len(starts) else -1
            if start < 0 or text[start:start + len(before)] != before:
                raise ValueError(f"plan does not fit the text: {code} at {line}:{col} "
                                 f"expects {before!r}")
            spans.append((start, start + len(before), after))
        text = apply(text, sorted(spans, key=lambda span: span[0]))
    return text


def lint(text: str, preset: str = "newspaper", **options) -> list[Edit]:
    """The edits each enabled rule would make to ``text`` as it stands, by position.

    Unlike :func:`explain`, every rule looks at the original text, so lines and
    columns are exact; fixes that only appear after another rule ran are not listed.

    >>> [(e.rule, e.col, e.after) for e in lint("共 3 人,")]
    [('SP05', 2, ''), ('SP05', 4, ''), ('PU01', 6, '，')]
    """
    edits = [edit for step in _plan_for(preset, **options)
             for edit in _edits(step.rule.code, text, _spans(step.rule, step.find, text))]
    return sorted(edits, key=lambda edit: edit.start)


def _plan_for(preset: str, enable: Iterable[str] | str = (), disable: Iterable[str] | str = (),
              convert: str | None = None, spacing: str = "house"):
    """:func:`_plan` for the public options (a single code may come as a string)."""
    def codes(names):
        return (names,) if isinstance(names, str) else tuple(names)
    return _plan(preset, codes(enable), codes(disable), convert, spacing)


class _Step(NamedTuple):
    """A rule of the plan with its finder. When the finder edits only certain
    characters (its ``chars``), ``gate`` finds any of those of this rule and of the
    ``skip - 1`` such rules right after it: where it finds none, all are skipped."""

    rule: Rule
    find: Finder
    gate: re.Pattern | regex.Pattern | None = None
    skip: int = 1


def _run(plan: tuple[_Step, ...], text: str, edits: list[Edit] | None = None) -> str:
    """Apply the plan's rules to ``text`` in turn, adding their edits to ``edits``."""
    index = 0
    while index < len(plan):
        rule, find, gate, skip = plan[index]
        if gate is not None and gate.search(text) is None:
            index += skip
            continue
        spans = _spans(rule, find, text)
        if spans:
            if edits is not None:
                edits += _edits(rule.code, text, spans)
            text = apply(text, spans)
        index += 1
    return text


@lru_cache(maxsize=64)
def _plan(preset: str, enable: tuple[str, ...], disable: tuple[str, ...],
          convert: str | None = None, spacing: str = "house") -> tuple[_Step, ...]:
    """The enabled rules in run order with their finders."""
    book = load()
    if preset not in book.presets:
        raise ValueError(f"unknown preset {preset!r} (known: {', '.join(book.presets)})")
    if spacing not in book.spacing:
        raise ValueError(f"unknown spacing {spacing!r} (known: {', '.join(book.spacing)})")
    on = set(book.presets[preset].codes)
    on -= set(_resolve(book.spacing[spacing].get("disable", ())))
    on |= set(_resolve(book.spacing[spacing].get("enable", ())))
    overrides: dict[str, dict] = {}
    if convert is not None:
        on.add(book.convert["rule"])
        overrides[book.convert["rule"]] = {book.convert["param"]: convert}
    on = (on | set(_resolve(enable))) - set(_resolve(disable))
    return _gated([(rule, _finder(rule, **overrides.get(rule.code, {})))
                   for rule in book.rules if rule.code in on])


def _gated(finders: list[tuple[Rule, Finder]]) -> tuple[_Step, ...]:
    """Steps for the finders; consecutive ones with ``chars`` share their scans: a
    text without those characters (most) passes them all in one."""
    steps: list[_Step] = []
    for gated, group in groupby(finders, key=lambda pair: hasattr(pair[1], "chars")):
        group = list(group)
        for index, (rule, find) in enumerate(group):
            if gated:
                chars = set().union(*(f.chars for _, f in group[index:]))
                steps.append(_Step(rule, find, charset(chars, runs=False), len(group) - index))
            else:
                steps.append(_Step(rule, find))
    return tuple(steps)


def _resolve(names: Iterable[str]) -> list[str]:
    """Rule codes for codes or names; unknown ones are an error."""
    by_name = {key: rule.code for rule in load().rules for key in (rule.code, rule.name)}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise ValueError(f"unknown rule {unknown[0]!r} (see `ocrfix rules`)")
    return [by_name[name] for name in names]


def _finder(rule: Rule, **overrides) -> Finder:
    return _build(rule, **overrides) if overrides else _default_finder(rule.code)


@cache
def _default_finder(code: str) -> Finder:
    return _build(next(rule for rule in load().rules if rule.code == code))


def _build(rule: Rule, **overrides) -> Finder:
    if rule.kind not in KINDS:
        raise ValueError(f"rule {rule.code}: unknown kind {rule.kind!r}")
    try:
        return KINDS[rule.kind](**{**rule.params, **overrides})
    except TypeError as error:
        raise ValueError(f"rule {rule.code}: bad parameters: {error}") from None


def _spans(rule: Rule, find: Finder, text: str) -> list[Span]:
    """The rule's edits on ``text``; skipped cheaply when its trigger is absent."""
    if rule.trigger and not any(ch in text for ch in rule.trigger):
        return []
    spans = find(text)
    for start, end, replacement in spans:
        if "\n" in replacement or "\n" in text[start:end]:
            raise RuntimeError(f"rule {rule.code} would add or remove a line end "
                               f"at offset {start}: its pattern must not match '\\n'")
    return spans


def _edits(code: str, text: str, spans: list[Span]) -> list[Edit]:
    """Edits with 1-based line and column, counted incrementally over sorted spans."""
    edits, line, counted = [], 1, 0
    for start, end, replacement in spans:
        line += text.count("\n", counted, start)
        counted = start
        col = start - text.rfind("\n", 0, start)
        edits.append(Edit(code, line, col, text[start:end], replacement, start, end))
    return edits


def _field(edit: Edit | dict, name: str):
    return edit[name] if isinstance(edit, dict) else getattr(edit, name)
