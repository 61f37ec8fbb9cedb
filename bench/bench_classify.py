"""Benchmark: the classifier on one core, and its quality at the real rate.

    python bench/bench_classify.py [--items 20000] [--runs 3]

Timed in-process on one core: the floor (folding each item's text, which any classifier must
read), the rules alone, and the rules plus the model (what `watcher poll` runs). Every figure is
a ratio to the floor of the same run (min and median of --runs). With ../shared present it also
classifies all 1,410 real feed items (CNIL, EDPB/EDPS/ICO/Commission, Ars Technica, The Verge;
6 relevant) and the five seed articles, and times `watcher train` on the labelled corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_poll import WORDS, write_section  # noqa: E402

from watcher.classify import load_rules  # noqa: E402
from watcher.classify.decide import classify as rules_only  # noqa: E402
from watcher.classify.modelfile import load  # noqa: E402
from watcher.evaluate import SourceLookup, seed_document  # noqa: E402
from watcher.models import Document  # noqa: E402
from watcher.parse import parse_feed  # noqa: E402
from watcher.text import fold  # noqa: E402

EXTRA = ("the of and for with a to in on by des les der die il la el de het van " * 3).split()
FEEDS = (
    ("cnil-actualites-scraped-rss-2026-08-19.xml", "CNIL"),
    ("arstechnica-ai-rss-2026-09-ai-engineer-guide-fixture.xml", "Ars Technica"),
    ("theverge-ai-atom-2026-09-ai-engineer-guide-fixture.xml", "The Verge"),
)


def generated(n: int, rng: random.Random) -> list[Document]:
    vocab = WORDS + EXTRA
    return [
        Document(
            " ".join(rng.choice(vocab) for _ in range(10)),
            " ".join(rng.choice(vocab) for _ in range(45)),
            " ".join(rng.choice(vocab) for _ in range(300)),
            rng.choice([None, "regulator", "news"]),
            "Body",
            "EU",
        )  # fmt: skip
        for _ in range(n)
    ]


def real() -> list[tuple[Document, str]]:
    """The 1,410 real feed items, each with its publisher as the source."""
    feeds = SHARED / "realworld" / "feeds"
    if not feeds.is_dir():
        return []
    lookup = SourceLookup()
    found = []
    for name, source in FEEDS:
        for e in parse_feed("b", (feeds / name).read_bytes(), {}, "http://x/"):
            obj = {"title": e.title, "summary": e.summary, "source": source}
            found.append((lookup.document(obj), e.title))
    cache = json.loads(
        (feeds / "gdpr-qa-platform-news-cache-edpb-edps-ico-ec-2026-05.json").read_text()
    )
    for i in cache["items"]:
        obj = {
            "title": i["title"],
            "summary": i.get("snippet", ""),
            "source": i.get("sourceName", ""),
        }
        found.append((lookup.document(obj), i["title"]))
    return found


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def seeds() -> list[tuple[str, bool]]:
    out = []
    for path in sorted((SHARED / "seeds").iterdir()):
        out.append((path.name, load().classify(seed_document(path.read_text())).relevant))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    model, rules = load(), load_rules()  # loaded once, outside the timing
    sets = [
        (
            f"{args.items:,} generated items (title, 45-word summary, 300-word body)",
            generated(args.items, random.Random(7)),
        )
    ]
    real_items = real()
    if real_items:
        sets.insert(
            0,
            (
                f"{len(real_items):,} real feed items (../shared/realworld/feeds)",
                [d for d, _ in real_items],
            ),
        )
    rows = []
    real_rate = 0.0  # real items per second with the model, at best: the target's measure
    for name, docs in sets:
        floor = timed(
            lambda docs=docs: [fold(d.title + d.summary + d.content) for d in docs], args.runs
        )
        ruled = timed(lambda docs=docs: [rules_only(d, rules) for d in docs], args.runs)
        full = timed(lambda docs=docs: [model.classify(d, rules) for d in docs], args.runs)
        base = min(floor)
        if real_items and docs is sets[0][1]:
            real_rate = len(docs) / min(full)
        for label, t in (
            ("floor: fold the text", floor),
            ("rules alone", ruled),
            ("rules + model (what poll runs)", full),
        ):
            rows.append(
                f"| {name} | {label} | {len(docs) / min(t):,.0f} | {min(t) / base:.1f}x / {statistics.median(t) / base:.1f}x |"
            )  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    quality = []
    if real_items:
        flagged = [(title, d) for d, title in real_items if model.classify(d).relevant]
        quality.append(
            f"- Real rate: {len(flagged)} of {len(real_items):,} real feed items flagged (6 are relevant):"
        )
        quality += [f"  - {title[:110]}" for title, _ in flagged]
        found = seeds()
        quality.append(f"- Seeds: {sum(r for _, r in found)} of {len(found)} relevant.")
        import subprocess

        prepare = timed(
            lambda: subprocess.run(
                [sys.executable, "-c", "import sklearn.linear_model"], check=True
            ),
            1,
        )
        train = timed(lambda: subprocess.run(
            [sys.executable, "-m", "watcher", "train", "--corpus", str(SHARED / "labeled"), "--no-labels",
             "--output", "/tmp/bench-model.json"], check=True, capture_output=True), 1)  # fmt: skip
        quality.append(
            f"- `watcher train` on the shipped corpus (1,407 items, 5-fold CV + final fit): {train[0]:.1f} s, "
            f"{train[0] / prepare[0]:.0f}x the floor of importing scikit-learn ({prepare[0]:.2f} s). Target < 60 s."
        )
    target = (
        f"Target: at least 5,000 real items/s with the model ({'met' if real_rate >= 5000 else 'not met'}: "
        f"{real_rate:,.0f} at best)."
        if real_rate
        else "Target: at least 5,000 real items/s with the model (not measured: ../shared is absent)."
    )
    section = f"""## Classify: items per second on one core

Command: `python bench/bench_classify.py --items {args.items} --runs {args.runs}`, {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}, rules {rules.version}, model {model.version}; load average {os.getloadavg()[0]:.2f}; pinned to one core.
Ratios are to the floor of the same run (folding each item's text), min / median of {args.runs} runs. {target}

| input | what | items/s (best) | vs floor (min / median) |
|---|---|---|---|
{chr(10).join(rows)}

Peak memory of the process: {peak:.0f} MB.

{chr(10).join(quality)}
"""
    print(section)
    write_section(args.out, "## Classify:", section)


if __name__ == "__main__":
    main()
