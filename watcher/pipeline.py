"""poll: fetch → parse → normalize → store, one `PollResult` per source.

A failing source is a value in the results, never an exception that stops the others; a broken
rules file (`RulesError`) is no source's fault and stops the poll instead. The schedule (when a
source is next due, and how a failing one backs off) is a pure function.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import random
from collections.abc import Callable, Iterable
from concurrent.futures import BrokenExecutor, Executor
from datetime import datetime, timedelta
from pathlib import Path

from watcher import replay
from watcher.classify import classify
from watcher.classify.model import Model
from watcher.classify.modelfile import SHIPPED as SHIPPED_MODEL
from watcher.classify.rules import check_rules
from watcher.config.settings import FULLTEXT_PER_POLL, TEASER_CHARS
from watcher.exceptions import FetchError, ParseError, RulesError, SourceError, WatcherError
from watcher.fetch import Fetcher
from watcher.interrupts import run_loop, signals_held
from watcher.models import (
    Classification,
    Decision,
    Item,
    PollResult,
    Source,
    SourceState,
)
from watcher.parsing import (
    Parsed,
    document,
    end_pool,
    parse_and_normalize,
    parse_pool,
)
from watcher.store import Archive

BACKOFF_CAP = timedelta(hours=24)  # a failing source is retried at least daily, never dropped
EMPTY_FOR = timedelta(days=30)  # a feed with no items this long is reported as failing


def next_poll(
    source: Source,
    now: datetime,
    error_count: int,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """When the source is due again: its interval, or exponential backoff with jitter on errors."""
    if error_count <= 0:
        return now + timedelta(seconds=source.interval)
    base = source.interval * 2 ** min(error_count - 1, 16)
    jitter = (rng or random).uniform(0.8, 1.2)
    delay = min(BACKOFF_CAP.total_seconds(), base) * jitter
    if retry_after is not None:
        delay = max(delay, retry_after)
    return now + timedelta(seconds=delay)


def is_due(state: SourceState, now: datetime) -> bool:
    return state.next_poll is None or datetime.fromisoformat(state.next_poll) <= now


Progress = Callable[[PollResult], None]


def poll(
    sources: list[Source],
    archive: Archive,
    now: Callable[[], datetime],
    *,
    transport: object = None,
    user_agent: str | None = None,
    record_dir: Path | None = None,
    progress: Progress | None = None,
    model: str = str(SHIPPED_MODEL),
) -> list[PollResult]:
    """Poll the sources: the one entry point for `watcher poll` and `watcher run`. Owns the
    HTTP client and the pool of parse workers, and ends both before returning. A mistake in the
    rules file stops it before any fetch (RulesError)."""
    check_rules()
    pool = parse_pool(len(sources))

    async def go() -> list[PollResult]:
        async with Fetcher(transport=transport, user_agent=user_agent) as fetcher:  # type: ignore[arg-type]
            return await poll_sources(
                sources, archive, fetcher, now, record_dir, progress, pool, model
            )

    stopped = True
    try:
        results = run_loop(go)
        stopped = False
        return results
    finally:
        if pool:
            end_pool(pool, stopped=stopped)


async def poll_sources(
    sources: Iterable[Source],
    archive: Archive,
    fetcher: Fetcher,
    now: Callable[[], datetime],
    record_dir: Path | None = None,
    progress: Progress | None = None,
    executor: Executor | None = None,
    model: str = str(SHIPPED_MODEL),
) -> list[PollResult]:
    """Poll concurrently; with an executor (a process pool), parsing uses the other cores.

    Before any fetch, every source is recorded as failed by an interrupted run (one
    transaction): a run killed before a source's poll finishes leaves it counted as an error and
    backing off, never silently due again. Each poll's own outcome then replaces that record.
    A rules file that cannot be used (RulesError: a pattern that does not compile) is no
    source's fault: the other polls are stopped, and the sources not yet done are put back as
    they were, uncharged."""
    chosen = list(sources)
    states = archive.states(s.id for s in chosen)
    started = now()
    with archive.transaction():
        archive.save_state(*(interrupted(s, states[s.id], started) for s in chosen))
    done: set[str] = set()

    async def one(source: Source) -> PollResult:
        result = await poll_source(
            source, archive, fetcher, now, record_dir, executor, model, states[source.id]
        )
        done.add(source.id)
        if progress:
            progress(result)
        return result

    tasks = [asyncio.ensure_future(one(s)) for s in chosen]
    try:
        return list(await asyncio.gather(*tasks))
    except RulesError:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        with archive.transaction():
            archive.save_state(*(states[s.id] for s in chosen if s.id not in done))
        raise


INTERRUPTED = "interrupted: the run stopped before this source's poll finished"


def interrupted(source: Source, state: SourceState, when: datetime) -> SourceState:
    """The state a source is left in if its poll never finishes: one more error, backing off."""
    count = state.error_count + 1
    return dataclasses.replace(
        state,
        last_polled=when.isoformat(timespec="seconds"),
        last_error=INTERRUPTED,
        last_error_at=when.isoformat(timespec="seconds"),
        error_count=count,
        next_poll=next_poll(source, when, count).isoformat(timespec="seconds"),
    )


async def poll_source(
    source: Source,
    archive: Archive,
    fetcher: Fetcher,
    now: Callable[[], datetime],
    record_dir: Path | None = None,
    executor: Executor | None = None,
    model: str = str(SHIPPED_MODEL),
    state: SourceState | None = None,
) -> PollResult:
    """One source's poll; `state` is its state before the poll began (read here if not given)."""
    started = now()
    state = state or archive.state(source.id)
    retry_after: float | None = None
    try:
        fetched = await fetcher.fetch(source, state.etag, state.last_modified)
        if record_dir is not None and not fetched.not_modified:
            replay.record(record_dir, fetched)
        body_hash = hashlib.sha256(fetched.body).hexdigest() if not fetched.not_modified else None
        unchanged = fetched.not_modified or body_hash == state.body_hash
        stamp = now()
        parsed: Parsed = ([], {})
        if not unchanged and executor is None:
            parsed = parse_and_normalize(source, fetched, stamp, model)
        elif not unchanged:
            loop = asyncio.get_running_loop()
            try:
                with signals_held():  # the submit may start a worker
                    task = loop.run_in_executor(
                        executor, parse_and_normalize, source, fetched, stamp, model
                    )
                parsed = await task
            except BrokenExecutor:  # a dead worker must not fail every later source
                parsed = parse_and_normalize(source, fetched, stamp, model)
        items, decisions = parsed
        if source.fulltext and items:
            items, decisions = await full_text(source, items, decisions, archive, fetcher, model)
        if not unchanged and not items:
            quiet = archive.last_with_items(source.id)
            if quiet is not None and quiet <= stamp - EMPTY_FOR:
                raise ParseError(
                    source.id,
                    f"no items for {EMPTY_FOR.days} days (since {quiet:%-d %b %Y}): the feed may "
                    "be dead or have moved; check its url",
                )
        result = PollResult(
            source_id=source.id,
            ok=True,
            status=fetched.status,
            not_modified=unchanged,
            entries=len(items),
            permanent_redirect=fetched.permanent_redirect,
        )
        new_state = dataclasses.replace(
            state,
            etag=fetched.headers.get("etag") or (state.etag if fetched.not_modified else None),
            last_modified=fetched.headers.get("last-modified")
            or (state.last_modified if fetched.not_modified else None),
            body_hash=body_hash or state.body_hash,
            last_polled=stamp.isoformat(timespec="seconds"),
            last_success=stamp.isoformat(timespec="seconds"),
            last_status=fetched.status,
            error_count=0,
            next_poll=next_poll(source, stamp, 0).isoformat(timespec="seconds"),
            permanent_redirect=fetched.permanent_redirect,
        )
        with archive.transaction():
            stored = archive.save_items(items, stamp, decisions)
            result = dataclasses.replace(
                result, new=stored.new, updated=stored.updated, relevant=stored.relevant
            )
            archive.record_poll(result, new_state, started)
        return result
    except RulesError:  # a pattern that does not compile: no source can be classified
        raise
    except Exception as e:  # one broken source never stops the others
        if isinstance(e, FetchError):
            retry_after = e.retry_after
            status = e.status
        else:
            status = None
        message = (
            e.message if isinstance(e, SourceError)
            else str(e) if isinstance(e, WatcherError)  # a recording that cannot be written, ...
            else _internal(e)
        )  # fmt: skip
        stamp = now()
        failed = PollResult(source_id=source.id, ok=False, status=status, error=message)
        count = state.error_count + 1
        new_state = dataclasses.replace(
            state,
            last_polled=stamp.isoformat(timespec="seconds"),
            last_status=status,
            last_error=message,
            last_error_at=stamp.isoformat(timespec="seconds"),
            error_count=count,
            next_poll=next_poll(source, stamp, count, retry_after).isoformat(timespec="seconds"),
        )
        with archive.transaction():
            archive.record_poll(failed, new_state, started)
        return failed


async def full_text(
    source: Source, items: list[Item], decisions: dict[str, Classification], archive: Archive,
    fetcher: Fetcher, model: str,
) -> Parsed:  # fmt: skip
    """New teaser items of a `fulltext` source, completed from their pages (at most
    FULLTEXT_PER_POLL, through the same client and limits) and classified again on the full
    text. A page that cannot be fetched or read leaves its item as the feed gave it."""
    from watcher.fulltext import as_html, extract

    known = archive.known([i.id for i in items])
    todo = [i for i in items if i.id not in known and i.url and len(i.content_text) < TEASER_CHARS]
    completed: dict[str, Item] = {}
    for item in todo[:FULLTEXT_PER_POLL]:
        assert item.url is not None
        try:
            page = await fetcher.fetch(dataclasses.replace(source, url=item.url))
        except FetchError:
            continue
        text = extract(page.body, page.url)
        if text:  # the feed's content_hash stays: the next poll compares the feed with the feed
            completed[item.id] = dataclasses.replace(item, content=as_html(text), content_text=text)
    if not completed:
        return items, decisions
    decisions = dict(decisions)
    for item_id, item in completed.items():
        decisions[item_id] = classify(document(item, source), model=model)
    return [completed.get(i.id, i) for i in items], decisions


def _internal(e: Exception) -> str:
    first = (str(e).splitlines() or [""])[0][:200]
    return f"internal error: {type(e).__name__}: {first}"


@dataclasses.dataclass
class ReclassifyReport:
    version: str
    items: int = 0
    changed: int = 0
    became_relevant: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    no_longer_relevant: list[tuple[str, str]] = dataclasses.field(default_factory=list)


def _same(old: Decision, c: Classification) -> bool:
    """The same decision, whatever version of the rules or the model gave it."""
    return (
        old.relevant == c.relevant
        and old.topics == c.topics
        and (old.kind, old.act, old.authority, old.jurisdiction)
        == (c.kind, c.act, c.authority, c.jurisdiction)
        and (old.fine.amount if old.fine else None) == (c.fine.amount if c.fine else None)
    )


def reclassify(
    archive: Archive, sources: dict[str, Source], now: datetime, model: Model
) -> ReclassifyReport:
    """Run the current classifier over the whole archive; report what changed. Labels are
    untouched (and still win)."""
    from watcher.classify import load_rules

    report = ReclassifyReport(version=f"{load_rules().version}, model {model.version}")
    for batch in archive.iter_items():
        decisions: dict[str, Classification] = {}
        for item, old in batch:
            report.items += 1
            decision = model.classify(document(item, sources.get(item.source_id)))
            if (
                old is not None
                and _same(old, decision)
                and (old.version, old.model) == (decision.version, decision.model)
            ):
                continue
            decisions[item.id] = decision
            if old is None or not _same(old, decision):
                report.changed += 1
                if decision.relevant and not (old and old.relevant):
                    report.became_relevant.append((item.id, item.title))
                elif old and old.relevant and not decision.relevant:
                    report.no_longer_relevant.append((item.id, item.title))
        if decisions:
            with archive.transaction():
                archive.save_classifications(decisions, now)
    return report
