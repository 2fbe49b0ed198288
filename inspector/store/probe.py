"""A look at a database file before anything writes to it.

Opening with our pragmas switches the file to WAL mode, which already changes
it. A file that is not ours must not be touched at all, so it is examined
first with a plain connection that only reads.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inspector.store.database import DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"


def probe(path: Path) -> None:
    """Raise DatabaseError unless ``path`` is absent, empty, or a BCP Inspector database."""
    if path.is_dir():
        raise DatabaseError("database.is_directory", path=str(path))
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError("database.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if header != SQLITE_MAGIC:
        raise DatabaseError("database.not_sqlite", path=str(path))
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError("database.unreadable", path=str(path), reason=str(exc)) from None
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "alembic_version" not in tables:
            raise DatabaseError("database.foreign", path=str(path))
    except sqlite3.Error as exc:
        raise DatabaseError("database.unreadable", path=str(path), reason=str(exc)) from None
    finally:
        connection.close()
