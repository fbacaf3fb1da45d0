"""Rule mechanisms ("kinds"): each turns a rule's data into a finder of edits.

Rule data lives in ``rules/normalize/*.toml``; a rule names its kind and gives that
kind's parameters. Importing this package registers every kind in :data:`KINDS`.
"""
from . import patterns, quotes, words  # noqa: F401  (they register their kinds)
from .base import KINDS, Finder, Span, apply, kind

__all__ = ["KINDS", "Finder", "Span", "apply", "kind"]
