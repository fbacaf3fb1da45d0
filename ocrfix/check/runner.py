"""Run the gate: read inputs, run the selected checks and lint rules, apply config and baseline."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from ..errors import InputError
from ..textio import atomic_writer, read_path
from . import baseline, normalization, sources
from .catalog import SEVERITIES, Spec, specs
from .config import Config
from .document import Document, Finding, Segment
from .registry import implementations

CONTEXT_CHARS = 10


@dataclass(frozen=True)
class Options:
    """What the command line asks for, on top of the configuration."""

    paths: tuple[str, ...] = (".",)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    text_field: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    baseline: str | None = None
    fix: bool = False


@dataclass
class Report:
    """The outcome: findings to show, input errors, whether the gate fails."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    failed: bool = False
    fixed: list[str] = field(default_factory=list)


def catalogue() -> dict[str, Spec]:
    """Every code ``check`` knows: structural checks and normalisation rules."""
    return {**specs(), **normalization.specs()}


def codes(entries: Iterable[str], known: Mapping[str, Spec], source: str) -> set[str]:
    """The codes ``entries`` name: codes, or two-letter prefixes of known codes.

    >>> sorted(codes(["BA", "EN01"], specs(), "--select"))
    ['BA01', 'BA02', 'BA03', 'BA04', 'EN01']
    """
    found: set[str] = set()
    for entry in entries:
        matched = {c for c in known if c == entry or len(entry) == 2 and c.startswith(entry)}
        if not matched:
            raise InputError(source, f"unknown rule code {entry!r}")
        found |= matched
    return found


def run(options: Options, config: Config) -> Report:
    """Check every input; an unreadable input is reported and the others still checked."""
    known = catalogue()
    select_source = "--select" if options.select else config.source
    explicit = codes(options.select or config.select, known, select_source)
    selected = (explicit or set(known)) - codes(config.ignore, known, config.source) \
        - codes(options.ignore, known, "--ignore")
    # a rule named by its code runs even where the preset leaves it off
    enable = sorted({c for c in options.select or config.select if c in known and c not in specs()}
                    | set(normalization.reported_beyond_preset()))
    per_path = [(glob, codes(names, known, config.source)) for glob, names in config.per_path_ignores]
    thresholds = _thresholds(config)
    normalization.check_preset(config.preset, config.source)
    known_findings = baseline.load(options.baseline) if options.baseline else None
    report, sizes = Report(), {}
    for path in sources.expand(list(options.paths), options.include, options.exclude):
        try:
            document = sources.read(path, options.text_field)
            if options.fix and path == "-":
                raise InputError(path, "--fix cannot rewrite standard input")
            if options.fix and _fix(path, options.text_field, config.preset):
                report.fixed.append(path)
                document = sources.read(path, options.text_field)
        except InputError as error:
            report.errors.append(error)
            continue
        sizes[path] = document.size
        active = selected - _ignored_here(path, per_path, config.root)
        report.findings += find(document, active, thresholds, config.preset, enable)
    if known_findings is not None:
        report.findings = baseline.new_findings(report.findings, known_findings)
    report.failed = _fails(report.findings, sizes, options.fail_on or config.fail_on,
                           config.max_density)
    return report


def find(document: Document, active: set[str] | None = None,
         thresholds: Mapping[str, Mapping] | None = None,
         preset: str = "newspaper", enable: Iterable[str] | None = None) -> list[Finding]:
    """The findings of the ``active`` codes (default: all) in one document, in reading order."""
    checks = specs()
    thresholds = thresholds or _thresholds(Config())
    enable = normalization.reported_beyond_preset() if enable is None else enable
    raw = [(code, *hit) for code, check in implementations().items()
           if active is None or code in active for hit in check(document, thresholds[code])]
    if active is None or active - set(checks):
        rules = normalization.specs()
        checks = {**checks, **rules}
        raw += [hit for hit in normalization.hits(document, preset, enable)
                if active is None or hit[0] in active]
    findings = [_finding(document.path, checks[code], segment, start, end, message)
                for code, segment, start, end, message in raw]
    return sorted(findings, key=_order)


def _finding(path: str, spec: Spec, segment: Segment, start: int, end: int, message: str) -> Finding:
    line, col = segment.locate(start)
    text = segment.text
    first = max(text.rfind("\n", 0, start) + 1, start - CONTEXT_CHARS)
    last = text.find("\n", max(end, start + 1))
    last = len(text) if last < 0 else last
    context = text[first:min(last, max(end, start + 1) + CONTEXT_CHARS)]
    return Finding(spec.code, spec.severity, message, path, line, col, context,
                   segment.record, segment.field)


def _order(finding: Finding) -> tuple:
    """Path, line, then field in natural order (body[2] before body[10]), column, code."""
    field_key = tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", finding.field or ""))
    return finding.path, finding.line, field_key, finding.col, finding.code


def _thresholds(config: Config) -> dict[str, dict]:
    """Each check's thresholds: its data, overridden by the configuration."""
    merged = {code: dict(spec.thresholds) for code, spec in specs().items()}
    for code, values in config.thresholds.items():
        if code not in merged:
            raise InputError(config.source, f"thresholds: unknown check code {code!r}")
        unknown = set(values) - set(merged[code])
        if unknown:
            raise InputError(config.source, f"thresholds.{code}: unknown threshold "
                                            f"{sorted(unknown)[0]!r} (has {', '.join(merged[code])})")
        merged[code].update(values)
    return merged


def _ignored_here(path: str, per_path: list[tuple[str, set[str]]], root: Path) -> set[str]:
    file = Path(path).resolve()
    relative = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.as_posix()
    return {code for glob, names in per_path
            if fnmatch(relative, glob) or fnmatch(file.name, glob) for code in names}


def _rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def _fails(findings: list[Finding], sizes: Mapping[str, int], fail_on: str,
           max_density: float | None) -> bool:
    """Whether any file has findings at or above ``fail_on`` (more than ``max_density``
    per 10,000 characters, when a density limit is set)."""
    serious = Counter(f.path for f in findings if _rank(f.severity) >= _rank(fail_on))
    if max_density is None:
        return bool(serious)
    return any(count * 10_000 / max(sizes[path], 1) > max_density for path, count in serious.items())


def _fix(path: str, text_field: str | None, preset: str) -> bool:
    """Apply the safe fixes to the file at ``path``; whether it changed."""
    text = read_path(path)
    new = normalization.fixed(text, path, text_field, preset)
    if new == text:
        return False
    with atomic_writer(path) as stream:
        stream.write(new)
    return True
