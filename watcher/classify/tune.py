"""The shipped model adjusted to a reader's labels, for when the labelled corpus is not at hand.

`watcher train --corpus DIR` retrains from scratch on the corpus and the labels. Without the
corpus there is nothing to retrain on, but the shipped model is what the corpus taught: it
serves as the prior. The weights move away from it as little as the labels allow, the SVM's
own objective with the corpus's part replaced by staying near the model the corpus made:

    minimise  1/2 |w - w0|^2 + C * LABEL_WEIGHT * sum over labels of max(0, 1 - y * margin)^2

Only the weights of terms the shipped model knows can move, and only of those the labelled items
contain; the bias, the rules' signals and the threshold stay as shipped. What the change does to items unlike the labelled
ones cannot be measured without the corpus, and `watcher train` says so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from watcher.classify.model import Model
from watcher.classify.train import (
    MARGIN_SCALE,
    CvResult,
    Prepared,
    figures,
    folds_of,
    occurrences_of,
    rounded,
    versioned,
)
from watcher.classify.train import C as SVM_C


def tune(shipped: Model, data: Prepared, rows: Sequence[int]) -> Model:
    """The shipped model, moved the least that fits the labelled rows."""
    import numpy as np
    from scipy.optimize import minimize

    rows = list(rows)
    columns, x, z0 = _vectors(shipped, data, rows)
    if not rows:
        return shipped
    y = np.array([1.0 if data.examples[i].label else -1.0 for i in rows])
    cost = SVM_C * np.array([data.examples[i].weight for i in rows])  # LABEL_WEIGHT each
    # the SVM's margin, from the threshold: labelled items are to land a margin beyond the line
    # the model decides by, as the SVM's own training items land beyond its boundary (the model
    # stores weights times MARGIN_SCALE)
    m0 = (z0 - math.log(shipped.threshold / (1.0 - shipped.threshold))) / MARGIN_SCALE

    def objective(d: Any) -> tuple[float, Any]:
        short = np.maximum(0.0, 1.0 - y * (m0 + x @ d))  # how far short of the margin
        loss = 0.5 * float(d @ d) + float(cost @ (short * short))
        return loss, d + x.T @ (-2.0 * cost * short * y)

    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # sums in one order: the same labels give the same model
        found = minimize(objective, np.zeros(len(columns)), jac=True, method="L-BFGS-B",
                         options={"maxiter": 1000, "gtol": 1e-9})  # fmt: skip
    terms = dict(shipped.terms)
    for name, step in zip(columns, found.x * MARGIN_SCALE, strict=True):
        idf, weight, *look_alikes = terms[name]  # only the "relevant" weight moves
        terms[name] = (idf, rounded(weight + step), *look_alikes)
    return replace(shipped, terms=terms)


def _vectors(model: Model, data: Prepared, rows: list[int]) -> tuple[list[str], Any, Any]:
    """The rows as the model reads their text (its terms), and their logits now. The bias and
    the rules' signals stay as they are: every item has them, and a few labels moving them
    would move items that share nothing with the labelled ones. Only the "relevant" class's
    weights move, so a row's logit moves by exactly x · the step: the look-alike it is weighed
    against stays the same."""
    import numpy as np

    vectors: list[dict[str, float]] = []
    for i in rows:
        vector: dict[str, float] = {}
        square = 0.0
        for term in occurrences_of(data.features[i], model.config):
            entry = model.terms.get(term)
            if entry is not None:
                vector[term] = vector.get(term, 0.0) + entry[0]
                square += entry[0] * entry[0]
        norm = math.sqrt(square) or 1.0
        vectors.append({k: v / norm for k, v in vector.items()})
    from scipy.sparse import csr_matrix

    columns = sorted({k for v in vectors for k in v})
    index = {k: j for j, k in enumerate(columns)}
    values, indices, pointers = [], [], [0]
    for vector in vectors:  # sparse: thousands of labels stay small
        for k in sorted(vector):
            indices.append(index[k])
            values.append(vector[k])
        pointers.append(len(indices))
    x = csr_matrix((values, indices, pointers), shape=(len(rows), len(columns)))
    logits = np.array([model.logits(data.features[i])[0] for i in rows])
    return columns, x, logits


def cross_validate(shipped: Model, data: Prepared, folds: int) -> tuple[CvResult, CvResult]:
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
        tuned = tune(shipped, data, train_rows)
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
