"""Benchmark: what the full-text index costs a poll's store, and what FTS5's options would save.

    python bench/bench_fts.py [--runs 5]

The 10,000 items of the poll benchmark (`bench_poll.py`: 200 feeds x 50 items), stored a source
(50 items) per transaction in WAL mode, as the archive stores them. The floor is the same inserts
into a table with no index. Then the archive's way (an external-content FTS5 table over
watcher.store.schema.FTS_COLUMNS, tokenizer FTS_TOKENIZE, kept by an insert trigger; a source's
items in one multi-row INSERT, since FTS5 flushes a trigger's terms once a statement), the same
a row a statement, and the options the issue asked to measure: `detail=column` and
`detail=none` (smaller, but FTS5 then refuses phrase queries, which `watcher search "an exact
phrase"` needs), the tokenizer without English stemming, and indexing each source's items by
one statement instead of a trigger.
Every figure is a ratio to the floor of the same run (min / median of --runs).
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import feedparser  # noqa: E402
from bench_poll import write_feeds, write_section  # noqa: E402

from watcher.store.schema import FTS_COLUMNS, FTS_TOKENIZE  # noqa: E402

Rows = list[tuple[str, str, str]]
PER_SOURCE = 50
COLS = ", ".join(FTS_COLUMNS)
NEW = ", ".join(f"new.{c}" for c in FTS_COLUMNS)


def _items(
    rows: Rows, db: sqlite3.Connection, after: Callable[[int, Rows], None], multirow: bool
) -> float:
    """Store the rows a source per transaction, a row a statement or all in one multi-row
    INSERT; `after` indexes each source's rows (or not)."""
    start = time.perf_counter()
    for first in range(0, len(rows), PER_SOURCE):
        chunk = rows[first : first + PER_SOURCE]
        with db:
            if multirow:
                marks = ", ".join(["(?, ?, ?)"] * len(chunk))
                db.execute(
                    f"INSERT INTO items ({COLS}) VALUES {marks}", [v for r in chunk for v in r]
                )
            else:
                db.executemany(f"INSERT INTO items ({COLS}) VALUES (?, ?, ?)", chunk)
            after(first, chunk)
    return time.perf_counter() - start


def _db(path: Path, fts: str | None, trigger: bool) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(f"CREATE TABLE items (rowid INTEGER PRIMARY KEY, {COLS})")
    if fts:
        db.execute(f"CREATE VIRTUAL TABLE items_fts USING fts5({COLS}, content=items, {fts})")
    if trigger:
        db.execute(
            f"CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN "
            f"INSERT INTO items_fts (rowid, {COLS}) VALUES (new.rowid, {NEW}); END"
        )
    return db


def _per_statement(db: sqlite3.Connection) -> Callable[[int, Rows], None]:
    def index(first: int, chunk: Rows) -> None:
        db.execute(
            f"INSERT INTO items_fts (rowid, {COLS}) SELECT rowid, {COLS} FROM items "
            "WHERE rowid > ?",
            (first,),
        )

    return index


# name, the FTS5 options (None: no index), an insert trigger, a source in one multi-row INSERT
VARIANTS: list[tuple[str, str | None, bool, bool]] = [
    ("floor: the inserts alone, a row a statement, no index", None, False, False),
    (f"detail=full, '{FTS_TOKENIZE}', insert trigger, a row a statement (the archive's until 2026-12-01)",
     f"tokenize='{FTS_TOKENIZE}'", True, False),
    ("the same, a source's items in one multi-row INSERT (the archive's)",
     f"tokenize='{FTS_TOKENIZE}'", True, True),
    ("detail=column (no phrase queries), a row a statement",
     f"tokenize='{FTS_TOKENIZE}', detail=column", True, False),
    ("detail=none (no phrase or column queries), a row a statement",
     f"tokenize='{FTS_TOKENIZE}', detail=none", True, False),
    ("no English stemming ('unicode61 remove_diacritics 2'), a row a statement",
     "tokenize='unicode61 remove_diacritics 2'", True, False),
    ("no trigger: a source's items indexed by one INSERT ... SELECT",
     f"tokenize='{FTS_TOKENIZE}'", False, False),
]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="watcher-fts-"))
    rows: Rows = [
        (e.get("title", ""), e.get("summary", ""), "")
        for f in sorted(write_feeds(work, 200, 50).glob("*.xml"))
        for e in feedparser.parse(f.read_bytes()).entries
    ]
    times: dict[str, list[float]] = {name: [] for name, *_ in VARIANTS}
    sizes: dict[str, float] = {}
    for run in range(args.runs):  # the variants interleaved, so all see the same machine
        for k, (name, fts, trigger, multirow) in enumerate(VARIANTS):
            path = work / f"r{run}-{k}.db"
            db = _db(path, fts, trigger)
            after = _per_statement(db) if fts and not trigger else (lambda first, chunk: None)
            times[name].append(_items(rows, db, after, multirow))
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            sizes[name] = path.stat().st_size / 1e6
    floors = times[VARIANTS[0][0]]
    lines = []
    for name, *_ in VARIANTS:
        ratios = sorted(t / f for t, f in zip(times[name], floors, strict=True))
        per_item = (min(times[name]) - min(floors)) / len(rows) * 1e6
        lines.append(
            f"| {name} | {ratios[0]:.2f}x | {statistics.median(ratios):.2f}x | "
            f"{per_item:.0f} µs | {sizes[name]:.1f} MB |"
        )
    table = "\n".join(lines)
    section = f"""## Full-text index: what it costs the store, and FTS5's options

Command: `python bench/bench_fts.py --runs {args.runs}`, {date.today()}, CPython {platform.python_version()}, SQLite {sqlite3.sqlite_version}, load average {load:.2f} at the start.
The poll benchmark's {len(rows)} items stored {PER_SOURCE} (a source) per transaction in WAL mode,
as the archive stores them; ratios to the floor of the same run (the same inserts, no index),
min / median of {args.runs} runs; the cost per item over the floor from the best runs; the file's size.

| variant | min | median | per item over the floor | file |
|---|---|---|---|---|
{table}
"""
    write_section(args.out, "## Full-text index", section)
    print(section)


if __name__ == "__main__":
    main()
