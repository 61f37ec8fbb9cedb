"""The model's vocabulary as a model file of format 3 stores it: the terms as a JSON list, and
their numbers (each term's IDF, then its weight for each class) as one block of little-endian
doubles in base64, term by term in the list's order.

Plain data still (no code runs to read it), and exact: a double written is the double read. It
is read in a few milliseconds where the same numbers as JSON lists took tens (about 200,000 of
them, parsed into as many objects at every start of a classify command and in every worker),
and the numbers of a term are only made into floats when a word of an item looks it up.
"""

from __future__ import annotations

import base64
import binascii
import math
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence

_BIG_ENDIAN = sys.byteorder == "big"


class PackedTerms(Mapping[str, Sequence[float]]):
    """Terms → their numbers (an IDF, then a weight per class), read from the packed block."""

    __slots__ = ("_at", "_values", "_width")

    def __init__(self, names: list[str], values: array[float], width: int) -> None:
        self._at = dict(zip(names, range(0, len(names) * width, width), strict=True))
        self._values = values
        self._width = width

    @classmethod
    def of(cls, terms: Mapping[str, Sequence[float]], width: int) -> PackedTerms:
        """Terms held any other way (a model file of format 2, a reader's model being moved)."""
        if isinstance(terms, PackedTerms):
            return terms
        names = list(terms)
        return cls(names, _block(terms, names, width), width)

    def rows(self, terms: Iterable[str]) -> list[Sequence[float]]:
        """The numbers of each of `terms` the model knows, in their order (the others left
        out): the lookup of every word an item brings, so dict lookups in C."""
        values, width = self._values, self._width
        return [values[at : at + width] for at in map(self._at.get, terms) if at is not None]

    def get(  # type: ignore[override]
        self, term: str, default: Sequence[float] | None = None
    ) -> Sequence[float] | None:
        at = self._at.get(term)
        return default if at is None else self._values[at : at + self._width]

    def __getitem__(self, term: str) -> Sequence[float]:
        found = self.get(term)
        if found is None:
            raise KeyError(term)
        return found

    def __contains__(self, term: object) -> bool:
        return term in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


def pack(terms: Mapping[str, Sequence[float]], width: int) -> tuple[list[str], str]:
    """The terms in order, and their numbers as base64 of little-endian doubles."""
    names = sorted(terms)
    values = _block(terms, names, width)
    if _BIG_ENDIAN:
        values.byteswap()
    return names, base64.b64encode(values.tobytes()).decode("ascii")


def _block(terms: Mapping[str, Sequence[float]], names: list[str], width: int) -> array[float]:
    """The numbers of `names`, one term after another, in a new array."""
    values = array("d")
    for name in names:
        entry = terms[name]
        if len(entry) != width:
            raise ValueError(f"term {name!r} has {len(entry)} numbers, not {width}")
        values.extend(entry)
    return values


def unpack(names: object, weights: object, width: int) -> PackedTerms:
    """The terms of a model file of format 3; ValueError saying what is wrong with them."""
    if not isinstance(names, list) or not set(map(type, names)) <= {str}:
        raise ValueError("terms is not a list of strings")
    if not isinstance(weights, str):
        raise ValueError("weights is not a base64 string")
    raw = binascii.a2b_base64(weights, strict_mode=True)  # binascii.Error is a ValueError
    if len(raw) != 8 * width * len(names):
        raise ValueError(
            f"weights hold {len(raw) / 8:g} numbers, not {width} for each of {len(names)} terms"
        )
    values = array("d")
    values.frombytes(raw)
    if _BIG_ENDIAN:
        values.byteswap()
    # NaN or an infinity somewhere (or finite numbers too large to add, which are let through)
    if not math.isfinite(sum(values)):
        bad = next((i for i, x in enumerate(values) if not math.isfinite(x)), None)
        if bad is not None:
            raise ValueError(f"term {names[bad // width]!r} has a number that is not finite")
    terms = PackedTerms(names, values, width)
    if len(terms) != len(names):
        raise ValueError("a term is listed twice")
    return terms
