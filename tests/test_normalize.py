"""RawEntry → Item: identity, canonical URLs, text and sanitising, dates."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DATA, NOW
from watcher.models import RawEntry, Source
from watcher.normalize import _canonical_fixed_point as _full_pass
from watcher.normalize import canonical_url, identity, normalize, sanitize_html, to_item
from watcher.parse import parse_feed
from watcher.text import plain_text

SOURCE = Source(
    "reg", "Reg", "http://regulator.example/rss", "feed", "Reg", "regulator", "FR", "fr"
)


def _items(name: str) -> list:  # type: ignore[type-arg]
    entries = parse_feed("reg", (DATA / name).read_bytes(), {}, "http://regulator.example/rss")
    return normalize(SOURCE, entries, NOW)


def test_canonical_url_strips_tracking_and_fragment() -> None:
    url = "HTTP://Example.COM:80/a?utm_source=x&b=2&a=1&fbclid=z#frag"
    assert canonical_url(url) == "http://example.com/a?a=1&b=2"


@given(st.text())
def test_canonical_url_is_idempotent_on_any_text(text: str) -> None:
    once = canonical_url(text)
    assert canonical_url(once) == once


@given(
    st.builds(
        lambda host, path, q: f"https://{host}.example/{path}?{q}",
        st.from_regex(r"[a-z]{1,10}", fullmatch=True),
        st.from_regex(r"[a-z0-9/_.-]{0,20}", fullmatch=True),
        st.from_regex(r"([a-z_]{1,6}=[a-z0-9]{0,4}&?){0,4}", fullmatch=True),
    )
)
def test_canonical_url_is_idempotent_on_urls(url: str) -> None:
    assert canonical_url(canonical_url(url)) == canonical_url(url)


@given(
    st.builds(
        lambda scheme, host, path: f"{scheme}://{host}/{path}",
        st.sampled_from(["http", "https", "HTTP", "Https", "ftp"]),
        st.from_regex(r"[a-zA-Z0-9.:@-]{0,20}", fullmatch=True),
        st.text(max_size=30),
    )
)
def test_the_shortcut_for_canonical_urls_gives_what_the_full_pass_gives(url: str) -> None:
    assert canonical_url(url) == _full_pass(url)


def test_real_feeds_links_canonical_with_and_without_the_shortcut() -> None:
    """Every link and GUID of the real feed files (when ../shared is here) and of the test data,
    through both ways."""
    from tests.conftest import SHARED
    from watcher.exceptions import ParseError

    urls: list[str] = []
    for folder in (DATA, SHARED / "realworld" / "feeds"):
        for path in sorted(folder.glob("*.xml")) if folder.is_dir() else []:
            try:  # the malformed cases (an entity bomb ...) are refused whole
                entries = parse_feed("x", path.read_bytes(), {}, "https://example.org/feed")
            except ParseError:
                continue
            urls += [u for e in entries for u in (e.link, e.guid) if u]
    assert len(urls) > 40
    assert [canonical_url(u) for u in urls] == [_full_pass(u) for u in urls]


def test_duplicate_guids_in_one_feed_make_one_item() -> None:
    items = _items("rss2.xml")
    assert len(items) == 4
    assert items[0].title == "Regulator fines employer for keystroke logging"


def test_http_to_https_guid_is_the_same_item() -> None:
    before = {i.id for i in _items("rss2.xml")}
    after = {i.id for i in _items("rss2-https.xml")}
    assert before == after


def test_identity_falls_back_to_link_then_hash() -> None:
    no_guid = RawEntry(None, "https://x.example/a?utm_campaign=1", "T", "", "", None)
    assert identity(no_guid) == "url://x.example/a"
    nothing = RawEntry(None, None, "Title", "Summary", "", None)
    assert identity(nothing).startswith("hash:")
    assert identity(nothing) == identity(RawEntry(None, None, "Title", "Summary", "", None))


def test_text_is_plain_and_content_sanitised() -> None:
    item = _items("rss2.xml")[0]
    assert item.summary == "The employer recorded every keystroke."
    assert "alert" not in item.summary


def test_sanitize_html_drops_scripts_handlers_and_js_urls() -> None:
    dirty = (
        '<p onclick="x()">Hi<script>alert(1)</script><img src="a.png" onerror="alert(2)">'
        '<a href="javascript:alert(3)">j</a><a href="https://ok.example/">ok</a></p>'
    )
    clean = sanitize_html(dirty)
    for bad in ("script", "onerror", "onclick", "javascript:"):
        assert bad not in clean
    assert 'href="https://ok.example/"' in clean
    assert sanitize_html("plain & simple") == "<p>plain &amp; simple</p>"
    assert "<" not in sanitize_html("a < b").replace("&lt;", "")


def test_plain_text_keeps_words_apart_across_blocks() -> None:
    assert plain_text("<p>one</p><p>two</p>") == "one two"
    assert plain_text("Caf&eacute; &amp; co") == "Café & co"


def test_invisible_word_splitters_are_dropped_and_emoji_kept() -> None:
    """A soft hyphen (German sites hyphenate long words with &shy;), a zero-width space, a word
    joiner or a stray BOM inside a word would hide the word from search and from the rules."""
    assert plain_text("Mitarbeiter&shy;überwachung") == "Mitarbeiterüberwachung"
    assert plain_text("Mitarbeiter\u00adüberwachung per Key\u200blogger") == (
        "Mitarbeiterüberwachung per Keylogger"
    )
    assert plain_text("\ufeffTitle\u2060s") == "Titles"
    assert (
        plain_text("dev \U0001f469\u200d\U0001f4bb at work")
        == "dev \U0001f469\u200d\U0001f4bb at work"
    )


def test_future_date_is_flagged_not_trusted() -> None:
    future = next(i for i in _items("rss2.xml") if i.title == "Item from the future")
    assert future.published is None and future.date_flag == "future"
    assert future.date_source == "first_seen" and future.date_raw and "2100" in future.date_raw


def test_missing_date_falls_back_to_first_seen() -> None:
    undated = next(i for i in _items("rss2.xml") if i.title == "Undated notice")
    assert undated.published is None and undated.date_source == "first_seen"
    assert undated.url == "http://regulator.example/news/undated"


def test_dates_are_utc() -> None:
    item = _items("rss2.xml")[0]
    assert item.published == "2026-04-22T08:00:00+00:00"
    entry = RawEntry("g", None, "t", "", "", datetime(2026, 1, 1, tzinfo=UTC))
    assert to_item(SOURCE, entry, NOW).published == "2026-01-01T00:00:00+00:00"


@given(st.text(), st.text(), st.text())
def test_any_text_gives_a_well_formed_item(title: str, summary: str, content: str) -> None:
    item = to_item(SOURCE, RawEntry(None, None, title, summary, content, None), NOW)
    assert item.title and item.id and len(item.content_hash) == 32
    assert "<script" not in item.content.lower()


def test_hostile_feed_content_is_sanitised_end_to_end() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>x</title><item><title><![CDATA[<img src=x onerror=alert(1)>Title<script>alert(2)</script>]]></title>
    <link>https://x.example/1</link><description><![CDATA[<b onclick="alert(3)">Sum</b>]]></description>
    <content:encoded><![CDATA[<p onmouseover="alert(4)">Body<script>alert(5)</script><a href="javascript:alert(6)">j</a>
    <iframe src="https://evil.example/"></iframe><style>p{}</style></p>]]></content:encoded></item></channel></rss>"""
    item = normalize(SOURCE, parse_feed("reg", feed, {}, "https://x.example/"), NOW)[0]
    assert item.title == "Title" and item.summary == "Sum"
    for bad in (
        "script",
        "onerror",
        "onclick",
        "onmouseover",
        "javascript:",
        "iframe",
        "<style",
        "alert",
    ):
        assert bad not in item.content, bad
    assert "Body" in item.content


def test_relative_links_resolve_against_the_feed_or_its_xml_base() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>x</title><item><title>One</title><link>/news/1?utm_source=rss</link><guid>/news/1</guid>
    <content:encoded><![CDATA[<p><a href="../doc.pdf">doc</a> <img src="/i.png"> <a href="">here</a>
    <a href="javascript:alert(1)">j</a> <a href="mailto:dpo@x.example">m</a></p>]]></content:encoded></item>
    <item><title>Two</title><link>two</link><guid isPermaLink="false">two</guid></item></channel></rss>"""
    one, two = normalize(SOURCE, parse_feed("reg", rss, {}, "https://x.example/feeds/all.xml"), NOW)
    assert one.url == "https://x.example/news/1" and one.guid == "https://x.example/news/1"
    assert 'href="https://x.example/doc.pdf"' in one.content
    assert 'src="https://x.example/i.png"' in one.content
    assert 'href="https://x.example/feeds/all.xml"' in one.content  # an empty href is the feed
    assert 'href="mailto:dpo@x.example"' in one.content and "javascript:" not in one.content
    assert two.url == "https://x.example/feeds/two" and two.guid == "two"  # not a permalink
    plain = rss.replace(b' isPermaLink="false"', b"")  # no flag anywhere: every GUID is a link
    assert [
        i.guid for i in normalize(SOURCE, parse_feed("reg", plain, {}, "https://x.example/f"), NOW)
    ] == [
        "https://x.example/news/1",
        "https://x.example/two",
    ]

    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/">
    <title>t</title><entry xml:base="2026/"><title>E</title><id>urn:x:1</id><link href="post.html"/>
    <content type="html">&lt;a href="fig.png"&gt;fig&lt;/a&gt;</content></entry></feed>"""
    (entry,) = normalize(SOURCE, parse_feed("reg", atom, {}, "https://other.example/atom"), NOW)
    assert entry.url == "https://a.example/blog/2026/post.html"
    assert 'href="https://a.example/blog/2026/fig.png"' in entry.content


def test_relative_links_in_other_kinds_resolve_against_the_item() -> None:
    entry = RawEntry(
        "g", "https://wp.example/2026/05/post/", "T", "", '<a href="/about">a</a>', None
    )
    assert 'href="https://wp.example/about"' in to_item(SOURCE, entry, NOW).content
    assert (
        sanitize_html('<a href="/about">a</a>')
        == '<a href="/about" rel="noopener noreferrer nofollow">a</a>'
    )
