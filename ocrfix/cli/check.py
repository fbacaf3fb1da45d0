"""``ocrfix check``: the data-quality gate for corpora, in CI or a pre-commit hook."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..check.catalog import SEVERITIES
from ..check.formats import FORMATS
from ..errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, InputError


def _code_list(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select LA,EN01 --select BA`` → ("LA", "EN01", "BA")."""
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH|-]...")
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="How to print findings.")
@click.option("--select", multiple=True, callback=_code_list, metavar="CODES",
              help="Only these codes or prefixes (comma-separated); replaces the config's select.")
@click.option("--ignore", multiple=True, callback=_code_list, metavar="CODES",
              help="Skip these codes or prefixes, on top of the config's ignore.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that fails the gate [config fail-on, default: warning].")
@click.option("--text-field", metavar="NAME", help="Check field NAME of any JSONL as raw page text.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="In directories, check files matching GLOB [default: *.txt *.text *.jsonl].")
@click.option("--exclude", multiple=True, metavar="GLOB", help="In directories, skip files matching GLOB.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Configuration file [default: ocrfix.toml or pyproject.toml found upward].")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Fail only on findings not in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Save every current finding to this baseline file and exit 0.")
@click.option("--statistics", is_flag=True, help="Print counts per code instead of findings.")
@click.option("--fix", is_flag=True,
              help="Apply the safe normalisation fixes in place, then report what remains.")
def check(paths, output_format, select, ignore, fail_on, text_field, include, exclude,
          config_path, baseline, write_baseline, statistics, fix):
    """Report layout, encoding, balance and character damage, with rule codes.

    Checks text files, ocrfix JSONL (record and field named in each finding), any
    JSONL with --text-field, and directories. Exit status: 0 clean, 1 findings at or
    above --fail-on, 2 a usage or input error.

    \b
    Examples:
      ocrfix check corpus/
      ocrfix check pages/ --include '*.txt' --format github
      ocrfix check out.jsonl --select LA,EN --fail-on error
      ocrfix check corpus/ --write-baseline .ocrfix-baseline.json
      ocrfix check corpus/ --baseline .ocrfix-baseline.json --format sarif > ocrfix.sarif
    """
    from ..check import baseline as baselines
    from ..check import config as configuration
    from ..check.formats import statistics as count_codes
    from ..check.runner import Options, catalogue, run

    paths = paths or (".",)
    options = Options(paths=paths, select=select, ignore=ignore, fail_on=fail_on,
                      text_field=text_field, include=include, exclude=exclude,
                      baseline=baseline, fix=fix)
    try:
        start = Path.cwd() if paths[0] == "-" else Path(paths[0])
        config = configuration.load(config_path or configuration.find(start))
        report = run(options, config)
        if write_baseline:
            baselines.write(write_baseline, report.findings)
    except InputError as error:
        click.echo(f"ocrfix: {error}", err=True)
        sys.exit(EXIT_ERROR)
    for error in report.errors:
        click.echo(f"ocrfix: {error}", err=True)
    for path in report.fixed:
        click.echo(f"ocrfix: fixed {path}", err=True)
    specs = catalogue()
    render = count_codes if statistics else FORMATS[output_format]
    sys.stdout.buffer.write(render(report.findings, specs).encode("utf-8"))
    if report.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if report.failed and not write_baseline else EXIT_OK)
