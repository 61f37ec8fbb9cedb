"""Errors cross process boundaries (parsing runs in a worker pool) and keep their fields."""

from __future__ import annotations

import pickle

import pytest

from watcher.exceptions import ConfigError, FetchError, ParseError, WatcherError


@pytest.mark.parametrize(
    "error",
    [
        ParseError("cnil", "not a feed"),
        FetchError("edpb", "HTTP 503", status=503, retry_after=30.0, transient=True),
        ConfigError("bad key", file="sources/eu.toml", line=4),
    ],
)
def test_errors_pickle_round_trip(error: WatcherError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and vars(copy) == vars(error)


def test_foreign_errors_keep_their_cause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Where a foreign exception is translated, the original stays attached as __cause__."""
    import sqlite3
    import tomllib
    from datetime import UTC, datetime

    from tests.loopback import free_port
    from watcher.config._toml import read_toml
    from watcher.config.settings import SmtpSettings
    from watcher.digest import week_by_label
    from watcher.exceptions import DeliveryError, DigestError, QueryError, StorageError
    from watcher.mail import SmtpSender
    from watcher.models import DigestDef
    from watcher.search import date_range
    from watcher.store import Archive

    bad_toml = tmp_path / "bad.toml"
    bad_toml.write_text("[[source]\nid = 1\n")
    with pytest.raises(ConfigError) as config:
        read_toml(bad_toml)
    assert isinstance(config.value.__cause__, tomllib.TOMLDecodeError) and config.value.line == 1

    not_db = tmp_path / "x.db"
    not_db.write_text("not sqlite" * 200)
    with pytest.raises(StorageError) as storage:
        Archive.open(not_db)
    assert isinstance(storage.value.__cause__, sqlite3.DatabaseError)

    sender = SmtpSender(SmtpSettings("127.0.0.1", free_port(), None, None, "none"))
    with pytest.raises(DeliveryError) as delivery:
        sender.open()
    assert isinstance(delivery.value.__cause__, OSError)

    with pytest.raises(QueryError) as query:
        date_range("2026-W60", datetime(2026, 4, 27, tzinfo=UTC))
    assert isinstance(query.value.__cause__, ValueError)

    digest = DigestDef("w", "W", "", "Europe/Brussels", "sunday", "w@localhost", ("a@b.org",))
    with pytest.raises(DigestError) as week:
        week_by_label("2026-X1", digest)
    assert isinstance(week.value.__cause__, ValueError)
