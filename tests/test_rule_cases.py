"""Every case in rules/normalize/*.toml, run as its own test (``SP05-fail-0`` …).

A ``fail`` case must become its ``fix`` under its rule alone, and the fix must then
be stable; a ``pass`` case must not change. Each rule runs alone (preset ``none``)
so a case pins down exactly what that rule does.
"""
import pytest

from ocrfix import engine


def _cases():
    for rule in engine.rules():
        counters = {"fail": 0, "pass": 0}
        for example in rule.examples:
            case_id = f"{rule.code}-{example.kind}-{counters[example.kind]}"
            counters[example.kind] += 1
            yield pytest.param(rule.code, example, id=case_id)


@pytest.mark.parametrize(("code", "example"), list(_cases()))
def test_rule_case(code, example):
    options = dict(example.options)
    fixed, edits = engine.explain(example.text, "none", enable=[code], **options)
    assert fixed == example.fix
    assert all(edit.rule == code for edit in edits)
    assert bool(edits) == (example.kind == "fail")
    assert engine.normalize(fixed, "none", enable=[code], **options) == fixed


def test_every_rule_has_failing_and_passing_cases():
    for rule in engine.rules():
        kinds = {example.kind for example in rule.examples}
        assert kinds == {"fail", "pass"}, rule.code
