from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.loopback import Server
from watcher.store import Archive

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NOW = datetime(2026, 4, 27, 8, 0, tzinfo=UTC)


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
