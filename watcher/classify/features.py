"""Document + the rules' verdict → the features the relevance model reads (pure).

One function, used alike when training and when classifying, so the two can never drift apart:
- words and word pairs of the title (counted twice: a title states the subject) and the summary,
  and of the opening of the content, over folded text;
- character 4- and 5-grams of the title's and summary's words, so that "Arbeitnehmerüberwachung",
  "surveillance" and "sorveglianza" share evidence across languages and compounds;
- the rules' signals ("pair@title", "authority", "act:fine", ...), each a binary feature.
The text features are weighted TF-IDF (sublinear tf, L2-normalised); the signals stay 0/1.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from watcher.classify.decide import RuleVerdict
from watcher.models import Document
from watcher.text import fold

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class FeatureConfig:
    title_repeat: int = 2  # the title counts this many times
    content_words: int = 60  # words of content read: the opening states the subject
    char_min: int = 4  # character n-grams of title and summary words, this long ...
    char_max: int = 5  # ... to this long

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text)) if text else []


_CHAR_CACHE: dict[tuple[str, int, int], tuple[str, ...]] = {}


def char_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    """The character n-grams of one word padded with spaces (" word "), cached: words recur."""
    key = (word, low, high)
    found = _CHAR_CACHE.get(key)
    if found is None:
        padded = f" {word} "
        found = tuple(
            "c:" + padded[i : i + n]
            for n in range(low, high + 1)
            for i in range(max(1, len(padded) - n + 1))
        )
        if len(_CHAR_CACHE) < 200_000:
            _CHAR_CACHE[key] = found
    return found


@dataclass(frozen=True)
class Features:
    counts: Counter[str]  # text features and how often each occurs
    signals: frozenset[str]  # the rules' signals, as "r:<signal>"
    words: tuple[str, ...]  # the title's and summary's words, for evidence


def extract(doc: Document, verdict: RuleVerdict, config: FeatureConfig) -> Features:
    counts: Counter[str] = Counter()
    title, summary = words(doc.title), words(doc.summary)
    content = words((doc.content or "")[: config.content_words * 12])[: config.content_words]
    for sequence, times in ((title, config.title_repeat), (summary, 1), (content, 1)):
        for i, word in enumerate(sequence):
            counts["w:" + word] += times
            if i + 1 < len(sequence):
                counts[f"b:{word} {sequence[i + 1]}"] += times
    for word in (*title, *summary):
        counts.update(char_grams(word, config.char_min, config.char_max))
    return Features(
        counts, frozenset("r:" + s for s in verdict.signals), tuple(dict.fromkeys(title + summary))
    )
