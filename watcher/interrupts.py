"""Ctrl-C and SIGTERM held back while a poll sets up what a signal must not leave half made:
the pool's locks, a worker starting, the event loop; and SIGTERM, where SIGINT is ignored,
stopping a running poll's loop as Ctrl-C would. Kept apart from watcher.parsing (the parse
workers' module) and watcher.pipeline so that discovery and the pool use it without importing
the classifier or the HTTP client."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Coroutine, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

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
    held = [(n, previous[n]) for n in _HELD if previous[n] is not None]  # None: not from Python
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])  # as it is (blocks nothing more)
    try:
        for n, _ in held:
            signal.signal(n, lambda signum, frame: caught.append(signum))
        signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
        yield
    finally:
        _put_back(held, mask)  # one pending here goes to its own handler
        if caught:
            handler = previous[signal.Signals(caught[0])]
            if callable(handler):
                handler(caught[0], None)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(caught[0])


def _put_back(handlers: Sequence[tuple[int, Any]], mask: set[int | signal.Signals]) -> None:
    """Each handler, then the mask, as they were: every step taken even when a signal's own
    handler raises between two. A signal sent to the process while the main thread held it
    could go to another thread (a resolver's, pytest-xdist's); Python then runs its handler in
    the main thread at its next step, which can come just after Ctrl-C's own handler is back:
    its KeyboardInterrupt had skipped the rest, and the process went on with both signals
    blocked."""
    if not handlers:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        return
    (n, handler), *rest = handlers
    try:
        signal.signal(n, handler)
    finally:
        _put_back(rest, mask)


T = TypeVar("T")


class _Run:
    """The loop run_loop runs, its main task, and whether a stop was asked of it."""

    def __init__(self, loop: Any, task: Any) -> None:
        self.loop, self.task, self.asked = loop, task, False


_running: list[_Run] = []  # run_loop's, while its loop runs


def stop_soon() -> bool:
    """SIGTERM where SIGINT is ignored (a job a shell script started in the background: asyncio
    then sets no Ctrl-C handler of its own): stop the running event loop as asyncio's own handler
    stops it after Ctrl-C. The loop of a poll or a discovery (`run_loop`) has its main task
    cancelled, so that every task unwinds in order and `run_loop` then raises KeyboardInterrupt;
    a second signal, or another loop, has the interrupt raised from the loop between two steps
    (raised inside the step the signal lands in, it would end that task alone, and asyncio
    printed its traceback). Raised from the loop, the first signal had left any task made in the
    same step unstarted, and as the loop closed the task was cancelled before its first step:
    anyio's task wrapper then never awaited its coroutine, and Python printed "coroutine
    'connect_tcp.<locals>.try_connect' was never awaited" after the run's line (one run in a few
    hundred of a test that signals a poll mid-fetch). A `run_loop` whose main task has not made
    its first step yet is asked all the same, and its task stops there: raised where the signal
    landed (in `asyncio.Runner.run`, before the task's first step), the interrupt had left the
    main coroutine never awaited, and Python printed "Task was destroyed but it is pending!" and
    "coroutine 'run_loop.<locals>.main' was never awaited" after the run's line (once in a full
    `make test`). False where no loop runs or will run."""
    if _running:
        run = _running[-1]
        loop = run.loop
        if not run.asked:
            run.asked = True
            if run.task is not None:
                loop.call_soon_threadsafe(run.task.cancel)
            return True  # else the main task has not started: it stops at its first step
        if loop is None or not loop.is_running():
            return False
    else:
        asyncio = sys.modules.get("asyncio")  # not imported: no event loop can be running
        try:
            loop = asyncio.get_running_loop() if asyncio else None
        except RuntimeError:
            loop = None
        if loop is None:
            return False
    loop.call_soon_threadsafe(_interrupt)
    return True


def _interrupt() -> None:
    raise KeyboardInterrupt


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
    outer: Coroutine[Any, Any, T] | None = None
    run = _Run(None, None)

    async def main(inner: Coroutine[Any, Any, T]) -> T:
        run.loop, run.task = asyncio.get_running_loop(), asyncio.current_task()
        if run.asked:  # stop_soon before this first step: stopped here, as if asked mid-run
            raise asyncio.CancelledError
        return await inner

    _running.append(run)  # before the loop runs: a stop asked before main's first step is kept
    try:
        with signals_held():
            runner.get_loop()
            coroutine = make()
            outer = main(coroutine)
        try:
            result = runner.run(outer)
        except asyncio.CancelledError:
            if run.asked:  # stopped by stop_soon: as after Ctrl-C
                raise KeyboardInterrupt from None
            raise
        if run.asked:  # the poll ended as it was asked to stop: stopped all the same
            raise KeyboardInterrupt
        return result
    finally:
        _running.remove(run)
        try:
            runner.close()  # first: a task stopped mid-step is cancelled and unwinds in the loop
        finally:
            for made in (outer, coroutine):  # one that ran (to its end or cancelled): a no-op
                if made is not None:
                    made.close()
