"""The CPU-bound part of a poll, run in worker processes: parse, normalise, classify (pure);
and the pool of those workers (made by the poll, ended with it).

Kept apart from watcher.pipeline so that a worker imports only what this needs, not the HTTP
client, the archive or asyncio: each worker starts faster and holds less memory.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from watcher.classify import classify
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


_HELD = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back, then handled as they would have been, while the pool makes
    its locks or starts a worker. A lock is registered with multiprocessing's resource tracker
    before the finaliser that unregisters it exists: a signal between the two left it "leaked",
    and the tracker printed a warning after the run's one line. A worker is started with both
    signals blocked (a child inherits the mask), so that a signal to the whole process group
    cannot kill it while it imports, before `die_with_parent` ignores them. Outside the main
    thread (where Python runs signal handlers), or without signal masks, it does nothing."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):  # not the main thread, or no signal masks (Windows): as without it
        yield
        return
    caught: list[int] = []
    previous = {n: signal.getsignal(n) for n in _HELD}
    held = [n for n in _HELD if previous[n] is not None]  # None: a handler not set from Python
    for n in held:
        signal.signal(n, lambda signum, frame: caught.append(signum))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        for n in held:
            signal.signal(n, previous[n])
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one pending here goes to its handler
        if caught:
            handler = previous[signal.Signals(caught[0])]
            if callable(handler):
                handler(caught[0], None)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(caught[0])


T = TypeVar("T")


def run_loop(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """`asyncio.run(make())` for a poll or a discovery, with no window where Ctrl-C or SIGTERM
    leaves the event loop or the coroutine half made. The loop is set up, and the coroutine made,
    with both signals held: a signal there (a process group signalled as the pool starts, about
    one run in sixty) had left the loop unclosed, and Python printed "Exception ignored in
    BaseEventLoop.__del__" or "coroutine ... was never awaited" after the run's one line. A
    signal let through as the hold ends stops the run before the coroutine starts: it is closed,
    and the loop with it. asyncio is imported here, not by the parse workers."""
    import asyncio

    runner = asyncio.Runner()
    coroutine: Coroutine[Any, Any, T] | None = None
    try:
        with signals_held():
            runner.get_loop()
            coroutine = make()
        return runner.run(coroutine)
    finally:
        try:
            runner.close()  # first: a task stopped mid-step is cancelled and unwinds in the loop
        finally:
            if coroutine is not None:
                coroutine.close()  # one that ran (to its end or cancelled) is closed: a no-op
