"""Document → the rules' verdict: score, topics and evidence a person can read (pure).

An item is relevant to the rules when its main subject is the monitoring, scoring or algorithmic
management of workers (or AI trained on their activity, or the regulation of these): in practice,
when a worker term and a monitoring term stand close together in the title or the summary's
opening, or a term that names the subject outright does. A passing mention deep in the content
counts for little; a title about customers, pupils or police counts against.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from watcher.classify.facts import case_outcome, fine_of, led_by_authority, regulatory_facts
from watcher.classify.objects import (
    add_training_data,
    drop_ai_act_lists,
    drop_studies,
    drop_things_watched,
    drop_time_register,
    drop_watchers,
)
from watcher.classify.prefilter import Hit
from watcher.classify.rules import Rules, load_rules
from watcher.classify.vetoes import ruled_out
from watcher.models import LANDMARK_CASE, Classification, Document, Evidence
from watcher.text import fold

CONTENT_LIMIT = 2000  # characters of content read: the main subject is stated early
# What the rules add to the model's decision (RuleVerdict.ruled, model.is_relevant):
BY_BODY = "body"  # relevant to the rules thanks to the body, which the model hardly reads
DISPUTE = "dispute"  # a strike or a worker's status, no monitoring named: not relevant at any score
# the title names a landmark case with its authority's act: relevant at any score
LANDMARK = "landmark"


class Field:
    """One field's text, folded, with a way back to the original words for evidence."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.original = unicodedata.normalize("NFC", text)
        self.folded = fold(self.original)
        self.found: dict[str, Sequence[Hit]] = {}
        self._aligned = len(self.folded) == len(self.original)
        self._origin: list[int] | None = None  # folded position -> original position, if needed

    def phrase(self, start: int, end: int) -> str:
        """The words a hit covers, as the text wrote them. Where folding changed the length
        ("ß" -> "ss"), folded positions are mapped back character by character."""
        if self._aligned:
            return self.original[start:end]
        if self._origin is None:
            self._origin = [i for i, c in enumerate(self.original) for _ in fold(c)]
        if len(self._origin) != len(self.folded) or not start < end <= len(self._origin):
            return self.folded[start:end]  # a fold that does not go character by character
        return self.original[self._origin[start] : self._origin[end - 1] + 1]

    def lead_end(self, roundup: bool = False) -> int:
        """End of the first sentence; of a round-up, the end of its first listed topic."""
        m = re.search(r"[,;:](\s|$)" if roundup else r"[.!?;:](\s|$)", self.folded)
        return m.end() if m else len(self.folded)


def _near(a: Hit, b: Hit, window: int) -> bool:
    if a.start < b.end and b.start < a.end:  # one word is not a pair with itself ...
        # ... but a monitoring pattern that names the staff it watches is ("score staff"), and
        # so are two that share a word, each with words of its own ("data used to fire" and
        # "fire drivers")
        inside = a.start <= b.start and b.end <= a.end
        return (
            b.end - b.start < a.end - a.start
            if inside
            else not (b.start <= a.start and a.end <= b.end)
        )
    return a.gap(b) <= window


def _pairs(monitors: Sequence[Hit], workers: Sequence[Hit], window: int) -> list[tuple[Hit, Hit]]:
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


def _scan(fields: list[Field], rules: Rules) -> None:
    """One prefilter and one scan over all fields together; hits are handed back per field."""
    text = _SEPARATOR.join(f.folded for f in fields)
    found = rules.combined.scan(text)
    bounds = []
    start = 0
    for f in fields:
        bounds.append((start, start + len(f.folded)))
        f.found = dict(found)  # the families without hits: their shared empty tuple
        start += len(f.folded) + len(_SEPARATOR)
    starts = [b[0] for b in bounds]
    for family, hits in found.items():
        if not hits:
            continue
        split: list[list[Hit]] = [[] for _ in fields]
        for hit in hits:
            index = bisect.bisect_right(starts, hit.start) - 1
            low, high = bounds[index]
            if hit.end > high:  # a hit that straddles two fields counts for neither
                continue
            split[index].append(hit if not low else Hit(hit.start - low, hit.end - low, hit.label))
        for f, part in zip(fields, split, strict=True):
            f.found[family] = part


def _keep_paired(fields: list[Field], window: int) -> None:
    """A monitoring term of the rules' [paired] table counts only beside a worker term in the
    same field (anywhere in the title; elsewhere within the pairs' window): then it is a
    monitoring hit like the others; alone, it is dropped ("Transparenz der Algorithmen" of a
    state's register is no monitoring; "I rider chiedono trasparenza sugli algoritmi" is)."""
    for f in fields:
        weak = f.found["paired"]
        workers = f.found["worker"]
        if not weak or not workers:
            continue
        reach = 10_000 if f.name == "title" else window
        kept = [h for h in weak if any(_near(h, x, reach) for x in workers)]
        if kept:
            f.found["monitoring"] = sorted([*f.found["monitoring"], *kept])


@dataclass(frozen=True)
class RuleVerdict:
    """What the rules make of a document: their own verdict, and what the model reads of them."""

    classification: Classification  # the rules' verdict, score and evidence
    signals: frozenset[str]  # which rule families fired where ("pair@title", "authority", ...)
    topics: tuple[str, ...]  # the topics the rules saw, whatever their verdict
    folded: tuple[str, str, str] = ("", "", "")  # title, summary, content as the rules read them
    # BY_BODY: relevant only thanks to the body (the rules read up to 2,000 characters of it,
    # the model mostly the title and summary: its corpus has no more); DISPUTE: ruled out by one
    # of the rules' vetoes (a strike, a worker's status, pay or a health pass with no monitoring
    # named; a device of people's own or an attack with no worker named; insider misuse: the
    # concepts of models.VETOES); "" the model decides alone
    ruled: str = ""


def classify(doc: Document, rules: Rules | None = None) -> Classification:
    """The rules' verdict alone."""
    return judge(doc, rules).classification


def judge(doc: Document, rules: Rules | None = None) -> RuleVerdict:
    rules = rules or load_rules()
    w = rules.scoring
    fields = [
        Field("title", doc.title or ""),
        Field("summary", doc.summary or ""),
        Field("content", (doc.content or "")[:CONTENT_LIMIT]),
    ]
    _scan(fields, rules)
    drop_watchers(fields, rules)  # first: staff who watch a thing are the subject of its verb
    add_training_data(fields, rules)  # the staff's mail or calls that train AI: watched
    drop_things_watched(fields, rules)
    _keep_paired(fields, int(rules.scoring["window"]))
    drop_studies(fields, rules)  # after the paired terms, which a study measures too
    drop_ai_act_lists(fields, rules)  # the AI Act's bans or high-risk areas listed
    drop_time_register(fields, rules)  # the duty to record working time is no clock
    evidence: list[Evidence] = []
    topics: set[str] = set()
    score = 0.0
    content_score = 0.0
    is_roundup = bool(fields[0].found["roundup"])
    worker_seen = False
    monitoring_seen = False
    strong_seen = False
    signals: set[str] = {"roundup"} if is_roundup else set()
    seen_topics: set[str] = set()

    for field in fields:
        if not field.folded:
            continue
        workers = field.found["worker"]
        monitors = field.found["monitoring"]
        strongs = field.found["strong"]
        worker_seen = worker_seen or bool(workers)
        monitoring_seen = monitoring_seen or bool(monitors)
        strong_seen = strong_seen or bool(strongs)
        for family, hits in (("worker", workers), ("monitoring", monitors), ("strong", strongs),
                             ("context", field.found["context"]),
                             ("status", field.found["status"]), ("public", field.found["public"]),
                             ("breach", field.found["breach"])):  # fmt: skip
            if hits:
                signals.add(f"{family}@{field.name}")
        seen_topics.update(h.label for h in (*monitors, *strongs, *field.found["context"]))
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
            signals.add(f"pair@{field.name}")
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
            # "camera" inside "camera's", or "salariés" inside "surveillance des salariés": the
            # same words, said once
            shown: list[Hit] = list(strongs)
            for m, x in pairs[:6]:
                topics.add(m.label)
                for hit, concept in ((x, "worker"), (m, f"monitoring:{m.label}")):
                    phrase = field.phrase(hit.start, hit.end)
                    inside = any(s.start <= hit.start and hit.end <= s.end for s in shown)
                    if (phrase.lower(), concept) not in seen_phrases and not inside:
                        seen_phrases.add((phrase.lower(), concept))
                        shown.append(hit)
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
                signals.add(f"other@{field.name}")
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
            signals.add("ai-training")
            topics.add("ai-trained-on-worker-data")
            seen_topics.add("ai-trained-on-worker-data")
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
    kind, act, authority, jurisdiction = regulatory_facts(doc, fields, rules)
    fine = fine_of(fields) if act == "fine" else None
    if authority:
        signals.add("authority")
    if act:
        signals.add(f"act:{act}")
    if kind == "regulatory":
        signals.add("regulatory")
    if relevant:
        signals.add("rules-relevant")
    alone = _which_alone(worker_seen, monitoring_seen or strong_seen)
    if alone:
        signals.add(alone)
    ruled = BY_BODY if relevant and score - content_score < w["threshold"] else ""
    dispute = ruled_out(
        fields, monitoring_seen or strong_seen, worker_seen or strong_seen, act, rules
    )
    if dispute:
        ruled = DISPUTE
        evidence.append(dispute)
    elif rules.landmark is not None:  # after the signals: the decision's, not the model's input
        title = fields[0]
        named = any(text in title.folded for text in rules.landmark_required)
        case = _landmark(title, rules.landmark, rules.landmark_topics) if named else None
        if case is not None:
            ruled = LANDMARK
            evidence.append(case[0])
            seen_topics.add(case[1])
            if relevant:
                topics.add(case[1])
    led = led_by_authority(doc, fields, rules) if kind == "news" else None
    if led:  # after the signals: the digest's section, not the model's input
        kind, (authority, jurisdiction, act) = "regulatory", led
    elif kind == "news" and case_outcome(fields, rules):  # the same
        kind, act, jurisdiction = "regulatory", "court-ruling", doc.source_jurisdiction
    verdict = Classification(
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
    folded = (fields[0].folded, fields[1].folded, fields[2].folded)
    return RuleVerdict(verdict, frozenset(signals), tuple(sorted(seen_topics)), folded, ruled)


def _landmark(
    title: Field, cases: re.Pattern[str], topics: Sequence[str]
) -> tuple[Evidence, str] | None:
    """A landmark case of the field named in the title with its authority's or court's act
    ("Amazon France Logistique: Conseil d'État halves the CNIL's fine"), and its topic (the
    label of the group that matched): the retellings of the best-known fines and rulings name
    the firm and the act, rarely the workers or the monitoring (the rules file's [landmark])."""
    m = cases.search(title.folded)
    if m is None or m.lastgroup is None:
        return None
    return Evidence(title.name, title.phrase(*m.span()), LANDMARK_CASE), topics[
        int(m.lastgroup[1:])
    ]


def _which_alone(worker: bool, monitoring: bool) -> str | None:
    """Which of worker and monitoring words (a term naming the subject counts as monitoring)
    the item lacks, if any: one signal, so the model can weigh worker words without monitoring
    (home-office law, riders' pay) apart from worker words beside monitoring, which a sum of the
    two cannot tell. Items with both get none (the baseline the three are weighed against)."""
    if worker and monitoring:
        return None
    if worker:
        return "worker-alone"
    return "monitoring-alone" if monitoring else "neither"
