"""The static site: golden directory, valid Atom, incremental, links, escaping, no external loads.

Regenerate the golden site after an intended change with WATCHER_REGENERATE_GOLDEN=1.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
from click.testing import CliRunner, Result

from tests.conftest import REPO, one_feed, sample_week, watcher
from watcher.cli import cli
from watcher.config.digests import load_digests
from watcher.config.sources import load_sources
from watcher.site import render_site
from watcher.site_files import MANIFEST, read_manifest
from watcher.site_search import _cbor_strings, index_search, sweep
from watcher.store import Archive

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "site"
BASE = "https://watch.example/"


def run(db: Path, now: str, *args: str) -> Result:
    result = watcher(db, *args, now=now)
    assert result.exit_code in (0, 1), result.output
    return result


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, Path]:
    db, out = tmp_path / "w.db", tmp_path / "site"
    sample_week(db)
    result = run(db, "2026-04-27T08:00:00Z", "site", "build", "--out", str(out), "--base-url", BASE)
    assert f"{len(files(out))} files written, 0 unchanged" in result.stdout
    return db, out


def files(folder: Path) -> dict[str, bytes]:
    """Our generated files; pagefind's index (its own versioned output) and the manifest (the
    build's bookkeeping: its pages' input keys) are left out."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not str(p.relative_to(folder)).startswith(("pagefind/", MANIFEST))
    }


def test_golden_directory(site: tuple[Path, Path]) -> None:
    _, out = site
    got = files(out)
    if os.environ.get("WATCHER_REGENERATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(
            out, GOLDEN, ignore=lambda d, names: ["pagefind", MANIFEST] if Path(d) == out else []
        )
    expected = files(GOLDEN)
    assert sorted(got) == sorted(expected)
    for name in got:
        assert got[name] == expected[name], (
            f"{name} differs from tests/golden/site; regenerate with WATCHER_REGENERATE_GOLDEN=1\n"
            + readable_diff(expected[name], got[name], name)
        )


def readable_diff(expected: bytes, got: bytes, name: str) -> str:
    """A unified diff of the two files, lines broken at tags so a change in a long line shows."""

    def lines(data: bytes) -> list[str]:
        return data.decode(errors="replace").replace("><", ">\n<").splitlines()

    diff = difflib.unified_diff(
        lines(expected), lines(got), f"golden/{name}", f"built/{name}", lineterm=""
    )
    return "\n".join(list(diff)[:80])


def test_a_golden_difference_is_shown_as_a_readable_diff() -> None:
    shown = readable_diff(b"<p>one</p><p>two</p>", b"<p>one</p><p>TWO</p>", "x.html")
    assert "-<p>two</p>" in shown and "+<p>TWO</p>" in shown and "<p>one</p>" in shown


def test_atom_feed_reads_back(site: tuple[Path, Path]) -> None:
    _, out = site
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [e.link for e in parsed.entries] == [f"{BASE}2026/W17/"]
    assert "5 regulatory developments" in parsed.entries[0].summary


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.handlers: list[str] = []
        self.loads: list[str] = []
        self.landmarks: set[str] = set()
        self.h1 = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        self.handlers += [k for k in a if k.startswith("on")]
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag in ("script", "img", "iframe") or (tag == "link" and a.get("rel") == "stylesheet"):
            self.loads.append(a.get("src") or a.get("href") or "")
        if tag in ("header", "main", "footer", "nav"):
            self.landmarks.add(tag)
        self.h1 += tag == "h1"


def test_every_internal_link_resolves_and_nothing_loads_from_outside(
    site: tuple[Path, Path],
) -> None:
    _, out = site
    pages = [p for p in out.rglob("*.html")]
    items = {p.parent.name for p in out.glob("items/*/index.html")}
    relevant = json.loads(watcher(site[0], "search", "", "--format", "json").stdout)
    assert items == {hit["id"] for hit in relevant} and len(items) == 8  # a page per relevant item
    assert len(pages) == 8 + 16  # items; home, issue, 1+5 topics, 1+4 places, sources, search, 404
    for path in pages:
        page = Page()
        page.feed(path.read_text())
        rel = "/" + str(path.relative_to(out)).replace("index.html", "")
        assert {"header", "main", "footer", "nav"} <= page.landmarks, rel
        depth = "../" * rel.count("/", 1)
        if rel == "/search/":  # the only page with scripts: pagefind's own, served from the site
            expected = [
                f"{depth}style.css",
                f"{depth}pagefind/pagefind-ui.css",
                f"{depth}pagefind/pagefind-ui.js",
                "",
            ]
            assert page.loads == expected, page.loads
        else:
            assert page.loads == [f"{depth}style.css"] or path.name == "404.html", (rel, page.loads)
            assert "script" not in page.tags, rel
        assert not page.handlers
        for href in page.links:
            if urlsplit(href).scheme in ("http", "https"):
                continue
            assert not urlsplit(href).scheme, href  # no javascript:, data: …
            target = urlsplit(urljoin("https://x" + rel, href)).path
            file = out / target.lstrip("/")
            assert (file / "index.html").exists() or file.is_file(), f"{rel}: broken link {href}"


def test_rebuild_rewrites_only_what_changed(site: tuple[Path, Path]) -> None:
    db, out = site
    again = run(db, "2026-04-27T09:00:00Z", "site", "build", "--out", str(out), "--base-url", BASE)
    assert f"0 files written, {len(files(out))} unchanged" in again.stdout
    before = files(out)
    run(db, "2026-05-04T08:00:00Z", "digest", "build")  # an empty new week
    after_result = run(
        db, "2026-05-04T08:00:00Z", "site", "build", "--out", str(out), "--base-url", BASE
    )
    after = files(out)
    changed = sorted(n for n in after if before.get(n) != after[n])
    assert changed == [
        "2026/W17/index.html",
        "2026/W18/index.html",
        "feed.json",
        "feed.xml",
        "index.html",
        "sitemap.xml",
    ]
    assert "6 files written" in after_result.stdout  # the manifest is bookkeeping, not counted
    assert re.search(r'rel="prev" href="../../2026/W18/"', after["2026/W17/index.html"].decode())


def test_an_incremental_build_renders_only_changed_pages(site: tuple[Path, Path]) -> None:
    """With the last build's manifest, a page whose inputs are unchanged is not rendered: the
    file on disk stands. A page whose file went missing is rendered again."""
    db, out = site
    sources = load_sources(REPO / "sources")[0]
    digest = load_digests(REPO / "digests")[0][0]
    previous = read_manifest(out)
    archive = Archive.open(db)
    again = render_site(archive, digest, sources, BASE, previous, out)
    pages = [p for p in files(out) if p.endswith(".html")]
    assert again.kept == set(pages) and not any(p.endswith(".html") for p in again.files)
    # A poll that sees the items again (a feed answering 200) moves only their bookkeeping,
    # which no page shows: no page is rendered again for it.
    with archive.transaction():
        archive.conn.execute("UPDATE items SET last_seen = '2026-05-04T08:00:00+00:00'")
    assert render_site(archive, digest, sources, BASE, previous, out).kept == set(pages)
    item = next(p for p in pages if p.startswith("items/"))
    (out / item).unlink()
    assert set(render_site(archive, digest, sources, BASE, previous, out).files) & set(pages) == {
        item
    }
    assert render_site(archive, digest, sources, BASE, {}, out).kept == set()  # no manifest: all


def index_files(folder: Path) -> list[str]:
    """The search index's files, their content hashes left out: pagefind's filter files differ
    in hash from one run to the next over the same pages, so the count of each kind is compared."""
    found = (folder / "pagefind").rglob("*")
    return sorted(
        re.sub(r"_[0-9a-f]+\.", "_.", str(p.relative_to(folder))) for p in found if p.is_file()
    )


def test_an_incremental_build_equals_a_build_from_scratch(
    site: tuple[Path, Path], tmp_path: Path
) -> None:
    """After each change (a label that takes an item off the site, a publisher renamed, a new
    week), the folder rebuilt in place holds exactly what a build into an empty folder holds,
    search index included."""
    db, out = site
    sources = tmp_path / "sources"
    shutil.copytree(REPO / "sources", sources)

    def rebuilt_equals_fresh(now: str, fresh: Path) -> dict[str, bytes]:
        for folder in (out, fresh):
            built = watcher(db, "--sources", str(sources), "site", "build", "--out", str(folder),
                            "--base-url", BASE, now=now)  # fmt: skip
            assert built.exit_code == 0, built.output
        rebuilt, scratch = files(out), files(fresh)
        assert sorted(rebuilt) == sorted(scratch)
        assert [p for p in scratch if rebuilt[p] != scratch[p]] == []
        assert sorted(json.loads((out / MANIFEST).read_text())["files"]) == sorted(rebuilt)
        # the search index too: no files left from pages that changed or went
        assert index_files(out) == index_files(fresh) and index_files(out)
        return rebuilt

    item = sorted(p.split("/")[1] for p in files(out) if p.startswith("items/"))[0]
    assert run(db, "2026-04-27T09:00:00Z", "label", item, "not-relevant").exit_code == 0
    after = rebuilt_equals_fresh("2026-04-27T09:00:00Z", tmp_path / "fresh1")
    assert f"items/{item}/index.html" not in after
    other = sorted(p.split("/")[1] for p in after if p.startswith("items/"))[0]
    labelled = run(
        db, "2026-04-27T09:30:00Z", "label", other, "relevant", "--note", "a works council asked"
    )
    assert labelled.exit_code == 0
    after = rebuilt_equals_fresh("2026-04-27T09:30:00Z", tmp_path / "fresh1b")
    page = after[f"items/{other}/index.html"].decode()
    assert (
        "<li>A reader labelled it relevant: a works council asked</li>" in page
    )  # not the model's reasons
    registry = sources / "eu.toml"
    registry.write_text(
        registry.read_text().replace('"European Data Protection Board"', '"EDPB (renamed)"')
    )
    after = rebuilt_equals_fresh("2026-04-27T10:00:00Z", tmp_path / "fresh2")
    assert b"EDPB (renamed)" in after["2026/W17/index.html"]
    run(db, "2026-05-04T08:00:00Z", "digest", "build")
    assert "2026/W18/index.html" in rebuilt_equals_fresh(
        "2026-05-04T08:00:00Z", tmp_path / "fresh3"
    )


def test_cbor_strings_are_read_exactly() -> None:
    """The reader of pagefind's meta file: every text string, none glued to its neighbours (a
    text header byte such as 0x63 is also a hex digit)."""
    doc = (b"\xa2" + b"\x61a" + b"\x84" + b"\x6aen_2415a61" + b"\x63cde" + b"\x41\x00" + b"\x19\x01\x00"
           + b"\x61b" + b"\x9f\x22\xf9\x3c\x00\x64en_1\xff")  # fmt: skip
    assert _cbor_strings(b"sig" + doc, 3) == {"a", "en_2415a61", "cde", "b", "en_1"}
    with pytest.raises(ValueError):
        _cbor_strings(b"\x6aen_", 0)  # runs past the end


def test_an_unreadable_index_is_built_again_from_empty(site: tuple[Path, Path]) -> None:
    """Where the index's meta file cannot be read, nothing is removed by guesswork: the index is
    built in an empty folder and put in place of the old one."""
    _, out = site
    index = out / "pagefind"
    stale = index / "fragment" / "en_0000000.pf_fragment"
    stale.write_bytes(b"left from an old build")
    assert sweep(index) and not stale.exists()  # a file the meta file does not name goes
    before = index_files(out)
    stale.write_bytes(b"left from an old build")
    meta = next(index.glob("pagefind.*.pf_meta"))
    meta.write_bytes(b"not gzip")
    assert not sweep(index) and stale.exists()
    (out / ".pagefind-old").mkdir()  # left by a build that was interrupted
    (out / ".pagefind-old" / "x").write_text("x")
    assert index_search(out) is None
    assert index_files(out) == before and not stale.exists()
    assert not (out / ".pagefind-new").exists() and not (out / ".pagefind-old").exists()


def test_a_failing_pagefind_is_one_line_and_the_pages_stay(
    site: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pagefind exits with an error: `site build` says so in one line (exit 1); the pages it
    wrote stay, and the next build with a working pagefind indexes them."""
    import pagefind_bin

    db, out = site
    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'Error: the disk said no' >&2\nexit 3\n")
    fake.chmod(0o755)
    real = pagefind_bin.get_executable
    monkeypatch.setattr(pagefind_bin, "get_executable", lambda: fake)
    run(db, "2026-05-04T08:00:00Z", "digest", "build")  # a new week: pages change
    failed = watcher(
        db, "site", "build", "--out", str(out), "--base-url", BASE, now="2026-05-04T08:00:00Z"
    )
    assert failed.exit_code == 1, failed.output
    assert (
        failed.stderr
        == "watcher: search index not built (pagefind exit 3): Error: the disk said no\n"
    )
    assert (out / "2026" / "W18" / "index.html").exists()
    entry = out / "pagefind" / "pagefind-entry.json"
    indexed = json.loads(entry.read_text())["languages"]["en"]["page_count"]
    monkeypatch.setattr(pagefind_bin, "get_executable", real)
    again = watcher(
        db, "site", "build", "--out", str(out), "--base-url", BASE, now="2026-05-04T08:00:00Z"
    )
    assert again.exit_code == 0, again.output
    assert "0 files written" in again.stdout  # no page changed since the failed build ...
    now_indexed = json.loads(entry.read_text())["languages"]["en"]["page_count"]
    assert now_indexed == indexed + 1  # ... yet the new week's page is in the index now
    assert not (out / ".watcher-search-pending").exists()


def test_a_manifest_from_before_keys_is_read_as_paths(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text(json.dumps(["index.html", "items/a/index.html"]))
    assert read_manifest(tmp_path) == {"index.html": "", "items/a/index.html": ""}
    (tmp_path / MANIFEST).write_text("{not json")
    assert read_manifest(tmp_path) == {}
    outside = tmp_path / "keep.txt"
    outside.write_text("a file of the user's, beside the site")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / MANIFEST).write_text(
        json.dumps({"files": {"../keep.txt": "", "/etc/hostname": "", "index.html": "k"}})
    )
    assert read_manifest(tmp_path / "site") == {"index.html": "k"}  # never a path outside


def test_a_folder_that_cannot_be_written_is_one_line(
    site: tuple[Path, Path], tmp_path: Path
) -> None:
    """--out naming a file, not a folder: one line saying where and what to do, exit 1."""
    db, _ = site
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the site would go")
    result = watcher(db, "site", "build", "--out", str(blocker / "site"), "--base-url", BASE)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"watcher: cannot write the site to {blocker / 'site'}")
    assert "--out" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_an_address_that_is_not_absolute_is_refused_before_anything_is_written(
    site: tuple[Path, Path], tmp_path: Path
) -> None:
    """Feeds and the sitemap need the site's absolute address; "example.org/watch" would make
    every link in them relative to nowhere."""
    db, _ = site
    out = tmp_path / "refused"
    for address in ("example.org/watch", "ftp://example.org/", "https://"):
        result = watcher(db, "site", "build", "--out", str(out), "--base-url", address)
        assert result.exit_code == 2, result.output
        assert result.stderr == (f"watcher: --base-url {address!r} is not an absolute http(s) "
                                 "address, such as https://privacy.example.org/watch/\n")  # fmt: skip
    result = watcher(
        db, "site", "build", "--out", str(out), env={"WATCHER_SITE_URL": "example.org"}
    )
    assert result.exit_code == 2 and result.stderr.startswith(
        "watcher: WATCHER_SITE_URL 'example.org'"
    )
    assert not out.exists()
    assert (
        watcher(
            db, "site", "build", "--out", str(out), "--base-url", "https://example.org/w"
        ).exit_code
        == 0
    )
    assert "<loc>https://example.org/w/items/" in (out / "sitemap.xml").read_text()


def test_hostile_text_is_escaped_on_every_page(tmp_path: Path, server) -> None:  # type: ignore[no-untyped-def]

    evil = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
        "<title>&lt;script&gt;alert(1)&lt;/script&gt;Employer fined for keystroke logging of staff "
        "&lt;img src=x onerror=alert(2)&gt;</title><link>javascript:alert(3)</link><guid>e1</guid>"
        "<pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate><description>&lt;b onclick=alert(4)&gt;x&lt;/b&gt;</description>"
        "</item></channel></rss>"
    )
    base = [*one_feed(tmp_path, server, "evil", evil.encode()), "--digests", str(ROOT / "digests"),
            "--now", "2026-04-27T08:00:00Z"]  # fmt: skip
    CliRunner().invoke(cli, [*base, "poll"])
    CliRunner().invoke(cli, [*base, "digest", "build"])
    assert (
        CliRunner().invoke(cli, [*base, "site", "build", "--out", str(tmp_path / "site")]).exit_code
        == 0
    )
    pages = list((tmp_path / "site").rglob("*.html"))
    assert any("keystroke logging" in p.read_text() for p in pages)
    for path in pages:
        page = Page()
        page.feed(path.read_text())
        scripts_allowed = path.parent.name == "search"  # pagefind's own, checked above
        assert ("script" not in page.tags or scripts_allowed) and "img" not in page.tags, path
        assert not page.handlers, path
        assert not [h for h in page.links if h.lower().startswith("javascript:")], path


def publish_feed(tmp_path: Path, server, name: str, items: str) -> Path:  # type: ignore[no-untyped-def]
    """One RSS feed of `items` served on the loopback, polled, its week's issue built and the
    site published, as a reader runs them: the site's folder."""

    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'
    )
    base = [*one_feed(tmp_path, server, name, feed.encode()), "--digests", str(ROOT / "digests"),
            "--now", "2026-04-27T08:00:00Z"]  # fmt: skip
    for args in (["poll"], ["digest", "build"], ["site", "build", "--out", str(tmp_path / "site")]):
        assert CliRunner().invoke(cli, [*base, *args]).exit_code == 0
    return tmp_path / "site"


def test_places_are_listed_with_the_eu_first_then_by_name_not_by_code(
    tmp_path: Path, server
) -> None:  # type: ignore[no-untyped-def]
    """By code Austria (AT) and Germany (DE) would come before the European Union (EU), and by
    name Austria would still: the issue's regulatory developments and the list of jurisdictions
    put the EU first, then countries by name."""
    stories = [("a", "Austrian data protection authority fines employer for keystroke logging of staff"),
               ("g", "BfDI fines employer for keystroke logging of staff"),
               ("u", "ICO fines employer for keystroke logging of staff"),
               ("e", "EDPB adopts guidelines on the monitoring of employees")]  # fmt: skip
    items = "".join(
        f"<item><title>{title}</title><link>https://dpa.example/{g}</link><guid>{g}</guid>"
        "<pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate></item>"
        for g, title in stories
    )
    site = publish_feed(tmp_path, server, "places", items)
    order = ["European Union", "Austria", "Germany", "United Kingdom"]
    for page in (site / "jurisdictions" / "index.html", site / "2026" / "W17" / "index.html"):
        text = page.read_text()
        at = [text.index(place) for place in order]
        assert at == sorted(at), (page, at)


def test_a_feed_carries_its_newest_entries_and_the_pages_keep_all(tmp_path: Path, server) -> None:  # type: ignore[no-untyped-def]
    """60 relevant items in one week: the items' feed carries the newest FEED_ENTRIES (50), the
    site keeps a page for each of the 60."""
    from watcher.site import FEED_ENTRIES

    items = "".join(
        f"<item><title>Employer fined for keystroke logging of staff, case {n}</title>"
        f"<link>https://dpa.example/{n}</link><guid>c{n}</guid>"
        f"<pubDate>Wed, 22 Apr 2026 {n // 6:02d}:{n % 6 * 10:02d}:00 +0000</pubDate>"
        "<description>The authority fined the employer for recording employees' keystrokes.</description></item>"
        for n in range(60)
    )  # fmt: skip
    site = publish_feed(tmp_path, server, "many", items)
    assert len(list((site / "items").glob("*/index.html"))) == 60
    parsed = feedparser.parse((site / "items.xml").read_bytes())
    assert len(parsed.entries) == FEED_ENTRIES == 50
    assert parsed.entries[0].title.endswith("case 59")  # the newest first
    assert len(json.loads((site / "items.json").read_text())["items"]) == FEED_ENTRIES


def test_feeds_of_relevant_items_read_back_and_are_linked(site: tuple[Path, Path]) -> None:
    """Atom and JSON Feed 1.1: all relevant items, and one per topic and per jurisdiction, each
    linked from its page with <link rel="alternate">."""
    _, out = site
    every = feedparser.parse((out / "items.xml").read_bytes())
    assert not every.bozo, every.get("bozo_exception")
    assert len(every.entries) == 8 and all(
        e.link.startswith(f"{BASE}items/") for e in every.entries
    )
    as_json = json.loads((out / "items.json").read_text())
    assert as_json["version"] == "https://jsonfeed.org/version/1.1" and len(as_json["items"]) == 8
    assert {i["url"] for i in as_json["items"]} == {e.link for e in every.entries}
    for folder in [*out.glob("topics/*/"), *out.glob("jurisdictions/*/")]:
        if not (folder / "feed.xml").exists():
            continue
        parsed = feedparser.parse((folder / "feed.xml").read_bytes())
        assert not parsed.bozo and parsed.entries, folder
        assert json.loads((folder / "feed.json").read_text())["items"], folder
        page = (folder / "index.html").read_text()
        assert (
            '<link rel="alternate" type="application/atom+xml"' in page and 'href="../../' in page
        )
        assert 'type="application/feed+json"' in page
    assert (
        len(list(out.glob("topics/*/feed.xml"))) == 5
        and len(list(out.glob("jurisdictions/*/feed.xml"))) == 4
    )


def test_topic_pages_show_each_story_once_and_no_empty_topic(site: tuple[Path, Path]) -> None:
    _, out = site
    topic = (out / "topics" / "ai-trained-on-worker-data" / "index.html").read_text()
    # The Meta story: three outlets, one entry, the others counted
    assert topic.count("Meta ") == 1 and "and 2 other outlets" in topic
    assert not (out / "topics" / "emotion-recognition").exists()
    assert "emotion" not in (out / "topics" / "index.html").read_text().lower()


def test_each_publisher_is_listed_once_with_how_its_feeds_are_doing(tmp_path: Path) -> None:
    """CNIL has a French and an English feed: one row, their items summed; a failing feed is
    said as "1 of 2 feeds failing since ..." (two "CNIL" rows left a reader guessing)."""
    from watcher.models import SourceState

    db, out = tmp_path / "w.db", tmp_path / "site"
    sample_week(db)
    archive = Archive.open(db)
    with archive.transaction():
        archive.save_state(SourceState("cnil-en", last_error="HTTP 503", error_count=2,
                                       last_error_at="2026-04-26T08:00:00+00:00"))  # fmt: skip
    archive.close()
    run(db, "2026-04-27T08:00:00Z", "site", "build", "--out", str(out), "--base-url", BASE)
    rows = re.findall(r"<tr[^>]*><th scope=\"row\">([^<]*)</th><td>([^<]*)</td><td>(\d+)",
                      (out / "sources" / "index.html").read_text())  # fmt: skip
    names = [name for name, _, _ in rows]
    assert len(names) == len(set(names)), names
    page = (out / "sources" / "index.html").read_text()
    assert re.search(r'<tr class="failing"><th scope="row">CNIL</th><td>France</td><td>3<span '
                     r'class="narrow"> items</span></td><td>1 of 2 feeds failing since 26\u00a0Apr\u00a02026<', page)  # fmt: skip


def test_names_not_codes_and_no_internal_words(site: tuple[Path, Path]) -> None:
    _, out = site
    issue = (out / "2026" / "W17" / "index.html").read_text()
    assert "France — Commission nationale de l&#39;informatique et des libertés (CNIL)" in issue
    assert "FR — CNIL" not in issue
    everything = " ".join(p.read_text() for p in out.rglob("*.html"))
    for internal in (
        "(WordPress API)",
        "(GOV.UK)",
        "(unverified)",
        "rules-relevant",
        "@title",
        "@summary",
        "wordpress</td>",
        "Headline news",
    ):
        assert internal not in everything, internal


def test_the_404_page_works_at_any_depth(site: tuple[Path, Path]) -> None:
    _, out = site
    page = (out / "404.html").read_text()
    assert 'href="/style.css"' in page and 'href="/search/"' in page  # BASE's path is "/"
    assert 'href="../' not in page


WEEKLY = (REPO / "digests" / "weekly.toml").read_text()


def digest_world(tmp_path: Path, digests: dict[str, str]) -> list[str]:
    """The sample week's archive and these digest files: the CLI's options to use them."""
    sample_week(tmp_path / "w.db")
    folder = tmp_path / "digests"
    folder.mkdir()
    for name, text in digests.items():
        (folder / name).write_text(text)
    return ["--db", str(tmp_path / "w.db"), "--sources", str(REPO / "sources"), "--digests", str(folder),
            "--now", "2026-04-27T08:00:00Z"]  # fmt: skip


def test_an_alert_digest_has_no_site_and_does_not_stop_the_weekly_one(tmp_path: Path) -> None:
    """Alerts are one-item issues whose items have pages on the weekly site: `site build` of an
    alert digest says so; `run` with WATCHER_SITE_DIR publishes the weekly digest at the root
    (with an alert digest listed first, the run died with an internal error)."""
    from click.testing import CliRunner

    from watcher.cli import cli

    fines = (REPO / "digests" / "examples" / "fines-alert.toml").read_text()
    base = digest_world(tmp_path, {"a-fines.toml": fines, "weekly.toml": WEEKLY})
    refused = CliRunner().invoke(
        cli, [*base, "site", "build", "--digest", "fines", "--out", str(tmp_path / "s")]
    )
    assert (
        refused.exit_code == 2
        and "fines is an alert digest: it has no weekly issues" in refused.stderr
    )
    for command in (["digest", "build", "--digest", "fines"], ["digest", "show", "--digest", "fines"],
                    ["digest", "send", "--digest", "fines"]):  # fmt: skip
        done = CliRunner().invoke(cli, [*base, *command], env={"WATCHER_FINES_TO": "a@example.org"})
        assert done.exit_code == 2 and "'watcher run' builds and sends its alerts" in done.stderr
    built = CliRunner().invoke(cli, [*base, "digest", "build"])  # every weekly digest, no alert one
    assert built.exit_code == 0 and "fines/" not in built.stdout, built.output
    env = {"WATCHER_SITE_DIR": str(tmp_path / "site"), "WATCHER_SITE_URL": BASE, "WATCHER_SMTP_HOST": "",
           "WATCHER_OUTBOX": str(tmp_path / "out"), "WATCHER_FINES_TO": "a@example.org",
           "WATCHER_WEEKLY_TO": "b@example.org"}  # fmt: skip
    ran = CliRunner().invoke(cli, [*base, "run"], env=env)
    assert ran.exit_code in (0, 1) and "internal error" not in ran.stderr, ran.output
    assert (tmp_path / "site" / "2026" / "W17" / "index.html").exists()
    assert not (tmp_path / "site" / "fines").exists()


def test_a_second_digest_is_published_beside_the_first_with_its_own_addresses_and_index(
    tmp_path: Path,
) -> None:
    """`run` puts the first digest's site at the root and another in a folder of its id: that
    one's feeds, sitemap and 404 page name its own address, and the root's search index holds
    the root's pages only (it also read the other site's, so every story came up twice)."""
    import json

    from click.testing import CliRunner

    from watcher.cli import cli

    everything = WEEKLY.replace('id = "weekly"', 'id = "all"')
    everything = everything.replace("Workplace AI monitoring — the week", "Everything")
    base = [*digest_world(tmp_path, {"a.toml": everything, "weekly.toml": WEEKLY}), "run"]
    env = {"WATCHER_SITE_DIR": str(tmp_path / "site"), "WATCHER_SITE_URL": "https://example.org/watch",
           "WATCHER_SMTP_HOST": "", "WATCHER_OUTBOX": str(tmp_path / "out"), "WATCHER_WEEKLY_TO": "b@example.org"}  # fmt: skip
    ran = CliRunner().invoke(cli, base, env=env)
    assert "internal error" not in ran.stderr, ran.output
    root, inner = tmp_path / "site", tmp_path / "site" / "weekly"
    assert (
        "<loc>https://example.org/watch/weekly/2026/W17/</loc>"
        in (inner / "sitemap.xml").read_text()
    )
    assert "https://example.org/watch/weekly/feed.xml" in (inner / "feed.xml").read_text()
    assert 'href="/watch/weekly/style.css"' in (inner / "404.html").read_text()
    assert "<loc>https://example.org/watch/2026/W17/</loc>" in (root / "sitemap.xml").read_text()

    shutil.rmtree(root / "pagefind")  # the root indexed again, now that the other site is inside it
    assert "internal error" not in CliRunner().invoke(cli, base, env=env).stderr

    def indexed(folder: Path) -> int:
        entry = json.loads((folder / "pagefind" / "pagefind-entry.json").read_text())
        return sum(language["page_count"] for language in entry["languages"].values())

    own = sum(1 for p in root.rglob("*.html") if "data-pagefind-body" in p.read_text()
              and not p.is_relative_to(inner))  # fmt: skip
    assert indexed(root) == own == indexed(inner) > 0
    alone = CliRunner().invoke(cli, [*base[:-1], "site", "build", "--out", str(tmp_path / "alone")])
    assert alone.exit_code == 0, alone.output  # no --digest: the first weekly digest, as run does
    assert "<title>Everything" in (tmp_path / "alone" / "index.html").read_text()
    shown = CliRunner().invoke(cli, [*base[:-1], "digest", "show"])  # likewise
    assert shown.exit_code == 0 and shown.stdout.startswith("Everything\n"), shown.output


def test_a_digest_of_one_country_has_a_site_of_that_country(tmp_path: Path) -> None:
    """The site of a digest whose [select] takes France: its item, topic and jurisdiction pages
    and its feeds hold French items only (they held every relevant item of the archive)."""
    from click.testing import CliRunner

    from watcher.cli import cli

    france = WEEKLY.replace('id = "weekly"', 'id = "france"') + 'jurisdictions = ["FR"]\n'
    base = digest_world(tmp_path, {"france.toml": france})
    db = tmp_path / "w.db"
    assert CliRunner().invoke(cli, [*base, "digest", "build"]).exit_code == 0
    built = CliRunner().invoke(
        cli, [*base, "site", "build", "--out", str(tmp_path / "fr"), "--base-url", BASE]
    )
    assert built.exit_code == 0, built.output
    everything = watcher(
        db, "search", "", "--format", "jsonl", "--limit", "100"
    ).stdout.splitlines()
    french = {json.loads(h)["id"] for h in everything if json.loads(h)["jurisdiction"] == "FR"}
    assert french and len(french) < len(everything)
    pages = {p.parent.name for p in (tmp_path / "fr" / "items").glob("*/index.html")}
    assert pages == french
    assert sorted(p.name for p in (tmp_path / "fr" / "jurisdictions").iterdir() if p.is_dir()) == [
        "FR"
    ]
    assert all(f"items/{i}/" in (tmp_path / "fr" / "items.xml").read_text() for i in french)
