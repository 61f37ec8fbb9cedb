"""The SQLite archive: it never forgets.

    __init__  Archive: open (migrations under a lock), the run lock, transactions
    schema    ordered migrations; RELEVANT, the one rule of who is relevant
    items     items, their versions, fetch state, classifications and labels
    issues    digest issues, the mail ledger, and the poll log

WAL mode; one transaction per source; a lock file so two runs cannot write at once. Every
method hands out typed rows (watcher.models), never SQL rows; SQL lives only here and in
watcher.search.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from watcher.exceptions import LockedError, StorageError
from watcher.store import schema
from watcher.store.issues import IssuesStore
from watcher.store.items import ItemsStore
from watcher.store.state import StateStore

__all__ = ["Archive"]


class Archive(ItemsStore, StateStore, IssuesStore):
    """The archive behind one interface; open with `Archive.open(path)`."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, read_only: bool = False
    ) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only  # on a read-only file or file system: reading only

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Archive:
        target = Path(path)
        memory = str(target) == ":memory:"
        if not memory and not target.parent.exists():
            raise StorageError(
                f"cannot create the archive {target}: folder {target.parent} is missing"
            )
        if not memory and _read_only(target):
            return cls._open_read_only(target)
        try:
            conn = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=10000")  # first: the pragmas below may wait
            if not memory:
                conn.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL never corrupts; a power cut may lose the last commits, which the
                # next poll fetches again.
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            # A REPLACE fires the delete triggers that keep the full-text indexes true.
            conn.execute("PRAGMA recursive_triggers=ON")
            with _migration_lock(None if memory else target):
                schema.apply(conn)
        except sqlite3.DatabaseError as e:
            raise StorageError(f"cannot open the archive {target}: {e}") from e
        return cls(conn, None if memory else target)

    @classmethod
    def _open_read_only(cls, target: Path) -> Archive:
        """A read-only archive, opened for reading: immutable (nothing can write it anyway)."""
        try:
            uri = f"file:{quote(str(target.resolve()))}?immutable=1"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            if schema.pending(conn):
                raise StorageError(
                    f"the archive {target} is read-only and needs upgrading by a writable run"
                )
        except sqlite3.DatabaseError as e:
            raise StorageError(f"cannot open the read-only archive {target}: {e}") from e
        return cls(conn, target, read_only=True)

    def writable(self) -> None:
        """StorageError unless the archive can be written."""
        if self.read_only:
            raise StorageError(
                f"the archive {self.path} is read-only: check the permissions of the file, its "
                "folder and its file system (search and show still work)"
            )

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive use of the archive for one run; a second run gets LockedError at once."""
        self.writable()
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
        """All or nothing: a failed COMMIT (a full disk) rolls back like a failed statement."""
        self.writable()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise


def _read_only(target: Path) -> bool:
    """An existing archive that cannot be written: its file system is mounted read-only, or
    the file or its folder refuse us (root ignores permissions, so it only sees the first)."""
    if not target.exists():
        return False
    try:
        if os.statvfs(target.parent).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not (os.access(target, os.W_OK) and os.access(target.parent, os.W_OK))


@contextmanager
def _migration_lock(path: Path | None) -> Iterator[None]:
    """Two processes opening a new archive at once must not both create its tables: the
    migrations run under a lock of their own, waited for (it is held only while migrating)."""
    if path is None:
        yield
        return
    with open(path.with_name(path.name + ".migrate.lock"), "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
