"""HTML listings of authorities with no feed: beautifulsoup4 and the source's CSS selectors.

Relative links are resolved against `<base href>` or the page's final URL; dates are read from a
`datetime`/`content` attribute when there is one, otherwise from the text in the source's
`date_language`; with no date selector, the item's own text is searched for a date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from watcher.exceptions import ParseError
from watcher.models import Fetched, RawEntry, Source
from watcher.parse.dates import parse_date

if TYPE_CHECKING:
    from bs4.element import Tag

_CHARSET = re.compile(r"charset=([\w-]+)", re.I)


def _text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ", strip=True).split()) if tag else ""


def parse_page(source: Source, fetched: Fetched) -> list[RawEntry]:
    sel = source.selectors
    if sel is None:
        raise ParseError(source.id, "html source without selectors")
    # imported here, not with watcher.parse: a poll of feeds alone never needs bs4 (70 ms)
    from bs4 import BeautifulSoup
    from bs4.element import Tag

    from watcher.config.sources import selector_problem  # compiled here, not when loading

    for name, value in vars(sel).items():
        if value and (problem := selector_problem(value)):
            raise ParseError(
                source.id,
                f"invalid CSS selector {name} = {value!r} ({problem}): see 'watcher sources check'",
            )
    charset = _CHARSET.search(fetched.headers.get("content-type", ""))
    soup = BeautifulSoup(
        fetched.body, "html.parser", from_encoding=charset.group(1) if charset else None
    )
    base_tag = soup.find("base", href=True)
    base = urljoin(fetched.url, str(base_tag["href"])) if isinstance(base_tag, Tag) else fetched.url
    language = source.date_language or source.language
    items = soup.select(sel.item)
    if not items:
        raise ParseError(
            source.id,
            f"no element matches the item selector {sel.item!r}: the page layout may have changed",
        )
    entries: list[RawEntry] = []
    for item in items:
        link_tag = item if item.name == "a" and item.has_attr("href") else item.select_one(sel.link)
        href = link_tag.get("href") if link_tag else None
        if not isinstance(href, str) or not href.strip() or href.startswith(("#", "javascript:")):
            continue
        title = _text(item.select_one(sel.title)) if sel.title else _text(link_tag)
        date_tag = item.select_one(sel.date) if sel.date else None
        date_raw = None
        if date_tag is not None:
            attr = date_tag.get("datetime") or date_tag.get("content")
            date_raw = attr if isinstance(attr, str) and attr.strip() else _text(date_tag)
        elif sel.date is None:
            date_raw = _text(item)
        published = parse_date(date_raw, language)
        entries.append(
            RawEntry(
                guid=None,
                link=urljoin(base, href.strip()),
                title=title,
                summary=_text(item.select_one(sel.summary)) if sel.summary else "",
                content="",
                published=published,
                date_raw=date_raw if date_tag is not None else None,
            )
        )
    return entries
