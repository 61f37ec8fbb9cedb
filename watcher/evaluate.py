"""JSON Lines in → decisions out, and precision/recall against labels: `classify` and `eval`.

Input objects have `title`, `summary`, optional `content`, `source`, `language`, `url`,
`published` and any other keys. `source` may be a registry id, a source name or publisher, the
name of an authority ("CNIL") or a court ("Landesarbeitsgericht Hamm"): an authority's or a
court's own items are regulatory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from watcher.classify import load_rules
from watcher.classify.facts import authority_named, names_a_court
from watcher.classify.model import Model
from watcher.models import Classification, Document, Source
from watcher.text import fold, json_value, plain_text


def decision_dict(c: Classification) -> dict[str, Any]:
    """A decision as `classify` writes it (built field by field: dataclasses.asdict deep-copies
    every piece of evidence, a third of the time `classify` spends writing)."""
    data = {f.name: getattr(c, f.name) for f in fields(c)}
    data["topics"] = list(c.topics)
    data["fine"] = asdict(c.fine) if c.fine else None
    data["evidence"] = [e.as_dict() for e in c.evidence]
    return data


def seed_document(text: str) -> Document:
    """One of the project's seed articles: a WordPress REST post object (JSON), or plain text
    whose first non-empty line is the title."""
    if text.lstrip().startswith("{"):
        post = json.loads(text)
        return Document(
            plain_text(post["title"]["rendered"]), "", plain_text(post["content"]["rendered"])
        )
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return Document(lines[0], "", " ".join(lines[1:]))


Placed = tuple[str | None, str | None, str | None]  # category, publisher, jurisdiction


class SourceLookup:
    """Registry sources by id, name or publisher; else an authority or a court named by the
    source field."""

    def __init__(self, sources: Iterable[Source] | Callable[[], Iterable[Source]] = ()) -> None:
        self._sources = sources  # or what reads them, called when a line first names a source
        self._by_key: dict[str, Source] | None = None
        self._unknown: dict[str, Placed] = {}  # each name the registry lacks, read once

    @property
    def by_key(self) -> dict[str, Source]:
        """The registry's sources by folded id, name and publisher (read at the first use:
        lines that name no source never need it)."""
        if self._by_key is None:
            sources = self._sources() if callable(self._sources) else self._sources
            self._by_key = {}
            for s in sources:
                for key in (s.id, s.name, s.publisher):
                    self._by_key.setdefault(fold(key), s)
        return self._by_key

    def _named(self, name: str) -> Placed:
        """Where a source the registry does not know stands: a court's own text
        ("Landesarbeitsgericht Hamm (via openJur)"), an authority's ("CNIL"), or nobody's."""
        if name not in self._unknown:
            rules = load_rules()
            court = names_a_court(name, rules)
            authority = authority_named(name, rules)
            found: Placed = ("court" if court else None, None, None)
            if authority:
                found = ("court" if court else "regulator", *authority)
            self._unknown[name] = found
        return self._unknown[name]

    def document(self, obj: dict[str, Any]) -> Document:
        def text(key: str) -> str:
            value = obj.get(key)
            return plain_text(value) if isinstance(value, str) else ""

        name = obj.get("source") if isinstance(obj.get("source"), str) else ""
        source = self.by_key.get(fold(name)) if name else None
        category = publisher = jurisdiction = None
        if source:
            category, publisher, jurisdiction = (
                source.category,
                source.publisher,
                source.jurisdiction,
            )
        elif name:
            category, publisher, jurisdiction = self._named(name)
        language = obj.get("language") if isinstance(obj.get("language"), str) else None
        return Document(
            text("title"),
            text("summary"),
            text("content"),
            category,
            publisher,
            jurisdiction,
            language,
        )


def not_classified(out: dict[str, Any]) -> bool:
    """Whether an output object of `classify_lines` is a line's error object."""
    return "error" in out and "relevant" not in out


def classify_lines(
    lines: Iterable[str], lookup: SourceLookup, model: Model, first: int = 1
) -> Iterator[dict[str, Any]]:
    """One output object per input line, in order; a bad line gets an error object naming its
    number (`first` is the first line's)."""
    for number, line in enumerate(lines, start=first):
        if not line.strip():
            yield {"line": number, "error": "empty line"}
            continue
        try:
            obj = json_value(line)
        except ValueError as e:
            yield {"line": number, "error": f"not JSON: {e}"}
            continue
        if not isinstance(obj, dict):
            yield {"line": number, "error": "not a JSON object"}
            continue
        yield {**obj, **decision_dict(model.classify(lookup.document(obj)))}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, label: bool, predicted: bool) -> None:
        if label and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif label:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<14} n={self.n:<5} pos={self.tp + self.fn:<4} precision={self.precision:.3f} "
            f"recall={self.recall:.3f} F1={self.f1:.3f} FPR={self.fpr:.4f} (tp={self.tp} fp={self.fp} fn={self.fn})"
        )


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    # of the relevant items whose file gives a kind: is each called a regulatory development
    # (the digest's first section) exactly when the file says so?
    regulatory: Counts = field(default_factory=Counts)
    errors: list[dict[str, Any]] = field(default_factory=list)
    kind_errors: list[dict[str, Any]] = field(default_factory=list)  # relevant, kind not the file's
    skipped: int = 0

    def text(self) -> str:
        out = [self.overall.line("overall")]
        out += [c.line(f"lang={k}") for k, c in sorted(self.by_language.items())]
        out += [c.line(f"kind={k}") for k, c in sorted(self.by_kind.items())]
        if self.regulatory.n:
            out.append(
                self.regulatory.line("regulatory")
                + "  (relevant items: a regulatory development where the file says so)"
            )
        if self.skipped:
            out.append(f"({self.skipped} lines without a 0/1 label skipped)")
        out.append(f"\nmisclassified: {len(self.errors)}")
        for row in self.errors:
            verdict = "false positive" if row["relevant"] else "false negative"
            out.append(
                f"- {verdict} [{row.get('id', row.get('line'))}] score={row['score']} {row.get('title', '')[:100]}"
            )
            for ev in row["evidence"][:8]:
                if "weight" in ev:
                    out.append(f"    model: «{ev['phrase']}» {ev['weight']:+.2f}")
                else:
                    out.append(f"    {ev['field']}: {ev['concept']} «{ev['phrase']}»")
        if self.kind_errors:
            out.append(f"\nkind not the file's (relevant items): {len(self.kind_errors)}")
        for row in self.kind_errors:
            facts = ", ".join(f"{k} {row[k]}" for k in ("act", "authority") if row.get(k))
            out.append(
                f"- {row['gold_kind']}, called {row['kind']}{f' ({facts})' if facts else ''} "
                f"[{row.get('id', row.get('line'))}] {row.get('title', '')[:100]}"
            )
        return "\n".join(out)


def evaluate(rows: Iterable[dict[str, Any]]) -> Report:
    report = Report()
    for row in rows:
        label = row.get("label")
        if label not in (0, 1, True, False) or "relevant" not in row:
            report.skipped += 1
            continue
        gold, predicted = bool(label), bool(row["relevant"])
        report.overall.add(gold, predicted)
        report.by_language.setdefault(str(row.get("language") or "?"), Counts()).add(
            gold, predicted
        )
        kind = str(row.get("gold_kind") or row.get("kind") or "?")
        report.by_kind.setdefault(kind, Counts()).add(gold, predicted)
        if gold and kind in ("regulatory", "news"):
            report.regulatory.add(kind == "regulatory", row.get("kind") == "regulatory")
            if (kind == "regulatory") != (row.get("kind") == "regulatory"):
                report.kind_errors.append({**row, "gold_kind": kind})
        if gold != predicted:
            report.errors.append(row)
    return report
