"""`watcher poll` end to end: CLI → loopback HTTP server → real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.conftest import DATA, feed_source
from tests.loopback import Server, free_port, redirect, status
from watcher.cli import cli
from watcher.store import Archive

RSS = (DATA / "rss2.xml").read_bytes()
ATOM = (DATA / "atom.xml").read_bytes()


def run(tmp_path: Path, *args: str) -> Result:
    return CliRunner().invoke(
        cli,
        ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources"),
         "--now", "2026-04-27T08:00:00Z", *args],
    )  # fmt: skip


def registry(tmp_path: Path, *tables: str) -> None:
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "test.toml").write_text("".join(tables))


def items(tmp_path: Path, source_id: str | None = None) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(tmp_path / "w.db")
    where, args = ("WHERE source_id = ?", [source_id]) if source_id else ("", [])
    return conn.execute(
        f"SELECT source_id, title, last_seen FROM items {where} ORDER BY 1, 2", args
    ).fetchall()


@pytest.fixture
def world(server: Server, tmp_path: Path) -> Server:
    server.static("/rss", RSS, etag='"r1"')
    server.static("/atom", ATOM, last_modified="Wed, 22 Apr 2026 10:00:00 GMT")
    server.static("/bomb", (DATA / "billion-laughs.xml").read_bytes())
    server.static("/xxe", (DATA / "xxe.xml").read_bytes())
    server.routes["/gone"] = status(410)
    registry(
        tmp_path,
        feed_source("rss", server.url("/rss")),
        feed_source("atom", server.url("/atom")),
        feed_source("bomb", server.url("/bomb")),
        feed_source("xxe", server.url("/xxe")),
        feed_source("gone", server.url("/gone")),
    )
    return server


def test_hostile_sources_fail_alone_and_others_ingest(world: Server, tmp_path: Path) -> None:
    result = run(tmp_path, "poll")
    assert result.exit_code == 1, result.output
    line = result.stdout.strip().splitlines()[0]
    assert line.startswith("polled 5 sources: 2 ok, 3 failed; 6 new items (3 relevant)")
    assert "bomb (refused: entity &lol1; is built from other entities" in line
    assert "xxe (refused: the DOCTYPE declares external entity &xxe; (XXE))" in line
    assert "gone (HTTP 410 Gone (gone" in line
    assert len(items(tmp_path, "rss")) == 4 and len(items(tmp_path, "atom")) == 2
    status_out = run(tmp_path, "sources", "status").stdout
    assert "HTTP 410" in status_out


def test_a_cause_shared_by_many_sources_is_said_once(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    registry(tmp_path, *(feed_source(f"s{n}", f"http://127.0.0.1:{port}/{n}") for n in range(3)))
    result = run(tmp_path, "poll")
    assert result.exit_code == 1
    line = result.stdout.strip()
    assert "0 ok, 3 failed" in line and line.count("connection failed") == 1, line
    assert "3 sources (s0, s1, s2): connection failed" in line


def test_second_poll_is_conditional_and_adds_nothing(world: Server, tmp_path: Path) -> None:
    run(tmp_path, "poll", "--source", "rss", "--source", "atom")
    before = items(tmp_path)
    result = run(tmp_path, "poll", "--source", "rss", "--source", "atom")
    assert result.exit_code == 0
    assert "0 new items (0 relevant), 0 updated; 2 unchanged" in result.stdout
    assert world.hits("/rss")[-1].headers["if-none-match"] == '"r1"'
    assert world.hits("/atom")[-1].headers["if-modified-since"] == "Wed, 22 Apr 2026 10:00:00 GMT"
    assert items(tmp_path) == before


def test_same_body_without_validators_writes_nothing(server: Server, tmp_path: Path) -> None:
    server.static("/plain", RSS)
    registry(tmp_path, feed_source("plain", server.url("/plain")))
    run(tmp_path, "poll")
    before = items(tmp_path)
    assert "1 unchanged" in run(tmp_path, "--now", "2026-04-28T08:00:00Z", "poll").stdout
    assert items(tmp_path) == before


def test_changed_feed_updates_and_keeps_versions(server: Server, tmp_path: Path) -> None:
    server.static("/rss", RSS)
    registry(tmp_path, feed_source("rss", server.url("/rss")))
    run(tmp_path, "poll")
    server.static("/rss", (DATA / "rss2-https.xml").read_bytes())  # https GUIDs + one edit
    result = run(tmp_path, "poll")
    assert "0 new items (0 relevant), 1 updated" in result.stdout
    archive = Archive.open(tmp_path / "w.db")
    assert archive.count_items() == 4
    changed = archive.conn.execute("SELECT id FROM items WHERE version = 2").fetchall()
    assert len(changed) == 1
    assert archive.versions(changed[0][0])[0].summary == "Cameras at work must be proportionate."


def test_permanent_redirect_is_shown(server: Server, tmp_path: Path) -> None:
    server.static("/new", RSS)
    server.routes["/old"] = redirect(301, "/new")
    registry(tmp_path, feed_source("moved", server.url("/old")))
    result = run(tmp_path, "poll")
    assert f"moved permanently to {server.url('/new')}" in result.stdout
    assert "test.toml:2" in result.stdout
    assert "moved permanently" in run(tmp_path, "sources", "status").stdout


def test_failing_source_backs_off(server: Server, tmp_path: Path) -> None:
    server.routes["/down"] = status(404)
    registry(tmp_path, feed_source("down", server.url("/down"), extra='interval = "1h"'))
    run(tmp_path, "poll")
    run(tmp_path, "poll")
    state = Archive.open(tmp_path / "w.db").state("down")
    assert state.error_count == 2
    assert state.next_poll is not None and state.next_poll > "2026-04-27T09:30"  # 2h ± 20% jitter
    due = run(tmp_path, "poll", "--due")
    assert "polled 0 sources" in due.stdout and due.exit_code == 0


def test_record_then_replay(world: Server, tmp_path: Path) -> None:
    rec = tmp_path / "rec"
    run(tmp_path, "poll", "--source", "rss", "--source", "atom", "--record", str(rec))
    assert (rec / "rss.json").exists() and (rec / "rss.body").read_bytes() == RSS
    world.stop()  # replay must not need the network
    other = tmp_path / "other"
    other.mkdir()
    (other / "sources").mkdir()
    (other / "sources" / "t.toml").write_text((tmp_path / "sources" / "test.toml").read_text())
    result = run(other, "poll", "--replay", str(rec))
    assert "polled 2 sources: 2 ok" in result.stdout, result.output
    assert len(items(other)) == 6


def test_a_recording_that_cannot_be_written_is_said_plainly(world: Server, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    refused = run(tmp_path, "poll", "--source", "rss", "--record", str(blocker / "rec"))
    assert refused.exit_code == 2 and refused.stderr.startswith(
        f"watcher: --record {blocker / 'rec'}: cannot make"
    )
    assert Archive.open(tmp_path / "w.db").state("rss").last_polled is None  # nothing fetched
    rec = tmp_path / "rec"
    (rec / "rss.body").mkdir(parents=True)  # one source's file cannot be written
    done = run(tmp_path, "poll", "--source", "rss", "--source", "atom", "--record", str(rec))
    assert done.exit_code == 1 and "internal error" not in done.stdout
    assert f"failed: rss ({rec}: cannot record the response: Is a directory)" in done.stdout, (
        done.stdout
    )
    assert (rec / "atom.body").exists()


def test_locked_archive_says_so(world: Server, tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "w.db")
    with archive.lock():
        result = run(tmp_path, "poll")
    assert result.exit_code == 75
    assert "another watcher run is using" in result.stderr


def test_invalid_entry_is_skipped_and_the_rest_polled(server: Server, tmp_path: Path) -> None:
    server.static("/rss", RSS)
    registry(tmp_path, feed_source("rss", server.url("/rss")), feed_source("bad", "not a url"))
    result = run(tmp_path, "poll")
    assert result.exit_code == 1
    assert "skipping invalid source entry" in result.stderr and "test.toml:16: url" in result.stderr
    assert len(items(tmp_path)) == 4


def test_unknown_source_id(world: Server, tmp_path: Path) -> None:
    result = run(tmp_path, "poll", "--source", "nope")
    assert result.exit_code == 2 and "unknown source id: nope" in result.stderr


def test_broken_worker_pool_falls_back_to_inline_parsing(tmp_path: Path) -> None:
    import asyncio
    from concurrent.futures import BrokenExecutor, Executor, Future
    from datetime import UTC, datetime

    import httpx

    from watcher.fetch import Fetcher
    from watcher.models import Source
    from watcher.pipeline import poll_sources

    class Broken(Executor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            future: Future[object] = Future()
            future.set_exception(BrokenExecutor("worker died"))
            return future

    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=RSS))
    sources = [
        Source(f"s{n}", "S", f"https://s{n}.example/rss", "feed", "P", "news", "EU", "en")
        for n in range(3)
    ]
    archive = Archive.open(tmp_path / "w.db")

    async def go():  # type: ignore[no-untyped-def]
        async with Fetcher(transport=transport) as fetcher:
            return await poll_sources(
                sources, archive, fetcher, lambda: datetime.now(UTC), executor=Broken()
            )

    results = asyncio.run(go())
    assert all(r.ok and r.new == 4 for r in results)


def test_progress_lines_on_a_terminal(capsys) -> None:  # type: ignore[no-untyped-def]
    from watcher.cli.poll import progress_printer as _progress_printer
    from watcher.models import PollResult

    show = _progress_printer(12)
    show(PollResult("cnil", ok=True, status=200, entries=10, new=2, updated=1, relevant=1))
    show(PollResult("edpb", ok=False, error="HTTP 403 Forbidden"))
    show(PollResult("ico", ok=True, status=304, not_modified=True))
    assert capsys.readouterr().err.splitlines() == [
        "[ 1/12] cnil: 10 entries, 2 new (1 relevant), 1 updated",
        "[ 2/12] edpb: FAILED: HTTP 403 Forbidden",
        "[ 3/12] ico: not modified",
    ]


def test_python_dash_m_watcher(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "--sources", str(root / "sources"), "sources", "check"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0 and "sources OK" in result.stdout


def test_a_feed_empty_for_thirty_days_is_reported(server: Server, tmp_path: Path) -> None:
    full = (DATA / "rss2.xml").read_bytes()
    state = {"body": full}
    server.routes["/feed"] = lambda h: h.reply(200, state["body"], "application/rss+xml")

    def empty(built: str) -> bytes:  # an empty channel that still says when it was built
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><lastBuildDate>{built}</lastBuildDate></channel></rss>'.encode()

    registry(tmp_path, feed_source("quiet", server.url("/feed")))

    def poll(when: str) -> Result:
        return CliRunner().invoke(cli, ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources"),
                                        "--now", when, "poll"])  # fmt: skip

    assert poll("2026-03-01T08:00:00Z").exit_code == 0
    state["body"] = empty("Fri, 20 Mar 2026 08:00:00 GMT")
    assert poll("2026-03-20T08:00:00Z").exit_code == 0  # quiet for a while: fine
    state["body"] = empty("Thu, 02 Apr 2026 08:00:00 GMT")
    late = poll("2026-04-02T08:00:00Z")
    assert late.exit_code == 1
    assert (
        "quiet (no items for 30 days (since 1 Mar 2026): the feed may be dead or have moved"
        in late.stdout
    )
    status = CliRunner().invoke(cli, ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources"),
                                      "sources", "status"]).stdout  # fmt: skip
    assert "no items for 30 days" in status
