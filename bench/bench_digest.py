"""Benchmark: build one week's digest issue from an archive of 1M items.

    python bench/bench_digest.py [--items 1000000] [--keep DB]

Uses the search benchmark's generated archive (built if absent; 5% of items relevant, one item
every 5 minutes over ~9.5 years): times `digest.build` for weeks spread over the archive —
the query, story grouping and freezing the issue — each on a fresh copy of its state.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_poll import write_section  # noqa: E402
from bench_search import build as build_archive  # noqa: E402

from watcher.digest import build, week_of  # noqa: E402
from watcher.models import DigestDef  # noqa: E402
from watcher.store import Archive  # noqa: E402

DIGEST = DigestDef(
    "bench", "Bench", "", "Europe/Brussels", "sunday", "w@localhost", ("a@example.org",)
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="reuse or keep the archive at this path")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    path = args.keep or Path(tempfile.mkdtemp(prefix="watcher-digest-")) / "digest.db"
    archive = Archive.open(path) if path.exists() else build_archive(path, args.items)
    count = archive.count_items()
    first, last = (
        datetime.fromisoformat(x)
        for x in archive.conn.execute("SELECT min(published), max(published) FROM items").fetchone()
    )
    timings, sizes = [], []
    for k in range(1, 11):
        when = first + (last - first) * k / 11
        week = week_of(when, DIGEST)
        now = week.end + timedelta(hours=1)
        archive.conn.execute("DELETE FROM digest_items")
        archive.conn.execute("DELETE FROM digest_issues")
        t0 = time.perf_counter()
        result = build(archive, DIGEST, week, {}, now)
        timings.append(time.perf_counter() - t0)
        sizes.append(result.issue.counts()["items"])
    med = statistics.median(timings) * 1000
    section = f"""## Digest: one week's issue from {count:,} items

Command: `python bench/bench_digest.py --items {args.items}`, {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}.
Ten weeks spread over the archive ({first:%Y} to {last:%Y}); each build queries the week's relevant
items (plus two weeks before for "caught late"), groups stories and freezes the issue.

| measure | value |
|---|---|
| build one issue, median | {med:.0f} ms |
| build one issue, slowest | {max(timings) * 1000:.0f} ms |
| items per issue, median | {statistics.median(sizes):.0f} |
"""
    print(section)
    write_section(args.out, "## Digest:", section)


if __name__ == "__main__":
    main()
