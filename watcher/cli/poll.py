"""`watcher poll`: fetch the sources and archive what is new."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from watcher.cli import EXIT_FAILED, Context, cli, errors, pass_context, plural
from watcher.exceptions import ConfigError

if TYPE_CHECKING:
    from watcher.models import PollResult, Source


def select(found: list[Source], wanted: tuple[str, ...]) -> list[Source]:
    if not wanted:
        return [s for s in found if s.enabled]
    by_id = {s.id: s for s in found}
    unknown = [w for w in wanted if w not in by_id]
    if unknown:
        raise ConfigError(
            f"unknown source {plural(len(unknown), 'id', number=False)}: {', '.join(unknown)} (see 'watcher sources list')"
        )
    return [by_id[w] for w in wanted]


def progress_printer(total: int) -> Callable[[PollResult], None]:
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
        f"polled {plural(len(results), 'source')}: {len(results) - len(failed)} ok, {len(failed)} failed; "
        f"{plural(new, 'new item')} ({relevant} relevant), {updated} updated; {unchanged} unchanged"
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
    from watcher import pipeline
    from watcher.fetch import default_user_agent

    with errors():
        found, problems = ctx.load_sources()
        for problem in problems:
            click.echo(f"watcher: skipping invalid source entry: {problem}", err=True)
        selected = select(found, source_ids)
        if record is not None:
            try:  # before any fetch: a folder that cannot be made would fail every source
                record.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise ConfigError(
                    f"--record {record}: cannot make the folder: {e.strerror or e}"
                ) from e
        transport = None
        if replay is not None:
            from watcher.replay import ReplayTransport

            replayer = ReplayTransport(replay)
            skipped = [s.id for s in selected if not replayer.has(s.url)]
            selected = [s for s in selected if replayer.has(s.url)]
            if skipped and not source_ids:
                click.echo(
                    f"replay: {plural(len(skipped), 'source')} with no recording in {replay}; skipped",
                    err=True,
                )
            transport = replayer
        archive = ctx.open_archive(create=True)
        with archive.lock():
            if due:
                states = archive.states(s.id for s in selected)
                selected = [s for s in selected if pipeline.is_due(states[s.id], ctx.now())]
            progress = progress_printer(len(selected)) if sys.stderr.isatty() else None
            results = pipeline.poll(
                selected, archive, ctx.now, transport=transport, record_dir=record,
                user_agent=default_user_agent(ctx.settings.contact), progress=progress,
                model=ctx.model_path(),
            )  # fmt: skip
        line = summarize(results)
        if problems:  # a registry that shrank must be loud: the sources it lost were not polled
            line += (f"; {plural(len(problems), 'problem')} in the registry left sources out "
                     "(see above, or 'watcher sources check')")  # fmt: skip
        click.echo(line)
        for r in results:
            if r.permanent_redirect:
                src = next(s for s in selected if s.id == r.source_id)
                click.echo(
                    f"note: {r.source_id} moved permanently to {r.permanent_redirect}; "
                    f"update its url in {src.file}:{src.line}"
                )
    if problems or any(not r.ok for r in results):
        sys.exit(EXIT_FAILED)


@cli.command("init")
@pass_context
def init_command(ctx: Context) -> None:
    """Create an empty archive at --db (poll and run create one too; other commands refuse a
    missing archive, so that a mistyped --db is said, not silently made new).

    Example: watcher --db /var/lib/watcher/watcher.db init
    """
    with errors():
        existed = ctx.db.exists()
        archive = ctx.open_archive(create=True)
        items = archive.count_items()
        archive.close()
    click.echo(f"archive {ctx.db}: " + (f"already there ({items} items)" if existed else "created"))
