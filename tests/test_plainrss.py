"""The plain-RSS reader gives what feedparser gives, on real feeds and on generated ones, and
leaves every other document to feedparser."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, SHARED
from watcher.exceptions import ParseError
from watcher.parse import parse_feed
from watcher.parse.plainrss import plain_rss_entries

HEADERS = (
    {},
    {"content-type": "application/rss+xml"},
    {"content-type": "text/xml; charset=utf-8"},
    {"content-type": "text/xml"},  # RFC 3023: US-ASCII, whatever the document says
    {"content-type": "application/xml; charset=iso-8859-1"},
)
NS = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" '
    'xmlns:slash="http://purl.org/rss/1.0/modules/slash/" '
    'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"'
)


def read_both(body: bytes, headers: dict[str, str]) -> tuple[object, object]:
    """What parse_feed returns (or the error it raises) with and without the plain reader."""
    out = []
    for plain in (True, False):
        try:
            out.append(
                parse_feed("t", body, headers, "https://x.example/feed/", plain_reader=plain)
            )
        except ParseError as e:
            out.append(("error", str(e)))
    return out[0], out[1]


def engaged(body: bytes, headers: dict[str, str]) -> bool:
    given_headers = {"content-type": headers["content-type"]} if headers else {}
    return plain_rss_entries(body, given_headers) is not None


def real_feeds() -> list[Path]:
    files = sorted((Path(__file__).parents[1] / "watcher" / "samples" / "replay").glob("*.body"))
    files += sorted(DATA.glob("*.xml"))
    shared = SHARED / "realworld" / "feeds"
    if shared.is_dir():
        files += sorted(p for p in shared.rglob("*.xml"))
    return files


def test_every_real_feed_reads_the_same_as_with_feedparser() -> None:
    """Real documents (the bundled samples, the test feeds, and ../shared's real feeds and
    feedparser's own test documents where present), each with the content types servers send."""
    plain = set()
    for path in real_feeds():
        body = path.read_bytes()
        for headers in HEADERS:
            fast, slow = read_both(body, headers)
            assert fast == slow, f"{path.name} with {headers}"
            if engaged(body, headers):
                plain.add(path.name)
    # the plain reader did read the plain RSS 2.0 among them (WordPress, Drupal, the CNIL)
    assert {"arstechnica-ai.body", "cnil.body", "rss2.xml"} <= plain


def test_what_is_not_plain_rss_is_left_to_feedparser() -> None:
    item = "<item><title>t</title><link>https://x.example/1</link>{}</item>"
    cases = {
        "a media:title inside media:content": '<media:content url="u"><media:title>m</media:title></media:content>',
        "a second description": "<description>a</description><description>b</description>",
        "markup inside the title": "<description>d</description><dc:creator><b>x</b></dc:creator>",
        "a comment between elements": "<!-- c --><description>d</description>",
        "an element feedparser handles": "<source url='https://s.example/'>S</source>",
        "an unknown namespace": '<x:y xmlns:x="urn:x">1</x:y>',
        "an attribute on the title's neighbour": '<description xml:lang="fr">d</description>',
    }
    for why, inner in cases.items():
        body = (
            f'<rss version="2.0" {NS}><channel><title>c</title>{item.format(inner)}</channel></rss>'
        )
        assert not engaged(body.encode(), {}), why
        fast, slow = read_both(body.encode(), {})
        assert fast == slow, why
    for why, body in {
        "Atom": '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title></entry></feed>',
        "an xml:base": '<rss version="2.0"><channel xml:base="https://b.example/"><item><link>/1</link></item></channel></rss>',
        "a DOCTYPE": '<!DOCTYPE rss [<!ENTITY e "x">]><rss version="2.0"><channel><item><title>&e;</title></item></channel></rss>',
        "an undefined entity": '<rss version="2.0"><channel><item><title>&nbsp;x</title></item></channel></rss>',
        "an item outside the channel": '<rss version="2.0"><channel/><item><title>t</title></item></rss>',
        "an item in a namespace feedparser reads as RSS": '<rss version="2.0" xmlns:r="http://purl.org/rss/1.0/"><channel><r:item><r:title>t</r:title></r:item></channel></rss>',
        "an Atom entry in the channel": '<rss version="2.0"><channel><entry xmlns="http://www.w3.org/2005/Atom"><title>t</title></entry></channel></rss>',
        "an item with a default namespace": '<rss version="2.0"><channel><item xmlns="urn:x"><title>t</title></item></channel></rss>',
    }.items():
        assert not engaged(body.encode(), {}), why
        fast, slow = read_both(body.encode(), {})
        assert fast == slow, why


# Text as feeds write it: accents, UTF-8 read as Latin-1, cp1252's C1 characters, markup, entities,
# padding, no-break spaces.
TEXT = st.lists(
    st.sampled_from(
        list("ab Z09&<>\"'/?=;:.\t\n")
        + ["é", "Ã©", "\x92", "\x85", "\xa0", "ü", "€", "中", "&amp;", "&lt;b&gt;"]
    ),
    max_size=20,
).map("".join)
URLS = st.sampled_from(
    [
        "https://x.example/a?b=1&c=2",
        "https://x.example/a?b=1&amp;c=2",
        "/relative/path",
        "relative",
        "http:///three-slashes",
        "  https://x.example/padded  ",
        "urn:uuid:1234",
        "tag:x.example,2026:1",
        "",
        "https://x.example/ü",
    ]
)
DATES = st.sampled_from(
    [
        "Wed, 22 Apr 2026 08:00:00 +0000",
        "Wed, 22 Apr 2026 08:00:00 GMT",
        "22 Apr 2026 08:00 CEST",
        "2026-04-22T08:00:00Z",
        "2026-04-22",
        "yesterday",
        "",
        "Mi, 22 Apr 2026 08:00:00 +0200",
    ]
)


# Each kind of item element: its markup, with {text} (escaped or CDATA), {url} and {date} drawn.
ELEMENTS = {
    "title": "<title>{text}</title>",
    "link": "<link>{url}</link>",
    "guid": "<guid{flag}>{url}</guid>",
    "description": "<description>{text}</description>",
    "content": "<content:encoded>{text}</content:encoded>",
    "pubDate": "<pubDate>{date}</pubDate>",
    "dcdate": "<dc:date>{date}</dc:date>",
    "author": "<author>{text}</author>",
    "creator": "<dc:creator>{text}</dc:creator>",
    "category": "<category{domain}>{text}</category>",
    "comments": "<comments>{url}</comments>",
    "enclosure": '<enclosure url="https://x.example/a.mp3" type="audio/mpeg" length="1"/>',
    "media": '<media:content url="https://x.example/i.png"><media:credit>c</media:credit></media:content>',
    "image": "<image><url>https://x.example/i.png</url></image>",
    "theme": "<theme>{text}</theme>",
    "origlink": "<feedburner:origLink>{url}</feedburner:origLink>",
    # elements feedparser treats specially: the plain reader must leave these to it
    "source": '<source url="https://s.example/">{text}</source>',
    "mediatitle": '<media:content url="u"><media:title>{text}</media:title></media:content>',
}
NOT_PLAIN = ("source", "mediatitle")
PLAIN = tuple(kind for kind in ELEMENTS if kind not in NOT_PLAIN)
FLAGS = ["", ' isPermaLink="true"', ' isPermaLink="false"', ' ISPERMALINK="True"']
DOMAINS = ["", ' domain="d"', ' domain="e"', ' term="t"', ' term="a&amp;amp;b"']


@st.composite
def element(draw: st.DrawFn, kind: str) -> str:
    value = draw(TEXT)
    cdata = draw(st.booleans()) and "]]>" not in value
    text = f"<![CDATA[{value}]]>" if cdata else escape(value)
    return ELEMENTS[kind].format(
        text=text, url=escape(draw(URLS)), date=draw(DATES),
        flag=draw(st.sampled_from(FLAGS)), domain=draw(st.sampled_from(DOMAINS)),
    )  # fmt: skip


@st.composite
def document(draw: st.DrawFn) -> tuple[bytes, dict[str, str]]:
    items = []
    for _ in range(draw(st.integers(0, 4))):
        kinds = draw(st.lists(st.sampled_from(PLAIN), unique=True, max_size=10))
        parts = [draw(element(kind)) for kind in kinds]
        if draw(st.integers(0, 4)) == 0:  # now and then a repeat, or an element feedparser handles
            parts.insert(
                draw(st.integers(0, len(parts))),
                draw(element(draw(st.sampled_from(PLAIN + NOT_PLAIN)))),
            )
        items.append(parts)
    encoding = draw(st.sampled_from(["utf-8", "iso-8859-1", None]))
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else ""
    # attributes on an item feedparser acts on (a base for its links, an id, a link, a date)
    opening = draw(
        st.sampled_from(
            ["<item>"] * 12
            + ['<item base="https://b.example/x/">', '<item lastmod="2026-01-01">',
               '<item href="https://h.example/">', '<item xml:lang="fr">']
        )
    )  # fmt: skip
    channel = "".join(f"{opening}{''.join(parts)}</item>" for parts in items)
    text = (
        f'{declaration}<rss version="2.0" {NS}><channel><title>c</title>{channel}</channel></rss>'
    )
    body = text.encode(encoding or "utf-8", "xmlcharrefreplace")
    return body, draw(st.sampled_from(HEADERS))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document())
def test_generated_feeds_read_the_same_as_with_feedparser(
    doc: tuple[bytes, dict[str, str]],
) -> None:
    body, headers = doc
    fast, slow = read_both(body, headers)
    assert fast == slow


def test_the_generated_feeds_are_mostly_read_by_the_plain_reader() -> None:
    """The generator above is not testing feedparser against itself: most of its documents
    take the plain path."""
    examples = []

    @settings(max_examples=100, deadline=None, database=None, derandomize=True)
    @given(document())
    def collect(doc: tuple[bytes, dict[str, str]]) -> None:
        examples.append(engaged(*doc))

    collect()
    assert sum(examples) > 0.5 * len(examples), f"{sum(examples)} of {len(examples)}"


@pytest.mark.parametrize("headers", HEADERS)
def test_a_plain_feed_is_read_by_the_plain_reader(headers: dict[str, str]) -> None:
    body = (DATA / "rss2.xml").read_bytes()
    assert engaged(body, headers)


BYTES = (
    b"<x>",
    b"</item>",
    b"&#0;",
    b"\x00",
    b"<![CDATA[",
    b"xml:base",
    b"<!DOCTYPE a>",
    b"\xff\xfe",
)
SAMPLES = [p.read_bytes() for p in real_feeds() if p.suffix == ".body" or p.parent == DATA]


@st.composite
def damaged(draw: st.DrawFn) -> tuple[bytes, dict[str, str]]:
    """A real feed cut short, with bytes overwritten (in its XML declaration or anywhere), or
    with a fragment put in."""
    body = bytearray(draw(st.sampled_from(SAMPLES)))
    at = draw(st.integers(0, len(body)))
    how = draw(st.sampled_from(["cut", "overwrite", "declaration", "insert"]))
    if how == "cut":
        body = body[:at]
    elif how == "declaration":  # the XML declaration, where the encoding is named
        for spot, value in draw(
            st.lists(st.tuples(st.integers(0, 60), st.integers(128, 255)), min_size=1, max_size=4)
        ):
            body[min(spot, len(body) - 1)] = value
    elif how == "overwrite":
        for spot, value in draw(
            st.lists(
                st.tuples(st.integers(0, len(body) - 1), st.integers(0, 255)),
                min_size=1,
                max_size=10,
            )
        ):
            body[spot] = value
    else:
        body[at:at] = draw(st.sampled_from(BYTES))
    headers = draw(
        st.sampled_from(
            [
                *HEADERS,
                {"content-type": "application/xml; charset=utf-16"},
                {"content-type": "text/html; charset=bogus"},
            ]
        )
    )
    return bytes(body), headers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_a_damaged_feed_reads_as_with_feedparser_or_fails_the_same_way(
    doc: tuple[bytes, dict[str, str]],
) -> None:
    """Whatever the bytes, parse_feed returns entries or raises ParseError, and the same with
    the plain reader as without (a garbled encoding declaration once escaped it)."""
    fast, slow = read_both(*doc)
    assert fast == slow
