"""The check data of ``rules/check/``: one TOML file per code, plus shared patterns."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType

import regex

SEVERITIES = ("info", "warning", "error")  # in rising order
PREFIXES = ("LA", "EN", "BA", "TX", "ST")
_CODE = regex.compile(r"[A-Z]{2}\d{2}")
_NAME = regex.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Spec:
    """A code's data: name, summary, severity, thresholds and its fail/pass cases.

    ``thresholds`` are numbers a configuration may override; ``params`` are data the
    check reads as shipped (character lists, patterns). Normalisation rules of the
    engine get a spec too, with none of these.
    """

    code: str
    name: str
    summary: str
    severity: str
    thresholds: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    params: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    fail: tuple[dict, ...] = ()
    passes: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns of ``rules/check/patterns.toml``."""

    open_end: regex.Pattern
    closed_tail: regex.Pattern
    clause: regex.Pattern
    interrupt: regex.Pattern
    credit: regex.Pattern
    unpaired: regex.Pattern
    pairs: MappingProxyType  # code -> (word, ((openers, closers), ...))
    carry: int


def _check_dir():
    return files("ocrfix.rules").joinpath("check")


@cache
def specs() -> MappingProxyType:
    """Every structural check's spec by code, in code order."""
    found = {}
    for resource in sorted(_check_dir().iterdir(), key=lambda r: r.name):
        if not _CODE.fullmatch(resource.name.removesuffix(".toml")):
            continue
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
        spec = Spec(code=data["code"], name=data["name"], summary=data["summary"],
                    severity=data["severity"],
                    thresholds=MappingProxyType(data.get("thresholds", {})),
                    params=MappingProxyType(data.get("params", {})),
                    fail=tuple(data.get("fail", ())), passes=tuple(data.get("pass", ())))
        _validate(spec, resource.name)
        found[spec.code] = spec
    return MappingProxyType(found)


def _validate(spec: Spec, filename: str) -> None:
    problems = []
    if filename != f"{spec.code}.toml" or spec.code[:2] not in PREFIXES:
        problems.append("code must match the file name and use a check prefix")
    if not _NAME.fullmatch(spec.name):
        problems.append("name must be snake_case")
    if spec.severity not in SEVERITIES:
        problems.append(f"severity must be one of {', '.join(SEVERITIES)}")
    if not spec.fail or not spec.passes:
        problems.append("needs [[fail]] and [[pass]] cases")
    if problems:
        raise ValueError(f"rules/check/{filename}: {'; '.join(problems)}")


@cache
def patterns() -> Patterns:
    """The shared layout and balance patterns, compiled once."""
    data = tomllib.loads(_check_dir().joinpath("patterns.toml").read_text(encoding="utf-8"))
    pairs = {code: (entry["word"], tuple((o, c) for o, c in entry["marks"]))
             for code, entry in data["pairs"].items()}
    return Patterns(*(regex.compile(data[key]) for key in
                      ("open_end", "closed_tail", "clause", "interrupt", "credit", "unpaired")),
                    pairs=MappingProxyType(pairs), carry=data["carry"])
