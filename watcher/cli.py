"""The `watcher` command: a thin click layer over the library.

Library errors become one-line messages here; nothing below this module prints or exits.
Exit status: 0 all well, 1 something failed (a source, a check), 2 bad usage or configuration,
75 the archive is locked by another run (try again later).
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from watcher import __version__
from watcher.classify import load_rules
from watcher.config import load_digests, load_sources
from watcher.digest import Issue, last_closed_week, week_by_label
from watcher.digest import build as build_digest
from watcher.evaluate import SourceLookup, classify_lines, evaluate
from watcher.exceptions import ConfigError, LockedError, WatcherError
from watcher.fetch import Fetcher, default_user_agent
from watcher.mail import SmtpSettings, deliver, environment, outbox_path, recipients, subject
from watcher.models import ACTS, TOPICS, DigestDef, PollResult, Source
from watcher.pipeline import is_due, parse_pool, poll_sources, reclassify
from watcher.render import render_html, render_text
from watcher.replay import ReplayTransport
from watcher.run import run_once
from watcher.search import COLUMNS as SEARCH_COLUMNS
from watcher.search import HIGHLIGHT_END, HIGHLIGHT_START, Filters, count_not_relevant, search
from watcher.site import build_site
from watcher.store import Archive

EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_LOCKED = 75  # EX_TEMPFAIL: cron may simply try again


@dataclass
class Context:
    db: Path
    sources_dir: Path
    fixed_now: datetime | None
    digests_dir: Path = Path("digests")

    def now(self) -> datetime:
        return self.fixed_now or datetime.now(UTC)

    def open_archive(self) -> Archive:
        return Archive.open(self.db)

    def load_sources(self) -> tuple[list[Source], list[ConfigError]]:
        return load_sources(self.sources_dir)


def _parse_now(_: click.Context, __: click.Parameter, value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise click.BadParameter(
            f"{value!r} is not an ISO date-time such as 2026-04-27T08:00"
        ) from e
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors → one line on stderr and the matching exit status."""
    try:
        yield
    except LockedError as e:
        click.echo(f"watcher: {e}", err=True)
        sys.exit(EXIT_LOCKED)
    except ConfigError as e:
        click.echo(f"watcher: {e}", err=True)
        sys.exit(EXIT_CONFIG)
    except WatcherError as e:
        click.echo(f"watcher: {e}", err=True)
        sys.exit(EXIT_FAILED)


def plural(n: int, one: str, many: str | None = None, number: bool = True) -> str:
    """ "1 file", "2 files": the count and the word that agrees with it."""
    word = one if n == 1 else (many or one + "s")
    return f"{n} {word}" if number else word


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="watcher")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="WATCHER_DB",
    default="watcher.db",
    show_default=True,
    help="The SQLite archive (env WATCHER_DB).",
)
@click.option(
    "--sources",
    "sources_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="WATCHER_SOURCES",
    default="sources",
    show_default=True,
    help="Folder of sources/*.toml (env WATCHER_SOURCES).",
)
@click.option(
    "--digests",
    "digests_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="WATCHER_DIGESTS",
    default="digests",
    show_default=True,
    help="Folder of digests/*.toml (env WATCHER_DIGESTS).",
)
@click.option(
    "--now",
    envvar="WATCHER_NOW",
    callback=_parse_now,
    help="Pretend the current time is this ISO date-time (env WATCHER_NOW); for tests and backfills.",
)
@click.pass_context
def cli(
    ctx: click.Context, db: Path, sources_dir: Path, digests_dir: Path, now: datetime | None
) -> None:
    """Watch regulators and the press for workplace AI monitoring."""
    ctx.obj = Context(db=db, sources_dir=sources_dir, fixed_now=now, digests_dir=digests_dir)


pass_context = click.make_pass_decorator(Context)


# -- sources ------------------------------------------------------------------------------------


@cli.group()
def sources() -> None:
    """Inspect and validate the source registry (sources/*.toml)."""


@sources.command("check")
@pass_context
def sources_check(ctx: Context) -> None:
    """Validate every sources/*.toml file; one line per problem, exit status 2 if any.

    Example: watcher sources check
    """
    with _errors():
        found, problems = ctx.load_sources()
    _report_check(problems, f"{len(found)} sources OK", ctx.sources_dir)


def _report_check(problems: list[ConfigError], ok: str, folder: Path) -> None:
    """One line per problem on stderr and exit status 2, or one line saying all is well."""
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        click.echo(f"{plural(len(problems), 'problem')} in {folder}", err=True)
        sys.exit(EXIT_CONFIG)
    click.echo(f"{ok} in {folder}")


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


@sources.command("list")
@pass_context
def sources_list(ctx: Context) -> None:
    """Show the registry: id, kind, category, jurisdiction, language, status and name.

    Example: watcher sources list
    """
    with _errors():
        found, problems = ctx.load_sources()
    rows = [
        [
            s.id,
            s.kind,
            s.category,
            s.jurisdiction,
            s.language,
            ("" if s.enabled else "disabled ") + ("verified" if s.verified else "unverified"),
            s.name,
        ]
        for s in found
    ]
    click.echo(_table(rows, ["ID", "KIND", "CATEGORY", "JUR", "LANG", "STATUS", "NAME"]))
    if problems:
        click.echo(
            f"({len(problems)} invalid entries skipped: run 'watcher sources check')", err=True
        )


def _short(stamp: str | None) -> str:
    return stamp.replace("T", " ")[:16] if stamp else "-"


@sources.command("status")
@pass_context
def sources_status(ctx: Context) -> None:
    """Per source: last success, last error, error count, next poll and item count.

    Example: watcher --db watcher.db sources status
    """
    with _errors():
        found, _ = ctx.load_sources()
        archive = ctx.open_archive()
        counts = archive.item_counts()
        rows = []
        moved = []
        for s in found:
            st = archive.state(s.id)
            error = (st.last_error or "")[:60] if st.error_count else ""
            rows.append(
                [
                    s.id,
                    _short(st.last_success),
                    str(st.error_count),
                    _short(st.next_poll),
                    str(counts.get(s.id, 0)),
                    error,
                ]
            )
            if st.permanent_redirect:
                moved.append(
                    f"{s.id}: moved permanently to {st.permanent_redirect} ({s.file}:{s.line})"
                )
    click.echo(_table(rows, ["ID", "LAST SUCCESS", "ERRORS", "NEXT POLL", "ITEMS", "LAST ERROR"]))
    for line in moved:
        click.echo(line)


# -- digests -----------------------------------------------------------------------------------


@cli.group("digests")
def digests_group() -> None:
    """Inspect and validate the digest definitions (digests/*.toml)."""


def _digests(ctx: Context) -> tuple[list[DigestDef], list[ConfigError]]:
    try:
        found, _ = ctx.load_sources()
        known: set[str] | None = {s.id for s in found}
    except ConfigError:
        known = None  # without a registry, source names in [select] are not checked
    return load_digests(ctx.digests_dir, known)


def _selected_digests(ctx: Context, digest_ids: tuple[str, ...]) -> list[DigestDef]:
    """The valid digests named (all when none is), or a ConfigError saying what is wrong."""
    found, problems = _digests(ctx)
    if problems:
        raise ConfigError(
            f"{plural(len(problems), 'problem')} in {ctx.digests_dir}: run 'watcher digests check'"
        )
    unknown = set(digest_ids) - {d.id for d in found}
    if unknown:
        raise ConfigError(
            f"unknown digest {plural(len(unknown), 'id', number=False)}: {', '.join(sorted(unknown))} (see 'watcher digests list')"
        )
    return [d for d in found if not digest_ids or d.id in digest_ids]


@digests_group.command("check")
@pass_context
def digests_check(ctx: Context) -> None:
    """Validate every digests/*.toml; one line per problem, exit status 2 if any.

    Example: watcher digests check
    """
    with _errors():
        found, problems = _digests(ctx)
    _report_check(problems, f"{plural(len(found), 'digest')} OK", ctx.digests_dir)


@digests_group.command("list")
@pass_context
def digests_list(ctx: Context) -> None:
    """Show the digests: id, week, timezone, recipients and what each takes.

    Example: watcher digests list
    """
    with _errors():
        found, problems = _digests(ctx)
    rows = []
    for d in found:
        to = (
            f"${d.recipients_env}"
            if d.recipients_env
            else plural(len(d.recipients), "address", "addresses")
        )
        takes = "; ".join(
            f"{name}: {', '.join(values)}"
            for name, values in (
                ("kinds", d.kinds),
                ("topics", d.topics),
                ("jurisdictions", d.jurisdictions),
                ("sources", d.sources),
            )
            if values
        )
        rows.append(
            [d.id, f"closes {d.weekday}", d.timezone, to, takes or "all relevant items", d.title]
        )
    click.echo(_table(rows, ["ID", "WEEK", "TIMEZONE", "TO", "TAKES", "TITLE"]))
    if problems:
        click.echo(f"({plural(len(problems), 'problem')}: run 'watcher digests check')", err=True)


@cli.group("digest")
def digest_group() -> None:
    """Build the issues of the digests (sending comes next)."""


@digest_group.command("build")
@click.option(
    "--digest", "digest_ids", multiple=True, metavar="ID", help="Only this digest (repeatable)."
)
@click.option(
    "--week", help="The ISO week to build, e.g. 2026-W17 (default: the last closed week)."
)
@click.option(
    "--rebuild", is_flag=True, help="Build an already frozen issue again and say what changed."
)
@pass_context
def digest_build(
    ctx: Context, digest_ids: tuple[str, ...], week: str | None, rebuild: bool
) -> None:
    """Build and freeze one week's issue of each digest.

    Once built, an issue is frozen (stored with the ids of its items); it is built again only
    with --rebuild, which reports the items that came in and went out.

    \b
    Examples:
      watcher digest build
      watcher digest build --digest weekly --week 2026-W17 --rebuild
    """
    with _errors():
        selected = _selected_digests(ctx, digest_ids)
        sources, _ = ctx.load_sources()
        categories = {s.id: s.category for s in sources}
        archive = ctx.open_archive()
        now = ctx.now()
        with archive.lock():
            for d in selected:
                target = week_by_label(week, d) if week else last_closed_week(now, d)
                result = build_digest(archive, d, target, categories, now, rebuild)
                counts = result.issue.counts()
                summary = (
                    f"{plural(counts['regulatory'], 'regulatory development')}, "
                    f"{plural(counts['news'], 'news story', 'news stories')}, "
                    f"{counts['late']} caught late ({plural(counts['items'], 'item')}); "
                    f"{plural(counts['attention'], 'source')} needing attention"
                )
                if not result.created:
                    click.echo(
                        f"{result.issue_id} is already built and frozen ({summary}); use --rebuild to build it again"
                    )
                elif rebuild and (result.added or result.removed):
                    click.echo(
                        f"rebuilt {result.issue_id}: {summary}; "
                        + "; ".join(
                            f"{sign}{plural(len(ids), 'item')} {' '.join(ids)}".rstrip()
                            for sign, ids in (("+", result.added), ("-", result.removed))
                        )
                    )
                elif rebuild:
                    click.echo(f"rebuilt {result.issue_id}: {summary}; no change in its items")
                else:
                    click.echo(f"built {result.issue_id}: {summary}")


@digest_group.command("show")
@click.option("--digest", "digest_id", default="weekly", show_default=True, metavar="ID")
@click.option("--week", help="The ISO week, e.g. 2026-W17 (default: the last closed week).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "html", "json"]),
    default="text",
    show_default=True,
)
@pass_context
def digest_show(ctx: Context, digest_id: str, week: str | None, fmt: str) -> None:
    """Show a built issue as the email's text or HTML part, or as its frozen JSON.

    \b
    Examples:
      watcher digest show --week 2026-W17
      watcher digest show --week 2026-W17 --format html > issue.html
    """
    with _errors():
        found, _ = _digests(ctx)
        digest = next((d for d in found if d.id == digest_id), None)
        if digest is None:
            raise ConfigError(f"unknown digest id {digest_id!r} (see 'watcher digests list')")
        target = week_by_label(week, digest) if week else last_closed_week(ctx.now(), digest)
        stored = ctx.open_archive().stored_issue(f"{digest.id}/{target.label}")
        if stored is None:
            raise WatcherError(
                f"{digest.id}/{target.label} is not built yet: run 'watcher digest build --week {target.label}'"
            )
        sources, _ = ctx.load_sources()
        names = {s.id: s.name for s in sources}
    issue = Issue.from_json(stored)
    if fmt == "json":
        click.echo(stored)
    elif fmt == "html":
        click.echo(render_html(issue, digest, names), nl=False)
    else:
        click.echo(render_text(issue, digest, names), nl=False)


@digest_group.command("send")
@click.option(
    "--digest", "digest_ids", multiple=True, metavar="ID", help="Only this digest (repeatable)."
)
@click.option("--week", help="The ISO week, e.g. 2026-W17 (default: the last closed week).")
@click.option(
    "--dry-run", is_flag=True, help="Say what would be sent to whom; send and record nothing."
)
@pass_context
def digest_send(ctx: Context, digest_ids: tuple[str, ...], week: str | None, dry_run: bool) -> None:
    """E-mail a built issue to its recipients, exactly once each.

    SMTP settings come from WATCHER_SMTP_HOST, _PORT, _USER, _PASSWORD and _SECURITY
    (starttls, ssl or none). With no host set, messages are written as .eml files to an outbox
    folder ($WATCHER_OUTBOX, else 'outbox' beside the archive). A ledger records every
    recipient: a re-run sends only what is unsent and never sends anyone the same issue twice.

    \b
    Examples:
      watcher digest send --dry-run
      WATCHER_SMTP_HOST=smtp.example.org watcher digest send --week 2026-W17
    """
    env = environment()
    trouble = False
    with _errors():
        selected = _selected_digests(ctx, digest_ids)
        settings = SmtpSettings.from_env(env)
        sources, _ = ctx.load_sources()
        names = {s.id: s.name for s in sources}
        archive = ctx.open_archive()
        now = ctx.now()
        with archive.lock():
            for d in selected:
                target = week_by_label(week, d) if week else last_closed_week(now, d)
                issue_id = f"{d.id}/{target.label}"
                stored = archive.stored_issue(issue_id)
                if stored is None:
                    raise WatcherError(
                        f"{issue_id} is not built yet: run 'watcher digest build --week {target.label}'"
                    )
                issue = Issue.from_json(stored)
                to = recipients(d, env)
                if dry_run:
                    ledger = archive.ledger(issue_id)
                    unsent = [
                        a
                        for a in to
                        if ledger.get(a, {}).get("status")
                        not in ("sent", "written", "refused", "unknown")
                    ]
                    where = (
                        f"SMTP {settings.host}:{settings.port}"
                        if settings.host
                        else f"outbox {outbox_path(ctx.db, env)}"
                    )
                    title = subject(issue, d)
                    click.echo(
                        f"{issue_id}: would send {len(unsent)} of {len(to)} via {where}: {title}"
                    )
                    for address in unsent:
                        click.echo(f"  to {address}")
                    continue
                report = deliver(
                    archive, issue, d, names, to, settings, outbox_path(ctx.db, env), now
                )
                line = f"{issue_id}: {len(report.sent)} sent, {len(report.already)} already sent"
                if report.outbox:
                    line += f" (written to {report.outbox})"
                click.echo(line)
                for address, error in report.refused:
                    click.echo(f"  refused {address}: {error} (not retried)")
                for address, error in report.failed:
                    click.echo(f"  failed {address}: {error} (retried on the next run)")
                for address in report.pending:
                    click.echo(f"  not tried {address} (sent on the next run)")
                for address in report.unknown:
                    click.echo(
                        f"  unknown {address}: a run stopped while sending; check, it will not be resent"
                    )
                trouble = trouble or report.needs_a_person
    if trouble:
        sys.exit(EXIT_FAILED)


@cli.group("site")
def site_group() -> None:
    """Publish past digests as a static site."""


@site_group.command("build")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default="site",
    show_default=True,
    help="The folder to write (env WATCHER_SITE_DIR).",
    envvar="WATCHER_SITE_DIR",
)
@click.option("--digest", "digest_id", default="weekly", show_default=True, metavar="ID")
@click.option(
    "--base-url",
    default="https://example.org/watcher/",
    show_default=True,
    envvar="WATCHER_SITE_URL",
    help="Where the site will be hosted (for the Atom feed and sitemap; env WATCHER_SITE_URL).",
)
@pass_context
def site_build(ctx: Context, out: Path, digest_id: str, base_url: str) -> None:
    """Write the static site of a digest's issues: home, one page per issue, topics,
    jurisdictions, sources, an Atom feed, sitemap.xml and a 404 page.

    Only files whose content changed are rewritten.

    \b
    Examples:
      watcher site build --out public/ --base-url https://privacy.example.org/watch/
      python -m http.server -d public 8000     # then open http://localhost:8000/
    """  # fmt: skip
    with _errors():
        digest = _selected_digests(ctx, (digest_id,))[0]
        sources, _ = ctx.load_sources()
        result = build_site(ctx.open_archive(), digest, sources, out, base_url, ctx.now())
    click.echo(
        f"site in {out}: {plural(len(result.written), 'file')} written, {result.unchanged} unchanged, "
        f"{len(result.removed)} removed"
    )


@cli.command("run")
@click.option(
    "--dry-run", is_flag=True, help="Poll and build as usual, but only say what would be sent."
)
@pass_context
def run_command(ctx: Context, dry_run: bool) -> None:
    """The cron job: poll what is due, build closed weeks, send what is unsent.

    Quiet when all is well; a short report and exit status 1 when something needs a person.
    Safe to run every 15 minutes: overlapping runs are locked out (exit status 75).

    \b
    Example (crontab):
      */15 * * * *  cd /srv/watcher && .venv/bin/watcher run
    """
    env = environment()
    with _errors():
        sources, problems = ctx.load_sources()
        digests, digest_problems = _digests(ctx)
        archive = ctx.open_archive()
        with archive.lock():
            report = run_once(
                archive, sources, digests, env, ctx.db, ctx.now(), dry_run,
                user_agent=default_user_agent(env.get("WATCHER_CONTACT")),
            )  # fmt: skip
    lines = [f"invalid configuration: {p}" for p in [*problems, *digest_problems]] + report.problems
    for line in report.would_send:
        click.echo(f"would send {line}")
    if lines:
        click.echo(
            f"watcher run: {plural(len(lines), 'thing needs', 'things need')} attention", err=True
        )
        for line in lines:
            click.echo(f"- {line}", err=True)
        sys.exit(EXIT_FAILED)


# -- poll ---------------------------------------------------------------------------------------


def _select(found: list[Source], wanted: tuple[str, ...]) -> list[Source]:
    if not wanted:
        return [s for s in found if s.enabled]
    by_id = {s.id: s for s in found}
    unknown = [w for w in wanted if w not in by_id]
    if unknown:
        raise ConfigError(
            f"unknown source {plural(len(unknown), 'id', number=False)}: {', '.join(unknown)} (see 'watcher sources list')"
        )
    return [by_id[w] for w in wanted]


def _progress_printer(total: int) -> Callable[[PollResult], None]:
    done = 0

    def show(result: PollResult) -> None:
        nonlocal done
        done += 1
        if result.ok:
            what = (
                "not modified"
                if result.not_modified
                else (
                    f"{result.entries} entries, {result.new} new ({result.relevant} relevant), "
                    f"{result.updated} updated"
                )
            )
        else:
            what = f"FAILED: {result.error}"
        click.echo(f"[{done:>{len(str(total))}}/{total}] {result.source_id}: {what}", err=True)

    return show


def summarize(results: list[PollResult]) -> str:
    failed = [r for r in results if not r.ok]
    new = sum(r.new for r in results)
    relevant = sum(r.relevant for r in results)
    updated = sum(r.updated for r in results)
    unchanged = sum(1 for r in results if r.ok and r.not_modified)
    line = (
        f"polled {len(results)} sources: {len(results) - len(failed)} ok, {len(failed)} failed; "
        f"{new} new items ({relevant} relevant), {updated} updated; {unchanged} unchanged"
    )
    if failed:
        by_error: dict[str, list[str]] = {}
        for r in failed:
            by_error.setdefault(r.error or "unknown error", []).append(r.source_id)
        line += "; failed: " + "; ".join(
            f"{ids[0]} ({error})"
            if len(ids) == 1
            else f"{len(ids)} sources ({', '.join(ids)}): {error}"
            for error, ids in by_error.items()
        )  # one cause shared by many sources (the network is down) is said once
    return line


@cli.command()
@click.option(
    "--source",
    "source_ids",
    multiple=True,
    metavar="ID",
    help="Poll only this source (repeatable).",
)
@click.option("--due", is_flag=True, help="Poll only sources whose next poll time has come.")
@click.option(
    "--record",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep each raw response in DIR (replayable with --replay).",
)
@click.option(
    "--replay",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Serve recorded responses from DIR instead of the network.",
)
@pass_context
def poll(
    ctx: Context,
    source_ids: tuple[str, ...],
    due: bool,
    record: Path | None,
    replay: Path | None,
) -> None:
    """Fetch the sources and archive every new or changed item.

    \b
    Examples:
      watcher poll
      watcher poll --source cnil --source edpb-news
      watcher poll --replay watcher/samples/replay
    """
    with _errors():
        found, problems = ctx.load_sources()
        for problem in problems:
            click.echo(f"watcher: skipping invalid source entry: {problem}", err=True)
        selected = _select(found, source_ids)
        transport = None
        if replay is not None:
            replayer = ReplayTransport(replay)
            skipped = [s.id for s in selected if not replayer.has(s.url)]
            selected = [s for s in selected if replayer.has(s.url)]
            if skipped and not source_ids:
                click.echo(
                    f"replay: {len(skipped)} sources have no recording in {replay}; skipped",
                    err=True,
                )
            transport = replayer
        archive = ctx.open_archive()
        with archive.lock():
            if due:
                selected = [s for s in selected if is_due(archive.state(s.id), ctx.now())]
            progress = _progress_printer(len(selected)) if sys.stderr.isatty() else None
            results = asyncio.run(_poll(selected, archive, transport, ctx, record, progress))
        click.echo(summarize(results))
        for r in results:
            if r.permanent_redirect:
                src = next(s for s in selected if s.id == r.source_id)
                click.echo(
                    f"note: {r.source_id} moved permanently to {r.permanent_redirect}; "
                    f"update its url in {src.file}:{src.line}"
                )
    if problems or any(not r.ok for r in results):
        sys.exit(EXIT_FAILED)


async def _poll(
    selected: list[Source],
    archive: Archive,
    transport: Any,
    ctx: Context,
    record: Path | None,
    progress: Callable[[PollResult], None] | None,
) -> list[PollResult]:
    agent = default_user_agent(os.environ.get("WATCHER_CONTACT"))
    pool = parse_pool(len(selected))
    try:
        async with Fetcher(transport=transport, user_agent=agent) as fetcher:
            return await poll_sources(selected, archive, fetcher, ctx.now, record, progress, pool)
    finally:
        if pool:
            pool.shutdown()


# -- classification ---------------------------------------------------------------------------


def _lookup(ctx: Context) -> SourceLookup:
    try:
        found, _ = ctx.load_sources()
    except ConfigError:
        found = []  # classify works without a registry; sources then come from the input
    return SourceLookup(found)


@cli.command("classify")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@pass_context
def classify_command(ctx: Context, file: Any) -> None:
    """Classify JSON Lines (title, summary, content, source, ...) from FILE or stdin.

    Writes one JSON object per input line, in order: the input plus relevant, score, topics,
    kind, act, authority, jurisdiction, fine and evidence. A line that is not JSON gets an
    error object naming its line number.

    \b
    Example:
      echo '{"title": "Employer fined for keystroke logging of staff"}' | watcher classify
    """
    for out in classify_lines(file, _lookup(ctx)):
        click.echo(json.dumps(out, ensure_ascii=False))


@cli.command("eval")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@pass_context
def eval_command(ctx: Context, files: tuple[Path, ...]) -> None:
    """Precision, recall, F1 and false-positive rate against labelled JSON Lines (label 0/1).

    Reports overall, per language and per kind, then every misclassified item with its
    evidence.

    \b
    Example:
      watcher eval ../shared/labeled/dev.jsonl ../shared/labeled/dev-web.jsonl
    """
    lookup = _lookup(ctx)
    rows = []
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        for line, out in zip(lines, classify_lines(lines, lookup), strict=True):
            if "error" in out and "relevant" not in out:
                click.echo(f"{path}:{out['line']}: {out['error']}", err=True)
                continue
            gold = json.loads(line)
            out["gold_kind"] = gold.get("kind")
            out["label"] = gold.get("label")
            rows.append(out)
    click.echo(f"rules version {load_rules().version}")
    click.echo(evaluate(rows).text())


@cli.command("reclassify")
@pass_context
def reclassify_command(ctx: Context) -> None:
    """Re-run the current classifier rules over the whole archive and report what changed.

    Labels given with 'watcher label' are kept and still win.

    Example: watcher reclassify
    """
    with _errors():
        found, _ = ctx.load_sources()
        archive = ctx.open_archive()
        with archive.lock():
            report = reclassify(archive, {s.id: s for s in found}, ctx.now())
    click.echo(
        f"reclassified {report.items} items with rules {report.version}: {report.changed} changed, "
        f"{len(report.became_relevant)} became relevant, {len(report.no_longer_relevant)} no longer relevant"
    )
    for item_id, title in report.became_relevant:
        click.echo(f"+ {item_id} {title}")
    for item_id, title in report.no_longer_relevant:
        click.echo(f"- {item_id} {title}")


@cli.command("label")
@click.argument("item_id")
@click.argument("verdict", type=click.Choice(["relevant", "not-relevant"]))
@click.option("--note", help="Why (kept with the label and exported).")
@pass_context
def label_command(ctx: Context, item_id: str, verdict: str, note: str | None) -> None:
    """Overrule the classifier for one item; the label wins and survives reclassification.

    Example: watcher label 3f2a9c0d1e4b5a67 not-relevant --note "about job applicants"
    """
    with _errors():
        archive = ctx.open_archive()
        archive.set_label(item_id, verdict == "relevant", note, ctx.now())
        stored = archive.classification(item_id)
    said = "relevant" if stored and stored["relevant"] else "not relevant"
    click.echo(f"labelled {item_id} {verdict} (the classifier says {said})")


@cli.group("labels")
def labels_group() -> None:
    """The labels people gave with 'watcher label'."""


@labels_group.command("export")
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File (default stdout).",
)
@pass_context
def labels_export(ctx: Context, output: Any) -> None:
    """Export labels as JSON Lines that 'watcher eval' and 'watcher classify' read.

    Example: watcher labels export -o my-labels.jsonl
    """
    with _errors():
        archive = ctx.open_archive()
        for row in archive.labeled():
            record = {
                "id": row["id"], "title": row["title"], "summary": row["summary"],
                "content": row["content_text"], "source": row["source_id"], "language": row["language"],
                "url": row["url"], "published": row["published"], "label": row["label"],
                "kind": row["classified_kind"], "note": row["note"], "labeled_at": row["labeled_at"],
            }  # fmt: skip
            output.write(json.dumps(record, ensure_ascii=False) + "\n")


# -- search ------------------------------------------------------------------------------------


def _plain(snippet: str | None) -> str:
    text = (snippet or "").replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    return " ".join(text.split())


def _coloured(snippet: str | None) -> str:
    text = " ".join((snippet or "").split())
    pieces = re.split(f"({HIGHLIGHT_START}.*?{HIGHLIGHT_END})", text)
    return "".join(
        click.style(p[1:-1], fg="yellow", bold=True) if p.startswith(HIGHLIGHT_START) else p
        for p in pieces
    )


def _record(hit: dict[str, Any]) -> dict[str, Any]:
    """The documented, stable output schema of --format json|jsonl|csv (docs/search.md)."""
    record = {name: hit.get(name) for name in SEARCH_COLUMNS}
    record["snippet"] = _plain(hit.get("snippet"))
    record["topics"] = json.loads(hit["topics"]) if hit.get("topics") else []
    record["relevant"] = bool(hit["relevant"]) if hit.get("relevant") is not None else None
    return record


def _print_table(hits: list[dict[str, Any]], colour: bool) -> None:
    width = max(60, shutil.get_terminal_size((100, 24)).columns)
    for hit in hits:
        date = (hit["published"] or "")[:10]
        facts = "/".join(x for x in (hit.get("kind"), hit.get("act"), hit.get("authority")) if x)
        head = f"{date}  {hit['source']}  "
        room = width - len(head) - len(facts) - 3
        title = (
            hit["title"] if len(hit["title"]) <= room else hit["title"][: max(10, room - 1)] + "…"
        )
        line = f"{head}{click.style(title, bold=True) if colour else title}"
        click.echo(f"{line}  [{facts}]" if facts else line)
        snippet = _coloured(hit.get("snippet")) if colour else _plain(hit.get("snippet"))
        plain_len = len(_plain(hit.get("snippet")))
        if plain_len > width - 4 and not colour:
            snippet = snippet[: width - 5] + "…"
        click.echo(f"    {snippet}")
        click.echo(f"    {hit['id']}  {hit['url'] or ''}")


@cli.command("search")
@click.argument("query", default="")
@click.option(
    "--since", help="From this date: 2026-04-20, 2026-04, 2026-W17, or 7d / 4w / 3m / 1y ago."
)
@click.option("--until", help="Up to and including this date (same forms as --since).")
@click.option(
    "--source", "source_ids", multiple=True, metavar="ID", help="Only this source (repeatable)."
)
@click.option("--publisher", help="Only sources whose publisher contains this text.")
@click.option("--authority", help="Only items whose authority contains this text (e.g. CNIL).")
@click.option("--jurisdiction", help="Only this jurisdiction (EU, INT or a country code).")
@click.option("--topic", type=click.Choice(TOPICS), help="Only this topic.")
@click.option("--kind", type=click.Choice(["regulatory", "news"]), help="Only this kind.")
@click.option("--act", type=click.Choice(ACTS), help="Only this kind of act.")
@click.option("--lang", "language", help="Only items in this language (two letters).")
@click.option(
    "--relevant/--all",
    "relevant_only",
    default=True,
    show_default=True,
    help="Only relevant items, or all.",
)
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv", "ids"]),
    default="table",
    show_default=True,
)
@pass_context
def search_command(
    ctx: Context, query: str, since: str | None, until: str | None, source_ids: tuple[str, ...],
    publisher: str | None, authority: str | None, jurisdiction: str | None, topic: str | None,
    kind: str | None, act: str | None, language: str | None, relevant_only: bool, limit: int, fmt: str,
) -> None:  # fmt: skip
    """Search the archive: ranked full-text search with filters.

    QUERY: words (all must match), "exact phrases", OR, -excluded, prefix*, title:word.
    Case and accents do not matter (salaries finds salariés). With no QUERY, the newest items
    that pass the filters are listed.

    \b
    Examples:
      watcher search geolocalisation --authority CNIL --act fine --since 2023-01-01
      watcher search 'keystroke OR "mouse clicks"' --kind news --since 4w
      watcher search 'title:biometric -police' --all --format csv
    """
    with _errors():
        sources = list(source_ids)
        if publisher:
            found, _ = ctx.load_sources()
            sources += [s.id for s in found if publisher.lower() in s.publisher.lower()]
            if not sources:
                raise ConfigError(f"no source has a publisher containing {publisher!r}")
        filters = Filters(
            since=since, until=until, sources=tuple(sources), authority=authority,
            jurisdiction=jurisdiction, topic=topic, kind=kind, act=act, language=language,
            relevant_only=relevant_only, limit=limit,
        )  # fmt: skip
        archive = ctx.open_archive()
        hits = search(archive.db, query, filters, ctx.now())
        hidden = count_not_relevant(archive.db, query, filters, ctx.now()) if fmt == "table" else 0
    if fmt == "ids":
        for hit in hits:
            click.echo(hit["id"])
    elif fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(_record(hit), ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps([_record(h) for h in hits], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(SEARCH_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for hit in hits:
            record = _record(hit)
            record["topics"] = ";".join(record["topics"])
            writer.writerow(record)
    else:
        _print_table(hits, sys.stdout.isatty())
        click.echo(
            plural(len(hits), "result") + (f" (limit {limit})" if len(hits) == limit else "")
        )
        if hidden:
            click.echo(
                f"{hidden} more {plural(hidden, 'match', 'matches', number=False)} not classified relevant: add --all to see them"
            )


@cli.command("show")
@click.argument("item_id")
@pass_context
def show_command(ctx: Context, item_id: str) -> None:
    """Show one item: its text, classification and evidence, label, and earlier versions.

    Example: watcher show 3f2a9c0d1e4b5a67
    """
    with _errors():
        archive = ctx.open_archive()
        item = archive.item(item_id)
        if item is None:
            raise WatcherError(f"no item with id {item_id!r} in {ctx.db}")
        decision = archive.classification(item_id)
        versions = archive.versions(item_id)
    click.echo(click.style(item["title"], bold=True))
    date_note = (
        " (first seen: the source gave no usable date)"
        if item["date_source"] == "first_seen"
        else ""
    )
    click.echo(
        f"{item['published'][:16].replace('T', ' ')} UTC{date_note} · {item['source_id']} · {item['url'] or ''}"
    )
    click.echo(
        f"id {item['id']} · version {item['version']} · first seen {item['first_seen']} · last seen {item['last_seen']}"
    )
    if item["summary"]:
        click.echo("\n" + textwrap.fill(item["summary"], 88))
    if item["content_text"] and item["content_text"] != item["summary"]:
        body = item["content_text"]
        click.echo("\n" + textwrap.fill(body[:1500] + ("…" if len(body) > 1500 else ""), 88))
    click.echo("")
    if decision is None:
        click.echo("classification: none yet (run 'watcher reclassify')")
    else:
        verdict = "relevant" if decision["is_relevant"] else "not relevant"
        label = ""
        if decision["override"] is not None:
            label = f" — labelled by a person{': ' + decision['override_note'] if decision['override_note'] else ''}"
        click.echo(
            f"classification: {verdict} (score {decision['score']}, rules {decision['version']}){label}"
        )
        topics = ", ".join(json.loads(decision["topics"])) or "-"
        facts = " · ".join(
            f"{k} {decision[k]}"
            for k in ("kind", "act", "authority", "jurisdiction")
            if decision[k]
        )
        click.echo(f"topics: {topics} · {facts}")
        if decision["fine_amount"]:
            click.echo(f"fine: {decision['fine_amount']:,.0f} {decision['fine_currency']}")
        for ev in json.loads(decision["evidence"]):
            click.echo(f"  evidence [{ev['field']}] {ev['concept']}: {ev['phrase']}")
    if versions:
        click.echo(f"\nearlier versions ({len(versions)}):")
        for v in versions:
            click.echo(f"  v{v['version']} replaced {v['replaced_at']}: {v['title']}")
    issues = archive.digest_issues(item_id)
    click.echo("\ndigest issues: " + (", ".join(issues) if issues else "none yet"))


def main() -> None:
    cli(prog_name="watcher")
