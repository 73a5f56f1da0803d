"""Everything is documented: every command has help and is in the README."""

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from armsledger.cli import app

from .conftest import REPO

COMMANDS = sorted(get_command(app).commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_and_is_in_readme(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout) > 100
    assert f"armsledger {command}" in (REPO / "README.md").read_text(encoding="utf-8")
