"""The prefilter: which of the rules' hundreds of patterns can match a text at all.

A pattern runs only when a key (the first letters of its literal's first word, or of each word
of the group it starts with) starts some word of the text and the text contains what every
match must contain (its longest literal run, then up to three more conditions: another run, or
one of the literals of a group's alternatives); patterns are rewritten to lead with their
literal so Python's re can scan for it. Tests prove the prefiltered scan finds exactly what
running every pattern as written finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple


class Hit(NamedTuple):  # a tuple: hits are made by the hundred per item
    start: int
    end: int
    label: str


_LEADING = re.compile(r"^\\b([a-z0-9' -]+)(.?)")
_WORD = re.compile(r"[a-z0-9]+")
NAMES_KEPT = 10_000  # names whose hits Combined.scan_name keeps
KEY = 4  # letters of a pattern's first word that must start some word of the text


def _literal(pattern: str) -> str:
    """The literal text every match of a pattern starts with ("" when it has none)."""
    m = _LEADING.match(pattern)
    if not m or _literal_runs(pattern) is None:
        return ""
    literal = m.group(1)
    if m.group(2) in ("?", "*", "{"):
        literal = literal[:-1]  # the last letter is optional
    return literal


def _required(pattern: str) -> str:
    """Text that every match of the pattern contains ("" when none is known): the prefilter's
    substring test. The longest literal outside groups."""
    return max(_literal_runs(pattern) or [""], key=len)


_QUANTIFIERS = "?*{"


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at `i` closes (a leading ] or ^] is part of it)."""
    j = i + 1
    j += pattern[j] == "^" if j < len(pattern) else 0
    j += pattern[j] == "]" if j < len(pattern) else 0
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def _past_atom(pattern: str, i: int) -> int | None:
    """Where an escape (`\\b`, `\\.`) or a character class starting at `i` ends; None when
    neither starts there."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] == "[":
        return _class_end(pattern, i) + 1
    return None


_PLAIN = re.compile(r"[^\\\[{}()|.^$+?*]+")  # characters that stand for themselves


def _literal_runs(pattern: str) -> list[str] | None:
    """The runs of literal characters outside any group, class or escape, without those a
    quantifier makes optional; None when the pattern has a top-level `|` (no run is required).
    A run of plain characters is taken at once, not a character at a time: the rules' 1,700
    patterns, and the alternatives `_keys` reads them as, are read here when the rules load."""
    runs: list[str] = []
    depth = 0
    i = 0
    n = len(pattern)
    while i < n:
        plain = _PLAIN.match(pattern, i)
        if plain:
            i = plain.end()
            if depth == 0:  # a quantifier after the run makes its last character optional
                optional = i < n and pattern[i] in _QUANTIFIERS
                runs.append(plain.group()[:-1] if optional else plain.group())
            continue
        c = pattern[i]
        past = _past_atom(pattern, i)
        if past is not None:
            i = past
            continue
        if c == "{":  # a counted repeat: what it repeats was dropped; skip its counts
            i = pattern.find("}", i) + 1 or n
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        i += 1
    return [r for r in runs if r]


# What may follow a short word for it to end there: a word boundary, or a character that is
# not a letter or digit (a space, a comma, a class of them ...), after any that are optional
_NOT_A_LETTER = r"(?:[ ,;:'/-]|\\[sW.,;:/'-]|\[-?[ .,;:'/]+-?\])"
_ENDS_WORD = re.compile(rf"(?:{_NOT_A_LETTER}[?*])*(?:\\b|{_NOT_A_LETTER}(?![?*{{]))")
_OPTIONAL_SEPARATOR = re.compile(r"(?:-|\\-| |\\s|\[- \]|\[ -\])\?")


def _starts(pattern: str, n: int) -> list[str] | None:
    """The first n letters every match of a pattern starts with: one string, or one for each
    alternative of the group it starts with; None when they are not all sure."""
    sure = re.compile(rf"[a-z0-9]{{{n}}}(?![?*+{{])")
    if head := sure.match(pattern):
        return [head.group(0)]
    group = _leading_group(r"\b" + pattern)
    if group is None:
        return None
    heads = [sure.match(a) for a in group[0]]
    return [h.group(0) for h in heads if h] if all(heads) else None


def _keys(pattern: str) -> list[str] | None:
    """What the word prefilter looks up for a pattern: one of these keys starts some word of
    every text it matches. A key is the first KEY letters of the word a match starts with, or a
    shorter word that must end there ("ai" of `\\bai,? (that|which)`, the "ban" or "bans" of
    `\\bbans?\\b`); a short word an optional separator may join to the next brings both
    ("ex" and "expa" of `\\bex-?partners?`), one a group goes on from brings its alternatives'
    ("rijg" and "rijs" of `\\brij(gedrag|stijl)`). A pattern led by a group of alternatives has each
    alternative's keys. None when there is no such key (no literal, an optional group first, a
    short word that may go on: "law" also starts "lawmakers"): such patterns are guarded by the
    substring test alone."""
    literal = _literal(pattern)
    if not literal:
        group = _leading_group(pattern)
        if group is None:
            return None
        alternatives, _, closed = group
        keys: list[str] = []
        for a in alternatives:
            found = _keys(r"\b" + a + pattern[closed:])
            if not found:
                return None
            keys += found
        return keys
    word = _WORD.match(literal)
    if not word:
        return None
    first = word.group(0)
    if len(first) >= KEY or len(literal) > len(first):  # long enough, or a space ends it
        return [first[:KEY]]
    rest = pattern[2 + len(literal) :]
    if _ENDS_WORD.match(rest):
        return [first]
    if re.match(r"[a-z0-9]\?", rest) and _ENDS_WORD.match(rest[2:]):  # "bans?"
        return [first, first + rest[0]]
    joined = _OPTIONAL_SEPARATOR.match(rest)  # "ex-partner" or "expartner"; "rij(gedrag|stijl)"
    after = _starts(rest[joined.end() :] if joined else rest, KEY - len(first))
    if after is None:
        return None
    return [first] * bool(joined) + [first + a for a in after]


_WORD_START = re.compile(rf"(?<![a-z0-9])[a-z0-9]{{1,{KEY}}}")


def word_starts(folded: str) -> set[str]:
    """The first KEY letters (or fewer, for a shorter word) of every word of a folded text."""
    return set(_WORD_START.findall(folded))


def _fast(pattern: str, literal: str) -> str:
    """The same pattern, led by its literal so Python's re can search for it quickly.

    `\\bemployees?\\b` becomes `employee(?<=\\bemployee)s?\\b`: a leading assertion hides the
    literal prefix from re's optimiser; a fixed-width lookbehind after it checks the same thing.
    """
    if not literal:
        return _fast_alternatives(pattern)
    rest = pattern[2 + len(literal) :]
    return f"{literal}(?<=\\b{literal}){rest}"


def _group_at(pattern: str, i: int) -> tuple[list[str], int] | None:
    """The alternatives of the group whose `(` (or `(?:`) is at `i`, and where its `)` is; None
    when it never closes."""
    start = i + 3 if pattern.startswith("(?:", i) else i + 1
    depth, j, alternatives = 0, i, list[str]()
    while j < len(pattern):
        c = pattern[j]
        past = _past_atom(pattern, j)
        if past is not None:
            j = past
            continue
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return [*alternatives, pattern[start:j]], j
        if c == "|" and depth == 1:
            alternatives.append(pattern[start:j])
            start = j + 1
        j += 1
    return None


def _leading_group(pattern: str) -> tuple[list[str], int, int] | None:
    """The alternatives of the group a pattern starts with (`\\b(couriers|riders)...`), where the
    group's text starts and where it ends; None when the pattern starts otherwise, or the group
    is optional (every match then need not start with one of them)."""
    m = re.match(r"\\b\((\?:)?", pattern)
    group = _group_at(pattern, 2) if m else None
    if m is None or group is None:
        return None
    alternatives, close = group
    if pattern[close + 1 : close + 2] in ("?", "*", "+", "{"):
        return None
    return alternatives, m.end(), close + 1


def _fast_alternatives(pattern: str) -> str:
    """`\\b(couriers|riders)\\b` becomes `(c(?<=\\bc)ouriers|r(?<=\\br)iders)\\b`: led by a
    choice of letters, which re's optimiser scans for; the pattern itself is left as it is when
    its first group is optional or an alternative does not start with a plain letter."""
    group = _leading_group(pattern)
    if group is None:
        return pattern
    alternatives, opened, closed = group
    if not all(re.match(r"[a-z0-9](?![?*+{])", a) for a in alternatives):
        return pattern
    led = "|".join(f"{a[0]}(?<=\\b{a[0]}){a[1:]}" for a in alternatives)
    return f"{pattern[2:opened]}{led}){pattern[closed:]}"


CONDITIONS = 3  # a pattern's conditions tested beside its required text, the surest first
_SHORTEST = 3  # letters: a shorter literal is in nearly every text, and tells nothing


def _groups(pattern: str) -> list[list[str]] | None:
    """The alternatives of each group a match cannot skip: outside any other group, not made
    optional by a quantifier, and not an assertion (`(?=`, `(?<!` ...); None when the pattern
    has a top-level `|` or a group it never closes."""
    found = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        past = _past_atom(pattern, i)
        if past is not None:
            i = past
            continue
        if c == "|":
            return None
        if c != "(":
            i += 1
            continue
        group = _group_at(pattern, i)
        if group is None:  # a group never closed: re names the mistake when the pattern first runs
            return None
        alternatives, j = group
        plain = not pattern.startswith("(?", i) or pattern.startswith("(?:", i)
        after = pattern[j + 1 : j + 3]
        if plain and after[:1] not in ("?", "*") and not after.startswith(("{0", "{,")):
            found.append(alternatives)
        i = j + 1
    return found


def _conditions(pattern: str) -> tuple[tuple[str, ...], ...]:
    """What every match contains beyond the required text, as conditions a text must all meet:
    each a choice of literals, one of which it contains (one of a group's alternatives'), or
    one more literal run. Up to CONDITIONS of them, those with the longest literals first. Most
    patterns that get past the substring test then find nothing: these tests, cheaper than a
    regex search, keep most of them from running."""
    groups = _groups(pattern)
    if groups is None:
        return ()
    runs = _literal_runs(pattern) or []
    required = max(runs, key=len, default="")
    found: list[tuple[str, ...]] = [(r,) for r in runs if r != required]
    for alternatives in groups:
        literals = [max(_literal_runs(a) or [""], key=len) for a in alternatives]
        found.append(tuple(dict.fromkeys(literals)))
    found = [c for c in found if min(map(len, c)) >= _SHORTEST]
    found.sort(key=lambda c: -min(map(len, c)))
    return tuple(found[:CONDITIONS])


_Entry = tuple[int, str, str, str]  # rank, required text, label, family
_Conditions = tuple[tuple[str, ...], ...]


class Combined:
    """Every family's patterns behind one prefilter: one scan of the text, hits by family.

    A pattern is compiled the first time a text lets it run, and its conditions worked out the
    first time it is tested: most never run in a command's life (443 of 1,669 on the 1,410 real
    feed items), and compiling them all cost a `classify` of those items a tenth of its time;
    working out every pattern's conditions at load took as long as the rest of loading the rules. A pattern that does not compile is named when it is first compiled
    (`invalid` turns re's error into the caller's, with the file and the line); a test compiles
    every shipped pattern."""

    def __init__(
        self,
        families: dict[str, dict[str, list[str]]],
        invalid: Callable[[str, re.error], Exception] | None = None,
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
        for rank, (family, label, p) in enumerate(written):
            literal = _literal(p)
            entry = (rank, _required(p), label, family)
            self.written.append(p)
            self.fast.append(_fast(p, literal))
            keys = _keys(p)
            if not keys:
                self.always.append(entry)
            for k in dict.fromkeys(keys or ()):  # a key twice in one group: filed once
                self.by_key.setdefault(k, []).append(entry)
        self.compiled: list[re.Pattern[str] | None] = [None] * len(self.fast)  # once it has run
        self.conditions: list[_Conditions | None] = [None] * len(self.fast)  # once it is tested
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
                tests = conditions[rank] = _conditions(self.written[rank])
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
