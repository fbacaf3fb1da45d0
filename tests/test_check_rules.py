"""Every structural check's [[fail]] and [[pass]] cases from rules/check/*.toml, run as tests."""
import pytest

from ocrfix.check import sources
from ocrfix.check.catalog import PREFIXES, specs
from ocrfix.check.registry import implementations
from ocrfix.check.runner import find


def _cases():
    for code, spec in specs().items():
        for kind, cases in (("fail", spec.fail), ("pass", spec.passes)):
            for case in cases:
                yield pytest.param(code, kind, case, id=f"{code}-{kind}-{case['id']}")


def _findings(code, case):
    name = "case.jsonl" if "jsonl" in case else "case.txt"
    document = sources.document(name, case.get("jsonl") or case["text"])
    return [f for f in find(document, {code}) if f.code == code]


@pytest.mark.parametrize("code, kind, case", list(_cases()))
def test_case(code, kind, case):
    found = _findings(code, case)
    if kind == "pass":
        assert found == [], [(f.line, f.col, f.message) for f in found]
        return
    assert found, f"{code} found nothing"
    places = [(f.line, f.col, f.field) for f in found]
    assert (case["line"], case["col"], case.get("field")) in places


def test_every_code_has_data_and_a_check():
    assert set(specs()) == set(implementations())


def test_codes_are_stable_and_distinct():
    names = [spec.name for spec in specs().values()]
    assert len(set(names)) == len(names)
    assert {code[:2] for code in specs()} <= set(PREFIXES)
