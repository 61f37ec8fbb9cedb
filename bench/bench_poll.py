"""Benchmark: poll 200 feeds x 50 items over loopback, end to end, beside the feedparser floor.

    python bench/bench_poll.py [--feeds 200] [--items 50] [--out bench/RESULTS.md]

The feeds are generated here (deterministic, no network); `bench/serve_dir.py` serves them
from a second process on 127.0.0.1 (with ETags, so a re-poll gets 304s).
Measured in one run:
- floor: feedparser alone parsing the same files in one process;
- first poll: fetch, parse, normalise, store and index into a fresh SQLite archive;
- re-poll: the same sources again (conditional GET, nothing changed).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = (
    "employer monitoring keystroke staff regulator guidance fine data protection authority "
    "workers algorithmic management platform biometric attendance salariés surveillance "
    "productivity score remote work webcam screenshots consent transparency AI training"
).split()


COMMON = (
    "the a of and to in for on with by from at as is are was were be has have will said new year "
    "company government report people market data service users country plan week city team game "
    "price energy health school court video phone app store cloud chip model launch update security"
).split()


def word(rng: random.Random) -> str:
    """Ordinary prose with about one topical keyword in ten, as in real feeds."""
    return rng.choice(WORDS) if rng.random() < 0.1 else rng.choice(COMMON)


def make_feed(n: int, items: int, rng: random.Random) -> str:
    start = datetime(2026, 4, 1, tzinfo=UTC)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>Bench feed {n}</title><link>https://bench{n}.example/</link><description>b</description>",
    ]
    for i in range(items):
        title = " ".join(word(rng) for _ in range(8)).capitalize()
        body = " ".join(word(rng) for _ in range(60))
        when = format_datetime(start + timedelta(hours=rng.randrange(2000)))
        parts.append(
            f"<item><title>{escape(title)}</title><link>https://bench{n}.example/{i}</link>"
            f"<guid>https://bench{n}.example/{i}</guid><pubDate>{when}</pubDate>"
            f"<description>{escape('<p>' + body + '</p>')}</description></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_feeds(work: Path, feeds: int, items: int) -> Path:
    """The benchmark's feeds (the same for the same counts) in work/feeds."""
    folder = work / "feeds"
    folder.mkdir()
    rng = random.Random(42)
    for n in range(feeds):
        (folder / f"feed-{n:04d}.xml").write_text(make_feed(n, items, rng), encoding="utf-8")
    return folder


def serve(
    folder: Path, hosts: tuple[str, ...] = ("127.0.0.1",)
) -> tuple[subprocess.Popen[bytes], int]:
    """bench/serve_dir.py serving `folder` in a second process, once it accepts connections."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "serve_dir.py"), str(folder), str(port), ",".join(hosts)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            socket.create_connection((hosts[0], port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return server, port


def tree_rss_mb(pid: int, leave_out: frozenset[int] = frozenset()) -> float:
    """Resident memory of a process and all its descendants (but `leave_out`), from /proc."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        if current in leave_out:
            continue
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(
                next(ln.split()[1] for ln in status.splitlines() if ln.startswith("VmRSS:"))
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def _own_rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(next(ln.split()[1] for ln in status.splitlines() if ln.startswith("VmRSS:"))) / 1024


class PeakSampler:
    """Samples the process tree's memory every 20 ms while polling."""

    def __init__(self, leave_out: frozenset[int] = frozenset()) -> None:
        self.leave_out = leave_out  # the benchmark's own feed server is not part of the poll
        self.peak = 0.0
        self.parent = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_mb(os.getpid(), self.leave_out))
            self.parent = max(self.parent, _own_rss_mb())
            time.sleep(0.02)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    # Imported here, not at the top: the parse workers are spawned, and a spawned process
    # imports the parent's main module again. At the top, each worker would import httpx, the
    # archive and feedparser (0.3 s of CPU each), which `watcher poll`'s workers never do.
    import feedparser

    from watcher.fetch import Fetcher, FetchPolicy
    from watcher.models import Source
    from watcher.parsing import end_pool, parse_pool
    from watcher.pipeline import poll_sources
    from watcher.store import Archive

    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="watcher-bench-"))
    feeds = write_feeds(work, args.feeds, args.items)
    files = sorted(feeds.glob("*.xml"))
    size = sum(f.stat().st_size for f in files)

    server, port = serve(feeds)
    floors, firsts, repolls, peaks, parents = [], [], [], [], []
    load = os.getloadavg()[0]
    try:
        sources = [
            Source(
                f"b{n:04d}",
                f"B{n}",
                f"http://127.0.0.1:{port}/{f.name}",
                "feed",
                "Bench",
                "news",
                "INT",
                "en",
            )  # fmt: skip
            for n, f in enumerate(files)
        ]
        for run in range(args.runs):  # floor and poll interleaved, so both see the same machine
            t0 = time.perf_counter()
            parsed = sum(len(feedparser.parse(f.read_bytes()).entries) for f in files)
            floors.append(time.perf_counter() - t0)
            archive = Archive.open(work / f"bench-{run}.db")
            pool = parse_pool(len(sources))

            async def poll(archive: Archive = archive, pool: Any = pool) -> list:  # type: ignore[type-arg]
                async with Fetcher(FetchPolicy(per_host=16)) as fetcher:
                    return await poll_sources(
                        sources, archive, fetcher, lambda: datetime.now(UTC), executor=pool
                    )

            try:
                with PeakSampler(frozenset({server.pid})) as sampler:
                    t0 = time.perf_counter()
                    first = asyncio.run(poll())
                    firsts.append(time.perf_counter() - t0)
                    stored = archive.count_items()
                    t0 = time.perf_counter()
                    second = asyncio.run(poll())
                    repolls.append(time.perf_counter() - t0)
                peaks.append(sampler.peak)
                parents.append(sampler.parent)
            finally:
                if pool:
                    end_pool(pool)
            assert all(r.ok for r in first), [r.error for r in first if not r.ok][:3]
            assert stored == parsed == args.feeds * args.items, (stored, parsed)
            assert sum(r.new for r in second) == 0 and all(r.not_modified for r in second)
    finally:
        server.terminate()
        server.wait()

    floor = min(floors)
    ratios = sorted(f / fl for f, fl in zip(firsts, floors, strict=True))
    shares = sorted(100 * r / f for r, f in zip(repolls, firsts, strict=True))
    command = (
        f"python bench/bench_poll.py --feeds {args.feeds} --items {args.items} --runs {args.runs}"
    )
    section = f"""## Poll: {args.feeds} feeds x {args.items} items over loopback

Command: `{command}` (or `make bench`), {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, load average {load:.2f} at the start.
{len(files)} RSS files, {size / 1e6:.1f} MB, {parsed} items, served by `bench/serve_dir.py` (ETag, 304) in a second process.
All feeds share one loopback host, so the per-host limit is raised to the overall one (16); real
sources sit on many hosts. Parsing and classifying (rules and model) run in a process pool over
both cores. Each run measures the floor and then the polls, interleaved; min and median of {args.runs} runs.

| measure | min | median | target |
|---|---|---|---|
| floor: feedparser alone, same files, one process | 1.00x ({floor:.2f} s) | {statistics.median(floors) / floor:.2f}x | |
| first poll end to end (fetch, parse, normalise, classify, store, index), vs the floor of its run | {ratios[0]:.2f}x | {statistics.median(ratios):.2f}x | <= 1.2x ({"met" if ratios[0] <= 1.2 else "not met"}) |
| re-poll, nothing changed (conditional GET → 304), share of the first poll | {shares[0]:.1f}% | {statistics.median(shares):.1f}% | <= 5% ({"met" if shares[0] <= 5 else "not met"}) |
| peak memory of the process tree (parent and parse workers; not the feed server) | {min(peaks):.0f} MB | {statistics.median(peaks):.0f} MB | < 200 MB |
| of which the parent (fetching, storing, and this benchmark's own floor run) | {min(parents):.0f} MB | {statistics.median(parents):.0f} MB | |

Archive after the first poll: {stored} items ({(work / "bench-0.db").stat().st_size / 1e6:.1f} MB).
"""
    print(section)
    write_section(args.out, "## Poll:", section)


def write_section(path: Path, marker: str, section: str) -> None:
    """Replace this benchmark's section of RESULTS.md where it stands, keeping the others; a new
    section goes before the notes."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\n"
    head, *sections = text.split("\n## ")
    sections = ["## " + s.strip() + "\n" for s in sections]
    new = section.strip() + "\n"
    at = next((i for i, s in enumerate(sections) if s.startswith(marker)), None)
    if at is not None:
        sections[at] = new
    else:
        notes = next((i for i, s in enumerate(sections) if s.startswith("## Notes")), None)
        sections.insert(len(sections) if notes is None else notes, new)
    path.write_text(head.rstrip() + "\n\n" + "\n".join(sections))


if __name__ == "__main__":
    main()
