"""Benchmark: commands as a person runs them, whole processes, beside a bare Python.

    python bench/bench_startup.py [--runs 7]

The floor is `python -c pass` with the same interpreter, measured in the same run. Timed: `watcher
--help`; `watcher search keystroke` on the sample week's archive; `watcher classify` of the 1,410
real feed items (with ../shared present). Min and median of --runs, interleaved, after one
untimed run of each: Python's compiled modules are written and read back as an installed copy's
are, even where PYTHONDONTWRITEBYTECODE is set (it makes every start compile every module).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_classify import real  # noqa: E402
from bench_poll import write_section  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="watcher-startup-"))
    db = work / "w.db"
    watcher = [sys.executable, "-m", "watcher", "--db", str(db)]
    subprocess.run([*watcher, "poll", "--replay", str(ROOT / "watcher" / "samples" / "replay")],
                   check=True, capture_output=True, cwd=ROOT)  # fmt: skip
    lines = work / "real.jsonl"
    items = real()
    lines.write_text(
        "".join(json.dumps({"title": d.title, "summary": d.summary}) + "\n" for d, _ in items)
    )
    commands = {
        "floor: python -c pass": [sys.executable, "-c", "pass"],
        "watcher --help": [*watcher, "--help"],
        "watcher search keystroke (sample archive)": [*watcher, "search", "keystroke"],
    }
    one_core: set[str] = set()
    if items:
        classify = [*watcher, "classify", str(lines)]
        commands[f"watcher classify of {len(items):,} real feed items"] = classify
        if hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) > 1:
            name = "the same, pinned to one core (no forked workers)"
            commands[name] = classify
            one_core.add(name)
    times: dict[str, list[float]] = {name: [] for name in commands}
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def pinned() -> None:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    for command in commands.values():  # untimed: the compiled modules written once
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    load = os.getloadavg()[0]
    for _ in range(args.runs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env,
                           preexec_fn=pinned if name in one_core else None)  # fmt: skip
            times[name].append(time.perf_counter() - start)
    floor = min(times["floor: python -c pass"])
    rows = [
        f"| {name} | {min(t) * 1000:.0f} ms | {min(t) / floor:.1f}x / {statistics.median(t) / floor:.1f}x |"
        for name, t in times.items()
    ]
    section = f"""## Start-up: whole commands as processes

Command: `python bench/bench_startup.py --runs {args.runs}`, {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}; load average {load:.2f}.
Each command as a separate process, interleaved, min and median of {args.runs} runs after one
untimed run each (compiled modules cached, as an installed copy's are); ratios to the floor of
the same run. Targets: `--help` and `search` under 150 ms, `classify` of the real items
under 0.5 s (a file of 400 lines or more is classified on every core, by forked workers; pinned
to one core it runs as one process). `watcher search` imports neither httpx, jinja2, bs4, numpy, scikit-learn nor sqlite-utils (a test
checks it).

| command | best | vs floor (min / median) |
|---|---|---|
{chr(10).join(rows)}
"""
    print(section)
    write_section(args.out, "## Start-up:", section)


if __name__ == "__main__":
    main()
