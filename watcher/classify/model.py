"""The learned relevance model: plain data (JSON), applied with a dot product in Python.

A model file holds the feature settings, its classes ("relevant", then the kinds of look-alike),
the vocabulary with each term's IDF and its weight for each class, the rules' signals' and the
bias's weights for each class, the threshold and the cross-validated figures it was chosen by.
It is never a pickle: loading it runs no code. A file that is truncated, corrupt or has keys we
do not know is refused with a ModelError naming it.

The shipped model (watcher/classify/model.json) is built by `make model` from the labelled corpus;
`watcher train` writes a reader's model beside the archive (`<archive>.model.json`), which wins
over the shipped one. scikit-learn is needed only to train (watcher.classify.train).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from watcher.classify.decide import RuleVerdict, judge
from watcher.classify.features import FeatureConfig, Features, extract, word_terms
from watcher.classify.rules import Rules
from watcher.exceptions import ModelError
from watcher.models import Classification, Document, Evidence
from watcher.text import json_value

SHIPPED = Path(__file__).parent / "model.json"
FORMAT = "watcher-relevance-model/2"
FORMATS = ("watcher-relevance-model/1", FORMAT)  # 1: one class, "relevant" (no "classes" key)
KEYS = frozenset(
    {"format", "version", "features", "threshold", "bias", "signals", "terms", "trained_on", "cv"}
)
RELEVANT = "relevant"  # the first class; the others are the kinds of look-alike it must outscore
EVIDENCE_WORDS = 3  # the model's phrases shown with an item
EVIDENCE_MIN = 0.05  # smaller pushes are noise, not reasons
RULES_TRUSTED = 0.5  # the rules' verdict stands down to this share of the threshold
WORD_CACHE = 200_000  # words whose shares a process keeps (a few MB)
EXPLAINED = 0.75  # items scoring this share of the threshold or more get the model's evidence


def is_relevant(score: float, threshold: float, rules_by_content: bool) -> bool:
    """The decision: the score at the threshold; or, where the model is unsure, the rules'
    "relevant" when it rests on the body, which the model does not read (the rules read up to
    2,000 characters of it). Where the rules' verdict rests on the title and summary the model
    has read the same words, and decides: so a reader's labels can teach it to disagree."""
    return score >= threshold or (rules_by_content and score >= threshold * RULES_TRUSTED)


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
    terms: dict[str, Sequence[float]]  # text feature → (idf, weight per class)
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
            sums = [0.0] * (len(self.classes) + 1)
            for term in word_terms(word, self.config):
                entry = self.terms.get(term)
                if entry is not None:
                    sums = [a + b for a, b in zip(sums, _shares(entry), strict=True)]
            shares = tuple(sums)
            if len(cache) < WORD_CACHE:
                cache[word] = shares
        return shares

    def _pair(self, pair: str) -> tuple[float, ...] | None:
        """A word pair's shares, as `_word` gives a word's (cached); None for a pair the model
        does not know."""
        cache: dict[str, tuple[float, ...]] = self._pairs  # type: ignore[attr-defined]
        shares = cache.get(pair)
        if shares is None:
            entry = self.terms.get(pair)
            if entry is None:
                return None
            shares = _shares(entry)
            if len(cache) < WORD_CACHE:
                cache[pair] = shares
        return shares

    def logits(self, features: Features) -> tuple[float, int | None, float]:
        """The item's logit (its "relevant" margin less the best look-alike's), which
        look-alike that is (a class index; None for a one-class model), and the norm of its
        text vector. The margins are the occurrences' IDF vectors · the weights, normalised,
        plus the rules' signals and the bias (watcher.classify.features)."""
        cached = self._words.get  # type: ignore[attr-defined]
        word = self._word
        rows = [cached(w) or word(w) for w in features.words]
        pair_shares = self._pair
        for pair in features.pairs:
            shares = pair_shares(pair)
            if shares is not None:
                rows.append(shares)
        width = len(self.classes)
        sums = [sum(c) for c in zip(*rows, strict=True)] if rows else [0.0] * (width + 1)
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
            if len(w) > 1:  # a single letter ("a", the "l" of "l'") tells a reader nothing
                push = n * toward(word(w), rival) / norm
                if push >= EVIDENCE_MIN:
                    pushes[w] = push
        for pair, n in Counter(features.pairs).items():
            shares = self._pair(pair)  # cached when the item was scored
            if shares is not None:
                push = n * toward(shares, rival) / norm
                if push >= EVIDENCE_MIN:
                    pushes[pair[2:]] = push
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
        relevant = is_relevant(p, self.threshold, verdict.by_content)
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
        data = {
            "format": FORMAT,
            "version": self.version,
            "features": self.config.as_dict(),
            "classes": list(self.classes),
            "threshold": self.threshold,
            "bias": list(self.bias),
            "signals": {k: list(v) for k, v in sorted(self.signals.items())},
            "terms": {k: list(v) for k, v in sorted(self.terms.items())},
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


def _weights(value: object, what: str, width: int, one_class: bool) -> tuple[float, ...]:
    """A weight per class: a plain number in a one-class file, a list in the others."""
    if one_class:
        return (_number(value, what),)
    numbers = _numbers(value, width)
    if numbers is None:
        raise ValueError(f"{what} is not a weight per class")
    return tuple(map(float, numbers))


_NUMBER = (int, float)  # as JSON gives numbers (type(True) is bool: not one of them)


def _numbers(value: object, count: int) -> list[float] | None:
    """The JSON list itself when it holds `count` finite numbers, else None: checked in bulk
    and kept as read (no copy), since a model holds tens of thousands of them and loading is
    part of every classify command's start-up and of each parse worker's memory."""
    if not isinstance(value, list) or len(value) != count:
        return None
    if not all(type(x) in _NUMBER for x in value):
        return None
    return value if math.isfinite(sum(value)) else None  # NaN and infinities: not finite


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{what} is not a number")
    return float(value)


def parse(text: str, path: str = "") -> Model:
    """A Model from its JSON text; ModelError naming the file when it is not a usable model."""
    try:
        data = json_value(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        one_class = data.get("format") == FORMATS[0]  # weights as plain numbers, no "classes"
        keys = KEYS if one_class else KEYS | {"classes"}
        unexpected, missing = set(data) - keys, keys - set(data)
        if unexpected:
            raise ValueError(f"unexpected keys {', '.join(sorted(unexpected))}")
        if missing:
            raise ValueError(f"missing keys {', '.join(sorted(missing))}")
        if data["format"] not in FORMATS:
            raise ValueError(f"format {data['format']!r} is not {FORMAT!r}")
        classes = (RELEVANT,) if one_class else tuple(str(c) for c in data["classes"])
        if not classes or classes[0] != RELEVANT or len(set(classes)) != len(classes):
            raise ValueError(f"classes must start with {RELEVANT!r}, each named once")
        width = len(classes)
        features = data["features"]
        if not isinstance(features, dict) or set(features) != set(FeatureConfig().as_dict()):
            raise ValueError("features do not match this version of watcher")
        config = FeatureConfig(**{k: int(v) for k, v in features.items()})
        threshold = _number(data["threshold"], "threshold")
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold is not between 0 and 1")
        terms: dict[str, Sequence[float]] = {}
        for key, entry in data["terms"].items():
            numbers = _numbers(entry, width + 1)
            if numbers is None:
                raise ValueError(f"term {key!r} is not [idf, a weight per class]")
            terms[str(key)] = numbers
        signals = {str(k): _weights(v, k, width, one_class) for k, v in data["signals"].items()}
        if not isinstance(data["version"], str) or not isinstance(data["trained_on"], list):
            raise ValueError("version or trained_on has the wrong type")
        return Model(
            version=data["version"], config=config, threshold=threshold,
            bias=_weights(data["bias"], "bias", width, one_class), signals=signals, terms=terms,
            trained_on=data["trained_on"], cv=dict(data["cv"]), path=path, classes=classes,
        )  # fmt: skip
    except (
        ValueError,
        TypeError,
        AttributeError,
        KeyError,
    ) as e:  # JSONDecodeError is a ValueError
        raise ModelError(f"{path or 'model'}: not a usable model ({e})") from e


def load(path: str | None = None) -> Model:
    """A model file, read once per process (the shipped one when no path is given)."""
    return _load(path or str(SHIPPED))  # one cache entry for the shipped model, however named


@lru_cache(maxsize=4)
def _load(path: str) -> Model:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ModelError(f"{path}: cannot read the model ({e})") from e
    return parse(text, path)


def archive_model_path(archive: Path) -> Path:
    """Where `watcher train` writes a reader's model: beside the archive."""
    return archive.with_name(archive.name + ".model.json")


def active(archive: Path | None, upgrade_note: bool = True) -> tuple[Model, str | None]:
    """The model to classify with: the archive's own if it has one and it loads, else the
    shipped one; and a one-line warning when the archive's was refused (or, with
    `upgrade_note`, was moved from a shipped model this watcher no longer ships)."""
    if archive is not None:
        own = archive_model_path(archive)
        if own.exists():
            try:
                model = load(str(own))
            except ModelError as e:
                return (
                    load(),
                    f"{e}; using the shipped model instead (retrain with 'watcher train')",
                )
            return model, _outdated(model) if upgrade_note else None
    return load(), None


def _outdated(model: Model) -> str | None:
    """A warning when the archive's model was moved from a shipped model this watcher no longer
    ships (after an upgrade): it goes on being used, since it holds the reader's labels."""
    tuned_from = next((t.get("tuned from") for t in model.trained_on if isinstance(t, dict)), None)
    shipped = load().version
    if tuned_from and tuned_from != shipped:
        return (f"{model.path} was moved from the shipped model {tuned_from}, and this watcher "
                f"ships {shipped}: run 'watcher train' (then 'watcher reclassify') to move the new one")  # fmt: skip
    return None


def active_path(archive: Path | None) -> tuple[str, str | None]:
    """`active` as a path, for a poll to hand its workers: an archive's own model is read (to
    refuse a damaged one here, once), the shipped one is not (a poll of unchanged feeds never
    classifies, and the workers read it when they do)."""
    if archive is not None and archive_model_path(archive).exists():
        model, warning = active(archive, upgrade_note=False)  # not every quarter hour from cron
        return model.path, warning
    return str(SHIPPED), None
