"""The package imports and the CLI answers --help."""
from click.testing import CliRunner

from ocrfix.cli import main


def test_help_lists_usage():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
