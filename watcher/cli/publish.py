"""`watcher site build` and `watcher run` (the cron job): what readers get, published."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.core import ParameterSource

from watcher.cli import EXIT_FAILED, Context, cli, errors, pass_context, plural
from watcher.cli.digests import one_digest
from watcher.config import settings as defaults


@cli.group("site")
def site_group() -> None:
    """Publish past digests as a static site."""


@site_group.command("build")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=defaults.DEFAULT_SITE_DIR,
    show_default=True,
    help=f"The folder to write (env {defaults.ENV_SITE_DIR}).",
    envvar=defaults.ENV_SITE_DIR,
)
@click.option(
    "--digest", "digest_id", metavar="ID",
    help="The digest to publish (default: the first weekly digest, as 'watcher run' does).",
)  # fmt: skip
@click.option(
    "--base-url",
    default=defaults.DEFAULT_SITE_URL,
    show_default=True,
    envvar=defaults.ENV_SITE_URL,
    help=f"Where the site will be hosted (for the Atom feed and sitemap; env {defaults.ENV_SITE_URL}).",
)
@pass_context
def site_build(ctx: Context, out: Path, digest_id: str | None, base_url: str) -> None:
    """Write the static site of a digest's issues: home, one page per issue, topics,
    jurisdictions, sources, an Atom feed, sitemap.xml and a 404 page.

    Only files whose content changed are rewritten.

    \b
    Examples:
      watcher site build --out public/ --base-url https://privacy.example.org/watch/
      python -m http.server -d public 8000     # then open http://localhost:8000/
    """  # fmt: skip
    from watcher.site import build_site

    with errors():
        digest = one_digest(ctx, digest_id)
        sources, _ = ctx.load_sources()
        source = click.get_current_context().get_parameter_source("base_url")
        given = defaults.ENV_SITE_URL if source is ParameterSource.ENVIRONMENT else "--base-url"
        base = defaults.site_url(base_url, given)
        result = build_site(ctx.open_archive(), digest, sources, out, base)
    click.echo(
        f"site in {out}: {plural(len(result.written), 'file')} written, {result.unchanged} unchanged, "
        f"{len(result.removed)} removed"
    )


@cli.command("run")
@click.option(
    "--dry-run", is_flag=True, help="Poll and build as usual, but only say what would be sent."
)
@click.option(
    "--catch-up", is_flag=True,
    help="Mail every closed week not yet mailed, not only the last (after an outage).",
)  # fmt: skip
@pass_context
def run_command(ctx: Context, dry_run: bool, catch_up: bool) -> None:
    """The cron job: poll what is due, build closed weeks, send what is unsent.

    Quiet when all is well; a short report and exit status 1 when something needs a person.
    Safe to run every 15 minutes: overlapping runs are locked out (exit status 75). Every closed
    week is built and published; readers are mailed the last closed week only (--catch-up: all
    not yet mailed), never a quiet week (unless the digest says send_empty = true), and never a
    week in which no source could be polled (that is reported instead).

    \b
    Example (crontab):
      */15 * * * *  cd /srv/watcher && .venv/bin/watcher run
    """
    from watcher.fetch import default_user_agent
    from watcher.run import run_once

    with errors():
        settings = ctx.settings
        sources, problems = ctx.load_sources()
        digests, digest_problems = ctx.load_digests()
        archive = ctx.open_archive(create=True)
        with archive.lock():
            report = run_once(
                archive, sources, digests, settings, ctx.db, ctx.now(), dry_run,
                user_agent=default_user_agent(settings.contact), model=ctx.model_path(),
                catch_up=catch_up,
            )  # fmt: skip
    lines = [f"invalid configuration: {p}" for p in [*problems, *digest_problems]] + report.problems
    for line in report.would_send:
        click.echo(f"would send {line}")
    if dry_run and not report.would_send:  # a dry run that printed nothing looked like no run
        built = f"; built {', '.join(report.built)}" if report.built else ""
        click.echo(f"would send nothing (a quiet week is not mailed, nor one already sent){built}")
    if lines:
        click.echo(
            f"watcher run: {plural(len(lines), 'thing needs', 'things need')} attention", err=True
        )
        for line in lines:
            click.echo(f"- {line}", err=True)
        sys.exit(EXIT_FAILED)
