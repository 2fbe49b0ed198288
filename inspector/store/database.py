"""Opening a database: the one place that puts the store's steps in order.

The store is a line, not a circle: ``errors`` ← ``files`` ← ``engine`` (the
engine and sessions) ← ``lock``, ``backup`` ← ``migrate`` ← ``health`` ←
``restore`` ← this module. Here a file is opened in this order:

1. a WAL that cannot belong to the file is set aside (never replayed, never deleted);
2. read-only media are recognised: the file opens for reading, and says so;
3. the start-up check (:func:`inspector.store.health.check_on_open`) — every
   plain-Python look at the file happens here, before any SQLite connection
   of this process exists;
4. writers take the one-writer lock;
5. a new database is created whole under a temporary name and renamed into
   place (so a file of ours is never empty); an older one is backed up and
   migrated;
6. afterwards (:func:`after_open`, in the app's background worker): the day's
   backup, and the page check of a file too big to check before the window opened.

:class:`Database` is steps 3 (header level) and 5 alone, for code and tests
that open a file they made.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from inspector.store import backup, cipher, convert, files, health, lock
from inspector.store.engine import SQLITE_PRAGMAS, Store, database_url, sqlite_path
from inspector.store.errors import DatabaseError
from inspector.store.migrate import upgrade

log = logging.getLogger(__name__)

__all__ = ["Database", "DatabaseError", "Opened", "SQLITE_PRAGMAS", "after_open", "database_url",
           "open_checked"]


class Database(Store):
    """One database, checked, created or migrated to the current schema, handing out sessions.

    ``key`` (32 bytes) opens an encrypted database, or creates a new one
    encrypted; it is remembered for the file in this process
    (:func:`inspector.store.cipher.set_key`), so its backups and checks use it too.
    """

    def __init__(self, target: str | Path, *, migrate: bool = True, read_only: bool = False,
                 checked: bool = False, key: bytes | None = None) -> None:
        path = sqlite_path(target)
        if path is not None:
            if key is not None:
                cipher.set_key(path, key)
            key = cipher.key_for(path)
            if not checked:
                health.examine(path, "header", key=key)
            if migrate and not read_only and not path.exists():
                _create(path, key)
        super().__init__(target, read_only=read_only, key=key)
        if migrate and not read_only:
            upgrade(self)

    def backup_to(self, destination: Path) -> Path:
        """A consistent copy made with SQLite's online backup API."""
        if self.path is None:
            raise DatabaseError("backup.not_sqlite")
        return backup.copy_database(self.path, destination)

    def backup_dir(self) -> Path:
        return backup.backup_dir(self)

    def timestamped_backup(self, reason: str) -> Path:
        """A backup in :meth:`backup_dir`, older ones of its kind rotated out."""
        return backup.make_backup(self, reason)


def _create(path: Path, key: bytes | None = None) -> None:
    """A new database, migrated under a temporary name, then linked into place whole
    (encrypted from its first byte when there is a ``key``)."""
    files.private_folder(path.parent)
    _remove_abandoned_creations(path.parent)
    temp = path.with_name(f".{path.name}.new-{os.getpid()}.tmp")
    files.remove_with_sidecars(temp)
    try:
        files.create_private(temp)
        store = Store(temp, key=key)
        try:
            upgrade(store)
        finally:
            store.dispose()  # the last connection folds the WAL into the file
        files.fsync(temp)
        try:
            os.link(temp, path)  # never over a file another process created meanwhile
        except FileExistsError:
            log.info("%s was created by another process meanwhile", path)
        except OSError:  # no hard links on this file system
            if not path.exists():
                os.replace(temp, path)
        files.sync_folder(path.parent)
    except OSError as exc:
        raise DatabaseError("database.cannot_create", path=str(path),
                            reason=exc.strerror or str(exc)) from None
    except cipher.ERRORS as exc:
        raise DatabaseError("database.cannot_create", path=str(path), reason=str(exc)) from None
    finally:
        files.remove_with_sidecars(temp)
    log.info("created the database %s", path)


def _remove_abandoned_creations(folder: Path) -> None:
    """Temporary files of creations cut short (their process is gone): they never held records."""
    if os.name != "posix":
        return
    for entry in folder.glob(".*.new-*.tmp*"):
        match = _CREATION.match(entry.name)
        if match is None or _alive(int(match["pid"])):
            continue
        try:
            entry.unlink()
        except OSError:
            pass


_CREATION = re.compile(r"^\..+\.new-(?P<pid>\d+)\.tmp(-wal|-shm|-journal)?$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# -- the opening sequence -----------------------------------------------------------------

@dataclass
class Opened:
    """An open database, the lock taken for it (writers), and what the user must be told."""

    db: Database
    lock: lock.DatabaseLock | None = None
    state: health.FileState | None = None
    pages_deferred: bool = False  # a big file: its page check is left to after_open()
    notices: list[DatabaseError] = field(default_factory=list)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()


def open_checked(target: str | Path, *, level: str = "quick", writes: bool = False,
                 read_only_fallback: bool = False, defer_big: bool = False,
                 key: bytes | None = None) -> Opened:
    """Open ``target`` the way the app and the CLI do (steps 1–5 above).

    ``level`` is the start-up check; with ``defer_big`` a file larger than
    :func:`health.quick_check_limit` is checked at ``header`` level now and
    its pages by :func:`after_open`. ``writes``: take the one-writer lock —
    on read-only media refused, or with ``read_only_fallback`` (the app)
    opened for reading with a notice. Raises :class:`health.UnusableDatabase`
    (with the newest good backup), :class:`lock.DatabaseInUse`, or
    :class:`DatabaseError`. ``key`` opens (or creates) an encrypted file.
    """
    path = sqlite_path(target)
    if path is None:  # PostgreSQL at head office: no file to check or lock
        return Opened(Database(target))
    if key is not None:
        cipher.set_key(path, key)
    convert.finish_interrupted(path)  # an `inspector encrypt` cut short: undone or completed
    notices = set_aside_stale_wal(path)
    read_only = files.on_read_only_media(path)
    if read_only and writes and not read_only_fallback:
        raise DatabaseError("database.read_only_refused", path=str(path))
    deferred = defer_big and level == "quick" and health.startup_level(path) == "header"
    state = health.check_on_open(path, "header" if deferred else level)
    if read_only:
        if state.needs_migration:
            raise DatabaseError("database.read_only_old", path=str(path))
        notices.append(DatabaseError("database.read_only", path=str(path)))
    held = lock.acquire(path) if not read_only and (writes or state.is_new or state.needs_migration) else None
    try:
        try:
            db = Database(path, read_only=read_only, checked=True)
        except OSError as exc:
            raise DatabaseError("database.cannot_create", path=str(path),
                                reason=exc.strerror or str(exc)) from None
        if held is not None and state.is_new:
            held.note_database()
    except BaseException:
        if held is not None:
            held.release()
        raise
    return Opened(db, held, state, deferred, notices)


def after_open(opened: Opened, *, daily: bool = True) -> None:
    """What follows the opening once the user can work: the day's backup, the deferred page check.

    The app runs this in a worker while its own connection is open; it reads
    the file through SQLite only. Raises :class:`DatabaseError` (a failed
    backup) or :class:`health.UnusableDatabase` (damage found).
    """
    path = opened.db.path
    if path is None:
        return
    if daily and not opened.read_only:
        try:
            backup.daily_backup(path)
        except (OSError, *cipher.ERRORS) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise DatabaseError("backup.failed", path=str(path), reason=reason) from None
    if opened.pages_deferred:
        health.check_on_open(path, "quick")
        opened.pages_deferred = False


def set_aside_stale_wal(path: Path) -> list[DatabaseError]:
    """Move a ``-wal`` that cannot belong to ``path`` out of SQLite's sight; say so.

    Stale for certain: the database is missing or empty (an orphan WAL); the
    WAL's page size is not the database's; or the last writer's lock note
    names another file on the same disk (the database was replaced, e.g. a
    backup moved in, after a crash left the WAL). Nothing is touched while any
    process has the database open, or when another writer holds its lock.
    """
    wal = files.sidecar(path, "-wal")
    try:
        if not wal.is_file() or wal.stat().st_size == 0 or files.in_use_elsewhere(path):
            return []
    except OSError:
        return []
    why = _stale_reason(path, wal)
    if why is None:
        return []
    try:
        with lock.acquire(path):
            if files.in_use_elsewhere(path):
                return []
            kept = files.set_aside(wal)
            shm = files.sidecar(path, "-shm")
            if shm.exists():
                files.set_aside(shm)
    except lock.DatabaseInUse:
        return []
    except DatabaseError as exc:  # no lock can be taken there (read-only media): cannot move it either
        raise DatabaseError("database.wal_stuck", path=str(path), wal=str(wal), reason=exc.message()) from None
    except OSError as exc:
        raise DatabaseError("database.wal_stuck", path=str(path), wal=str(wal),
                            reason=exc.strerror or str(exc)) from None
    log.warning("stale WAL of %s (%s) set aside as %s", path, why, kept)
    return [DatabaseError("database.wal_set_aside", path=str(path), wal=str(wal), kept=str(kept))]


def _stale_reason(path: Path, wal: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return "no database"
    try:
        with wal.open("rb") as handle:  # no connection of this process exists yet (in_use_elsewhere)
            wal_header = handle.read(32)
        db_header = files.read_header(path)
    except OSError:
        return None
    encrypted = cipher.is_encrypted_header(db_header)  # no page size in the clear: 4096, SQLCipher's
    if db_header is not None and encrypted and len(wal_header) == 32:
        if int.from_bytes(wal_header[8:12], "big") != 4096:
            return "page size differs"
    elif db_header is not None and len(wal_header) == 32 and len(db_header) >= 18:
        db_page = int.from_bytes(db_header[16:18], "big")
        db_page = 65536 if db_page == 1 else db_page
        if int.from_bytes(wal_header[8:12], "big") != db_page:
            return "page size differs"
    note = lock.holder(path) or {}
    recorded = note.get("database")
    current = files.identity(path)
    if isinstance(recorded, list) and len(recorded) == 2 and current is not None:
        if recorded[0] == current[0] and recorded[1] != current[1]:
            return "the database file was replaced"
    return None
