"""The registry as OPML 2.0, and OPML from a feed reader (Miniflux, FreshRSS) into the registry.

Export: one outline per category holding its feeds (`kind = "feed"`: WordPress API and html
listings are watcher's own ways of reading a site, which a feed reader cannot subscribe to).
Import: each feed not already present becomes a [[source]] that `watcher sources check` accepts.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from watcher.exceptions import ConfigError
from watcher.models import CATEGORIES, Source
from watcher.parse.xmlguard import unsafe_xml_reason


def export(sources: list[Source], title: str = "watcher sources") -> str:
    """OPML 2.0: categories as outlines, feeds inside; deterministic (no date), so an export is
    comparable with the next."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{_text(title)}</title></head>", "  <body>"]  # fmt: skip
    for category in CATEGORIES:
        feeds = sorted(
            (s for s in sources if s.kind == "feed" and s.category == category), key=lambda s: s.id
        )
        if not feeds:
            continue
        lines.append(f"    <outline text={quoteattr(category)} title={quoteattr(category)}>")
        for s in feeds:
            lines.append(
                f'      <outline type="rss" text={quoteattr(s.name)} title={quoteattr(s.name)} '
                f"xmlUrl={quoteattr(s.url)} category={quoteattr(category)} "
                f"language={quoteattr(s.language)} jurisdiction={quoteattr(s.jurisdiction)} "
                f"publisher={quoteattr(s.publisher)}/>"
            )
        lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return quoteattr(value)[1:-1]


@dataclass(frozen=True)
class Outline:
    title: str
    url: str
    category: str
    language: str
    jurisdiction: str
    publisher: str


def read(data: bytes, file: str) -> list[Outline]:
    """The feeds an OPML file lists (nested outlines and their categories included)."""
    reason = unsafe_xml_reason(data)
    if reason:
        raise ConfigError(f"refused: {reason}", file=file)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise ConfigError(f"not valid OPML: {e}", file=file) from e
    if root.tag != "opml" or root.find("body") is None:
        raise ConfigError("not an OPML file (no <opml><body>)", file=file)
    found: list[Outline] = []
    body = root.find("body")
    assert body is not None
    # In document order (each outline, then the outlines inside it), with a stack rather than
    # recursion: outlines may nest as deep as a file likes.
    stack = [(outline, "news") for outline in reversed(body.findall("outline"))]
    while stack:
        outline, folder = stack.pop()
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        name = outline.get("title") or outline.get("text") or ""
        if url:
            category = outline.get("category") or folder
            category = category if category in CATEGORIES else "news"
            language = (outline.get("language") or "en")[:2].lower()
            jurisdiction = (outline.get("jurisdiction") or jurisdiction_of(url)).upper()
            title = name.strip() or host_name(url) or url.strip()
            found.append(Outline(title, url.strip(), category, language, jurisdiction,
                                 outline.get("publisher") or title))  # fmt: skip
        inside = (outline.get("text") or outline.get("title") or folder).strip().lower()
        stack += [(child, inside) for child in reversed(outline.findall("outline"))]
    return found


def host_name(url: str) -> str:
    """What to call a feed that has no title: its host, which a reader can place."""
    from urllib.parse import urlsplit

    try:
        return re.sub(r"^www\.", "", urlsplit(url.strip()).hostname or "")
    except ValueError:  # a malformed address
        return ""


# Country-code domains used the world over for what they spell (.io, .ai, .tv ...): no place.
_GENERIC_CC = frozenset("ac ai cc co fm gg io ly me so tv to ws".split())


def jurisdiction_of(url: str) -> str:
    """Where a source's address places it, for a new entry: its country's domain (cnil.fr ->
    FR, ico.org.uk -> GB, edpb.europa.eu -> EU), else INT."""
    tld = host_name(url).rsplit(".", 1)[-1].lower()
    if tld in ("eu", "uk"):
        return "EU" if tld == "eu" else "GB"
    return tld.upper() if re.fullmatch(r"[a-z]{2}", tld) and tld not in _GENERIC_CC else "INT"


def slug(text: str, taken: set[str], url: str = "") -> str:
    """An id for a new source: lower-case letters, digits and dashes, unique among `taken`;
    from its address when its name has no Latin letter or digit (新闻国内 -> news-example-org-rss)."""
    named = _dashed(text) if text != url else ""
    base = named or _dashed(re.sub(r"^[a-z]+://(www\.)?", "", url, flags=re.I)) or "source"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _dashed(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:48]
