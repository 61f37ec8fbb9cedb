"""What people read: golden text and HTML of the sample week; escaping, width, no external loads.

Regenerate the golden files after an intended change with WATCHER_REGENERATE_GOLDEN=1.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import sample_week, watcher
from watcher.models import UNNAMED, DigestDef, Issue
from watcher.render import EMPTY, WIDTH, render_html, render_text
from watcher.text import SUMMARY_LENGTH, cut_summary

GOLDEN = Path(__file__).parent / "golden"
DIGEST = DigestDef(
    "weekly",
    "Workplace AI monitoring — the week",
    "",
    "Europe/Brussels",
    "sunday",
    "w@localhost",
    ("a@example.org",),
)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("render") / "w.db"
    sample_week(db)
    return db


def show(db: Path, fmt: str) -> str:
    result = watcher(db, "digest", "show", "--format", fmt)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_golden(sample_db: Path, fmt: str) -> None:
    got = show(sample_db, fmt)
    path = GOLDEN / f"weekly-2026-W17.{'txt' if fmt == 'text' else 'html'}"
    if os.environ.get("WATCHER_REGENERATE_GOLDEN"):
        path.write_text(got)
    assert got == path.read_text(), (
        f"{path} differs; if intended, regenerate with WATCHER_REGENERATE_GOLDEN=1"
    )


def test_text_is_readable_at_72_columns(sample_db: Path) -> None:
    for line in show(sample_db, "text").splitlines():
        assert len(line) <= WIDTH or re.fullmatch(r"\s*https?://\S+", line), line


def hostile_issue() -> Issue:
    evil = {
        "id": "x", "title": '<script>alert(1)</script><img src=x onerror="alert(2)">Employer fined',
        "summary": "<b onclick=alert(3)>bold</b> & more", "url": "javascript:alert(4)",
        "published": "2026-04-22T10:00:00+00:00", "source_id": "evil\"><script>", "act": "fine",
        "authority": "<i>CNIL</i>", "jurisdiction": "FR", "fine_amount": 1000.0, "fine_currency": "EUR",
    }  # fmt: skip
    return Issue.from_json(json.dumps({
        "digest_id": "weekly", "week": "2026-W17", "start": "2026-04-19T22:00:00+00:00",
        "end": "2026-04-26T22:00:00+00:00", "built_at": "2026-04-27T08:00:00+00:00",
        "regulatory": [{"jurisdiction": "FR", "authority": "<i>CNIL</i>", "entries": [{"lead": evil, "also": [evil]}]}],
        "attention": [{"source_id": "<svg onload=alert(5)>", "failures": 3, "last_error": "<script>x</script>"}],
    }))  # fmt: skip


class Elements(HTMLParser):
    """The real elements and attributes of a page (escaped text is not an element)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(name, value or "") for name, value in attrs]


def test_html_escapes_everything_from_feeds() -> None:
    html = render_html(hostile_issue(), DIGEST, {})
    page = Elements()
    page.feed(html)
    assert not {"script", "img", "svg", "i", "b", "iframe"} & set(page.tags)
    assert not [name for name, _ in page.attrs if name.startswith("on")]
    assert not [
        v for name, v in page.attrs if name == "href" and not v.startswith(("https://", "http://"))
    ]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, harmlessly


def test_html_loads_nothing_and_supports_dark_mode(sample_db: Path) -> None:
    html = show(sample_db, "html")
    assert '<meta name="color-scheme" content="light dark">' in html
    assert not re.search(r"<(link|script|img|iframe)\b|@import|url\(", html)
    assert all(h.startswith(("https://", "http://")) for h in re.findall(r'href="([^"]*)"', html))


def test_a_group_whose_authority_is_not_named_is_headed_by_its_place() -> None:
    """Items that report a fine or a ruling without naming who (regulatory by their act) are
    grouped under their jurisdiction alone, not "France — ?"."""
    lead = {
        "id": "x", "title": "Logistics firm fined €40,000 for tracking its drivers", "summary": "",
        "url": "https://news.example/1", "published": "2026-04-22T10:00:00+00:00", "source_id": "news",
        "act": "fine", "authority": None, "jurisdiction": "FR", "fine_amount": 40000.0, "fine_currency": "EUR",
    }  # fmt: skip
    issue = Issue.from_json(json.dumps({
        "digest_id": "weekly", "week": "2026-W17", "start": "2026-04-19T22:00:00+00:00",
        "end": "2026-04-26T22:00:00+00:00", "built_at": "2026-04-27T08:00:00+00:00",
        "regulatory": [{"jurisdiction": "FR", "authority": UNNAMED, "entries": [{"lead": lead, "also": []}]}],
    }))  # fmt: skip
    text, html = render_text(issue, DIGEST, {}), render_html(issue, DIGEST, {})
    assert "\nFrance\n------" in text and "?" not in text.split("REGULATORY")[1].split("\n\n")[1]
    assert ">France<" in html and "France —" not in html


def test_places_come_in_the_order_readers_expect_whatever_their_codes() -> None:
    """The European Union leads, then international bodies, then countries by name: by code,
    Germany (DE) would come before the EU and the United Kingdom (GB) before Ireland (IE)."""
    groups = []
    for n, (place, authority) in enumerate(
        [("GB", "ICO"), ("DE", "BfDI"), ("INT", "ECtHR"), ("IE", "DPC"), ("EU", "EDPB")]
    ):
        lead = {
            "id": f"x{n}", "title": f"Decision {n}", "summary": "", "url": f"https://e.example/{n}",
            "published": "2026-04-22T10:00:00+00:00", "source_id": "news", "act": "decision",
            "authority": authority, "jurisdiction": place, "fine_amount": None, "fine_currency": None,
        }  # fmt: skip
        groups.append(
            {"jurisdiction": place, "authority": authority, "entries": [{"lead": lead, "also": []}]}
        )
    issue = Issue.from_json(json.dumps({
        "digest_id": "weekly", "week": "2026-W17", "start": "2026-04-19T22:00:00+00:00",
        "end": "2026-04-26T22:00:00+00:00", "built_at": "2026-04-27T08:00:00+00:00",
        "regulatory": groups,
    }))  # fmt: skip
    order = ["European Union", "International", "Germany", "Ireland", "United Kingdom"]
    for out in (render_text(issue, DIGEST, {}), render_html(issue, DIGEST, {})):
        seen = [out.index(f"{place} — ") for place in order]
        assert seen == sorted(seen), out


def test_a_french_title_keeps_its_marks_and_a_fine_its_currency_on_the_line_they_close() -> None:
    """French sets a space before "?" and after "«": a narrow screen (or the e-mail's 72 columns)
    must not start a line with the mark, nor end one with "EUR"; an English colon is untouched."""
    lead = {
        "id": "x", "title": "Télétravail : quelles règles pour le contrôle de « l'activité » des salariés ?",
        "summary": "", "url": "https://news.example/1", "published": "2026-04-22T10:00:00+00:00",
        "source_id": "cnil", "act": "fine", "authority": "CNIL", "jurisdiction": "FR",
        "fine_amount": 40000.0, "fine_currency": "EUR",
    }  # fmt: skip
    news = {
        **lead,
        "id": "y",
        "title": "Explainer: what bossware records",
        "act": None,
        "fine_amount": None,
    }
    issue = Issue.from_json(json.dumps({
        "digest_id": "weekly", "week": "2026-W17", "start": "2026-04-19T22:00:00+00:00",
        "end": "2026-04-26T22:00:00+00:00", "built_at": "2026-04-27T08:00:00+00:00",
        "regulatory": [{"jurisdiction": "FR", "authority": "CNIL", "entries": [{"lead": lead, "also": []}]}],
        "news": [{"lead": news, "also": []}],
    }))  # fmt: skip
    text, html = render_text(issue, DIGEST, {}), render_html(issue, DIGEST, {})
    for shown in (text, html):
        assert "Télétravail\u00a0: quelles" in shown and "salariés\u00a0?" in shown
        assert "«\u00a0l'activité\u00a0»" in shown or "«\u00a0l&#39;activité\u00a0»" in shown
        assert "EUR\u00a040,000" in shown and "Explainer: what bossware records" in shown
    assert not any(line.lstrip().startswith(("?", "»")) for line in text.splitlines())


def test_empty_week_says_so_plainly() -> None:
    empty = Issue(
        "weekly",
        "2026-W30",
        datetime.fromisoformat("2026-07-19T22:00:00+00:00"),
        datetime.fromisoformat("2026-07-26T22:00:00+00:00"),
        datetime.fromisoformat("2026-07-27T08:00:00+00:00"),
    )
    text = render_text(empty, DIGEST, {})
    assert EMPTY in text and "0 regulatory developments · 0 news stories" in text
    assert EMPTY in render_html(empty, DIGEST, {})


def test_show_needs_a_built_issue(sample_db: Path) -> None:
    result = watcher(sample_db, "digest", "show", "--week", "2026-W10")
    assert result.exit_code == 1 and "is not built yet" in result.stderr


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "bb", "é", " ", "\n", "\t", "…", "x" * 60]), max_size=120).map(
        "".join
    )
)
def test_summaries_are_cut_as_textwrap_cuts_them_and_cutting_twice_changes_nothing(
    text: str,
) -> None:
    expected = textwrap.shorten(text, SUMMARY_LENGTH, placeholder=" …") if text else ""
    assert cut_summary(text) == expected
    assert cut_summary(expected) == expected


def test_every_place_the_rules_and_sources_name_has_a_name_for_readers() -> None:
    """A jurisdiction code an authority or a source can give an item is shown as a place
    ("Hungary"), never as its code, in the digest's headings and the site's pages."""
    from watcher.classify import load_rules
    from watcher.config.sources import load_sources
    from watcher.render import PLACES

    codes = {jur for _, jur in load_rules().authorities if jur}
    codes |= {s.jurisdiction for s in load_sources(Path(__file__).parents[1] / "sources")[0]}
    assert codes - set(PLACES) == set()
