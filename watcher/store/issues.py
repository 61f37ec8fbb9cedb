"""Digest issues and their items, the mail ledger, and what the poll log says of a week."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime

from watcher.models import (
    Attention,
    Candidate,
    Issue,
    LedgerEntry,
)
from watcher.store.schema import RELEVANT

# A recipient in one of these states has, or may have, the issue: never sent it automatically.
DELIVERED = ("sent", "written")
UNSETTLED = ("sending", "unknown")  # may or may not have arrived: a person decides


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


class IssuesStore:
    conn: sqlite3.Connection

    def writable(self) -> None:  # Archive's: StorageError on a read-only archive
        raise NotImplementedError

    # -- the poll log ---------------------------------------------------------------------------

    def last_with_items(self, source_id: str) -> datetime | None:
        """When a poll of this source last found any entry (else its first poll)."""
        row = self.conn.execute(
            "SELECT coalesce(max(CASE WHEN entries > 0 THEN started END), min(started)) "
            "FROM polls WHERE source_id = ? AND ok = 1",
            [source_id],
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def first_poll(self, source_id: str) -> datetime | None:
        row = self.conn.execute(
            "SELECT min(started) FROM polls WHERE source_id = ?", [source_id]
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def failing_sources(self, since: str, until: str) -> list[Attention]:
        """Sources polled in [since, until) whose every poll failed, with their last error."""
        rows = self.conn.execute(
            "SELECT source_id, count(*) AS failures, "
            "(SELECT error FROM polls p2 WHERE p2.source_id = polls.source_id "
            " AND p2.started < ? ORDER BY p2.started DESC LIMIT 1) AS last_error, "
            "coalesce((SELECT max(started) FROM polls p3 WHERE p3.source_id = polls.source_id "
            " AND p3.ok = 1 AND p3.started < ?), min(started)) AS since "
            "FROM polls WHERE started >= ? AND started < ? GROUP BY source_id "
            "HAVING sum(ok) = 0 ORDER BY source_id",
            [until, since, since, until],
        )
        return [Attention(sid, int(n), error, when) for sid, n, error, when in rows]

    def poll_counts(self, since: str, until: str) -> tuple[int, int]:
        """Polls in [since, until): how many were made, and how many succeeded."""
        row = self.conn.execute(
            "SELECT count(*), coalesce(sum(ok), 0) FROM polls WHERE started >= ? AND started < ?",
            [since, until],
        ).fetchone()
        return int(row[0]), int(row[1])

    # -- digests ---------------------------------------------------------------------------------

    def candidates(
        self, digest_id: str, since: str, until: str, rebuilding: str | None
    ) -> list[Candidate]:
        """Relevant items published in [since, until) in no issue of this digest (but the one
        being rebuilt), with what a digest shows of them."""
        rows = self.conn.execute(
            "SELECT items.id, items.title, items.summary, items.url, items.published, "
            "items.first_seen, items.source_id, c.kind, c.act, c.authority, c.jurisdiction, "
            "c.fine_amount, c.fine_currency, c.score, c.topics "
            "FROM items JOIN classifications c ON c.item_id = items.id "
            "LEFT JOIN labels l ON l.item_id = items.id "
            "LEFT JOIN digest_items di ON di.item_id = items.id AND di.digest_id = ? "
            f"WHERE {RELEVANT} = 1 "
            "AND items.published >= ? AND items.published < ? "
            "AND (di.issue_id IS NULL OR di.issue_id = ?) ORDER BY items.published",
            [digest_id, since, until, rebuilding],
        )
        return [
            Candidate(
                id=r[0],
                title=r[1],
                summary=r[2],
                url=r[3],
                published=datetime.fromisoformat(r[4]),
                first_seen=datetime.fromisoformat(r[5]),
                source_id=r[6],
                kind=r[7],
                act=r[8],
                authority=r[9],
                jurisdiction=r[10],
                fine_amount=r[11],
                fine_currency=r[12],
                score=r[13],
                topics=tuple(json.loads(r[14] or "[]")),
            )  # fmt: skip
            for r in rows
        ]

    def built_weeks(self, digest_id: str) -> dict[str, datetime]:
        """The labels of a digest's built weeks, and when each was built."""
        rows = self.conn.execute(
            "SELECT week, built_at FROM digest_issues WHERE digest_id = ?", [digest_id]
        )
        return {week: datetime.fromisoformat(built_at) for week, built_at in rows}

    def issue(self, issue_id: str) -> Issue | None:
        row = self.conn.execute(
            "SELECT issue FROM digest_issues WHERE issue_id = ?", [issue_id]
        ).fetchone()
        return Issue.from_json(row[0]) if row else None

    def issues(self, digest_id: str) -> list[tuple[Issue, str]]:
        """Every built issue of a digest, newest first, each with a hash of what was frozen (it
        changes when the issue does): one read of the stored text for both."""
        rows = self.conn.execute(
            "SELECT issue FROM digest_issues WHERE digest_id = ? ORDER BY week_start DESC",
            [digest_id],
        )
        return [
            (Issue.from_json(js), hashlib.blake2b(js.encode(), digest_size=16).hexdigest())
            for (js,) in rows
        ]

    def save_issue(self, issue: Issue) -> None:
        """Freeze an issue with its items (replacing it when rebuilt); call inside transaction()."""
        issue_id = issue.issue_id
        self.conn.execute("DELETE FROM digest_items WHERE issue_id = ?", [issue_id])
        self.conn.execute(
            "INSERT OR REPLACE INTO digest_issues (issue_id, digest_id, week, week_start, week_end, "
            "built_at, issue) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [issue_id, issue.digest_id, issue.week, _iso(issue.start), _iso(issue.end),
             _iso(issue.built_at), issue.to_json()],
        )  # fmt: skip
        self.conn.executemany(
            "INSERT INTO digest_items (digest_id, issue_id, item_id) VALUES (?, ?, ?)",
            [(issue.digest_id, issue_id, item_id) for item_id in issue.item_ids()],
        )

    def item_issues(self, item_id: str) -> list[str]:
        """The digest issues an item appeared in."""
        rows = self.conn.execute("SELECT issue_id FROM digest_items WHERE item_id = ?", [item_id])
        return [r[0] for r in rows]

    # -- mail ledger ----------------------------------------------------------------------------

    def ledger(self, issue_id: str, method: str) -> dict[str, LedgerEntry]:
        rows = self.conn.execute(
            "SELECT recipient, status, attempts, message_id, last_error FROM mail_ledger "
            "WHERE issue_id = ? AND method = ?",
            [issue_id, method],
        )
        return {r[0]: LedgerEntry(*r) for r in rows}

    def ledger_set(
        self, issue_id: str, recipient: str, method: str, status: str, now: datetime,
        message_id: str | None = None, error: str | None = None, attempt: bool = False,
    ) -> None:  # fmt: skip
        """Record one recipient's state, committed at once: the ledger must survive a crash."""
        self.writable()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(
                "INSERT INTO mail_ledger (issue_id, recipient, method, status, attempts, message_id, "
                "last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (issue_id, recipient, method) DO UPDATE SET "
                "status = excluded.status, attempts = attempts + ?, "
                "message_id = coalesce(excluded.message_id, message_id), "
                "last_error = excluded.last_error, updated_at = excluded.updated_at",
                [issue_id, recipient, method, status, int(attempt), message_id, error, _iso(now),
                 int(attempt)],
            )  # fmt: skip
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def unsent_issues(self, digest_id: str, method: str) -> list[str]:
        """Issues of a digest never sent to anyone by this method, or whose sending did not
        finish (pending or failed recipients). A recipient added later does not get the back
        issues."""
        rows = self.conn.execute(
            "SELECT d.issue_id FROM digest_issues d WHERE d.digest_id = ? AND ("
            " NOT EXISTS (SELECT 1 FROM mail_ledger l WHERE l.issue_id = d.issue_id AND l.method = ?)"
            " OR EXISTS (SELECT 1 FROM mail_ledger l WHERE l.issue_id = d.issue_id AND l.method = ?"
            "            AND l.status IN ('pending', 'failed'))) ORDER BY d.week_start",
            [digest_id, method, method],
        )
        return [r[0] for r in rows]

    def unsettled(self, digest_id: str, method: str) -> list[tuple[str, str, str | None]]:
        """(issue, recipient, last error) of every send in doubt: a person must say whether it
        arrived (`digest ack`) or send it again (`digest send --resend`)."""
        marks = ",".join("?" * len(UNSETTLED))
        rows = self.conn.execute(
            "SELECT l.issue_id, l.recipient, l.last_error FROM mail_ledger l "
            "JOIN digest_issues d ON d.issue_id = l.issue_id "
            f"WHERE d.digest_id = ? AND l.method = ? AND l.status IN ({marks}) "
            "ORDER BY d.week_start, l.recipient",
            [digest_id, method, *UNSETTLED],
        )
        return [(r[0], r[1], r[2]) for r in rows]
