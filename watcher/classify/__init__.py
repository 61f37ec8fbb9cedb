"""Item → Classification: is it about workplace AI monitoring, why, and what act by whom.

rules.py      the rules file → Rules (versioned data)
prefilter.py  which patterns can match a text: one cheap scan per item
decide.py     the rules' verdict, score and evidence (pure)
facts.py      kind, act, authority, jurisdiction and fine (pure)
"""

from __future__ import annotations

from watcher.classify.decide import classify
from watcher.classify.rules import Rules, load_rules

__all__ = ["Rules", "classify", "load_rules"]
