"""The rules file (watcher/rules/classifier.toml) → Rules: versioned data, read once.

The rules name what a person can read as evidence (worker terms, monitoring terms, terms that name
the subject outright, other subjects) and the regulatory facts (acts and authorities).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

from watcher.classify import index as pattern_index
from watcher.classify.prefilter import Combined
from watcher.config._toml import locate, read_toml
from watcher.exceptions import ConfigError, RulesError
from watcher.models import ACTS, TOPICS

RULES_PATH = Path(__file__).parent.parent / "rules" / "classifier.toml"

# What the rules file holds; a key outside these is a mistake (a misspelt one would be ignored)
_SCORING = frozenset(
    "window title_pair summary_pair lead_bonus content_pair content_cap strong_title "
    "strong_summary strong_content ai_training_bonus other_subject_title other_subject_lead "
    "roundup_factor threshold".split()
)
_TERMS = frozenset(
    "worker other_subject other_users care_homes care_homes_named shoppers_named "
    "employment_status public_space breach legislative industrial_action "
    "industrial_action_unless pay sick_leave personnel_records employment_law staff_surveys "
    "productivity_gain access_request workplace_accident whistleblowing crime licensing "
    "labour_market staff_given health_pass consumer_device emotions_read automated_decisions "
    "work_named platform_named platform_service platform_workers malware students teachers "
    "travel police police_officers ai_agents private_life patient_care fall_detection "
    "occupational_exposure exposure_kept road_cameras insider staff_protection worn_cameras "
    "fixed_cameras unlawful case_outcome case_name roundup lawsuit_filed ruling_named "
    "things_watched things_verb_last things_checked worker_words staff_watching staff_made_to "
    "trained_people ai_named staff_data_of staff_data_by studies_measuring ai_act_lists "
    "things_monitored attacks staff_data_leaked leak_kept protection_kept public_facing "
    "own_dashcams own_phones kit_guides customer_recordings surveillance_supplied agent_workforce "
    "machines_steered trips_recorded ride_safety record_keeping time_register time_register_duty "
    "time_register_kept stalkerware student_monitors survey_sentiment "
    "own_time_billed it_experience space_occupancy".split()
)
_LABELLED = {
    "monitoring": TOPICS,
    "paired": TOPICS,
    "context": TOPICS,
    "strong": TOPICS,
    "acts": ACTS,
    "landmark": TOPICS,
}
_TABLES = frozenset({"scoring", "terms", "ai_training", "authority", *_LABELLED})
_AUTHORITY = frozenset({"name", "jurisdiction", "patterns", "legislator"})


# The term lists read as one regex each, only where a check needs them (Rules fields of the same
# name, industrial_action_unless as dispute_unless), not in the combined scan
_WHOLE_TEXT = (
    "industrial_action_unless", "case_name", "unlawful", "work_named", "platform_named",
    "platform_workers", "exposure_kept", "worker_words", "staff_watching", "staff_made_to",
    "trained_people", "ai_named", "staff_data_of", "staff_data_by",
    "studies_measuring", "ai_act_lists", "things_monitored", "time_register", "time_register_duty",
    "time_register_kept", "leak_kept", "protection_kept", "public_facing",
)  # fmt: skip
# ... and the things a monitoring word may watch, and the compliance an authority checks,
# composed into regexes of their own (Rules.things_watched, Rules.things_before,
# Rules.things_checked): read at the title's and summary's monitoring hits
_THINGS = ("things_watched", "things_verb_last", "things_checked")


def _alternation(groups: dict[str, list[str]]) -> re.Pattern[str]:
    """One regex over many named lists (used for the rare whole-text checks)."""
    parts = []
    for index, patterns in enumerate(groups.values()):
        parts.append(f"(?P<g{index}>{'|'.join(f'(?:{p})' for p in patterns)})")
    return re.compile("|".join(parts))


@dataclass(frozen=True)
class Rules:
    version: str
    scoring: dict[str, float]
    act_order: tuple[str, ...]  # the acts in the order they are tried (watcher.classify.facts)
    # name, jurisdiction; the n-th's patterns are the combined scan's "authority" hits labelled n
    authorities: tuple[tuple[str, str], ...]
    combined: Combined  # every family, scanned once per item
    # what keeps a strike in the running (an algorithm, AI, a quota ...): read only where a
    # strike was found, not scanned on every item ("ai" is too short to key a pattern by)
    dispute_unless: re.Pattern[str]
    case_name: re.Pattern[str]  # "X v. Y", read in a news item's title only (facts.case_outcome)
    unlawful: re.Pattern[str]  # read only in a title with insider misuse (subjects.not_staff)
    # read only in an item whose title has emotions read or automated decisions (vetoes)
    work_named: re.Pattern[str]
    platform_named: re.Pattern[str]
    platform_workers: re.Pattern[str]  # and where a title names a platform (vetoes)
    exposure_kept: re.Pattern[str]  # read only in an item whose title names an exposure (vetoes)
    leak_kept: re.Pattern[str]  # read only in a title naming a breach and a worker (vetoes)
    protection_kept: re.Pattern[str]  # read only where cameras and their purpose are (vetoes)
    public_facing: re.Pattern[str]  # read only where a title names fixed cameras and that purpose
    worker_words: re.Pattern[str]  # read only in the title of an item naming no worker (vetoes)
    staff_watching: re.Pattern[str]  # read where a worker and a monitoring hit are both read
    staff_made_to: re.Pattern[str]  # read before each staff_watching match
    trained_people: re.Pattern[str]  # read after a training term: people are trained, not AI
    ai_named: re.Pattern[str]  # read near a training term with the staff's mail or calls
    staff_data_of: re.Pattern[str]  # the words from such mail or calls to the staff after them
    staff_data_by: re.Pattern[str]  # the words from the staff to their mail or calls
    studies_measuring: re.Pattern[str]  # read where the title or summary has a monitoring hit
    ai_act_lists: re.Pattern[str]  # read in the title and summary (objects.drop_ai_act_lists)
    things_monitored: re.Pattern[str]  # read just before each such hit
    # read only where a field has an attendance hit (objects.drop_time_register): the register,
    # the duty to keep it, and the technology or data protection that keeps its hits
    time_register: re.Pattern[str]
    time_register_duty: re.Pattern[str]
    time_register_kept: re.Pattern[str]
    # matched at the end of the title's and summary's monitoring hits: a thing, not a person;
    # things_before, searched just before them (the German and Dutch verb may end the clause)
    things_watched: re.Pattern[str]
    things_before: re.Pattern[str]
    # ... and the compliance an authority checks, matched there too: no worker term keeps it
    things_checked: re.Pattern[str]
    legislators: frozenset[str] = frozenset()  # authorities that make laws: their bans are laws
    # the field's landmark cases named with their authority's or court's act, read in the title
    # (decide.judge): one regex, a group per topic, `landmark_topics` naming each group's topic
    landmark: re.Pattern[str] | None = None
    landmark_topics: tuple[str, ...] = ()
    # what some landmark pattern's every match contains (a firm's name, as the prefilter reads
    # patterns): a title holding none is not searched, which cost 23 us a title, a tenth of a
    # real item's classifying
    landmark_required: tuple[str, ...] = ()


def pattern_families(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """The rules' patterns by family and label, as written in the rules file."""
    return {
        # teachers are staff too, and the students veto reads them as such (written once)
        "worker": {"worker": [*data["terms"]["worker"], *data["terms"]["teachers"]]},
        "other": {
            "other": data["terms"]["other_subject"],
            "users": data["terms"]["other_users"],
            "cared": data["terms"]["care_homes"],
        },
        "cared": {"cared": data["terms"]["care_homes_named"]},
        "shoppers": {"shoppers": data["terms"]["shoppers_named"]},
        "roundup": {"roundup": data["terms"]["roundup"]},
        "legislative": {"legislative": data["terms"]["legislative"]},
        "status": {"status": data["terms"]["employment_status"]},
        "pay": {"pay": data["terms"]["pay"]},
        "sick": {"sick": data["terms"]["sick_leave"]},
        "records": {"records": data["terms"]["personnel_records"]},
        "kept": {
            "kept": data["terms"]["record_keeping"],
            "dex": data["terms"]["it_experience"],
            "space": data["terms"]["space_occupancy"],
        },
        "law": {"law": data["terms"]["employment_law"]},
        "surveys": {
            "surveys": data["terms"]["staff_surveys"],
            "sentiment": data["terms"]["survey_sentiment"],
        },
        "gain": {"gain": data["terms"]["productivity_gain"]},
        "access": {"access": data["terms"]["access_request"]},
        "accident": {"accident": data["terms"]["workplace_accident"]},
        "jobs": {"jobs": data["terms"]["labour_market"]},
        "given": {"given": data["terms"]["staff_given"]},
        "whistle": {"whistle": data["terms"]["whistleblowing"]},
        "crime": {"crime": data["terms"]["crime"]},
        "licence": {"licence": data["terms"]["licensing"]},
        "health": {"health": data["terms"]["health_pass"]},
        "device": {"device": data["terms"]["consumer_device"], "kit": data["terms"]["kit_guides"]},
        "billed": {"billed": data["terms"]["own_time_billed"]},
        "unstaffed": {
            "emotions": data["terms"]["emotions_read"],
            "decisions": data["terms"]["automated_decisions"],
        },
        "malware": {
            "malware": data["terms"]["malware"],
            "stalkerware": data["terms"]["stalkerware"],
        },
        "attacks": {"attacks": data["terms"]["attacks"]},
        "leaked": {"leaked": data["terms"]["staff_data_leaked"]},
        "students": {
            "students": data["terms"]["students"],
            "teacher": data["terms"]["teachers"],
            "monitors": data["terms"]["student_monitors"],
        },
        "service": {"service": data["terms"]["platform_service"]},
        "travel": {"travel": data["terms"]["travel"]},
        "police": {
            "police": data["terms"]["police"],
            "officers": data["terms"]["police_officers"],
            "supplied": data["terms"]["surveillance_supplied"],
        },
        "agents": {
            "agents": data["terms"]["ai_agents"],
            "workforce": data["terms"]["agent_workforce"],
            "steered": data["terms"]["machines_steered"],
        },
        "private": {
            "private": data["terms"]["private_life"],
            "dashcam": data["terms"]["own_dashcams"],
            "phone": data["terms"]["own_phones"],
        },
        "care": {"care": data["terms"]["patient_care"], "falls": data["terms"]["fall_detection"]},
        "exposure": {"exposure": data["terms"]["occupational_exposure"]},
        "insider": {
            "insider": data["terms"]["insider"],
            "recordings": data["terms"]["customer_recordings"],
        },
        "protection": {
            "protection": data["terms"]["staff_protection"],
            "camera": data["terms"]["worn_cameras"],
            "fixed": data["terms"]["fixed_cameras"],
            "trips": data["terms"]["trips_recorded"],
            "safety": data["terms"]["ride_safety"],
        },
        "public": {"public": data["terms"]["public_space"], "road": data["terms"]["road_cameras"]},
        "breach": {"breach": data["terms"]["breach"]},
        "dispute": {"dispute": data["terms"]["industrial_action"]},
        "outcome": {"outcome": data["terms"]["case_outcome"]},
        "lawsuit": {"lawsuit": data["terms"]["lawsuit_filed"]},
        "ruled": {"ruled": data["terms"]["ruling_named"]},
        "monitoring": data["monitoring"],
        "paired": data["paired"],
        "context": data["context"],
        "strong": data["strong"],
        "ai_training": {"ai-training": data["ai_training"]["terms"]},
        # what staff write, say or do at work, read beside a training term (decide.py)
        "ai_data": {"ai-data": data["ai_training"].get("data", [])},
        "acts": data["acts"],
        "authority": {str(i): a["patterns"] for i, a in enumerate(data["authority"])},
    }


class _Shape:
    """The rules file's shape, checked before it is used: each mistake named with its line."""

    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.lines = locate(text)

    def fail(self, message: str, path: str) -> NoReturn:
        line = self.lines.get(path) or self.lines.get(path.rsplit(".", 1)[0])
        raise RulesError(message, file=self.file, line=line)

    def table(self, path: str, value: Any, allowed: frozenset[str] | tuple[str, ...],
              required: frozenset[str] = frozenset()) -> dict[str, Any]:  # fmt: skip
        name = f"[[{path.split('[')[0]}]] entry" if "[" in path else f"[{path}]"
        if not isinstance(value, dict):
            self.fail(f"{name} must be a table", path)
        for key in value:
            if key not in allowed:
                self.fail(f"unknown key {key!r} in {name} (expected one of: "
                          f"{', '.join(sorted(allowed))})", f"{path}.{key}")  # fmt: skip
        for key in sorted(required - value.keys()):
            self.fail(f"{name} lacks {key!r}", path)
        return value

    def patterns(self, path: str, value: Any, name: str = "") -> None:
        if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
            self.fail(f"{name or path} must be a list of patterns ('...', '...')", path)

    def check(self, data: dict[str, Any]) -> None:
        for key in data:
            if key != "version" and key not in _TABLES:
                self.fail(f"unknown table {key!r} (expected: {', '.join(sorted(_TABLES))})", key)
        for key in sorted(_TABLES - data.keys()):
            self.fail(f"the rules lack [{key}]" if key != "authority" else
                      "the rules lack [[authority]] entries", key)  # fmt: skip
        if not isinstance(data.get("version"), str):
            self.fail('the rules need a version = "YYYY.MM.N" (a string) at the top', "version")
        for key, value in self.table("scoring", data["scoring"], _SCORING, _SCORING).items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                self.fail(f"scoring.{key} must be a number", f"scoring.{key}")
        for key, value in self.table("terms", data["terms"], _TERMS, _TERMS).items():
            self.patterns(f"terms.{key}", value)
        for table, labels in _LABELLED.items():
            for key, value in self.table(table, data[table], labels).items():
                self.patterns(f"{table}.{key}", value)
        training = self.table(
            "ai_training", data["ai_training"], ("terms", "data"), frozenset({"terms"})
        )
        for key, value in training.items():
            self.patterns(f"ai_training.{key}", value)
        if not isinstance(data["authority"], list):
            self.fail("authority must be [[authority]] entries", "authority")
        for i, entry in enumerate(data["authority"]):
            path = f"authority[{i}]"
            entry = self.table(path, entry, _AUTHORITY, _AUTHORITY - {"legislator"})
            for key in ("name", "jurisdiction"):
                if not isinstance(entry[key], str):
                    self.fail(f"{key} must be a string", f"{path}.{key}")
            if not isinstance(entry.get("legislator", False), bool):
                self.fail("legislator must be true or false", f"{path}.legislator")
            name = f"the patterns of [[authority]] {entry['name']!r}"
            self.patterns(f"{path}.patterns", entry["patterns"], name)

    def bad_pattern(self, data: dict[str, Any]) -> RulesError | None:
        """The first pattern that does not compile, with its line (after a re.error)."""
        lists = [p for families in pattern_families(data).values() for p in families.values()]
        lists += [data["terms"][key] for key in (*_WHOLE_TEXT, *_THINGS)]
        lists += list(data["landmark"].values())
        for patterns in lists:
            for pattern in patterns:
                try:
                    re.compile(pattern)
                except re.error as e:
                    return self.invalid(pattern, e)
        return None

    def invalid(self, pattern: str, e: re.error) -> RulesError:
        """A pattern that does not compile, named with its line."""
        quoted = f"'{pattern}'"
        at = self.text.find(quoted)
        line = self.text.count("\n", 0, at) + 1 if at >= 0 else None
        return RulesError(f"pattern {quoted} is not a valid regular expression: {e}",
                          file=self.file, line=line)  # fmt: skip


def _read(path: Path) -> tuple[_Shape, dict[str, Any]]:
    try:
        text, data = read_toml(path)
    except ConfigError as e:
        raise RulesError(e.message, file=e.file, line=e.line) from e
    shape = _Shape(text, str(path))
    shape.check(data)
    return shape, data


def check_rules(path: Path = RULES_PATH) -> None:
    """The rules file's shape without compiling its patterns (a few ms): before a poll, so that
    a mistake in it stops the run before any source is fetched and charged for it."""
    _read(path)


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH) -> Rules:
    shape, data = _read(path)
    try:
        whole = {key: _alternation({"t": data["terms"][key]}) for key in _WHOLE_TEXT}
        verb_last = "|".join(f"(?:{p})" for p in data["terms"]["things_verb_last"])
        return Rules(
            version=str(data["version"]),
            scoring={k: float(v) for k, v in data["scoring"].items()},
            authorities=tuple((a["name"], a["jurisdiction"]) for a in data["authority"]),
            act_order=tuple(data["acts"]),
            combined=Combined(pattern_families(data), shape.invalid, pattern_index.load()),
            dispute_unless=whole["industrial_action_unless"],
            case_name=whole["case_name"],
            unlawful=whole["unlawful"],
            work_named=whole["work_named"],
            platform_named=whole["platform_named"],
            platform_workers=whole["platform_workers"],
            exposure_kept=whole["exposure_kept"],
            leak_kept=whole["leak_kept"],
            protection_kept=whole["protection_kept"],
            public_facing=whole["public_facing"],
            worker_words=whole["worker_words"],
            staff_watching=whole["staff_watching"],
            staff_made_to=whole["staff_made_to"],
            trained_people=whole["trained_people"],
            ai_named=whole["ai_named"],
            staff_data_of=whole["staff_data_of"],
            staff_data_by=whole["staff_data_by"],
            studies_measuring=whole["studies_measuring"],
            ai_act_lists=whole["ai_act_lists"],
            things_monitored=whole["things_monitored"],
            time_register=whole["time_register"],
            time_register_duty=whole["time_register_duty"],
            time_register_kept=whole["time_register_kept"],
            things_watched=_alternation(
                {"t": [*data["terms"]["things_watched"], rf" (\S+ ){{0,3}}?(?:{verb_last})\b"]}
            ),
            things_before=re.compile(rf"\b(?:{verb_last})\b( \S+){{0,3}} $"),
            things_checked=_alternation({"t": data["terms"]["things_checked"]}),
            legislators=frozenset(a["name"] for a in data["authority"] if a.get("legislator")),
            landmark=_alternation(data["landmark"]) if data["landmark"] else None,  # may be empty
            landmark_topics=tuple(data["landmark"]),
            landmark_required=tuple(
                dict.fromkeys(
                    pattern_index.read(p).required for ps in data["landmark"].values() for p in ps
                )
            ),
        )
    except re.error as e:
        raise (shape.bad_pattern(data) or RulesError(f"a pattern: {e}", file=str(path))) from e
