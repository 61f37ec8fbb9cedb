"""Grouped cross-validation of the model `train` fits, and the threshold it chooses.

Near-duplicates (the same URL, or titles sharing half their words) are kept in one fold, so a
story told twice cannot be learnt from one telling and tested on the other. The threshold is
chosen on the out-of-fold predictions: precision first (at least 0.95), then the best F1 that
allows, since a digest drowns in false positives before it misses a true one. The final model
takes that threshold and the figures (`finish`). scikit-learn is imported only when folds are
split and models fitted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from watcher.classify.model import Model, is_relevant
from watcher.classify.train import (
    FOLDS,
    MARGIN_SCALE,
    SEED,
    C,
    Example,
    Folds,
    Prepared,
    fit,
    versioned,
)
from watcher.exceptions import ConfigError
from watcher.models import Classification

THRESHOLD_SEEDS = 3  # fold assignments whose out-of-fold scores, pooled, choose the threshold
SEEDS_MIN_ITEMS = 300  # below this, each assignment's models score on a scale of their own
PRECISION_FLOOR = 0.95  # the threshold keeps cross-validated precision at least this high
BETA = 0.5  # where no threshold reaches the floor: the best F-beta (precision weighs more)
# F1 is flat near its best: within this of it, the highest threshold (precision first). One
# item more or less tipped the line between 0.58 and 0.60, whose F1 were equal to 0.0005.
F1_TOLERANCE = 0.001
THRESHOLD_RULE = (
    f"the highest within {F1_TOLERANCE} of the best F1 at precision >= {PRECISION_FLOOR:.2f}"
    f" out of fold, over {THRESHOLD_SEEDS} fold assignments pooled"
)


@dataclass
class CvResult:
    """Out-of-fold decisions for every example, and the threshold they choose."""

    decisions: list[Classification]
    probabilities: list[float]
    ruled: list[str]  # what the rules add to each decision (RuleVerdict.ruled, model.is_relevant)
    threshold: float = 0.5
    figures: dict[str, Any] = field(default_factory=dict)

    def relevant(self, i: int) -> bool:
        """As the installed model would decide, at the threshold chosen out of fold."""
        return is_relevant(self.probabilities[i], self.threshold, self.ruled[i])


def folds_of(data: Prepared, folds: int, seed: int = SEED) -> Folds:
    """Train and test rows of each fold. The corpus is split on its own, so its folds are the
    same with or without the reader's labels (`train`'s "before" is `eval --cv`'s figure); each
    label then joins the fold of a near-duplicate corpus item, or is dealt in turn, relevant and
    not relevant apart. Split once for each count and seed (about 1.7 s for the corpus), as
    `train`'s "before" and "after" both ask."""
    if (folds, seed) not in data.splits:
        data.splits[folds, seed] = _split(data, folds, seed)
    return data.splits[folds, seed]


def _split(data: Prepared, folds: int, seed: int) -> Folds:
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    corpus = [i for i, e in enumerate(data.examples) if not e.from_reader]
    y = np.array([int(data.examples[i].label) for i in corpus])
    tests: list[list[int]] = [[] for _ in range(folds)]
    fold_of_group: dict[int, int] = {}
    groups = [data.groups[i] for i in corpus]
    stories = len(set(groups))
    if 0 < stories < folds:  # each fold must test at least one story
        fewer = (
            f"use {stories} folds or fewer" if stories > 1 else "add items that tell other stories"
        )
        raise ConfigError(
            f"the corpus tells {stories} distinct {'story' if stories == 1 else 'stories'} "
            f"(near-duplicates count once), fewer than the {folds} folds: {fewer}"
        )
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    for k, (_, test) in enumerate(
        splitter.split(np.zeros(len(corpus)), y, groups) if corpus else []
    ):
        for j in test.tolist():
            tests[k].append(corpus[j])
            fold_of_group[groups[j]] = k
    dealt = {True: 0, False: 0}
    for i, e in enumerate(data.examples):
        if not e.from_reader:
            continue
        if data.groups[i] not in fold_of_group:
            fold_of_group[data.groups[i]] = dealt[e.label] % folds
            dealt[e.label] += 1
        tests[fold_of_group[data.groups[i]]].append(i)
    everyone = range(len(data.examples))
    return [(sorted(set(everyone) - set(test)), sorted(test)) for test in tests]


def cross_validate(data: Prepared, folds: int = FOLDS, learn_from_reader: bool = True) -> CvResult:
    """Grouped k-fold: each example is decided by a model that never saw it or its near
    duplicates. Without `learn_from_reader`, folds train on corpus items only and the threshold
    is chosen on them alone (the "before": the model the corpus alone gives, `eval --cv`'s
    threshold, judged on every item). The decisions and figures are those of the first fold
    assignment; the threshold is chosen on the out-of-fold scores of THRESHOLD_SEEDS
    assignments pooled, since F1 is flat near its best and one assignment alone moves the best
    by 0.05 or more (and the median of three choices moved by 0.04 when one corpus item's facts
    changed). On a corpus smaller than SEEDS_MIN_ITEMS each assignment's models score on a scale
    of their own (a threshold from one does not fit another's scores): there the first alone
    chooses."""
    chosen = [i for i, e in enumerate(data.examples) if learn_from_reader or not e.from_reader]
    labels = [data.examples[i].label for i in chosen]
    ruled = [v.ruled for v in data.verdicts]
    seeds = THRESHOLD_SEEDS if len(data.examples) >= SEEDS_MIN_ITEMS else 1
    runs = [_out_of_fold(data, folds, learn_from_reader, SEED + k) for k in range(seeds)]
    decisions, probabilities = runs[0]
    result = CvResult(decisions, probabilities, ruled)
    result.threshold = choose_threshold(
        [run[i] for _, run in runs for i in chosen],
        labels * len(runs),
        [ruled[i] for i in chosen] * len(runs),
    )
    result.figures = figures(data.examples, result)
    return result


def _out_of_fold(
    data: Prepared, folds: int, learn_from_reader: bool, seed: int
) -> tuple[list[Classification], list[float]]:
    decisions: list[Classification | None] = [None] * len(data.examples)
    for train_rows, test_rows in folds_of(data, folds, seed):
        rows = [i for i in train_rows if learn_from_reader or not data.examples[i].from_reader]
        model = fit(data, rows)
        for i in test_rows:
            decisions[i] = model.decide(data.examples[i].doc, data.verdicts[i])
    done = [d for d in decisions if d is not None]
    return done, [d.score for d in done]


def _counts(pairs: Iterable[tuple[bool, bool]]) -> dict[str, Any]:
    tp = fp = fn = n = 0
    for gold, predicted in pairs:
        n += 1
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"n": n, "positives": tp + fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}  # fmt: skip


def choose_threshold(
    probabilities: Sequence[float], labels: Sequence[bool], ruled: Sequence[str]
) -> float:
    """Precision first: of the thresholds whose out-of-fold precision is at least
    PRECISION_FLOOR, the highest whose F1 is within F1_TOLERANCE of the best; where none reaches
    the floor, the one with the best F0.5."""
    scored = []
    for step in range(10, 96):
        t = step / 100
        decided = (
            is_relevant(score, t, says) for score, says in zip(probabilities, ruled, strict=True)
        )
        c = _counts(zip(labels, decided, strict=True))
        p, r = c["precision"], c["recall"]
        scored.append((t, p, c["f1"], (1 + BETA**2) * p * r / (BETA**2 * p + r) if p + r else 0.0))
    # a threshold that decides nothing relevant has no precision to speak of (it counts as 1.0)
    precise = [(t, f1) for t, p, f1, _ in scored if p >= PRECISION_FLOOR and f1 > 0]
    if not precise:
        return max(scored, key=lambda row: (row[3], row[0]))[0]
    best = max(f1 for _, f1 in precise)
    return max(t for t, f1 in precise if f1 >= best - F1_TOLERANCE)


def figures(examples: Sequence[Example], cv: CvResult) -> dict[str, Any]:
    def of(selected: Iterable[int]) -> dict[str, Any]:
        return _counts((examples[i].label, cv.relevant(i)) for i in selected)

    everyone = range(len(examples))
    languages = sorted({e.language for e in examples})
    kinds = sorted({e.kind for e in examples})
    return {
        "overall": of(everyone),
        "corpus": of(i for i in everyone if not examples[i].from_reader),
        "labels": of(i for i in everyone if examples[i].from_reader),
        "by_language": {x: of(i for i in everyone if examples[i].language == x) for x in languages},
        "by_kind": {x: of(i for i in everyone if examples[i].kind == x) for x in kinds},
    }


def finish(model: Model, cv: CvResult, trained_on: list[dict[str, Any]], folds: int) -> Model:
    """The final model with its threshold, provenance, figures and a version from its content."""
    model = replace(
        model,
        threshold=cv.threshold,
        trained_on=trained_on,
        cv={
            "folds": folds,
            "grouped": "same URL or half the title's words",
            "seed": SEED,
            "learner": f"linear SVM (squared hinge), one class per kind of look-alike against "
            f"the rest, C={C}; score = sigmoid({MARGIN_SCALE} x (the relevant margin less the "
            "best look-alike's))",
            "threshold": THRESHOLD_RULE,
            **cv.figures,
        },  # fmt: skip
    )
    return versioned(model)
