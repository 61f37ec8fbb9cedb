"""`watcher run`, for cron: poll what is due, build every closed week not built yet, send.

Safe to run every 15 minutes: everything it does is idempotent (conditional polling, frozen
issues, the mail ledger), and overlapping runs are kept out by the archive's lock. It reports
only what needs a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from watcher.classify.modelfile import SHIPPED as SHIPPED_MODEL
from watcher.config.settings import Settings, site_url
from watcher.digest import (
    ALERT_WINDOW,
    alerts_due,
    build,
    build_alerts,
    last_closed_week,
    week_by_label,
    week_of,
)
from watcher.exceptions import ConfigError, DeliveryError, RulesError, SiteError
from watcher.mail import deliver, recipients, sender_for, subject, unsent
from watcher.models import DigestDef, Issue, Source
from watcher.pipeline import is_due, poll
from watcher.render import reader_names
from watcher.site import build_site
from watcher.store import Archive


@dataclass
class RunReport:
    polled: int = 0
    new: int = 0
    built: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)  # "issue → address"
    would_send: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what needs a person


def weeks_to_build(archive: Archive, digest: DigestDef, now: datetime) -> list[str]:
    """The last closed week, and any closed weeks missed since the latest built one (cron was
    down); never the weeks before a digest's first issue."""
    last = last_closed_week(now, digest)
    built = archive.built_weeks(digest.id)
    if not built:
        return [last.label]
    latest = max(built, key=lambda label: week_by_label(label, digest).start)
    labels = []
    week = week_of(week_by_label(latest, digest).end + timedelta(hours=1), digest)
    while week.end <= last.end:
        if week.label not in built:
            labels.append(week.label)
        week = week_of(week.end + timedelta(hours=1), digest)
    return labels


def run_once(
    archive: Archive,
    sources: list[Source],
    digests: list[DigestDef],
    settings: Settings,
    db_path: Path,
    now: datetime,
    dry_run: bool = False,
    transport: object = None,
    user_agent: str | None = None,
    model: str = str(SHIPPED_MODEL),
    catch_up: bool = False,
) -> RunReport:
    """One cron run; the caller holds the archive's lock. With WATCHER_SITE_DIR set, the
    static site of each digest is rebuilt at the end (only changed files are rewritten)."""
    report = RunReport()
    states = archive.states(s.id for s in sources if s.enabled)
    due = [s for s in sources if s.enabled and is_due(states[s.id], now)]
    if due:
        try:
            results = poll(
                due, archive, lambda: now, transport=transport, user_agent=user_agent, model=model
            )
        except RulesError as e:  # nothing new can be classified; the digests go on from the archive
            report.problems.append(f"poll: {e}")
            results = []
        report.polled = len(results)
        report.new = sum(r.new for r in results)
        # A failing source is reported by the digest's "Sources needing attention"; here only
        # once it has failed for a day, so a passing hiccup does not wake anyone.
        for r in results:
            if not r.ok and _failing_for_a_day(archive, r.source_id, now):
                report.problems.append(f"source {r.source_id} has failed for over a day: {r.error}")
    categories = {s.id: s.category for s in sources}
    names = reader_names(sources)
    for digest in digests:
        try:
            _build_and_send(archive, digest, categories, names, settings, db_path, now, dry_run,
                            report, catch_up)  # fmt: skip
        except (
            ConfigError,
            DeliveryError,
        ) as e:  # this digest waits; the others and the site go on
            report.problems.append(f"digest {digest.id}: {e}")
    published = [d for d in digests if not d.alert]  # an alert's items are on the weekly site
    if settings.site_dir and published and not dry_run:
        try:
            address = site_url(settings.site_url).rstrip("/") + "/"
        except ConfigError as e:  # reported with the run's other problems; the mail went out
            report.problems.append(f"site of {', '.join(d.id for d in published)}: {e}")
            return report
        for digest in published:  # the first digest at the root, any others beside it
            inside = "" if digest is published[0] else f"{digest.id}/"
            try:
                build_site(archive, digest, sources, settings.site_dir / inside, address + inside)
            except SiteError as e:
                report.problems.append(f"site of {digest.id}: {e}")
    return report


def _build_and_send(
    archive: Archive, digest: DigestDef, categories: dict[str, str], names: dict[str, str],
    settings: Settings, db_path: Path, now: datetime, dry_run: bool, report: RunReport,
    catch_up: bool = False,
) -> None:  # fmt: skip
    if digest.alert:
        _alerts(archive, digest, categories, names, settings, db_path, now, dry_run, report)
        return
    new_issues = []
    for label in weeks_to_build(archive, digest, now):
        result = build(archive, digest, week_by_label(label, digest), categories, now)
        if result.created:
            report.built.append(result.issue_id)
            new_issues.append(result.issue_id)
    to: list[str] | None = None
    sender = sender_for(settings, db_path)
    last = last_closed_week(now, digest).label
    for issue_id in dict.fromkeys(new_issues + archive.unsent_issues(digest.id, sender.method)):
        issue = archive.issue(issue_id)
        if issue is None or not _to_mail(
            archive, digest, issue, sender.method, last, catch_up, report
        ):
            continue
        to = to if to is not None else recipients(digest, settings.env)
        if dry_run:
            title = subject(issue, digest)
            report.would_send += [
                f"{issue_id} → {a}: {title}" for a in unsent(archive, issue_id, to, sender.method)
            ]
            continue
        sent = deliver(archive, issue, digest, names, to, sender, now)
        report.sent += [f"{issue_id} → {a}" for a in sent.sent]
        report.problems += [f"{issue_id}: refused {a}: {e}" for a, e in sent.refused]
        report.problems += [
            f"{issue_id}: failed {a}: {e} (retried next run)" for a, e in sent.failed
        ]
        report.problems += [f"{issue_id}: not yet sent to {a} (next run)" for a in sent.pending]
    # Every send in doubt, every run, until a person settles it: silence would hide a lost issue.
    for issue_id, address, error in archive.unsettled(digest.id, sender.method):
        week = issue_id.split("/", 1)[1]
        report.problems.append(
            f"{issue_id}: in doubt for {address} ({error or 'a run stopped while sending'}); "
            f"if it arrived: watcher digest ack {issue_id} {address}; if not: "
            f"watcher digest send --digest {digest.id} --week {week} --resend {address}"
        )


def _alerts(
    archive: Archive, digest: DigestDef, categories: dict[str, str], names: dict[str, str],
    settings: Settings, db_path: Path, now: datetime, dry_run: bool, report: RunReport,
) -> None:  # fmt: skip
    """An alert digest: one short e-mail per new matching item, as soon as it is archived (and
    any alert of the last week whose sending did not finish)."""
    sender = sender_for(settings, db_path)
    to = recipients(digest, settings.env)
    made = (alerts_due if dry_run else build_alerts)(archive, digest, categories, now)
    pending = [archive.issue(i) for i in archive.unsent_issues(digest.id, sender.method)]
    fresh = {i.issue_id: i for i in [*made, *pending] if i and i.built_at >= now - ALERT_WINDOW}
    if dry_run:  # say what would go out; build and send nothing
        report.would_send += [f"{issue_id} → {a}: {subject(issue, digest)}"
                              for issue_id, issue in fresh.items()
                              for a in unsent(archive, issue_id, to, sender.method)]  # fmt: skip
        return
    report.built += list(fresh)
    for issue in fresh.values():
        sent = deliver(archive, issue, digest, names, to, sender, now)
        report.sent += [f"{issue.issue_id} → {a}" for a in sent.sent]
        report.problems += [
            f"{issue.issue_id}: failed {a}: {e} (retried next run)" for a, e in sent.failed
        ]
        report.problems += [f"{issue.issue_id}: refused {a}: {e}" for a, e in sent.refused]


def _to_mail(
    archive: Archive, digest: DigestDef, issue: Issue, method: str, last: str, catch_up: bool,
    report: RunReport,
) -> bool:  # fmt: skip
    """Whether readers get this issue now. Every issue is built and published; the mail goes
    only for the last closed week (older ones after an outage are not a flood in the inbox, unless
    --catch-up), not for a quiet week (unless send_empty), and not for a week in which every poll
    failed (the network was down): that is the operator's news, not the readers'."""
    started = bool(archive.ledger(issue.issue_id, method))  # a send begun is always finished
    if started:
        return True
    if issue.week != last and not catch_up:
        return False
    made, succeeded = archive.poll_counts(_iso(issue.start), _iso(issue.end))
    if made and not succeeded:
        report.problems.append(
            f"{issue.issue_id}: every poll failed that week, so it is not mailed as news "
            "(check the network and 'watcher sources status'; then 'watcher digest build "
            f"--week {issue.week} --rebuild' and 'watcher digest send --week {issue.week}')"
        )
        return False
    return bool(issue.item_ids()) or digest.send_empty


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def _failing_for_a_day(archive: Archive, source_id: str, now: datetime) -> bool:
    state = archive.state(source_id)
    if state.error_count < 1:
        return False
    since = (
        datetime.fromisoformat(state.last_success)
        if state.last_success
        else archive.first_poll(source_id)
    )
    return since is not None and since <= now - timedelta(days=1)
