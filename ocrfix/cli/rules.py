"""``ocrfix rules``: every normalisation rule with its code, summary and an example."""
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


def show(text: str) -> str:
    """``text`` in double quotes, with quotes, backslashes, invisible characters and
    look-alike compatibility ideographs escaped (``"\\u3000"``), so a change shows."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if not c.isprintable() or _compatibility(c) else c
                   for c in quoted)


def _compatibility(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK COMPATIBILITY IDEOGRAPH")
