"""What a rule pattern's text says before it runs (pure): the literal runs every match holds,
the keys (first letters) one of which starts a word of every text it matches, the conditions
every match meets beside its required text, and the pattern rewritten to lead with its literal
so Python's re can scan for it. `prefilter.Combined` reads these when the rules load, or the
first time a pattern is tested; tests prove the prefiltered scan finds what every pattern as
written finds.
"""

from __future__ import annotations

import re

_LEADING = re.compile(r"^\\b([a-z0-9' -]+)(.?)")
_WORD = re.compile(r"[a-z0-9]+")
KEY = 4  # letters of a pattern's first word that must start some word of the text


def literal(pattern: str) -> str:
    """The literal text every match of a pattern starts with ("" when it has none)."""
    m = _LEADING.match(pattern)
    if not m or literal_runs(pattern) is None:
        return ""
    literal = m.group(1)
    if m.group(2) in ("?", "*", "{"):
        literal = literal[:-1]  # the last letter is optional
    return literal


def required(pattern: str) -> str:
    """Text that every match of the pattern contains ("" when none is known): the prefilter's
    substring test. The longest literal outside groups."""
    return max(literal_runs(pattern) or [""], key=len)


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


def literal_runs(pattern: str) -> list[str] | None:
    """The runs of literal characters outside any group, class or escape, without those a
    quantifier makes optional; None when the pattern has a top-level `|` (no run is required).
    A run of plain characters is taken at once, not a character at a time: the rules' 1,700
    patterns, and the alternatives `keys` reads them as, are read here when the rules load."""
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
    group = leading_group(r"\b" + pattern)
    if group is None:
        return None
    heads = [sure.match(a) for a in group[0]]
    return [h.group(0) for h in heads if h] if all(heads) else None


def keys(pattern: str) -> list[str] | None:
    """What the word prefilter looks up for a pattern: one of these keys starts some word of
    every text it matches. A key is the first KEY letters of the word a match starts with, or a
    shorter word that must end there ("ai" of `\\bai,? (that|which)`, the "ban" or "bans" of
    `\\bbans?\\b`); a short word an optional separator may join to the next brings both
    ("ex" and "expa" of `\\bex-?partners?`), one a group goes on from brings its alternatives'
    ("rijg" and "rijs" of `\\brij(gedrag|stijl)`). A pattern led by a group of alternatives has each
    alternative's keys. None when there is no such key (no literal, an optional group first, a
    short word that may go on: "law" also starts "lawmakers"): such patterns are guarded by the
    substring test alone."""
    lead = literal(pattern)
    if not lead:
        group = leading_group(pattern)
        if group is None:
            return None
        alternatives, _, closed = group
        found_keys: list[str] = []
        for a in alternatives:
            found = keys(r"\b" + a + pattern[closed:])
            if not found:
                return None
            found_keys += found
        return found_keys
    word = _WORD.match(lead)
    if not word:
        return None
    first = word.group(0)
    if len(first) >= KEY or len(lead) > len(first):  # long enough, or a space ends it
        return [first[:KEY]]
    rest = pattern[2 + len(lead) :]
    if _ENDS_WORD.match(rest):
        return [first]
    if re.match(r"[a-z0-9]\?", rest) and _ENDS_WORD.match(rest[2:]):  # "bans?"
        return [first, first + rest[0]]
    joined = _OPTIONAL_SEPARATOR.match(rest)  # "ex-partner" or "expartner"; "rij(gedrag|stijl)"
    after = _starts(rest[joined.end() :] if joined else rest, KEY - len(first))
    if after is None:
        return None
    return [first] * bool(joined) + [first + a for a in after]


def fast(pattern: str, lead: str) -> str:
    """The same pattern, led by its literal (`lead`, as `literal` gives it) so Python's re can
    search for it quickly.

    `\\bemployees?\\b` becomes `employee(?<=\\bemployee)s?\\b`: a leading assertion hides the
    literal prefix from re's optimiser; a fixed-width lookbehind after it checks the same thing.
    """
    if not lead:
        return fast_alternatives(pattern)
    rest = pattern[2 + len(lead) :]
    return f"{lead}(?<=\\b{lead}){rest}"


def _group_at(pattern: str, i: int) -> tuple[list[str], int] | None:
    """The alternatives of the group whose `(` (or `(?:`) is at `i`, and where its `)` is; None
    when it never closes."""
    start = i + 3 if pattern.startswith("(?:", i) else i + 1
    depth, j, alternatives = 0, i, list[str]()
    while j < len(pattern):
        c = pattern[j]
        plain = _PLAIN.match(pattern, j)  # a run that opens and closes nothing, at once
        past = plain.end() if plain else _past_atom(pattern, j)
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


def leading_group(pattern: str) -> tuple[list[str], int, int] | None:
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


MANY_LETTERS = 10  # a group led by more first letters than this is faster as written


def fast_alternatives(pattern: str) -> str:
    """`\\b(couriers|riders)\\b` becomes `(c(?<=\\bc)ouriers|r(?<=\\br)iders)\\b`: led by a
    choice of letters, which re's optimiser scans for; the pattern itself is left as it is when
    its first group is optional or an alternative does not start with a plain letter, and when
    its alternatives start with more than MANY_LETTERS letters: a choice of most of the alphabet
    stops re at nearly every letter of a text, where `\\b` first stops it only at word starts
    (the subjects of "AI, software, apps ... measure productivity", 15 first letters, ran in 1.8x
    the time of the pattern as written on long items: bench/RESULTS.md)."""
    group = leading_group(pattern)
    if group is None:
        return pattern
    alternatives, opened, closed = group
    if not all(re.match(r"[a-z0-9](?![?*+{])", a) for a in alternatives):
        return pattern
    if len({a[0] for a in alternatives}) > MANY_LETTERS:
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
        plain = _PLAIN.match(pattern, i)
        past = plain.end() if plain else _past_atom(pattern, i)
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
        assertion = pattern.startswith("(?", i) and not pattern.startswith("(?:", i)
        after = pattern[j + 1 : j + 3]
        if not assertion and after[:1] not in ("?", "*") and not after.startswith(("{0", "{,")):
            found.append(alternatives)
        i = j + 1
    return found


def _either(alternatives: list[str]) -> tuple[str, ...]:
    """Literals one of which every match of a group holds: each alternative's longest literal
    run, or where it has none long enough, the literals of the group inside it that tell most
    (so "(measur|scor)\\w* (\\S+ )?(productivity|output)|(misst|misura) (\\S+ )?produttivita"
    gives productivity, output or produttivita); () when an alternative gives none."""
    chosen: list[str] = []
    for alternative in alternatives:
        run = max(literal_runs(alternative) or [""], key=len)
        if len(run) >= _SHORTEST:
            chosen.append(run)
            continue
        inner = [c for c in map(_either, _groups(alternative) or []) if c]
        if not inner:
            return ()
        chosen += max(inner, key=lambda c: min(map(len, c)))
    return tuple(dict.fromkeys(chosen))


def conditions(pattern: str) -> tuple[tuple[str, ...], ...]:
    """What every match contains beyond the required text, as conditions a text must all meet:
    each a choice of literals, one of which it contains (one of a group's alternatives'), or
    one more literal run. Up to CONDITIONS of them, those with the longest literals first. Most
    patterns that get past the substring test then find nothing: these tests, cheaper than a
    regex search, keep most of them from running."""
    groups = _groups(pattern)
    if groups is None:
        return ()
    main = required(pattern)  # the substring test's: no condition again
    found: list[tuple[str, ...]] = [(r,) for r in literal_runs(pattern) or [] if r != main]
    found += [choice for choice in map(_either, groups) if choice]
    found = [c for c in found if min(map(len, c)) >= _SHORTEST]
    found.sort(key=lambda c: -min(map(len, c)))
    return tuple(found[:CONDITIONS])
