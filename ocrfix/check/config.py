"""``[tool.ocrfix]`` in ``pyproject.toml``, or ``ocrfix.toml``, found upward from the checked path.

Example (``ocrfix.toml`` takes the same keys at its top level)::

    [tool.ocrfix]
    select = ["LA", "EN", "BA", "SP05"]     # codes or two-letter prefixes; default all
    ignore = ["LA03"]
    fail-on = "warning"                     # info, warning or error
    max-density = 5.0                       # fail a file only above 5 findings / 10,000 chars
    preset = "newspaper"                    # normalisation preset engine.lint runs

    [tool.ocrfix.per-path-ignores]
    "raw/*.txt" = ["LA01", "SP"]

    [tool.ocrfix.thresholds.LA03]
    ratio = 4.0

Other keys of ``[tool.ocrfix]`` belong to other commands and are left alone. Codes
are checked against the catalogue by :mod:`.runner`.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .catalog import SEVERITIES


@dataclass(frozen=True)
class Config:
    """Settings for one run; ``root`` is where ``per-path-ignores`` globs start."""

    source: str = "defaults"
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str = "warning"
    max_density: float | None = None
    preset: str = "newspaper"
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)


def find(start: Path) -> Path | None:
    """The nearest ``ocrfix.toml``, or ``pyproject.toml`` with ``[tool.ocrfix]``."""
    start = start.resolve()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        if (folder / "ocrfix.toml").is_file():
            return folder / "ocrfix.toml"
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "ocrfix" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load(path: Path | None) -> Config:
    """The configuration in ``path``, or the defaults when there is none."""
    if path is None:
        return Config()
    data = _read(path)
    table = data.get("tool", {}).get("ocrfix", {}) if path.name == "pyproject.toml" else data
    source = str(path)
    per_path = _table(table, "per-path-ignores", source)
    thresholds = _table(table, "thresholds", source)
    for code, values in thresholds.items():
        if not isinstance(values, dict) or not all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in values.values()):
            raise InputError(source, f"thresholds.{code} must be a table of numbers")
    fail_on = table.get("fail-on", "warning")
    if fail_on not in SEVERITIES:
        raise InputError(source, f"fail-on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    density = table.get("max-density")
    if density is not None and (not isinstance(density, int | float) or density < 0):
        raise InputError(source, "max-density must be a number of findings per 10,000 characters")
    preset = table.get("preset", "newspaper")
    if not isinstance(preset, str):
        raise InputError(source, "preset must be a string")
    return Config(source=source, root=path.parent.resolve(),
                  select=_codes(table, "select", source), ignore=_codes(table, "ignore", source),
                  per_path_ignores=tuple((glob, _codes(per_path, glob, source)) for glob in per_path),
                  fail_on=fail_on, max_density=density, preset=preset,
                  thresholds={code: dict(values) for code, values in thresholds.items()})


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(str(path), f"cannot read configuration ({error})") from None


def _table(table: dict, key: str, source: str) -> dict:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise InputError(source, f"{key} must be a table")
    return value


def _codes(table: dict, key: str, source: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(source, f"{key} must be a list of rule codes")
    return tuple(value)
