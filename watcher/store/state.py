"""Each source's fetch state and the log of its polls."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime

from watcher.models import PollResult, SourceState
from watcher.store.items import chunks, iso


class StateStore:
    conn: sqlite3.Connection

    _STATE_COLUMNS = tuple(f.name for f in fields(SourceState))

    def state(self, source_id: str) -> SourceState:
        return self.states([source_id])[source_id]

    def states(self, source_ids: Iterable[str]) -> dict[str, SourceState]:
        """Each source's state (a default state for one never polled), one query per chunk."""
        cols = self._STATE_COLUMNS
        ids = list(dict.fromkeys(source_ids))
        found = {sid: SourceState(source_id=sid) for sid in ids}
        for chunk, marks in chunks(ids):
            for row in self.conn.execute(
                f"SELECT {', '.join(cols)} FROM source_state WHERE source_id IN ({marks})", chunk
            ):
                state = SourceState(**dict(zip(cols, row, strict=True)))
                found[state.source_id] = state
        return found

    def save_state(self, *states: SourceState) -> None:
        cols = self._STATE_COLUMNS
        self.conn.executemany(
            f"INSERT OR REPLACE INTO source_state ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})",
            [[getattr(state, c) for c in cols] for state in states],
        )

    def record_poll(self, result: PollResult, state: SourceState, started: datetime) -> None:
        """The poll's outcome and the source's new state (inside the source's transaction)."""
        self.save_state(state)
        self.conn.execute(
            "INSERT INTO polls (source_id, started, ok, status, not_modified, entries, new, "
            "updated, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                result.source_id, iso(started), int(result.ok), result.status,
                int(result.not_modified), result.entries, result.new, result.updated, result.error,
            ],
        )  # fmt: skip
