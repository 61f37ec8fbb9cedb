"""RawEntry → Item: canonical URLs, stable ids, plain text, sanitised HTML, trusted UTC dates.

Pure functions only. Item identity must survive real feeds:
1. the GUID within its source (URL-like GUIDs are compared without their scheme, tracking
   parameters and fragment, so an http → https switch is not a new item);
2. else the canonical link;
3. else a hash of the title and summary.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import nh3

from watcher.models import Item, RawEntry, Source
from watcher.text import plain_text, strip_controls

FUTURE_TOLERANCE = timedelta(days=1)  # clocks and zones disagree; beyond a day a date is wrong

TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_hsenc",
    "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc", "at_medium",
    "at_campaign", "cmpid", "ncid", "sr_share", "xtor", "ref_src", "guccounter",
}  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")

_SPACE = re.compile(r"\s+")
_URLISH = re.compile(r"^https?://", re.I)
_HAS_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_EDGES = re.compile(r"^[\s\x00-\x20]+|[\s\x00-\x20]+$")
# A URL that is canonical as written (most feeds' links and GUIDs): lower-case http(s) scheme and
# host, no port, user, query or fragment, a path; the full pass would give it back unchanged
_ALREADY_CANONICAL = re.compile(r"https?://[a-z0-9.-]+/[^?#\s\x00-\x20\x7f]*")

ALLOWED_SCHEMES = {"http", "https", "mailto"}


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, fragment or tracking parameters; sorted query.

    Idempotent: canonical_url(canonical_url(u)) == canonical_url(u). One pass can expose what
    the next would change (a fragment hid a trailing space), so it runs to a fixed point. A URL
    already canonical is returned at once (a quarter of normalising a poll's items went here).
    """
    return url if _ALREADY_CANONICAL.fullmatch(url) else _canonical_fixed_point(url)


def _canonical_fixed_point(url: str) -> str:
    """The full pass, to a fixed point (what the shortcut above must agree with)."""
    for _ in range(4):
        once = _canonical_once(url)
        if once == url:
            break
        url = once
    return url


def _canonical_once(url: str) -> str:
    url = _EDGES.sub("", url)  # what urlsplit strips (C0 controls, space) and str.strip strips
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    )
    path = parts.path or ("/" if host else "")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def _identity_url(url: str) -> str:
    """A URL as an identity: canonical, and the same whether it was served over http or https."""
    canonical = canonical_url(url)
    return re.sub(r"^https?://", "//", canonical, flags=re.I)


URL_ATTRIBUTES = {"href", "src", "cite", "longdesc", "poster", "usemap"}


def sanitize_html(value: str, base: str | None = None) -> str:
    """Safe HTML: no scripts, styles, event handlers or javascript: URLs; plain text is escaped.
    Relative links are resolved against `base` (an http(s) URL), in the same pass. Control
    characters are dropped."""
    value = strip_controls(value)
    if not value.strip():
        return ""
    if "<" not in value:
        return "<p>" + html.escape(html.unescape(value.strip()), quote=False) + "</p>"
    return nh3.clean(
        value,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_resolver(base) if base and _URLISH.match(base) else None,
    )


def _resolver(base: str) -> Callable[[str, str, str], str | None]:
    """An nh3 attribute filter that makes relative URLs absolute. nh3 has already refused
    disallowed schemes; a resolved URL is http(s), since the base is."""

    def resolve(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in URL_ATTRIBUTES or _HAS_SCHEME.match(value):
            return value
        try:
            return urljoin(base, value)
        except ValueError:
            return None  # a link no browser could follow either

    return resolve


def _hash(*parts: str | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def identity(entry: RawEntry) -> str:
    if entry.guid:
        guid = entry.guid.strip()
        return "guid:" + (_identity_url(guid) if _URLISH.match(guid) else guid)
    if entry.link:
        return "url:" + _identity_url(entry.link)
    return "hash:" + _hash(plain_text(entry.title), plain_text(entry.summary))[:32]


def item_id(source_id: str, key: str) -> str:
    return hashlib.sha256(f"{source_id}\x00{key}".encode()).hexdigest()[:16]


def to_item(source: Source, entry: RawEntry, now: datetime) -> Item:
    key = identity(entry)
    title = plain_text(entry.title)
    summary = plain_text(entry.summary)
    content = sanitize_html(entry.content or "", entry.base or entry.link)
    url = canonical_url(entry.link) if entry.link else None
    if url and urlsplit(url).scheme not in ("http", "https"):
        url = None
    published: str | None = None
    date_flag: str | None = None
    if entry.published is not None:
        if entry.published > now + FUTURE_TOLERANCE:
            date_flag = "future"
        else:
            published = entry.published.isoformat(timespec="seconds")
    return Item(
        id=item_id(source.id, key),
        source_id=source.id,
        identity=key,
        guid=entry.guid,
        url=url,
        title=title or summary[:120] or (url or "(untitled)"),
        summary=summary,
        content=content,
        content_text=plain_text(content),
        author=plain_text(entry.author or "") or None,
        language=source.language,
        published=published,
        date_source="source" if published else "first_seen",
        date_flag=date_flag,
        date_raw=entry.date_raw,
        tags=tuple(plain_text(t) for t in entry.tags if t),
        content_hash=_hash(title, summary, content, url, published)[:32],
    )


def normalize(source: Source, entries: Iterable[RawEntry], now: datetime) -> list[Item]:
    """Items of one response, first occurrence kept when a feed repeats an identity."""
    seen: set[str] = set()
    items = []
    for entry in entries:
        item = to_item(source, entry, now)
        if item.id in seen:
            continue
        seen.add(item.id)
        items.append(item)
    return items
