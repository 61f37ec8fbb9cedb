"""The prefilter and the reading of a pattern's text (`classify.prefilter`, `classify.patterns`):
whatever the prefilter lets through, the result equals running every pattern, as written, over
the whole text; each pattern's literals, keys and conditions are what every match contains."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.classify import index, load_rules, patterns
from watcher.classify.prefilter import SHORT_LITERAL, Combined, Hit, word_starts
from watcher.classify.rules import RULES_PATH, pattern_families
from watcher.text import fold

RULES = load_rules()


# The prefilter (word starts, then a substring test) must never hide a match: whatever it lets
# through, the result equals running every pattern, as written, over the whole text.

WRITTEN = [
    (family, label, pattern)
    for family, groups in pattern_families(tomllib.loads(RULES_PATH.read_text())).items()
    for label, patterns in groups.items()
    for pattern in patterns
]


# compiled once: re's own cache holds 512 patterns, fewer than the rules have
COMPILED = [(family, label, re.compile(pattern)) for family, label, pattern in WRITTEN]


def every_pattern(text: str) -> dict[str, list[tuple[int, int, str]]]:
    found: dict[str, list[tuple[int, int, str]]] = {family: [] for family, _, _ in WRITTEN}
    for family, label, pattern in COMPILED:
        found[family] += [(m.start(), m.end(), label) for m in pattern.finditer(text)]
    for hits in found.values():
        hits.sort(key=lambda h: (h[0], -h[1]))
    return found


def prefiltered(text: str) -> dict[str, list[tuple[int, int, str]]]:
    return {family: [tuple(h) for h in hits] for family, hits in RULES.combined.scan(text).items()}  # type: ignore[misc]


@pytest.mark.parametrize(
    ("pattern", "runs"),
    [
        (r"\bfoo\b", ["foo"]),
        (r"\bemployees?\b", ["employee"]),
        (r"ab{2,3}cd", ["a", "cd"]),
        (r"x[ab]yz", ["x", "yz"]),
        (r"[]a]bc", ["bc"]),
        (r"\.ab", ["ab"]),
        (r"ab+c", ["ab", "c"]),
        (r"\b(job )?applicants\b", ["applicants"]),
        (r"(a|b)c", ["c"]),
        (r"a|b", None),
        (r"\b(a|b)|c", None),
    ],
)
def test_literal_runs(pattern: str, runs: list[str] | None) -> None:
    assert patterns.literal_runs(pattern) == runs


@pytest.mark.parametrize(
    ("pattern", "conditions"),
    [
        (r"\bemployees?\b", ()),  # the required text is all there is
        (r"\b(couriers|riders)\b", (("couriers", "riders"),)),
        (r"\bstaff (are|were) (tracked|scored)\b", (("tracked", "scored"), ("are", "were"))),
        (r"\bstaff (\S+ ){0,3}tracked by (apps?|software)\b", (("staff ",), ("app", "software"))),
        (r"\b(job )?applicants (screened|scored)?", ()),  # optional groups: nothing
        (r"\bx (foo|ab)", ()),  # "ab" is too short to tell anything
        (r"\bfoo(?=barbaz)(?!quux)qux", (("qux",),)),  # assertions: not read
        (r"\bfoo (bar|baz){,2}", ()),
        (r"\b(bar|baz)|foo", ()),  # a top-level choice: nothing is sure
        (r"\bworkers (?:tracked|watched)+", (("tracked", "watched"),)),
        (r"\bworkers (tracked", ()),  # a mistake: no condition hides it from re
        # an alternative with no literal of its own gives its inner group's (rules 2026.12.309's
        # productivity pattern: one subject list, then each language's verbs and nouns)
        (
            r"\b(ai|software) (?:(measur|scor)\w* (productivity|output)|(misst|misura) \S+ produttivita)",
            (("productivity", "output", " produttivita"),),
        ),
        (r"\bx (?:(ab|cd) (ef|gh)|zzz)", ()),  # an alternative with nothing long enough: none
    ],
)
def test_conditions_are_what_every_match_contains(
    pattern: str, conditions: tuple[tuple[str, ...], ...]
) -> None:
    assert patterns.conditions(pattern) == conditions


match = st.sampled_from(WRITTEN).flatmap(
    lambda w: st.tuples(st.just(w[2]), st.from_regex(w[2], fullmatch=True))
)


@settings(max_examples=1000, deadline=None)
@given(match)
def test_what_the_prefilter_requires_is_in_every_match(example: tuple[str, str]) -> None:
    pattern, text = example
    literal = patterns.literal(pattern)
    assert text.startswith(literal) and patterns.required(pattern) in text
    for literals in patterns.conditions(pattern):  # and each condition is met
        assert any(one in text for one in literals), (literals, text)
    keys = patterns.keys(pattern)  # one of them starts a word of the text
    assert keys is None or set(keys) & word_starts(text)


filler = st.sampled_from(["the", "of", "a", "court", "data", "e", "law", ".", ",", "\n.\n", "-"])
texts = st.lists(
    st.one_of(match.map(lambda m: m[1]), filler, st.text("abcdeilmnorstuvw -'.,0123456789")),
    max_size=30,
).map(lambda words: fold(" ".join(words)))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_prefilter_finds_what_every_pattern_finds(text: str) -> None:
    assert prefiltered(text) == every_pattern(text)


def test_prefilter_on_the_labelled_items(shared: Path) -> None:
    for name in ("dev.jsonl", "dev-web.jsonl"):
        for line in (shared / "labeled" / name).read_text().splitlines():
            row = json.loads(line)
            text = fold(" ".join(str(row.get(k) or "") for k in ("title", "summary", "content")))
            assert prefiltered(text) == every_pattern(text), row.get("title")


@pytest.mark.parametrize(
    ("pattern", "fast"),
    [
        (r"\b(couriers|riders)\b", r"(c(?<=\bc)ouriers|r(?<=\br)iders)\b"),
        (r"\b(?:to|for) train\b", r"(?:t(?<=\bt)o|f(?<=\bf)or) train\b"),
        (r"\b(a[x\]y]c|d)x", r"(a(?<=\ba)[x\]y]c|d(?<=\bd))x"),
        (r"\b(job )?applicants\b", None),  # the group is optional
        (r"\b(\d+|deux) sanctions", None),  # an alternative is not led by a letter
        (r"\b(a?b|c)", None),
        (r"\b(ab|bc|cd|de|ef|fg|gh|hi|ij|jk|kl) x", None),  # most of the alphabet: as written
    ],
)
def test_fast_alternatives(pattern: str, fast: str | None) -> None:
    assert patterns.fast_alternatives(r"\b(ab|c") == r"\b(ab|c"  # unbalanced: left alone
    assert patterns.fast_alternatives(pattern) == (fast or pattern)
    text = "couriers riders to train for train xcouriers axyc dx job applicants deux sanctions"
    assert [m.span() for m in re.finditer(patterns.fast_alternatives(pattern), text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"\bemployees?\b", ["empl"]),
        (r"\bai (act|office)\b", ["ai"]),  # a space ends the word
        (r"\bcouriers|riders\b", None),  # either side of a top-level "|"
        (r"\b(couriers|riders)\b", ["cour", "ride"]),
        (r"\b(geres?|pilotes?) par", ["gere", "pilo"]),
        (r"\b(record(s|ed)?|listen(s)? to) calls", ["reco", "list"]),
        (r"\b(i|dei) rider\b", ["i", "dei"]),  # short words that end where the group does
        (r"\b(per i|tra gli) rider\b", ["per", "tra"]),
        (r"\b(gere?|pilotes?) par", ["ger", "gere", "pilo"]),  # "ger par" or "gere par"
        (r"\bico\b", ["ico"]),
        (r"\bai,? (that|which)", ["ai"]),  # an optional comma, then a space
        (r"\bbans?\b", ["ban", "bans"]),
        (r"\bex-?(partners?|wife)\b", ["ex", "expa", "exwi"]),  # "ex-wife" or "exwife"
        (r"\bkey ?logg(ers?|ing)\b", ["key", "keyl"]),
        (r"\bhot[- ]?desking\b", ["hot", "hotd"]),
        (r"\brij(gedrag|stijl) van", ["rijg", "rijs"]),
        (r"\blaw", None),  # "law" also starts "lawmakers": the word may go on
        (r"\bai[a-z]", None),
        (r"\bzzp.?(ers)?\b", None),  # "." may be a letter
        (r"\btue(e|s|es)?\b", None),
        (r"\bai, ?\w", ["ai"]),
        (r"\b(job) ?sites?\b", ["job", "jobs"]),  # "job site" or "jobsite"
        (r"\b(gere?|pilotes?)", None),  # "ger" may go on
        (r"\b(maaltijd|flits)?bezorgers\b", None),  # the group is optional
        (r"\b(tifosi|(football )?fans)\b", None),  # an alternative led by a group
        (r"\b(\d+|deux) sanctions", None),
        (r"\w+gesetz\b", None),
    ],
)
def test_keys(pattern: str, keys: list[str] | None) -> None:
    """A pattern runs only where one of its keys starts a word of the text, not on every text
    (each costs a substring test, and often a regex search, per item)."""
    assert patterns.keys(pattern) == keys
    for text in ("ai act", "ai, that", "ai, which", "ico", "bans", "ban", "ex-wife", "exwife",
                 "keyloggers", "key logging", "hot-desking", "rijgedrag van", "i rider",
                 "dei rider", "per i rider", "ger par", "gere par", "pilotes par", "geres par"):  # fmt: skip
        if keys is not None and re.search(pattern, text):
            assert set(keys) & word_starts(text), (pattern, text)


def test_no_pattern_of_the_shipped_rules_runs_on_every_item() -> None:
    """A pattern with no key runs wherever the text holds what every match must hold: when that
    is a space or one letter, it runs on every item. Rules 2026.12.75 found four: two new ones,
    led by a character class ("[23]g-Regel") and by a full stop ("employé.e.s"), which had made
    the scan of dense text 18% slower, and two older ones led by a group holding a two-letter
    verb ("lu les messages", "lee el correo")."""
    combined = load_rules().combined
    weak = [combined.written[entry[0]] for entry in combined.always if len(entry[1].strip()) < 2]
    assert not weak, weak


def test_a_pattern_is_compiled_when_it_first_runs_and_every_shipped_one_compiles() -> None:
    """Compiling the 1,669 patterns was a tenth of `classify`'s time; most never run."""
    combined = Combined({"worker": {"worker": [r"\b(couriers|riders)\b", r"\bdrivers?\b"]}})
    assert combined.compiled == [None, None]
    combined.scan("riders")
    assert combined.compiled[0] is not None and combined.compiled[1] is None
    shipped = Combined(pattern_families(tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))))
    assert all(shipped.pattern(rank) for rank in range(len(shipped.fast)))


def test_the_literals_a_text_holds_are_found_in_one_pass_overlapping_and_short_ones_too() -> None:
    """The automaton finds every literal the text contains, where occurrences overlap or one
    literal holds another ("monitoring" holds "monitor"); the ones shorter than SHORT_LITERAL
    ("ai") are looked for one by one; absent ones are not found."""
    combined = Combined(
        {"f": {"a": [r"\bmonitor\w*", r"\bmonitoring of (staff|workers)\b", r"\bai\b",
                     r"\bkeystroke logging\b", r"\bitoring\b"]}}
    )  # fmt: skip
    literals = combined.literals()
    assert any(len(lit) < SHORT_LITERAL for lit in literals)
    for text in ("monitoring of staff by ai", "itoring", "keystroke", ""):
        assert combined.present(text) == {lit for lit in literals if lit in text}, text


def test_rules_whose_literals_are_all_short_still_scan() -> None:
    """A reader's own rules may hold no literal long enough for the automaton (an empty one
    cannot search): their short literals are looked for one by one and the patterns run."""
    combined = Combined({"f": {"a": [r"\bai\b", r"\bia\b"]}})
    assert all(len(lit) < SHORT_LITERAL for lit in combined.literals())
    assert combined.present("ai and ia") == {"ai", "ia"}
    assert combined.scan("ai and ia") == {"f": [Hit(0, 2, "a"), Hit(7, 9, "a")]}
    assert combined.scan("nothing here") == {"f": ()}


def test_a_pattern_under_two_keys_runs_once() -> None:
    combined = Combined({"worker": {"worker": [r"\b(couriers|riders)\b"]}})
    assert not combined.always and set(combined.keys) == {"cour", "ride"}
    found = combined.scan("couriers and riders")
    assert found["worker"] == [Hit(0, 8, "worker"), Hit(13, 19, "worker")]
    assert combined.scan("cyclists") == {"worker": ()}


def test_a_name_is_scanned_once_per_run() -> None:
    """A publisher's name comes with every item of its source: `scan_name` scans it once."""
    combined = Combined({"authority": {"0": [r"\bcnil\b"]}})
    first = combined.scan_name("cnil")
    assert first == combined.scan("cnil") == {"authority": [Hit(0, 4, "0")]}
    assert combined.scan_name("cnil") is first


def test_no_pattern_is_written_twice_in_one_family() -> None:
    """Each rule once: "cameras?" and "personnel" had each been listed twice (rules 2026.12.59)."""
    seen: dict[tuple[str, str], int] = {}
    for family, _, pattern in WRITTEN:
        seen[(family, pattern)] = seen.get((family, pattern), 0) + 1
    assert [key for key, times in seen.items() if times > 1] == []


def test_the_shipped_index_is_what_the_shipped_rules_read_now() -> None:
    """The shipped readings are what `patterns` gives the shipped rules today: a rules change or
    a change in how patterns are read without `make model` (which writes the index) fails here."""
    shipped = json.loads(index.INDEX_PATH.read_text(encoding="utf-8"))
    fresh = json.loads(json.dumps(index.build(pattern for _, _, pattern in WRITTEN)))
    assert shipped == fresh, "the shipped index is stale: run `make model` (or `make rules-index`)"
    assert len(index.load()) == len(fresh["patterns"])


def test_a_pattern_the_index_does_not_hold_is_read_at_load(tmp_path: Path) -> None:
    """A reader's own rules: the patterns the index holds come from it, a new one is read when
    the rules load; each finds what it finds without the index."""
    own = {"worker": {"worker": [r"\b(couriers|riders)\b", r"\bpickers?\b( \S+)? scanned\b"]}}
    readings = {r"\b(couriers|riders)\b": index.read(r"\b(couriers|riders)\b")}
    text = "couriers and pickers were scanned"
    with_index = Combined(own, readings=readings)
    assert with_index.unindexed == {1}
    assert with_index.scan(text) == Combined(own).scan(text)
    assert [h.label for h in with_index.scan(text)["worker"]] == ["worker", "worker"]


def test_an_edited_rules_file_reads_its_new_pattern_beside_the_shipped_index(
    tmp_path: Path,
) -> None:
    """The path a rules edit takes before `make rules-index`: a copy of the shipped rules with one
    pattern changed loads with the shipped index, and its new pattern, which the index does not
    hold, is read at load and finds what it names; the shipped patterns come from the index."""
    text = RULES_PATH.read_text(encoding="utf-8")
    edited = text.replace(
        "'\\bbosswares?\\b', '\\btattleware\\b',", "'\\bbosswares?\\b', '\\bsnoopware\\b',", 1
    )
    assert edited != text
    path = tmp_path / "classifier.toml"
    path.write_text(edited, encoding="utf-8")
    shipped = index.load()
    assert r"\bsnoopware\b" not in shipped
    combined = load_rules(path).combined
    rank = combined.written.index(r"\bsnoopware\b")
    assert rank in combined.unindexed  # read at load, not from the index
    assert not any(p in shipped for r, p in enumerate(combined.written) if r in combined.unindexed)
    folded = fold("Employer installs snoopware on staff laptops")
    found = combined.scan(folded)
    assert any(h.start == folded.index("snoopware") for h in found["monitoring"])


@pytest.mark.parametrize(
    "text",
    ["{not json", '{"analysis": 0, "patterns": {}}', '{"analysis": 1, "patterns": {"a": [1]}}', ""],
)
def test_an_index_damaged_or_of_another_reading_is_not_used(tmp_path: Path, text: str) -> None:
    """The index only saves time: a damaged file, or one written by another reading of
    patterns, is not used, and every pattern is read at load."""
    path = tmp_path / "classifier.index.json"
    path.write_text(text, encoding="utf-8")
    assert index.load(path) == {}
    assert index.load(tmp_path / "missing.json") == {}
