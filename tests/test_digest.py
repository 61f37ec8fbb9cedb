"""Digest issues: weeks in the digest's timezone, exactly once, caught late, no flood, frozen."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from watcher.classify import classify
from watcher.cli import cli
from watcher.digest import build, last_closed_week, selects, week_by_label, week_of
from watcher.exceptions import DigestError
from watcher.models import (
    Attention,
    DigestDef,
    Issue,
    PollResult,
    RawEntry,
    Source,
    SourceState,
    in_euros,
)
from watcher.normalize import to_item
from watcher.parsing import document
from watcher.store import Archive

ROOT = Path(__file__).resolve().parents[1]
WEEKLY = DigestDef(
    "weekly", "The week", "", "Europe/Brussels", "sunday", "w@localhost", ("a@example.org",)
)
SRC = Source("reg", "Reg", "https://reg.example/rss", "feed", "Reg", "regulator", "FR", "fr")


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add(archive: Archive, guid: str, title: str, published: str, seen: str) -> str:
    """Store one item as if polled at `seen`, classified like any polled item."""
    item = to_item(
        SRC, RawEntry(guid, f"https://reg.example/{guid}", title, "", "", utc(published)), utc(seen)
    )
    with archive.transaction():
        archive.save_items([item], utc(seen), {item.id: classify(document(item, SRC))})
    return item.id


def ids(issue: Issue, section: str) -> list[str]:
    entries = getattr(issue, section)
    if section == "regulatory":
        entries = [e for g in entries for e in g.entries]
    return [i for e in entries for i in e.ids()]


def test_weeks_are_counted_in_the_digest_timezone() -> None:
    week = week_of(utc("2026-04-26T21:30:00"), WEEKLY)  # Sunday 23:30 in Brussels
    assert week.label == "2026-W17"
    assert (week.start, week.end) == (utc("2026-04-19T22:00:00"), utc("2026-04-26T22:00:00"))
    assert week_of(utc("2026-04-26T22:30:00"), WEEKLY).label == "2026-W18"  # Monday 00:30 there
    assert week_by_label("2026-W17", WEEKLY) == week
    assert last_closed_week(utc("2026-04-27T08:00:00"), WEEKLY) == week
    friday = DigestDef(
        "f", "F", "", "America/New_York", "friday", "w@localhost", ("a@example.org",)
    )
    fw = week_of(utc("2026-04-25T12:00:00"), friday)  # a Saturday: the week closing next Friday
    assert fw.label == "2026-W18" and fw.end == utc("2026-05-02T04:00:00")
    with pytest.raises(DigestError, match="ISO week"):
        week_by_label("last week", WEEKLY)


def test_each_item_once_caught_late_and_no_flood(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "w.db")
    w17 = week_by_label("2026-W17", WEEKLY)
    w18 = week_by_label("2026-W18", WEEKLY)
    on_time = add(
        archive,
        "a",
        "CNIL fines employer for keystroke logging of staff",
        "2026-04-22T10:00:00",
        "2026-04-22T11:00:00",
    )
    add(
        archive,
        "n",
        "Cookies: new guide for website publishers",
        "2026-04-22T10:00:00",
        "2026-04-22T11:00:00",
    )
    first = build(archive, WEEKLY, w17, {"reg": "regulator"}, utc("2026-04-27T08:00:00"))
    assert ids(first.issue, "regulatory") == [on_time]

    late = add(
        archive,
        "b",
        "Guidance on video surveillance of employees",
        "2026-04-24T10:00:00",
        "2026-04-28T09:00:00",
    )
    flood = add(
        archive,
        "c",
        "Sanction for GPS tracking of employees' vehicles",
        "2024-01-10T10:00:00",
        "2026-04-28T09:00:00",
    )
    fresh = add(
        archive,
        "d",
        "Employer ordered to stop fingerprint clocking of staff",
        "2026-04-29T10:00:00",
        "2026-04-29T11:00:00",
    )
    second = build(archive, WEEKLY, w18, {"reg": "regulator"}, utc("2026-05-04T08:00:00"))
    assert ids(second.issue, "regulatory") == [fresh]
    assert ids(second.issue, "late") == [late]
    all_ids = (
        ids(first.issue, "regulatory") + ids(second.issue, "regulatory") + ids(second.issue, "late")
    )
    assert flood not in all_ids and len(all_ids) == len(set(all_ids))

    again = build(archive, WEEKLY, w17, {}, utc("2026-05-05T08:00:00"), rebuild=True)
    assert ids(again.issue, "regulatory") == [on_time] and late not in again.issue.item_ids()
    assert archive.item_issues(late) == ["weekly/2026-W18"]


def test_frozen_until_rebuild_which_says_what_changed(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "w.db")
    week = week_by_label("2026-W17", WEEKLY)
    keep = add(
        archive,
        "a",
        "CNIL fines employer for keystroke logging of staff",
        "2026-04-22T10:00:00",
        "2026-04-22T11:00:00",
    )
    drop = add(
        archive,
        "b",
        "Employer fined over webcam monitoring of remote workers",
        "2026-04-23T10:00:00",
        "2026-04-23T11:00:00",
    )
    built = build(archive, WEEKLY, week, {}, utc("2026-04-27T08:00:00"))
    assert sorted(built.issue.item_ids()) == sorted([keep, drop])
    archive.set_label(drop, False, "not about monitoring", utc("2026-04-28T08:00:00"))
    frozen = build(archive, WEEKLY, week, {}, utc("2026-04-28T09:00:00"))
    assert not frozen.created and sorted(frozen.issue.item_ids()) == sorted([keep, drop])
    rebuilt = build(archive, WEEKLY, week, {}, utc("2026-04-28T09:00:00"), rebuild=True)
    assert rebuilt.removed == (drop,) and rebuilt.added == () and rebuilt.issue.item_ids() == [keep]


def test_an_open_week_cannot_be_built(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "w.db")
    with pytest.raises(DigestError, match="has not closed yet"):
        build(archive, WEEKLY, week_by_label("2026-W18", WEEKLY), {}, utc("2026-04-29T08:00:00"))


def test_sources_failing_all_week_need_attention(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "w.db")
    with archive.transaction():
        for day, ok in (("2026-04-21", False), ("2026-04-23", False)):
            archive.record_poll(
                PollResult("down", ok=ok, error="HTTP 503"),
                SourceState("down"),
                utc(f"{day}T08:00:00"),
            )
        archive.record_poll(
            PollResult("flaky", ok=False, error="timeout"),
            SourceState("flaky"),
            utc("2026-04-21T08:00:00"),
        )
        archive.record_poll(
            PollResult("flaky", ok=True), SourceState("flaky"), utc("2026-04-22T08:00:00")
        )
    issue = build(
        archive, WEEKLY, week_by_label("2026-W17", WEEKLY), {}, utc("2026-04-27T08:00:00")
    ).issue
    assert issue.attention == (
        Attention(
            source_id="down", failures=2, last_error="HTTP 503", since="2026-04-21T08:00:00+00:00"
        ),
    )  # since its first failure: it never worked before
    assert issue.counts()["items"] == 0


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), "--sources", str(ROOT / "sources"), "--digests", str(ROOT / "digests"),
                                    "--now", "2026-04-27T08:00:00Z", *args])  # fmt: skip


def test_cli_builds_the_sample_week(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    assert run(db, "poll", "--replay", str(ROOT / "watcher" / "samples" / "replay")).exit_code == 0
    built = run(db, "digest", "build")
    assert built.exit_code == 0, built.output
    assert built.stdout.startswith("built weekly/2026-W17: 5 regulatory developments, 1 news story")
    assert "already built and frozen" in run(db, "digest", "build").stdout
    assert (
        "no change in its items"
        in run(db, "digest", "build", "--week", "2026-W17", "--rebuild").stdout
    )
    first = json.loads(Archive.open(db).issue("weekly/2026-W17").to_json())  # type: ignore[union-attr]
    dropped = first["regulatory"][0]["entries"][0]["lead"]["id"]
    assert run(db, "label", dropped, "not-relevant").exit_code == 0
    rebuilt = run(db, "digest", "build", "--week", "2026-W17", "--rebuild").stdout
    assert rebuilt.startswith("rebuilt weekly/2026-W17: 4 regulatory developments, 1 news story")
    assert rebuilt.rstrip().endswith(f"; +0 items; -1 item {dropped}"), rebuilt
    assert run(db, "label", dropped, "relevant").exit_code == 0
    assert run(db, "digest", "build", "--week", "2026-W17", "--rebuild").exit_code == 0
    stored = json.loads(Archive.open(db).issue("weekly/2026-W17").to_json())  # type: ignore[union-attr]
    story = stored["news"][0]
    assert {story["lead"]["source_id"], *(a["source_id"] for a in story["also"])} == {
        "arstechnica-ai",
        "theverge",
        "delimiter",
    }
    assert [g["authority"] for g in stored["regulatory"]] == ["EDPB", "CNIL", "ICO", "DPC"]
    item_id = run(db, "search", "fingerprint", "--format", "ids").stdout.split()[0]
    assert "digest issues: weekly/2026-W17" in run(db, "show", item_id).stdout
    open_week = run(db, "digest", "build", "--week", "2026-W18")
    assert open_week.exit_code == 1 and "has not closed yet" in open_week.stderr
    assert run(db, "digest", "build", "--digest", "nope").exit_code == 2


def test_min_fine_is_in_euros() -> None:
    """A fine stated in another currency is weighed in euros: HUF 10 million is about EUR 25,000."""
    fines = DigestDef(
        "fines", "Fines", "", "Europe/Brussels", "sunday", "w <w@x.org>", min_fine=100_000
    )

    def selected(amount: float, currency: str) -> bool:
        return selects(
            fines, "src", "regulatory", "HU", (), "fine", "NAIH", in_euros(amount, currency)
        )

    assert selected(150_000, "EUR") and selected(100_000, "GBP") and selected(2_000_000, "NOK")
    assert not selected(10_000_000, "HUF") and not selected(90_000, "EUR")
    assert not selects(fines, "src", "regulatory", "FR", (), "order", "CNIL", in_euros(None, None))
