"""What the prefilter reads in each rule pattern, worked out once and shipped as plain data.

Reading the rules' 3,300 patterns (their required text, keys, conditions, and the pattern as it
runs: see `patterns`) took a fifth of a second in every process that loads the rules: each
`classify` and each parse worker of a poll. `make model` writes it for the shipped rules to
`watcher/rules/classifier.index.json`, keyed by each pattern's text, so a pattern the file does
not hold (a rules file edited since, or a reader's own) is read at load as before; the file is
not used when it was written by another reading of patterns (ANALYSIS), and a test checks that
the shipped file is what the shipped rules give now. `make rules-index` (a step of `make
model`) writes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from watcher.classify import patterns

ANALYSIS = 1  # bumped whenever `patterns` reads a pattern differently
INDEX_PATH = Path(__file__).parent.parent / "rules" / "classifier.index.json"


class Reading(NamedTuple):
    """A pattern as the prefilter reads it."""

    required: str  # the substring test's text
    fast: str  # the pattern as it runs
    keys: tuple[str, ...] | None  # None: no key, the substring test alone guards it
    conditions: tuple[tuple[str, ...], ...]  # tested beside the required text


def read(pattern: str) -> Reading:
    """A pattern's reading, worked out now."""
    found = patterns.keys(pattern)
    return Reading(
        required=patterns.required(pattern),
        fast=patterns.fast(pattern, patterns.literal(pattern)),
        keys=None if found is None else tuple(found),
        conditions=patterns.conditions(pattern),
    )


def build(written: Iterable[str]) -> dict[str, object]:
    """The index of these patterns, as the file holds it."""
    return {
        "analysis": ANALYSIS,
        "patterns": {p: list(read(p)) for p in dict.fromkeys(written)},
    }


def load(path: Path = INDEX_PATH) -> dict[str, Reading]:
    """The readings the file holds; none when it is missing, damaged or of another ANALYSIS
    (every pattern is then read at load, as without the file: slower, never wrong)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["analysis"] != ANALYSIS:
            return {}
        return {
            p: Reading(
                str(r),
                str(f),
                None if k is None else tuple(map(str, k)),
                tuple(tuple(map(str, c)) for c in cs),
            )
            for p, (r, f, k, cs) in data["patterns"].items()
        }
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def main(argv: list[str]) -> int:
    """Write the index of a rules file's patterns (argv: the rules file, the index file)."""
    import tomllib

    from watcher.classify.rules import pattern_families

    rules, out = map(Path, argv)
    families = pattern_families(tomllib.loads(rules.read_text(encoding="utf-8")))
    written = (p for groups in families.values() for ps in groups.values() for p in ps)
    text = json.dumps(build(written), ensure_ascii=False, indent=0, sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    return 0
