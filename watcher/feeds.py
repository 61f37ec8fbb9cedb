"""Feeds for feed readers (Miniflux, FreshRSS, ...): Atom and JSON Feed 1.1, pure.

The site publishes a feed of whole issues, and feeds of relevant items: all of them, and one per
topic and per jurisdiction, so a reader can follow just what matters to them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from xml.sax.saxutils import escape

FEED_LENGTH = 50  # entries per feed: readers keep their own history


@dataclass(frozen=True)
class FeedEntry:
    id: str  # a permanent URL
    title: str
    link: str  # the page on the site
    updated: str  # ISO 8601
    summary: str
    html: str = ""  # full content, when there is more than the summary
    external: str | None = None  # the original article


@dataclass(frozen=True)
class Feed:
    title: str
    home: str  # the page the feed follows
    atom_url: str
    json_url: str
    entries: tuple[FeedEntry, ...]

    def updated(self) -> str:
        return max((e.updated for e in self.entries), default="1970-01-01T00:00:00+00:00")


def atom(feed: Feed) -> str:
    entries = []
    for e in feed.entries[:FEED_LENGTH]:
        parts = [
            f"<entry><id>{escape(e.id)}</id><title>{escape(e.title)}</title>",
            f'<link rel="alternate" type="text/html" href="{escape(e.link)}"/>',
            f'<link rel="related" type="text/html" href="{escape(e.external)}"/>'
            if e.external
            else "",
            f"<updated>{escape(e.updated)}</updated><published>{escape(e.updated)}</published>",
            f"<summary>{escape(e.summary)}</summary>",
            f'<content type="html">{escape(e.html)}</content>' if e.html else "",
            "</entry>",
        ]
        entries.append("".join(parts))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{escape(feed.atom_url)}</id><title>{escape(feed.title)}</title>"
        f'<link rel="self" href="{escape(feed.atom_url)}"/><link rel="alternate" href="{escape(feed.home)}"/>'
        f"<updated>{escape(feed.updated())}</updated><author><name>watcher</name></author>"
        f"{''.join(entries)}</feed>\n"
    )


def json_feed(feed: Feed) -> str:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    items = []
    for e in feed.entries[:FEED_LENGTH]:
        item: dict[str, object] = {"id": e.id, "url": e.link, "title": e.title,
                                   "summary": e.summary, "date_published": e.updated}  # fmt: skip
        item["content_html" if e.html else "content_text"] = e.html or e.summary
        if e.external:
            item["external_url"] = e.external
        items.append(item)
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": feed.home,
        "feed_url": feed.json_url,
        "items": items,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
