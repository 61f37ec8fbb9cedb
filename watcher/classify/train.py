"""Labelled items → a relevance Model, and honest figures for it: grouped cross-validation.

The only module that imports scikit-learn (and numpy, scipy). Near-duplicates (the same URL, or
titles sharing half their words) are kept in one fold, so a story told twice cannot be learnt
from one telling and tested on the other. The threshold is chosen on the out-of-fold
predictions: precision first (at least 0.95), then the best F1 that allows, since a digest
drowns in false positives before it misses a true one. Fixed seed, sorted vocabulary, rounded
weights: the same files give the same model byte for byte.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from watcher.classify.decide import RuleVerdict, judge
from watcher.classify.features import FeatureConfig, Features, extract, word_terms
from watcher.classify.groups import near_duplicate_groups
from watcher.classify.lookalike import look_alike
from watcher.classify.model import FORMAT, RELEVANT, Model, is_relevant
from watcher.classify.packed import PackedTerms
from watcher.exceptions import ConfigError
from watcher.models import Classification, Document
from watcher.text import json_lines, json_value

# inverse regularisation: chosen by grouped CV on the corpus (docs/classification-history.md)
C = 2.0
MARGIN_SCALE = 2.0  # score = sigmoid(2 x margin): a margin of +-1 (the SVM's edge) is 0.88 / 0.12
SEED = 0
THRESHOLD_SEEDS = 3  # fold assignments whose out-of-fold scores, pooled, choose the threshold
SEEDS_MIN_ITEMS = 300  # below this, each assignment's models score on a scale of their own
FOLDS = 5
LABEL_WEIGHT = 8.0  # a reader's label counts as this many corpus items: a few must move the model
MIN_DF = 2  # a term seen in one training item only is noise
PRECISION_FLOOR = 0.95  # the threshold keeps cross-validated precision at least this high
BETA = 0.5  # where no threshold reaches the floor: the best F-beta (precision weighs more)
# F1 is flat near its best: within this of it, the highest threshold (precision first). One
# item more or less tipped the line between 0.58 and 0.60, whose F1 were equal to 0.0005.
F1_TOLERANCE = 0.001
THRESHOLD_RULE = (
    f"the highest within {F1_TOLERANCE} of the best F1 at precision >= {PRECISION_FLOOR:.2f}"
    f" out of fold, over {THRESHOLD_SEEDS} fold assignments pooled"
)
DIGITS = 5  # decimals kept of each weight: more is noise, and a smaller file


@dataclass(frozen=True)
class Example:
    id: str
    doc: Document
    label: bool
    language: str
    kind: str
    url: str = ""
    weight: float = 1.0
    from_reader: bool = False  # a label given with `watcher label`
    why: str = ""  # why it is (not) relevant: the corpus's reason, a reader's note

    @property
    def target(self) -> str:
        """The class it trains: "relevant", or the kind of look-alike it is."""
        return RELEVANT if self.label else look_alike(self.why)


Folds = list[tuple[list[int], list[int]]]  # each fold's train rows and test rows


@dataclass
class Prepared:
    """Examples with their rules' verdicts and features, computed once for every fold."""

    examples: list[Example]
    verdicts: list[RuleVerdict]
    features: list[Features]
    groups: list[int]
    config: FeatureConfig
    occurrences: list[list[str]]  # each item's terms (occurrences_of), read by every fit
    splits: dict[tuple[int, int], Folds] = field(default_factory=dict, repr=False)  # folds_of's


def read_corpus(paths: Iterable[Path], lookup: Any) -> tuple[list[Example], list[dict[str, Any]]]:
    """Examples from labelled JSON Lines files (or folders of them), and what was read."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise ConfigError("no labelled .jsonl files in the training corpus")
    examples, read = [], []
    for file in files:
        try:
            raw = file.read_bytes()
        except OSError as e:
            raise ConfigError(f"cannot read the corpus: {e}", file=str(file)) from e
        count = 0
        for number, line in enumerate(json_lines(raw), 1):
            if not line.strip():
                continue
            try:
                obj = json_value(line)
                label = obj["label"]
                if label not in (0, 1):
                    raise ValueError("label is not 0 or 1")
            except (ValueError, KeyError, TypeError) as e:
                raise ConfigError(f"not a labelled item ({e})", file=str(file), line=number) from e
            examples.append(
                Example(
                    id=str(obj.get("id") or f"{file.name}:{number}"),
                    doc=lookup.document(obj),
                    label=bool(label),
                    language=str(obj.get("language") or "?"),
                    kind=str(obj.get("kind") or "?"),
                    url=str(obj.get("url") or ""),
                    why=str(obj.get("reason") or ""),
                )  # fmt: skip
            )
            count += 1
        read.append(
            {"file": file.name, "items": count, "sha256": hashlib.sha256(raw).hexdigest()[:16]}
        )
    return examples, read


def prepare(examples: list[Example], config: FeatureConfig) -> Prepared:
    verdicts = [judge(e.doc) for e in examples]
    features = [extract(e.doc, v, config) for e, v in zip(examples, verdicts, strict=True)]
    occurrences = [occurrences_of(f, config) for f in features]
    return Prepared(
        examples,
        verdicts,
        features,
        near_duplicate_groups([(e.url, e.doc.title) for e in examples]),
        config,
        occurrences,
    )


def fit(data: Prepared, rows: Sequence[int], threshold: float = 0.5) -> Model:
    """A model fitted on the given rows of the prepared data."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.svm import LinearSVC

    occurrences = [data.occurrences[i] for i in rows]
    df: Counter[str] = Counter()
    for terms in occurrences:
        df.update(set(terms))
    n = len(rows)
    vocabulary = sorted(k for k, c in df.items() if c >= MIN_DF)
    idf = {k: round(math.log((1 + n) / (1 + df[k])) + 1.0, DIGITS) for k in vocabulary}
    signals = sorted({s for i in rows for s in data.features[i].signals})
    column = {k: j for j, k in enumerate([*vocabulary, *signals])}
    values, indices, pointers = [], [], [0]
    for i, terms in zip(rows, occurrences, strict=True):
        vector: dict[str, float] = {}
        square = 0.0
        for term in terms:  # the sum of the occurrences' vectors (watcher.classify.features)
            if term in idf:
                vector[term] = vector.get(term, 0.0) + idf[term]
                square += idf[term] * idf[term]
        norm = math.sqrt(square) or 1.0
        for k, v in vector.items():
            indices.append(column[k])
            values.append(v / norm)
        for s in sorted(data.features[i].signals):  # a set's order varies between processes
            indices.append(column[s])
            values.append(1.0)
        pointers.append(len(indices))
    x = csr_matrix((values, indices, pointers), shape=(n, len(column)))
    if len({data.examples[i].label for i in rows}) < 2:
        raise ConfigError("the training data needs relevant and not relevant items")
    look_alikes = sorted({data.examples[i].target for i in rows} - {RELEVANT})
    classes = (RELEVANT, *look_alikes) if len(look_alikes) > 1 else (RELEVANT,)
    y = np.array([classes.index(data.examples[i].target) if len(classes) > 1
                  else int(data.examples[i].label) for i in rows])  # fmt: skip
    weights = np.array([data.examples[i].weight for i in rows])
    from threadpoolctl import threadpool_limits

    # A linear SVM (squared hinge): over three fold assignments its grouped-CV F1 beat logistic
    # regression on the same features by about 0.01 each time; one class per kind of look-alike
    # (one against the rest) beat one "not relevant" class (docs/classification-history.md).
    fitted = LinearSVC(C=C, dual=True, max_iter=20_000, class_weight="balanced", random_state=SEED)
    with threadpool_limits(1):  # one thread: sums in one order, the same model byte for byte
        fitted.fit(x, y, sample_weight=weights)
    coef = fitted.coef_ * MARGIN_SCALE  # one row per class (one row in all for two classes)
    bias = fitted.intercept_ * MARGIN_SCALE
    columns = all_rounded(coef.T).tolist()  # Python floats, each `rounded` of its weight

    def per_class(j: int) -> tuple[float, ...]:
        return tuple(columns[j])

    model = Model(
        version="", config=data.config, threshold=threshold, classes=classes,
        bias=tuple(rounded(b) for b in bias),
        signals={s: per_class(column[s]) for s in signals},
        terms=PackedTerms.of(
            {k: (idf[k], *per_class(column[k])) for k in vocabulary}, len(classes) + 1
        ),
        trained_on=[], cv={},
    )  # fmt: skip
    return model


def rounded(weight: Any) -> float:
    """A weight to DIGITS decimals, with no negative zero: many SVM weights are zero within the
    float noise of summation, and "-0.0" and "0.0" would make two byte-different files."""
    return round(float(weight), DIGITS) + 0.0


def all_rounded(weights: Any) -> Any:
    """`rounded` of every weight of a numpy array, to the same floats, about 50 times as fast (a
    fit rounds 130,000). The nearest integer to w x 10^DIGITS, divided by 10^DIGITS (exact), is the
    float nearest the decimal that `round` gives, unless the product's own rounding could
    have moved it across a half: those few are rounded by `round` itself."""
    import numpy as np

    scale = 10.0**DIGITS
    scaled = weights * scale
    out = np.rint(scaled) / scale + 0.0  # + 0.0: no negative zero
    near_half = np.abs(np.abs(scaled - np.floor(scaled)) - 0.5) < 1e-6
    out[near_half] = [rounded(w) for w in weights[near_half]]
    return out


def occurrences_of(features: Features, config: FeatureConfig) -> list[str]:
    """Every term occurrence of an item: each word's terms, then each pair."""
    return [t for w in features.words for t in word_terms(w, config)] + list(features.pairs)


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


def versioned(model: Model) -> Model:
    """The model with a version made from its content: "1." and 12 hex digits."""
    digest = hashlib.sha256(replace(model, version="").to_json().encode()).hexdigest()[:12]
    return replace(model, version=f"{FORMAT.split('/')[1]}.{digest}")
