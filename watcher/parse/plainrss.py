"""RSS 2.0 of the plain shape, read with lxml: feedparser's entries, a quarter of its cost.

feedparser spends most of a poll's parsing time in its pure-Python SAX handlers (about 120 µs an
item). Most feeds are RSS 2.0 whose items hold only the plain elements (title, link, guid,
description, content:encoded, dates, an author, categories): for those, this module walks the
tree lxml builds (in C) and does what feedparser's handlers would do to each element, with
feedparser's own helpers (its encoding detection, date parser, URI join and text fixes), so the
entries are the same dicts `watcher.parse.feed` reads from feedparser.

Anything else returns None and feedparser reads the document: another format, a DOCTYPE, a
"base" or "xml:base" attribute, any error or warning from the XML parser, an item with
attributes (feedparser reads an id, a link or a date off them), an item element outside the
plain set, an element of it twice (feedparser's rules for repeats differ by element), markup,
comments or attributes on a text element, namespaced attributes. tests/test_plainrss.py holds
the two readers equal on every real feed we have, on generated ones and on damaged ones.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.encodings import convert_to_utf8
from feedparser.html import _cp1252
from feedparser.urls import _urljoin
from lxml import etree

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ORIGLINK = "{http://rssnamespace.org/feedburner/ext/1.0}origLink"
# Namespaced item elements feedparser keeps under keys watcher never reads (so they are skipped),
# and the parts of a media:content it may hold.
_MEDIA = "{http://search.yahoo.com/mrss/}"
_SKIPPED = frozenset(
    {
        "{http://purl.org/rss/1.0/modules/slash/}comments",
        "{http://wellformedweb.org/CommentAPI/}commentRss",
        _MEDIA + "content",
        _MEDIA + "thumbnail",
    }
)
_MEDIA_PARTS = frozenset({_MEDIA + "credit", _MEDIA + "thumbnail", _MEDIA + "text"})
# The entry keys watcher.parse.feed reads: an unknown element of one of these names would land
# on them.
_READ = frozenset(
    {
        "title", "link", "id", "guidislink", "summary", "content", "published",
        "published_parsed", "updated", "updated_parsed", "author", "tags", "feedburner_origlink",
    }
)  # fmt: skip
# An element may stand once in an item (categories and the skipped ones any number of times);
# the author and dc:creator are one field.
_ONCE = {
    "title": "title",
    "link": "link",
    "guid": "guid",
    "description": "description",
    "pubDate": "pubDate",
    _DC + "date": "dc:date",
    "author": "author",
    _DC + "creator": "author",
    _CONTENT: "content",
    _ORIGLINK: "origLink",
}
_UNSAFE_PROLOG = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)
_BASE = re.compile(rb"base\s*=", re.I)
_LINK_ENTITY = re.compile("&([A-Za-z0-9_]+);")


class _NotPlain(Exception):
    """The document is not of the plain shape: feedparser reads it."""


def plain_rss_entries(body: bytes, headers: dict[str, str]) -> list[dict[str, Any]] | None:
    """feedparser's entry dicts (the keys `watcher.parse.feed` reads) for a plain RSS 2.0
    document, or None when feedparser must read it. `headers` are the response headers
    feedparser would be given."""
    if _BASE.search(body):
        return None  # feedparser resolves against any "base" or "xml:base" attribute in scope
    result: dict[str, Any] = {}
    try:
        data = convert_to_utf8(dict(headers), body, result)
    except (UnicodeError, ValueError, LookupError):
        return None  # a garbled encoding declaration: feedparser fails on it, and says so
    if not result.get("encoding"):
        return None  # feedparser's loose parser would read it
    root_at = re.search(rb"<\w", data)
    if root_at is None or _UNSAFE_PROLOG.search(data, 0, root_at.start()):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if len(parser.error_log) or root.tag != "rss":
        return None
    channels = [child for child in root if child.tag == "channel"]
    if len(channels) != 1:
        return None
    items = [child for child in channels[0] if child.tag == "item"]
    if sum(1 for _ in root.iter("{*}item", "{*}entry")) != len(items):
        return None  # entries outside the channel, inside an element, or in a namespace
    try:
        return [_item(item) for item in items]
    except _NotPlain:
        return None


def _text(element: Any, resolve: bool = False) -> str:
    """An element's text as feedparser's `pop` leaves it: stripped, resolved against no base
    where it may be a URI, UTF-8 read as Latin-1 undone, cp1252's C1 characters mapped."""
    if len(element) or element.attrib and element.tag not in ("guid", "category"):
        raise _NotPlain  # markup, a comment or an attribute feedparser may act on
    out: str = (element.text or "").strip()
    if resolve and out:
        out = _urljoin("", out)
    if out.isascii():
        return out  # neither fix changes ASCII
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        out = out.encode("iso-8859-1").decode("utf-8")
    return out.translate(_cp1252)


def _attributes(element: Any) -> dict[str, str]:
    """Attribute names lower-cased, as feedparser's strict SAX handler gives them."""
    out = {}
    for name, value in element.attrib.items():
        if name.startswith("{"):
            raise _NotPlain
        out[name.lower()] = value
    return out


def _item(item: Any) -> dict[str, Any]:
    """One item, element by element in document order, as feedparser's handlers build it."""
    if item.attrib:
        raise _NotPlain  # an item's rdf:about is its id, its lastmod a date, its href a link
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    tags: list[list[str | None]] = []
    for element in item:
        tag = element.tag
        if not isinstance(tag, str):
            raise _NotPlain  # a comment or processing instruction between elements
        if _skipped(element):
            continue
        if tag == "category":
            _category(tags, element)
            continue
        field = _ONCE.get(tag)
        if field is None or field in seen:
            raise _NotPlain
        seen.add(field)
        if field == "title":
            entry["title"] = _text(element)
        elif field == "link":
            link = _text(element, resolve=True).replace("&amp;", "&")
            entry["link"] = _LINK_ENTITY.sub(r"&\g<1>", link)
        elif field == "guid":
            is_link = _attributes(element).get("ispermalink", "true") == "true"
            guid = _text(element, resolve=is_link)
            entry["id"] = guid
            entry.setdefault("guidislink", is_link and "link" not in entry)
            if is_link:
                entry.setdefault("link", guid)
        elif field == "description":
            entry["summary"] = _text(element)
        elif field == "content":
            value = _text(element)
            entry["content"] = [{"value": value, "base": ""}]
            entry.setdefault("summary", value)
        elif field == "pubDate":
            entry["published"] = value = _text(element)
            entry["published_parsed"] = _parse_date(value)
        elif field == "dc:date":
            entry["updated"] = value = _text(element)
            entry["updated_parsed"] = _parse_date(value)
        elif field == "author":
            entry["author"] = _text(element)
        else:
            entry["feedburner_origlink"] = _text(element)
    if tags:
        entry["tags"] = [{"term": term} for term, _, _ in tags]
    return entry


def _skipped(element: Any) -> bool:
    """An element feedparser keeps apart from the keys watcher reads: an unknown one of no
    namespace (it lands under its own name), the namespaced ones listed, an enclosure, an
    item's image holding only its URL. Not one feedparser has a handler for, nor one with elements inside
    (they could be handled: a media:title inside a media:content sets the entry's title)."""
    tag: str = element.tag
    if tag.startswith("{"):
        parts_plain = all(part.tag in _MEDIA_PARTS and not len(part) for part in element)
        return tag in _SKIPPED and parts_plain
    name = tag.lower()
    if name == "image":
        return all(part.tag == "url" and not len(part) for part in element)
    if name == "enclosure":  # its handler only adds to the entry's list of links
        return not len(element)
    handled = hasattr(StrictFeedParser, "_start_" + name) or hasattr(
        StrictFeedParser, "_end_" + name
    )
    return not (handled or name in _READ or len(element))


def _category(tags: list[list[str | None]], element: Any) -> None:
    """feedparser's `_start_category` and `_end_category`: a tag per (term, scheme, label),
    the text filling the term of a tag its attributes began."""
    attributes = _attributes(element)
    _add_tag(
        tags,
        attributes.get("term"),
        attributes.get("scheme", attributes.get("domain")),
        attributes.get("label"),
    )
    value = _text(element)
    if not value:
        return
    if tags and not tags[-1][0]:
        tags[-1][0] = value
    else:
        _add_tag(tags, value, None, None)


def _add_tag(
    tags: list[list[str | None]], term: str | None, scheme: str | None, label: str | None
) -> None:
    if (term or scheme or label) and [term, scheme, label] not in tags:
        tags.append([term, scheme, label])
