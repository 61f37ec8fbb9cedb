"""Full text for teaser feeds: fetched once per new item, bounded, the same limits, and the
article's text classified and searchable. Against a loopback server serving recorded pages."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape

from click.testing import CliRunner, Result

from tests.conftest import DATA, feed_source
from tests.loopback import Server
from watcher.cli import cli

ARTICLE = (DATA / "articles" / "wordpress-news.html").read_bytes()


def teaser_feed(server: Server, n: int) -> bytes:
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{server.url(f'/a/{i}')}</link><guid>g{i}</guid>"
        f"<pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate><description>Read more inside.</description></item>"
        for i, t in enumerate(
            ["Warehouse decision announced"] + [f"Other story {k}" for k in range(1, n)]
        )
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def run(tmp_path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources"),
                                    "--now", "2026-04-23T08:00:00Z", *args])  # fmt: skip


def test_teasers_are_completed_from_their_pages_within_bounds(
    tmp_path: Path, server: Server
) -> None:
    server.static("/feed", teaser_feed(server, 8))
    server.static("/a/0", ARTICLE, "text/html; charset=utf-8")  # the article that says what it is
    for i in range(1, 8):
        server.static(
            f"/a/{i}", b"<html><body><p>Too short to be an article.</p></body></html>", "text/html"
        )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.toml").write_text(
        feed_source("tp", server.url("/feed"), extra="fulltext = true")
    )
    first = run(tmp_path, "poll")
    assert first.exit_code == 0, first.output
    pages = [r.path for r in server.requests if r.path.startswith("/a/")]
    assert len(pages) == 5  # at most FULLTEXT_PER_POLL pages a poll
    conn = sqlite3.connect(tmp_path / "w.db")
    text = conn.execute(
        "SELECT content_text FROM items WHERE title = 'Warehouse decision announced'"
    ).fetchone()[0]
    assert "recorded the handheld scanner activity of every warehouse picker" in text
    assert "Ten gadgets" not in text and "42 comments" not in text  # the article, not the page
    short = conn.execute(
        "SELECT summary, content_text FROM items WHERE title = 'Other story 1'"
    ).fetchone()
    assert short == (
        "Read more inside.",
        "",
    )  # nothing readable there: the item as the feed gave it
    found = run(tmp_path, "search", "idle-time", "--all", "--format", "ids").stdout.split()
    assert len(found) == 1  # the article's words are searchable
    evidence = conn.execute(
        "SELECT c.evidence FROM classifications c JOIN items i ON i.id = c.item_id "
        "WHERE i.title = 'Warehouse decision announced'"
    ).fetchone()[0]
    assert '"field": "content"' in evidence  # classified on the article's text, not the teaser
    server.requests.clear()
    again = run(tmp_path, "poll")
    assert again.exit_code == 0 and "0 updated" in again.stdout
    assert [
        r.path for r in server.requests if r.path.startswith("/a/")
    ] == []  # known items: no page
    assert (
        "handheld scanner"
        in conn.execute(
            "SELECT content_text FROM items WHERE title = 'Warehouse decision announced'"
        ).fetchone()[0]
    )


def test_a_source_without_fulltext_fetches_no_page(tmp_path: Path, server: Server) -> None:
    server.static("/feed", teaser_feed(server, 2))
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.toml").write_text(feed_source("tp", server.url("/feed")))
    assert run(tmp_path, "poll").exit_code == 0
    assert [r.path for r in server.requests if r.path.startswith("/a/")] == []
