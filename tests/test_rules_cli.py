"""``ocrfix rules`` lists the layout rules and the checks too, from their data files."""
from __future__ import annotations

from click.testing import CliRunner

from ocrfix.cli import main
from ocrfix.cli.rules import layout_rules


def test_every_layout_rule_file_names_itself():
    rules = layout_rules()
    assert [r["id"] for r in rules] == sorted({r["id"] for r in rules})
    assert all(r["name"] and r["summary"] and r.get("examples") or r["id"] == "LY05" for r in rules)


def test_rules_lists_layout_rules_and_checks():
    output = CliRunner().invoke(main, ["rules"]).output
    for code in ("LY01", "LY02", "LY03", "LY04", "LY05", "LA01", "BA01", "EN01", "ST01", "TX01"):
        assert f"  {code}  " in output
