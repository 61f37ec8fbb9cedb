"""Bytes and headers → `RawEntry` values, one parser per source kind.

Parsers never fetch anything: they are handed what `watcher.fetch` retrieved.
"""

from __future__ import annotations

from watcher.models import Fetched, RawEntry, Source
from watcher.parse.feed import parse_feed
from watcher.parse.page import parse_page
from watcher.parse.wordpress import parse_wordpress


def parse(source: Source, fetched: Fetched) -> list[RawEntry]:
    """Entries of one response; raises ParseError when the body is not what the kind expects."""
    if source.kind == "wordpress":
        return parse_wordpress(source.id, fetched.body)
    if source.kind == "html":
        return parse_page(source, fetched)
    return parse_feed(source.id, fetched.body, fetched.headers, fetched.url)


__all__ = ["parse", "parse_feed", "parse_page", "parse_wordpress"]
