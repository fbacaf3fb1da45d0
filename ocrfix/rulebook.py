"""Loading the normalisation rule data: ``rules/normalize/*.toml`` and ``rules/presets.toml``.

A rule file holds one rule: ``code``, ``name``, ``summary``, the mechanism ``kind``
(see :mod:`ocrfix.fixes`) with its parameters, an optional ``trigger`` (the rule is
skipped when none of these characters occurs), and its cases: ``[[fail]]`` with
``text`` and ``fix``, ``[[pass]]`` with ``text``. ``presets.toml`` holds the run order
(the only one), the presets, the spacing styles, and the character classes that
patterns use as ``{name}``.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType

import regex

_CODE = regex.compile(r"[A-Z]{2}[0-9]{2}")
_NAME = regex.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_RULE_KEYS = {"code", "name", "summary", "kind", "trigger", "fail", "pass"}
_CASE_OPTIONS = {"convert", "spacing"}


class RulebookError(ValueError):
    """Rule data that cannot be used: the message names the file and the problem."""


@dataclass(frozen=True)
class Example:
    """One case of a rule: ``fix`` is what ``text`` becomes (itself for a pass case)."""

    kind: str
    text: str
    fix: str
    options: MappingProxyType = field(default_factory=lambda: MappingProxyType({}), hash=False)


@dataclass(frozen=True)
class Rule:
    """A normalisation rule as declared in its TOML file."""

    code: str
    name: str
    summary: str
    kind: str
    params: MappingProxyType = field(hash=False)
    examples: tuple[Example, ...] = ()
    trigger: str = ""

    def example(self) -> Example:
        """The first failing case: what the rule is for."""
        return next(e for e in self.examples if e.kind == "fail")


@dataclass(frozen=True)
class Preset:
    """A named set of enabled rule codes."""

    name: str
    summary: str
    codes: frozenset[str]


@dataclass(frozen=True)
class Rulebook:
    """Every rule in run order, the presets and the option switches."""

    rules: tuple[Rule, ...]
    presets: MappingProxyType = field(hash=False)   # name -> Preset
    spacing: MappingProxyType = field(hash=False)   # style -> {"enable": [...], "disable": [...]}
    convert: MappingProxyType = field(hash=False)   # {"rule": code, "param": name}


@cache
def load() -> Rulebook:
    """Read and check the shipped rule data (once per process)."""
    root = files("ocrfix.rules")
    settings = _read(root / "presets.toml", "presets.toml")
    classes = {**settings.get("classes", {}), "credit_words": _credit_words()}
    found = {}
    for path in sorted((root / "normalize").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".toml"):
            rule = _rule(_read(path, f"normalize/{path.name}"), path.name, classes)
            found[rule.code] = rule
    order = settings.get("order", [])
    missing = sorted(set(found) - set(order))
    unknown = [code for code in order if code not in found]
    if missing or unknown or len(set(order)) != len(order):
        raise RulebookError(f"presets.toml: order must list every rule once "
                            f"(missing {missing}, unknown {unknown})")
    names = [found[code].name for code in order]
    if len(set(names)) != len(names):
        raise RulebookError("normalize/: two rules share a name")
    return Rulebook(
        rules=tuple(found[code] for code in order),
        presets=MappingProxyType(_presets(settings.get("presets", {}), set(found))),
        spacing=MappingProxyType(settings.get("spacing", {})),
        convert=MappingProxyType(settings.get("convert", {})),
    )


def _read(path, label: str) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RulebookError(f"{label}: {error}") from None


def _credit_words() -> str:
    """``{credit_words}``: the role words of a byline (``layout/credits.toml``) and the
    labels of an editors' line (``layout/furniture.toml``), longest first."""
    from .layout_rules import load_toml
    words = [*load_toml("layout", "credits.toml")["roles"], *load_toml("layout", "furniture.toml")["labels"]]
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _rule(data: dict, filename: str, classes: dict[str, str]) -> Rule:
    code = data.get("code", "")
    problem = None
    if not _CODE.fullmatch(code) or filename != f"{code}.toml":
        problem = f"code {code!r} must be two capitals and two digits and name the file"
    elif not _NAME.fullmatch(data.get("name", "")):
        problem = "name must be snake_case"
    elif not data.get("summary") or "\n" in data["summary"]:
        problem = "summary must be one line"
    elif not data.get("fail"):
        problem = "needs at least one [[fail]] case"
    if problem:
        raise RulebookError(f"normalize/{filename}: {problem}")
    params = {k: v for k, v in data.items() if k not in _RULE_KEYS}
    if "pattern" in params:
        params["pattern"] = _expand(params["pattern"], classes)
    examples = tuple(_example(case, kind, filename)
                     for kind in ("fail", "pass") for case in data.get(kind, []))
    return Rule(code=code, name=data["name"], summary=data["summary"],
                kind=data.get("kind", ""), params=MappingProxyType(params),
                examples=examples, trigger=data.get("trigger", ""))


def _expand(pattern: str, classes: dict[str, str]) -> str:
    """Substitute ``{name}`` for the shared character classes (``{han}``, ``{gap}``…)."""
    for name, value in classes.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _example(case: dict, kind: str, filename: str) -> Example:
    options = {k: v for k, v in case.items() if k in _CASE_OPTIONS}
    extra = set(case) - _CASE_OPTIONS - {"text", "fix"}
    if "text" not in case or (kind == "fail") != ("fix" in case) or extra:
        raise RulebookError(f"normalize/{filename}: a [[{kind}]] case needs text"
                            f"{' and fix' if kind == 'fail' else ''} only")
    return Example(kind, case["text"], case.get("fix", case["text"]),
                   MappingProxyType(options))


def _presets(table: dict, codes: set[str]) -> dict[str, Preset]:
    """Resolve ``extends`` chains into flat sets of codes."""
    resolved: dict[str, Preset] = {}

    def resolve(name: str, seen: tuple[str, ...] = ()) -> Preset:
        if name in seen or name not in table:
            raise RulebookError(f"presets.toml: preset {name!r} is unknown or circular")
        if name not in resolved:
            entry = table[name]
            base = resolve(entry["extends"], seen + (name,)).codes if "extends" in entry else set()
            own = set(entry.get("rules", []))
            if own - codes:
                raise RulebookError(f"presets.toml: preset {name!r} lists unknown "
                                    f"rules {sorted(own - codes)}")
            resolved[name] = Preset(name, entry.get("summary", ""), frozenset(base | own))
        return resolved[name]

    for name in table:
        resolve(name)
    return resolved
