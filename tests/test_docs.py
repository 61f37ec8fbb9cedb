"""Every command has help text and an example in the README; every link in the docs leads
somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import click
from click.testing import CliRunner

from watcher.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
# [text](target): a relative target (no scheme, no mailto:), its #anchor left off
_LINK = re.compile(r"\]\((?![a-z]+:)([^)#\s]+)(?:#[^)]*)?\)")
# a docs file named in code or a comment: docs/classification.md
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)  # code is not a link: `(a|b)` in a pattern
_NAMED = re.compile(r"\bdocs/[\w.-]+\.md\b")


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


def test_links_in_the_docs_lead_to_files() -> None:
    """A relative link in README, CHANGES or docs/ names a file that is there (the docs were
    split: classification-history.md holds what classification.md held of its history)."""
    pages = [ROOT / "README.md", ROOT / "CHANGES.md", *sorted((ROOT / "docs").glob("*.md"))]
    broken = [
        f"{page.relative_to(ROOT)}: {target}"
        for page in pages
        for target in _LINK.findall(_CODE.sub("", page.read_text(encoding="utf-8")))
        if not (page.parent / target).exists()
    ]
    assert broken == []


def test_docs_named_in_the_code_are_there() -> None:
    """A docs page named in a module, a test or the rules file (docs/ and its name) is there."""
    sources = [*ROOT.glob("watcher/**/*.py"), *ROOT.glob("tests/*.py"), *ROOT.glob("bench/*.py")]
    sources.remove(Path(__file__).resolve())
    sources += [*ROOT.glob("watcher/rules/*.toml"), ROOT / "Makefile"]
    named = {
        (path.relative_to(ROOT), name)
        for path in sources
        for name in _NAMED.findall(path.read_text(encoding="utf-8"))
    }
    assert named, "no docs named anywhere: the pattern is wrong"
    assert [(str(p), n) for p, n in sorted(named) if not (ROOT / n).exists()] == []
