"""The CPU-bound part of a poll, run in worker processes: parse, normalise, classify (pure);
and the pool of those workers (made by the poll, ended with it).

Kept apart from watcher.pipeline so that a worker imports only what this needs, not the HTTP
client, the archive or asyncio: each worker starts faster and holds less memory.
"""

from __future__ import annotations

import signal
from concurrent.futures import Executor
from datetime import datetime

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

    items = normalize(source, parse(source, fetched), now)
    return items, {item.id: classify(document(item, source), model=model) for item in items}


def die_with_parent(parent: int) -> None:
    """In a parse worker: leave Ctrl-C and SIGTERM to the parent, which shuts the pool down, and
    end when the parent ends, even by kill -9 (Linux). A signal sent to the whole process group
    (Ctrl-C in a terminal, `timeout`, systemd stopping the service) must not kill the workers
    mid-task: the pool's queue would then never drain and the parent would hang as it exits."""
    import ctypes
    import os

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
    with signals_held():  # the pool makes its locks
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )
