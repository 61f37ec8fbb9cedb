"""Every command has help text and an example in the README."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from watcher.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            found.extend(commands(command, full + " "))
        else:
            found.append((full, command))
    return found


def test_every_command_has_help_and_readme_section() -> None:
    for name, command in commands(cli):
        assert command.help and len(command.help) > 20, name
        assert f"### `watcher {name}" in README, f"README lacks a section for 'watcher {name}'"
        result = CliRunner().invoke(cli, [*name.split(), "--help"])
        assert result.exit_code == 0, name


def test_readme_opens_with_the_two_commands() -> None:
    head = README.split("\n## ")[0]
    assert "make demo" in head and "make test" in head
