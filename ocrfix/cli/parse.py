"""``ocrfix parse``: raw pages in, article JSONL (or clean text) out."""
from __future__ import annotations

import sys

import click

from ..errors import EXIT_ERROR, InputError
from ..textio import atomic_writer, expand_paths

FORMATS = ("jsonl", "text")


@click.command()
@click.argument("paths", nargs=-1, metavar="[FILE|DIR|-]...")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here (atomically) instead of standard output.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--explain", is_flag=True, help="Add to each item the fixes the normalisation rules made.")
@click.option("--preset", default="newspaper", show_default=True,
              help="Normalisation preset: newspaper, ocr (adds OCR repairs), minimal.")
@click.option("--input-style", type=click.Choice(["auto", "plain", "raw", "layout", "ocr"]), default="auto",
              show_default=True, help="How the text was extracted: pdftotext default (plain), -raw, -layout, or OCR.")
@click.option("--text-field", default="text", show_default=True, help="Field holding the raw page in JSONL input.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when several files and a terminal).")
def parse(paths, output, output_format, explain, preset, input_style, text_field, progress):
    """Parse raw newspaper pages into items: articles, photos and other text.

    Reads plain text (UTF-8 with or without BOM, or GB18030) or JSONL records with a
    raw text field; directories are searched for .txt and .jsonl files.

    \b
    Examples:
      ocrfix parse seeds/000_08a40f92cd806406.txt
      ocrfix parse pages/ -o corpus.jsonl
      cat page.txt | ocrfix parse - --format text
      pdftotext -layout paper.pdf - | ocrfix parse - --input-style layout
    """
    from ..emit import to_jsonl, to_text
    from ..pipeline import parse as parse_page
    from ..sources import load_sources

    render = to_jsonl if output_format == "jsonl" else to_text
    try:
        files = expand_paths(list(paths))
        sources = [source for path in files for source in load_sources(path, text_field)]
        show = progress if progress is not None else (len(sources) > 1 and sys.stderr.isatty())
        chunks = []
        with click.progressbar(sources, label="parsing", file=sys.stderr,
                               hidden=not show) as bar:
            for source in bar:
                chunks.append(render(parse_page(source.text, source.path, preset=preset,
                                                style=input_style, explain=explain)))
        text = ("\n" if output_format == "text" else "").join(chunks)
    except InputError as error:
        click.echo(f"ocrfix: {error}", err=True)
        sys.exit(EXIT_ERROR)
    except ValueError as error:  # an unknown preset or rule
        click.echo(f"ocrfix: {error}", err=True)
        sys.exit(EXIT_ERROR)
    if output:
        with atomic_writer(output) as stream:
            stream.write(text)
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
