"""The model file: read and checked as plain data, and which one applies to an archive.

A model file is JSON, never a pickle: loading it runs no code. A file that is truncated, corrupt
or has keys we do not know is refused with a ModelError naming it. Files of each format this
watcher has written are read: 3 (the terms packed, watcher.classify.packed), 2 (each term's
numbers a JSON list) and 1 (one class, weights as plain numbers). The shipped model
(watcher/classify/model.json) is built by `make model` from the labelled corpus; `watcher train`
writes a reader's model beside the archive (`<archive>.model.json`), which wins over the shipped
one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path

from watcher.classify.features import FeatureConfig
from watcher.classify.model import FORMAT, RELEVANT, Model
from watcher.classify.packed import PackedTerms, unpack
from watcher.exceptions import ModelError
from watcher.text import json_value

SHIPPED = Path(__file__).parent / "model.json"
ONE_CLASS, LISTED = "watcher-relevance-model/1", "watcher-relevance-model/2"
FORMATS = (ONE_CLASS, LISTED, FORMAT)  # 1: one class, "relevant" (no "classes" key)
KEYS = frozenset(
    {"format", "version", "features", "threshold", "bias", "signals", "terms", "trained_on", "cv"}
)
_KEYS = {ONE_CLASS: KEYS, LISTED: KEYS | {"classes"}, FORMAT: KEYS | {"classes", "weights"}}


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


def _terms(value: object, width: int) -> dict[str, Sequence[float]]:
    """The JSON object of terms itself when each is [idf, a weight per class] of finite numbers:
    checked all at once by builtins (tens of thousands of terms, read at every start), and term by
    term only to name the first that is not."""
    if not isinstance(value, dict):
        raise ValueError("terms is not an object")
    entries = value.values()
    if (
        set(map(type, entries)) <= {list}
        and set(map(len, entries)) <= {width}
        and set(map(type, chain.from_iterable(entries))) <= set(_NUMBER)
        and math.isfinite(sum(map(sum, entries)))
    ):
        return value  # a JSON object's keys are strings
    for key, entry in value.items():
        if _numbers(entry, width) is None:
            raise ValueError(f"term {key!r} is not [idf, a weight per class]")
    return value  # each finite; only their sum was too large to be


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
        one_class = data.get("format") == ONE_CLASS  # weights as plain numbers, no "classes"
        keys = _KEYS.get(data.get("format"), _KEYS[FORMAT])  # type: ignore[arg-type]
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
        if data["format"] == FORMAT:
            terms = unpack(data["terms"], data["weights"], width + 1)
        else:
            terms = PackedTerms.of(_terms(data["terms"], width + 1), width + 1)
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
