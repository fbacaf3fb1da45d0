"""Findings of the normalisation rules: what ``engine.lint`` says each rule would change.

Lint and fix share one code path: ``check`` reports the edits ``engine.lint`` lists,
and ``check --fix`` applies ``engine.normalize``, exactly as ``ocrfix clean`` does.
"""
from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from itertools import accumulate
from types import MappingProxyType

from ..errors import InputError
from .catalog import Spec
from .document import Document, Segment


@cache
def _policy() -> dict:
    """``rules/check/normalization.toml``: severities, and rules reported beyond the preset."""
    return tomllib.loads(files("ocrfix.rules").joinpath("check", "normalization.toml")
                         .read_text(encoding="utf-8"))


@cache
def specs() -> MappingProxyType:
    """A spec for every normalisation rule, by code."""
    from .. import engine
    severity = _policy()["severity"]
    return MappingProxyType({
        rule.code: Spec(rule.code, rule.name, rule.summary,
                        _policy()["severities"].get(rule.code, severity))
        for rule in engine.rules()})


def reported_beyond_preset() -> tuple[str, ...]:
    """Rules ``check`` lints even where the preset leaves them off."""
    return tuple(_policy()["report"])


def check_preset(preset: str, source: str) -> None:
    """Raise :class:`InputError` naming ``source`` unless ``preset`` exists."""
    from .. import engine
    if preset not in engine.presets():
        raise InputError(source, f"unknown preset {preset!r} (one of {', '.join(engine.presets())})")


def hits(document: Document, preset: str, enable: Iterable[str] = ()
         ) -> Iterator[tuple[str, Segment, int, int, str]]:
    """(code, segment, start, end, message) for every edit the rules would make."""
    from .. import engine
    enable = tuple(enable)
    names = {rule.code: rule.name for rule in engine.rules()}
    for segment in document.segments:
        starts = [0, *accumulate(len(line) + 1 for line in segment.text.split("\n"))]
        for edit in engine.lint(segment.text, preset, enable=enable):
            start = starts[edit.line - 1] + edit.col - 1
            # repr shows spaces and escapes invisible characters: ' ' → '', '\u3000' → ''
            yield (edit.rule, segment, start, start + len(edit.before),
                   f"{names[edit.rule]}: {edit.before!r} → {edit.after!r}")


def fixed(text: str, path: str, text_field: str | None, preset: str) -> str:
    """``text`` (a whole file) with every safe fix applied.

    A text file is normalised whole; in JSONL only the string fields ocrfix checks
    change, each record rewritten on its own line.
    """
    from .. import engine
    from .sources import HEADING_FIELDS, is_jsonl

    def clean(value: str) -> str:
        return engine.normalize(value, preset)

    if not is_jsonl(path, text):
        return clean(text)
    lines = []
    for line in text.split("\n"):
        if line.strip():
            record = json.loads(line)
            for key in [text_field] if text_field else HEADING_FIELDS:
                if isinstance(record.get(key), str):
                    record[key] = clean(record[key])
            if not text_field:
                for item in record.get("body", []) + record.get("captions", []):
                    for key in ("text", "byline"):
                        if isinstance(item.get(key), str):
                            item[key] = clean(item[key])
            line = json.dumps(record, ensure_ascii=False)
        lines.append(line)
    return "\n".join(lines)
