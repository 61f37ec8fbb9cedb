"""The site in real Chromium (Debian's, driven by playwright): no console errors, search finds a
French word typed without accents, injected script never runs, screenshots kept as artifacts.

Skips, saying why, when /usr/bin/chromium or playwright is missing (`make test` installs both
when it can).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import watcher
from watcher.classify import classify
from watcher.config.sources import load_sources
from watcher.normalize import normalize
from watcher.parse import parse_feed
from watcher.pipeline import document
from watcher.store import Archive

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip(
        f"no Chromium at {CHROMIUM} (make test installs Debian's chromium when run as root)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def build(tmp: Path, extra_feed: bytes | None = None) -> Path:
    db, out = tmp / "w.db", tmp / "site"
    polled = watcher(db, "poll", "--replay", str(ROOT / "watcher" / "samples" / "replay"))
    assert polled.exit_code == 0, polled.output
    if extra_feed is not None:  # a hostile item, stored as a poll of the CNIL source would
        cnil = next(s for s in load_sources(ROOT / "sources")[0] if s.id == "cnil")
        seen = datetime(2026, 4, 24, tzinfo=UTC)
        items = normalize(cnil, parse_feed("cnil", extra_feed, {}, "https://www.cnil.fr/"), seen)
        archive = Archive.open(db)
        with archive.transaction():
            archive.save_items(items, seen, {i.id: classify(document(i, cnil)) for i in items})
    assert watcher(db, "digest", "build").exit_code == 0
    result = watcher(db, "site", "build", "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


EVIL = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>'
    "<title>Surveillance des salariés &lt;script&gt;window.__xss=1&lt;/script&gt;"
    "&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;</title>"
    "<link>https://www.cnil.fr/fr/evil</link><guid>evil-1</guid>"
    "<pubDate>Fri, 24 Apr 2026 10:00:00 +0000</pubDate>"
    "<description>&lt;svg onload=&quot;window.__xss=3&quot;&gt;&lt;/svg&gt; sanction pour surveillance des salariés</description>"
    "</item></channel></rss>"
).encode()


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Built before the browser starts: playwright's sync API keeps an event loop running."""
    return {
        "sample": build(tmp_path_factory.mktemp("sample")),
        "evil": build(tmp_path_factory.mktemp("evil"), EVIL),
    }


@pytest.fixture(scope="module")
def browser(sites: dict[str, Path]) -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def test_pages_load_clean_search_works_screenshots(sites: dict[str, Path], browser) -> None:  # type: ignore[no-untyped-def]
    site = sites["sample"]
    server, base = serve(site)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page()
    errors: list[str] = []
    page.on(
        "console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    try:
        pages = sorted(
            str(p.relative_to(site)).replace("index.html", "") for p in site.rglob("index.html")
        )
        assert len(pages) >= 20
        for rel in pages:
            response = page.goto(base + rel)
            assert response is not None and response.status == 200, rel
            for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
                if href.startswith(base):
                    assert page.request.get(href).status == 200, f"{rel}: broken link {href}"
        page.goto(base)
        page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
        page.goto(base + "2026/W17/")
        page.screenshot(path=str(ARTIFACTS / "issue.png"), full_page=True)
        page.goto(base + "search/")
        page.fill(".pagefind-ui__search-input", "salaries")  # typed without the accent of salariés
        page.wait_for_selector(".pagefind-ui__result", timeout=15000)
        page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
        results = " ".join(page.locator(".pagefind-ui__result").all_inner_texts())
        assert "salariés" in results
        assert errors == []
    finally:
        page.close()
        server.shutdown()
        server.server_close()


def test_injected_script_never_runs(sites: dict[str, Path], browser) -> None:  # type: ignore[no-untyped-def]
    site = sites["evil"]
    assert (
        "https://www.cnil.fr/fr/evil" in (site / "2026" / "W17" / "index.html").read_text()
    )  # the item is there
    server, base = serve(site)
    page = browser.new_page()
    try:
        for rel in ("", "2026/W17/", "topics/activity-tracking/", "jurisdictions/FR/"):
            page.goto(base + rel)
            page.wait_for_load_state("load")
            assert page.evaluate("window.__xss === undefined"), rel
    finally:
        page.close()
        server.shutdown()
        server.server_close()
