"""One writer per database: an OS lock on ``<database>.lock`` (SPEC §9).

SQLite keeps concurrent connections consistent, but two BCP Inspector
instances writing the same file would each believe their view is current
(reference numbers, drafts open in two editors, a restore under a running
app). So whoever writes holds an exclusive lock on a small file next to the
database, recording who holds it (host, process, since when) so that the
second instance can say so.

The lock is the operating system's (``fcntl.flock`` on POSIX,
``msvcrt.locking`` on Windows): a process that crashes or loses power never
leaves a stale lock behind, whatever the file still says. The file itself is
never deleted — deleting a lock file while another process waits on it would
let two processes "hold" different files of the same name.

Within one process the lock is shared: acquiring it again (the app's restore
dialog while the app holds it, successive CLI commands in a test) returns
another handle on the same OS lock, released when the last handle is.
Readers (``inspections list``, ``check``) take no lock.

The note also records which file the holder opened (device and inode): a
WAL left by a holder that crashed belongs to that file, and to no file
copied or moved in its place since (see :mod:`inspector.store.database`).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from inspector.domain.clock import format_datetime
from inspector.domain.i18n import current_language, tr
from inspector.store import files
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the holder's note, so others can still read it


class DatabaseInUse(DatabaseError):
    """Another process holds the database for writing."""

    def __init__(self, path: Path, holder: dict) -> None:
        self.path = path
        self.holder = holder
        super().__init__("database.in_use", path=str(path), host=holder.get("host") or "?",
                         pid=holder.get("pid") or "?", since=holder.get("started_at") or "?")

    def message(self, lang: str | None = None) -> str:
        since = _parse_time(self.holder.get("started_at"))
        return tr(self.key, lang, **{**self.params,
                                     "since": format_datetime(since, lang or current_language())
                                     if since else "?"})


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


@dataclass
class _Held:
    fd: int
    path: Path
    count: int = 0


_held: dict[str, _Held] = {}
_registry_lock = threading.Lock()


class DatabaseLock:
    """A handle on the write lock of one database; ``release()`` (or ``with``) ends it."""

    def __init__(self, database: Path, key: str) -> None:
        self.database = database
        self.path = lock_path(database)
        self._key = key
        self._released = False

    @property
    def released(self) -> bool:
        return self._released

    def release(self) -> None:
        """Give the handle back; the OS lock goes when the process's last handle does."""
        with _registry_lock:
            if self._released:
                return
            self._released = True
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
            try:
                os.ftruncate(held.fd, 0)  # no longer claims a holder
            except OSError:
                pass
            _unlock(held.fd)
            os.close(held.fd)
            log.debug("released the write lock on %s", self.database)

    def note_database(self) -> None:
        """Record the database file's identity in the note (after creating the file)."""
        with _registry_lock:
            held = _held.get(self._key)
            if held is not None and not self._released:
                _write_note(held.fd, self.database)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"DatabaseLock({str(self.database)!r}, released={self._released})"


def acquire(database: str | Path) -> DatabaseLock:
    """Take the write lock of ``database`` without waiting.

    Raises :class:`DatabaseInUse` (``database.in_use``, naming the holder's
    host, process and start time) when another process holds it, and
    ``database.lock_failed`` when the lock file cannot be created.
    """
    database = Path(database).expanduser().resolve()
    key = os.path.normcase(str(lock_path(database)))
    with _registry_lock:
        held = _held.get(key)
        if held is None:
            held = _Held(_lock_new(database), lock_path(database))
            _held[key] = held
        held.count += 1
    return DatabaseLock(database, key)


def holder(database: str | Path) -> dict | None:
    """What the lock file says about its holder (it may be stale: the OS lock decides)."""
    try:
        text = lock_path(Path(database)).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        data = json.loads(text) if text.strip() else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _lock_new(database: Path) -> int:
    path = lock_path(database)
    try:
        files.private_folder(path.parent)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, files.PRIVATE_FILE)
    except OSError as exc:
        raise DatabaseError("database.lock_failed", path=str(database),
                            reason=exc.strerror or str(exc)) from None
    try:
        locked = _try_lock(fd)
    except OSError as exc:  # e.g. a network share without locks
        os.close(fd)
        raise DatabaseError("database.lock_failed", path=str(database),
                            reason=exc.strerror or str(exc)) from None
    if not locked:
        os.close(fd)
        raise DatabaseInUse(database, holder(database) or {})
    _write_note(fd, database)
    log.debug("took the write lock on %s", database)
    return fd


def _write_note(fd: int, database: Path) -> None:
    note = {"pid": os.getpid(), "host": socket.gethostname(),
            "started_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            "program": Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python",
            "database": files.identity(database)}
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(note).encode("utf-8"))
    except OSError as exc:  # the lock holds; only the note for others is missing
        log.warning("could not write the lock note %s: %s", lock_path(database), exc)


def _parse_time(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:  # EACCES: another process holds it
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
