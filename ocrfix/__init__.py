"""ocrfix: repair the text of scanned and PDF-extracted Chinese newspaper pages.

>>> import ocrfix
>>> items = ocrfix.parse("本报讯（记者 王军）今天天气很好。\\n\\n好天气\\n")
>>> items[0].to_dict()["title"]
'好天气'

The library API loads lazily, so importing ocrfix stays cheap.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "parse": "ocrfix.pipeline",
    "parse_file": "ocrfix.pipeline",
    "normalize": "ocrfix.engine",
    "explain": "ocrfix.engine",
    "replay": "ocrfix.engine",
    "lint": "ocrfix.engine",
    "Item": "ocrfix.model",
    "Edit": "ocrfix.model",
    "InputError": "ocrfix.errors",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'ocrfix' has no attribute {name!r}")
