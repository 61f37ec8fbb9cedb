"""Stage types of the poll and of classification, archive rows, and the digest definitions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

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
    deadline: float | None = None  # seconds for all of a poll's attempts (None: the default)
    fulltext: bool = False  # fetch each new teaser item's page and keep the article's text
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


TOPICS: tuple[str, ...] = tuple(
    "activity-tracking video-audio-surveillance location-tracking communications-monitoring productivity-scoring algorithmic-management biometrics emotion-recognition attendance-and-time ai-trained-on-worker-data remote-work".split()
)
ACTS: tuple[str, ...] = tuple(
    "fine order decision guidance opinion consultation legislation court-ruling statement".split()
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
    field: str  # title, summary or content; "text" for the model's words, "rules" for the
    # rules' signals it weighed, "model" for the look-alike it took an item near the line for
    phrase: str
    # worker, monitoring:<topic>, strong:<topic>, ai-training, other-subject, industrial-action,
    # model, look-alike
    concept: str
    weight: float | None = None  # the model's: how far this phrase pushed the item's score

    def as_dict(self) -> dict[str, object]:  # plain dict: dataclasses.asdict deep-copies, slowly
        out: dict[str, object] = {
            "field": self.field,
            "phrase": self.phrase,
            "concept": self.concept,
        }
        if self.weight is not None:
            out["weight"] = self.weight
        return out

    def text(self) -> str:
        """How a person reads it: `[title] worker: employees` or `"monitor driver" +1.40`."""
        if self.weight is not None:
            return f'"{self.phrase}" {self.weight:+.2f}'
        return f"[{self.field}] {self.concept}: {self.phrase}"


# Euros per unit, rounded (late 2026), for comparing fines stated in other currencies with a
# digest's `min_fine` (in euros); not for display: a fine is shown as stated.
EUROS_PER_UNIT = {
    "EUR": 1.0, "GBP": 1.15, "USD": 0.9, "CHF": 1.05, "SEK": 0.09, "NOK": 0.085, "DKK": 0.134,
    "PLN": 0.23, "HUF": 0.0025, "CZK": 0.04, "RON": 0.2, "ISK": 0.0066, "AUD": 0.6, "CAD": 0.65,
}  # fmt: skip


def in_euros(amount: float | None, currency: str | None) -> float:
    """A fine's rough value in euros (0 for none; a currency without a rate counts at par)."""
    return (amount or 0.0) * EUROS_PER_UNIT.get(currency or "EUR", 1.0)


def fine_text(amount: float, currency: str) -> str:
    """A fine as readers see it everywhere (digest, site, `watcher show`): "EUR 150,000".

    A no-break space joins the currency to the amount, so that a narrow screen never leaves
    "EUR" at the end of one line and the amount on the next.
    """
    return f"{currency}\u00a0{amount:,.0f}"


@dataclass(frozen=True)
class Fine:
    amount: float
    currency: str  # ISO 4217, one of EUROS_PER_UNIT

    @property
    def text(self) -> str:
        return fine_text(self.amount, self.currency)


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
    version: str  # the rules' version
    model: str | None = None  # the model's version; None when the rules decided alone


WEEKDAYS: tuple[str, ...] = tuple(
    "monday tuesday wednesday thursday friday saturday sunday".split()
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
    send_empty: bool = False  # mail a week with no items (it is always built and published)
    site_url: str | None = None  # where the issue is online, for the e-mail's footer
    unsubscribe: str | None = None  # a mailto: or https: URL: the footer and List-Unsubscribe
    alert: bool = False  # one short e-mail per matching item as it arrives, not a weekly issue
    acts: tuple[str, ...] = ()  # [select] acts = ["fine", ...]: empty, all
    authorities: tuple[str, ...] = ()  # [select] authorities = ["CNIL", ...]: empty, all
    min_fine: float = 0.0  # [select] min_fine: the smallest fine an item must state, in euros


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
    model: str | None = None
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
    # what the classifier says, the label aside (None: not classified)
    classified: bool | None = None


@dataclass(frozen=True)
class LedgerEntry:
    """One recipient of one issue in the mail ledger."""

    recipient: str
    status: str  # pending, sending, sent, written, refused, failed, unknown
    attempts: int = 0
    message_id: str | None = None
    last_error: str | None = None
