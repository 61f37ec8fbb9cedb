"""Near-duplicate stories of a labelled corpus, grouped: cross-validation keeps each group in
one fold, so a story told twice cannot be learnt from one telling and tested on the other."""

from __future__ import annotations

from collections.abc import Sequence

from watcher.classify.features import words
from watcher.disjoint import Disjoint


def near_duplicate_groups(stories: Sequence[tuple[str, str]]) -> list[int]:
    """A group number per story (its URL and title): the same URL, or titles sharing at least
    half their words."""
    sets = Disjoint(len(stories))
    join = sets.join
    by_url: dict[str, int] = {}
    titles = [frozenset(w for w in words(title) if len(w) > 2) for _, title in stories]
    by_word: dict[str, list[int]] = {}
    for i, (url, _) in enumerate(stories):
        if url:
            if url in by_url:
                join(i, by_url[url])
            by_url.setdefault(url, i)
        candidates = {j for w in titles[i] for j in by_word.get(w, ())}
        for j in candidates:
            union = len(titles[i] | titles[j])
            if union and len(titles[i] & titles[j]) / union >= 0.5:
                join(i, j)
        for w in titles[i]:
            by_word.setdefault(w, []).append(i)
    return [sets.root(i) for i in range(len(stories))]
