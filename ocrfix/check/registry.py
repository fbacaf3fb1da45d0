"""Structural checks by code.

A check is a function ``(document, thresholds) -> hits``; a hit is ``(segment, start,
end, message)`` with ``start``/``end`` offsets into ``segment.text``. The codes, their
order and their severities come from ``rules/check/*.toml``; this registry only binds
each code to the function that finds it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from .document import Document, Segment

Hit = tuple[Segment, int, int, str]
CheckFunction = Callable[[Document, Mapping], Iterator[Hit]]

_CHECKS: dict[str, CheckFunction] = {}


def check(code: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register the decorated function as the check for ``code``."""
    def register(function: CheckFunction) -> CheckFunction:
        if code in _CHECKS:
            raise ValueError(f"check {code} registered twice")
        _CHECKS[code] = function
        return function
    return register


def implementations() -> Mapping[str, CheckFunction]:
    """Every registered check, importing the modules that define them."""
    from . import balance, encoding, layout, structure, text  # noqa: F401 (they register)
    return _CHECKS
