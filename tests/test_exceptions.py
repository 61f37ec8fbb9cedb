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
