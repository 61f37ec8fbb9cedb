"""query → hits: ranked full-text search over the archive, with filters.

User text never reaches FTS5 raw. `parse_query` reads our own small language — words (all
must match), "exact phrases", OR, -excluded, prefix*, title:word / title:"a phrase" — and
writes an FTS5 expression in which every word is a quoted string. Anything it cannot make
sense of is a QueryError with one line saying why; nothing reaches SQLite that could raise.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from watcher.exceptions import QueryError
from watcher.store import Archive
from watcher.store.schema import DECIDED, RELEVANT

MAX_QUERY = 1000  # characters; longer input is refused, not silently cut
TITLE_WEIGHT, SUMMARY_WEIGHT, CONTENT_WEIGHT = 10.0, 3.0, 1.0  # bm25 weights per FTS column
_TOKEN = re.compile(r'(-?)(title:)?("([^"]*)("|$)|[^\s"]+)')
_WORD = re.compile(r"\w+")
_FIELD = re.compile(
    r"^(?!title:)([A-Za-z_]+):\S", re.I
)  # field:value; title: is the only field there is


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    phrase: bool = False
    prefix: bool = False
    title: bool = False
    negated: bool = False

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        if self.prefix:
            quoted += "*"
        return f"title : {quoted}" if self.title else quoted


def _term(raw: str, negated: bool, title: bool, phrase_text: str | None) -> Term | None:
    if phrase_text is not None:
        words = tuple(_WORD.findall(phrase_text))
        return Term(words, phrase=True, title=title, negated=negated) if words else None
    prefix = raw.endswith("*")
    words = tuple(_WORD.findall(raw))
    if not words:
        return None
    # "foo-bar" is two tokens to the index: match them as a phrase, as the tokenizer would.
    return Term(words, phrase=len(words) > 1, prefix=prefix, title=title, negated=negated)


def parse_query(query: str) -> str:
    """Our query language → a safe FTS5 MATCH expression; QueryError when nothing can match."""
    if len(query) > MAX_QUERY:
        raise QueryError(f"query too long ({len(query)} characters; at most {MAX_QUERY})")
    groups: list[list[Term]] = []  # terms joined by OR inside a group; groups all must match
    negatives: list[Term] = []
    pending_or = pending_not = False
    for m in _TOKEN.finditer(query):
        negated, title, raw, phrase_text = (
            m.group(1) == "-",
            bool(m.group(2)),
            m.group(3),
            m.group(4),
        )
        if phrase_text is None and raw == "OR" and not negated and not title:
            pending_or = bool(groups)
            continue
        if phrase_text is None and raw == "NOT" and not negated and not title:
            pending_not = True  # NOT word is -word
            continue
        if phrase_text is None and raw == "AND" and not negated and not title:
            continue  # every word is required already
        if phrase_text is None and (raw == "NEAR" or raw.startswith("NEAR(")) and not title:
            raise QueryError('NEAR is not supported: use "an exact phrase" instead')
        if phrase_text is None and (field := _FIELD.match(raw)):
            raise QueryError(
                f"unknown field {field.group(1)!r}: the only field is title: (title:keystroke); "
                f"put the text in quotes to search for it as words"
            )
        negated = negated or pending_not
        pending_not = False
        term = _term(raw, negated, title, phrase_text)
        if term is None:
            continue  # lone operators and punctuation carry no word to match
        if term.negated:
            negatives.append(term)
        elif pending_or and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups:
        if negatives:
            raise QueryError("a query needs at least one word to match, not only -excluded ones")
        raise QueryError("the query has no word to search for")
    parts = []
    for group in groups:
        inner = " OR ".join(t.fts() for t in group)
        parts.append(f"({inner})" if len(group) > 1 else inner)
    expression = " AND ".join(parts)
    for term in negatives:
        expression = f"({expression}) NOT {term.fts()}"
    return expression


# -- dates -------------------------------------------------------------------------------------

_RELATIVE = re.compile(r"^(\d+)([dwmy])$")
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def date_range(value: str, now: datetime) -> tuple[datetime, datetime]:
    """A filter value → [start, end) in UTC: 7d, 4w, 3m, 1y, 2026-W17, 2026, 2026-04, 2026-04-20."""
    try:
        return _date_range(value, now)
    except (ValueError, OverflowError) as e:  # year 0 or 9999 + 1, 9999999y ago
        raise QueryError(f"{value!r} is out of range: use a date between 0001 and 9998") from e


def _date_range(value: str, now: datetime) -> tuple[datetime, datetime]:
    v = value.strip()
    if m := _RELATIVE.match(v):
        n, unit = int(m.group(1)), m.group(2)
        days = {"d": 1, "w": 7, "m": 30, "y": 365}[unit] * n
        return now - timedelta(days=days), now
    if m := _WEEK.match(v):
        try:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError as e:
            raise QueryError(f"{value!r} is not an ISO week") from e
        start = datetime(monday.year, monday.month, monday.day, tzinfo=UTC)
        return start, start + timedelta(days=7)
    if m := _YEAR.match(v):
        year = int(m.group(1))
        return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    if m := _MONTH.match(v):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise QueryError(f"{value!r} is not a month")
        start = datetime(year, month, 1, tzinfo=UTC)
        end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
        return start, end
    try:
        day = date.fromisoformat(v)
    except ValueError as e:
        raise QueryError(
            f"{value!r} is not a date: use 2026-04-20, 2026-04, 2026, 2026-W17, or 7d / 4w / 3m / 1y"
        ) from e
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return start, start + timedelta(days=1)


# -- the search --------------------------------------------------------------------------------


@dataclass
class Filters:
    since: str | None = None
    until: str | None = None
    sources: tuple[str, ...] = ()
    authority: str | None = None
    jurisdiction: str | None = None
    topic: str | None = None
    kind: str | None = None
    act: str | None = None
    language: str | None = None
    relevant_only: bool = True
    limit: int = 20


HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"  # replaced by colour or nothing at the edge

# The documented, stable output schema of --format json|jsonl|csv (docs/search.md).
COLUMNS = (
    "id", "published", "source", "title", "url", "snippet", "relevant", "score", "kind", "act",
    "authority", "jurisdiction", "topics", "fine_amount", "fine_currency", "language", "rank",
)  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """One search result; `record()` is its documented output form."""

    id: str
    published: str
    source: str
    title: str
    url: str | None
    snippet: str  # with HIGHLIGHT_START/END around matched words
    relevant: bool | None
    score: float | None
    kind: str | None
    act: str | None
    authority: str | None
    jurisdiction: str | None
    topics: tuple[str, ...]
    fine_amount: float | None
    fine_currency: str | None
    language: str | None
    rank: float | None

    def plain_snippet(self) -> str:
        text = (self.snippet or "").replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        return " ".join(text.split())

    def record(self) -> dict[str, Any]:
        record = {name: getattr(self, name) for name in COLUMNS}
        record["snippet"] = self.plain_snippet()
        record["topics"] = list(self.topics)
        return record


_SIMPLE_FILTERS = (  # one clause and one value each
    ("authority", "c.authority LIKE ?"),
    ("jurisdiction", "upper(c.jurisdiction) = upper(?)"),
    ("topic", "EXISTS (SELECT 1 FROM json_each(c.topics) WHERE value = ?)"),
    ("kind", "c.kind = ?"),
    ("act", "c.act = ?"),
    ("language", "items.language = ?"),
)


def _where(filters: Filters, now: datetime) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    start = date_range(filters.since, now)[0] if filters.since else None
    end = date_range(filters.until, now)[1] if filters.until else None
    if start and end and start >= end:
        raise QueryError(f"--since {filters.since} is after --until {filters.until}")
    if start:
        clauses.append("items.published >= ?")
        args.append(start.isoformat(timespec="seconds"))
    if end:
        clauses.append("items.published < ?")
        args.append(end.isoformat(timespec="seconds"))
    if filters.sources:
        clauses.append(f"items.source_id IN ({','.join('?' * len(filters.sources))})")
        args.extend(filters.sources)
    for name, sql in _SIMPLE_FILTERS:
        value = getattr(filters, name)
        if value:
            clauses.append(sql)
            args.append(f"%{value}%" if name == "authority" else value)
    if filters.relevant_only:
        clauses.append(f"{RELEVANT} = 1")
    return clauses, args


_SELECT = (
    "SELECT items.rowid AS rid, items.id, items.published, items.source_id AS source, items.title, "
    f"items.url, {RELEVANT} AS relevant, c.score, c.kind, c.act, c.authority, c.jurisdiction, "
    "c.topics, c.fine_amount, c.fine_currency, items.language"
)
# Not the `decisions` view: SQLite materialises a view that holds a LEFT JOIN when it is itself
# LEFT JOINed, which costs a scan of every classification per search.
OVERFETCH = 50  # with filters, rank this many times the limit in FTS5 alone before filtering


def _index(filters: Filters) -> str:
    """The full-text index a search reads: the relevant items' own (kept by the store's
    triggers) when only relevant items are wanted, so relevance costs no join; else every item's."""
    return "relevant_fts" if filters.relevant_only else "items_fts"


def _rank(index: str) -> str:
    return f"bm25({index}, {TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {CONTENT_WEIGHT})"


def _ranked(
    db: sqlite3.Connection,
    index: str,
    expression: str,
    clauses: list[str],
    args: list[Any],
    limit: int,
) -> list[Any]:
    """(rowid, rank) of the best matches that pass the filters, best first.

    Ranking happens inside FTS5 on its own; only the winners are joined to items. With filters,
    the best `limit * OVERFETCH` are filtered, and only if too few survive is the whole match
    set joined and filtered (correct, slower, and rare for everyday filters).
    """
    inner = f"SELECT rowid AS rid, {_rank(index)} AS rank FROM {index} WHERE {index} MATCH ? ORDER BY rank"
    if not clauses:
        return _rows(db, f"{inner} LIMIT ?", [expression, limit])
    where = " AND ".join(clauses)
    joined = (
        "SELECT f.rid, f.rank FROM ({inner}) f JOIN items ON items.rowid = f.rid "
        f"{DECIDED} WHERE {where} ORDER BY f.rank LIMIT ?"
    )
    fetch = limit * OVERFETCH
    rows = _rows(db, joined.format(inner=f"{inner} LIMIT {fetch}"), [expression, *args, limit])
    if len(rows) < limit:
        rows = _rows(db, joined.format(inner=inner), [expression, *args, limit])
    return rows


def search(archive: Archive, query: str, filters: Filters, now: datetime) -> list[Hit]:
    """Hits, best first; an empty query lists the newest items that pass the filters."""
    db = archive.conn
    if not query.strip():
        clauses, args = _where(filters, now)
        sql = (
            f"{_SELECT}, substr(items.summary, 1, 200) AS snippet, NULL AS rank FROM items {DECIDED} "
            f"{'WHERE ' + ' AND '.join(clauses) if clauses else ''} ORDER BY items.published DESC LIMIT ?"
        )
        return [_hit(row) for row in _rows(db, sql, [*args, filters.limit])]
    expression = parse_query(query)
    index = _index(filters)  # with relevant_fts, the index itself is the relevance filter
    clauses, args = _where(replace(filters, relevant_only=False), now)
    ranked = _ranked(db, index, expression, clauses, args, filters.limit)
    if not ranked:
        return []
    ids = [row["rid"] for row in ranked]
    marks = ",".join("?" * len(ids))
    details = {
        row["rid"]: row
        for row in _rows(
            db,
            f"{_SELECT} FROM items {DECIDED} WHERE items.rowid IN ({marks})",
            ids,
        )
    }
    snippets = {
        row["rowid"]: row["snippet"]
        for row in _rows(
            db,
            f"SELECT rowid, snippet({index}, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16) AS snippet "
            f"FROM {index} WHERE {index} MATCH ? AND rowid IN ({marks})",
            [expression, *ids],
        )
    }
    return [
        _hit(details[r["rid"]], snippets.get(r["rid"], ""), r["rank"])
        for r in ranked
        if r["rid"] in details
    ]


def _hit(row: sqlite3.Row, snippet: str | None = None, rank: float | None = None) -> Hit:
    relevant = row["relevant"]
    return Hit(
        id=row["id"], published=row["published"], source=row["source"], title=row["title"],
        url=row["url"], snippet=row["snippet"] if snippet is None else snippet,
        relevant=None if relevant is None else bool(relevant), score=row["score"],
        kind=row["kind"], act=row["act"], authority=row["authority"],
        jurisdiction=row["jurisdiction"], topics=tuple(json.loads(row["topics"] or "[]")),
        fine_amount=row["fine_amount"], fine_currency=row["fine_currency"],
        language=row["language"], rank=rank if snippet is not None else row["rank"],
    )  # fmt: skip


def _rows(db: sqlite3.Connection, sql: str, params: list[Any]) -> list[sqlite3.Row]:
    cursor = db.cursor()  # its own cursor and row factory: the shared connection is untouched
    cursor.row_factory = sqlite3.Row
    try:
        return list(cursor.execute(sql, params))
    except sqlite3.OperationalError as e:  # should not happen: parse_query quotes everything
        raise QueryError(f"the search failed: {e}") from e
    finally:
        cursor.close()


COUNT_CAP = 1000  # counts stop here ("1,000+"): a count must never scan every match


def count(
    archive: Archive, query: str, filters: Filters, now: datetime, relevant: bool | None
) -> int:
    """How many matches pass the filters (and are, or are not, relevant; None: either), up to
    COUNT_CAP + 1."""
    if not query.strip():
        return 0
    clauses, args = _where(replace(filters, relevant_only=False), now)
    index = "relevant_fts" if relevant else "items_fts"
    if relevant is False:
        clauses.append(f"coalesce({RELEVANT}, 0) = 0")
    source = f"{index} JOIN items ON items.rowid = {index}.rowid {DECIDED}" if clauses else index
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {index} MATCH ? "
        f"{''.join(' AND ' + c for c in clauses)} LIMIT {COUNT_CAP + 1})"
    )
    return int(_rows(archive.conn, sql, [parse_query(query), *args])[0][0])


def counted(n: int) -> str:
    """A bounded count as a person reads it: "12", "1,000+"."""
    return f"{COUNT_CAP:,}+" if n > COUNT_CAP else f"{n:,}"
