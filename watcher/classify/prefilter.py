"""The prefilter: which of the rules' hundreds of patterns can match a text at all.

A pattern runs only when a key (the first letters of its literal's first word, or of each word
of the group it starts with) starts some word of the text and the text contains what every
match must contain (its longest literal run, then up to three more conditions: another run, or
one of the literals of a group's alternatives); patterns are rewritten to lead with their
literal so Python's re can scan for it (what a pattern's text says is read in `patterns`).
Tests prove the prefiltered scan finds exactly what running every pattern as written finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from watcher.classify import index, patterns


class Hit(NamedTuple):  # a tuple: hits are made by the hundred per item
    start: int
    end: int
    label: str


NAMES_KEPT = 10_000  # names whose hits Combined.scan_name keeps

_WORD_START = re.compile(rf"(?<![a-z0-9])[a-z0-9]{{1,{patterns.KEY}}}")


def word_starts(folded: str) -> set[str]:
    """The first KEY letters (or fewer, for a shorter word) of every word of a folded text."""
    return set(_WORD_START.findall(folded))


_Entry = tuple[int, str, str, str]  # rank, required text, label, family
_Conditions = tuple[tuple[str, ...], ...]


class Combined:
    """Every family's patterns behind one prefilter: one scan of the text, hits by family.

    A pattern is compiled the first time a text lets it run: most never run in a command's life
    (443 of 1,669 on the 1,410 real feed items), and compiling them all cost a `classify` of
    those items a tenth of its time. What the prefilter reads in a pattern comes from
    `readings` (the shipped index, `classify.index`) when it holds the pattern; else it is read
    at load, and its conditions the first time it is tested (working out every pattern's
    conditions at load took as long as the rest of loading the rules). A pattern that does not
    compile is named when it is first compiled (`invalid` turns re's error into the caller's,
    with the file and the line); a test compiles every shipped pattern."""

    def __init__(
        self,
        families: dict[str, dict[str, list[str]]],
        invalid: Callable[[str, re.error], Exception] | None = None,
        readings: Mapping[str, index.Reading] | None = None,
    ) -> None:
        self.families = tuple(families)
        self.always: list[_Entry] = []
        self.by_key: dict[str, list[_Entry]] = {}  # word start → patterns
        self.written: list[str] = []  # by rank: the pattern as written ...
        self.fast: list[str] = []  # ... and as it runs
        self._invalid = invalid
        written = (
            (family, label, p)
            for family, groups in families.items()
            for label, patterns in groups.items()
            for p in patterns
        )
        readings = readings or {}
        self.conditions: list[_Conditions | None] = []  # once it is tested, or from the index
        for rank, (family, label, p) in enumerate(written):
            reading = readings.get(p)
            keys: Sequence[str] | None
            if reading is None:  # read now; its conditions the first time it is tested
                required, fast = patterns.required(p), patterns.fast(p, patterns.literal(p))
                keys = patterns.keys(p)
                self.conditions.append(None)
            else:
                required, fast, keys, tests = reading
                self.conditions.append(tests)
            entry = (rank, required, label, family)
            self.written.append(p)
            self.fast.append(fast)
            if not keys:
                self.always.append(entry)
            for k in dict.fromkeys(keys or ()):  # a key twice in one group: filed once
                self.by_key.setdefault(k, []).append(entry)
        self.compiled: list[re.Pattern[str] | None] = [None] * len(self.fast)  # once it has run
        self.keys = frozenset(self.by_key)
        self._names: dict[str, dict[str, Sequence[Hit]]] = {}  # scan_name's

    def pattern(self, rank: int) -> re.Pattern[str]:
        """The compiled pattern of that rank (compiled now if it has not run yet)."""
        found = self.compiled[rank]
        if found is None:
            try:
                found = self.compiled[rank] = re.compile(self.fast[rank])
            except re.error as rewritten:
                error = rewritten
                try:  # name the mistake as written, not as the prefilter rewrote it
                    re.compile(self.written[rank])
                except re.error as written:
                    error = written
                if self._invalid is None:
                    raise
                raise self._invalid(self.written[rank], error) from error
        return found

    def scan(self, folded: str) -> dict[str, Sequence[Hit]]:
        """Every family's hits, sorted (a family with none has one shared empty tuple). A
        pattern runs only when its key starts a word of the text and the text contains what
        every match contains (substring tests cost far less than a regex search)."""
        found: dict[str, Sequence[Hit]] = dict.fromkeys(self.families, ())
        if not folded:
            return found
        # the substring test first, in comprehensions: most keyed patterns fail it
        entries = [e for e in self.always if e[1] in folded]
        by_key = self.by_key
        entries += [
            e for key in self.keys & word_starts(folded) for e in by_key[key] if e[1] in folded
        ]
        entries.sort()  # rules order, whatever order the set gave: ties between hits keep it
        last = -1
        compiled = self.compiled
        hits: dict[str, list[Hit]] = {}
        conditions = self.conditions
        for rank, _, label, family in entries:
            if rank == last:  # a pattern under two keys of the text runs once
                continue
            last = rank
            tests = conditions[rank]
            if tests is None:  # worked out the first time, as a pattern is compiled
                tests = conditions[rank] = patterns.conditions(self.written[rank])
            for literals in tests:  # each met by one of its literals, or the pattern is
                for literal in literals:  # not run
                    if literal in folded:
                        break
                else:
                    break
            else:
                for m in (compiled[rank] or self.pattern(rank)).finditer(folded):
                    hits.setdefault(family, []).append(Hit(m.start(), m.end(), label))
        for family, bucket in hits.items():
            if len(bucket) > 1:
                bucket.sort(key=lambda h: (h.start, -h.end))
            found[family] = bucket
        return found

    def scan_name(self, folded: str) -> dict[str, Sequence[Hit]]:
        """`scan` of a name (a publisher's, a source's), remembered: the same few names come
        with every item of a run."""
        found = self._names.get(folded)
        if found is None:
            found = self.scan(folded)
            if len(self._names) < NAMES_KEPT:
                self._names[folded] = found
        return found
