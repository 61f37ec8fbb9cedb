"""Frozen digest issues + the archive → a static site: a folder of files to host anywhere.

Everything is rendered in memory first, then written; a file whose bytes are unchanged is not
rewritten, so a rebuild after a new week touches only what changed. Pages load nothing from
outside (one local stylesheet, no scripts but the search's own), and all text from feeds is
escaped by Jinja2's autoescaping.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from watcher.exceptions import SiteError
from watcher.models import TOPICS, DigestDef, Issue, Source
from watcher.render import count_line, env, render_issue_body, week_span
from watcher.store import Archive
from watcher.text import safe_url

TOPIC_NAMES = {t: t.replace("-", " ").capitalize().replace("Ai ", "AI ") for t in TOPICS}


@dataclass(frozen=True)
class SiteResult:
    written: tuple[str, ...]  # paths (relative) whose bytes changed
    unchanged: int
    removed: tuple[str, ...]


def _issue_path(week: str) -> str:
    year, number = week.split("-W")
    return f"{year}/W{number}/"


def render_site(
    archive: Archive, digest: DigestDef, sources: list[Source], base_url: str, now: datetime
) -> dict[str, bytes]:
    """Every file of the site, by relative path, built in memory."""
    names = {s.id: s.name for s in sources}
    issues = archive.issues(digest.id)
    bodies = {i.week: render_issue_body(i, digest, names) for i in issues}  # each rendered once
    files: dict[str, bytes] = {}

    def page(path: str, template: str, depth: int, **context: Any) -> None:
        root = "../" * depth
        html = env.get_template(template).render(
            root=root, site_title=digest.title, description=digest.description, **context
        )
        files[path] = html.encode()

    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    listing = []
    for issue in issues:
        entry = {
            "week": issue.week,
            "href": _issue_path(issue.week),
            "span": week_span(issue, digest),
            "counts": count_line(issue),
        }
        by_year[issue.week[:4]].append(entry)
        listing.append(entry)
    latest = issues[0] if issues else None
    page(
        "index.html", "site/home.html", 0,
        latest=render_issue_body(latest, digest, names, h=2) if latest else None,
        latest_entry=listing[0] if listing else None, years=sorted(by_year.items(), reverse=True),
    )  # fmt: skip
    for n, issue in enumerate(issues):
        newer = listing[n - 1] if n > 0 else None
        older = listing[n + 1] if n + 1 < len(listing) else None
        page(f"{_issue_path(issue.week)}index.html", "site/issue.html", 2,
             entry=listing[n], body=bodies[issue.week], newer=newer, older=older)  # fmt: skip

    topics: dict[str, list[dict[str, Any]]] = defaultdict(list)
    places: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for item, decision in archive.relevant_items():
        row = {
            "title": item.title, "url": safe_url(item.url), "published": item.published,
            "date": item.published[:10], "source": names.get(item.source_id, item.source_id),
            "act": decision.act,
        }  # fmt: skip
        for topic in decision.topics:
            topics[topic].append(row)
        if decision.kind == "regulatory":
            places[decision.jurisdiction or "INT"][decision.authority or "?"].append(row)
    for topic in TOPICS:
        page(
            f"topics/{topic}/index.html",
            "site/list.html",
            2,
            heading=TOPIC_NAMES[topic],
            groups=[("", topics.get(topic, []))],
        )
    page("topics/index.html", "site/index_list.html", 1, heading="Topics",
         links=[(f"{t}/", TOPIC_NAMES[t], len(topics.get(t, []))) for t in TOPICS])  # fmt: skip
    for jur, authorities in places.items():
        page(f"jurisdictions/{jur}/index.html", "site/list.html", 2, heading=f"Jurisdiction: {jur}",
             groups=sorted(authorities.items()))  # fmt: skip
    page("jurisdictions/index.html", "site/index_list.html", 1, heading="Jurisdictions and authorities",
         links=[(f"{j}/", j, sum(len(v) for v in a.values())) for j, a in sorted(places.items())])  # fmt: skip

    health = []
    counts = archive.item_counts()
    for s in sources:
        st = archive.state(s.id)
        health.append({"name": s.name, "id": s.id, "kind": s.kind, "jurisdiction": s.jurisdiction,
                       "verified": s.verified, "enabled": s.enabled, "count": counts.get(s.id, 0),
                       "last_success": (st.last_success or "")[:16].replace("T", " "),
                       "errors": st.error_count, "last_error": st.last_error if st.error_count else ""})  # fmt: skip
    page("sources/index.html", "site/sources.html", 1, sources=health)
    page("404.html", "site/404.html", 0)
    page("search/index.html", "site/search.html", 1)
    files["style.css"] = env.get_template("site/style.css").render().encode()
    files["feed.xml"] = _atom(issues, digest, bodies, base_url).encode()
    files["sitemap.xml"] = _sitemap(files, base_url).encode()
    return files


def _atom(issues: list[Issue], digest: DigestDef, bodies: dict[str, str], base_url: str) -> str:
    updated = issues[0].built_at.isoformat() if issues else "1970-01-01T00:00:00+00:00"
    entries = []
    for issue in issues[:50]:
        link = f"{base_url}{_issue_path(issue.week)}"
        entries.append(
            f"<entry><id>{escape(link)}</id><title>{escape(digest.title)} — {escape(issue.week)}</title>"
            f'<link rel="alternate" type="text/html" href="{escape(link)}"/>'
            f"<updated>{escape(issue.built_at.isoformat())}</updated><published>{escape(issue.built_at.isoformat())}</published>"
            f"<summary>{escape(count_line(issue))}</summary>"
            f'<content type="html">{escape(bodies[issue.week])}</content></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{escape(base_url)}</id><title>{escape(digest.title)}</title>"
        f'<link rel="self" href="{escape(base_url)}feed.xml"/><link rel="alternate" href="{escape(base_url)}"/>'
        f"<updated>{escape(updated)}</updated><author><name>watcher</name></author>{''.join(entries)}</feed>\n"
    )


def _sitemap(files: dict[str, bytes], base_url: str) -> str:
    urls = sorted(p[: -len("index.html")] for p in files if p.endswith("index.html"))
    body = "".join(f"<url><loc>{escape(base_url + u)}</loc></url>" for u in urls)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'


def write_site(files: dict[str, bytes], out: Path) -> SiteResult:
    """Write what changed; remove generated pages that no longer exist (never other files)."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = out / ".watcher-site.json"
    previous = set(json.loads(manifest.read_text())) if manifest.exists() else set()
    written, unchanged = [], 0
    for rel, data in sorted(files.items()):
        path = out / rel
        if path.exists() and path.read_bytes() == data:
            unchanged += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(rel)
    removed = sorted(previous - set(files))
    for rel in removed:
        (out / rel).unlink(missing_ok=True)
    manifest.write_text(json.dumps(sorted(files)))
    return SiteResult(tuple(written), unchanged, tuple(removed))


def index_search(out: Path) -> str | None:
    """Run pagefind over the written site (its search runs offline in the browser); a one-line
    reason when it cannot."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(out), "--output-subdir", "pagefind"],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"search index not built: {e}"
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return f"search index not built (pagefind exit {done.returncode}): {last[0]}"
    return None


def build_site(archive: Archive, digest: DigestDef, sources: list[Source], out: Path, base_url: str,
               now: datetime | None = None, search: bool = True) -> SiteResult:  # fmt: skip
    base = base_url if base_url.endswith("/") else base_url + "/"
    result = write_site(render_site(archive, digest, sources, base, now or datetime.now(UTC)), out)
    pages_changed = any(p.endswith(".html") for p in result.written)
    if search and (pages_changed or not (out / "pagefind" / "pagefind-ui.js").exists()):
        problem = index_search(out)
        if problem:
            raise SiteError(problem)
    return result
