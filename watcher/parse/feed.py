"""RSS 0.9x/1.0/2.0 and Atom through feedparser; JSON Feed (which feedparser 6 cannot read) here.

feedparser is handed bytes and the response headers; it never fetches. Its dicts stay inside
this module: what leaves is `RawEntry`.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from watcher.exceptions import ParseError
from watcher.models import RawEntry
from watcher.parse.dates import parse_date
from watcher.parse.plainrss import plain_rss_entries
from watcher.parse.xmlguard import unsafe_xml_reason
from watcher.text import json_value


def _struct_to_utc(value: time.struct_time | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _looks_like_json(body: bytes, content_type: str) -> bool:
    if "json" in content_type:
        return True
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def parse_feed(
    source_id: str, body: bytes, headers: dict[str, str], url: str, *, plain_reader: bool = True
) -> list[RawEntry]:
    """The entries of a feed document. RSS 2.0 of the plain shape is read by
    `watcher.parse.plainrss` (the same entries, faster); `plain_reader=False` has feedparser
    read every document (the tests compare the two)."""
    content_type = headers.get("content-type", "").lower()
    if not body.strip():
        raise ParseError(source_id, "empty response body: no feed to read")
    if _looks_like_json(body, content_type):
        return parse_json_feed(source_id, body)
    reason = unsafe_xml_reason(body)
    if reason:
        raise ParseError(source_id, reason)
    response_headers = {"content-type": headers["content-type"]} if content_type else {}
    entries = None
    if plain_reader:
        # the plain reader is an optimisation: on anything unforeseen, feedparser reads the body
        try:
            entries = plain_rss_entries(body, response_headers)
        except Exception:
            entries = None
    if entries is None:
        entries = _feedparser_entries(source_id, body, response_headers)
    permalink_flags = _PERMALINK_FLAG.search(body) is not None
    out = [_entry(e, url, permalink_flags) for e in entries]
    unsure = [i for i, entry in enumerate(out) if entry.guid is None and entries[i].get("id")]
    if unsure:  # rare: ask feedparser itself, with the feed's URL as base, for those GUIDs
        with_base = feedparser.parse(
            body, response_headers={**response_headers, "content-location": url}
        ).get("entries")
        for i in unsure:
            guid = (with_base[i].get("id") or "").strip() if i < len(with_base) else ""
            out[i] = dataclasses.replace(out[i], guid=guid or None)
    return out


def _feedparser_entries(
    source_id: str, body: bytes, response_headers: dict[str, str]
) -> list[dict[str, Any]]:
    try:
        # feedparser's own passes over entry HTML (sanitising, resolving relative links; pure
        # Python) are off: watcher.normalize sanitises with nh3 and resolves links against the
        # base each entry gets here (the feed's URL, or the xml:base in effect), in one pass.
        result = feedparser.parse(
            body,
            response_headers=response_headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as e:  # feedparser should not raise, but one broken feed must not stop a poll
        raise ParseError(source_id, f"feedparser failed: {type(e).__name__}: {e}") from e
    entries: list[dict[str, Any]] = result.get("entries") or []
    if not entries and not result.get("version"):
        problem = result.get("bozo_exception")
        content_type = response_headers.get("content-type", "").lower()
        if "html" in content_type or body.lstrip()[:15].lower().startswith(
            (b"<!doctype html", b"<html")
        ):
            raise ParseError(
                source_id,
                "got an HTML page, not a feed (a firewall challenge, or the feed has moved?)",
            )
        detail = f": {problem}" if problem else ""
        raise ParseError(source_id, f"not a recognisable RSS, Atom or JSON feed{detail}")
    return entries


# An isPermaLink attribute: where a feed has one, a relative GUID may not be a link.
_PERMALINK_FLAG = re.compile(rb"ispermalink", re.I)


def _entry(e: Any, url: str, permalink_flags: bool) -> RawEntry:
    """One feedparser entry. feedparser resolved links against any xml:base but not against the
    feed's own URL (it was not given it): that is done here, as feedparser would have.

    feedparser resolves a GUID unless it says isPermaLink="false"; the entry records that only
    when the item has no link. A relative GUID that cannot be told apart is left None for
    `parse_feed` to settle."""
    content = ""
    base = ""
    for part in e.get("content") or []:
        value = part.get("value") or ""
        if len(value) > len(content):
            content, base = value, part.get("base") or ""
    # dict.get, not FeedParserDict.get: the latter maps updated→published with a warning.
    published = _struct_to_utc(dict.get(e, "published_parsed")) or _struct_to_utc(
        dict.get(e, "updated_parsed")
    )
    date_raw = dict.get(e, "published") or dict.get(e, "updated") or None
    link = (e.get("feedburner_origlink") or e.get("link") or "").strip()
    guid = (e.get("id") or "").strip()
    resolved = _join(url, guid) if guid else ""
    if resolved != guid:
        guid = resolved if e.get("guidislink") or not permalink_flags else ""
    return RawEntry(
        guid=guid or None,
        link=_join(url, link) if link else None,
        title=e.get("title") or "",
        summary=e.get("summary") or "",
        content=content,
        published=published,
        date_raw=date_raw,
        author=e.get("author") or None,
        tags=tuple(t.get("term") for t in e.get("tags") or [] if t.get("term")),
        base=_join(url, base) if content else None,
    )


def _join(base: str, url: str) -> str:
    try:
        return urljoin(base, url)
    except ValueError:  # a malformed URL (bad IPv6 host) stays as the feed wrote it
        return url


def parse_json_feed(source_id: str, body: bytes) -> list[RawEntry]:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        doc = json_value(body.decode("utf-8-sig"))
    except ValueError as e:  # not UTF-8, not JSON, nested too deeply
        raise ParseError(source_id, f"invalid JSON: {e}") from e
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or "jsonfeed.org" not in version:
        raise ParseError(source_id, "JSON that is not a JSON Feed (no jsonfeed.org 'version')")
    if not isinstance(doc.get("items"), list):
        raise ParseError(source_id, "JSON Feed without an 'items' list")
    entries = []
    for item in doc["items"]:
        if not isinstance(item, dict):
            continue
        author = item.get("author") or (item.get("authors") or [None])[0]
        date_raw = item.get("date_published") or item.get("date_modified")
        entries.append(
            RawEntry(
                guid=str(item["id"]) if item.get("id") is not None else None,
                link=item.get("url") or item.get("external_url"),
                title=str(item.get("title") or ""),
                summary=str(item.get("summary") or ""),
                content=str(item.get("content_html") or item.get("content_text") or ""),
                published=parse_date(date_raw) if isinstance(date_raw, str) else None,
                date_raw=date_raw if isinstance(date_raw, str) else None,
                author=author.get("name") if isinstance(author, dict) else None,
                tags=tuple(str(t) for t in item.get("tags") or []),
            )
        )
    return entries
