"""Frozen digest issues + the archive → a static site: a folder of files to host anywhere.

Each page is rendered in memory from a context that is all it shows; a key of that context
(and of the templates and code that turn it into HTML) is kept in the site's manifest, so a
rebuild renders only the pages whose inputs changed: after one more week, the new issue, its
neighbours, the home, topic and jurisdiction pages, the new items and the feeds. A file whose
bytes are unchanged is not rewritten. Pages load nothing from outside (one local stylesheet, no
scripts but the search's own), and all text from feeds is escaped by Jinja2's autoescaping.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from watcher.digest import selects
from watcher.exceptions import SiteError
from watcher.feeds import Feed, FeedEntry, atom, json_feed
from watcher.models import TOPICS, Decision, DigestDef, Entry, Issue, Source, StoredItem, in_euros
from watcher.render import (
    ACT_NAMES,
    authority_name,
    count_line,
    env,
    issue_path,
    place_name,
    place_order,
    reader_names,
    render_issue_body,
    week_span,
)
from watcher.site_files import Rendered, SiteResult, read_manifest, write_site
from watcher.site_search import SUBDIR, index_search
from watcher.store import Archive
from watcher.text import keep_marks, safe_url

TOPIC_NAMES = {t: t.replace("-", " ").capitalize().replace("Ai ", "AI ") for t in TOPICS}
# The newest entries a feed carries: a feed reader keeps what it saw, the site has the rest.
FEED_ENTRIES = 50
PENDING = ".watcher-search-pending"  # pages changed since the search index was last built
_CODE = Path(__file__).parent


class Lazy:
    """A page input made only when the page is rendered; `key` stands for it in the page's key
    and must name everything it is made from."""

    __slots__ = ("key", "_make", "_made")

    def __init__(self, key: str, make: Callable[[], str]) -> None:
        self.key, self._make = key, make
        self._made: str | None = None

    def make(self) -> str:
        """The value, made once: an issue's page and the feed share its body."""
        if self._made is None:
            self._made = self._make()
        return self._made

    def __repr__(self) -> str:
        return f"Lazy({self.key})"


def _fingerprint(*parts: object) -> str:
    """What every page depends on besides its own context: the templates, the code that renders
    them, and the site-wide settings."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted((_CODE / "templates").rglob("*")) + [_CODE / "render.py", Path(__file__)]:
        if path.is_file():
            h.update(path.read_bytes())
    h.update(repr(parts).encode())
    return h.hexdigest()


def _day(iso: str) -> str:
    """The date as written in the timestamp, "22 Apr 2026" (its own offset, not converted)."""
    return _date(iso[:10])


@lru_cache(maxsize=8192)
def _date(day: str) -> str:
    return datetime.fromisoformat(day).strftime("%-d %b %Y")


class _Site:
    """The pages of one digest's site, rendered in memory into `files`."""

    def __init__(
        self, archive: Archive, digest: DigestDef, sources: list[Source], base: str,
        previous: dict[str, str], out: Path | None,
    ) -> None:  # fmt: skip
        self.archive, self.digest, self.base = archive, digest, base
        self.names = reader_names(sources)
        self.files: dict[str, bytes] = {}
        self.keys: dict[str, str] = {}
        self.kept: set[str] = set()
        self.previous, self.out = previous, out
        self.fingerprint = _fingerprint(digest, sorted(self.names.items()), base)
        frozen = archive.issues(digest.id)
        self.issues = [issue for issue, _ in frozen]
        self.issue_hashes = {issue.issue_id: hashed for issue, hashed in frozen}
        self.relevant = [  # the digest's own: a digest of France has a site of France
            (item, d) for item, d in archive.relevant_items()
            if selects(digest, item.source_id, d.kind, d.jurisdiction, d.topics, d.act, d.authority,
                       in_euros(d.fine.amount, d.fine.currency) if d.fine else 0.0)
        ]  # fmt: skip
        self.pages = {item.id for item, _ in self.relevant}  # items with a page of their own
        self.story: dict[str, tuple[Issue, Entry]] = {}
        for issue in reversed(self.issues):  # an item's story in the issue it appeared in
            for entry in issue.entries():
                for item_id in entry.ids():
                    self.story[item_id] = (issue, entry)

    def page(self, path: str, template: str, **context: Any) -> None:
        """A page; `root` (the way back to the site's root) is relative unless given. It is
        rendered only when its inputs differ from last time or its file is missing."""
        context.setdefault("root", "../" * path.count("/"))
        inputs = repr((self.fingerprint, template, sorted(context.items()))).encode()
        key = self.keys[path] = hashlib.blake2b(inputs, digest_size=16).hexdigest()
        if self.out and self.previous.get(path) == key and os.path.isfile(f"{self.out}/{path}"):
            self.kept.add(path)
            return
        made = {k: v.make() if isinstance(v, Lazy) else v for k, v in context.items()}
        html = env.get_template(template).render(
            site_title=self.digest.title, description=self.digest.description, **made
        )
        self.files[path] = html.encode()

    def body(self, issue: Issue, h: int, root: str) -> Lazy:
        """An issue's body, rendered when needed; its key: the frozen issue, which of its items
        have pages, and where it sits."""
        linked = ",".join(sorted(set(issue.item_ids()) & self.pages))
        key = f"{self.issue_hashes[issue.issue_id]}|{h}|{root}|{linked}"
        return Lazy(
            key, lambda: render_issue_body(issue, self.digest, self.names, h, self.pages, root)
        )

    def feed(
        self, path: str, title: str, home: str, entries: Iterable[FeedEntry]
    ) -> dict[str, str]:
        """Atom and JSON Feed at `path`.xml / .json, with the first FEED_ENTRIES of `entries`
        (made only as far as taken); the links a page puts in its head."""
        atom_url, json_url = f"{self.base}{path}.xml", f"{self.base}{path}.json"
        newest = tuple(islice(entries, FEED_ENTRIES))
        built = Feed(title, self.base + home, atom_url, json_url, newest)
        self.files[f"{path}.xml"] = atom(built).encode()
        self.files[f"{path}.json"] = json_feed(built).encode()
        return {"title": title, "atom": f"{path}.xml", "json": f"{path}.json"}

    def item_entry(self, item: StoredItem) -> FeedEntry:
        link = f"{self.base}items/{item.id}/"
        source = self.names.get(item.source_id, item.source_id)
        return FeedEntry(link, item.title, link, item.published, f"{source}: {item.summary}".strip(),
                         external=safe_url(item.url))  # fmt: skip


def render_site(
    archive: Archive, digest: DigestDef, sources: list[Source], base_url: str,
    previous: dict[str, str] | None = None, out: Path | None = None,
) -> Rendered:  # fmt: skip
    """The site's files, by relative path, built in memory. With the keys of the last build
    (`previous`) and its folder (`out`), a page whose inputs are unchanged is not rendered."""
    site = _Site(archive, digest, sources, base_url, previous or {}, out)
    _issues(site)
    _items(site)
    _topics_and_places(site)
    _sources(site, sources)
    # Served for a missing page at any depth: links from the site's root path, not relative.
    site.page("404.html", "site/404.html", root=urlsplit(base_url).path or "/")
    site.page("search/index.html", "site/search.html")
    site.files["style.css"] = env.get_template("site/style.css").render().encode()
    site.files["sitemap.xml"] = _sitemap([*site.files, *site.kept], base_url).encode()
    return Rendered(site.files, site.keys, site.kept)


def _issues(site: _Site) -> None:
    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    listing = []
    for issue in site.issues:
        entry = {"week": issue.week, "href": issue_path(issue.week),
                 "span": week_span(issue, site.digest), "counts": count_line(issue)}  # fmt: skip
        by_year[issue.week[:4]].append(entry)
        listing.append(entry)
    feeds = [{"title": f"{site.digest.title}: the issues", "atom": "feed.xml", "json": "feed.json"}]
    latest = site.issues[0] if site.issues else None
    site.page("index.html", "site/home.html", body=site.body(latest, 1, "") if latest else None,
              latest_entry=listing[0] if listing else None, years=sorted(by_year.items(), reverse=True),
              feeds=feeds)  # fmt: skip
    bodies = []
    for n, issue in enumerate(site.issues):
        bodies.append(site.body(issue, 1, "../../"))
        site.page(f"{issue_path(issue.week)}index.html", "site/issue.html", entry=listing[n], body=bodies[n],
                  indexed=True,
                  newer=listing[n - 1] if n > 0 else None,
                  older=listing[n + 1] if n + 1 < len(listing) else None)  # fmt: skip
    site.feed("feed", site.digest.title, "", (
        FeedEntry(link, f"{site.digest.title} — {issue.week}", link, issue.built_at.isoformat(),
                  count_line(issue), body.make())
        for issue, body in zip(site.issues, bodies, strict=True)
        for link in [site.base + issue_path(issue.week)]
    ))  # fmt: skip


def _items(site: _Site) -> None:
    """A permanent page for every relevant item, and the feed of the newest."""
    for item, decision in site.relevant:
        issue, entry = site.story.get(item.id, (None, None))
        others = [s for s in ((entry.lead, *entry.also) if entry else ()) if s.id != item.id]
        # What the page shows of the item, and so its key: not its body, nor its bookkeeping
        # (last_seen moves with every poll that sees it again, which would render it anew).
        shown = {"title": keep_marks(item.title), "summary": item.summary, "published": item.published,
                 "language": item.language}  # fmt: skip
        site.page(
            f"items/{item.id}/index.html", "site/item.html", item=shown, indexed=True,
            source=site.names.get(item.source_id, item.source_id), date=_day(item.published),
            url=safe_url(item.url), decision=decision, act=ACT_NAMES.get(decision.act or "", ""),
            authority=authority_name(decision.authority) if decision.authority else "",
            place=place_name(decision.jurisdiction) if decision.jurisdiction else "",
            topics=[(t, TOPIC_NAMES.get(t, t)) for t in decision.topics],
            evidence=[e.text() for e in decision.evidence] if decision.label is None
            else [f"A reader labelled it relevant{': ' + decision.note if decision.note else ''}"],
            others=[{"source": site.names.get(o.source_id, o.source_id), "url": safe_url(o.url),
                     "page": o.id in site.pages and o.id} for o in others],  # fmt: skip
            issue=issue and {"week": issue.week, "href": issue_path(issue.week)},
            year=item.published[:4],
        )  # fmt: skip
    site.feed("items", f"{site.digest.title}: relevant items", "",
              (site.item_entry(item) for item, _ in site.relevant))  # fmt: skip


def _row(site: _Site, item: StoredItem, decision: Decision) -> dict[str, Any]:
    issue, entry = site.story.get(item.id, (None, None))
    return {"title": keep_marks(item.title), "href": f"items/{item.id}/", "published": item.published,
            "date": _day(item.published), "source": site.names.get(item.source_id, item.source_id),
            "act": ACT_NAMES.get(decision.act or "", ""),
            "also": len(entry.also) if entry and entry.lead.id == item.id else 0}  # fmt: skip


def _leads(
    site: _Site, pairs: list[tuple[StoredItem, Decision]]
) -> list[tuple[StoredItem, Decision]]:
    """Each story once: an outlet's item is left out where the story's lead item is listed."""
    listed = {item.id for item, _ in pairs}
    kept = []
    for item, decision in pairs:
        _, entry = site.story.get(item.id, (None, None))
        if entry is None or entry.lead.id == item.id or entry.lead.id not in listed:
            kept.append((item, decision))
    return kept


def _topics_and_places(site: _Site) -> None:
    topics: dict[str, list[tuple[StoredItem, Decision]]] = defaultdict(list)
    places: dict[str, list[tuple[StoredItem, Decision]]] = defaultdict(list)
    for item, decision in site.relevant:
        for topic in decision.topics:
            topics[topic].append((item, decision))
        if decision.kind == "regulatory":
            places[decision.jurisdiction or "INT"].append((item, decision))
    shown = [t for t in TOPICS if topics.get(t)]  # an empty topic has no page
    for topic in shown:
        pairs = _leads(site, topics[topic])
        feed = site.feed(f"topics/{topic}/feed", f"{site.digest.title}: {TOPIC_NAMES[topic]}",
                         f"topics/{topic}/", (site.item_entry(i) for i, _ in pairs))  # fmt: skip
        site.page(f"topics/{topic}/index.html", "site/list.html", heading=TOPIC_NAMES[topic],
                  groups=[("", [_row(site, i, d) for i, d in pairs])], feeds=[feed])  # fmt: skip
    site.page("topics/index.html", "site/index_list.html", heading="Topics",
              links=[(f"{t}/", TOPIC_NAMES[t], len(_leads(site, topics[t]))) for t in shown])  # fmt: skip
    for code, pairs in places.items():
        pairs = _leads(site, pairs)
        by_authority: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item, decision in pairs:
            by_authority[authority_name(decision.authority or "Other")].append(
                _row(site, item, decision)
            )
        feed = site.feed(f"jurisdictions/{code}/feed", f"{site.digest.title}: {place_name(code)}",
                         f"jurisdictions/{code}/", (site.item_entry(i) for i, _ in pairs))  # fmt: skip
        site.page(f"jurisdictions/{code}/index.html", "site/list.html", heading=place_name(code),
                  groups=sorted(by_authority.items()), feeds=[feed])  # fmt: skip
    site.page("jurisdictions/index.html", "site/index_list.html", heading="Jurisdictions",
              links=[(f"{c}/", place_name(c), len(_leads(site, places[c])))
                     for c in sorted(places, key=place_order)])  # fmt: skip


def _whole_day(iso: str) -> str:
    """A date that a table cell does not break over two lines."""
    return _day(iso).replace(" ", "\u00a0")


def _sources(site: _Site, sources: list[Source]) -> None:
    """Each publisher once (CNIL has a French and an English feed), with its items and how its
    feeds are doing, in a reader's words."""
    counts = site.archive.item_counts()
    publishers: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for s in sources:
        if s.enabled:
            publishers[(s.publisher, place_name(s.jurisdiction))].append(s)
    rows = []
    for (publisher, place), feeds in publishers.items():
        states = list(site.archive.states(s.id for s in feeds).values())
        failing = [st for st in states if st.error_count]
        checked = [st.last_success for st in states if st.last_success]
        if failing:
            since = min(
                (d for st in failing if (d := st.last_success or st.last_error_at)), default=""
            )
            health = ("failing" if len(feeds) == 1 else f"{len(failing)} of {len(feeds)} feeds failing") + (
                f" since {_whole_day(since)}" if since else "")  # fmt: skip
        elif checked:
            health = f"working (checked {_whole_day(max(checked))})"
        else:
            health = "not polled yet"
        rows.append({"name": publisher, "place": place, "health": health, "failing": bool(failing),
                     "count": sum(counts.get(s.id, 0) for s in feeds)})  # fmt: skip
    site.page(
        "sources/index.html",
        "site/sources.html",
        sources=sorted(rows, key=lambda r: r["name"].lower()),
    )


def _sitemap(paths: list[str], base_url: str) -> str:
    urls = sorted(p[: -len("index.html")] for p in paths if p.endswith("index.html"))
    body = "".join(f"<url><loc>{escape(base_url + u)}</loc></url>" for u in urls)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'


def build_site(archive: Archive, digest: DigestDef, sources: list[Source], out: Path, base_url: str,
               search: bool = True) -> SiteResult:  # fmt: skip
    base = base_url if base_url.endswith("/") else base_url + "/"
    previous = read_manifest(out)
    rendered = render_site(archive, digest, sources, base, previous, out)
    # The search index is out of date from the moment a page changes until pagefind has run
    # through: the mark outlives a failed or skipped run, so the next build indexes again.
    pending = out / PENDING
    try:
        result = write_site(rendered, out, previous)
        if any(p.endswith(".html") for p in (*result.written, *result.removed)):
            pending.touch()
        if search and (pending.exists() or not (out / SUBDIR / "pagefind-ui.js").exists()):
            problem = index_search(out, [*rendered.files, *rendered.kept])
            if problem:
                raise SiteError(problem)
            pending.unlink(missing_ok=True)
    except (
        OSError
    ) as e:  # a folder that cannot be written: a full disk, no permission, no such place
        where = e.filename or out
        raise SiteError(
            f"cannot write the site to {out} ({e.strerror or e}: {where}); choose a folder you can "
            "write with --out (or WATCHER_SITE_DIR), or free some space"
        ) from e
    return result
