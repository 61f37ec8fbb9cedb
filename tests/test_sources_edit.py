"""Managing the registry from the CLI: add with autodiscovery, remove, disable/enable, OPML.

A loopback server plays the sites (an HTML page naming its feed, a WordPress site, a page with
no feed); edits are checked on real files that carry comments, which must survive.
"""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner, Result

from tests.conftest import DATA, REPO, feed_source
from tests.loopback import Server
from watcher.cli import cli
from watcher.config.sources import load_sources
from watcher.opml import jurisdiction_of

FEED = (DATA / "rss2.xml").read_bytes()
COMMENTED = """# Our own sources. Keep this comment.

# The first one, with a comment of its own.
[[source]]
id = "one"
name = "One"
url = "https://one.example/feed"
kind = "feed"
publisher = "One"
category = "news"
jurisdiction = "EU"
language = "en"   # a trailing comment

# The second one.
[[source]]
id = "two"
name = "Two"
url = "https://two.example/"
kind = "html"
publisher = "Two"
category = "regulator"
jurisdiction = "FR"
language = "fr"
[source.selectors]
item = "li"

# The last words of the file.
"""


def run(folder: Path, *args: str) -> Result:
    return CliRunner().invoke(
        cli, ["--sources", str(folder), "--now", "2026-11-30T10:00:00Z", *args]
    )


def registry(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "ours.toml").write_text(COMMENTED)
    return folder


def test_add_finds_the_feed_a_page_names_and_appends_a_valid_entry(
    tmp_path: Path, server: Server
) -> None:
    server.static("/feed.xml", FEED, "application/rss+xml")
    page = b'<html><head><title>Regulator</title><link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml"></head><body>hi</body></html>'
    server.static("/news/", page, "text/html; charset=utf-8")
    folder = registry(tmp_path)
    dry = run(
        folder,
        "sources",
        "add",
        server.url("/news/"),
        "--category",
        "regulator",
        "--jurisdiction",
        "fr",
        "--dry-run",
    )
    assert dry.exit_code == 0, dry.output
    assert (
        f'found feed {server.url("/feed.xml")} via <link rel="alternate"> on {server.url("/news/")}'
        in dry.stdout
    )
    assert (
        "5 items" in dry.stdout
        and 'kind = "feed"' in dry.stdout
        and not (folder / "added.toml").exists()
    )
    added = run(
        folder,
        "sources",
        "add",
        server.url("/news/"),
        "--id",
        "reg",
        "--category",
        "regulator",
        "--jurisdiction",
        "fr",
    )
    assert added.exit_code == 0, added.output
    assert f"added reg to {folder / 'added.toml'} (regulator, FR); run" in added.stdout
    checked = run(folder, "sources", "check")
    assert checked.exit_code == 0, checked.output
    source = next(s for s in load_sources(folder)[0] if s.id == "reg")
    assert (source.url, source.kind, source.category, source.jurisdiction) == (
        server.url("/feed.xml"),
        "feed",
        "regulator",
        "FR",
    )
    again = run(folder, "sources", "add", server.url("/feed.xml"))
    assert (
        again.exit_code == 2
        and f"already in the registry as 'reg' ({folder / 'added.toml'}:" in again.stderr
    )
    taken = run(folder, "sources", "add", server.url("/news/"), "--id", "one")
    assert taken.exit_code == 2


def test_the_first_source_of_a_new_registry_can_be_added(tmp_path: Path, server: Server) -> None:
    """A folder with no sources yet (or none at all): `sources add` and `import` start it."""
    server.static("/feed.xml", FEED, "application/rss+xml")
    empty = tmp_path / "empty"
    empty.mkdir()
    for folder in (empty, tmp_path / "new" / "sources"):
        added = run(folder, "sources", "add", server.url("/feed.xml"), "--id", "first")
        assert added.exit_code == 0, added.output
        assert [s.id for s in load_sources(folder)[0]] == ["first"]
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline type="rss" text="Feed" xmlUrl="{server.url("/feed.xml")}"/></body></opml>'
    )
    imported = run(tmp_path / "other", "sources", "import", str(opml))
    assert imported.exit_code == 0, imported.output
    assert [s.url for s in load_sources(tmp_path / "other")[0]] == [server.url("/feed.xml")]


def test_what_is_not_a_web_address_is_refused_or_skipped(tmp_path: Path) -> None:
    """`sources add` of no http(s) address says so (one was an internal error); `sources import`
    skips such outlines, and an odd jurisdiction, rather than refuse the whole file."""
    folder = registry(tmp_path)
    for url in ("notaurl", "http://[::1", "ftp://x.org/feed"):
        added = run(folder, "sources", "add", url)
        assert added.exit_code == 2 and added.stderr == (
            f"watcher: {url!r} is not an absolute http(s) address, such as https://edri.org/\n"
        )
    opml = tmp_path / "mixed.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline type="rss" text="Good" jurisdiction="xyz" xmlUrl="https://good.example/feed"/>'
        '<outline type="rss" text="Bad" xmlUrl="http://[::1"/>'
        '<outline type="rss" text="Js" xmlUrl="javascript:alert(1)"/></body></opml>'
    )
    imported = run(folder, "sources", "import", str(opml))
    assert imported.exit_code == 0, imported.output
    assert "imported 1 feed" in imported.stdout and "skipped 2" in imported.stdout
    assert "= javascript:alert(1) (not an http(s) address)" in imported.stdout
    good = next(s for s in load_sources(folder)[0] if s.url == "https://good.example/feed")
    assert good.jurisdiction == "INT"


def test_a_new_source_is_placed_by_its_address(tmp_path: Path, server: Server) -> None:
    """An imported or added source with no jurisdiction given takes its country's domain
    (cnil.fr is FR, ico.org.uk GB, edpb.europa.eu EU), else INT: every source was INT, so the
    digest's "from" fallback and `[select] jurisdictions` placed a French regulator nowhere."""
    opml = tmp_path / "regulators.opml"
    feeds = {
        "https://www.cnil.fr/fr/rss.xml": "FR",
        "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/feed/": "GB",
        "https://www.edpb.europa.eu/feed/news_en": "EU",
        "https://www.garanteprivacy.it/home/rss": "IT",
        "https://algorithmwatch.org/en/feed/": "INT",
        "https://news.example.io/feed": "INT",  # .io is a domain of the world, not a country
        "https://www.aepd.es/rss": "DE",  # the outline's own word wins
    }
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        + "".join(
            f'<outline type="rss" text="{n}" xmlUrl="{url}"'
            + (' jurisdiction="de"' if url.endswith("aepd.es/rss") else "")
            + "/>"
            for n, url in enumerate(feeds)
        )
        + "</body></opml>"
    )
    folder = registry(tmp_path)
    imported = run(folder, "sources", "import", str(opml))
    assert imported.exit_code == 0, imported.output
    placed = {s.url: s.jurisdiction for s in load_sources(folder)[0] if s.url in feeds}
    assert placed == feeds
    # `sources add` the same way: a loopback address is no country's, and it says what it chose
    server.static("/feed.xml", FEED, "application/rss+xml")
    added = run(folder, "sources", "add", server.url("/feed.xml"), "--id", "loop")
    assert added.exit_code == 0, added.output
    assert "(news, INT); run 'watcher poll --source loop'" in added.stdout
    assert jurisdiction_of("https://www.datenschutz.rlp.de/feed") == "DE"
    assert jurisdiction_of("https://autoriteitpersoonsgegevens.nl/rss") == "NL"
    assert jurisdiction_of("not an address") == "INT"


def test_add_finds_a_wordpress_api(tmp_path: Path, server: Server) -> None:
    server.static(
        "/",
        b'<html lang="de-DE"><head><title>Blog</title><link rel="https://api.w.org/" href="/wp-json/"></head></html>',
        "text/html",
    )
    server.static(
        "/wp-json/wp/v2/posts", (DATA / "wordpress-posts.json").read_bytes(), "application/json"
    )
    folder = registry(tmp_path)
    added = run(folder, "sources", "add", server.url("/"), "--id", "blog")
    assert added.exit_code == 0, added.output
    source = next(s for s in load_sources(folder)[0] if s.id == "blog")
    assert (
        source.kind == "wordpress"
        and source.url == server.url("/wp-json/wp/v2/posts")
        and source.language == "de"
    )


def test_add_says_when_there_is_no_feed(tmp_path: Path, server: Server) -> None:
    server.static(
        "/plain", b"<html><head><title>x</title></head><body>no feed</body></html>", "text/html"
    )
    result = run(registry(tmp_path), "sources", "add", server.url("/plain"))
    assert (
        result.exit_code == 2
        and "no feed found at" in result.stderr
        and "html source" in result.stderr
    )


def test_add_knows_a_feed_by_its_start_as_real_feeds_write_it(
    tmp_path: Path, server: Server
) -> None:
    """Real feeds open with a stylesheet instruction (CNIL's), a BOM, a DOCTYPE or comments,
    or are served as a feed's media type: each is a feed (the first was "no feed found")."""
    body = FEED.split(b"?>", 1)[1]
    starts = {
        "/stylesheet": b'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
        b'href="feed.xsl"?>\n' + body,
        "/bom-doctype": b'\xef\xbb\xbf<?xml version="1.0"?><!-- generator -->\n<!DOCTYPE rss '
        b'PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">\n' + body,
        "/long-comment": b"<!--" + b"x" * 5000 + b"-->" + body,
    }
    for path, start in starts.items():
        server.static(path, start, "application/rss+xml" if path == "/long-comment" else "text/xml")
    folder = registry(tmp_path)
    for path in starts:
        added = run(folder, "sources", "add", server.url(path), "--dry-run")
        assert added.exit_code == 0, (path, added.output)
        assert "via the URL itself" in added.stdout, (path, added.output)
    sitemap = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>'
    server.static("/sitemap.xml", sitemap, "application/xml")
    result = run(folder, "sources", "add", server.url("/sitemap.xml"))
    assert result.exit_code == 2 and result.stderr.startswith("watcher: no feed found at"), (
        result.stderr
    )
    assert "Warning" not in result.stderr  # bs4's advice on parsing XML as HTML is not the reader's


def test_a_feed_without_a_title_is_named_after_its_host(tmp_path: Path, server: Server) -> None:
    """Its name and publisher (what readers see) were its id, a slug of the whole address."""
    untitled = re.sub(rb"<title>[^<]*</title>", b"", FEED.split(b"<item>")[0], count=1)
    server.static("/untitled.xml", untitled + b"</channel></rss>", "application/rss+xml")
    folder = registry(tmp_path)
    added = run(folder, "sources", "add", server.url("/untitled.xml"))
    assert added.exit_code == 0, added.output
    assert "'127.0.0.1' (it has no title: --name to choose one)" in added.stdout
    source = next(s for s in load_sources(folder)[0] if s.url == server.url("/untitled.xml"))
    assert source.name == source.publisher == "127.0.0.1"


def test_disable_enable_remove_keep_every_comment(tmp_path: Path) -> None:
    folder = registry(tmp_path)
    path = folder / "ours.toml"
    assert run(folder, "sources", "disable", "two").exit_code == 0
    text = path.read_text()
    assert "enabled = false\n[source.selectors]" in text  # its own key, not the sub-table's
    assert not next(s for s in load_sources(folder)[0] if s.id == "two").enabled
    db = ["--db", str(tmp_path / "w.db"), "--create"]
    status = CliRunner().invoke(cli, [*db, "--sources", str(folder), "sources", "status"])
    assert status.exit_code == 0, status.output
    rows = {line.split()[0]: line.split() for line in status.stdout.splitlines()[1:]}
    assert rows["two"][3] == "disabled" and rows["one"][3] != "disabled"  # NEXT POLL says why
    assert run(folder, "sources", "enable", "two").exit_code == 0
    assert "enabled = true\n[source.selectors]" in path.read_text()
    assert run(folder, "sources", "enable", "two").stdout.strip() == "two was already enabled"
    removed = run(folder, "sources", "remove", "one")
    assert removed.exit_code == 0, removed.output
    text = path.read_text()
    assert "# Our own sources. Keep this comment." in text and "# The second one." in text
    assert "# The last words of the file." in text and "# a trailing comment" not in text
    assert "# The first one" not in text and 'id = "one"' not in text
    assert [s.id for s in load_sources(folder)[0]] == ["two"]
    assert run(folder, "sources", "remove", "nope").exit_code == 2
    assert run(folder, "sources", "remove", "two").exit_code == 0  # the last one
    for command in (["sources", "list"], [*db, "--sources", str(folder), "sources", "status"]):
        empty = CliRunner().invoke(
            cli, command if command[0] == "--db" else ["--sources", str(folder), *command]
        )
        assert empty.exit_code == 0 and empty.stdout == (
            f"no sources in {folder} (add one with 'watcher sources add URL')\n"
        )
    path.write_text(path.read_text() + '[[source]]\nid = "half"\n')
    half = run(folder, "sources", "list")
    assert re.match(
        r"\(\d+ problems in the registry; the entries they are in are skipped", half.stderr
    )


def test_opml_export_import_export_round_trip(tmp_path: Path) -> None:
    first = run(REPO / "sources", "sources", "export", "--opml")
    assert first.exit_code == 0 and first.stdout.startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">'
    )
    (tmp_path / "ours.opml").write_text(first.stdout)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "placeholder.toml").write_text("# nothing yet\n")
    imported = run(empty, "sources", "import", str(tmp_path / "ours.opml"))
    assert imported.exit_code == 0, imported.output
    assert run(empty, "sources", "check").exit_code == 0
    second = run(empty, "sources", "export", "--opml")
    assert second.stdout == first.stdout


def test_a_source_whose_name_has_no_latin_letter_is_named_by_its_address(tmp_path: Path) -> None:
    """Its id was "source" (then "source-2", ...), saying nothing of which source it is."""
    opml = tmp_path / "zh.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline type="rss" text="新闻国内" xmlUrl="https://www.news.example.org/rss"/>'
        '<outline type="rss" xmlUrl="https://other.example/feed.xml"/></body></opml>',
        encoding="utf-8",
    )
    imported = run(tmp_path / "sources", "sources", "import", str(opml))
    assert imported.exit_code == 0, imported.output
    ids = [s.id for s in load_sources(tmp_path / "sources")[0]]
    assert ids == ["news-example-org-rss", "other-example"]


def test_import_from_miniflux_and_freshrss(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.toml").write_text(feed_source("cnil", "https://www.cnil.fr/fr/rss.xml"))
    mini = run(folder, "sources", "import", str(DATA / "opml" / "miniflux.opml"))
    assert mini.exit_code == 0, mini.output
    assert (
        mini.stdout.splitlines()[0]
        == f"imported 2 feeds into {folder / 'imported.toml'}, skipped 1"
    )
    assert "= https://www.cnil.fr/fr/rss.xml (already there as cnil)" in mini.stdout
    fresh = run(folder, "sources", "import", str(DATA / "opml" / "freshrss.opml"))
    assert fresh.exit_code == 0 and "imported 2 feeds" in fresh.stdout
    assert run(folder, "sources", "check").exit_code == 0
    assert {s.id for s in load_sources(folder)[0]} == {
        "cnil",
        "edri",
        "algorithmwatch",
        "privacy-international",
        "noyb",
    }
