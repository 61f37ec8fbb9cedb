"""The rules file (watcher/rules/classifier.toml) → Rules: versioned data, read once.

The rules name what a person can read as evidence (worker terms, monitoring terms, terms that name
the subject outright, other subjects) and the regulatory facts (acts and authorities).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from watcher.classify.prefilter import Combined
from watcher.exceptions import ConfigError

RULES_PATH = Path(__file__).parent.parent / "rules" / "classifier.toml"


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
    authorities: tuple[tuple[str, str, re.Pattern[str]], ...]  # name, jurisdiction, any pattern
    combined: Combined  # every family, scanned once per item
    # what keeps a strike in the running (an algorithm, AI, a quota ...): read only where a
    # strike was found, not scanned on every item ("ai" is too short to key a pattern by)
    dispute_unless: re.Pattern[str]
    case_name: re.Pattern[str]  # "X v. Y", read in a news item's title only (facts.case_outcome)
    legislators: frozenset[str] = frozenset()  # authorities that make laws: their bans are laws


def pattern_families(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """The rules' patterns by family and label, as written in the rules file."""
    return {
        "worker": {"worker": data["terms"]["worker"]},
        "other": {"other": data["terms"]["other_subject"]},
        "roundup": {"roundup": data["terms"]["roundup"]},
        "legislative": {"legislative": data["terms"]["legislative"]},
        "status": {"status": data["terms"]["employment_status"]},
        "public": {"public": data["terms"]["public_space"]},
        "breach": {"breach": data["terms"]["breach"]},
        "dispute": {"dispute": data["terms"]["industrial_action"]},
        "outcome": {"outcome": data["terms"]["case_outcome"]},
        "monitoring": data["monitoring"],
        "context": data["context"],
        "strong": data["strong"],
        "ai_training": {"ai-training": data["ai_training"]["terms"]},
        "acts": data["acts"],
        "authority": {str(i): a["patterns"] for i, a in enumerate(data["authority"])},
    }


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH) -> Rules:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        return Rules(
            version=str(data["version"]),
            scoring={k: float(v) for k, v in data["scoring"].items()},
            authorities=tuple(
                (a["name"], a["jurisdiction"], _alternation({"a": a["patterns"]}))
                for a in data["authority"]
            ),
            act_order=tuple(data["acts"]),
            combined=Combined(pattern_families(data)),
            dispute_unless=_alternation({"u": data["terms"]["industrial_action_unless"]}),
            case_name=_alternation({"c": data["terms"]["case_name"]}),
            legislators=frozenset(a["name"] for a in data["authority"] if a.get("legislator")),
        )
    except (OSError, KeyError, TypeError, ValueError, re.error, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"invalid classifier rules: {e}", file=str(path)) from e
