"""The learned relevance model: plain data (JSON), applied with a dot product in Python.

A model holds the feature settings, its classes ("relevant", then the kinds of look-alike), the
vocabulary with each term's IDF and its weight for each class, the rules' signals' and the
bias's weights for each class, the threshold and the cross-validated figures it was chosen by.
Reading, checking and choosing a model file is watcher.classify.modelfile; scikit-learn is
needed only to train (watcher.classify.train).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import mul
from typing import Any

from watcher.classify.decide import BY_BODY, DISPUTE, LANDMARK, RuleVerdict, judge
from watcher.classify.features import FeatureConfig, Features, extract, word_terms
from watcher.classify.packed import PackedTerms, pack
from watcher.classify.rules import Rules
from watcher.models import Classification, Document, Evidence

FORMAT = "watcher-relevance-model/3"  # 3: terms packed (watcher.classify.packed)
RELEVANT = "relevant"  # the first class; the others are the kinds of look-alike it must outscore
EVIDENCE_WORDS = 3  # the model's phrases shown with an item
EVIDENCE_MIN = 0.05  # smaller pushes are noise, not reasons
RULES_TRUSTED = 0.5  # the rules' verdict stands down to this share of the threshold
WORD_CACHE = 200_000  # words whose shares a process keeps (a few MB)
_UNSEEN: tuple[float, ...] = ()  # a pair not looked up yet (real shares are never empty)
EXPLAINED = 0.75  # items scoring this share of the threshold or more get the model's evidence
# Words the model weighs but a reader learns nothing from ("the" +0.16): left out of evidence,
# alone or in a word pair, so that the next word that pushed the item is shown instead. Written
# as the model folds them (German umlauts as "ue": "für" is "fuer", watcher.classify.features).
FUNCTION_WORDS = frozenset(
    "the of and to in on for at by with from an as is are was be its their his her this that "
    "these those it or but not no has have had will would can could into over about after "
    "you your we our they them which who what when where how than also been were do does "
    "le la les un une des du de et en au aux par pour sur dans est sont ses son sa leur leurs "
    "qui que ce cette ces ne pas plus avec il elle ils nous vous ou mais "
    "der die das den dem des ein eine einen einem einer eines und im am zu zum zur von vom mit "
    "auf fuer ueber ist sind bei aus wie wird werden nicht auch sich ihre ihren ihrer seine "
    "seinen seiner es er sie als oder nach wenn dass darf duerfen kann koennen muss muessen "
    "il lo gli una di del della delle dei degli al alla alle nel nella per con su che non e suo sua "
    "suoi sue dell nell all sull dall anche come sono tra durante "
    "el los las uno unos unas y del con por para se al lo que es son su sus como sobre entre "
    "het een van en op te voor met aan bij uit is zijn niet ook dat die worden wordt "
    "hun haar je jouw uw u ze zij hij er als om naar of wat mag moet kan".split()
)


def is_relevant(score: float, threshold: float, ruled: str = "") -> bool:
    """The decision: the score at the threshold; or, where the model is unsure, the rules'
    "relevant" when it rests on the body, which the model does not read (the rules read up to
    2,000 characters of it; `ruled` is BY_BODY). Where the rules' verdict rests on the title and
    summary the model has read the same words, and decides: so a reader's labels can teach it
    to disagree. One exception: an item one of the rules' vetoes rules out (`ruled` is DISPUTE:
    a strike with no monitoring named, a device of people's own with no worker named ...; the
    concepts of models.VETOES) is not relevant at any score; and one the other way: an item whose
    title names a landmark case with its authority's act (`ruled` is LANDMARK) is relevant at any
    score."""
    if ruled == DISPUTE:
        return False
    if ruled == LANDMARK:
        return True
    return score >= threshold or (ruled == BY_BODY and score >= threshold * RULES_TRUSTED)


@dataclass(frozen=True)
class Model:
    """A linear model with one weight per class for each term and signal. The first class is
    "relevant"; the others (if any) are the kinds of look-alike the corpus names (others
    watched, consumer data, work without monitoring ...): an item's logit is its "relevant"
    margin less the best of theirs, so it must outscore each kind: one "not relevant" class
    would draw a single line against all of them."""

    version: str
    config: FeatureConfig
    threshold: float
    bias: tuple[float, ...]  # per class
    signals: dict[str, tuple[float, ...]]  # "r:<signal>" → weight per class
    terms: PackedTerms  # text feature → (idf, weight per class)
    trained_on: list[dict[str, Any]]
    cv: dict[str, Any]
    path: str = ""
    classes: tuple[str, ...] = (RELEVANT,)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_words", {})  # word → its shares (dots, square), filled on use
        object.__setattr__(self, "_pairs", {})  # the same for word pairs the model knows

    def _word(self, word: str) -> tuple[float, ...]:
        """A word occurrence's share of each class's dot product, then of the squared norm
        (cached)."""
        cache: dict[str, tuple[float, ...]] = self._words  # type: ignore[attr-defined]
        shares = cache.get(word)
        if shares is None:
            found = self.terms.rows(word_terms(word, self.config))
            if found:  # each class's sum over the word's terms, in their order, then the IDFs'
                idfs, *weights = zip(*found, strict=True)
                shares = (*[sum(map(mul, idfs, w)) for w in weights], sum(map(mul, idfs, idfs)))
            else:
                shares = (0.0,) * (len(self.classes) + 1)
            if len(cache) < WORD_CACHE:
                cache[word] = shares
        return shares

    def _pair(self, pair: str) -> tuple[float, ...] | None:
        """A word pair's shares, as `_word` gives a word's (cached); None for a pair the model
        does not know."""
        cache: dict[str, tuple[float, ...] | None] = self._pairs  # type: ignore[attr-defined]
        shares = cache.get(pair, _UNSEEN)
        if shares is _UNSEEN:  # most pairs are unknown to the model: those are cached too
            entry = self.terms.get(pair)
            shares = None if entry is None else _shares(entry)
            if len(cache) < WORD_CACHE:
                cache[pair] = shares
        return shares

    def logits(self, features: Features) -> tuple[float, int | None, float]:
        """The item's logit (its "relevant" margin less the best look-alike's), which
        look-alike that is (a class index; None for a one-class model), and the norm of its
        text vector. The margins are the occurrences' IDF vectors · the weights, normalised,
        plus the rules' signals and the bias (watcher.classify.features)."""
        # looked up in C (map over the caches' get), the misses then filled in: most words
        # and pairs of an item have been seen before
        words: dict[str, tuple[float, ...]] = self._words  # type: ignore[attr-defined]
        pairs: dict[str, tuple[float, ...] | None] = self._pairs  # type: ignore[attr-defined]
        rows = list(map(words.get, features.words))
        if None in rows:
            word = self._word
            rows = [row or word(w) for row, w in zip(rows, features.words, strict=True)]
        shares = list(map(pairs.get, features.pairs, repeat(_UNSEEN)))
        if _UNSEEN in shares:
            shares = [self._pair(p) for p in features.pairs]
        rows += filter(None, shares)  # None: a pair the model does not know (shares never empty)
        width = len(self.classes)
        sums = list(map(sum, zip(*rows, strict=True))) if rows else [0.0] * (width + 1)
        norm = math.sqrt(sums[-1]) or 1.0
        signals = self.signals
        found = [signals[s] for s in features.signals if s in signals]
        by_class = zip(*found, strict=True) if found else [()] * width
        # a class's margin: its bias, its dot product normalised, then its signals' weights
        margins = [
            sum(weights, bias + dot / norm)
            for bias, dot, weights in zip(self.bias, sums[:-1], by_class, strict=True)
        ]
        if len(margins) == 1:
            return margins[0], None, norm
        rival = max(range(1, len(margins)), key=margins.__getitem__)
        return margins[0] - margins[rival], rival, norm

    def _score(self, features: Features) -> tuple[float, float, int | None]:
        """The score, sigmoid(logit); the norm; the look-alike it was weighed against."""
        z, rival, norm = self.logits(features)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z)))), norm, rival

    def toward(self, weights: tuple[float, ...], rival: int | None) -> float:
        """A term's or signal's weight toward "relevant" against the given look-alike."""
        return weights[0] - weights[rival] if rival is not None else weights[0]

    def evidence(
        self, features: Features, norm: float, relevant: bool, rival: int | None = None
    ) -> list[Evidence]:
        """The words (with their character n-grams) and word pairs that pushed the item up
        most, each with its push on the score's logit (against the look-alike it was weighed
        against), single letters left out; then the rules' signals that weigh most; for an
        item under the line, also those that held it back (another subject leading,
        employment status ...)."""
        pushes: dict[str, float] = {}  # only pushes a reader is shown: up, and not noise
        word = self._word
        toward = self.toward
        for w, n in Counter(features.words).items():
            # a single letter ("a", the "l" of "l'"), a function word or a bare number ("12" of a
            # case number, "35" of "35 millions") tells a reader nothing
            if len(w) > 1 and w not in FUNCTION_WORDS and not w.isdigit():
                push = n * toward(word(w), rival) / norm
                if push >= EVIDENCE_MIN:
                    pushes[features.shown(w)] = push
        for pair, n in Counter(features.pairs).items():
            shares = self._pair(pair)  # cached when the item was scored
            if shares is not None and not FUNCTION_WORDS.intersection(pair[2:].split()):
                push = n * toward(shares, rival) / norm
                if push >= EVIDENCE_MIN:
                    pushes[" ".join(map(features.shown, pair[2:].split()))] = push
        best = sorted(pushes.items(), key=lambda kv: (-kv[1], kv[0]))[:EVIDENCE_WORDS]
        found = [Evidence("text", phrase, "model", round(push, 2)) for phrase, push in best]
        # the rules' signals the model weighs most ("pair@title": worker + monitoring in the title)
        rules = sorted(
            (
                (toward(self.signals[s], rival), s[2:])
                for s in features.signals
                if s in self.signals
            ),
            reverse=True,
        )
        found += [
            Evidence("rules", describe(name), "model", round(w, 2))
            for w, name in rules[:2]
            if w >= EVIDENCE_MIN
        ]
        if not relevant:
            found += [
                Evidence("rules", describe(name), "model", round(w, 2))
                for w, name in sorted(rules)[:2]
                if w <= -EVIDENCE_MIN
            ]
            # what the model takes it for: "[model] look-alike: others watched"
            if rival is not None:
                found.append(Evidence("model", self.classes[rival], "look-alike"))
        return found

    def classify(self, doc: Document, rules: Rules | None = None) -> Classification:
        """The model decides; the rules give their evidence, the topics and the facts."""
        verdict = judge(doc, rules)
        return self.decide(doc, verdict)

    def decide(self, doc: Document, verdict: RuleVerdict) -> Classification:
        features = extract(doc, verdict, self.config)
        p, norm, rival = self._score(features)
        ruled = verdict.classification
        relevant = is_relevant(p, self.threshold, verdict.ruled)
        evidence = ruled.evidence
        if p >= self.threshold * EXPLAINED:  # near or over the line: say which words pushed it
            evidence += tuple(self.evidence(features, norm, relevant, rival))
        return Classification(
            relevant=relevant,
            score=round(p, 4),
            topics=(ruled.topics or verdict.topics) if relevant else (),
            kind=ruled.kind,
            act=ruled.act,
            authority=ruled.authority,
            jurisdiction=ruled.jurisdiction,
            fine=ruled.fine,
            evidence=evidence,
            version=ruled.version,
            model=self.version,
        )

    def to_json(self) -> str:
        names, weights = pack(self.terms, len(self.classes) + 1)
        data = {
            "format": FORMAT,
            "version": self.version,
            "features": self.config.as_dict(),
            "classes": list(self.classes),
            "threshold": self.threshold,
            "bias": list(self.bias),
            "signals": {k: list(v) for k, v in sorted(self.signals.items())},
            "terms": names,
            "weights": weights,
            "trained_on": self.trained_on,
            "cv": self.cv,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


_FAMILIES = {
    "worker": "a worker term", "monitoring": "a monitoring term", "strong": "a term naming the subject",
    "pair": "a worker and a monitoring term together", "other": "another subject leading",
    "context": "a work setting", "status": "who counts as an employee (employment status)",
    "public": "a public place or neighbours", "breach": "a data breach or attack",
}  # fmt: skip
_SIGNALS = {
    "rules-relevant": "the rules' own verdict", "authority": "an authority named",
    "regulatory": "a regulator's or court's act", "ai-training": "AI trained on workers' activity",
    "roundup": "a round-up of decisions", "worker-alone": "worker terms and no monitoring term",
    "monitoring-alone": "a monitoring term and no worker term",
    "neither": "neither a worker nor a monitoring term",
}  # fmt: skip


def describe(signal: str) -> str:
    """A rules' signal as a reader reads it: "pair@title" → "a worker and a monitoring term
    together in the title"."""
    if "@" in signal:
        family, field = signal.split("@", 1)
        return f"{_FAMILIES.get(family, family)} in the {field}"
    if signal.startswith("act:"):
        return f"the act: {signal[4:].replace('-', ' ')}"
    return _SIGNALS.get(signal, signal)


def _shares(entry: Sequence[float]) -> tuple[float, ...]:
    """A term's (idf, weights...) as its share of each class's dot product, then of the squared
    norm."""
    idf = entry[0]
    return (*(idf * w for w in entry[1:]), idf * idf)
