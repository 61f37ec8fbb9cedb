"""archive + week → Issue: what one issue of a digest holds (pure after its query).

An item belongs to the week of its publication date in the digest's timezone (first seen when
the source gave no date). Each item appears in exactly one issue of a digest. An item first
seen after its own week's issue was built goes into the next issue under "Caught late", but
only if it was published within LATE_WINDOW of that issue's week: the first poll of a new
source (years of back catalogue) is archived, not announced.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from watcher.exceptions import DigestError
from watcher.models import (
    UNNAMED,
    WEEKDAYS,
    Attention,
    Candidate,
    DigestDef,
    Entry,
    Issue,
    RegulatoryGroup,
    Shown,
    Week,
    in_euros,
)
from watcher.store import Archive
from watcher.stories import StoryItem, group
from watcher.text import cut_summary

LATE_WINDOW = timedelta(days=14)  # older stragglers are archived, not announced
ALERT_WINDOW = timedelta(days=7)  # an item published longer ago is news, not an alert
ALERT = "alert-"  # an alert's "week": alert-<item id>; its issue id is <digest>/alert-<item id>


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
        return week_of(datetime.combine(monday, time(12), ZoneInfo(digest.timezone)), digest)
    except (ValueError, OverflowError) as e:
        raise DigestError(f"{label!r} is not an ISO week such as 2026-W17") from e


def last_closed_week(now: datetime, digest: DigestDef) -> Week:
    current = week_of(now, digest)
    return week_of(current.start - timedelta(seconds=1), digest)


def _shown(c: Candidate) -> Shown:
    return Shown(
        id=c.id, title=c.title, summary=cut_summary(c.summary), url=c.url, published=c.published,
        source_id=c.source_id, act=c.act, authority=c.authority, jurisdiction=c.jurisdiction,
        fine_amount=c.fine_amount, fine_currency=c.fine_currency,
    )  # fmt: skip


def _entries(candidates: list[Candidate]) -> tuple[Entry, ...]:
    by_id = {c.id: c for c in candidates}
    items = [
        StoryItem(c.id, c.title, c.summary, c.published, c.source_id, c.category, c.score)
        for c in candidates
    ]
    return tuple(
        Entry(_shown(by_id[s.lead.id]), tuple(_shown(by_id[i.id]) for i in s.also))
        for s in group(items)
    )


def compile_issue(
    digest: DigestDef,
    week: Week,
    candidates: list[Candidate],
    built: dict[str, datetime],
    attention: list[Attention],
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
            regulatory.setdefault((c.jurisdiction or "INT", c.authority or UNNAMED), []).append(c)
        else:
            news.append(c)
    return Issue(
        digest_id=digest.id,
        week=week.label,
        start=week.start,
        end=week.end,
        built_at=now.replace(microsecond=0),
        regulatory=tuple(
            RegulatoryGroup(jur, auth, _entries(items))
            for (jur, auth), items in sorted(regulatory.items())
        ),
        news=_entries(news),
        late=_entries(late),
        attention=tuple(attention),
    )


def matches(digest: DigestDef, c: Candidate) -> bool:
    """The digest's [select]: empty lists take everything."""
    return selects(digest, c.source_id, c.kind, c.jurisdiction, c.topics, c.act, c.authority,
                   in_euros(c.fine_amount, c.fine_currency))  # fmt: skip


def selects(
    digest: DigestDef, source_id: str, kind: str, jurisdiction: str | None,
    topics: tuple[str, ...], act: str | None, authority: str | None, fine_euros: float,
) -> bool:  # fmt: skip
    """The one rule of a digest's [select], for an issue's candidates and the site's items
    (`min_fine` is in euros: models.in_euros)."""
    return (
        (not digest.kinds or kind in digest.kinds)
        and (not digest.jurisdictions or (jurisdiction or "") in digest.jurisdictions)
        and (not digest.sources or source_id in digest.sources)
        and (not digest.topics or bool(set(topics) & set(digest.topics)))
        and (not digest.acts or (act or "") in digest.acts)
        and (not digest.authorities or (authority or "") in digest.authorities)
        and (not digest.min_fine or fine_euros >= digest.min_fine)
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
    stored = archive.issue(issue_id)
    if stored is not None and not rebuild:
        return BuildResult(issue_id, stored, created=False)
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
    candidates = [
        c
        for c in (
            dataclasses.replace(r, category=categories.get(r.source_id, "news")) for r in rows
        )
        if matches(digest, c)
    ]
    built = {
        label: at for label, at in archive.built_weeks(digest.id).items() if label != week.label
    }
    attention = archive.failing_sources(
        week.start.isoformat(timespec="seconds"), week.end.isoformat(timespec="seconds")
    )
    issue = compile_issue(digest, week, candidates, built, attention, now)
    ids = issue.item_ids()
    before = set(stored.item_ids()) if stored else set()
    with archive.transaction():
        archive.save_issue(issue)
    return BuildResult(
        issue_id, issue, created=True,
        added=tuple(sorted(set(ids) - before)) if stored else (),
        removed=tuple(sorted(before - set(ids))),
    )  # fmt: skip


def build_alerts(
    archive: Archive, digest: DigestDef, categories: dict[str, str], now: datetime
) -> list[Issue]:
    """For an alert digest: one frozen one-item issue for each matching relevant item published
    in the last ALERT_WINDOW and not alerted yet (an item is alerted once: digest_items)."""
    made = alerts_due(archive, digest, categories, now)
    for issue in made:
        with archive.transaction():
            archive.save_issue(issue)
    return made


def alerts_due(
    archive: Archive, digest: DigestDef, categories: dict[str, str], now: datetime
) -> list[Issue]:
    """The one-item issues `build_alerts` would freeze now, not frozen (`run --dry-run`)."""
    rows = archive.candidates(
        digest.id,
        (now - ALERT_WINDOW).isoformat(timespec="seconds"),
        (now + timedelta(days=1)).isoformat(timespec="seconds"),
        None,
    )
    made = []
    for row in rows:
        c = dataclasses.replace(row, category=categories.get(row.source_id, "news"))
        if not matches(digest, c):
            continue
        entry = Entry(_shown(c))
        regulatory = c.kind == "regulatory"
        issue = Issue(
            digest_id=digest.id, week=f"{ALERT}{c.id}", start=c.published, end=c.published,
            built_at=now.replace(microsecond=0),
            regulatory=(RegulatoryGroup(c.jurisdiction or "INT", c.authority or UNNAMED, (entry,)),)
            if regulatory else (),
            news=() if regulatory else (entry,),
        )  # fmt: skip
        made.append(issue)
    return made
