"""The digest's types: a Week, the Candidates the archive offers, and the frozen Issue."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Week:
    label: str  # ISO year and week of the day the week closes: 2026-W17
    start: datetime  # aware, UTC
    end: datetime  # exclusive


@dataclass(frozen=True)
class Candidate:
    """A relevant item that may go into an issue, with what the digest shows of it."""

    id: str
    title: str
    summary: str
    url: str | None
    published: datetime
    first_seen: datetime
    source_id: str
    kind: str
    act: str | None
    authority: str | None
    jurisdiction: str | None
    fine_amount: float | None
    fine_currency: str | None
    score: float
    topics: tuple[str, ...] = ()
    category: str = "news"  # the source's category, from the registry


def _stamp(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


@dataclass(frozen=True)
class Shown:
    """An item as an issue shows it (its summary already cut for readers)."""

    id: str
    title: str
    summary: str
    url: str | None
    published: datetime
    source_id: str
    act: str | None = None
    authority: str | None = None
    jurisdiction: str | None = None
    fine_amount: float | None = None
    fine_currency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "published": _stamp(self.published)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shown:
        from watcher.text import cut_summary  # issues frozen before the cut moved here

        return cls(**{**data, "published": datetime.fromisoformat(data["published"]),
                      "summary": cut_summary(data.get("summary") or "")})  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One story: the best source's item first, the other outlets after it."""

    lead: Shown
    also: tuple[Shown, ...] = ()

    def ids(self) -> list[str]:
        return [self.lead.id, *(a.id for a in self.also)]

    def to_dict(self) -> dict[str, Any]:
        return {"lead": self.lead.to_dict(), "also": [a.to_dict() for a in self.also]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        return cls(Shown.from_dict(data["lead"]), tuple(Shown.from_dict(a) for a in data["also"]))


UNNAMED = "?"  # the authority of a regulatory group whose items do not name it


@dataclass(frozen=True)
class RegulatoryGroup:
    jurisdiction: str
    authority: str  # UNNAMED where the items report a fine or ruling without saying whose
    entries: tuple[Entry, ...]

    @property
    def named(self) -> bool:
        return self.authority != UNNAMED


@dataclass(frozen=True)
class Attention:
    """A source that failed every poll of a week."""

    source_id: str
    failures: int
    last_error: str | None
    since: str | None = None  # ISO: its last success before the week, else its first failure


@dataclass(frozen=True)
class Issue:
    """One issue of a digest, frozen when built."""

    digest_id: str
    week: str
    start: datetime
    end: datetime
    built_at: datetime
    regulatory: tuple[RegulatoryGroup, ...] = ()
    news: tuple[Entry, ...] = ()
    late: tuple[Entry, ...] = ()
    attention: tuple[Attention, ...] = ()

    @property
    def issue_id(self) -> str:
        return f"{self.digest_id}/{self.week}"

    def entries(self) -> list[Entry]:
        return [e for g in self.regulatory for e in g.entries] + [*self.news, *self.late]

    def item_ids(self) -> list[str]:
        return [i for e in self.entries() for i in e.ids()]

    def counts(self) -> dict[str, int]:
        return {
            "regulatory": sum(len(g.entries) for g in self.regulatory),
            "news": len(self.news),
            "late": len(self.late),
            "items": len(self.item_ids()),
            "attention": len(self.attention),
        }

    def to_json(self) -> str:
        data = {
            "digest_id": self.digest_id,
            "week": self.week,
            "start": _stamp(self.start),
            "end": _stamp(self.end),
            "built_at": _stamp(self.built_at),
            "regulatory": [
                {
                    "jurisdiction": g.jurisdiction,
                    "authority": g.authority,
                    "entries": [e.to_dict() for e in g.entries],
                }
                for g in self.regulatory
            ],  # fmt: skip
            "news": [e.to_dict() for e in self.news],
            "late": [e.to_dict() for e in self.late],
            "attention": [a.__dict__ for a in self.attention],
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Issue:
        data = json.loads(text)

        def entries(key: str) -> tuple[Entry, ...]:
            return tuple(Entry.from_dict(e) for e in data.get(key, []))

        return cls(
            digest_id=data["digest_id"],
            week=data["week"],
            start=datetime.fromisoformat(data["start"]),
            end=datetime.fromisoformat(data["end"]),
            built_at=datetime.fromisoformat(data["built_at"]),
            regulatory=tuple(
                RegulatoryGroup(
                    g["jurisdiction"],
                    g["authority"],
                    tuple(Entry.from_dict(e) for e in g["entries"]),
                )
                for g in data.get("regulatory", [])
            ),  # fmt: skip
            news=entries("news"),
            late=entries("late"),
            attention=tuple(Attention(**a) for a in data.get("attention", [])),
        )
