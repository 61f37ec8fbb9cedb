"""Benchmark: the static site of 520 weekly issues (ten years), full and incremental builds.

    python bench/bench_site.py [--weeks 520]

Generates ten years of items (about 20 a week, a third of them relevant), builds every weekly
issue with watcher's own digest code, then times `build_site` from scratch (pages and the
pagefind index) and again after one more week (only changed files are rewritten).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_poll import COMMON, WORDS, write_section  # noqa: E402

from watcher.digest import build, week_by_label, week_of  # noqa: E402
from watcher.models import DigestDef, Source, Week  # noqa: E402
from watcher.site import build_site  # noqa: E402
from watcher.site_search import index_search, pagefind_into  # noqa: E402
from watcher.store import Archive  # noqa: E402

DIGEST = DigestDef(
    "weekly",
    "Workplace AI monitoring — the week",
    "",
    "Europe/Brussels",
    "sunday",
    "w@localhost",
    ("a@example.org",),
)
SOURCES = [Source(f"s{i}", f"Source {i}", f"https://s{i}.example/", "feed", f"Publisher {i}", "regulator" if i < 5 else "news",
                  ["EU", "FR", "DE", "GB", "IT", "US"][i % 6], "en") for i in range(12)]  # fmt: skip
TOPICS = [
    "activity-tracking",
    "biometrics",
    "location-tracking",
    "algorithmic-management",
    "video-audio-surveillance",
]


def add_week(archive: Archive, rng: random.Random, start: datetime, n: int) -> None:
    items, decisions = [], []
    for i in range(20):
        when = start + timedelta(hours=rng.randrange(7 * 24))
        item_id = f"{n:05d}{i:02d}"
        title = " ".join(
            rng.choice(WORDS if rng.random() < 0.5 else COMMON) for _ in range(9)
        ).capitalize()
        summary = " ".join(rng.choice(COMMON + WORDS) for _ in range(40))
        src = rng.choice(SOURCES)
        iso = when.isoformat(timespec="seconds")
        items.append(
            (
                item_id,
                src.id,
                f"g{item_id}",
                title,
                summary,
                f"https://{src.id}.example/{item_id}",
                iso,
            )
        )
        relevant = rng.random() < 0.33
        decisions.append((item_id, int(relevant), 0.9 if relevant else 0.1, json.dumps([rng.choice(TOPICS)] if relevant else []),
                          "regulatory" if src.category == "regulator" else "news", "fine" if src.category == "regulator" else None,
                          src.publisher if src.category == "regulator" else None, src.jurisdiction, iso))  # fmt: skip
    with archive.transaction():
        archive.conn.executemany(
            "INSERT INTO items (id, source_id, identity, title, summary, url, published, date_source, first_seen, "
            "last_seen, content_hash, language) VALUES (?, ?, ?, ?, ?, ?, ?, 'source', ?7, ?7, 'h', 'en')",
            items,
        )
        archive.conn.executemany(
            "INSERT INTO classifications (item_id, relevant, score, topics, kind, act, authority, jurisdiction, evidence, "
            "version, classified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', 'bench', ?)",
            decisions,
        )


def one_more_week(archive: Archive, rng: random.Random, week: Week, n: int) -> Week:
    """The week's items added and its issue built; the week after it. As in a real poll, the
    items of the four weeks before are seen again in their feeds: their last_seen moves."""
    add_week(archive, rng, week.start, n)
    with archive.transaction():
        archive.conn.execute(
            "UPDATE items SET last_seen = ? WHERE published >= ?",
            [week.end.isoformat(timespec="seconds"), (week.start - timedelta(days=28)).isoformat()],
        )
    build(archive, DIGEST, week, {s.id: s.category for s in SOURCES}, week.end + timedelta(hours=1))
    return week_of(week.end + timedelta(hours=1), DIGEST)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", type=int, default=520)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="watcher-site-"))
    archive = Archive.open(work / "site.db")
    rng = random.Random(3)
    first = week_by_label("2016-W01", DIGEST)
    week = first
    t0 = time.perf_counter()
    for n in range(args.weeks):
        week = one_more_week(archive, rng, week, n)
    setup = time.perf_counter() - t0
    out = work / "site"
    t0 = time.perf_counter()
    full = build_site(archive, DIGEST, SOURCES, out, "https://example.org/")
    full_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = build_site(archive, DIGEST, SOURCES, out, "https://example.org/")
    again_s = time.perf_counter() - t0
    week = one_more_week(archive, rng, week, args.weeks)
    t0 = time.perf_counter()  # build_site's two steps, timed apart: the pages, then pagefind
    incremental = build_site(archive, DIGEST, SOURCES, out, "https://example.org/", search=False)
    pages_s = time.perf_counter() - t0
    index_search(out)
    incremental_s = time.perf_counter() - t0
    pagefind = []
    for _ in range(3):  # the floor of an incremental build: pagefind alone over the same site
        t0 = time.perf_counter()
        index_search(out)
        pagefind.append(time.perf_counter() - t0)
    floor = min(pagefind)
    weekly = []  # eight more weeks: what a weekly cron costs over time, and the index's size
    for n in range(args.weeks + 1, args.weeks + 9):
        week = one_more_week(archive, rng, week, n)
        t0 = time.perf_counter()
        build_site(archive, DIGEST, SOURCES, out, "https://example.org/")
        weekly.append(time.perf_counter() - t0)
    kept = folder_bytes(out / "pagefind")
    from_empty = work / "fresh-index"  # pagefind over the same site into an empty folder
    assert pagefind_into(out, from_empty) is None
    fresh = folder_bytes(from_empty)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    section = f"""## Site: {args.weeks} weekly issues (ten years)

Command: `python bench/bench_site.py --weeks {args.weeks}`, {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}.
{archive.count_items():,} items, a third relevant; issues built with watcher's digest code ({setup:.0f} s of set-up). The site: {len(full.written)} files
of ours, {size / 1e6:.1f} MB with the pagefind index.

| build | seconds | files written |
|---|---|---|
| full, from an empty folder (pages, feed, sitemap, pagefind index) | {full_s:.2f} | {len(full.written)} |
| again, nothing changed (no page rewritten, no re-index) | {again_s:.2f} | {len(again.written)} |
| incremental, after one more week (changed pages, then re-index) | {incremental_s:.2f} | {len(incremental.written)} |
| of which watcher's pages (render what changed, write) | {pages_s:.2f} | |
| of which pagefind re-indexing the changed site | {incremental_s - pages_s:.2f} | |
| the floor: pagefind alone again over the same site, nothing changed (min of 3) | {floor:.2f} | |

The incremental build is {incremental_s / floor:.2f}x pagefind alone; pagefind is {(incremental_s - pages_s) / incremental_s:.0%} of it.
Eight more weekly builds after it: median {statistics.median(weekly):.2f} s, max {max(weekly):.2f} s. The search index
kept in place is then {kept / 1e6:.2f} MB against {fresh / 1e6:.2f} MB built from empty: files of changed pages are removed.
Target (issue 15): under 1.0 s, of which pagefind is the floor.
"""
    print(section)
    write_section(args.out, "## Site:", section)


if __name__ == "__main__":
    main()
