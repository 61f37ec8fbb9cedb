"""digests/*.toml: the shipped definition is valid; every problem is one line with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from watcher.cli import cli
from watcher.config.digests import load_digests, valid_address

ROOT = Path(__file__).resolve().parents[1]

GOOD = """id = "weekly"
title = "The week"
timezone = "Europe/Paris"
weekday = "sunday"
from = "Watcher <watcher@example.org>"
recipients = ["dpo@example.org", "Works Council <wc@example.org>"]
[select]
kinds = ["regulatory"]
topics = ["biometrics"]
jurisdictions = ["FR", "EU"]
sources = ["cnil"]
"""


def check(tmp_path: Path, text: str) -> tuple[int, list[str]]:
    folder = tmp_path / "digests"
    folder.mkdir(exist_ok=True)
    (folder / "d.toml").write_text(text)
    result = CliRunner().invoke(
        cli, ["--sources", str(ROOT / "sources"), "--digests", str(folder), "digests", "check"]
    )
    return result.exit_code, [line for line in result.stderr.splitlines() if ".toml" in line]


def test_shipped_digest_is_valid() -> None:
    digests, problems = load_digests(ROOT / "digests", None)
    assert problems == [] and [d.id for d in digests] == ["weekly"]
    assert digests[0].recipients_env == "WATCHER_WEEKLY_TO" and digests[0].weekday == "sunday"
    result = CliRunner().invoke(cli, ["--digests", str(ROOT / "digests"), "digests", "list"])
    assert (
        result.exit_code == 0
        and "weekly" in result.stdout
        and "$WATCHER_WEEKLY_TO" in result.stdout
    )


def test_good_definition(tmp_path: Path) -> None:
    code, lines = check(tmp_path, GOOD)
    assert code == 0 and lines == []


def test_each_problem_names_file_and_line(tmp_path: Path) -> None:
    bad = (
        GOOD.replace('"Europe/Paris"', '"Mars/Olympus"')
        .replace('"sunday"', '"someday"')
        .replace('"dpo@example.org"', '"not an address"')
        .replace('"biometrics"', '"astrology"')
        .replace('"FR", "EU"', '"France"')
        .replace('"cnil"', '"no-such-source"')
        + 'colour = "red"\n'
    )
    code, lines = check(tmp_path, bad)
    joined = "\n".join(lines)
    assert code == 2
    for expected in ("d.toml:3: timezone 'Mars/Olympus'", "d.toml:4: weekday 'someday'",
                     "d.toml:6: recipient 'not an address'", "d.toml:9: select.topics: 'astrology'",
                     "d.toml:10: jurisdiction 'France'", "d.toml:11: select.sources: 'no-such-source'",
                     "unknown selector 'colour'"):  # fmt: skip
        assert expected in joined, expected


@pytest.mark.parametrize(
    "address", ["privacy.example.org/watch/", "https://", "ftp://example.org/", "https://[::1"]
)
def test_a_site_url_must_be_an_absolute_web_address(tmp_path: Path, address: str) -> None:
    """The e-mail links to the issue there: a relative address would be a link to nowhere."""
    code, lines = check(tmp_path, f'site_url = "{address}"\n' + GOOD)
    assert (
        code == 2
        and f"d.toml:1: site_url {address!r} must be an absolute http(s) address"
        in "\n".join(lines)
    )


def test_a_title_is_one_line_since_it_is_the_subject(tmp_path: Path) -> None:
    """A line break in the title would be a line break in the Subject header: refused here, not
    when the mail is sent."""
    bad = 'title = """Weekly\nBcc: someone@example.org"""\n' + "\n".join(
        line for line in GOOD.splitlines() if not line.startswith("title")
    )
    code, lines = check(tmp_path, bad + "\n")
    assert (
        code == 2
        and "d.toml:1: title 'Weekly\\nBcc: someone@example.org' must be one line"
        in "\n".join(lines)
    )


def test_missing_fields_and_recipients(tmp_path: Path) -> None:
    code, lines = check(tmp_path, 'id = "x"\ntitle = "T"\n')
    assert code == 2 and any("missing required key 'timezone'" in ln for ln in lines)
    no_one = GOOD.replace(
        'recipients = ["dpo@example.org", "Works Council <wc@example.org>"]\n', ""
    )
    code, lines = check(tmp_path, no_one)
    assert code == 2 and "needs recipients" in lines[0]


def test_addresses() -> None:
    assert (
        valid_address("a@example.org")
        and valid_address("Name <a@example.org>")
        and valid_address("w@localhost")
    )
    assert (
        not valid_address("a b@example.org")
        and not valid_address("@example.org")
        and not valid_address("a@")
    )


def test_one_pass_reports_every_problem(tmp_path: Path) -> None:
    """An unknown key hides nothing: all eight problems of this file are said at once."""
    text = """id = "Weekly!"
title = "T"
timezone = "Mars/Base"
weekday = "someday"
from = "not an address"
recipients = ["also not"]
colour = "red"
description = 3
[select]
kinds = ["gossip"]
topics = ["astrology"]
"""
    code, lines = check(tmp_path, text)
    assert code == 2
    for expected in ("unknown key 'colour'", "id 'Weekly!'", "timezone 'Mars/Base'", "weekday 'someday'",
                     "from 'not an address'", "recipient 'also not'", "description must be a string",
                     "select.kinds: 'gossip'", "select.topics: 'astrology'"):  # fmt: skip
        assert any(expected in line for line in lines), (expected, lines)


def test_a_bad_week_is_a_usage_error(tmp_path: Path) -> None:
    from tests.conftest import sample_week, watcher

    db = tmp_path / "w.db"
    sample_week(db)
    for week in ("2026-X1", "9999-W52", "2026-W60"):
        result = watcher(db, "digest", "build", "--week", week)
        assert result.exit_code == 2, (week, result.output)
        assert f"--week '{week}' is not an ISO week such as 2026-W17" in result.stderr
