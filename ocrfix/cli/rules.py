"""``ocrfix rules``: every rule with its code, summary and (for normalisation) an example."""
from __future__ import annotations

import json
import unicodedata

import click

from ..engine import presets
from ..engine import rules as all_rules


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Readable text or a JSON list.")
def rules(output_format: str) -> None:
    """List every rule in run order: code, name, presets, summary and an example.

    \b
    Examples:
      ocrfix rules
      ocrfix rules --format json | jq '.[] | select(.code | startswith("PU"))'
    """
    by_preset = presets()
    entries = []
    for rule in all_rules():
        example = rule.example()
        entries.append({
            "code": rule.code, "name": rule.name, "summary": rule.summary,
            "kind": rule.kind,
            "presets": [name for name, preset in by_preset.items() if rule.code in preset.codes],
            "example": {"text": example.text, "fix": example.fix, **example.options},
        })
    if output_format == "json":
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    for entry in entries:
        presets_text = ", ".join(entry["presets"]) or "off unless enabled"
        click.echo(f"{entry['code']}  {entry['name']}  [{presets_text}]")
        click.echo(f"      {entry['summary']}")
        click.echo(f"      {show(entry['example']['text'])} → {show(entry['example']['fix'])}")
    click.echo("\nPresets:")
    for name, preset in by_preset.items():
        click.echo(f"  {name:<10} {preset.summary}")
    click.echo("\nLayout rules (rules/layout/, read by parse):")
    for rule in layout_rules():
        click.echo(f"  {rule['id']}  {rule['name']}  {rule['summary']}")
    click.echo("\nChecks (rules/check/, reported by check, besides the rules above):")
    from ..check.catalog import specs
    for code, spec in specs().items():
        click.echo(f"  {code}  {spec.name}  [{spec.severity}]  {spec.summary}")


def layout_rules() -> list[dict]:
    """The id, name and summary of each layout rule file, in id order."""
    from importlib.resources import files

    from ..layout_rules import load_toml
    names = sorted(p.name for p in files("ocrfix.rules").joinpath("layout").iterdir()
                   if p.name.endswith(".toml"))
    return sorted((load_toml("layout", name) for name in names), key=lambda rule: rule["id"])


def show(text: str) -> str:
    """``text`` in double quotes, with quotes, backslashes, invisible characters and
    look-alike compatibility ideographs escaped (``"\\u3000"``), so a change shows."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if not c.isprintable() or _compatibility(c) else c
                   for c in quoted)


def _compatibility(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK COMPATIBILITY IDEOGRAPH")
