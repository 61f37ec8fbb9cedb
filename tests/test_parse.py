"""Parsers: feeds, JSON Feed, WordPress, HTML listings, dates, hostile XML."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import DATA
from watcher.exceptions import ParseError
from watcher.models import Fetched, Selectors, Source
from watcher.parse import parse_feed, parse_page, parse_wordpress
from watcher.parse.dates import parse_date


def _feed(name: str, content_type: str = "application/xml") -> list:  # type: ignore[type-arg]
    return parse_feed("t", (DATA / name).read_bytes(), {"content-type": content_type}, "http://x/")


def test_rss2_entries() -> None:
    entries = _feed("rss2.xml")
    assert len(entries) == 5
    first = entries[0]
    assert first.guid == "http://regulator.example/news/fine-keystrokes"
    assert first.published == datetime(2026, 4, 22, 8, 0, tzinfo=UTC)
    assert entries[4].guid is None and entries[4].published is None


def test_feed_without_content_type_is_decoded_from_its_bytes() -> None:
    """A server that sends no Content-Type: the bytes say UTF-8 (a byte-order mark, no declaration)."""
    body = "\ufeff<rss version='2.0'><channel><title>c</title><item><title>Fined £31 million: salariés surveillés</title>" \
        "<link>https://x.example/1</link></item></channel></rss>".encode()  # fmt: skip
    (entry,) = parse_feed("t", body, {}, "https://x.example/feed")
    assert entry.title == "Fined £31 million: salariés surveillés"


def test_atom_prefers_published_over_earlier_updated() -> None:
    entry = _feed("atom.xml")[0]
    assert entry.published == datetime(2026, 4, 22, 16, 0, tzinfo=UTC)
    assert entry.link == "https://outlet.example/ai/101/mouse-clicks"
    assert "keystrokes" in entry.content


def test_json_feed() -> None:
    entries = _feed("jsonfeed.json", "application/feed+json")
    assert [e.guid for e in entries] == ["j1", "j2"]
    assert entries[0].published == datetime(2026, 4, 21, 8, 0, tzinfo=UTC)
    assert entries[0].author == "Writer" and entries[0].tags == ("biometrics",)


def test_wordpress_posts_and_single_post() -> None:
    body = (DATA / "wordpress-posts.json").read_bytes()
    entries = parse_wordpress("wp", body)
    assert entries[0].title == "Employer&#8217;s keystroke tool trains AI"
    assert entries[0].published == datetime(2026, 4, 22, 11, 17, 32, tzinfo=UTC)
    single = parse_wordpress(
        "wp", b'{"id": 7, "link": "https://wp.example/7", "title": {"rendered": "x"}}'
    )
    assert single[0].guid == "7"


def test_wordpress_api_error_is_clear() -> None:
    body = (
        b'{"code":"rest_post_invalid_page_number","message":"The page number is larger","data":{}}'
    )
    with pytest.raises(ParseError, match="rest_post_invalid_page_number"):
        parse_wordpress("wp", body)


def _page(name: str, selectors: Selectors, language: str) -> list:  # type: ignore[type-arg]
    source = Source("p", "P", "https://autorite.example/fr/actualites", "html", "P", "regulator",
                    "FR", language, selectors=selectors, date_language=language)  # fmt: skip
    fetched = Fetched(
        "p", source.url, 200, {"content-type": "text/html"}, (DATA / name).read_bytes()
    )
    return parse_page(source, fetched)


def test_html_listing_french_dates_and_relative_links() -> None:
    sel = Selectors(item="article", link="h3 a", date="p.date, time", summary=".introduction")
    entries = _page("listing-fr.html", sel, "fr")
    assert [e.link for e in entries] == [
        "https://autorite.example/fr/sanction-geolocalisation",
        "https://autorite.example/fr/guide-teletravail",
    ]
    assert entries[0].published == datetime(2026, 8, 19, 12, 0, tzinfo=UTC)
    assert entries[0].summary == "La société suivait en permanence ses employés."
    assert entries[1].published == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_html_listing_german_dates_found_in_item_text() -> None:
    entries = _page("listing-de.html", Selectors(item="ul.news li"), "de")
    assert entries[0].link == "https://autorite.example/DE/Presse/leistungskontrolle.html"
    assert entries[0].published == datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    assert entries[1].published == datetime(2026, 2, 12, 12, 0, tzinfo=UTC)


def test_html_listing_layout_change_is_a_clear_error() -> None:
    with pytest.raises(ParseError, match="no element matches the item selector"):
        _page("listing-de.html", Selectors(item="div.gone"), "de")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("19 août 2026", "fr", (2026, 8, 19, 12, 0)),
        ("1er janvier 2026", "fr", (2026, 1, 1, 12, 0)),
        ("3. März 2026", "de", (2026, 3, 3, 12, 0)),
        ("5 marzo 2026", "it", (2026, 3, 5, 12, 0)),
        ("12 de marzo de 2026", "es", (2026, 3, 12, 12, 0)),
        ("12 maart 2026", "nl", (2026, 3, 12, 12, 0)),
        ("7 maj 2026", "sv", (2026, 5, 7, 12, 0)),
        ("March 3, 2026", "en", (2026, 3, 3, 12, 0)),
        ("Fri, 05/22/2026 - 18:03", "en", (2026, 5, 22, 18, 3)),
        ("22.05.2026", "de", (2026, 5, 22, 12, 0)),
        ("22/05/2026", "fr", (2026, 5, 22, 12, 0)),
        ("2026-04-22", "en", (2026, 4, 22, 12, 0)),
        ("2026-04-22T10:00:00+02:00", "en", (2026, 4, 22, 8, 0)),
        ("Wed, 22 Apr 2026 10:00:00 +0200", "en", (2026, 4, 22, 8, 0)),
    ],
)
def test_dates(text: str, language: str, expected: tuple[int, ...]) -> None:
    assert parse_date(text, language) == datetime(*expected, tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "no date here", "31 février 2026", "2026-13-45"])
def test_dates_that_are_not(text: str) -> None:
    assert parse_date(text, "fr") is None


@pytest.mark.parametrize(
    ("name", "words"), [("billion-laughs.xml", "entity expansion bomb"), ("xxe.xml", "XXE")]
)
def test_hostile_xml_is_refused(name: str, words: str) -> None:
    with pytest.raises(ParseError, match=words):
        _feed(name)


def test_html_page_instead_of_feed_is_explained() -> None:
    body = b"<!DOCTYPE html><html><body>Access denied</body></html>"
    with pytest.raises(ParseError, match="HTML page, not a feed"):
        parse_feed("t", body, {"content-type": "text/html"}, "http://x/")


def test_empty_body_and_garbage() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_feed("t", b"  ", {}, "http://x/")
    with pytest.raises(ParseError, match="not a recognisable"):
        parse_feed("t", b"\x00\x01 garbage", {}, "http://x/")
