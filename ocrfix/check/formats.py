"""Output formats, chosen by name from a registry: text, json, github, sarif."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from .. import __version__
from .catalog import Spec
from .document import Finding

Render = Callable[[Sequence[Finding], Mapping[str, Spec]], str]
FORMATS: dict[str, Render] = {}

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def output_format(name: str) -> Callable[[Render], Render]:
    """Register the decorated function as the renderer called ``name``."""
    def register(render: Render) -> Render:
        FORMATS[name] = render
        return render
    return register


@output_format("text")
def text(findings: Sequence[Finding], specs: Mapping[str, Spec]) -> str:
    """``path:line:col: CODE message``, one a line; JSONL findings name record and field.

    >>> print(text([Finding("EN01", "error", "U+FFFD", "a.txt", 3, 5, "")], {}), end="")
    a.txt:3:5: EN01 U+FFFD
    """
    return "".join(f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}"
                   f"{f' [{f.where}]' if f.where else ''}\n" for f in findings)


@output_format("json")
def json_(findings: Sequence[Finding], specs: Mapping[str, Spec]) -> str:
    """A JSON array of findings, each with its rule's name."""
    rows = [{**f.to_dict(), "name": specs[f.code].name if f.code in specs else None}
            for f in findings]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


@output_format("github")
def github(findings: Sequence[Finding], specs: Mapping[str, Spec]) -> str:
    """GitHub Actions workflow commands, which the runner turns into annotations.

    >>> print(github([Finding("LA01", "warning", "50%: a, b", "x,y.txt", 2, 1, "")], {}), end="")
    ::warning file=x%2Cy.txt,line=2,col=1,title=LA01::50%25: a, b
    """
    lines = []
    for f in findings:
        # a JSONL finding's column counts within its field, not the file line: left out
        properties = {"file": f.path, "line": f.line, "col": None if f.field else f.col,
                      "title": f.code}
        joined = ",".join(f"{k}={_escape_property(str(v))}" for k, v in properties.items()
                          if v is not None)
        message = f.message + (f" [{f.where}]" if f.where else "")
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {joined}::{_escape_data(message)}\n")
    return "".join(lines)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


@output_format("sarif")
def sarif(findings: Sequence[Finding], specs: Mapping[str, Spec]) -> str:
    """A SARIF 2.1.0 log: one run, the rules used, one result per finding.

    Columns count code points. A JSONL finding's region is its record's line; the
    record and field go in a logical location, as its column is within the field.
    """
    codes = sorted({f.code for f in findings})
    rules = [{"id": code, "name": specs[code].name,
              "shortDescription": {"text": specs[code].summary},
              "defaultConfiguration": {"level": _SARIF_LEVEL[specs[code].severity]}}
             for code in codes]
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in findings:
        region = {"startLine": f.line} if f.field else {"startLine": f.line, "startColumn": f.col}
        location = {"physicalLocation": {"artifactLocation": {"uri": Path(f.path).as_posix()},
                                         "region": region}}
        if f.field:
            name = f"{f.record}/{f.field}" if f.record else f.field
            location["logicalLocations"] = [{"fullyQualifiedName": name, "kind": "member"}]
        fingerprint = hashlib.sha256("\0".join((Path(f.path).as_posix(), f.code, f.context))
                                     .encode("utf-8")).hexdigest()
        results.append({"ruleId": f.code, "ruleIndex": index[f.code],
                        "level": _SARIF_LEVEL[f.severity], "message": {"text": f.message},
                        "locations": [location],
                        "partialFingerprints": {"ocrfixContext/v1": fingerprint}})
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "ocrfix", "version": __version__,
                                         "rules": rules}},
                     "columnKind": "unicodeCodePoints", "results": results}]}
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"


def statistics(findings: Sequence[Finding], specs: Mapping[str, Spec]) -> str:
    """Counts per code, most frequent first: ``COUNT  CODE  name``."""
    counts = Counter(f.code for f in findings)
    return "".join(f"{n:>6}  {code}  {specs[code].name if code in specs else ''}\n"
                   for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
