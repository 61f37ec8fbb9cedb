"""Item → Classification: is it about workplace AI monitoring, why, and what act by whom.

    rules.py      the rules file → Rules (versioned data)
    prefilter.py  which patterns can match a text: one cheap scan per item
    index.py      what the prefilter reads in each shipped pattern, worked out once (data)
    decide.py     the rules' verdict, score, evidence and signals (pure)
    facts.py      kind, act, authority, jurisdiction and fine (pure)
    features.py   what the model reads: words, word pairs, character n-grams, the rules' signals
    model.py      the learned model: plain JSON data, applied in Python
    modelfile.py  a model file read and checked, and which one applies to an archive
    train.py      fitting and grouped cross-validation (the only user of scikit-learn)

The model decides relevance; the rules give the evidence a person reads, the topics and the
regulatory facts, and their signals are features of the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watcher.classify.rules import Rules, load_rules

if TYPE_CHECKING:
    from watcher.classify.model import Model
    from watcher.models import Classification, Document

__all__ = ["Rules", "classify", "load_rules"]


def classify(
    doc: Document, rules: Rules | None = None, model: Model | str | None = None
) -> Classification:
    """The decision for one document: `model` is a Model, a model file's path, or None for the
    shipped model."""
    from watcher.classify.model import Model
    from watcher.classify.modelfile import load

    chosen = model if isinstance(model, Model) else load(model)
    return chosen.classify(doc, rules)
