"""Benchmark: what making a new archive costs (`watcher init`, a first poll, every test's archive).

    python bench/bench_init.py [--runs 5] [--each 10]

`Archive.open` on a new file applies every migration (watcher/store/schema.py), each in its own
transaction. The floor is sqlite3 alone making the same schema: the archive's `sqlite_master`
SQL (tables, indexes, triggers, the FTS5 tables; not the shadow tables FTS5 makes itself) run by
`executescript` on a new file, a statement a transaction. The two are interleaved, each made
--each times a run; every figure is a ratio to the floor of the same run (min / median of --runs).
"""

from __future__ import annotations

import argparse
import itertools
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

from bench_poll import write_section  # noqa: E402

from watcher.store import Archive  # noqa: E402

SHADOW = ("items_fts_", "relevant_fts_")  # made by FTS5 with its virtual tables


def schema_script(folder: Path) -> str:
    """The schema a new archive has, as one script for sqlite3 alone."""
    archive = Archive.open(folder / "schema.db")
    rows = archive.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    )
    return "".join(f"{sql};\n" for name, sql in rows if not name.startswith(SHADOW))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--each", type=int, default=10)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="watcher-init-"))
    script = schema_script(work)
    made = itertools.count()

    def floor() -> None:
        conn = sqlite3.connect(work / f"{next(made)}.db")
        conn.executescript(script)
        conn.close()

    def archive() -> None:
        Archive.open(work / f"{next(made)}.db").conn.close()

    variants: dict[str, Callable[[], None]] = {
        "floor: sqlite3's executescript of the same schema": floor,
        "Archive.open: the migrations (what `watcher init` runs)": archive,
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.runs):
        for name, make in variants.items():
            start = time.perf_counter()
            for _ in range(args.each):
                make()
            times[name].append((time.perf_counter() - start) / args.each)
    floors = times[next(iter(variants))]
    lines = []
    for name in variants:
        ratios = sorted(t / f for t, f in zip(times[name], floors, strict=True))
        lines.append(
            f"| {name} | {min(times[name]) * 1000:.1f} ms | {ratios[0]:.2f}x | "
            f"{statistics.median(ratios):.2f}x |"
        )
    table = "\n".join(lines)
    section = f"""## A new archive

Command: `python bench/bench_init.py --runs {args.runs} --each {args.each}`, {date.today()}, CPython {platform.python_version()}, SQLite {sqlite3.sqlite_version}, load average {load:.2f} at the start.
A new archive file made with the whole schema, against sqlite3 alone running the same schema's
SQL; ratios to the floor of the same run, min / median of {args.runs} runs of {args.each}.

| variant | best (this machine, this day) | min | median |
|---|---|---|---|
{table}
"""
    write_section(args.out, "## A new archive", section)
    print(section)


if __name__ == "__main__":
    main()
