"""archive + week → Issue: what one issue of a digest holds (pure after its query).

An item belongs to the week of its publication date in the digest's timezone (first seen when
the source gave no date). Each item appears in exactly one issue of a digest. An item first
seen after its own week's issue was built goes into the next issue under "Caught late", but
only if it was published within LATE_WINDOW of that issue's week: the first poll of a new
source (years of back catalogue) is archived, not announced.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from watcher.exceptions import WatcherError
from watcher.models import WEEKDAYS, DigestDef
from watcher.store import Archive
from watcher.stories import StoryItem, group

LATE_WINDOW = timedelta(days=14)  # older stragglers are archived, not announced


class DigestError(WatcherError):
    pass


@dataclass(frozen=True)
class Week:
    label: str  # ISO year and week of the day the week closes: 2026-W17
    start: datetime  # aware, UTC
    end: datetime  # exclusive


def _week_ending(closing: date, digest: DigestDef) -> Week:
    zone = ZoneInfo(digest.timezone)
    first = closing - timedelta(days=6)
    start = datetime.combine(first, time(0), zone).astimezone(UTC)
    end = datetime.combine(closing + timedelta(days=1), time(0), zone).astimezone(UTC)
    year, number, _ = closing.isocalendar()
    return Week(f"{year}-W{number:02d}", start, end)


def week_of(when: datetime, digest: DigestDef) -> Week:
    """The digest week that contains `when`."""
    local = when.astimezone(ZoneInfo(digest.timezone)).date()
    closing_day = WEEKDAYS.index(digest.weekday)
    return _week_ending(local + timedelta(days=(closing_day - local.weekday()) % 7), digest)


def week_by_label(label: str, digest: DigestDef) -> Week:
    try:
        year, number = label.upper().split("-W")
        monday = date.fromisocalendar(int(year), int(number), 1)
    except ValueError as e:
        raise DigestError(f"{label!r} is not an ISO week such as 2026-W17") from e
    return week_of(datetime.combine(monday, time(12), ZoneInfo(digest.timezone)), digest)


def last_closed_week(now: datetime, digest: DigestDef) -> Week:
    current = week_of(now, digest)
    return week_of(current.start - timedelta(seconds=1), digest)


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
    category: str
    kind: str
    act: str | None
    authority: str | None
    jurisdiction: str | None
    fine_amount: float | None
    fine_currency: str | None
    score: float


@dataclass
class Issue:
    digest_id: str
    week: str
    start: str
    end: str
    built_at: str
    regulatory: list[dict[str, Any]] = field(
        default_factory=list
    )  # {jurisdiction, authority, entries}
    news: list[dict[str, Any]] = field(default_factory=list)  # entries: {lead, also}
    late: list[dict[str, Any]] = field(default_factory=list)
    attention: list[dict[str, Any]] = field(
        default_factory=list
    )  # {source_id, last_error, failures}

    def item_ids(self) -> list[str]:
        ids = []
        for group_ in self.regulatory:
            for entry in group_["entries"]:
                ids += [entry["lead"]["id"], *(a["id"] for a in entry["also"])]
        for entry in self.news + self.late:
            ids += [entry["lead"]["id"], *(a["id"] for a in entry["also"])]
        return ids

    def counts(self) -> dict[str, int]:
        regulatory = sum(len(g["entries"]) for g in self.regulatory)
        return {
            "regulatory": regulatory,
            "news": len(self.news),
            "late": len(self.late),
            "items": len(self.item_ids()),
            "attention": len(self.attention),
        }

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Issue:
        return cls(**json.loads(text))


def _shown(c: Candidate) -> dict[str, Any]:
    return {
        "id": c.id, "title": c.title, "summary": c.summary[:300], "url": c.url,
        "published": c.published.isoformat(timespec="seconds"), "source_id": c.source_id,
        "act": c.act, "authority": c.authority, "jurisdiction": c.jurisdiction,
        "fine_amount": c.fine_amount, "fine_currency": c.fine_currency,
    }  # fmt: skip


def _entries(candidates: list[Candidate]) -> list[dict[str, Any]]:
    by_id = {c.id: c for c in candidates}
    items = [
        StoryItem(c.id, c.title, c.summary, c.published, c.source_id, c.category, c.score)
        for c in candidates
    ]
    return [
        {"lead": _shown(by_id[s.lead.id]), "also": [_shown(by_id[i.id]) for i in s.also]}
        for s in group(items)
    ]


def compile_issue(
    digest: DigestDef,
    week: Week,
    candidates: list[Candidate],
    built: dict[str, datetime],
    attention: list[dict[str, Any]],
    now: datetime,
) -> Issue:
    """The issue for `week`. `candidates` are relevant items of this digest in no other issue;
    `built` maps the labels of this digest's built weeks to when they were built."""
    in_week, late = [], []
    for c in candidates:
        if week.start <= c.published < week.end:
            in_week.append(c)
        elif week.start - LATE_WINDOW <= c.published < week.start:
            own = week_of(c.published, digest)
            built_at = built.get(own.label)
            if built_at is not None and c.first_seen > built_at:
                late.append(c)
    regulatory: dict[tuple[str, str], list[Candidate]] = {}
    news = []
    for c in in_week:
        if c.kind == "regulatory":
            regulatory.setdefault((c.jurisdiction or "INT", c.authority or "?"), []).append(c)
        else:
            news.append(c)
    return Issue(
        digest_id=digest.id,
        week=week.label,
        start=week.start.isoformat(timespec="seconds"),
        end=week.end.isoformat(timespec="seconds"),
        built_at=now.isoformat(timespec="seconds"),
        regulatory=[
            {"jurisdiction": jur, "authority": auth, "entries": _entries(items)}
            for (jur, auth), items in sorted(regulatory.items())
        ],
        news=_entries(news),
        late=_entries(late),
        attention=attention,
    )


def matches(digest: DigestDef, c: Candidate, topics: list[str]) -> bool:
    """The digest's [select]: empty lists take everything."""
    return (
        (not digest.kinds or c.kind in digest.kinds)
        and (not digest.jurisdictions or (c.jurisdiction or "") in digest.jurisdictions)
        and (not digest.sources or c.source_id in digest.sources)
        and (not digest.topics or bool(set(topics) & set(digest.topics)))
    )


@dataclass(frozen=True)
class BuildResult:
    issue_id: str
    issue: Issue
    created: bool  # False: it was already built and frozen (nothing changed)
    added: tuple[str, ...] = ()  # on --rebuild: item ids that came in
    removed: tuple[str, ...] = ()  # and went out


def build(
    archive: Archive,
    digest: DigestDef,
    week: Week,
    categories: dict[str, str],
    now: datetime,
    rebuild: bool = False,
) -> BuildResult:
    """Build (or, on request, rebuild) one issue and freeze it in the archive."""
    issue_id = f"{digest.id}/{week.label}"
    stored = archive.stored_issue(issue_id)
    if stored is not None and not rebuild:
        return BuildResult(issue_id, Issue.from_json(stored), created=False)
    if week.end > now:
        raise DigestError(
            f"week {week.label} of {digest.id} has not closed yet (it ends {week.end.isoformat()})"
        )
    rows = archive.candidates(
        digest.id,
        (week.start - LATE_WINDOW).isoformat(timespec="seconds"),
        week.end.isoformat(timespec="seconds"),
        issue_id if stored is not None else None,
    )
    candidates = []
    for r in rows:
        c = Candidate(
            id=r["id"], title=r["title"], summary=r["summary"], url=r["url"],
            published=datetime.fromisoformat(r["published"]), first_seen=datetime.fromisoformat(r["first_seen"]),
            source_id=r["source_id"], category=categories.get(r["source_id"], "news"), kind=r["kind"],
            act=r["act"], authority=r["authority"], jurisdiction=r["jurisdiction"],
            fine_amount=r["fine_amount"], fine_currency=r["fine_currency"], score=r["score"],
        )  # fmt: skip
        if matches(digest, c, json.loads(r["topics"] or "[]")):
            candidates.append(c)
    built = {
        label: datetime.fromisoformat(at)
        for label, at in archive.built_weeks(digest.id).items()
        if label != week.label
    }
    attention = archive.failing_sources(
        week.start.isoformat(timespec="seconds"), week.end.isoformat(timespec="seconds")
    )
    issue = compile_issue(digest, week, candidates, built, attention, now)
    ids = issue.item_ids()
    before = set(Issue.from_json(stored).item_ids()) if stored else set()
    with archive.transaction():
        archive.save_issue(
            issue_id,
            digest.id,
            week.label,
            issue.start,
            issue.end,
            issue.built_at,
            issue.to_json(),
            ids,
        )
    return BuildResult(
        issue_id, issue, created=True,
        added=tuple(sorted(set(ids) - before)) if stored else (),
        removed=tuple(sorted(before - set(ids))),
    )  # fmt: skip
