"""Baselines: the findings a corpus already has, so a gate fails only on new ones.

An entry is a finding's path, code and context text, never its line: inserting text
above a known finding leaves it matched. Entries are counted, so a baseline holding
one ``SP05`` in a context absorbs one such finding, not every later copy.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..textio import atomic_writer
from .document import Finding

VERSION = 1


def key(finding: Finding) -> tuple[str, str, str]:
    return Path(finding.path).as_posix(), finding.code, finding.context


def write(path: str, findings: Iterable[Finding]) -> None:
    """Save the findings' keys to ``path`` (sorted, so the file diffs well)."""
    entries = [dict(zip(("path", "code", "context"), k, strict=True)) for k in sorted(map(key, findings))]
    with atomic_writer(path) as stream:
        json.dump({"version": VERSION, "findings": entries}, stream, ensure_ascii=False, indent=1)
        stream.write("\n")


def load(path: str) -> Counter:
    """The keys saved in a baseline file, counted."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = data["findings"]
        return Counter((e["path"], e["code"], e["context"]) for e in entries)
    except FileNotFoundError:
        raise InputError(path, "no such baseline file") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise InputError(path, f"not an ocrfix baseline ({error})") from None


def new_findings(findings: Iterable[Finding], baseline: Counter) -> list[Finding]:
    """The findings the baseline does not account for."""
    remaining = Counter(baseline)
    fresh = []
    for finding in findings:
        if remaining[key(finding)] > 0:
            remaining[key(finding)] -= 1
        else:
            fresh.append(finding)
    return fresh
