"""``ocrfix clean``: character-level normalisation, line for line."""
from __future__ import annotations

import json
import sys

import click

from ..engine import explain, normalize, presets
from ..errors import EXIT_ERROR, InputError
from ..textio import atomic_writer, expand_paths, read_path
from .rules import show


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("files", nargs=-1, metavar="[FILE|-]...")
@click.option("-o", "--output", metavar="OUT", help="Write here (atomically) instead of stdout.")
@click.option("--preset", default="newspaper", show_default=True, metavar="PRESET",
              help="Rule set: newspaper, ocr, minimal or none (see `ocrfix rules`).")
@click.option("--enable", multiple=True, metavar="CODE", help="Also run this rule (code or name).")
@click.option("--disable", multiple=True, metavar="CODE", help="Do not run this rule.")
@click.option("--convert", metavar="CFG", help="OpenCC conversion, e.g. t2s or s2t.")
@click.option("--spacing", type=click.Choice(["house", "pangu"]), default="house",
              show_default=True, help="No space between Han and Latin/digits, or pangu's one.")
@click.option("--explain", "show_edits", is_flag=True, help="List every change on stderr.")
@click.option("--explain-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text lines or one JSON object per change.")
def clean(files: tuple[str, ...], output: str | None, preset: str, enable: tuple[str, ...],
          disable: tuple[str, ...], convert: str | None, spacing: str, show_edits: bool,
          explain_format: str) -> None:
    """Normalise characters line for line: spacing, punctuation, quotes, widths.

    Line structure is kept: the output has exactly the input's lines.

    \b
    Examples:
      ocrfix clean page.txt -o page.clean.txt
      echo '3 月 7 日,"App 发布"...' | ocrfix clean        # 3月7日，“App发布”……
      ocrfix clean --preset ocr --convert t2s --explain scan.txt
      ocrfix clean --disable SP08 --explain --explain-format json page.txt
    """
    options = {"enable": enable, "disable": disable, "convert": convert, "spacing": spacing}
    try:
        if preset not in presets():
            raise ValueError(f"unknown preset {preset!r} (known: {', '.join(presets())})")
        normalize("", preset, **options)      # checks rule names and the OpenCC config
        texts = [(path, read_path(path)) for path in expand_paths(list(files))]
    except (InputError, ValueError) as error:
        click.echo(f"ocrfix: {error}", err=True)
        raise SystemExit(EXIT_ERROR) from None
    results = []
    for path, text in texts:
        if show_edits:
            text, edits = explain(text, preset, **options)
            for edit in edits:
                click.echo(_describe(path, edit, explain_format), err=True)
        else:
            text = normalize(text, preset, **options)
        results.append(text)
    if output and output != "-":
        with atomic_writer(output) as stream:
            stream.write("".join(results))
    else:
        sys.stdout.buffer.write("".join(results).encode("utf-8"))


def _describe(path: str, edit, explain_format: str) -> str:
    if explain_format == "json":
        return json.dumps({"path": path, **edit.to_dict()}, ensure_ascii=False)
    return f"{path}:{edit.line}:{edit.col}: {edit.rule} {show(edit.before)} → {show(edit.after)}"
