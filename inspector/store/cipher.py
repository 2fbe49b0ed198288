"""SQLCipher: the one SQLite library the store opens database files with.

Every connection of ours to a database file, encrypted or plain, goes through
the SQLite that ships inside ``sqlcipher3`` (SQLCipher 4: AES-256 pages, an
HMAC-SHA512 per page). One library for every connection matters as much as
the encryption: SQLite keeps its POSIX locks per library, so a second SQLite
library in the same process (Python's own ``sqlite3``) closing its descriptor
of the file would drop the locks of the first (:mod:`inspector.store.files`
says what follows from that). Without a key SQLCipher reads and writes plain
SQLite files exactly as SQLite does.

The database key is 32 random bytes given to SQLCipher as a raw key
(``PRAGMA key = "x'…'"``): no key derivation per connection — the slow,
password-based derivation happens once, when the key file is opened
(:mod:`inspector.store.keyfile`).

This module also keeps which key opens which database file in this process
(:func:`set_key`, :func:`key_for`): the engine, the start-up check, backups
and restore of a database all ask here, so no caller hands keys around.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from sqlcipher3 import dbapi2 as dbapi

KEY_SIZE = 32
Error = dbapi.Error
DatabaseError = dbapi.DatabaseError
OperationalError = dbapi.OperationalError
# What a failed SQLite call raises: SQLCipher's classes, and the standard module's for safety.
ERRORS: tuple[type[BaseException], ...] = (dbapi.Error, sqlite3.Error)
SQLITE_NOTADB = 26

_keys: dict[str, bytes] = {}
_lock = threading.Lock()
_quiet = False


def _path_key(path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.realpath(os.fspath(path)))


def set_key(path: str | os.PathLike, key: bytes | None) -> None:
    """``key`` opens the database ``path`` (None: it is a plain file) for this process."""
    if key is not None and len(key) != KEY_SIZE:
        raise ValueError("a database key is 32 bytes")
    with _lock:
        if key is None:
            _keys.pop(_path_key(path), None)
        else:
            _keys[_path_key(path)] = bytes(key)


def forget_key(path: str | os.PathLike) -> None:
    set_key(path, None)


def key_for(path: str | os.PathLike | None) -> bytes | None:
    """The key this process holds for the database ``path``, or None (a plain file, or not unlocked)."""
    if path is None:
        return None
    with _lock:
        return _keys.get(_path_key(path))


def is_encrypted_header(header: bytes | None) -> bool:
    """Whether the first bytes of a non-empty file are not SQLite's plain header (SQLCipher's salt)."""
    return bool(header) and not header.startswith(b"SQLite format 3\x00")


def _silence() -> None:
    """SQLCipher writes every failed page check to stderr; our messages say what it means."""
    global _quiet
    if _quiet:
        return
    connection = dbapi.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()
    _quiet = True


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(target: str | os.PathLike, *, key: bytes | None = None, verify: bool = True,
            **kwargs) -> dbapi.Connection:
    """A SQLCipher connection to ``target`` (a path, or a ``file:`` URI with ``uri=True``).

    With ``key`` the file is read and written encrypted; ``verify`` reads the
    schema at once, so a wrong key (or a plain file where an encrypted one is
    expected) fails here, with SQLite's "file is not a database".
    """
    _silence()
    connection = dbapi.connect(os.fspath(target), **kwargs)
    try:
        if key is not None:
            connection.execute(key_pragma(key))
        if verify:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def error_code(exc: BaseException) -> int:
    """SQLite's primary result code of an error (0 when it has none)."""
    orig = getattr(exc, "orig", exc)
    return (getattr(orig, "sqlite_errorcode", None) or 0) & 0xFF


def not_a_database(exc: BaseException) -> bool:
    return error_code(exc) == SQLITE_NOTADB


def export(source: Path, destination: Path, *, source_key: bytes | None,
           destination_key: bytes | None) -> None:
    """Copy a database into a new file under another key (or none): SQLCipher's ``sqlcipher_export``.

    ``destination`` must not exist; it is written in rollback-journal mode, one file.
    """
    connection = connect(source, key=source_key)
    try:
        attach_key = f"\"x'{destination_key.hex()}'\"" if destination_key else "''"
        connection.execute(f"ATTACH DATABASE ? AS exported KEY {attach_key}", (os.fspath(destination),))
        try:
            connection.execute("SELECT sqlcipher_export('exported')")
            version = connection.execute("PRAGMA main.user_version").fetchone()[0]
            connection.execute(f"PRAGMA exported.user_version = {int(version)}")
        finally:
            connection.execute("DETACH DATABASE exported")
    finally:
        connection.close()
