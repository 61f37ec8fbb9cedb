"""Labelled items → a relevance Model: the corpus read, each item's features prepared once, and a
linear model fitted on any rows of them (watcher.classify.crossval judges it out of fold and
chooses its threshold).

With crossval, the only modules that import scikit-learn (and numpy, scipy), inside the
functions that need them. Fixed seed, sorted vocabulary, rounded weights: the same files give
the same model byte for byte.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from watcher.classify.decide import RuleVerdict, judge
from watcher.classify.features import FeatureConfig, Features, extract, word_terms
from watcher.classify.groups import near_duplicate_groups
from watcher.classify.lookalike import look_alike
from watcher.classify.model import FORMAT, RELEVANT, Model
from watcher.classify.packed import PackedTerms
from watcher.exceptions import ConfigError
from watcher.models import Document
from watcher.text import json_lines, json_value

# inverse regularisation: chosen by grouped CV on the corpus (docs/classification-history.md)
C = 2.0
MARGIN_SCALE = 2.0  # score = sigmoid(2 x margin): a margin of +-1 (the SVM's edge) is 0.88 / 0.12
SEED = 0
FOLDS = 5
LABEL_WEIGHT = 8.0  # a reader's label counts as this many corpus items: a few must move the model
MIN_DF = 2  # a term seen in one training item only is noise
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
    terms: list[str]  # every term of every item, sorted
    # each item's terms (occurrences_of), as a numpy array of places in `terms`, made once
    occurrences: list[Any]
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
    import numpy as np

    verdicts = [judge(e.doc) for e in examples]
    features = [extract(e.doc, v, config) for e, v in zip(examples, verdicts, strict=True)]
    occurrences = [occurrences_of(f, config) for f in features]
    terms = sorted({t for terms in occurrences for t in terms})
    number = {t: j for j, t in enumerate(terms)}
    return Prepared(
        examples,
        verdicts,
        features,
        near_duplicate_groups([(e.url, e.doc.title) for e in examples]),
        config,
        terms,
        [np.array([number[t] for t in item], dtype=np.int64) for item in occurrences],
    )


def fit(data: Prepared, rows: Sequence[int], threshold: float = 0.5) -> Model:
    """A model fitted on the given rows of the prepared data."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.svm import LinearSVC

    if len({data.examples[i].label for i in rows}) < 2:
        raise ConfigError("the training data needs relevant and not relevant items")
    coded = [data.occurrences[i] for i in rows]
    df = np.bincount(np.concatenate([np.unique(c) for c in coded]), minlength=len(data.terms))
    n = len(rows)
    kept = np.flatnonzero(df >= MIN_DF)  # the vocabulary, sorted: codes follow the terms' order
    vocabulary = [data.terms[j] for j in kept]
    idf_of = {d: round(math.log((1 + n) / (1 + d)) + 1.0, DIGITS) for d in set(df[kept].tolist())}
    kept_idf = [idf_of[d] for d in df[kept].tolist()]
    idf = np.zeros(len(data.terms))
    idf[kept] = kept_idf
    column = np.full(len(data.terms), -1, dtype=np.int64)
    column[kept] = np.arange(len(kept))
    signals = sorted({s for i in rows for s in data.features[i].signals})
    signal_column = {s: len(kept) + j for j, s in enumerate(signals)}
    values: list[Any] = []
    indices: list[Any] = []
    pointers = [0]
    for i, codes in zip(rows, coded, strict=True):
        # The sum of the occurrences' vectors (watcher.classify.features), added one occurrence
        # after another as a loop over them would: the same floats, so the same model.
        codes = codes[df[codes] >= MIN_DF]
        weights = idf[codes]
        norm = math.sqrt(float(np.cumsum(weights * weights)[-1]) if len(codes) else 0.0) or 1.0
        distinct, first, where = np.unique(codes, return_index=True, return_inverse=True)
        sums = np.zeros(len(distinct))
        np.add.at(sums, where, weights)  # in order, one at a time
        order = np.argsort(first, kind="stable")  # each term where it first occurs
        mine = sorted(data.features[i].signals)  # a set's order varies between processes
        indices += [
            column[distinct[order]],
            np.array([signal_column[s] for s in mine], dtype=np.int64),
        ]
        values += [sums[order] / norm, np.ones(len(mine))]
        pointers.append(pointers[-1] + len(distinct) + len(mine))
    x = csr_matrix(
        (
            np.concatenate(values),
            np.concatenate(indices).astype(np.int32),
            np.array(pointers, dtype=np.int32),
        ),
        shape=(n, len(kept) + len(signals)),
    )
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
        signals={s: per_class(signal_column[s]) for s in signals},
        terms=PackedTerms.of(
            {k: (kept_idf[j], *per_class(j)) for j, k in enumerate(vocabulary)}, len(classes) + 1
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


def versioned(model: Model) -> Model:
    """The model with a version made from its content: "1." and 12 hex digits."""
    digest = hashlib.sha256(replace(model, version="").to_json().encode()).hexdigest()[:12]
    return replace(model, version=f"{FORMAT.split('/')[1]}.{digest}")
