from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.loopback import Server
from watcher.store import Archive

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NOW = datetime(2026, 4, 27, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def signal_mask_kept() -> Iterator[None]:
    """Every test leaves the main thread's signal mask as it found it, so that a leak fails the
    test that made it, not whichever test its pytest-xdist worker runs next."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    yield
    after = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    signal.pthread_sigmask(signal.SIG_SETMASK, before)
    assert after == before, f"the test left signals blocked: {sorted(after - before)}"


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server().start()
    yield s
    s.stop()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    a = Archive.open(tmp_path / "watcher.db")
    yield a
    a.close()


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}); real-world checks skipped")
    return SHARED


def feed_source(sid: str, url: str, kind: str = "feed", extra: str = "") -> str:
    """One [[source]] table for a test registry."""
    return f"""
[[source]]
id = "{sid}"
name = "Test {sid}"
url = "{url}"
kind = "{kind}"
publisher = "Test publisher"
category = "news"
jurisdiction = "EU"
language = "en"
{extra}
"""


def one_feed(tmp_path: Path, server: Server, sid: str, body: bytes) -> list[str]:
    """`body` served on the loopback as source `sid`'s feed, in a registry of that one source:
    the `--db` and `--sources` arguments of a run against it."""
    server.static(f"/{sid}", body)
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "t.toml").write_text(feed_source(sid, server.url(f"/{sid}")))
    return ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "s")]


REPO = Path(__file__).resolve().parents[1]
SAMPLE_NOW = "2026-04-27T08:00:00Z"  # the Monday after the bundled sample week, 2026-W17


def watcher(db: Path, *args: str, now: str = SAMPLE_NOW, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """The CLI on an archive, with the shipped registry and digests; no SMTP unless env says."""
    from click.testing import CliRunner

    from watcher.cli import cli

    base = [
        "--db",
        str(db),
        "--sources",
        str(REPO / "sources"),
        "--digests",
        str(REPO / "digests"),
        "--now",
        now,
    ]
    return CliRunner().invoke(cli, [*base, *args], env={"WATCHER_SMTP_HOST": "", **(env or {})})


def sample_week(db: Path) -> None:
    """The bundled sample week, polled through --replay and its digest issue built."""
    polled = watcher(db, "poll", "--replay", str(REPO / "watcher" / "samples" / "replay"))
    assert polled.exit_code == 0, polled.output
    built = watcher(db, "digest", "build")
    assert built.exit_code == 0, built.output
