"""The CPU-bound part of a poll, run in worker processes: parse, normalise, classify (pure);
and the pool of those workers (made by the poll, ended with it).

Kept apart from watcher.pipeline so that a worker imports only what this needs, not the HTTP
client, the archive or asyncio: each worker starts faster and holds less memory.
"""

from __future__ import annotations

import signal
from concurrent.futures import Executor
from datetime import datetime
from typing import Any

from watcher.classify import classify
from watcher.interrupts import signals_held
from watcher.models import Classification, Document, Fetched, Item, Source, StoredItem

Parsed = tuple[list[Item], dict[str, Classification]]


def document(item: Item | StoredItem, source: Source | None) -> Document:
    """What the classifier reads of an item: its text, and its source's facts where the
    registry has the source (an archived item's source may since have been removed)."""
    return Document(
        item.title, item.summary, item.content_text,
        source.category if source else None, source.publisher if source else None,
        source.jurisdiction if source else None, item.language,
    )  # fmt: skip


def parse_and_normalize(source: Source, fetched: Fetched, now: datetime, model: str) -> Parsed:
    """The CPU-bound part of a poll (parse, normalise, classify): pure and picklable, so it
    can run in a worker process. `model` is the model file's path (loaded once per process).
    The parsers (feedparser, bs4) are imported on the first body: a poll of unchanged feeds
    (all 304s) never needs them."""
    from watcher.normalize import normalize
    from watcher.parse import parse

    _stop_if_asked()
    items = normalize(source, parse(source, fetched), now)
    decisions = {}
    for n, item in enumerate(items):
        if n % _STEP == 0:
            _stop_if_asked()
        decisions[item.id] = classify(document(item, source), model=model)
    return items, decisions


_STEP = 64  # items classified between two looks at the pool's stop (a few µs each)
_stopping: Any = None  # in a parse worker: its pool's stop (an Event), set by the parent


def _stop_if_asked() -> None:
    """In a parse worker of a stopped run: end the task now. Nothing reads its result (the
    run's tasks are cancelled), and the run waits for its workers' tasks before it exits."""
    if _stopping is not None and _stopping.is_set():
        raise KeyboardInterrupt


def die_with_parent(parent: int, stopping: Any = None) -> None:
    """In a parse worker: leave Ctrl-C and SIGTERM to the parent, which shuts the pool down, and
    end when the parent ends, even by kill -9 (Linux). A signal sent to the whole process group
    (Ctrl-C in a terminal, `timeout`, systemd stopping the service) must not kill the workers
    mid-task: the pool's queue would then never drain and the parent would hang as it exits.
    `stopping` is the pool's stop: set by a stopped run, it ends the task at hand."""
    import ctypes
    import os

    global _stopping
    _stopping = stopping
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: SIGTERM is ignored, so SIGKILL
    except (OSError, AttributeError):
        return  # not Linux: the pool still ends with a normal or interrupted run
    if os.getppid() != parent:  # the parent died before the line above: end now
        os._exit(0)


POOL_THRESHOLD = 8  # below this many sources a worker pool costs more than it saves


def parse_pool(sources: int) -> Executor | None:
    """A process pool for parsing when there is more than one core and enough work."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from watcher.forked import cores

    workers = cores()
    if workers < 2 or sources < POOL_THRESHOLD:
        return None
    # spawn, not fork: the parent holds threads (asyncio, sqlite) that fork would copy mid-state.
    context = multiprocessing.get_context("spawn")
    with signals_held():  # the pool and its stop make their locks
        stopping = context.Event()
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=die_with_parent,
            initargs=(os.getpid(), stopping),
        )
    _STOPS[id(pool)] = stopping
    return pool


_STOPS: dict[int, Any] = {}  # in the parent: each open pool's stop, by the pool's id


def end_pool(pool: Executor, *, stopped: bool = False) -> None:
    """End a pool's workers. After a whole poll their queue is empty; after a stopped one (Ctrl-C,
    SIGTERM, a mistake in the rules file) the tasks still queued are dropped and those running
    end at their next look at the stop, so that the run exits within about a second, not after
    parsing every feed already fetched (15 s for eight feeds of 3,000 items)."""
    stopping = _STOPS.pop(id(pool), None)
    if stopped and stopping is not None:
        stopping.set()
    pool.shutdown(cancel_futures=stopped)
