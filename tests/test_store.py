"""The archive: migrations, identity, versions, full-text search, lock."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import NOW
from watcher.exceptions import LockedError, StorageError
from watcher.models import (
    EMPLOYMENT_STATUS,
    INDUSTRIAL_ACTION,
    Classification,
    Evidence,
    RawEntry,
    Source,
)
from watcher.normalize import to_item
from watcher.store import Archive

SRC = Source("s", "S", "https://s.example/rss", "feed", "S", "regulator", "FR", "fr")


def item(guid: str, title: str, summary: str = "", published: str | None = None):  # type: ignore[no-untyped-def]
    from watcher.parse.dates import parse_date

    return to_item(
        SRC,
        RawEntry(guid, f"https://s.example/{guid}", title, summary, "", parse_date(published)),
        NOW,
    )


def save(archive: Archive, items: list, when=NOW):  # type: ignore[no-untyped-def]
    with archive.transaction():
        return archive.save_items(items, when)


def test_migrations_apply_once_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    Archive.open(path).close()
    again = Archive.open(path)
    applied = [r["name"] for r in sqlite_utils.Database(again.conn)["_sqlite_migrations"].rows]
    assert applied == [
        "m001_items",
        "m002_classifications",
        "m003_digests",
        "m004_mail_ledger",
        "m005_model_version",
        "m006_ledger_per_method",
        "m007_relevant_fts",
    ]
    assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_utils.Database(again.conn)["items"].detect_fts() == "items_fts"


def test_unusable_path_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder"):
        Archive.open(tmp_path / "missing" / "w.db")
    bad = tmp_path / "not-a-db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(StorageError, match="cannot open"):
        Archive.open(bad)


def test_insert_then_unchanged_writes_nothing(archive: Archive) -> None:
    a = item("a", "Title A", "x", "2026-04-20")
    assert save(archive, [a]).new == 1
    before = archive.conn.execute("SELECT * FROM items").fetchall()
    result = save(archive, [a], NOW)
    assert (result.new, result.updated, result.unchanged) == (0, 0, 1)
    assert archive.conn.execute("SELECT * FROM items").fetchall() == before
    assert archive.versions(a.id) == []


def test_changed_item_is_updated_and_previous_version_kept(archive: Archive) -> None:
    old = item("a", "Old title", "old", "2026-04-20")
    save(archive, [old])
    new = item("a", "New title", "new", "2026-04-20")
    later = NOW + timedelta(hours=1)
    assert save(archive, [new], later).updated == 1
    row = archive.item(old.id)
    assert row is not None and row.title == "New title" and row.version == 2
    assert row.first_seen == NOW.isoformat(timespec="seconds")
    versions = archive.versions(old.id)
    assert [(v.version, v.title) for v in versions] == [(1, "Old title")]


def test_an_item_is_found_by_the_start_of_its_id(archive: Archive) -> None:
    a, b, c = (
        dataclasses.replace(item(g, g.upper()), id=i)
        for g, i in (
            ("a", "abcd000000000001"),
            ("b", "abcd000000000002"),
            ("c", "abce000000000003"),
        )
    )
    save(archive, [a, b, c])
    assert archive.item_id("abcd000000000001") == a.id  # the whole id
    assert archive.item_id(" ABCE00 ") == c.id  # a prefix, as typed off a listing
    with pytest.raises(
        StorageError, match="'abcd' starts the ids of more than one item.*give more"
    ):
        archive.item_id("abcd")
    with pytest.raises(StorageError, match="no item with id 'abc'"):
        archive.item_id("abc")  # under four digits: not a prefix
    with pytest.raises(StorageError, match=r"no item with id 'abcd\*'"):
        archive.item_id("abcd*")  # no glob of the reader's
    assert archive.item_id("abcf", missing_ok=True) == "abcf"  # `labels remove`: said as no label
    with pytest.raises(StorageError, match="more than one item"):
        archive.item_id("abcd", missing_ok=True)  # never "no label" for an ambiguous start


def test_items_that_leave_the_feed_stay(archive: Archive) -> None:
    save(archive, [item("a", "A"), item("b", "B")])
    save(archive, [item("b", "B")])
    assert archive.count_items() == 2


def test_first_seen_fills_a_missing_date(archive: Archive) -> None:
    undated = item("u", "Undated")
    save(archive, [undated])
    row = archive.item(undated.id)
    assert row is not None
    assert row.published == NOW.isoformat(timespec="seconds") and row.date_source == "first_seen"


def test_fts_is_case_and_diacritic_insensitive(archive: Archive) -> None:
    save(archive, [item("f", "Surveillance des salariés", "Géolocalisation des véhicules")])
    for query in ("salaries", "SALARIÉS", "geolocalisation", "vehicules"):
        rows = list(sqlite_utils.Database(archive.conn)["items"].search(query, quote=True))
        assert [r["title"] for r in rows] == ["Surveillance des salariés"], query


def test_fts_follows_updates(archive: Archive) -> None:
    save(archive, [item("a", "keystroke logging")])
    save(archive, [item("a", "mouse tracking")], NOW + timedelta(hours=1))
    assert list(sqlite_utils.Database(archive.conn)["items"].search("keystroke", quote=True)) == []
    assert len(list(sqlite_utils.Database(archive.conn)["items"].search("mouse", quote=True))) == 1


def test_second_lock_is_refused(tmp_path: Path) -> None:
    first = Archive.open(tmp_path / "w.db")
    second = Archive.open(tmp_path / "w.db")
    with first.lock(), pytest.raises(LockedError, match="another watcher run"), second.lock():
        pass
    with second.lock():  # free again once the first run ends
        pass


def test_failed_transaction_keeps_what_was_stored(archive: Archive) -> None:
    save(archive, [item("a", "A")])
    with pytest.raises(RuntimeError), archive.transaction():
        archive.save_items([item("b", "B")], NOW)
        raise RuntimeError("crash mid-source")
    assert archive.count_items() == 1


def test_state_round_trip(archive: Archive) -> None:
    state = dataclasses.replace(archive.state("s"), etag='"v1"', error_count=2)
    from watcher.models import PollResult

    with archive.transaction():
        archive.record_poll(PollResult("s", ok=False, error="boom"), state, NOW)
    got = archive.state("s")
    assert got.etag == '"v1"' and got.error_count == 2


def test_states_of_many_sources_in_one_read(archive: Archive) -> None:
    """What a poll reads before it starts: every source's state, past SQLite's limit on bound
    parameters in one statement, a source never polled getting a fresh state."""
    ids = [f"s{n:04d}" for n in range(1200)]
    with archive.transaction():
        archive.save_state(
            *(dataclasses.replace(archive.state(i), error_count=n) for n, i in enumerate(ids[::2]))
        )
    got = archive.states([*ids, "new", ids[0]])
    assert list(got) == [*ids, "new"]
    assert [got[i].error_count for i in ids[::2]] == list(range(600))
    assert all(got[i].error_count == 0 and got[i].etag is None for i in ids[1::2])
    assert got["new"] == archive.state("new") and got["new"].source_id == "new"


_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entries=st.lists(
        st.tuples(st.text("abcdefghij0123456789", min_size=1, max_size=8), _text, _text,
                  st.sampled_from([None, "2026-04-20", "2025-12-31T23:59:00Z"])),
        min_size=1, max_size=6, unique_by=lambda e: e[0],
    )
)  # fmt: skip
def test_store_round_trip(entries: list[tuple[str, str, str, str | None]]) -> None:
    """What is saved comes back as it was, field for field, and FTS finds it (any text)."""
    archive = Archive.open(":memory:")
    items = [
        item(guid, title or "untitled", summary, published)
        for guid, title, summary, published in entries
    ]
    assert save(archive, items).new == len(items)
    for it in items:
        back = archive.item(it.id)
        assert back is not None
        assert (back.source_id, back.url, back.title, back.summary, back.content, back.content_text) == (
            it.source_id, it.url, it.title, it.summary, it.content, it.content_text,
        )  # fmt: skip
        assert back.published == (it.published or NOW.isoformat(timespec="seconds"))
        assert back.date_source == it.date_source and back.version == 1
    assert save(archive, items).unchanged == len(items)  # the same again changes nothing
    assert archive.count_items() == len(items)
    assert archive.conn.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")


def _decided(relevant: bool) -> Classification:
    return Classification(
        relevant, 0.9 if relevant else 0.1, (), "news", None, None, None, None, (), "t"
    )


OPS = st.lists(
    st.tuples(
        st.sampled_from(["classify", "label", "unlabel", "edit"]),
        st.integers(0, 3),
        st.booleans(),
    ),
    max_size=25,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_relevant_index_follows_every_decision(
    tmp_path: Path, ops: list[tuple[str, int, bool]]
) -> None:
    """The default search reads `relevant_fts`; whatever order classifications, labels and
    edits come in, it holds exactly the items whose label, else verdict, is relevant, with
    their current text."""
    path = tmp_path / f"r{abs(hash(tuple(ops)))}.db"
    archive = Archive.open(path)
    titles = {n: f"common word{n} first" for n in range(4)}
    first = [item(f"g{n}", titles[n]) for n in range(4)]
    save(archive, first)
    ids = [i.id for i in first]
    for op, n, flag in ops:
        with archive.transaction():
            if op == "classify":
                archive.save_classifications({ids[n]: _decided(flag)}, NOW)
            elif op == "label":
                archive.set_label(ids[n], flag, None, NOW)
            elif op == "unlabel":
                archive.conn.execute("DELETE FROM labels WHERE item_id = ?", [ids[n]])
            else:
                titles[n] = f"common word{n} {'second' if flag else 'third'}"
                archive.save_items([item(f"g{n}", titles[n])], NOW + timedelta(hours=1))
        truth = {
            r[0]
            for r in archive.conn.execute(
                "SELECT items.id FROM items LEFT JOIN classifications c ON c.item_id = items.id "
                "LEFT JOIN labels l ON l.item_id = items.id WHERE coalesce(l.label, c.relevant) = 1"
            )
        }
        for word in ("common", "first", "second", "third"):
            found = {
                r[0]
                for r in archive.conn.execute(
                    "SELECT items.id FROM relevant_fts JOIN items ON items.rowid = relevant_fts.rowid "
                    "WHERE relevant_fts MATCH ?",
                    [word],
                )
            }
            expected = {i for i in truth if word in titles[ids.index(i)].split()}
            assert found == expected, (op, n, flag, word)
    archive.close()


def test_upgrading_an_archive_fills_the_relevant_index_from_stored_decisions(
    tmp_path: Path,
) -> None:
    """An archive from before m007 (decisions and labels already stored) gets `relevant_fts`
    filled on first open: the default search finds what it found before the upgrade."""
    path = tmp_path / "old.db"
    archive = Archive.open(path)
    items = [item("a", "keystroke logging at work"), item("b", "keystroke logging of shoppers"),
             item("c", "keystroke logging by the boss")]  # fmt: skip
    save(archive, items)
    with archive.transaction():
        archive.save_classifications({items[0].id: _decided(True), items[1].id: _decided(False),
                                      items[2].id: _decided(False)}, NOW)  # fmt: skip
        archive.set_label(items[2].id, True, None, NOW)
    _before_m007(archive)
    archive.close()
    upgraded = Archive.open(path)
    found = {
        r[0]
        for r in upgraded.conn.execute(
            "SELECT items.id FROM relevant_fts JOIN items ON items.rowid = relevant_fts.rowid "
            "WHERE relevant_fts MATCH 'keystroke'"
        )
    }
    assert found == {items[0].id, items[2].id}
    upgraded.close()


def _before_m007(archive: Archive) -> None:
    """Take an archive back to the schema it had before m007_relevant_fts."""
    db = archive.conn
    triggers = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_relevant'")]  # fmt: skip
    db.executescript(
        "DROP TABLE relevant_fts; DROP TABLE relevant_rows; "
        + "".join(f"DROP TRIGGER {name};" for name in triggers)
        + "DELETE FROM _sqlite_migrations WHERE name = 'm007_relevant_fts';"
    )


def test_a_read_only_archive_that_needs_upgrading_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive from before m007 on a read-only file system cannot be upgraded there: opening
    it says what to do instead of failing later on a missing table."""
    import watcher.store

    path = tmp_path / "old.db"
    archive = Archive.open(path)
    save(archive, [item("a", "keystroke logging at work")])
    _before_m007(archive)
    archive.close()
    monkeypatch.setattr(watcher.store, "_read_only", lambda target: True)
    with pytest.raises(StorageError, match="read-only and needs upgrading by a writable run"):
        Archive.open(path)


def test_the_least_sure_come_first_each_measured_against_the_room_on_its_side(
    archive: Archive,
) -> None:
    """With the line at 0.66 there is 0.34 of room above it and 0.66 below: a 0.99 is surer of
    "relevant" than a 0.06 is of "not relevant", and a 0.50 less sure than a 0.80. A strike the
    rules took out at 0.70 ("e": not relevant above the line) is not listed at all, nor is an
    item whose title is about who counts as an employee ("f")."""
    items = [item(g, f"Item {g}", published="2026-04-20T10:00:00Z") for g in "abcdef"]
    save(archive, items)
    scores = {"a": 0.99, "b": 0.06, "c": 0.50, "d": 0.80, "e": 0.70, "f": 0.72}
    vetoed = {
        "e": Evidence("title", "strike", INDUSTRIAL_ACTION),
        "f": Evidence("title", "classification", EMPLOYMENT_STATUS),
    }
    with archive.transaction():
        archive.save_classifications(
            {i.id: dataclasses.replace(_decided(i.guid not in vetoed and scores[i.guid or ""] >= 0.66),
                                       score=scores[i.guid or ""],
                                       evidence=(vetoed[i.guid],) if i.guid in vetoed else ())
             for i in items},
            NOW,
        )  # fmt: skip
    order = [stored.title[-1] for stored, _ in archive.uncertain("2026-04-01", 0.66, 10)]
    assert order == ["c", "d", "b", "a"]


def test_an_item_decided_under_another_line_is_still_reviewed(archive: Archive) -> None:
    """After an upgrade or `watcher train` moves the line (0.62 to 0.60, say), an item decided
    "not relevant" at 0.61 under the old line sits above the new one until `watcher reclassify`:
    it is among the least sure, not taken for a strike the rules ruled out."""
    items = [item(g, f"Item {g}", published="2026-04-20T10:00:00Z") for g in "ab"]
    save(archive, items)
    with archive.transaction():
        archive.save_classifications(
            {items[0].id: dataclasses.replace(_decided(False), score=0.61),
             items[1].id: dataclasses.replace(_decided(True), score=0.95)},
            NOW,
        )  # fmt: skip
    order = [stored.title[-1] for stored, _ in archive.uncertain("2026-04-01", 0.60, 10)]
    assert order == ["a", "b"]


def test_many_items_at_once_are_stored_and_indexed_within_sqlites_limits() -> None:
    """A source's new items and their decisions go in as multi-row INSERTs (the index's
    triggers then flush once a statement, not once a row); SQLite's bound on variables splits
    them (to about fifty rows a statement here), and nothing is lost or left out of either index."""
    archive = Archive.open(":memory:")
    archive.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # SQLite before 3.32
    items = [item(f"g{n}", f"Employer logs keystrokes of staff, case {n}") for n in range(1203)]
    decided = {it.id: _decided(n % 2 == 0) for n, it in enumerate(items)}
    with archive.transaction():
        assert archive.save_items(items, NOW, decided).new == len(items)
    assert archive.count_items() == len(items)
    db = archive.conn
    assert db.execute("SELECT count(*) FROM classifications").fetchone()[0] == len(items)
    assert (
        db.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'keystrokes'").fetchone()[
            0
        ]
        == 1203
    )
    assert (
        db.execute(
            "SELECT count(*) FROM relevant_fts WHERE relevant_fts MATCH 'keystrokes'"
        ).fetchone()[0]
        == 602
    )
    for table in ("items_fts", "relevant_fts"):
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def test_a_migrations_script_runs_each_statement_as_sqlite_reads_it() -> None:
    """`schema.script` splits only where a statement is complete: a semicolon in a string, a
    comment or a trigger's body does not end one; the result is what sqlite3's own executescript
    makes, and a statement left unended is an error, not skipped."""
    from watcher.store.schema import script

    sql = """
        CREATE TABLE t (a TEXT DEFAULT 'x;y'); -- a comment; with a semicolon
        CREATE TABLE log (n INTEGER);
        CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
          INSERT INTO log VALUES (1); INSERT INTO log VALUES (2);
        END;
        INSERT INTO t DEFAULT VALUES;
    """
    ours, theirs = sqlite_utils.Database(memory=True), sqlite3.connect(":memory:")
    with ours.conn:
        script(ours, sql)
    theirs.executescript(sql)
    for query in ("SELECT name, sql FROM sqlite_master ORDER BY name", "SELECT * FROM log", "SELECT a FROM t"):  # fmt: skip
        assert ours.conn.execute(query).fetchall() == theirs.execute(query).fetchall()
    assert ours.conn.execute("SELECT a FROM t").fetchall() == [("x;y",)]
    with pytest.raises(sqlite3.OperationalError):
        script(ours, "CREATE TABLE u (a TEXT); CREATE TABLE v (a")
