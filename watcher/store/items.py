"""Items, their earlier versions, classifications and labels."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import datetime
from typing import Any

from watcher.exceptions import StorageError
from watcher.models import (
    OVERRIDES,
    VETOES,
    Classification,
    Decision,
    Evidence,
    Fine,
    Item,
    Labeled,
    StoredItem,
    StoreResult,
    Version,
)
from watcher.store.schema import DECIDED, RELEVANT


def iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


IDS_PER_QUERY = 500  # ids an `IN (...)` list carries, well under SQLite's bound on variables


def chunks(ids: list[str]) -> Iterator[tuple[list[str], str]]:
    """The ids in slices of IDS_PER_QUERY, each with its `?,?,...` placeholders."""
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start : start + IDS_PER_QUERY]
        yield chunk, ",".join("?" * len(chunk))


_STORED = tuple(f.name for f in fields(StoredItem))
_STORED_SQL = ", ".join(f"items.{c}" for c in _STORED)
_LISTED_SQL = ", ".join("''" if c in ("content", "content_text") else f"items.{c}" for c in _STORED)
PREFIX_MIN = 4  # hex digits of an id a reader may type instead of all 16
ROWS_PER_STATEMENT = 500  # rows a multi-row INSERT carries (SQLite bounds it further by variables)
_DECISION_SQL = (
    "c.item_id, c.relevant, c.score, c.topics, c.kind, c.act, c.authority, c.jurisdiction, "
    "c.fine_amount, c.fine_currency, c.evidence, c.version, c.model_version, l.label, l.note"
)


def stored_item(row: tuple[Any, ...]) -> StoredItem:
    return StoredItem(*row[: len(_STORED)])


def decision(row: tuple[Any, ...]) -> Decision | None:
    """A Decision from the 15 columns of _DECISION_SQL (None when the item has none)."""
    item_id, relevant, score, topics, kind, act, authority, jur, amount, currency, evidence, \
        version, model, label, note = row  # fmt: skip
    if item_id is None:
        return None
    return Decision(
        item_id=item_id, relevant=bool(relevant), score=score, topics=tuple(json.loads(topics or "[]")),
        kind=kind, act=act, authority=authority, jurisdiction=jur,
        fine=Fine(amount, currency) if amount else None,
        evidence=tuple(Evidence(**e) for e in json.loads(evidence or "[]")), version=version,
        model=model, label=None if label is None else bool(label), note=note,
    )  # fmt: skip


def _with_decisions(rows: Iterable[tuple[Any, ...]]) -> list[tuple[StoredItem, Decision]]:
    """(item, decision) from rows of _STORED_SQL then _DECISION_SQL; items without one left out."""
    found = []
    for r in rows:
        d = decision(r[len(_STORED) :])
        if d is not None:
            found.append((stored_item(r), d))
    return found


# What `review` may list: classified, unlabelled, and not taken out by one of the rules' vetoes
# nor held in by their override (its evidence names one of `models.VETOES` or
# `models.OVERRIDES`, passed as :vetoes, `_RULED`), whose score does not decide it.
_RULED = json.dumps([*VETOES, *OVERRIDES])
_REVIEWABLE = (
    "c.item_id IS NOT NULL AND l.label IS NULL AND NOT EXISTS (SELECT 1 FROM json_each(c.evidence) "
    "WHERE json_extract(json_each.value, '$.concept') IN (SELECT value FROM json_each(:vetoes)))"
)


class ItemsStore:
    conn: sqlite3.Connection

    def writable(self) -> None:  # Archive's: StorageError on a read-only archive
        raise NotImplementedError

    def item_counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT source_id, count(*) FROM items GROUP BY source_id")
        return {sid: int(n) for sid, n in rows}

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
        stamp = iso(now)
        existing: dict[str, tuple[Any, ...]] = {}
        ids = [item.id for item in items]
        for chunk, marks in chunks(ids):
            for row in self.conn.execute(
                "SELECT id, content_hash, version, url, title, summary, content, published "
                f"FROM items WHERE id IN ({marks})",
                chunk,
            ):
                existing[row[0]] = row
        new_rows, touched, updated = [], [], 0
        for item in items:
            old = existing.get(item.id)
            if old is None:
                new_rows.append(_row(item, stamp))
            elif old[1] == item.content_hash:
                touched.append(item.id)
            else:
                self.conn.execute(
                    "INSERT OR IGNORE INTO item_versions (item_id, version, url, title, summary, "
                    "content, published, content_hash, replaced_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [item.id, old[2], old[3], old[4], old[5], old[6], old[7], old[1], stamp],
                )
                self.conn.execute(
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
            self._insert_rows(
                f"INSERT INTO items ({', '.join(columns)})", [list(r.values()) for r in new_rows]
            )
        if classifications:
            changed = [r["id"] for r in new_rows] + [
                i.id for i in items if i.id in existing and existing[i.id][1] != i.content_hash
            ]
            self.save_classifications(
                {i: classifications[i] for i in changed if i in classifications}, now
            )
        for chunk, marks in chunks(touched):
            self.conn.execute(
                f"UPDATE items SET last_seen = ? WHERE id IN ({marks})",
                [stamp, *chunk],
            )
        relevant = sum(1 for r in new_rows if classifications and classifications[r["id"]].relevant)
        return StoreResult(
            new=len(new_rows), updated=updated, unchanged=len(touched), relevant=relevant
        )

    def known(self, ids: list[str]) -> set[str]:
        """Which of these item ids the archive already holds."""
        found: set[str] = set()
        for chunk, marks in chunks(ids):
            rows = self.conn.execute(f"SELECT id FROM items WHERE id IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def count_items(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM items").fetchone()[0])

    def item_id(self, given: str, missing_ok: bool = False) -> str:
        """The id of the one item whose id is, or starts with, `given` (at least four of its
        hex digits, as a reader types it off a listing); StorageError naming what to do else.
        With `missing_ok`, `given` itself when no item has it (more than one is still refused)."""
        given = given.strip().lower()
        if self.conn.execute("SELECT 1 FROM items WHERE id = ?", [given]).fetchone():
            return given
        found = []
        if len(given) >= PREFIX_MIN and all(c in "0123456789abcdef" for c in given):
            found = [row[0] for row in self.conn.execute(  # a GLOB prefix uses the primary key
                "SELECT id FROM items WHERE id GLOB ? ORDER BY id LIMIT 3", [given + "*"])]  # fmt: skip
        if len(found) == 1:
            return str(found[0])
        if found:
            raise StorageError(
                f"{given!r} starts the ids of more than one item ({', '.join(found[:2])}, ...): "
                "give more of the id"
            )
        if missing_ok:
            return given
        raise StorageError(f"no item with id {given!r} in the archive (see 'watcher search')")

    def item(self, item_id: str) -> StoredItem | None:
        row = self.conn.execute(
            f"SELECT {_STORED_SQL} FROM items WHERE id = ?", [item_id]
        ).fetchone()
        return stored_item(row) if row else None

    def versions(self, item_id: str) -> list[Version]:
        rows = self.conn.execute(
            "SELECT version, replaced_at, title, summary FROM item_versions WHERE item_id = ? "
            "ORDER BY version",
            [item_id],
        )
        return [Version(*row) for row in rows]

    def iter_items(self, batch: int = 1000) -> Iterator[list[tuple[StoredItem, Decision | None]]]:
        """All items in batches, in rowid order, each with its stored decision if any."""
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT items.rowid, {_STORED_SQL}, {_DECISION_SQL} FROM items {DECIDED} "
                "WHERE items.rowid > ? ORDER BY items.rowid LIMIT ?",
                [last, batch],
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [(stored_item(r[1:]), decision(r[1 + len(_STORED) :])) for r in rows]

    def relevant_items(self) -> list[tuple[StoredItem, Decision]]:
        """Every relevant item with its decision, newest first; without their bodies (content
        and content_text are ""), which the site does not show and which can be large."""
        rows = self.conn.execute(
            f"SELECT {_LISTED_SQL}, {_DECISION_SQL} FROM items {DECIDED} "
            f"WHERE {RELEVANT} = 1 ORDER BY items.published DESC"
        )
        return _with_decisions(rows)

    def uncertain(
        self, since: str, threshold: float, limit: int
    ) -> list[tuple[StoredItem, Decision]]:
        """Unlabelled items published since `since` whose score is nearest the threshold first:
        the ones a person's label teaches the model most. Nearness is measured as a share of
        the room on the score's side of the line (a threshold of 0.66 leaves 0.34 above it and
        0.66 below), so a 0.99 is not taken as less sure than a 0.06. An item one of the rules'
        vetoes took out whatever its score (a strike naming no monitoring, a device of people's
        own naming no worker ...: its evidence is one of `models.VETOES`), or a landmark case
        held in (`models.OVERRIDES`), is not listed: its score does not decide it. Told by that
        evidence, not by a score at or above today's line: an item decided under another line
        (an older model's, before `watcher reclassify`) is as uncertain as its score says."""
        rows = self.conn.execute(
            f"SELECT {_STORED_SQL}, {_DECISION_SQL} FROM items {DECIDED} "
            f"WHERE {_REVIEWABLE} AND items.published >= :since "
            "ORDER BY abs(c.score - :t) / (CASE WHEN c.score >= :t THEN 1.0 - :t ELSE :t END), "
            "items.published DESC LIMIT :limit",
            {"since": since, "t": threshold, "limit": limit, "vetoes": _RULED},
        )
        return _with_decisions(rows)

    def newest_unlabelled(self) -> str | None:
        """When the newest item `uncertain` could list was published, whatever the window (None
        in an archive with none): what `review` names when its window holds nothing."""
        row = self.conn.execute(
            f"SELECT max(items.published) FROM items {DECIDED} "
            f"WHERE {_REVIEWABLE} AND items.published != ''",
            {"vetoes": _RULED},
        ).fetchone()
        return row[0] if row and row[0] else None

    # -- classifications and labels -----------------------------------------------------------

    def _insert_rows(self, head: str, rows: list[list[Any]]) -> None:
        """`head` ("INSERT INTO t (a, b)") for many rows in as few statements as SQLite allows:
        the full-text indexes' triggers flush FTS5's terms once a statement, so a row a statement
        costs the index three times as much (bench/bench_fts.py)."""
        if not rows:
            return
        width = len(rows[0])
        limit = self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        per = max(1, min(ROWS_PER_STATEMENT, limit // width))
        for start in range(0, len(rows), per):
            chunk = rows[start : start + per]
            marks = ", ".join([f"({', '.join('?' * width)})"] * len(chunk))
            self.conn.execute(f"{head} VALUES {marks}", [v for row in chunk for v in row])

    def save_classifications(self, decisions: dict[str, Classification], now: datetime) -> None:
        stamp = iso(now)
        self._insert_rows(
            "INSERT OR REPLACE INTO classifications (item_id, relevant, score, topics, kind, act, "
            "authority, jurisdiction, fine_amount, fine_currency, evidence, version, classified_at, "
            "model_version)",
            [
                [
                    item_id, int(c.relevant), c.score, json.dumps(list(c.topics)), c.kind, c.act,
                    c.authority, c.jurisdiction, c.fine.amount if c.fine else None,
                    c.fine.currency if c.fine else None,
                    json.dumps([e.as_dict() for e in c.evidence], ensure_ascii=False), c.version, stamp,
                    c.model,
                ]
                for item_id, c in decisions.items()
            ],
        )  # fmt: skip

    def decision(self, item_id: str) -> Decision | None:
        row = self.conn.execute(
            f"SELECT {_DECISION_SQL} FROM items {DECIDED} WHERE items.id = ?", [item_id]
        ).fetchone()
        return decision(row) if row else None

    def set_label(self, given: str, relevant: bool, note: str | None, now: datetime) -> str:
        """Label the item `given` names (its id or the start of it); its whole id."""
        self.writable()
        item_id = self.item_id(given)
        self.conn.execute(
            "INSERT OR REPLACE INTO labels (item_id, label, note, labeled_at) VALUES (?, ?, ?, ?)",
            [item_id, int(relevant), note, iso(now)],
        )
        return item_id

    def remove_label(self, item_id: str) -> bool:
        """The item's label taken back (the classifier decides it again); False if it had none."""
        self.writable()
        return self.conn.execute("DELETE FROM labels WHERE item_id = ?", [item_id]).rowcount > 0

    def unlabelled(self, limit: int) -> list[StoredItem]:
        """The newest unlabelled items (first seen, then id): what a reader's few labels must
        not drag along with them (watcher.classify.tune)."""
        rows = self.conn.execute(
            f"SELECT {_STORED_SQL} FROM items WHERE NOT EXISTS "
            "(SELECT 1 FROM labels l WHERE l.item_id = items.id) "
            "ORDER BY items.first_seen DESC, items.id LIMIT ?",
            [limit],
        )
        return [stored_item(r) for r in rows]

    def labeled(self) -> list[Labeled]:
        """Every labelled item, in the order the labels were given."""
        rows = self.conn.execute(
            f"SELECT {_STORED_SQL}, l.label, l.note, l.labeled_at, c.kind, c.relevant "
            "FROM labels l JOIN items ON items.id = l.item_id "
            "LEFT JOIN classifications c ON c.item_id = l.item_id ORDER BY l.labeled_at"
        )
        n = len(_STORED)
        return [
            Labeled(stored_item(r), bool(r[n]), r[n + 1], r[n + 2], r[n + 3],
                    None if r[n + 4] is None else bool(r[n + 4]))
            for r in rows
        ]  # fmt: skip


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
