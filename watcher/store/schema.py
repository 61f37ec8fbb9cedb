"""The archive's schema: ordered migrations, applied on open. Never edit an applied one.

The full-text index is the one sqlite-utils configures (`items_fts`, external content) so
Datasette finds it, with triggers that fire only when indexed text changes. The schema is
documented in docs/archive.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported only to migrate: an up-to-date archive opens without sqlite-utils
    import sqlite_utils

# Who is relevant: a person's label, else the classifier's verdict. Written here once; every
# query that asks joins classifications AS c and labels AS l.
RELEVANT = "coalesce(l.label, c.relevant)"
DECIDED = (
    "LEFT JOIN classifications c ON c.item_id = items.id LEFT JOIN labels l ON l.item_id = items.id"
)

FTS_COLUMNS = ["title", "summary", "content_text"]
# Case- and diacritic-insensitive (salaries finds salariés), with English stemming.
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"

MIGRATION_SET = "watcher"  # sqlite-utils' ledger (_sqlite_migrations) of what is applied
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = []


def migration(
    step: Callable[[sqlite_utils.Database], None],
) -> Callable[[sqlite_utils.Database], None]:
    """Register the next migration: applied in the order written, named after its function."""
    MIGRATIONS.append(step)
    return step


def pending(conn: sqlite3.Connection) -> list[str]:
    """The migrations not yet applied, read with plain SQL (opening costs no sqlite-utils)."""
    done: set[str] = set()
    ledger = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    if conn.execute(ledger).fetchone():
        applied = "SELECT name FROM _sqlite_migrations WHERE migration_set = ?"
        done = {row[0] for row in conn.execute(applied, [MIGRATION_SET])}
    return [step.__name__ for step in MIGRATIONS if step.__name__ not in done]


def apply(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations, each in a transaction with its record in the ledger."""
    if not pending(conn):
        return
    from watcher.store._lean import sqlite_utils

    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for step in MIGRATIONS:
        migrations()(step)
    migrations.apply(sqlite_utils.Database(conn))


def script(db: sqlite_utils.Database, sql: str) -> None:
    """Run a migration's statements, one by one, in the migration's transaction. sqlite-utils'
    executescript tests each growing prefix of a statement for completeness, character by
    character: 0.1 s for m007's triggers alone, paid by every new archive. A statement ends at a
    semicolon, so only there is the text tested."""
    start = end = 0
    while (end := sql.find(";", end) + 1) > 0:
        if sqlite3.complete_statement(sql[start:end]):
            db.conn.execute(sql[start:end].strip())
            start = end
    if sql[start:].strip():  # an unended statement: sqlite3 says what is wrong with it
        db.conn.execute(sql[start:].strip())


@migration
def m001_items(db: sqlite_utils.Database) -> None:
    script(
        db,
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
        """,
    )
    db.table("items").enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZE)
    cols = ", ".join(FTS_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    script(
        db,
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
        """,
    )


@migration
def m002_classifications(db: sqlite_utils.Database) -> None:
    script(
        db,
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
        """,
    )


@migration
def m003_digests(db: sqlite_utils.Database) -> None:
    script(
        db,
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
        """,
    )


@migration
def m004_mail_ledger(db: sqlite_utils.Database) -> None:
    script(
        db,
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
        """,
    )


@migration
def m005_model_version(db: sqlite_utils.Database) -> None:
    """Which model version decided, beside the rules' version (NULL: the rules alone)."""
    db.execute("ALTER TABLE classifications ADD COLUMN model_version TEXT")


@migration
def m006_ledger_per_method(db: sqlite_utils.Database) -> None:
    """One ledger per delivery method: a trial send to the outbox is not a send to the reader."""
    script(
        db,
        """
        CREATE TABLE mail_ledger_new (
            issue_id TEXT NOT NULL REFERENCES digest_issues (issue_id),
            recipient TEXT NOT NULL,
            method TEXT NOT NULL,   -- smtp or outbox
            status TEXT NOT NULL,   -- pending, sending, sent, written, refused, failed, unknown
            attempts INTEGER NOT NULL DEFAULT 0,
            message_id TEXT,
            last_error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (issue_id, recipient, method)
        );
        INSERT INTO mail_ledger_new
            SELECT issue_id, recipient, CASE status WHEN 'written' THEN 'outbox' ELSE 'smtp' END,
                   status, attempts, message_id, last_error, updated_at FROM mail_ledger;
        DROP TABLE mail_ledger;
        ALTER TABLE mail_ledger_new RENAME TO mail_ledger;
        """,
    )


def _sync_relevant(item_id: str) -> str:
    """Statements that bring one item's place in `relevant_fts` in line with its decision."""
    cols = ", ".join(FTS_COLUMNS)
    item_cols = ", ".join(f"items.{c}" for c in FTS_COLUMNS)
    one = f"FROM items {DECIDED} WHERE items.id = {item_id}"
    listed = "items.rowid IN (SELECT rid FROM relevant_rows)"
    return f"""
          INSERT INTO relevant_fts (relevant_fts, rowid, {cols})
            SELECT 'delete', items.rowid, {item_cols} {one} AND coalesce({RELEVANT}, 0) = 0 AND {listed};
          DELETE FROM relevant_rows WHERE rid IN
            (SELECT items.rowid {one} AND coalesce({RELEVANT}, 0) = 0);
          INSERT INTO relevant_fts (rowid, {cols})
            SELECT items.rowid, {item_cols} {one} AND {RELEVANT} = 1 AND NOT {listed};
          INSERT OR IGNORE INTO relevant_rows (rid) SELECT items.rowid {one} AND {RELEVANT} = 1;
    """


@migration
def m007_relevant_fts(db: sqlite_utils.Database) -> None:
    """A second full-text index holding the relevant items only, which the default search
    reads: it ranks without joining every match to its decision. Kept in line by triggers on
    classifications, labels and items; `relevant_rows` says which items it holds."""
    cols = ", ".join(FTS_COLUMNS)
    item_cols = ", ".join(f"items.{c}" for c in FTS_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    listed_old = "old.rowid IN (SELECT rid FROM relevant_rows)"
    # A "not relevant" verdict about an item the index does not hold changes nothing (a label
    # saying relevant would have put it there): the guard keeps the poll's many such rows cheap.
    touches = (
        "new.relevant = 1 OR EXISTS (SELECT 1 FROM items JOIN relevant_rows ON rid = items.rowid "
        "WHERE items.id = new.item_id)"
    )
    script(
        db,
        f"""
        CREATE TABLE relevant_rows (rid INTEGER PRIMARY KEY);
        CREATE VIRTUAL TABLE relevant_fts USING fts5 (
            {cols}, content=items, content_rowid=rowid, tokenize='{FTS_TOKENIZE}'
        );
        INSERT INTO relevant_rows (rid) SELECT items.rowid FROM items {DECIDED} WHERE {RELEVANT} = 1;
        INSERT INTO relevant_fts (rowid, {cols})
            SELECT items.rowid, {item_cols} FROM items JOIN relevant_rows ON rid = items.rowid;
        CREATE TRIGGER classifications_ai_relevant AFTER INSERT ON classifications
        WHEN {touches} BEGIN {_sync_relevant("new.item_id")} END;
        CREATE TRIGGER classifications_au_relevant AFTER UPDATE OF relevant ON classifications
        BEGIN {_sync_relevant("new.item_id")} END;
        CREATE TRIGGER classifications_ad_relevant AFTER DELETE ON classifications
        BEGIN {_sync_relevant("old.item_id")} END;
        CREATE TRIGGER labels_ai_relevant AFTER INSERT ON labels
        BEGIN {_sync_relevant("new.item_id")} END;
        CREATE TRIGGER labels_au_relevant AFTER UPDATE ON labels
        BEGIN {_sync_relevant("new.item_id")} END;
        CREATE TRIGGER labels_ad_relevant AFTER DELETE ON labels
        BEGIN {_sync_relevant("old.item_id")} END;
        CREATE TRIGGER items_au_relevant AFTER UPDATE OF {cols} ON items WHEN {listed_old} BEGIN
          INSERT INTO relevant_fts (relevant_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old_cols});
          INSERT INTO relevant_fts (rowid, {cols}) VALUES (new.rowid, {new_cols});
        END;
        CREATE TRIGGER items_ad_relevant AFTER DELETE ON items WHEN {listed_old} BEGIN
          INSERT INTO relevant_fts (relevant_fts, rowid, {cols}) VALUES ('delete', old.rowid, {old_cols});
          DELETE FROM relevant_rows WHERE rid = old.rowid;
        END;
        """,
    )
