"""Benchmark: watcher beside its peers, reader and rss2email, on the same feeds in the same run.

    python bench/bench_peers.py --install            # once: a throwaway venv with the peers
    python bench/bench_peers.py [--feeds 200] [--items 50] [--runs 3] [--venv DIR]

Not part of `make test`. The feeds are bench_poll's (generated, deterministic), served by
`bench/serve_dir.py` on eight loopback addresses (127.0.0.1-8), so they look like eight hosts
and watcher's politeness (2 requests per host) allows 16 in flight, as on real sources. Each
tool runs as a whole process from a fresh database, a first poll then a re-poll with nothing
changed; the floor (feedparser alone over the same files, one process) is measured in every
round; rounds are interleaved; min and median of --runs. reader runs
`update_feeds(workers=16, scheduled=False)` (by default it skips feeds not yet due: no requests);
rss2email runs `r2e run --no-send` (it fetches one feed at a time, as it always does).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_poll import serve, write_feeds, write_section  # noqa: E402

HOSTS = [f"127.0.0.{n}" for n in range(1, 9)]
# reader vendors a feedparser that imports sgmllib, which it does not declare: sgmllib3k.
VENV = Path(tempfile.gettempdir()) / "watcher-peers-venv"
FLOOR = "import feedparser, pathlib, sys; [feedparser.parse(p.read_bytes()) for p in sorted(pathlib.Path(sys.argv[1]).glob('*.xml'))]"
READER_ADD = "import sys; from reader import make_reader; r = make_reader(sys.argv[1]); [r.add_feed(u) for u in sys.argv[2:]]"
READER_COUNT = "import sys; from reader import make_reader; print(len(list(make_reader(sys.argv[1]).get_entries())))"
READER_RUN = "import sys; from reader import make_reader; make_reader(sys.argv[1]).update_feeds(workers=16, scheduled=False)"


def install(venv: Path) -> None:
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "reader", "rss2email", "sgmllib3k"], check=True
    )


def timed(command: list[str], cwd: Path | None = None) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return elapsed


def one_round(
    work: Path, urls: list[str], items: int, feeds: Path, venv: Path, n: int
) -> dict[str, float]:
    """A first poll and a re-poll by each tool, from fresh state; the floor first."""
    py, r2e = str(venv / "bin" / "python"), str(venv / "bin" / "r2e")
    times = {"floor": timed([py, "-c", FLOOR, str(feeds)])}
    registry = work / f"sources-{n}"
    registry.mkdir()
    (registry / "bench.toml").write_text("".join(
        f'[[source]]\nid = "b{i:04d}"\nname = "B{i}"\nurl = "{u}"\nkind = "feed"\npublisher = "Bench"\n'
        f'category = "news"\njurisdiction = "INT"\nlanguage = "en"\n\n' for i, u in enumerate(urls)
    ))  # fmt: skip
    watcher = [
        sys.executable,
        "-m",
        "watcher",
        "--db",
        str(work / f"w-{n}.db"),
        "--sources",
        str(registry),
    ]
    subprocess.run([*watcher, "init"], check=True, capture_output=True)
    times["watcher"] = timed([*watcher, "poll"])
    times["watcher again"] = timed([*watcher, "poll"])
    expected = len(urls) * items
    stored = sqlite3.connect(work / f"w-{n}.db").execute("SELECT count(*) FROM items").fetchone()[0]
    assert stored == expected, ("watcher", stored, expected)
    reader_db = str(work / f"reader-{n}.sqlite")
    subprocess.run([py, "-c", READER_ADD, reader_db, *urls], check=True)
    times["reader"] = timed([py, "-c", READER_RUN, reader_db])
    times["reader again"] = timed([py, "-c", READER_RUN, reader_db])
    counted = subprocess.run(
        [py, "-c", READER_COUNT, reader_db], check=True, capture_output=True, text=True
    )
    assert int(counted.stdout) == expected, ("reader", counted.stdout, expected)
    config, data = work / f"r2e-{n}.cfg", work / f"r2e-{n}.json"
    subprocess.run([r2e, "-c", str(config), "-d", str(data), "new", "bench@example.org"], check=True, capture_output=True)  # fmt: skip
    with config.open("a") as handle:
        handle.writelines(f"\n[feed.b{i:04d}]\nurl = {u}\n" for i, u in enumerate(urls))
    run = [r2e, "-c", str(config), "-d", str(data), "run", "--no-send"]
    times["rss2email"] = timed(run)
    times["rss2email again"] = timed(run)
    seen = sum(len(f.get("seen", {})) for f in json.loads(data.read_text())["feeds"])
    assert seen == expected, ("rss2email", seen, expected)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--venv", type=Path, default=VENV, help="the peers' venv (see --install)")
    ap.add_argument("--install", action="store_true", help="create the peers' venv and stop")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    if args.install:
        install(args.venv)
        return
    if not (args.venv / "bin" / "r2e").exists():
        raise SystemExit(
            f"no peers in {args.venv}: run 'python bench/bench_peers.py --install' first"
        )
    work = Path(tempfile.mkdtemp(prefix="watcher-peers-"))
    feeds = write_feeds(work, args.feeds, args.items)
    server, port = serve(feeds, tuple(HOSTS))
    urls = [f"http://{HOSTS[i % len(HOSTS)]}:{port}/feed-{i:04d}.xml" for i in range(args.feeds)]
    load = os.getloadavg()[0]
    rounds = []
    try:
        for n in range(args.runs):
            rounds.append(one_round(work, urls, args.items, feeds, args.venv, n))
    finally:
        server.terminate()
        server.wait()

    def ratio(key: str, over: str = "floor") -> tuple[float, float]:
        values = sorted(r[key] / r[over] for r in rounds)
        return values[0], statistics.median(values)

    rows = []
    for tool in ("watcher", "reader", "rss2email"):
        first, again = ratio(tool), ratio(f"{tool} again", tool)
        best = min(r[tool] for r in rounds)
        rows.append(f"| {tool} | {best:.2f} s | {first[0]:.2f}x / {first[1]:.2f}x | {100 * again[0]:.1f}% / {100 * again[1]:.1f}% |")  # fmt: skip
    floor = min(r["floor"] for r in rounds)
    newline = "\n"
    section = f"""## Peers: watcher, reader and rss2email on {args.feeds} feeds x {args.items} items

Command: `python bench/bench_peers.py --feeds {args.feeds} --items {args.items} --runs {args.runs}` (after `--install`), {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, load average {load:.2f} at the start.
Each tool as a whole process from a fresh database (start-up included), feeds on eight loopback
addresses; the floor is feedparser alone over the same files in one process ({floor:.2f} s at best).
Ratios min / median of {args.runs} interleaved rounds. watcher also classifies and indexes every item;
reader stores entries but builds no search index by default; rss2email only records what it has seen.

| tool | first poll, best | first poll vs the floor | re-poll (nothing changed), share of its first poll |
|---|---|---|---|
{newline.join(rows)}
"""
    print(section)
    write_section(args.out, "## Peers:", section)


if __name__ == "__main__":
    main()
