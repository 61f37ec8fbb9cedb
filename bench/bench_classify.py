"""Benchmark: classifier throughput on one core.

    python bench/bench_classify.py [--items 20000]

Items are generated (title, 300-character summary, 2,000-character body, mixed vocabulary and
languages); when ../shared is present the 1,410 real feed items are timed too.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_poll import WORDS, write_section  # noqa: E402

from watcher.classify import classify, load_rules  # noqa: E402
from watcher.models import Document  # noqa: E402
from watcher.parse import parse_feed  # noqa: E402

EXTRA = ("the of and for with a to in on by des les der die il la el de het van " * 3).split()


def generated(n: int, rng: random.Random) -> list[Document]:
    vocab = WORDS + EXTRA
    docs = []
    for _ in range(n):
        title = " ".join(rng.choice(vocab) for _ in range(10))
        summary = " ".join(rng.choice(vocab) for _ in range(45))
        content = " ".join(rng.choice(vocab) for _ in range(300))
        docs.append(
            Document(title, summary, content, rng.choice([None, "regulator", "news"]), "Body", "EU")
        )
    return docs


def real() -> list[Document]:
    feeds = ROOT.parent / "shared" / "realworld" / "feeds"
    if not feeds.is_dir():
        return []
    docs = []
    for name in ("cnil-actualites-scraped-rss-2026-08-19.xml", "arstechnica-ai-rss-2026-09-ai-engineer-guide-fixture.xml",
                 "theverge-ai-atom-2026-09-ai-engineer-guide-fixture.xml"):  # fmt: skip
        for e in parse_feed("b", (feeds / name).read_bytes(), {}, "http://x/"):
            docs.append(Document(e.title, e.summary, e.content))
    cache = json.loads(
        (feeds / "gdpr-qa-platform-news-cache-edpb-edps-ico-ec-2026-05.json").read_text()
    )
    docs += [Document(i["title"], i.get("snippet", "")) for i in cache["items"]]
    return docs


def rate(docs: list[Document]) -> tuple[float, float]:
    start = time.perf_counter()
    for doc in docs:
        classify(doc)
    seconds = time.perf_counter() - start
    return seconds, len(docs) / seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=20000)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = ap.parse_args()
    load_rules()  # compiled once, outside the timing
    rows = []
    synthetic = generated(args.items, random.Random(7))
    seconds, per_second = rate(synthetic)
    rows.append(
        f"| {len(synthetic):,} generated items (title, summary, 2,000-char body) | {seconds:.2f} | {per_second:,.0f} |"
    )
    real_docs = real()
    if real_docs:
        seconds, per_second = rate(real_docs)
        rows.append(
            f"| {len(real_docs):,} real feed items (../shared/realworld/feeds) | {seconds:.2f} | {per_second:,.0f} |"
        )
    section = f"""## Classify: items per second on one core

Command: `python bench/bench_classify.py --items {args.items}`, {datetime.now(UTC):%Y-%m-%d}, {platform.python_implementation()} {platform.python_version()}, rules {load_rules().version}. Target: at least 2,000 items/s.

| input | seconds | items/s |
|---|---|---|
{chr(10).join(rows)}
"""
    print(section)
    write_section(args.out, "## Classify:", section)


if __name__ == "__main__":
    main()
