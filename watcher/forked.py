"""A long file classified on every core: the loaded rules and model forked into workers.

`watcher classify FILE` spends most of its time on each line's own work (the prefilter, the
patterns that run, the model's dot product), so a file of many lines is cut into one part per
core, each part holding about as much text as the others (a line's work grows with its length).
The parent forks after loading the rules and the model, and so the workers start with them in
memory (a spawned worker would import and load everything again, ~0.3 s); each worker writes its
part's output to a temporary file, and the parent writes its own part and then theirs, in input
order. Only on Linux (forking a process is safe there as long as it holds no threads, and
classify holds none), only for a regular file (a pipe or a terminal is answered line by line as
it comes), and only when the file is long enough to repay the forks.

A worker that fails in any way (an exception, a signal) leaves its part to the parent, which
classifies it as a single process would: the output, its errors and the exit status are those
of a serial run.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO

MIN_LINES = 400  # below this many lines forking costs more than it saves
BLOCK = 40_000  # lines read at a time: memory stays flat whatever the file's length

# (lines, the number of the first) -> (output line, whether the line failed)
Work = Callable[[Sequence[str], int], Iterator[tuple[str, bool]]]


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def can_fork(stream: IO[str]) -> bool:
    """Whether the input is a regular file on Linux (the only case this module handles)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's StringIO ...)
        return False


def parts(lines: Sequence[str], count: int) -> list[Sequence[str]]:
    """`count` runs of consecutive lines, of text as even as may be (none empty): a line's work
    grows with its length, and real files are not even (the first half of the real feed items
    holds 1.7 times the text of the second, and took 1.6 times as long)."""
    count = max(1, min(count, len(lines)))
    ends = list(itertools.accumulate(len(line) + 1 for line in lines))  # +1: a line's own cost
    total = ends[-1] if ends else 0
    cut, start = [], 0
    for i in range(1, count):
        end = bisect.bisect_left(ends, total * i / count) + 1  # the line that reaches the share
        end = max(start + 1, min(end, len(lines) - (count - i)))  # one line at least in each
        cut.append(lines[start:end])
        start = end
    cut.append(lines[start:])
    return cut


def run(lines: Iterable[str], work: Work, workers: int | None = None) -> Iterator[tuple[str, bool]]:
    """`work` over the lines, in order, a block at a time, the later parts of each block in
    forked workers."""
    count = cores() if workers is None else workers
    it = iter(lines)
    number = 1
    while block := list(itertools.islice(it, BLOCK)):
        if count < 2 or len(block) < MIN_LINES:
            yield from work(block, number)
        else:
            yield from _block(block, number, work, count)
        number += len(block)


def _block(block: Sequence[str], number: int, work: Work, count: int) -> Iterator[tuple[str, bool]]:
    """One block: the first part here, the others in workers, their output read back in order."""
    first, *rest = parts(block, count)
    sys.stdout.flush()  # a worker must not inherit (and so repeat) what is buffered
    sys.stderr.flush()
    forked: list[tuple[int | None, IO[bytes], Sequence[str], int]] = []
    with contextlib.ExitStack() as files:
        try:
            start = number + len(first)
            for part in rest:
                out = files.enter_context(tempfile.TemporaryFile())
                forked.append((_fork(part, start, work, out), out, part, start))
                start += len(part)
            yield from work(first, number)
            for pid, output, part, start in forked:
                if pid is not None and _succeeded(pid):
                    output.seek(0)
                    for line in output.read().decode("utf-8").split("\n")[:-1]:
                        yield line[1:], line[0] == "1"
                else:  # the worker failed: its part as a single process would do it
                    yield from work(part, start)
        finally:
            for pid, _, _, _ in forked:
                if pid is not None and _running(pid):  # stopped early (Ctrl-C, a closed pipe)
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)


def _fork(part: Sequence[str], number: int, work: Work, out: IO[bytes]) -> int | None:
    """A worker writing the part's output to `out` ("1" or "0" for failed, the line); its pid,
    or None if no process could be made (the parent then does the part)."""
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return pid
    status = 1
    try:  # the worker: never back into the caller's code, whatever happens
        text = "".join(f"{int(failed)}{line}\n" for line, failed in work(part, number))
        out.write(text.encode("utf-8"))
        out.flush()
        status = 0
    except BaseException:  # the parent does the part again and reports as a single process would
        pass
    finally:
        os._exit(status)


def _succeeded(pid: int) -> bool:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _running(pid: int) -> bool:
    """Whether the worker is still to be reaped."""
    try:
        return os.waitpid(pid, os.WNOHANG) == (0, 0)
    except ChildProcessError:  # reaped already
        return False
