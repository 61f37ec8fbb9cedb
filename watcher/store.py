"""The SQLite archive, through sqlite-utils: it never forgets.

Schema changes are ordered migrations applied on open (never edit an applied one); WAL mode;
one transaction per source; a lock file so two runs cannot write at once. The full-text index
is the one sqlite-utils configures (`items_fts`, external content) so Datasette finds it, with
triggers that fire only when indexed text changes. The schema is documented in docs/archive.md.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from watcher.exceptions import LockedError, StorageError
from watcher.models import Classification, Item, PollResult, SourceState, StoreResult

FTS_COLUMNS = ["title", "summary", "content_text"]
# Case- and diacritic-insensitive (salaries finds salariés), with English stemming.
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"

migrations = Migrations("watcher")


@migrations()
def m001_items(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL,
            identity TEXT NOT NULL,
            guid TEXT,
            url TEXT,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            content_text TEXT NOT NULL DEFAULT '',
            author TEXT,
            language TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            published TEXT NOT NULL,
            date_source TEXT NOT NULL,
            date_flag TEXT,
            date_raw TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            updated TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            content_hash TEXT NOT NULL
        );
        CREATE INDEX items_source_published ON items (source_id, published);
        CREATE INDEX items_published ON items (published);
        CREATE INDEX items_first_seen ON items (first_seen);
        CREATE TABLE item_versions (
            item_id TEXT NOT NULL REFERENCES items (id),
            version INTEGER NOT NULL,
            url TEXT,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            content TEXT NOT NULL,
            published TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            PRIMARY KEY (item_id, version)
        );
        CREATE TABLE source_state (
            source_id TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            last_polled TEXT,
            last_success TEXT,
            last_status INTEGER,
            last_error TEXT,
            last_error_at TEXT,
            error_count INTEGER NOT NULL DEFAULT 0,
            next_poll TEXT,
            permanent_redirect TEXT
        );
        CREATE TABLE polls (
            id INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL,
            started TEXT NOT NULL,
            ok INTEGER NOT NULL,
            status INTEGER,
            not_modified INTEGER NOT NULL DEFAULT 0,
            entries INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            error TEXT
        );
        CREATE INDEX polls_source_started ON polls (source_id, started);
        """
    )
    db.table("items").enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZE)
    cols = ", ".join(FTS_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    db.executescript(
        f"""
        CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
          INSERT INTO items_fts (rowid, {cols}) VALUES (new.rowid, {new_cols});
        END;
        CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
          INSERT INTO items_fts (items_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old_cols});
        END;
        CREATE TRIGGER items_au AFTER UPDATE OF {cols} ON items BEGIN
          INSERT INTO items_fts (items_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old_cols});
          INSERT INTO items_fts (rowid, {cols}) VALUES (new.rowid, {new_cols});
        END;
        """
    )


@migrations()
def m002_classifications(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE classifications (
            item_id TEXT PRIMARY KEY REFERENCES items (id),
            relevant INTEGER NOT NULL,
            score REAL NOT NULL,
            topics TEXT NOT NULL DEFAULT '[]',
            kind TEXT NOT NULL,
            act TEXT,
            authority TEXT,
            jurisdiction TEXT,
            fine_amount REAL,
            fine_currency TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            version TEXT NOT NULL,
            classified_at TEXT NOT NULL
        );
        CREATE INDEX classifications_relevant ON classifications (relevant, kind);
        CREATE TABLE labels (
            item_id TEXT PRIMARY KEY REFERENCES items (id),
            label INTEGER NOT NULL,
            note TEXT,
            labeled_at TEXT NOT NULL
        );
        CREATE VIEW decisions AS
            SELECT c.*, l.label AS override, l.note AS override_note,
                   COALESCE(l.label, c.relevant) AS is_relevant
            FROM classifications c LEFT JOIN labels l ON l.item_id = c.item_id;
        """
    )


@migrations()
def m003_digests(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE digest_issues (
            issue_id TEXT PRIMARY KEY,          -- weekly/2026-W17
            digest_id TEXT NOT NULL,
            week TEXT NOT NULL,
            week_start TEXT NOT NULL,
            week_end TEXT NOT NULL,
            built_at TEXT NOT NULL,
            issue TEXT NOT NULL                 -- the frozen issue as JSON
        );
        CREATE TABLE digest_items (
            digest_id TEXT NOT NULL,
            issue_id TEXT NOT NULL REFERENCES digest_issues (issue_id),
            item_id TEXT NOT NULL REFERENCES items (id),
            PRIMARY KEY (digest_id, item_id)    -- an item appears in one issue of a digest
        );
        CREATE INDEX digest_items_issue ON digest_items (issue_id);
        """
    )


@migrations()
def m004_mail_ledger(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE mail_ledger (
            issue_id TEXT NOT NULL REFERENCES digest_issues (issue_id),
            recipient TEXT NOT NULL,
            status TEXT NOT NULL,   -- pending, sending, sent, written, refused, failed, unknown
            attempts INTEGER NOT NULL DEFAULT 0,
            message_id TEXT,
            last_error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (issue_id, recipient)
        );
        """
    )


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


class Archive:
    """The archive behind one interface; open with `Archive.open(path)`."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Archive:
        target = Path(path)
        if str(target) != ":memory:" and not target.parent.exists():
            raise StorageError(
                f"cannot create the archive {target}: folder {target.parent} is missing"
            )
        try:
            conn = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
            db = sqlite_utils.Database(conn)
            if str(target) != ":memory:":
                db.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL never corrupts; a power cut may lose the last commits, which the
                # next poll fetches again.
                db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA busy_timeout=10000")
            db.execute("PRAGMA foreign_keys=ON")
            migrations.apply(db)
        except sqlite3.DatabaseError as e:
            raise StorageError(f"cannot open the archive {target}: {e}") from e
        return cls(db, None if str(target) == ":memory:" else target)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive use of the archive for one run; a second run gets LockedError at once."""
        if self.path is None:
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        handle = open(lock_path, "a+")  # noqa: SIM115 - held for the whole block
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as e:
                raise LockedError(
                    f"another watcher run is using {self.path} (lock file {lock_path}); "
                    "it will be free when that run ends"
                ) from e
            yield
        finally:
            handle.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- fetch state ---------------------------------------------------------------------------

    _STATE_COLUMNS = tuple(f.name for f in fields(SourceState))

    def state(self, source_id: str) -> SourceState:
        cols = ", ".join(self._STATE_COLUMNS)
        row = self.db.execute(
            f"SELECT {cols} FROM source_state WHERE source_id = ?", [source_id]
        ).fetchone()
        if row is None:
            return SourceState(source_id=source_id)
        return SourceState(**dict(zip(self._STATE_COLUMNS, row, strict=True)))

    def item_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT source_id, count(*) FROM items GROUP BY source_id")
        return {sid: int(n) for sid, n in rows}

    def _save_state(self, state: SourceState) -> None:
        cols = self._STATE_COLUMNS
        self.db.execute(
            f"INSERT OR REPLACE INTO source_state ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})",
            [getattr(state, c) for c in cols],
        )

    # -- items ---------------------------------------------------------------------------------

    def save_items(
        self,
        items: list[Item],
        now: datetime,
        classifications: dict[str, Classification] | None = None,
    ) -> StoreResult:
        """Insert new items, update changed ones (keeping the previous version), touch the rest.

        New and changed items get their classification stored with them. Call inside
        `transaction()`: the caller owns the per-source transaction.
        """
        if not items:
            return StoreResult()
        stamp = _iso(now)
        existing: dict[str, tuple[Any, ...]] = {}
        ids = [item.id for item in items]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                "SELECT id, content_hash, version, url, title, summary, content, published "
                f"FROM items WHERE id IN ({marks})",
                chunk,
            ):
                existing[row[0]] = row
        new_rows, touched, updated = [], [], 0
        for item in items:
            old = existing.get(item.id)
            if old is None:
                new_rows.append(self._row(item, stamp))
            elif old[1] == item.content_hash:
                touched.append(item.id)
            else:
                self.db.execute(
                    "INSERT OR IGNORE INTO item_versions (item_id, version, url, title, summary, "
                    "content, published, content_hash, replaced_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [item.id, old[2], old[3], old[4], old[5], old[6], old[7], old[1], stamp],
                )
                self.db.execute(
                    "UPDATE items SET url = ?, title = ?, summary = ?, content = ?, "
                    "content_text = ?, author = ?, tags = ?, "
                    "published = CASE WHEN ? = 'source' THEN ? ELSE published END, "
                    "date_source = CASE WHEN ? = 'source' THEN 'source' ELSE date_source END, "
                    "date_flag = ?, date_raw = ?, last_seen = ?, updated = ?, "
                    "version = version + 1, content_hash = ? WHERE id = ?",
                    [
                        item.url, item.title, item.summary, item.content, item.content_text,
                        item.author, json.dumps(list(item.tags), ensure_ascii=False),
                        item.date_source, item.published, item.date_source,
                        item.date_flag, item.date_raw, stamp, stamp, item.content_hash, item.id,
                    ],
                )  # fmt: skip
                updated += 1
        if new_rows:
            columns = list(new_rows[0])
            self.db.conn.executemany(
                f"INSERT INTO items ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [list(r.values()) for r in new_rows],
            )
        if classifications:
            changed = [r["id"] for r in new_rows] + [
                i.id for i in items if i.id in existing and existing[i.id][1] != i.content_hash
            ]
            self.save_classifications(
                {i: classifications[i] for i in changed if i in classifications}, now
            )
        for start in range(0, len(touched), 500):
            chunk = touched[start : start + 500]
            self.db.execute(
                f"UPDATE items SET last_seen = ? WHERE id IN ({','.join('?' * len(chunk))})",
                [stamp, *chunk],
            )
        relevant = sum(1 for r in new_rows if classifications and classifications[r["id"]].relevant)
        return StoreResult(
            new=len(new_rows), updated=updated, unchanged=len(touched), relevant=relevant
        )

    @staticmethod
    def _row(item: Item, stamp: str) -> dict[str, Any]:
        return {
            "id": item.id,
            "source_id": item.source_id,
            "identity": item.identity,
            "guid": item.guid,
            "url": item.url,
            "title": item.title,
            "summary": item.summary,
            "content": item.content,
            "content_text": item.content_text,
            "author": item.author,
            "language": item.language,
            "tags": json.dumps(list(item.tags), ensure_ascii=False),
            "published": item.published or stamp,
            "date_source": item.date_source,
            "date_flag": item.date_flag,
            "date_raw": item.date_raw,
            "first_seen": stamp,
            "last_seen": stamp,
            "updated": None,
            "version": 1,
            "content_hash": item.content_hash,
        }

    def record_poll(self, result: PollResult, state: SourceState, started: datetime) -> None:
        """The poll's outcome and the source's new state (inside the source's transaction)."""
        self._save_state(state)
        self.db.execute(
            "INSERT INTO polls (source_id, started, ok, status, not_modified, entries, new, "
            "updated, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                result.source_id, _iso(started), int(result.ok), result.status,
                int(result.not_modified), result.entries, result.new, result.updated, result.error,
            ],
        )  # fmt: skip

    # -- classifications and labels -----------------------------------------------------------

    def save_classifications(self, decisions: dict[str, Classification], now: datetime) -> None:
        stamp = _iso(now)
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO classifications (item_id, relevant, score, topics, kind, act, "
            "authority, jurisdiction, fine_amount, fine_currency, evidence, version, classified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    item_id, int(c.relevant), c.score, json.dumps(list(c.topics)), c.kind, c.act,
                    c.authority, c.jurisdiction, c.fine.amount if c.fine else None,
                    c.fine.currency if c.fine else None,
                    json.dumps([e.as_dict() for e in c.evidence], ensure_ascii=False), c.version, stamp,
                ]
                for item_id, c in decisions.items()
            ],
        )  # fmt: skip

    def classification(self, item_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM decisions WHERE item_id = ?", [item_id]))
        return rows[0] if rows else None

    def set_label(self, item_id: str, relevant: bool, note: str | None, now: datetime) -> None:
        if self.item(item_id) is None:
            raise StorageError(f"no item with id {item_id!r} in the archive (see 'watcher search')")
        self.db.execute(
            "INSERT OR REPLACE INTO labels (item_id, label, note, labeled_at) VALUES (?, ?, ?, ?)",
            [item_id, int(relevant), note, _iso(now)],
        )

    def labeled(self) -> Iterator[dict[str, Any]]:
        yield from self.db.query(
            "SELECT items.*, labels.label, labels.note, labels.labeled_at, c.kind AS classified_kind "
            "FROM labels JOIN items ON items.id = labels.item_id "
            "LEFT JOIN classifications c ON c.item_id = labels.item_id ORDER BY labels.labeled_at"
        )

    def iter_items(self, batch: int = 1000) -> Iterator[list[dict[str, Any]]]:
        """All items in batches, in rowid order, with their stored classification if any."""
        last = 0
        while True:
            rows = list(
                self.db.query(
                    "SELECT items.rowid AS _rowid, items.id, items.source_id, items.title, items.summary, "
                    "items.content_text, c.relevant, c.topics, c.kind, c.act, c.authority, "
                    "c.jurisdiction, c.fine_amount, c.fine_currency, c.version "
                    "FROM items LEFT JOIN classifications c ON c.item_id = items.id "
                    "WHERE items.rowid > ? ORDER BY items.rowid LIMIT ?",
                    [last, batch],
                )
            )
            if not rows:
                return
            last = rows[-1]["_rowid"]
            yield rows

    def digest_issues(self, item_id: str) -> list[str]:
        """The digest issues an item appeared in."""
        rows = self.db.execute("SELECT issue_id FROM digest_items WHERE item_id = ?", [item_id])
        return [r[0] for r in rows]

    # -- digests ---------------------------------------------------------------------------------

    def candidates(
        self, digest_id: str, since: str, until: str, rebuilding: str | None
    ) -> list[dict[str, Any]]:
        """Relevant items published in [since, until) in no issue of this digest (but the one
        being rebuilt), with what a digest shows of them."""
        return list(
            self.db.query(
                "SELECT items.id, items.title, items.summary, items.url, items.published, "
                "items.first_seen, items.source_id, c.kind, c.act, c.authority, c.jurisdiction, "
                "c.fine_amount, c.fine_currency, c.score, c.topics "
                "FROM items JOIN classifications c ON c.item_id = items.id "
                "LEFT JOIN labels l ON l.item_id = items.id "
                "LEFT JOIN digest_items di ON di.item_id = items.id AND di.digest_id = ? "
                "WHERE coalesce(l.label, c.relevant) = 1 "
                "AND items.published >= ? AND items.published < ? "
                "AND (di.issue_id IS NULL OR di.issue_id = ?) ORDER BY items.published",
                [digest_id, since, until, rebuilding],
            )
        )

    def built_weeks(self, digest_id: str) -> dict[str, str]:
        rows = self.db.execute(
            "SELECT week, built_at FROM digest_issues WHERE digest_id = ?", [digest_id]
        )
        return {week: built_at for week, built_at in rows}

    def stored_issue(self, issue_id: str) -> str | None:
        row = self.db.execute(
            "SELECT issue FROM digest_issues WHERE issue_id = ?", [issue_id]
        ).fetchone()
        return str(row[0]) if row else None

    def save_issue(
        self, issue_id: str, digest_id: str, week: str, start: str, end: str,
        built_at: str, issue_json: str, item_ids: list[str],
    ) -> None:  # fmt: skip
        """Freeze an issue with its items (replacing it when rebuilt); call inside transaction()."""
        self.db.execute("DELETE FROM digest_items WHERE issue_id = ?", [issue_id])
        self.db.execute(
            "INSERT OR REPLACE INTO digest_issues (issue_id, digest_id, week, week_start, week_end, "
            "built_at, issue) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [issue_id, digest_id, week, start, end, built_at, issue_json],
        )
        self.db.conn.executemany(
            "INSERT INTO digest_items (digest_id, issue_id, item_id) VALUES (?, ?, ?)",
            [(digest_id, issue_id, item_id) for item_id in item_ids],
        )

    def failing_sources(self, since: str, until: str) -> list[dict[str, Any]]:
        """Sources polled in [since, until) whose every poll failed, with their last error."""
        return list(
            self.db.query(
                "SELECT source_id, count(*) AS failures, "
                "(SELECT error FROM polls p2 WHERE p2.source_id = polls.source_id "
                " AND p2.started < ? ORDER BY p2.started DESC LIMIT 1) AS last_error "
                "FROM polls WHERE started >= ? AND started < ? GROUP BY source_id "
                "HAVING sum(ok) = 0 ORDER BY source_id",
                [until, since, until],
            )
        )

    # -- mail ledger ----------------------------------------------------------------------------

    def ledger(self, issue_id: str) -> dict[str, dict[str, Any]]:
        rows = self.db.query("SELECT * FROM mail_ledger WHERE issue_id = ?", [issue_id])
        return {row["recipient"]: row for row in rows}

    def ledger_set(
        self, issue_id: str, recipient: str, status: str, now: datetime,
        message_id: str | None = None, error: str | None = None, attempt: bool = False,
    ) -> None:  # fmt: skip
        """Record one recipient's state, committed at once: the ledger must survive a crash."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO mail_ledger (issue_id, recipient, status, attempts, message_id, last_error, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (issue_id, recipient) DO UPDATE SET "
                "status = excluded.status, attempts = attempts + ?, "
                "message_id = coalesce(excluded.message_id, message_id), "
                "last_error = excluded.last_error, updated_at = excluded.updated_at",
                [
                    issue_id,
                    recipient,
                    status,
                    int(attempt),
                    message_id,
                    error,
                    _iso(now),
                    int(attempt),
                ],
            )

    def issues_with_unsent(self, digest_id: str) -> list[str]:
        """Issues of a digest never sent to anyone, or whose sending did not finish (pending or
        failed recipients). A recipient added later does not get the back issues."""
        rows = self.db.execute(
            "SELECT d.issue_id FROM digest_issues d WHERE d.digest_id = ? AND ("
            " NOT EXISTS (SELECT 1 FROM mail_ledger l WHERE l.issue_id = d.issue_id)"
            " OR EXISTS (SELECT 1 FROM mail_ledger l WHERE l.issue_id = d.issue_id"
            "            AND l.status IN ('pending', 'failed'))) ORDER BY d.week_start",
            [digest_id],
        )
        return [r[0] for r in rows]

    def count_items(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM items").fetchone()[0])

    def item(self, item_id: str) -> dict[str, Any] | None:
        rows = list(self.db["items"].rows_where("id = ?", [item_id]))
        return rows[0] if rows else None

    def versions(self, item_id: str) -> list[dict[str, Any]]:
        return list(
            self.db["item_versions"].rows_where("item_id = ?", [item_id], order_by="version")
        )
