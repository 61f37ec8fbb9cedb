"""`watcher sources check | list | status`: the registry and each source's health."""

from __future__ import annotations

import click

from watcher.cli import Context, cli, errors, pass_context, report_check, table


@cli.group()
def sources() -> None:
    """Inspect and validate the source registry (sources/*.toml)."""


@sources.command("check")
@pass_context
def sources_check(ctx: Context) -> None:
    """Validate every sources/*.toml file; one line per problem, exit status 2 if any.

    Example: watcher sources check
    """
    with errors():
        found, problems = ctx.load_sources(check=True)
    report_check(problems, f"{len(found)} sources OK", ctx.sources_dir)


@sources.command("list")
@pass_context
def sources_list(ctx: Context) -> None:
    """Show the registry: id, kind, category, jurisdiction, language, status and name.

    Example: watcher sources list
    """
    with errors():
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
    click.echo(table(rows, ["ID", "KIND", "CATEGORY", "JUR", "LANG", "STATUS", "NAME"]))
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
    with errors():
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
    click.echo(table(rows, ["ID", "LAST SUCCESS", "ERRORS", "NEXT POLL", "ITEMS", "LAST ERROR"]))
    for line in moved:
        click.echo(line)
