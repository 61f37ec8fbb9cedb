"""The shipped model adjusted to a reader's labels, for when the labelled corpus is not at hand.

`watcher train --corpus DIR` retrains from scratch on the corpus and the labels. Without the
corpus there is nothing to retrain on, but the shipped model is what the corpus taught: it
serves as the prior. The weights move away from it as little as the labels allow, the SVM's
own objective with the corpus's part replaced by staying near the model the corpus made:

    minimise  1/2 |w - w0|^2 + C * LABEL_WEIGHT * sum over labels of max(0, 1 - y * margin)^2
                            + ANCHOR * sum over the archive's unlabelled items of (margin - margin0)^2

Only the weights of terms the shipped model knows can move, and only of those the labelled items
contain; the bias, the rules' signals and the threshold stay as shipped. The last sum keeps the
archive's other items where they were: without it, six labels on a regulator's items moved the
words every item of that regulator has ("cnil", "publie") as much as the words the six share
with nothing else, and 85 of the regulator's 500 items became relevant. A word in many items
now costs as much to move as it moves them; a word few others have moves freely, and the items
that have it follow. What the change does to items unlike the labelled ones cannot be
measured without the corpus, and `watcher train` says so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from watcher.classify.crossval import CvResult, figures, folds_of
from watcher.classify.features import Features
from watcher.classify.model import Model
from watcher.classify.packed import PackedTerms
from watcher.classify.train import (
    MARGIN_SCALE,
    Prepared,
    occurrences_of,
    rounded,
    versioned,
)
from watcher.classify.train import C as SVM_C

ANCHOR = 0.05  # what moving one unlabelled item's margin by 1 costs, against a label's C * 8
ANCHORS = 2000  # the archive's newest unlabelled items that are held in place


def tune(
    shipped: Model, data: Prepared, rows: Sequence[int], others: Sequence[Features] = ()
) -> Model:
    """The shipped model, moved the least that fits the labelled rows and moves the `others`
    (the archive's unlabelled items) the least."""
    import numpy as np
    from scipy.optimize import minimize

    rows = list(rows)
    if not rows:
        return shipped
    vectors = _vectors(shipped, [data.features[i] for i in rows])
    columns = sorted({k for v in vectors for k in v})
    x = _matrix(vectors, columns)
    held = _matrix(_vectors(shipped, others), columns)
    z0 = np.array([shipped.logits(data.features[i])[0] for i in rows])
    y = np.array([1.0 if data.examples[i].label else -1.0 for i in rows])
    cost = SVM_C * np.array([data.examples[i].weight for i in rows])  # LABEL_WEIGHT each
    # the SVM's margin, from the threshold: labelled items are to land a margin beyond the line
    # the model decides by, as the SVM's own training items land beyond its boundary (the model
    # stores weights times MARGIN_SCALE)
    m0 = (z0 - math.log(shipped.threshold / (1.0 - shipped.threshold))) / MARGIN_SCALE

    def objective(d: Any) -> tuple[float, Any]:
        short = np.maximum(0.0, 1.0 - y * (m0 + x @ d))  # how far short of the margin
        moved = held @ d  # how far the unlabelled items' margins move
        loss = 0.5 * float(d @ d) + float(cost @ (short * short)) + ANCHOR * float(moved @ moved)
        return loss, d + x.T @ (-2.0 * cost * short * y) + held.T @ (2.0 * ANCHOR * moved)

    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # sums in one order: the same labels give the same model
        found = minimize(objective, np.zeros(len(columns)), jac=True, method="L-BFGS-B",
                         options={"maxiter": 1000, "gtol": 1e-9})  # fmt: skip
    terms = dict(shipped.terms)
    for name, step in zip(columns, found.x * MARGIN_SCALE, strict=True):
        idf, weight, *look_alikes = terms[name]  # only the "relevant" weight moves
        terms[name] = (idf, rounded(weight + step), *look_alikes)
    return replace(shipped, terms=PackedTerms.of(terms, len(shipped.classes) + 1))


def _vectors(model: Model, features: Sequence[Features]) -> list[dict[str, float]]:
    """Items as the model reads their text: its terms, weighted and normalised as it weighs
    them. The bias and the rules' signals are left out: every item has them, and a few labels
    moving them would move items that share nothing with the labelled ones. Only the
    "relevant" class's weights move, so an item's logit moves by exactly its vector · the step:
    the look-alike it is weighed against stays the same."""
    vectors: list[dict[str, float]] = []
    for one in features:
        vector: dict[str, float] = {}
        square = 0.0
        for term in occurrences_of(one, model.config):
            entry = model.terms.get(term)
            if entry is not None:
                vector[term] = vector.get(term, 0.0) + entry[0]
                square += entry[0] * entry[0]
        norm = math.sqrt(square) or 1.0
        vectors.append({k: v / norm for k, v in vector.items()})
    return vectors


def _matrix(vectors: list[dict[str, float]], columns: list[str]) -> Any:
    """The vectors as a sparse matrix over `columns` (the terms that may move; others left out):
    thousands of items stay small."""
    from scipy.sparse import csr_matrix

    index = {k: j for j, k in enumerate(columns)}
    values, indices, pointers = [], [], [0]
    for vector in vectors:
        for k in sorted(vector):
            if k in index:
                indices.append(index[k])
                values.append(vector[k])
        pointers.append(len(indices))
    return csr_matrix((values, indices, pointers), shape=(len(vectors), len(columns)))


def cross_validate(
    shipped: Model, data: Prepared, folds: int, others: Sequence[Features] = ()
) -> tuple[CvResult, CvResult]:
    """The shipped model on the labels ("before"), and each label decided by the shipped model
    tuned on the other labels ("after"), in at most `folds` folds grouped by near-duplicates."""
    before = [
        shipped.decide(e.doc, v).score for e, v in zip(data.examples, data.verdicts, strict=True)
    ]
    after = list(before)
    k = min(folds, len(set(data.groups)))
    for train_rows, test_rows in (
        folds_of(data, k) if k >= 2 else []
    ):  # dealt as `train` deals labels
        tuned = tune(shipped, data, train_rows, others)
        for i in test_rows:
            after[i] = tuned.decide(data.examples[i].doc, data.verdicts[i]).score
    ruled = [v.ruled for v in data.verdicts]
    results = []
    for scores in (before, after):
        cv = CvResult([], scores, ruled, shipped.threshold)
        cv.figures = figures(data.examples, cv)
        results.append(cv)
    return results[0], results[1]


def finish(tuned: Model, shipped: Model, after: CvResult, labels: int, folds: int) -> Model:
    model = replace(
        tuned,
        trained_on=[{"tuned from": shipped.version, "labels": labels}],
        cv={
            "folds": folds,
            "grouped": "same URL or half the title's words",
            "labels only": True,
            "learner": f"the shipped model moved the least that fits the labels (C={SVM_C})",
            **after.figures,
        },  # fmt: skip
    )
    return versioned(model)
