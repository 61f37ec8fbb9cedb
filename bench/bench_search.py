"""Benchmark: `watcher search` latency on an archive of 1M generated items, beside raw FTS5.

    python bench/bench_search.py [--items 1000000] [--keep DB]

Builds the archive with the real schema (migrations, FTS triggers), classifications included,
then times common two-word queries three ways: raw FTS5 (MATCH + bm25 + LIMIT on items_fts
alone), raw FTS5 joined to items for the displayed columns, and watcher's `search()` (query
parser, joins, snippet, weights). Medians over the queries, each run 5 times.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_poll import COMMON, WORDS, write_section  # noqa: E402

from watcher.search import Filters, parse_query, search  # noqa: E402
from watcher.store import Archive  # noqa: E402

QUERIES = [
    "employee monitoring", "keystroke tracking", "biometric attendance", "regulator guidance",
    "data protection", "remote work", "productivity score", "surveillance salariés",
    "algorithmic management", "webcam screenshots",
]  # fmt: skip


def rare_words(rng: random.Random) -> list[str]:
    """The long tail of the vocabulary, by falling frequency (the same list for the same seed)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(30_000)]


# Rare single words: each in a few hundred of the 1M items (ranks 5,000-5,009 of the long tail).
RARE = rare_words(random.Random(1))[5000:5010]


def build(db_path: Path, n: int) -> Archive:
    archive = Archive.open(db_path)
    rng = random.Random(1)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    # A Zipf-like vocabulary: function words are everywhere, most words are rare, and the topical
    # words of the queries sit in the long tail at realistic frequencies (each in a few % of items).
    rare = rare_words(rng)
    vocab = COMMON + WORDS + ["employee", "tracking"] + rare
    topical = set(WORDS) | {"employee", "tracking"}
    weights = [0.004 if w in topical else 1.0 / (rank + 1) for rank, w in enumerate(vocab)]

    cumulative = list(itertools.accumulate(weights))  # once: choices() would redo it per call

    def words(k: int) -> str:
        return " ".join(rng.choices(vocab, cum_weights=cumulative, k=k))

    batch = 20_000
    for base in range(0, n, batch):
        items, decisions = [], []
        for i in range(base, min(n, base + batch)):
            when = (start + timedelta(minutes=5 * i)).isoformat(timespec="seconds")
            item_id = f"{i:016x}"
            items.append(
                (
                    item_id,
                    f"s{i % 200}",
                    f"guid:{i}",
                    words(9).capitalize(),
                    words(40),
                    words(120),
                    when,
                )
            )
            relevant = rng.random() < 0.05
            decisions.append((item_id, int(relevant), 0.9 if relevant else 0.1, json.dumps(["activity-tracking"] if relevant else []),
                              rng.choice(["news", "regulatory"]), when))  # fmt: skip
        with archive.transaction():
            archive.conn.executemany(
                "INSERT INTO items (id, source_id, identity, title, summary, content, content_text, published, "
                "date_source, first_seen, last_seen, content_hash, language) "
                "VALUES (?, ?, ?, ?, ?, '', ?, ?, 'source', ?7, ?7, 'h', 'en')",
                items,
            )
            archive.conn.executemany(
                "INSERT INTO classifications (item_id, relevant, score, topics, kind, evidence, version, classified_at) "
                "VALUES (?, ?, ?, ?, ?, '[]', 'bench', ?)",
                decisions,
            )
    archive.conn.execute("INSERT INTO items_fts (items_fts) VALUES ('optimize')")
    return archive


def timed(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="reuse or keep the archive at this path")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    path = args.keep or Path(tempfile.mkdtemp(prefix="watcher-search-")) / "search.db"
    t0 = time.perf_counter()
    if path.exists():
        archive = Archive.open(path)
        build_s = None
    else:
        archive = build(path, args.items)
        build_s = time.perf_counter() - t0
    count = archive.count_items()
    conn = archive.conn
    now = datetime(2026, 4, 27, tzinfo=UTC)
    raw_sql = "SELECT rowid FROM {t} WHERE {t} MATCH ? ORDER BY bm25({t}) LIMIT 20"
    joined_sql = (
        "SELECT items.id, items.title, items.url, items.published FROM items_fts "
        "JOIN items ON items.rowid = items_fts.rowid WHERE items_fts MATCH ? ORDER BY bm25(items_fts) LIMIT 20"
    )

    def measure(queries: list[str]) -> dict[str, float]:
        times: dict[str, list[float]] = {
            k: [] for k in ("raw", "raw_rel", "joined", "ours", "relevant")
        }
        for q in queries:
            e = parse_query(q)
            times["raw"].append(
                timed(lambda e=e: conn.execute(raw_sql.format(t="items_fts"), [e]).fetchall())
            )
            times["raw_rel"].append(
                timed(lambda e=e: conn.execute(raw_sql.format(t="relevant_fts"), [e]).fetchall())
            )
            times["joined"].append(timed(lambda e=e: conn.execute(joined_sql, [e]).fetchall()))
            times["ours"].append(
                timed(lambda q=q: search(archive, q, Filters(relevant_only=False), now))
            )
            times["relevant"].append(
                timed(lambda q=q: search(archive, q, Filters(relevant_only=True), now))
            )
        return {k: statistics.median(v) * 1000 for k, v in times.items()}

    common, rare = measure(QUERIES), measure(RARE)
    process = []
    for q in (QUERIES[0], RARE[0]) * 3:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "watcher", "--db", str(path), "search", q], check=True,
                       capture_output=True)  # fmt: skip
        process.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in range(3):
        subprocess.run([sys.executable, "-c", "pass"], check=True)
    floor = (time.perf_counter() - t0) / 3

    def row(label: str, key: str) -> str:
        c, r = common[key], rare[key]
        return (f"| {label} | {c:.1f} | {c / common['raw']:.2f}x | {c / common['raw_rel']:.2f}x "
                f"| {r:.1f} | {r / rare['raw']:.2f}x | {r / rare['raw_rel']:.2f}x |")  # fmt: skip

    built = f"built in {build_s:.0f} s; " if build_s else ""
    section = f"""## Search: {count:,} items

Command: `python bench/bench_search.py --items {args.items}`, {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}, SQLite {__import__("sqlite3").sqlite_version}; load average {os.getloadavg()[0]:.2f}.
Archive: {built}{path.stat().st_size / 1e9:.2f} GB, 5% relevant. Ten common two-word queries (e.g. "{QUERIES[0]}") and ten rare words (each in a few hundred items), median of 5 runs each, then the median over queries; top 20 hits. Ratios to two floors of the same run: raw FTS5 over every item (`items_fts`), and raw FTS5 over the index the default search reads (`relevant_fts`, the relevant items only).

| query path | common ms | vs items_fts | vs relevant_fts | rare ms | vs items_fts | vs relevant_fts |
|---|---|---|---|---|---|---|
{row("raw FTS5: `items_fts MATCH` + bm25 + LIMIT 20", "raw")}
{row("raw FTS5: `relevant_fts MATCH` + bm25 + LIMIT 20", "raw_rel")}
{row("raw FTS5 on `items_fts` joined to `items` for the shown columns", "joined")}
{row("`watcher search --all` (parser, weighted bm25, snippet, decisions join)", "ours")}
{row("`watcher search` (relevant items only, the default)", "relevant")}

As a process (`python -m watcher search`, min of 3 common and 3 rare): {min(process) * 1000:.0f} ms, median {statistics.median(process) * 1000:.0f} ms; `python -c pass` {floor * 1000:.0f} ms.

Targets: within 1.2x of raw FTS5, median under 100 ms; the command under 250 ms.
"""
    print(section)
    write_section(args.out, "## Search:", section)


if __name__ == "__main__":
    main()
