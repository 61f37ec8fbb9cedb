"""A URL a person has → the feed watcher should poll: autodiscovery, as feed readers do it.

The URL may be a feed itself (RSS, Atom, JSON Feed), or a page that names its feed with
<link rel="alternate">, or a WordPress site (its REST API, <link rel="https://api.w.org/">).
Fetched with the same client, limits and parsers as polling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from watcher.exceptions import ConfigError, SourceError
from watcher.fetch import Fetcher
from watcher.interrupts import run_loop
from watcher.models import Fetched, RawEntry, Source
from watcher.parse import parse_feed, parse_wordpress
from watcher.text import json_value

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
              "application/json", "application/rdf+xml", "text/xml", "application/xml")  # fmt: skip
# A feed's start: a BOM, then any XML declaration, stylesheet instructions, comments and
# DOCTYPE, then an rss, feed or RDF root (a prefix allowed); or a JSON object.
_FEEDISH = re.compile(
    rb"^(\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
    rb"<(?:[\w.-]+:)?(?:rss|feed|RDF)\b|^(\xef\xbb\xbf)?\s*\{",
    re.S | re.I,
)
# What a server says a feed is (generic XML and JSON types are left to the sniffing above).
_FEED_MEDIA = ("application/rss+xml", "application/atom+xml", "application/feed+json",
               "application/rdf+xml")  # fmt: skip


@dataclass(frozen=True)
class Found:
    kind: str  # feed or wordpress
    url: str  # what to poll
    title: str
    language: str | None
    entries: list[RawEntry]
    via: str  # how it was found: "the URL itself", "<link rel=alternate> on the page", ...


def _start(body: bytes) -> bytes:
    """The body's first characters as UTF-8, for sniffing: a UTF-16 feed (with a BOM, or told
    by the zero bytes around its first "<") is decoded first."""
    head = body[:4000]
    codec = None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec, head = ("utf-16-le" if head[0] == 0xFF else "utf-16-be"), head[2:]
    elif head.startswith((b"<\x00", b"\x00<")):
        codec = "utf-16-le" if head[0] == 0x3C else "utf-16-be"
    return head.decode(codec, "ignore").encode() if codec else head


def _probe(url: str) -> Source:
    return Source("new", "new", url, "feed", "new", "news", "INT", "en")


def _title_and_language(fetched: Fetched) -> tuple[str, str | None]:
    import feedparser

    parsed = feedparser.parse(fetched.body, response_headers=fetched.headers)
    feed = parsed.get("feed", {})
    if not feed and fetched.body.lstrip().startswith(b"{"):
        feed = json_value(fetched.body)  # a JSON Feed, which parse_feed has read already
    language = feed.get("language")
    return str(feed.get("title") or ""), language[:2].lower() if isinstance(language, str) else None


async def _discover(url: str, fetcher: Fetcher) -> Found:
    fetched = await fetcher.fetch(_probe(url))
    media = fetched.headers.get("content-type", "").split(";")[0].strip().lower()
    if media in _FEED_MEDIA or _FEEDISH.match(_start(fetched.body)):
        entries = parse_feed("new", fetched.body, fetched.headers, fetched.url)
        title, language = _title_and_language(fetched)
        return Found("feed", fetched.url, title, language, entries, "the URL itself")
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():  # an XML page that is no feed: read as HTML all the same
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(fetched.body, "html.parser")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for link in soup.find_all("link", href=True):
        rel = " ".join(link.get("rel") or []).lower()
        kind = str(link.get("type") or "").lower()
        if "alternate" in rel.split() and kind in FEED_TYPES:
            feed_url = urljoin(fetched.url, str(link["href"]))
            feed = await fetcher.fetch(_probe(feed_url))
            entries = parse_feed("new", feed.body, feed.headers, feed.url)
            title, language = _title_and_language(feed)
            return Found("feed", feed.url, title or str(link.get("title") or page_title), language,
                         entries, f'<link rel="alternate"> on {fetched.url}')  # fmt: skip
    api = soup.find("link", rel="https://api.w.org/", href=True)
    if api is not None:
        posts = urljoin(fetched.url, str(api["href"])).rstrip("/") + "/wp/v2/posts"
        answer = await fetcher.fetch(_probe(posts))
        entries = parse_wordpress("new", answer.body)
        lang = str(soup.html.get("lang") or "") if soup.html else ""
        return Found("wordpress", posts, page_title, lang[:2].lower() or None,
                     entries, f"the WordPress REST API of {fetched.url}")  # fmt: skip
    raise ConfigError(
        f"no feed found at {url}: it is not a feed, names none with <link rel='alternate'>, and "
        "has no WordPress REST API; add it by hand as an html source with selectors (README)"
    )


def discover(url: str, user_agent: str | None = None, transport: object = None) -> Found:
    """What to poll for a URL; ConfigError when there is nothing, naming why."""

    async def go() -> Found:
        async with Fetcher(transport=transport, user_agent=user_agent) as fetcher:  # type: ignore[arg-type]
            return await _discover(url, fetcher)

    try:
        return run_loop(go)
    except SourceError as e:
        raise ConfigError(f"cannot read {url}: {e.message}") from e
