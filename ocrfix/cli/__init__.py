"""The ``ocrfix`` command: a thin shell over the library.

Each subcommand lives in its own module and is imported only when it runs, so
``ocrfix --help`` stays instant (no jieba, no OpenCC).
"""
from __future__ import annotations

import importlib
import importlib.util

import click

# name -> (module, attribute, one-line help); the only list of subcommands.
COMMANDS = {
    "parse": ("ocrfix.cli.parse", "parse", "Turn raw newspaper pages into article JSONL or text."),
    "clean": ("ocrfix.cli.clean", "clean", "Normalise characters line for line (spacing, punctuation, quotes)."),
    "check": ("ocrfix.cli.check", "check", "Data-quality gate: report layout and OCR damage."),
    "rules": ("ocrfix.cli.rules", "rules", "List every rule with its code, summary and an example."),
    "eval": ("ocrfix.cli.eval", "eval_", "Score predicted JSONL against a gold JSONL."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (module, _, _) in COMMANDS.items() if _exists(module)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS or not _exists(COMMANDS[name][0]):
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _exists(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ocrfix")
def main() -> None:
    """Repair Chinese newspaper page text and emit clean, structured JSONL.

    \b
    Examples:
      ocrfix parse seeds/000_08a40f92cd806406.txt
      ocrfix parse page.txt --format text -o page.clean.txt
      ocrfix clean --explain < noisy.txt
      ocrfix check corpus/ --format github
    """
