"""The `watcher` command: a thin click layer over the library.

    __init__  the group, its context, error handling and shared helpers
    sources   sources check | list | status | add | remove | disable | enable | export | import
    digests   digests check | list, digest build | show | send | ack
    publish   site build, run (the cron job)
    poll      poll
    classify  classify, eval, review, reclassify
    train     train (from the corpus, or the shipped model moved to the labels)
    labels    label, labels list | export | remove
    search    search, show

Library errors become one-line messages here; nothing below this package prints or exits. Each
command imports what it needs when it runs, so `watcher --help` and `watcher search` stay fast.
Exit status: 0 all well, 1 something failed (a source, a check, the archive), 2 bad usage or
configuration, 70 an internal error (a bug: the message says where; --debug shows the
traceback), 75 the archive is locked by another run (try again later), 130 stopped by a signal
(SIGINT or SIGTERM). When the reader of the output goes away (`watcher search x | head`), the
command stops quietly with status 1, as click does.
"""

from __future__ import annotations

import signal
import sqlite3
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from watcher import __version__, interrupts
from watcher.config import settings as defaults
from watcher.exceptions import ConfigError, LockedError, QueryError, WatcherError

if TYPE_CHECKING:
    from watcher.classify.model import Model
    from watcher.config.settings import Settings
    from watcher.models import DigestDef, Source
    from watcher.store import Archive

EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in watcher
EXIT_LOCKED = 75  # EX_TEMPFAIL: cron may simply try again
EXIT_STOPPED = 130  # stopped by SIGINT or SIGTERM
REPORT_TO = "the project's issue tracker, with the output of --debug"  # where bugs go


@dataclass
class Context:
    db: Path
    sources_dir: Path
    fixed_now: datetime | None
    digests_dir: Path = Path(defaults.DEFAULT_DIGESTS)
    create: bool = False  # --create: any command may create a missing archive
    debug: bool = False
    _settings: Settings | None = field(default=None, repr=False)

    def now(self) -> datetime:
        return self.fixed_now or datetime.now(UTC)

    @property
    def settings(self) -> Settings:
        """The environment, read once for the command."""
        if self._settings is None:
            from watcher.config.settings import Settings

            self._settings = Settings.from_env()
        return self._settings

    def open_archive(self, create: bool = False) -> Archive:
        """The archive; a command that only reads (or writes to an existing archive) refuses a
        missing one, so a mistyped --db is said, not silently made into a new empty archive."""
        from watcher.store import Archive

        if not (create or self.create) and str(self.db) != ":memory:" and not self.db.exists():
            raise ConfigError(
                f"no archive at {self.db}: check --db (or ${defaults.ENV_DB}); "
                "'watcher init' or 'watcher poll' creates one, or pass --create"
            )
        return Archive.open(self.db)

    def load_sources(self, check: bool = False) -> tuple[list[Source], list[ConfigError]]:
        from watcher.config.sources import load_sources

        return load_sources(self.sources_dir, check)

    def load_digests(self) -> tuple[list[DigestDef], list[ConfigError]]:
        """The digests, with source names in [select] checked against the registry if it loads."""
        from watcher.config.digests import load_digests

        try:
            found, _ = self.load_sources()
            known: set[str] | None = {s.id for s in found}
        except ConfigError:
            known = None  # without a registry, source names in [select] are not checked
        return load_digests(self.digests_dir, known)

    def model(self) -> Model:
        """The model to classify with: the archive's own (from `watcher train`) if it loads,
        else the shipped one; a refused archive model is said once on stderr."""
        from watcher.classify.modelfile import active

        model, warning = active(self.db if self.db.exists() else None)
        if warning:
            click.echo(f"watcher: {warning}", err=True)
        return model

    def model_path(self) -> str:
        """`model()` as a path, without reading the shipped model (see `active_path`)."""
        from watcher.classify.modelfile import active_path

        path, warning = active_path(self.db if self.db.exists() else None)
        if warning:
            click.echo(f"watcher: {warning}", err=True)
        return path

    def names(self) -> dict[str, str]:
        """Source id → what readers call it; empty when the registry does not load."""
        from watcher.render import reader_names

        try:
            found, _ = self.load_sources()
        except ConfigError:
            return {}
        return reader_names(found)


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
def errors() -> Iterator[None]:
    """Library errors → one line on stderr and the matching exit status."""
    try:
        yield
    except WatcherError as e:
        fail(e)
    except sqlite3.Error as e:
        click.echo(f"watcher: {storage_problem(e)}", err=True)
        sys.exit(EXIT_FAILED)


def fail(e: WatcherError) -> NoReturn:
    """One line on stderr and the exit status of its kind."""
    click.echo(f"watcher: {e}", err=True)
    if isinstance(e, LockedError):
        sys.exit(EXIT_LOCKED)
    if isinstance(e, ConfigError | QueryError):  # bad configuration or usage, as click's own
        sys.exit(EXIT_CONFIG)
    sys.exit(EXIT_FAILED)


def storage_problem(e: sqlite3.Error) -> str:
    """What an SQLite error means for the person running watcher, in one line."""
    text = str(e)
    if "readonly" in text or "read-only" in text:
        return (
            f"the archive is read-only ({text}): check the permissions of the file and its folder"
        )
    if "full" in text:
        return f"disk full ({text}): nothing was half-written; free some space and run again"
    if "locked" in text or "busy" in text:
        return f"the archive is busy ({text}): another process holds it; try again"
    return f"the archive could not be used: {text}"


class Group(click.Group):
    """The top group: whatever escapes a command becomes one line, never a traceback (but with
    --debug), and SIGTERM stops the run as Ctrl-C does."""

    def invoke(self, ctx: click.Context) -> object:
        previous = signal.getsignal(signal.SIGTERM)
        if previous is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, _stop)
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("watcher: stopped; what was stored is kept (run again to go on)", err=True)
            sys.exit(EXIT_STOPPED)
        except sqlite3.Error as e:
            click.echo(f"watcher: {storage_problem(e)}", err=True)
            sys.exit(EXIT_FAILED)
        except WatcherError as e:  # raised where no command expected it (the rules file ...)
            fail(e)
        except Exception as e:
            if isinstance(e, BrokenPipeError) and _reader_gone():
                raise  # click stops quietly: what was wanted was read (`watcher search x | head`)
            if isinstance(ctx.obj, Context) and ctx.obj.debug:
                raise
            click.echo(f"watcher: internal error: {_where(e)}; run again with --debug for the "
                       f"traceback, and please report it to {REPORT_TO}", err=True)  # fmt: skip
            sys.exit(EXIT_INTERNAL)
        finally:
            if previous is signal.SIG_DFL:
                signal.signal(signal.SIGTERM, previous)


def _reader_gone() -> bool:
    """Whether standard output is a pipe nobody reads any more; a broken pipe anywhere else (a
    subprocess, a socket) is a bug, not a reader that had enough."""
    import select

    try:
        poll = select.poll()
        poll.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poll.poll(0))
    except (OSError, ValueError, AttributeError):
        return False


def _stop(signum: int, frame: object) -> None:
    """SIGTERM as Ctrl-C: through SIGINT's own handler where one is set, so that inside a poll
    asyncio cancels its tasks in order (a KeyboardInterrupt raised mid-task would leave a task
    ended by it, and asyncio prints that task's traceback as it goes). Where SIGINT is ignored
    (a job started in the background by a shell script: asyncio then sets no handler of its own)
    a running event loop is stopped as after Ctrl-C (`interrupts.stop_soon`); with none running,
    the interrupt is raised here."""
    interrupt = signal.getsignal(signal.SIGINT)
    if callable(interrupt):
        interrupt(signal.SIGINT, frame)  # type: ignore[arg-type]
        return
    if not interrupts.stop_soon():
        raise KeyboardInterrupt


def _where(e: BaseException) -> str:
    """The exception and the last place in watcher's own code it passed through."""
    frames = [f for f in traceback.extract_tb(e.__traceback__) if "/watcher/" in f.filename]
    place = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    first = (str(e).splitlines() or [""])[0][:200]
    return f"{type(e).__name__}: {first}{place}"


def plural(n: int, one: str, many: str | None = None, number: bool = True) -> str:
    """ "1 file", "2 files": the count and the word that agrees with it."""
    word = one if n == 1 else (many or one + "s")
    return f"{n} {word}" if number else word


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def report_check(problems: list[ConfigError], ok: str, folder: Path) -> None:
    """One line per problem on stderr and exit status 2, or one line saying all is well."""
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        click.echo(f"{plural(len(problems), 'problem')} in {folder}", err=True)
        sys.exit(EXIT_CONFIG)
    click.echo(f"{ok} in {folder}")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="watcher")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar=defaults.ENV_DB,
    default=defaults.DEFAULT_DB,
    show_default=True,
    help=f"The SQLite archive (env {defaults.ENV_DB}).",
)
@click.option(
    "--sources",
    "sources_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=defaults.ENV_SOURCES,
    default=defaults.DEFAULT_SOURCES,
    show_default=True,
    help=f"Folder of sources/*.toml (env {defaults.ENV_SOURCES}).",
)
@click.option(
    "--digests",
    "digests_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=defaults.ENV_DIGESTS,
    default=defaults.DEFAULT_DIGESTS,
    show_default=True,
    help=f"Folder of digests/*.toml (env {defaults.ENV_DIGESTS}).",
)
@click.option(
    "--now",
    envvar=defaults.ENV_NOW,
    callback=_parse_now,
    help=f"Pretend the current time is this ISO date-time (env {defaults.ENV_NOW}); for tests and backfills.",
)
@click.option(
    "--create",
    is_flag=True,
    help="Create the archive if it is missing (poll, run and init always may).",
)
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.pass_context
def cli(
    ctx: click.Context, db: Path, sources_dir: Path, digests_dir: Path, now: datetime | None,
    create: bool, debug: bool,
) -> None:  # fmt: skip
    """Watch regulators and the press for workplace AI monitoring."""
    ctx.obj = Context(db=db, sources_dir=sources_dir, fixed_now=now, digests_dir=digests_dir,
                      create=create, debug=debug)  # fmt: skip


pass_context = click.make_pass_decorator(Context)


def main() -> None:
    cli(prog_name="watcher")


# The commands register themselves on `cli` when their modules are imported.
from watcher.cli import classify, digests, labels, poll, publish, search, sources, train  # noqa: E402, F401
