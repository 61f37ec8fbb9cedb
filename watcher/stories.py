"""items → stories: one event told by several outlets becomes one entry (pure).

Similarity is the cosine of TF-IDF vectors over each item's title (counted twice) and the
opening of its summary. The IDF is computed over the items being grouped, so the words that
many of them share, such as a company's name or "AI", weigh little, and the words that mark
one event ("keystrokes", "fingerprint scanners") decide. Items more similar than THRESHOLD
and published within WINDOW of each other are linked; two items of the same source need twice that (a feed's
boilerplate, "appeared first on …", would otherwise link its unrelated items). Linked items form
one story (single linkage). The digest groups each section on its own:
regulatory developments apart from the news. Within a story the best source comes first: a regulator's, court's or
legislator's own publication, then the highest classifier score, then the earliest.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from watcher.disjoint import Disjoint
from watcher.text import fold

THRESHOLD = (
    0.25  # cosine; seeds link at >= 0.26, other Meta stories stay <= 0.15 (tests/test_stories.py)
)
WINDOW = timedelta(days=7)  # one event's coverage rarely spreads wider than a week
SUMMARY_CHARS = 300  # the opening states the event; the rest drifts into background
SAME_SOURCE_FACTOR = 2.0  # a source's follow-up on its own story: linked only on strong evidence
PRIOR = 50  # IDF counts as if this many unrelated items were present: a week of five items that
# all tell one story must still weigh that story's words, not call them "common"
OFFICIAL = {"regulator": 0, "court": 0, "legislator": 0}

_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    """a an and are as at be by for from has have in is it its of on or that the this to was were will
    with what why how who new says said after over into about than more most just not but also can
    le la les des de du un une et en pour sur par dans au aux est qui que ses son sa
    der die das den dem des und ein eine ist im mit fur von zu auf bei
    il lo gli i del della di da per con su che una uno
    el los las del para por con una que
    het een van voor met op aan bij
    week day year years today""".split()
)


@dataclass(frozen=True)
class StoryItem:
    id: str
    title: str
    summary: str
    published: datetime
    source_id: str
    category: str = "news"
    score: float = 0.0


@dataclass
class Story:
    items: list[StoryItem] = field(default_factory=list)

    @property
    def lead(self) -> StoryItem:
        return self.items[0]

    @property
    def also(self) -> list[StoryItem]:
        return self.items[1:]


def _stem(token: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)]
    return token


def terms(item: StoryItem) -> Counter[str]:
    def words(text: str) -> list[str]:
        return [
            _stem(t)
            for t in _TOKEN.findall(fold(text))
            if t not in _STOP and (len(t) > 2 or t == "ai")
        ]

    counts: Counter[str] = Counter()
    for word in words(item.title):
        counts[word] += 2
    counts.update(words(item.summary[:SUMMARY_CHARS]))
    return counts


def _vectors(items: Sequence[StoryItem]) -> list[dict[str, float]]:
    bags = [terms(item) for item in items]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(items)
    vectors = []
    for bag in bags:
        vec = {t: c * math.log((n + PRIOR) / (df[t] + 0.5)) for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _rank(item: StoryItem) -> tuple[int, float, datetime, str]:
    return (OFFICIAL.get(item.category, 1), -item.score, item.published, item.id)


def group(items: Sequence[StoryItem], threshold: float = THRESHOLD) -> list[Story]:
    """Stories, each with its best source first; stories ordered by their lead's rank."""
    vectors = _vectors(items)
    sets = Disjoint(len(items))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if abs(items[i].published - items[j].published) > WINDOW:
                continue
            # One source's items share its boilerplate, so they need twice the evidence.
            needed = (
                threshold * SAME_SOURCE_FACTOR
                if items[i].source_id == items[j].source_id
                else threshold
            )
            if similarity(vectors[i], vectors[j]) >= needed:
                sets.join(j, i)
    clusters: dict[int, list[StoryItem]] = {}
    for i, item in enumerate(items):
        clusters.setdefault(sets.root(i), []).append(item)
    stories = [Story(sorted(members, key=_rank)) for members in clusters.values()]
    return sorted(stories, key=lambda s: _rank(s.lead))
