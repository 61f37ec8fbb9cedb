"""The rules file (watcher/rules/classifier.toml) is data people edit: each kind of mistake in it
is refused with the file, the line and what is wrong, never ignored and never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from watcher.classify.decide import judge
from watcher.classify.rules import RULES_PATH, check_rules, load_rules
from watcher.exceptions import ConfigError, RulesError
from watcher.models import Document

SHIPPED = RULES_PATH.read_text(encoding="utf-8")
VERSION = re.search(r'(?m)^version = ".*"$', SHIPPED).group()  # type: ignore[union-attr]
_AT = SHIPPED.index("\nsick_leave = [")
SICK_LEAVE = SHIPPED[_AT : SHIPPED.index("]\n", _AT) + 2]  # a whole list, to leave out


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def edited(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    """A copy of the shipped rules with the first `old` replaced by `new`."""
    assert old in SHIPPED, old
    text = SHIPPED.replace(old, new, 1)
    path = tmp_path / "classifier.toml"
    path.write_text(text, encoding="utf-8")
    return path, text


# (what is wrong, the edit, the line it must name (a text on that line), the message)
MISTAKES = [
    ("a misspelt key of an authority", "\nlegislator = true", "\nlegislatr = true", "legislatr = true",
     "unknown key 'legislatr' in [[authority]] entry (expected one of: jurisdiction, legislator, name, patterns)"),
    ("a misspelt table", "\n[terms]\n", "\n[termz]\n", "[termz]", "unknown table 'termz'"),
    ("a pattern that does not compile", "'\\bstatement\\b'", "'(statement'", "'(statement'",
     "pattern '(statement' is not a valid regular expression: missing ), unterminated subpattern"),
    ("a pattern of a whole-text check that does not compile", "'\\bfoodinho\\b'",
     "'(foodinho'", "'(foodinho'",
     "pattern '(foodinho' is not a valid regular expression: missing ), unterminated subpattern"),
    ("a thing watched that does not compile", "|walder|wald|", "|(walder|wald|", "|(walder|",
     "is not a valid regular expression: missing ), unterminated subpattern"),
    ("a table left out", "\n[paired]\n", "\n[paired_terms]\n", "[paired_terms]",
     "unknown table 'paired_terms'"),
    ("a weight written as text", "\nwindow = 90", '\nwindow = "90"', 'window = "90"',
     "scoring.window must be a number"),
    ("an act the classifier does not know", "\n[acts]\n", "\n[acts]\nfines = ['\\bfined\\b']\n",
     "fines = ", "unknown key 'fines' in [acts]"),
    ("a weight left out", "\ntitle_pair = 0.75\n", "\n", "[scoring]", "[scoring] lacks 'title_pair'"),
    ("a veto's list misspelt", "\nsick_leave = [", "\nsick_leaves = [", "sick_leaves = [",
     "unknown key 'sick_leaves' in [terms]"),
    ("a veto's list left out", SICK_LEAVE, "\n", "[terms]", "[terms] lacks 'sick_leave'"),
    # a rules file copied before rules 2026.12.304 split the users from the other subjects
    ("a file from before other_users", "\nother_users = ['\\busers?\\b']", "\n", "[terms]",
     "[terms] lacks 'other_users'"),
    ("patterns as one string", "\npatterns = ['\\bcnil\\b', ", "\npatterns = '\\bcnil\\b'\n#",
     "patterns = '", "the patterns of [[authority]] 'CNIL' must be a list of patterns"),
    ("a version that is a number", VERSION, "version = 2026", "version = 2026",
     'the rules need a version = "YYYY.MM.N" (a string) at the top'),
    ("not TOML", "\n[scoring]\n", "\n[scoring\n", "[scoring", "not valid TOML"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "at", "message"), [m[1:] for m in MISTAKES],
                         ids=[m[0] for m in MISTAKES])  # fmt: skip
def test_each_mistake_names_the_file_the_line_and_what_is_wrong(
    tmp_path: Path, old: str, new: str, at: str, message: str
) -> None:
    path, text = edited(tmp_path, old, new)
    with pytest.raises(RulesError) as caught:
        # a pattern is compiled when it first runs: "(statement" has no key, so on any text
        judge(Document("Employer fined", ""), load_rules(path))
    said = str(caught.value)
    assert said.startswith(f"{path}:{line_of(text, at)}: "), said
    assert message in said, said
    assert isinstance(caught.value, ConfigError)  # the CLI's configuration status (2)


def test_the_shape_is_checked_without_compiling_and_the_shipped_rules_pass(tmp_path: Path) -> None:
    check_rules()  # the shipped file
    path, _ = edited(tmp_path, "\nlegislator = true", "\nlegislatr = true")
    with pytest.raises(RulesError, match="legislatr"):
        check_rules(path)
    bad_pattern, _ = edited(tmp_path, "'\\bstatement\\b'", "'(statement'")
    check_rules(bad_pattern)  # what only compiling finds is said when the pattern runs (above)


def test_every_authority_key_the_shipped_rules_use_is_read() -> None:
    """The keys the check allows are the keys the code reads: five legislators are known."""
    rules = load_rules()
    assert len(rules.legislators) == len(re.findall(r"(?m)^legislator = true", SHIPPED)) == 5


def test_the_words_of_a_lawsuit_filed_are_read_from_the_rules_file(tmp_path: Path) -> None:
    """A lawsuit filed and no ruling named leave a court's act out (news): the words are the
    rules file's `lawsuit_filed` and `ruling_named` (rules 2026.12.362), so an edited file moves
    the decision."""
    title = "Drivers sue Uber in Amsterdam court over algorithmic firing"
    assert judge(Document(title)).classification.act is None
    start = SHIPPED.index("\nlawsuit_filed = [")
    whole = SHIPPED[start : SHIPPED.index("]\n", start) + 2]
    path, _ = edited(tmp_path, whole, "\nlawsuit_filed = ['\\bnothing filed here\\b']\n")
    assert judge(Document(title), load_rules(path)).classification.act == "court-ruling"
    path, _ = edited(tmp_path, "'\\b(ruled?|ruling|", "'\\b(sue|ruled?|ruling|")
    assert judge(Document(title), load_rules(path)).classification.act == "court-ruling"


def _patterns(node: object) -> list[str]:
    """Every pattern string in a loaded rules table, however deep."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [p for value in node.values() for p in _patterns(value)]
    if isinstance(node, list):
        return [p for value in node for p in _patterns(value)]
    return []


# An elided article or preposition (French l' d' qu', Italian dell' all' nell' un' ...), as a
# group's alternative followed by a space (not " ?"): "(de l.|d.une) entreprise" never reads "de
# l'entreprise", whose noun follows the apostrophe at once (rules 2026.12.880-.881 mended seven)
_ELIDED = re.compile(r"^(l|d|qu|dell|all|nell|sull|dall|coll|un|lorsqu|jusqu|puisqu)\.$")


def test_no_elided_article_in_a_group_is_followed_by_a_space() -> None:
    import tomllib

    wrong = []
    for pattern in _patterns(tomllib.loads(SHIPPED)):
        for group in re.finditer(r"\(([^()]*)\) (?!\?)", pattern):  # " ?": a space or none
            if any(_ELIDED.match(alternative) for alternative in group.group(1).split("|")):
                wrong.append(pattern[max(0, group.start() - 20) : group.end() + 20])
    assert not wrong, wrong
