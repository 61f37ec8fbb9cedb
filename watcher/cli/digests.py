"""`watcher digests check | list` and `digest build | show | send | ack`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from watcher.cli import (
    EXIT_FAILED,
    Context,
    cli,
    errors,
    pass_context,
    plural,
    report_check,
    table,
)
from watcher.exceptions import ConfigError, WatcherError

if TYPE_CHECKING:
    from watcher.models import DigestDef, Issue, Week


def selected_digests(ctx: Context, digest_ids: tuple[str, ...]) -> list[DigestDef]:
    """The valid weekly digests named (all when none is), or a ConfigError saying what is wrong.
    An alert digest has no weekly issues: `run` builds and sends its alerts, one per item."""
    found, problems = ctx.load_digests()
    if problems:
        raise ConfigError(
            f"{plural(len(problems), 'problem')} in {ctx.digests_dir}: run 'watcher digests check'"
        )
    unknown = set(digest_ids) - {d.id for d in found}
    if unknown:
        raise ConfigError(
            f"unknown digest {plural(len(unknown), 'id', number=False)}: {', '.join(sorted(unknown))} (see 'watcher digests list')"
        )
    for d in found:
        if d.alert and d.id in digest_ids:
            raise ConfigError(_ALERTS.format(d.id))
    return [d for d in found if not d.alert and (not digest_ids or d.id in digest_ids)]


def one_digest(ctx: Context, digest_id: str | None) -> DigestDef:
    """The digest named, or the first weekly digest (the one `run` publishes at the site's root)."""
    found = selected_digests(ctx, (digest_id,) if digest_id else ())
    if not found:
        raise ConfigError(f"no weekly digest in {ctx.digests_dir}")
    return found[0]


_ALERTS = ("{} is an alert digest: it has no weekly issues; 'watcher run' builds and sends its "
           "alerts, one per item")  # fmt: skip


def _week(ctx: Context, digest: DigestDef, week: str | None) -> Week:
    """The week asked for (a bad --week is a usage error: exit 2), else the last closed one."""
    from watcher.digest import last_closed_week, week_by_label
    from watcher.exceptions import DigestError

    if not week:
        return last_closed_week(ctx.now(), digest)
    try:
        return week_by_label(week, digest)
    except DigestError as e:
        raise ConfigError(f"--week {week!r} is not an ISO week such as 2026-W17") from e


def _built(ctx: Context, digest: DigestDef, week: str | None) -> Issue:
    """A built issue, or an error saying how to build it."""
    target = _week(ctx, digest, week)
    issue = ctx.open_archive().issue(f"{digest.id}/{target.label}")
    if issue is None:
        raise WatcherError(
            f"{digest.id}/{target.label} is not built yet: run 'watcher digest build --week {target.label}'"
        )
    return issue


@cli.group("digests")
def digests_group() -> None:
    """Inspect and validate the digest definitions (digests/*.toml)."""


@digests_group.command("check")
@pass_context
def digests_check(ctx: Context) -> None:
    """Validate every digests/*.toml; one line per problem, exit status 2 if any.

    Example: watcher digests check
    """
    with errors():
        found, problems = ctx.load_digests()
    report_check(problems, f"{plural(len(found), 'digest')} OK", ctx.digests_dir)


@digests_group.command("list")
@pass_context
def digests_list(ctx: Context) -> None:
    """Show the digests: id, week, timezone, recipients and what each takes.

    Example: watcher digests list
    """
    with errors():
        found, problems = ctx.load_digests()
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
    click.echo(table(rows, ["ID", "WEEK", "TIMEZONE", "TO", "TAKES", "TITLE"]))
    if problems:
        click.echo(f"({plural(len(problems), 'problem')}: run 'watcher digests check')", err=True)


@cli.group("digest")
def digest_group() -> None:
    """Build, show and send the issues of the digests."""


def build_summary(issue: Issue) -> str:
    counts = issue.counts()
    return (
        f"{plural(counts['regulatory'], 'regulatory development')}, "
        f"{plural(counts['news'], 'news story', 'news stories')}, "
        f"{counts['late']} caught late ({plural(counts['items'], 'item')}); "
        f"{plural(counts['attention'], 'source')} needing attention"
    )


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
    from watcher.digest import build

    with errors():
        selected = selected_digests(ctx, digest_ids)
        sources, _ = ctx.load_sources()
        categories = {s.id: s.category for s in sources}
        archive = ctx.open_archive()
        now = ctx.now()
        with archive.lock():
            for d in selected:
                result = build(archive, d, _week(ctx, d, week), categories, now, rebuild)
                summary = build_summary(result.issue)
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
@click.option("--digest", "digest_id", metavar="ID", help="Default: the first weekly digest.")
@click.option("--week", help="The ISO week, e.g. 2026-W17 (default: the last closed week).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "html", "json"]),
    default="text",
    show_default=True,
)
@pass_context
def digest_show(ctx: Context, digest_id: str | None, week: str | None, fmt: str) -> None:
    """Show a built issue as the email's text or HTML part, or as its frozen JSON.

    \b
    Examples:
      watcher digest show --week 2026-W17
      watcher digest show --week 2026-W17 --format html > issue.html
    """
    from watcher.render import render_html, render_text

    with errors():
        digest = one_digest(ctx, digest_id)
        issue = _built(ctx, digest, week)
        names = ctx.names()
    if fmt == "json":
        click.echo(issue.to_json())
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
@click.option(
    "--resend", "again", multiple=True, metavar="ADDRESS",
    help="Send to this recipient once more, whatever the ledger says (repeatable).",
)  # fmt: skip
@pass_context
def digest_send(
    ctx: Context, digest_ids: tuple[str, ...], week: str | None, dry_run: bool,
    again: tuple[str, ...],
) -> None:  # fmt: skip
    """E-mail a built issue to its recipients, exactly once each.

    SMTP settings come from WATCHER_SMTP_HOST, _PORT, _USER, _PASSWORD and _SECURITY
    (starttls, ssl or none). With no host set, messages are written as .eml files to an outbox
    folder ($WATCHER_OUTBOX, else 'outbox' beside the archive). A ledger records every
    recipient, one per method: a re-run sends only what is unsent and never sends anyone the
    same issue twice. A send in doubt (a crash or a dropped connection while handing the
    message over) is never repeated unless asked with --resend.

    \b
    Examples:
      watcher digest send --dry-run
      WATCHER_SMTP_HOST=smtp.example.org watcher digest send --week 2026-W17
      watcher digest send --week 2026-W17 --resend dpo@example.org
    """
    from watcher.mail import deliver, recipients, resend, sender_for, subject, unsent

    trouble = False
    with errors():
        selected = selected_digests(ctx, digest_ids)
        settings = ctx.settings
        names = ctx.names()
        archive = ctx.open_archive()
        sender = sender_for(settings, ctx.db)
        now = ctx.now()
        with archive.lock():
            for d in selected:
                issue = _built(ctx, d, week)
                to = recipients(d, settings.env)
                strangers = [a for a in again if a not in to]
                if strangers:
                    raise ConfigError(
                        f"--resend {', '.join(strangers)}: not a recipient of {d.id} "
                        f"({', '.join(to)})"
                    )
                if dry_run:
                    todo = [*unsent(archive, issue.issue_id, to, sender.method), *again]
                    todo = list(dict.fromkeys(todo))
                    click.echo(
                        f"{issue.issue_id}: would send {len(todo)} of {len(to)} via {sender.where}: "
                        f"{subject(issue, d)}"
                    )
                    for address in todo:
                        click.echo(f"  to {address}")
                    continue
                for address in again:
                    resend(archive, issue.issue_id, address, sender, now)
                report = deliver(archive, issue, d, names, to, sender, now)
                line = (
                    f"{issue.issue_id}: {len(report.sent)} sent, {len(report.already)} already sent"
                )
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
                        f"  unknown {address}: it may have arrived; it is not resent by itself: "
                        f"'watcher digest ack {issue.issue_id} {address}' if it arrived, "
                        f"'--resend {address}' if not"
                    )
                trouble = trouble or report.needs_a_person
    if trouble:
        sys.exit(EXIT_FAILED)


@digest_group.command("ack")
@click.argument("issue_id", metavar="ISSUE")
@click.argument("address")
@pass_context
def digest_ack(ctx: Context, issue_id: str, address: str) -> None:
    """Say that a send in doubt arrived: the recipient is marked sent, and runs stop reporting it.

    A send is in doubt when a run stopped, or the connection dropped, while the message was
    being handed over: watcher never repeats it by itself. If it did not arrive, use
    'watcher digest send --resend ADDRESS' instead.

    Example: watcher digest ack weekly/2026-W17 dpo@example.org
    """
    from watcher.mail import acknowledge, sender_for

    with errors():
        archive = ctx.open_archive()
        if archive.issue(issue_id) is None:
            raise ConfigError(
                f"no issue {issue_id!r} in {ctx.db} (an issue id looks like weekly/2026-W17)"
            )
        sender = sender_for(ctx.settings, ctx.db)
        with archive.lock():
            was = acknowledge(archive, issue_id, address, sender, ctx.now())
    click.echo(f"{issue_id} → {address}: was {was}, now {sender.delivered} (acknowledged)")
