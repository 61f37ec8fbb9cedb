"""Document + the rules' verdict → what the relevance model reads (pure).

One function, used alike when training and when classifying, so the two never drift apart:
- the words of the title (counted twice: a title states the subject) and of the summary, over
  folded text, German umlauts written out as German writers do without them ("über" is
  "ueber": the preposition of every other German sentence is not "Uber"). Where an item has no
  summary, or a teaser of a few words, the opening of its content stands in for it or tops it
  up: the corpus's summaries are the first sentences of the body as published;
- each word brings itself and its character 5-grams (" surv", "urvei", ...), so that
  "Arbeitnehmerüberwachung", "surveillance" and "sorveglianza" share evidence across languages
  and compounds; and each pair of neighbouring words counts as a phrase;
- the rules' signals ("pair@title", "authority", "act:fine", ...), each a 0/1 feature;
- the generic words for employer and employee in the other five languages read as the English
  ones ("werkgever" as "employer", "dipendenti" as "employees"), so that their weight is learnt
  from every language's items together: learnt from the Dutch items alone, where nearly every
  item naming "werkgever" was about monitoring, the word had made "Mag mijn werkgever mijn
  salaris verlagen?" relevant (0.71).

The text vector is the sum of its occurrences' vectors (a word's: its IDF-weighted term and
n-grams), divided by the root of the sum of their squared lengths. A word's share of the dot
product and of the norm is then the same wherever it stands, so the model caches it per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from watcher.classify.decide import RuleVerdict
from watcher.models import Document
from watcher.text import fold

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class FeatureConfig:
    title_repeat: int = 2  # the title counts this many times
    summary_words: int = 60  # words of the summary (or of the content's opening) read
    teaser_words: int = 20  # a summary shorter than this is a teaser, topped up from the content
    char_min: int = 5  # character n-grams of title and summary words, this long ...
    char_max: int = 5  # ... to this long
    pooled: int = 1  # 1: employer and employee words read as the English ones (POOLED)

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text)) if text else []


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_UMLAUT = re.compile("[äöüÄÖÜ]")


def _folded_words(folded: str, original: str) -> list[str]:
    """Words of a text the rules already folded (else fold it here); a text with umlauts is
    folded again with them written out, which the rules' fold (ü → u) does not do."""
    if _UMLAUT.search(original):
        return words(original.translate(_UMLAUTS))
    return _WORD.findall(folded) if folded or not original else words(original)


# The generic words for employer and employee, each line the English word first, then the
# others as `words` folds them (German umlauts written out; not the French "salariés": folded, it
# is the English "salaries", pay)
_POOLED_FORMS = (
    "employer werkgever arbeitgeber employeur datore empleador",
    "employers werkgevers arbeitgebern employeurs datori empleadores",
    "employee werknemer medewerker arbeitnehmer arbeitnehmerin mitarbeiter mitarbeiterin "
    "beschaeftigte salarie salariee employe dipendente lavoratore trabajador trabajadora "
    "empleado empleada",
    "employees werknemers medewerkers arbeitnehmern arbeitnehmerinnen mitarbeitern "
    "mitarbeiterinnen beschaeftigten salariees employes dipendenti lavoratori lavoratrici "
    "trabajadores trabajadoras empleados empleadas",
)
POOLED = {w: english for english, *others in map(str.split, _POOLED_FORMS) for w in others}


_CHAR_CACHE: dict[tuple[str, int, int], tuple[str, ...]] = {}


def char_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    """The character n-grams of one word padded with spaces (" word "), cached: words recur."""
    key = (word, low, high)
    found = _CHAR_CACHE.get(key)
    if found is None:
        padded = f" {word} "
        found = tuple(
            "c:" + padded[i : i + n]
            for n in range(low, high + 1)
            for i in range(max(1, len(padded) - n + 1))
        )
        if len(_CHAR_CACHE) < 200_000:
            _CHAR_CACHE[key] = found
    return found


def word_terms(word: str, config: FeatureConfig) -> tuple[str, ...]:
    """The terms one word brings: itself and its character n-grams."""
    return ("w:" + word, *char_grams(word, config.char_min, config.char_max))


@dataclass(frozen=True)
class Features:
    words: tuple[str, ...]  # every word occurrence read (the title's twice)
    pairs: tuple[str, ...]  # every neighbouring pair, as "b:first second"
    signals: frozenset[str]  # the rules' signals, as "r:<signal>"
    written: dict[str, str] = field(default_factory=dict)  # a pooled word → the item's own

    def shown(self, word: str) -> str:
        """A word as the item writes it ("werkgever", read as "employer")."""
        return self.written.get(word, word)


def extract(doc: Document, verdict: RuleVerdict, config: FeatureConfig) -> Features:
    folded_title, folded_summary, folded_content = verdict.folded
    title = _folded_words(folded_title, doc.title)
    summary = _folded_words(folded_summary, doc.summary)[: config.summary_words]
    if len(summary) < config.teaser_words and doc.content:  # a teaser: topped up from the body
        opening = doc.content[: config.summary_words * 12]
        summary += _folded_words(folded_content[: len(opening)], opening)
        summary = summary[: config.summary_words]
    written: dict[str, str] = {}
    if config.pooled and not POOLED.keys().isdisjoint((*title, *summary)):
        for w in (*title, *summary):  # in the item's order: the first of them is shown
            if w in POOLED:
                written.setdefault(POOLED[w], w)
        title, summary = ([POOLED.get(w, w) for w in ws] for ws in (title, summary))
    occurrences: list[str] = []
    pairs: list[str] = []
    for sequence, times in ((title, config.title_repeat), (summary, 1)):
        found = [f"b:{a} {b}" for a, b in zip(sequence, sequence[1:], strict=False)]
        occurrences += sequence * times
        pairs += found * times
    signals = frozenset("r:" + s for s in verdict.signals)
    return Features(tuple(occurrences), tuple(pairs), signals, written)
