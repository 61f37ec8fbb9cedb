"""Item → Classification: is it about workplace AI monitoring, why, and what act by whom.

Pure and deterministic. The rules are versioned data (`watcher/rules/classifier.toml`); this
module only reads them. An item is relevant when its main subject is the monitoring, scoring or
algorithmic management of workers (or AI trained on their activity, or the regulation of these):
in practice, when a worker term and a monitoring term stand close together in the title or the
summary's opening, or a term that names the subject outright does. A passing mention deep in
the content counts for little; a title about customers, pupils or police counts against.
"""

from __future__ import annotations

import bisect
import math
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from watcher.exceptions import ConfigError
from watcher.models import Classification, Document, Evidence, Fine

RULES_PATH = Path(__file__).parent / "rules" / "classifier.toml"
CONTENT_LIMIT = 2000  # characters of content read: the main subject is stated early
REGULATORY_CATEGORIES = {"regulator", "court", "legislator"}

_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " "}
)


def _strip_accents(text: str) -> str:
    # NFD, not NFKD: only accents come apart, so the folded text keeps the original's length
    # (and evidence can quote the original words) except in rare cases such as ß → ss.
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


# Latin letters with accents, folded once: most text then folds with one str.translate.
_LATIN = {
    c: _strip_accents(chr(c)) for c in range(0xC0, 0x250) if chr(c).islower() or chr(c) == "ß"
}


_FOLD = {**_QUOTES, **_LATIN}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


def fold(text: str) -> str:
    """Lower case, no accents, plain quotes: the form the rules are written in.

    Equal to `_strip_accents(text.translate(_QUOTES).lower())`, but only the runs of non-ASCII
    characters are translated (str.translate looks every character up): most text is ASCII."""
    lowered = text.lower()
    if "`" in lowered:
        lowered = lowered.replace("`", "'")
    if lowered.isascii():
        return lowered
    folded = _NON_ASCII.sub(_fold_run, lowered)
    return folded if folded.isascii() else _strip_accents(folded)


def _alternation(groups: dict[str, list[str]]) -> re.Pattern[str]:
    """One regex over many named lists (used for the rare whole-text checks)."""
    parts = []
    for index, patterns in enumerate(groups.values()):
        parts.append(f"(?P<g{index}>{'|'.join(f'(?:{p})' for p in patterns)})")
    return re.compile("|".join(parts))


_LEADING = re.compile(r"^\\b([a-z0-9' -]+)(.?)")
_WORD = re.compile(r"[a-z0-9]+")
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


def _literal_runs(pattern: str) -> list[str] | None:
    """The runs of literal characters outside any group, class or escape, without those a
    quantifier makes optional; None when the pattern has a top-level `|` (no run is required)."""
    runs: list[str] = []
    run = ""
    depth = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        following = pattern[i + 1] if i + 1 < len(pattern) else ""
        if c == "\\":
            runs.append(run)
            run = ""
            i += 2
            continue
        if c == "[":
            runs.append(run)
            run = ""
            i = _class_end(pattern, i) + 1
            continue
        if c == "{":  # a counted repeat: what it repeats was dropped; skip its counts
            runs.append(run)
            run = ""
            i = pattern.find("}", i) + 1 or len(pattern)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        if depth == 0 and c not in "()|.^$+?*{}" and not (following and following in _QUANTIFIERS):
            run += c
        else:
            runs.append(run)
            run = ""
        i += 1
    runs.append(run)
    return [r for r in runs if r]


def _key(literal: str) -> str | None:
    """What the word prefilter looks up for a pattern: the first KEY letters of its literal's
    first word, which some word of the text must start with exactly. None when there is no such
    key: no literal, or a short first word that may go on ("law" also starts "lawmakers");
    such patterns are guarded by the substring test alone."""
    word = _WORD.match(literal)
    if not word:
        return None
    key = word.group(0)[:KEY]
    return key if len(key) == KEY or len(literal) > len(word.group(0)) else None


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


def _fast_alternatives(pattern: str) -> str:
    """`\\b(couriers|riders)\\b` becomes `(c(?<=\\bc)ouriers|r(?<=\\br)iders)\\b`: led by a
    choice of letters, which re's optimiser scans for; the pattern itself is left as it is when
    its first group is optional or an alternative does not start with a plain letter."""
    m = re.match(r"\\b\((\?:)?", pattern)
    if not m:
        return pattern
    depth, i = 1, m.end()
    alternatives, start = [], i
    while i < len(pattern) and depth:
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 1:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth:
        return pattern
    alternatives.append(pattern[start : i - 1])
    if pattern[i : i + 1] in ("?", "*", "+", "{") or not all(
        re.match(r"[a-z0-9](?![?*+{])", a) for a in alternatives
    ):
        return pattern
    led = "|".join(f"{a[0]}(?<=\\b{a[0]}){a[1:]}" for a in alternatives)
    return f"{pattern[2 : m.end()]}{led}){pattern[i:]}"


_Entry = tuple[int, str, re.Pattern[str], str, str]  # rank, required text, pattern, label, family


class Combined:
    """Every family's patterns behind one prefilter: one scan of the text, hits by family."""

    def __init__(self, families: dict[str, dict[str, list[str]]]) -> None:
        self.families = tuple(families)
        self.always: list[_Entry] = []
        self.by_key: dict[str, list[_Entry]] = {}  # word start → patterns
        written = (
            (family, label, p)
            for family, groups in families.items()
            for label, patterns in groups.items()
            for p in patterns
        )
        for rank, (family, label, p) in enumerate(written):
            literal = _literal(p)
            entry = (rank, _required(p), re.compile(_fast(p, literal)), label, family)
            key = _key(literal)
            if key is None:
                self.always.append(entry)
            else:
                self.by_key.setdefault(key, []).append(entry)
        self.keys = frozenset(self.by_key)

    def scan(self, folded: str) -> dict[str, list[_Hit]]:
        """Every family's hits, sorted. A pattern runs only when its key starts a word of the
        text and the text contains what every match contains (a substring test costs far less
        than a regex search)."""
        found: dict[str, list[_Hit]] = {fam: [] for fam in self.families}
        if not folded:
            return found
        entries = list(self.always)
        for key in self.keys & word_starts(folded):
            entries.extend(self.by_key[key])
        entries.sort()  # rules order, whatever order the set gave: ties between hits keep it
        for _, required, pattern, label, family in entries:
            if required not in folded:
                continue
            bucket = found[family]
            for m in pattern.finditer(folded):
                bucket.append(_Hit(m.start(), m.end(), label))
        for bucket in found.values():
            if len(bucket) > 1:
                bucket.sort(key=lambda h: (h.start, -h.end))
        return found


@dataclass(frozen=True)
class Rules:
    version: str
    scoring: dict[str, float]
    act_order: tuple[str, ...]  # the first act found, in this order, is the item's act
    authorities: tuple[tuple[str, str, re.Pattern[str]], ...]  # name, jurisdiction, any pattern
    combined: Combined  # every family, scanned once per item


def pattern_families(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """The rules' patterns by family and label, as written in the rules file."""
    return {
        "worker": {"worker": data["terms"]["worker"]},
        "other": {"other": data["terms"]["other_subject"]},
        "roundup": {"roundup": data["terms"]["roundup"]},
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
        )
    except (OSError, KeyError, TypeError, ValueError, re.error, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"invalid classifier rules: {e}", file=str(path)) from e


class _Hit(NamedTuple):  # a tuple: hits are made by the hundred per item
    start: int
    end: int
    label: str


class _Field:
    """One field's text, folded, with a way back to the original words for evidence."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.original = unicodedata.normalize("NFC", text)
        self.folded = fold(self.original)
        self.found: dict[str, list[_Hit]] = {}
        self._aligned = len(self.folded) == len(self.original)

    def phrase(self, start: int, end: int) -> str:
        source = self.original if self._aligned else self.folded
        return source[start:end]

    def lead_end(self, roundup: bool = False) -> int:
        """End of the first sentence; of a round-up, the end of its first listed topic."""
        m = re.search(r"[,;:](\s|$)" if roundup else r"[.!?;:](\s|$)", self.folded)
        return m.end() if m else len(self.folded)


def _near(a: _Hit, b: _Hit, window: int) -> bool:
    if a.start < b.end and b.start < a.end:  # one word is not a pair with itself
        return False
    gap = b.start - a.end if a.end <= b.start else a.start - b.end
    return gap <= window


def _pairs(monitors: list[_Hit], workers: list[_Hit], window: int) -> list[tuple[_Hit, _Hit]]:
    """Every (monitoring, worker) pair of hits near each other, monitoring hits first, workers in
    text order. Workers come sorted by start, so each monitoring hit reads only the workers that
    could be within the window, not all of them."""
    if not monitors or not workers:
        return []
    starts = [x.start for x in workers]
    longest = max(x.end - x.start for x in workers)
    pairs = []
    for m in monitors:
        # a worker before m ends at least m.start - window, so starts at least `longest` earlier
        low = bisect.bisect_left(starts, m.start - window - longest)
        for x in workers[low:]:
            if x.start > m.end + window:
                break
            if _near(m, x, window):
                pairs.append((m, x))
    return pairs


_SEPARATOR = "\n.\n"  # between fields in the one scan: no pattern reads across it


def _scan(fields: list[_Field], rules: Rules) -> None:
    """One prefilter and one scan over all fields together; hits are handed back per field."""
    text = _SEPARATOR.join(f.folded for f in fields)
    found = rules.combined.scan(text)
    bounds = []
    start = 0
    for f in fields:
        bounds.append((start, start + len(f.folded)))
        f.found = {family: [] for family in found}
        start += len(f.folded) + len(_SEPARATOR)
    starts = [b[0] for b in bounds]
    for family, hits in found.items():
        for hit in hits:
            index = bisect.bisect_right(starts, hit.start) - 1
            low, high = bounds[index]
            if hit.end > high:  # a hit that straddles two fields counts for neither
                continue
            fields[index].found[family].append(
                hit if not low else _Hit(hit.start - low, hit.end - low, hit.label)
            )


def classify(doc: Document, rules: Rules | None = None) -> Classification:
    rules = rules or load_rules()
    w = rules.scoring
    fields = [
        _Field("title", doc.title or ""),
        _Field("summary", doc.summary or ""),
        _Field("content", (doc.content or "")[:CONTENT_LIMIT]),
    ]
    _scan(fields, rules)
    evidence: list[Evidence] = []
    topics: set[str] = set()
    score = 0.0
    content_score = 0.0
    is_roundup = bool(fields[0].found["roundup"])
    worker_seen = False
    monitoring_seen = False

    for field in fields:
        if not field.folded:
            continue
        workers = field.found["worker"]
        monitors = field.found["monitoring"]
        strongs = field.found["strong"]
        worker_seen = worker_seen or bool(workers)
        monitoring_seen = monitoring_seen or bool(monitors)
        lead = field.lead_end(is_roundup and field.name == "summary")
        field_score = 0.0

        for hit in strongs:
            weight = {"title": w["strong_title"], "summary": w["strong_summary"]}.get(
                field.name, w["strong_content"]
            )
            if is_roundup and field.name == "summary" and hit.start >= lead:
                weight *= w["roundup_factor"]
            field_score = max(field_score, weight)
            topics.add(hit.label)
            evidence.append(
                Evidence(field.name, field.phrase(hit.start, hit.end), f"strong:{hit.label}")
            )

        pairs = _pairs(monitors, workers, int(w["window"]) if field.name != "title" else 10_000)
        if pairs:
            pair_weight = {"title": w["title_pair"], "summary": w["summary_pair"]}.get(
                field.name, w["content_pair"]
            )
            in_lead = any(m.start < lead and x.start < lead for m, x in pairs)
            if field.name == "summary" and in_lead:
                pair_weight += w["lead_bonus"]
            if is_roundup and field.name == "summary" and not in_lead:
                pair_weight *= w["roundup_factor"]
            if field.name == "content":
                pair_weight = min(w["content_cap"], pair_weight * len({m.start for m, _ in pairs}))
            field_score = max(field_score, pair_weight)
            seen_phrases: set[tuple[str, str]] = set()
            for m, x in pairs[:6]:
                topics.add(m.label)
                for hit, concept in ((x, "worker"), (m, f"monitoring:{m.label}")):
                    phrase = field.phrase(hit.start, hit.end)
                    if (phrase.lower(), concept) not in seen_phrases:
                        seen_phrases.add((phrase.lower(), concept))
                        evidence.append(Evidence(field.name, phrase, concept))
        if field.name == "content":
            content_score = field_score
        else:
            score += (
                field_score
                if field.name == "title"
                else field_score * (1.0 if score < w["threshold"] else 0.5)
            )

        if field.name in ("title", "summary"):
            region = field.folded if field.name == "title" else field.folded[:lead]
            others = [h for h in field.found["other"] if h.end <= len(region)]
            lead_workers = [x for x in workers if x.start < len(region)]
            if others and not lead_workers and not strongs:
                penalty = (
                    w["other_subject_title"] if field.name == "title" else w["other_subject_lead"]
                )
                score -= penalty
                evidence.append(
                    Evidence(
                        field.name, field.phrase(others[0].start, others[0].end), "other-subject"
                    )
                )

    score += content_score

    # AI trained on what workers do at their keyboards: worker + training + activity.
    for field in fields if worker_seen and monitoring_seen else []:
        trained = field.found["ai_training"]
        if trained and field.found["worker"]:
            score += w["ai_training_bonus"]
            topics.add("ai-trained-on-worker-data")
            evidence.append(
                Evidence(field.name, field.phrase(trained[0].start, trained[0].end), "ai-training")
            )
            break

    relevant = score >= w["threshold"]
    if relevant:
        for field in fields:
            for hit in field.found["context"]:
                topics.add(hit.label)
    probability = 1.0 / (1.0 + math.exp(-6.0 * (score - w["threshold"])))
    kind, act, authority, jurisdiction = _regulatory(doc, fields, rules)
    fine = _fine(fields) if act == "fine" else None
    return Classification(
        relevant=relevant,
        score=round(probability, 4),
        topics=tuple(sorted(topics)) if relevant else (),
        kind=kind,
        act=act,
        authority=authority,
        jurisdiction=jurisdiction,
        fine=fine,
        evidence=tuple(evidence),
        version=rules.version,
    )


_LAWSUIT = re.compile(r"\b(lawsuits?|sues?|sued|suing|filed|class action|plaintiffs?|plainte)\b")
_RULED = re.compile(
    r"\b(ruled?|ruling|judgment|verdict|decided|upheld|found that|condamn\w*|jug[eé]|entschieden)\b"
)


def _regulatory(
    doc: Document, fields: list[_Field], rules: Rules
) -> tuple[str, str | None, str | None, str | None]:
    """kind, act, authority, jurisdiction."""
    authority: tuple[str, str] | None = None
    for field in fields:
        first = field.found["authority"][:1]
        if first:
            name, jur, _ = rules.authorities[int(first[0].label)]
            authority = (name, jur)
            break
    from_source = doc.source_category in REGULATORY_CATEGORIES
    if authority is None and from_source:
        publisher = fold(doc.source_publisher or "")
        for name, jur, pat in rules.authorities:
            if publisher and pat.search(publisher):
                authority = (name, jur)
                break
        else:
            if doc.source_publisher:
                authority = (doc.source_publisher, doc.source_jurisdiction or "")
    act: str | None = None
    head_fields = fields[:2] if fields[0].folded else fields
    found = {
        h.label
        for f in head_fields
        for h in f.found["acts"]
        if f.name != "content" or h.start < 1500
    }
    act = next((name for name in rules.act_order if name in found), None)
    if act is None and any(h.label == "fine" for h in fields[2].found["acts"]):
        act = "fine"  # a fine stated only in the body
    head = " ".join(f.folded for f in fields[:2])
    if act == "court-ruling" and _LAWSUIT.search(head) and not _RULED.search(head):
        act = None  # a lawsuit filed by a private party is news, not yet a court's act
    regulatory = from_source or (authority is not None and act is not None)
    if not regulatory:
        return "news", None, None, None
    if act is None:
        act = "statement"
    if authority is None:
        return "regulatory", act, None, doc.source_jurisdiction
    return "regulatory", act, authority[0], authority[1] or doc.source_jurisdiction


_CURRENCY = r"(€|£|\$|eur\b|euros?\b|gbp\b|pounds?\b|usd\b|dollars?\b|sek\b|kronor\b|chf\b)"
_NUMBER = r"(\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_SCALE = r"(k\b|thousand\b|millions?\b|million\b|mln\b|mio\.?|millionen\b|milioni\b|millones\b|miljoen\b|m\b|bn\b|billions?\b|milliards?\b|mrd\.?)"
_AMOUNT_AFTER = re.compile(_CURRENCY + r"\s?" + _NUMBER + r"\s?" + _SCALE + "?")
_AMOUNT_BEFORE = re.compile(_NUMBER + r"\s?" + _SCALE + r"?\s?(?:d'|de |of )?" + _CURRENCY)
_CODES = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
          "pounds": "GBP", "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "sek": "SEK",
          "kronor": "SEK", "chf": "CHF"}  # fmt: skip
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mln": 1e6, "mio": 1e6, "mio.": 1e6, "million": 1e6,
           "millions": 1e6, "millionen": 1e6, "milioni": 1e6, "millones": 1e6, "miljoen": 1e6, "bn": 1e9,
           "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "mrd": 1e9, "mrd.": 1e9}  # fmt: skip


def parse_number(text: str) -> float | None:
    digits = text.replace(" ", "")
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        digits = digits.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif "," in digits or "." in digits:
        sep = "," if "," in digits else "."
        groups = digits.split(sep)
        if len(groups) > 2 or len(groups[-1]) == 3:
            digits = digits.replace(sep, "")
        else:
            digits = digits.replace(sep, ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _fine(fields: list[_Field]) -> Fine | None:
    for field in fields:
        text = field.folded if field.name != "content" else field.folded[:2000]
        found = []
        for m in _AMOUNT_AFTER.finditer(text):
            found.append((m.start(), m.group(1), m.group(2), m.group(3)))
        for m in _AMOUNT_BEFORE.finditer(text):
            found.append((m.start(), m.group(3), m.group(1), m.group(2)))
        for _, currency, number, scale in sorted(found):
            value = parse_number(number)
            if value is None or value <= 0:
                continue
            if scale:
                value *= _SCALES.get(
                    scale.strip().rstrip(".") if scale.strip() != "mio." else "mio", 1.0
                )
            code = _CODES.get(currency.strip())
            if code and value >= 100:  # smaller sums are not fines (dates, article numbers)
                return Fine(amount=round(value, 2), currency=code)
    return None
