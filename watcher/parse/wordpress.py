"""WordPress REST API: `/wp-json/wp/v2/posts` JSON → entries.

Text fields come as `{"rendered": "<html>"}`; `date_gmt` is UTC without a zone. A single post
object (as `/posts/ID` returns) is read as a list of one.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from watcher.exceptions import ParseError
from watcher.models import RawEntry
from watcher.parse.dates import parse_date
from watcher.text import json_value


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("rendered") or "")
    return str(value or "")


def parse_wordpress(source_id: str, body: bytes) -> list[RawEntry]:
    try:
        doc = json_value(body.decode("utf-8-sig"))
    except ValueError as e:  # not UTF-8, not JSON, nested too deeply
        raise ParseError(source_id, f"invalid JSON from the WordPress API: {e}") from e
    if isinstance(doc, dict) and "code" in doc and "id" not in doc:
        raise ParseError(
            source_id, f"WordPress API error {doc.get('code')}: {doc.get('message', '')}".strip()
        )
    posts = [doc] if isinstance(doc, dict) else doc
    if not isinstance(posts, list):
        raise ParseError(
            source_id, "the WordPress API answer is neither a post nor a list of posts"
        )
    entries = []
    for post in posts:
        if not isinstance(post, dict):
            raise ParseError(source_id, "a WordPress post is not a JSON object")
        date_raw = post.get("date_gmt") or post.get("date")
        published = parse_date(date_raw) if isinstance(date_raw, str) else None
        if published and isinstance(post.get("date_gmt"), str):
            published = published.replace(tzinfo=UTC)
        guid = _rendered(post.get("guid")) or (str(post["id"]) if "id" in post else "")
        entries.append(
            RawEntry(
                guid=guid or None,
                link=post.get("link") or None,
                title=_rendered(post.get("title")),
                summary=_rendered(post.get("excerpt")),
                content=_rendered(post.get("content")),
                published=published,
                date_raw=date_raw if isinstance(date_raw, str) else None,
            )
        )
    return entries
