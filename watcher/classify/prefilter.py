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

import ahocorasick

from watcher.classify import index, patterns


class Hit(NamedTuple):  # a tuple: hits are made by the hundred per item
    start: int
    end: int
    label: str

    def gap(self, other: Hit) -> int:
        """Characters between this hit and another (0 where they touch or overlap)."""
        return max(0, other.start - self.end, self.start - other.end)


NAMES_KEPT = 10_000  # names whose hits Combined.scan_name keeps
SHORT_LITERAL = 3  # letters: shorter literals are looked for one by one, not by the automaton

_WORD_START = re.compile(rf"(?<![a-z0-9])[a-z0-9]{{1,{patterns.KEY}}}")


def word_starts(folded: str) -> set[str]:
    """The first KEY letters (or fewer, for a shorter word) of every word of a folded text."""
    return set(_WORD_START.findall(folded))


_Entry = tuple[int, str, str, str]  # rank, required text, label, family
_Conditions = tuple[tuple[str, ...], ...]


class Combined:
    """Every family's patterns behind one prefilter: one scan of the text, hits by family.

    Which of the literals (required texts and conditions) a text contains is found in one pass
    over it, by an Aho-Corasick automaton of all of them (pyahocorasick: every occurrence,
    overlapping ones too), built the first time a text is scanned; the literals shorter than
    SHORT_LITERAL, found in nearly every text, are looked for one by one. Testing each pattern's
    literals with `in` had cost about 1.5 ms of the 3.3 ms the rules took on a 2,000-character
    item, and a third of their time on the real feed items.

    A pattern is compiled the first time a text lets it run: most never run in a command's life
    (443 of 1,669 on the 1,410 real feed items), and compiling them all cost a `classify` of
    those items a tenth of its time. What the prefilter reads in a pattern comes from
    `readings` (the shipped index, `classify.index`) when it holds the pattern; else it is read
    at load (a rules file edited since the index was written, or a reader's own). A pattern
    that does not compile is named when it is first compiled (`invalid` turns re's error into
    the caller's, with the file and the line); a test compiles every shipped pattern."""

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
        self.conditions: list[_Conditions] = []
        self.unindexed: set[int] = set()  # ranks of the patterns read at load
        for rank, (family, label, p) in enumerate(written):
            reading = readings.get(p)
            if reading is None:
                reading = index.read(p)
                self.unindexed.add(rank)
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
        self._finder: ahocorasick.Automaton | None = None  # the first scan builds it
        self._short: tuple[str, ...] = ()  # the literals it leaves out

    def literals(self) -> set[str]:
        """Every literal the prefilter tests: the required texts and the conditions' literals."""
        found = {e[1] for e in self.always} | {e[1] for es in self.by_key.values() for e in es}
        found.update(literal for tests in self.conditions for group in tests for literal in group)
        return found

    def _literals(self) -> ahocorasick.Automaton:
        """The automaton of every literal the prefilter tests (each its own value), and the
        short ones it leaves out."""
        found = self.literals()
        self._short = tuple(sorted(lit for lit in found if len(lit) < SHORT_LITERAL))
        finder = ahocorasick.Automaton()
        for literal in sorted(found):
            if len(literal) >= SHORT_LITERAL:
                finder.add_word(literal, literal)
        finder.make_automaton()  # with no words it cannot search: `present` does not ask it
        self._finder = finder
        return finder

    def present(self, folded: str) -> set[str]:
        """Which of the prefilter's literals the text contains."""
        finder = self._finder or self._literals()
        found = {literal for _, literal in finder.iter(folded)} if len(finder) else set()
        found.update(literal for literal in self._short if literal in folded)
        return found

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
        # the required text first, in comprehensions: most keyed patterns lack it
        present = self.present(folded)
        entries = [e for e in self.always if e[1] in present]
        by_key = self.by_key
        entries += [
            e for key in self.keys & word_starts(folded) for e in by_key[key] if e[1] in present
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
            for literals in conditions[rank]:  # each met by one of its literals, or the
                if present.isdisjoint(literals):  # pattern is not run
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
