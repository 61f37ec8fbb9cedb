"""The real feed documents in ../shared/realworld/feeds (skipped when ../shared is absent).

Every file parses or fails with a clear ParseError, within a time limit; served over loopback,
every feed feedparser can read ends up with one archived item per distinct entry, and a second
poll is conditional and adds nothing.
"""

from __future__ import annotations

import re
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from tests.conftest import feed_source
from tests.loopback import Server
from watcher.cli import cli
from watcher.exceptions import ParseError
from watcher.parse import parse_feed

pytestmark = pytest.mark.realworld


def real_files(shared: Path) -> list[Path]:
    root = shared / "realworld" / "feeds"
    return sorted(p for p in root.rglob("*") if p.suffix in (".xml", ".json"))


def declared_type(body: bytes) -> str:
    """feedparser's own test files say which Content-Type the server is meant to send."""
    m = re.search(rb"Header:\s+Content-type:\s*([^\r\n]+)", body[:2000])
    return m.group(1).decode().strip() if m else "application/xml"


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def fail(*_: object) -> None:
        raise TimeoutError(f"took more than {seconds}s")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_every_file_parses_or_fails_clearly(shared: Path) -> None:
    files = real_files(shared)
    assert len(files) > 40
    outcomes = {}
    for path in files:
        body = path.read_bytes()
        with time_limit(20):
            try:
                outcomes[path.name] = len(
                    parse_feed("rw", body, {"content-type": declared_type(body)}, "http://x/")
                )
            except ParseError as e:
                assert e.message and "\n" not in e.message
                outcomes[path.name] = e.message
    assert outcomes["cnil-actualites-scraped-rss-2026-08-19.xml"] == 500
    assert outcomes["arstechnica-ai-rss-2026-09-ai-engineer-guide-fixture.xml"] == 20
    assert outcomes["jsonfeed-inessential-2017-feedjira-fixture.json"] == 20
    assert "not a JSON Feed" in str(
        outcomes["gdpr-qa-platform-news-cache-edpb-edps-ico-ec-2026-05.json"]
    )


def distinct_entries(body: bytes, content_type: str) -> int:
    """Counted with feedparser alone, independently of watcher's identity rules."""
    parsed = feedparser.parse(body, response_headers={"content-type": content_type})
    keys = {
        e.get("id") or e.get("link") or (e.get("title"), e.get("summary")) for e in parsed.entries
    }
    return len(keys)


def test_served_over_loopback_each_distinct_entry_is_archived_once(
    shared: Path, server: Server, tmp_path: Path
) -> None:
    expected: dict[str, int] = {}
    tables = []
    for n, path in enumerate(real_files(shared)):
        body = path.read_bytes()
        sid = f"f{n:03d}"
        content_type = declared_type(body)
        if path.suffix == ".json":
            content_type = "application/json"
        server.static(f"/{sid}", body, content_type=content_type, etag=f'"{sid}"')
        tables.append(feed_source(sid, server.url(f"/{sid}")))
        if path.suffix == ".xml":
            count = distinct_entries(body, content_type)
            if count:
                expected[sid] = count
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "real.toml").write_text("".join(tables))
    args = [
        "--db",
        str(tmp_path / "w.db"),
        "--sources",
        str(tmp_path / "sources"),
        "--now",
        "2026-11-01T00:00:00Z",
    ]
    first = CliRunner().invoke(cli, [*args, "poll"])
    assert first.exception is None or isinstance(first.exception, SystemExit), first.output
    conn = sqlite3.connect(tmp_path / "w.db")
    got = dict(conn.execute("SELECT source_id, count(*) FROM items GROUP BY source_id").fetchall())
    assert len(expected) >= 30
    mismatched = {sid: (n, got.get(sid, 0)) for sid, n in expected.items() if got.get(sid, 0) != n}
    assert mismatched == {}, conn.execute("SELECT DISTINCT error FROM polls").fetchall()
    total = conn.execute("SELECT count(*) FROM items").fetchone()[0]
    succeeded = conn.execute("SELECT count(*) FROM polls WHERE ok = 1").fetchone()[0]
    failures = conn.execute("SELECT source_id, error FROM polls WHERE ok = 0").fetchall()
    assert len(failures) <= 3 and all(error for _, error in failures)

    second = CliRunner().invoke(cli, [*args, "poll"])
    assert " 0 new items (0 relevant), 0 updated" in second.stdout
    assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == total
    conditional = [r for r in server.requests[len(tables) :] if "if-none-match" in r.headers]
    assert len(conditional) == succeeded


def test_sources_add_knows_every_real_feed_for_a_feed(shared: Path, server: Server) -> None:
    """Autodiscovery of each real feed watcher can poll, served as a server would (generic XML
    types included): the URL is a feed. CNIL's, which opens with a stylesheet instruction, was
    "no feed found"."""
    from watcher.discover import discover

    missed = {}
    for n, path in enumerate(real_files(shared)):
        body = path.read_bytes()
        content_type = "application/json" if path.suffix == ".json" else declared_type(body)
        try:
            count = len(parse_feed("rw", body, {"content-type": content_type}, "http://x/"))
        except ParseError:
            continue  # not a feed watcher can read: `sources add` says so (tested elsewhere)
        server.static(f"/d{n}", body, content_type=content_type)
        try:
            found = discover(server.url(f"/d{n}"))
        except Exception as e:  # noqa: BLE001 - every failure is listed below
            missed[path.name] = f"{type(e).__name__}: {e}"
            continue
        if found.via != "the URL itself" or len(found.entries) != count:
            missed[path.name] = f"{found.via}, {len(found.entries)} of {count} entries"
    assert missed == {}


def test_links_resolve_as_feedparser_resolves_them(shared: Path) -> None:
    """watcher turns feedparser's own link resolution off (it costs a pass over every entry's
    HTML) and resolves links itself: over every real feed, the result must be what feedparser
    would have produced."""
    from html.parser import HTMLParser

    from watcher.normalize import sanitize_html

    def tree(markup: str) -> list[tuple[object, ...]]:  # attribute order aside
        out: list[tuple[object, ...]] = []

        class Walk(HTMLParser):
            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                out.append(("start", tag, tuple(sorted(attrs, key=str))))

            def handle_endtag(self, tag: str) -> None:
                out.append(("end", tag))

            def handle_data(self, data: str) -> None:
                out.append(("text", data))

        Walk().feed(markup)
        return out

    url = "https://feeds.example.org/path/feed.xml"
    compared = 0
    for path in real_files(shared):
        if path.suffix != ".xml":
            continue
        body = path.read_bytes()
        headers = {"content-type": declared_type(body)}
        try:
            ours = parse_feed("rw", body, headers, url)
        except ParseError:
            continue
        theirs = feedparser.parse(
            body, response_headers={**headers, "content-location": url}, sanitize_html=False
        ).entries
        for mine, e in zip(ours, theirs, strict=True):
            content = max(
                (c.get("value") or "" for c in e.get("content") or []), key=len, default=""
            )
            link = (e.get("feedburner_origlink") or e.get("link") or "").strip() or None
            assert (mine.guid, mine.link) == ((e.get("id") or "").strip() or None, link), path.name
            assert tree(sanitize_html(mine.content, mine.base or mine.link)) == tree(
                sanitize_html(content)
            ), path.name
            compared += 1
    assert compared > 800
