"""A long file classified on every core: forked workers, output in input order, and a worker
that fails leaves its part to the parent."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from watcher import forked

REPO = Path(__file__).resolve().parents[1]
LINES = [f"line {n}" for n in range(1, forked.MIN_LINES + 101)]


def numbered(part: Sequence[str], first: int) -> Iterator[tuple[str, bool]]:
    """Each line with its number and the process that did it; every seventh line "failed"."""
    for number, line in enumerate(part, start=first):
        yield f"{number}|{line}|{os.getpid()}", number % 7 == 0


def test_parts_are_consecutive_and_even_in_text() -> None:
    cut = forked.parts([str(n) for n in range(10)], 3)
    assert [list(p) for p in cut] == [["0", "1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]]
    assert forked.parts(["1"], 4) == [["1"]]
    # a long line weighs as much as many short ones: the parts hold about the same text
    long_first = forked.parts(["x" * 200, *["y"] * 199], 2)
    assert [len(p) for p in long_first] == [51, 149]  # 250 characters and 149
    assert [len(p) for p in forked.parts(["x" * 1000, "a", "b"], 3)] == [1, 1, 1]


def test_the_later_parts_run_in_workers_and_come_back_in_order() -> None:
    out = list(forked.run(LINES, numbered, workers=2))
    assert [text.split("|")[:2] for text, _ in out] == [
        [str(n), line] for n, line in enumerate(LINES, start=1)
    ]
    assert [bad for _, bad in out] == [n % 7 == 0 for n in range(1, len(LINES) + 1)]
    pids = [int(text.split("|")[2]) for text, _ in out]
    half = len(forked.parts(LINES, 2)[0])  # as much text as the worker's part
    assert 200 < half < 300 and set(pids[:half]) == {os.getpid()}
    assert len(set(pids[half:])) == 1 and pids[-1] != os.getpid()  # a worker did the rest


def test_a_short_input_or_one_core_stays_in_this_process() -> None:
    short = LINES[: forked.MIN_LINES - 1]
    for lines, workers in ((short, 2), (LINES, 1)):
        out = list(forked.run(lines, numbered, workers=workers))
        assert len(out) == len(lines)
        assert {int(text.split("|")[2]) for text, _ in out} == {os.getpid()}


@pytest.mark.parametrize("how", ["raises", "is killed"])
def test_a_worker_that_fails_leaves_its_part_to_the_parent(how: str) -> None:
    parent = os.getpid()

    def fragile(part: Sequence[str], first: int) -> Iterator[tuple[str, bool]]:
        if os.getpid() != parent:
            if how == "raises":
                raise RuntimeError("a worker's own failure")
            os.kill(os.getpid(), signal.SIGKILL)
        yield from numbered(part, first)

    out = list(forked.run(LINES, fragile, workers=3))
    assert [text.split("|")[0] for text, _ in out] == [str(n) for n in range(1, len(LINES) + 1)]
    assert {int(text.split("|")[2]) for text, _ in out} == {parent}


def test_an_error_in_the_parents_own_part_is_raised_and_no_worker_is_left() -> None:
    def failing(part: Sequence[str], first: int) -> Iterator[tuple[str, bool]]:
        yield from numbered(part[:3], first)
        raise ValueError("the rules file has a mistake")

    seen = []
    with pytest.raises(ValueError, match="mistake"):
        for text, _ in forked.run(LINES, failing, workers=2):
            seen.append(text)
    assert len(seen) == 3
    with pytest.raises(ChildProcessError):  # every worker reaped
        os.waitpid(-1, os.WNOHANG)


def test_watcher_classify_of_a_file_writes_what_it_writes_for_the_same_lines_on_stdin(
    tmp_path: Path,
) -> None:
    """A file long enough to be forked, with bad lines in its second half: the same output,
    line numbers in the error objects and exit status as the same lines through a pipe (which
    is read line by line in one process)."""
    titles = [
        "Employer fined for keystroke logging of staff",
        "New phone reviewed",
        "Uber drivers win case over automated dismissals",
        "Le Garante sanziona un'azienda per la geolocalizzazione dei dipendenti",
    ]
    lines = [json.dumps({"id": n, "title": titles[n % 4]}) for n in range(forked.MIN_LINES + 50)]
    lines[300] = "{broken"
    lines[-1] = "[1, 2]"
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n")
    command = [sys.executable, "-m", "watcher", "--db", str(tmp_path / "w.db"), "classify"]
    from_file = subprocess.run([*command, str(path)], capture_output=True, text=True, cwd=REPO)
    piped = subprocess.run(
        command, input=path.read_text(), capture_output=True, text=True, cwd=REPO
    )
    assert from_file.returncode == piped.returncode == 1
    assert (
        from_file.stderr
        == piped.stderr
        == (f"watcher: 2 of {len(lines)} lines not classified (see their error objects)\n")
    )
    assert from_file.stdout == piped.stdout
    outs = [json.loads(line) for line in from_file.stdout.splitlines()]
    assert outs[300]["line"] == 301 and outs[-1] == {
        "line": len(lines),
        "error": "not a JSON object",
    }
    assert [o["relevant"] for o in outs[:4]] == [True, False, True, True]


@pytest.mark.skipif(forked.cores() < 2, reason="one core: classify forks no worker")
def test_the_workers_of_a_forked_classify_do_not_read_the_rules_again(tmp_path: Path) -> None:
    """The parent reads and compiles the rules before it forks: each worker had read them
    again (a tenth of a second of CPU apiece), as the rules were read at the first line."""
    path = tmp_path / "items.jsonl"
    line = json.dumps({"title": "Employer fined for keystroke logging of staff"})
    path.write_text((line + "\n") * (forked.MIN_LINES + 50))
    readers = tmp_path / "readers"
    code = f"""
import os, sys
from watcher.classify import rules
read = rules._read
def logged(path):
    with open({str(readers)!r}, "a") as f:
        f.write(f"{{os.getpid()}}\\n")
    return read(path)
rules._read = logged
sys.argv = ["watcher", "--db", {str(tmp_path / "w.db")!r}, "classify", {str(path)!r}]
from watcher.cli import main
main()
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == forked.MIN_LINES + 50
    assert len(readers.read_text().split()) == 1  # the parent alone


def test_watcher_classify_of_an_empty_file_writes_nothing_and_succeeds(tmp_path: Path) -> None:
    """An empty file given by name (a filter upstream that matched nothing): no output, no
    error, exit status 0, as for empty input on a pipe."""
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    command = [sys.executable, "-m", "watcher", "--db", str(tmp_path / "w.db"), "classify"]
    from_file = subprocess.run([*command, str(path)], capture_output=True, text=True, cwd=REPO)
    piped = subprocess.run(command, input="", capture_output=True, text=True, cwd=REPO)
    assert from_file.returncode == piped.returncode == 0, from_file.stderr
    assert from_file.stdout == piped.stdout == ""
    assert from_file.stderr == piped.stderr == ""


def test_only_a_regular_file_is_read_ahead(tmp_path: Path) -> None:
    """A file given by name or redirected is forked; a pipe is answered line by line."""
    path = tmp_path / "items.jsonl"
    path.write_text("{}\n")
    with path.open() as file:
        assert forked.can_fork(file) == sys.platform.startswith("linux")
    read, write = os.pipe()
    with os.fdopen(read) as pipe, os.fdopen(write, "w"):
        assert not forked.can_fork(pipe)


def test_a_forked_classify_whose_reader_goes_away_stops_quietly_and_leaves_no_worker(
    tmp_path: Path,
) -> None:
    """`watcher classify FILE | head -1` on a file long enough to be forked: the documented quiet
    exit status 1, nothing on stderr, and no worker still running once the command has ended
    (the parent kills and reaps them: orphans would go on classifying their parts)."""
    lines = [  # words of their own on every line: a worker takes a while (no cache helps it)
        json.dumps({"id": n, "title": f"Employer fined for keystroke logging {n} w{n * 7919}x",
                    "summary": " ".join(f"q{n}z{k}" for k in range(30))})
        for n in range(forked.MIN_LINES * 10)
    ]  # fmt: skip
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n")
    command = [
        sys.executable,
        "-m",
        "watcher",
        "--db",
        str(tmp_path / "w.db"),
        "classify",
        str(path),
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=REPO) as gone:  # fmt: skip
        assert gone.stdout is not None and gone.stderr is not None
        assert gone.stdout.readline()  # the first line, then the reader goes (`| head -1`)
        gone.stdout.close()
        assert gone.wait(timeout=120) == 1
        left = _running_with(str(path))  # before stderr is read: an orphan would hold it open
        assert gone.stderr.read() == b""
    assert left == []


def _running_with(argument: str) -> list[int]:
    """The processes whose command line holds the argument (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if argument.encode() in (entry / "cmdline").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
    return found
