"""The database's files as files: what plain Python may do to them, and when.

SQLite keeps its locks as POSIX advisory locks, and those belong to the
process and the file, not to a descriptor: closing *any* descriptor of the
database file drops every lock this process holds on it (SQLite's "How To
Corrupt An SQLite Database File", §2.2). Another process that then closes its
connection believes it is the last one, checkpoints and deletes ``-wal`` and
``-shm``; this process goes on committing into a deleted WAL, and a power cut
takes every one of those commits with it.

So no code of ours opens a database, its ``-wal`` or ``-shm`` with plain
Python while this process has it open through SQLite. Each engine the store
opens registers its file here (:func:`register`); :func:`read_header` gives
nothing for such a file (the SQLite checks that follow see the same damage),
and :func:`refuse_open_database` lets code that reads or replaces a file the
user named (a photo, a pre-arrival document, a report to write) refuse one.
Another *SQLite* connection in the same process is safe: SQLite shares its
lock bookkeeping between all connections to one file (per inode), which
``tests/security/test_wal_locks.py`` checks.

Also here: files created private (0600 in 0700 folders), and a WAL that must
not be replayed set aside under a new name instead of being deleted.
"""

from __future__ import annotations

import logging
import os
import stat
import struct
import threading
import weakref
from datetime import datetime, timezone
from pathlib import Path

from inspector.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, private_dir
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)

SIDECARS = ("-wal", "-shm", "-journal")
HEADER_SIZE = 100
PRIVATE_FILE, PRIVATE_DIR = PRIVATE_FILE_MODE, PRIVATE_DIR_MODE
_SHM_DMS_BYTE = 128  # unix VFS: every connection holds a shared lock on this -shm byte while open

_registry: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()
_registry_lock = threading.Lock()


def _key(path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.realpath(os.fspath(path)))


def register(owner: object, path: Path) -> None:
    """``owner`` (an engine holder) has ``path`` open through SQLite until :func:`unregister`."""
    with _registry_lock:
        _registry[owner] = _key(path)


def unregister(owner: object) -> None:
    with _registry_lock:
        _registry.pop(owner, None)


def open_here(path: str | os.PathLike) -> bool:
    """Whether this process has ``path`` — a database or its -wal/-shm/-journal — open through SQLite."""
    key = _key(path)
    with _registry_lock:
        opened = set(_registry.values())
    if not opened:
        return False
    names = {key}
    for suffix in SIDECARS:
        if key.endswith(os.path.normcase(suffix)):
            names.add(key[: -len(suffix)])
    if names & opened:
        return True
    try:  # the same file under another name (a hard link)
        target = os.stat(path)
    except OSError:
        return False
    for database in opened:
        for name in (database, *(database + suffix for suffix in SIDECARS)):
            try:
                other = os.stat(name)
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (target.st_dev, target.st_ino):
                return True
    return False


def refuse_open_database(path: str | os.PathLike) -> None:
    """Raise ``file.open_database`` when ``path`` is a database this process has open."""
    if open_here(path):
        raise DatabaseError("file.open_database", file=os.fspath(path))


def read_user_file(path: str | os.PathLike) -> bytes:
    """The bytes of a file the user chose (a photo, a document) — never a database open here."""
    refuse_open_database(path)
    with open(path, "rb") as handle:
        return handle.read()


def read_header(path: Path) -> bytes | None:
    """The first 100 bytes of ``path`` — or None when this process has it open through SQLite."""
    if open_here(path):
        return None
    with path.open("rb") as handle:
        return handle.read(HEADER_SIZE)


def identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def on_read_only_media(path: Path) -> bool:
    """An existing database that cannot be written: the file, or its folder (where -wal goes)."""
    if not path.is_file():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def in_use_elsewhere(path: Path) -> bool:
    """Whether some process has the WAL database ``path`` open (a lock on its -shm).

    Errs on the side of "in use": on Windows, or when the -shm cannot be read.
    """
    if open_here(path):
        return True
    shm = sidecar(path, "-shm")
    if not shm.exists():
        return False
    if os.name != "posix":
        return True
    import fcntl

    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return True
    try:
        query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return True
    finally:
        os.close(fd)


def set_aside(path: Path) -> Path:
    """Rename ``path`` to ``<name>.<UTC time>.kept`` beside it: out of SQLite's sight, not deleted."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.{stamp}.kept")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{path.name}.{stamp}-{n}.kept")
    os.replace(path, kept)
    sync_folder(path.parent)
    log.warning("%s set aside as %s", path, kept)
    return kept


# -- private files and folders ------------------------------------------------------------

def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by the owner only; existing ones are left as they are."""
    return private_dir(folder)


def make_private(path: Path) -> None:
    """Restrict a file we created to its owner (POSIX; Windows keeps the profile's ACL)."""
    if os.name != "posix":
        return
    try:
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)
    except OSError as exc:
        log.warning("could not restrict %s to its owner: %s", path, exc)


def create_private(path: Path) -> None:
    """An empty file only its owner can read, which SQLite then fills (it keeps the mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    os.close(fd)
    make_private(path)  # an existing file keeps its mode through O_CREAT


def remove_with_sidecars(path: Path) -> None:
    """Remove a temporary database of ours and its -wal/-shm/-journal (never the user's database)."""
    for suffix in ("", *SIDECARS):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s%s: %s", path, suffix, exc)


def fsync(path: Path) -> None:
    """Flush a file we wrote (a temporary copy, never an open database) to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; NTFS journals the rename itself)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
