"""The typed values that flow between stages.

Poll: Source → Fetched → RawEntry → Item (+ Classification) → PollResult.
Archive rows: StoredItem, Decision, Candidate, LedgerEntry, Attention.
Digest: Week + Candidates → Issue (RegulatoryGroup → Entry → Shown), frozen as JSON.

Frozen dataclasses only; no feedparser dicts, bs4 tags or SQL rows cross a module boundary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from watcher.config.settings import DEFAULT_INTERVAL, DEFAULT_LINK_SELECTOR

Kind = Literal["feed", "wordpress", "html"]
KINDS: tuple[str, ...] = ("feed", "wordpress", "html")
CATEGORIES: tuple[str, ...] = ("regulator", "court", "legislator", "ngo", "trade-press", "news")


@dataclass(frozen=True)
class Selectors:
    """CSS selectors of an `html` source; all but `item` are relative to one item."""

    item: str
    link: str = DEFAULT_LINK_SELECTOR
    title: str | None = None  # None: the link's text
    date: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    url: str
    kind: Kind
    publisher: str
    category: str
    jurisdiction: str
    language: str
    interval: int = DEFAULT_INTERVAL  # seconds between polls
    headers: tuple[tuple[str, str], ...] = ()
    enabled: bool = True
    verified: bool = False
    note: str = ""
    selectors: Selectors | None = None
    date_language: str | None = None  # language of written dates on an html listing
    file: str = ""
    line: int = 0

    @property
    def host(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.url).hostname or ""


@dataclass(frozen=True)
class Fetched:
    """What the HTTP layer hands on: bytes and headers, never parsed."""

    source_id: str
    url: str  # the final URL after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    not_modified: bool = False
    permanent_redirect: str | None = None  # new URL when a 301/308 was followed
    attempts: int = 1


@dataclass(frozen=True)
class RawEntry:
    """One entry as a parser saw it: text fields may still hold HTML."""

    guid: str | None
    link: str | None
    title: str
    summary: str  # HTML or text
    content: str  # HTML or text
    published: datetime | None  # aware, UTC
    date_raw: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    base: str | None = None  # what relative links in the content resolve against (else `link`)


@dataclass(frozen=True)
class Item:
    """An archived item: plain-text title and summary, sanitised HTML content, UTC dates."""

    id: str
    source_id: str
    identity: str  # what the id was derived from: guid:…, url:… or hash:…
    guid: str | None
    url: str | None
    title: str
    summary: str
    content: str
    content_text: str
    author: str | None
    language: str
    published: str | None  # ISO 8601 UTC; None until the store fills in first-seen
    date_source: Literal["source", "first_seen"]
    date_flag: str | None  # "future" when the source's date was not trusted
    date_raw: str | None
    tags: tuple[str, ...]
    content_hash: str


@dataclass(frozen=True)
class StoreResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    relevant: int = 0  # new items classified relevant


@dataclass(frozen=True)
class PollResult:
    """The outcome of polling one source: a failure is a value, not a crash."""

    source_id: str
    ok: bool
    status: int | None = None
    not_modified: bool = False
    entries: int = 0
    new: int = 0
    updated: int = 0
    relevant: int = 0  # new items classified relevant
    error: str | None = None
    permanent_redirect: str | None = None


@dataclass(frozen=True)
class SourceState:
    """Machine state of one source, kept in the archive apart from its configuration."""

    source_id: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_polled: str | None = None
    last_success: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    last_error_at: str | None = None
    error_count: int = 0
    next_poll: str | None = None
    permanent_redirect: str | None = None


TOPICS: tuple[str, ...] = (
    "activity-tracking",
    "video-audio-surveillance",
    "location-tracking",
    "communications-monitoring",
    "productivity-scoring",
    "algorithmic-management",
    "biometrics",
    "emotion-recognition",
    "attendance-and-time",
    "ai-trained-on-worker-data",
    "remote-work",
)
ACTS: tuple[str, ...] = (
    "fine",
    "order",
    "decision",
    "guidance",
    "opinion",
    "consultation",
    "legislation",
    "court-ruling",
    "statement",
)


@dataclass(frozen=True)
class Document:
    """What the classifier reads: an archived item, or one line of `watcher classify` input."""

    title: str
    summary: str = ""
    content: str = ""  # plain text
    source_category: str | None = None  # regulator, court, ... from the registry, if known
    source_publisher: str | None = None
    source_jurisdiction: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Evidence:
    field: str  # title, summary or content
    phrase: str
    concept: str  # worker, monitoring:<topic>, strong:<topic>, ai-training, other-subject, ...

    def as_dict(self) -> dict[str, str]:  # plain dict: dataclasses.asdict deep-copies, slowly
        return {"field": self.field, "phrase": self.phrase, "concept": self.concept}


@dataclass(frozen=True)
class Fine:
    amount: float
    currency: str  # ISO 4217


@dataclass(frozen=True)
class Classification:
    relevant: bool
    score: float
    topics: tuple[str, ...]
    kind: str  # regulatory | news
    act: str | None
    authority: str | None
    jurisdiction: str | None
    fine: Fine | None
    evidence: tuple[Evidence, ...]
    version: str


WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


@dataclass(frozen=True)
class DigestDef:
    """One digest from digests/*.toml: what it takes, for whom, on which week."""

    id: str
    title: str
    description: str
    timezone: str
    weekday: str  # the day its week closes: "sunday" gives ISO weeks, Monday to Sunday
    sender: str  # the `from` address
    recipients: tuple[str, ...] = ()
    recipients_env: str | None = None  # or: the environment variable that holds them
    kinds: tuple[str, ...] = ()  # empty: all
    topics: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    file: str = ""


# -- rows the archive hands out ----------------------------------------------------------------


@dataclass(frozen=True)
class StoredItem:
    """An archived item as stored, with its bookkeeping."""

    id: str
    source_id: str
    url: str | None
    title: str
    summary: str
    content: str
    content_text: str
    language: str | None
    published: str
    date_source: str
    first_seen: str
    last_seen: str
    version: int


@dataclass(frozen=True)
class Decision:
    """An item's stored classification and any label a person gave (the label wins)."""

    item_id: str
    relevant: bool  # the classifier's verdict
    score: float
    topics: tuple[str, ...]
    kind: str
    act: str | None
    authority: str | None
    jurisdiction: str | None
    fine: Fine | None
    evidence: tuple[Evidence, ...]
    version: str
    label: bool | None = None  # a person's verdict
    note: str | None = None

    @property
    def is_relevant(self) -> bool:
        return self.label if self.label is not None else self.relevant


@dataclass(frozen=True)
class Version:
    """An earlier version of an item, replaced when its source changed it."""

    version: int
    replaced_at: str
    title: str
    summary: str


@dataclass(frozen=True)
class Labeled:
    """An item a person labelled with `watcher label`."""

    item: StoredItem
    label: bool
    note: str | None
    labeled_at: str
    kind: str | None  # as classified


@dataclass(frozen=True)
class LedgerEntry:
    """One recipient of one issue in the mail ledger."""

    recipient: str
    status: str  # pending, sending, sent, written, refused, failed, unknown
    attempts: int = 0
    message_id: str | None = None
    last_error: str | None = None


# -- digests -----------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class RegulatoryGroup:
    jurisdiction: str
    authority: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Attention:
    """A source that failed every poll of a week."""

    source_id: str
    failures: int
    last_error: str | None


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
