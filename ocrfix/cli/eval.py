"""``ocrfix eval PRED GOLD``: score predicted JSONL against a gold JSONL."""
from __future__ import annotations

import json
import sys

import click

from ..errors import EXIT_ERROR, InputError
from ..evaluate import evaluate, format_text, load_items
from ..textio import read_path


@click.command("eval")
@click.argument("pred", metavar="PRED")
@click.argument("gold", metavar="GOLD")
@click.option("--input", "raw_path", metavar="RAW",
              help="The raw page PRED was made from: count Han characters lost or added.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True, help="Output format.")
@click.option("-v", "--verbose", is_flag=True,
              help="List every missing item and mismatched field (text format).")
def eval_(pred: str, gold: str, raw_path: str | None, output_format: str,
          verbose: bool) -> None:
    """Score PRED (ocrfix JSONL output) against GOLD (the expected JSONL).

    Reports paragraph precision, recall and F1 (exact and fuzzy), header accuracy,
    items exact, body-kind accuracy, character error rate of matched items and, with
    --input, Han characters lost or added. Either file may be - for standard input.

    \b
    Example:
      ocrfix parse page.txt -o page.jsonl
      ocrfix eval page.jsonl page.gold.jsonl --input page.txt
    """
    try:
        pred_items, gold_items = load_items(pred), load_items(gold)
        raw = read_path(raw_path) if raw_path else None
    except InputError as error:
        click.echo(f"ocrfix eval: {error}", err=True)
        sys.exit(EXIT_ERROR)
    report = evaluate(pred_items, gold_items, raw)
    if output_format == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_text(report, verbose))
