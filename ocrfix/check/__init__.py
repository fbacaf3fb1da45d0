"""``ocrfix check``: the data-quality gate.

Structural checks (LA layout, EN encoding, BA balance, TX text, ST structure) are
data in ``rules/check/<CODE>.toml`` bound to functions by :mod:`.registry`;
character-level findings come from the normalisation rules through ``engine.lint``
(:mod:`.normalization`), so one code path both reports and fixes them.

    sources  → Document (pages of raw text, ocrfix records)
    runner   → checks + engine.lint → Finding, config (:mod:`.config`), baseline
    formats  → text | json | github | sarif

>>> from ocrfix.check.sources import document
>>> from ocrfix.check.runner import find
>>> [(f.code, f.line, f.col) for f in find(document("page.txt", "记者从聊城\\ufffd了解到。\\n"))]
[('EN01', 1, 6)]
"""
