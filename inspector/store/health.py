"""Is this file a sound BCP Inspector database? Asked before anything opens it.

:func:`examine` reads the file without changing it (SQLite read-only mode)
and raises a :class:`DatabaseError` naming the problem:

- a folder, or not a SQLite file at all (``database.not_sqlite``);
- an empty file (``database.empty``): never taken for a new database — a new
  one is created whole under a temporary name and renamed into place, so no
  file of ours is ever empty;
- a file cut short — fewer bytes than its header declares (``database.truncated``);
- SQLite's own check fails (``database.damaged``), or a stored checklist
  definition or attachment no longer matches its SHA-256 — damage SQLite's
  page checks cannot see inside large values;
- tables but no schema version: another application's database (``database.foreign``);
- a schema version this program does not know (``database.newer``).

:func:`check_on_open` also refuses an absent or empty file that has backups
(``database.missing``): a fresh database there would start the reference
numbers again and hide every record.

Levels, from cheapest: ``header`` (header, schema and version: milliseconds),
``quick`` (``PRAGMA quick_check``, checklist and attachment hashes: reads every
page, about 60 ms for a 20 MB database with a warm cache — the start-up check;
zeros written over the last overflow page of a photo pass quick_check, only the
hash sees them), ``content`` (the hashes without the page check, for
``inspector check``, whose own integrity_check follows: a million records
are a file of many gigabytes, read once instead of twice), ``full`` (``PRAGMA integrity_check`` instead of
quick_check, and the hashes: a file offered for restore). The app checks
a file larger than :func:`quick_check_limit` at ``header`` level before its
window opens and at ``quick`` level in the background.

The 100-byte header is read with plain Python only while this process has
no SQLite connection to the file (:func:`inspector.store.files.read_header`);
otherwise every byte is read through SQLite, whose page checks see the same
damage.

:func:`check_on_open` is what the app and the CLI call at start-up: the
same, but its error also names the latest good backup. Nothing here writes
to, "repairs" or replaces a file.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from inspector.domain.clock import format_datetime
from inspector.domain.i18n import current_language, tr
from inspector.store import cipher, files, keyfile
from inspector.store.backup import BackupInfo, backup_dir, list_backups
from inspector.store.engine import connect_read_only
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
LEVELS = ("header", "quick", "content", "full")
QUICK_CHECK_LIMIT_ENV = "INSPECTOR_QUICK_CHECK_LIMIT"
QUICK_CHECK_LIMIT = 256 * 2**20  # below this the whole quick check costs well under a second
# Problems for which an older backup is the remedy (not: a newer program's file).
RESTORABLE = {"database.missing", "database.empty", "database.not_sqlite", "database.unreadable",
              "database.damaged",
              "database.truncated", "database.foreign", "database.checklist_damaged",
              "database.attachment_damaged", "database.cannot_decrypt"}
_OWN_KEY = object()


@dataclass(frozen=True)
class FileState:
    """What :func:`examine` found: a new (absent or empty) file, or one of ours."""

    path: Path
    revision: str | None  # None: no tables yet
    head: str

    @property
    def is_new(self) -> bool:
        return self.revision is None

    @property
    def needs_migration(self) -> bool:
        return self.revision is not None and self.revision != self.head


class UnusableDatabase(DatabaseError):
    """The database cannot be used as it is; says which backup could replace it.

    ``key`` and ``params`` are those of the problem (``cause``), so callers
    can tell a damaged file from a foreign one; :attr:`backup` is the newest
    backup that passed the check, or None. The app shows :meth:`problem`
    and offers to restore :attr:`backup`; the CLI prints :meth:`message`.
    """

    def __init__(self, cause: DatabaseError, path: Path, backup, folder: Path) -> None:
        self.cause = cause
        self.path = path
        self.backup = backup  # BackupInfo | None
        self.folder = folder
        super().__init__(cause.key, **cause.params)

    def problem(self, lang: str | None = None) -> str:
        return self.cause.message(lang)

    def message(self, lang: str | None = None) -> str:
        lines = [self.problem(lang)]
        if self.backup is not None:
            when = format_datetime(self.backup.created_at, lang or current_language())
            lines.append(tr("database.latest_backup", lang, backup=str(self.backup.path), time=when))
            lines.append(tr("database.restore_command", lang, path=str(self.path),
                            backup=str(self.backup.path)))
        else:
            lines.append(tr("database.no_backup", lang, folder=str(self.folder)))
        return "\n".join(lines)


def quick_check_limit() -> int:
    """Files larger than this (bytes) get their page check after the window opens.

    ``INSPECTOR_QUICK_CHECK_LIMIT`` overrides the default of 256 MiB.
    """
    text = os.environ.get(QUICK_CHECK_LIMIT_ENV, "").strip()
    try:
        return max(0, int(text)) if text else QUICK_CHECK_LIMIT
    except ValueError:
        log.warning("%s=%r is not a number of bytes; using %d", QUICK_CHECK_LIMIT_ENV, text,
                    QUICK_CHECK_LIMIT)
        return QUICK_CHECK_LIMIT


def startup_level(path: Path) -> str:
    """``quick`` — every page read before the window opens — unless the file is big: ``header``."""
    try:
        big = path.stat().st_size > quick_check_limit()
    except OSError:
        big = False
    return "header" if big else "quick"


def latest_good_backup(db) -> BackupInfo | None:
    """The newest backup that passes the start-up check (a SQLite file of ours, quick_check ok).

    A backup of an encrypted database is read with the database's key.
    """
    key = cipher.key_for(db.path if hasattr(db, "path") else Path(db).expanduser().resolve())
    for info in list_backups(db):
        try:
            examine(info.path, "quick", key=key)
        except DatabaseError as exc:
            log.info("backup %s is not usable: %s", info.path, exc)
            continue
        return info
    return None


def check_on_open(path: str | Path, level: str = "quick") -> FileState:
    """The start-up check. Raises :class:`UnusableDatabase` (with the latest good backup)."""
    path = Path(path).expanduser().resolve()
    try:
        state = examine(path, level)
        if state.is_new and list_backups(path):
            # Starting afresh here would begin the reference numbers again at 000001.
            raise DatabaseError("database.missing", path=str(path))
        return state
    except DatabaseError as exc:
        if exc.key not in RESTORABLE:
            raise
        log.error("start-up check of %s failed: %s", path, exc.message("en"))
        raise UnusableDatabase(exc, path, latest_good_backup(path), backup_dir(path)) from None


def examine(path: str | Path, level: str = "quick", *, name: str | Path | None = None,
            key=_OWN_KEY) -> FileState:
    """Check ``path`` at ``level`` without writing to it; messages call it ``name``.

    ``key`` opens an encrypted file (by default the key this process holds for ``path``).
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    path = Path(path)
    if key is _OWN_KEY:
        key = cipher.key_for(path)
    shown = str(name or path)
    head = _head_revision()
    if path.is_dir():
        raise DatabaseError("database.is_directory", path=shown)
    try:
        if not path.exists():
            return FileState(path, None, head)
        size = path.stat().st_size
        if size == 0:
            raise DatabaseError("database.empty", path=shown)
        header = files.read_header(path)  # None: open here, SQLite reads it instead
    except OSError as exc:
        raise DatabaseError("database.unreadable", path=shown, reason=exc.strerror or str(exc)) from None
    if header is not None:
        if not cipher.is_encrypted_header(header):
            if key is not None:  # a plain file where the key file says an encrypted one belongs
                raise DatabaseError("database.not_encrypted", path=shown)
            _check_header(path, header, size, shown)
        elif key is None and keyfile.exists(path):
            raise DatabaseError("database.encrypted", path=shown)
    try:
        connection = connect_read_only(path, key=key)
    except cipher.OperationalError as exc:
        raise DatabaseError("database.unreadable", path=shown, reason=_first_line(exc)) from None
    except cipher.DatabaseError as exc:
        if cipher.not_a_database(exc):
            raise DatabaseError("database.cannot_decrypt" if key is not None else "database.not_sqlite",
                                path=shown) from None
        raise DatabaseError("database.damaged", path=shown, detail=_first_line(exc)) from None
    connection.text_factory = bytes  # a damaged page can hold any bytes, even in messages
    try:
        revision = _schema_revision(connection, shown)
        if level in ("quick", "full"):
            _sqlite_check(connection, shown, "integrity_check" if level == "full" else "quick_check")
        if level != "header":
            _check_checklists(connection, shown)
        if level != "header":
            # Zeros over the last overflow page of a photo pass quick_check: only the hash sees them.
            _check_attachments(connection, shown)
    except cipher.DatabaseError as exc:
        raise DatabaseError("database.damaged", path=shown, detail=_first_line(exc)) from None
    finally:
        connection.close()
    return FileState(path, revision, head)


def _check_header(path: Path, header: bytes, size: int, shown: str) -> None:
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseError("database.not_sqlite", path=shown)
    if len(header) < 100:
        raise DatabaseError("database.truncated", path=shown, size=size, expected=100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseError("database.damaged", path=shown, detail=f"page size {page_size}")
    change_counter = header[24:28]
    pages = int.from_bytes(header[28:32], "big")
    # The page count is trusted only when the header says it is current (SQLite ≥ 3.7.0).
    if pages and header[92:96] == change_counter:
        expected = pages * page_size
        wal = Path(f"{path}-wal")
        # After a crash mid-checkpoint the WAL still holds pages the file does not: not damage.
        wal_holds_pages = wal.exists() and wal.stat().st_size > 0
        if size < expected and not wal_holds_pages:
            raise DatabaseError("database.truncated", path=shown, size=size, expected=expected)


def _schema_revision(connection, shown: str) -> str | None:
    tables = _tables(connection)
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise DatabaseError("database.foreign", path=shown)
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise DatabaseError("database.foreign", path=shown)
    revision = _text(row[0])
    if revision != _head_revision() and revision not in _known_revisions():
        raise DatabaseError("database.newer", path=shown)
    return revision


def _sqlite_check(connection, shown: str, pragma: str) -> None:
    results = [_text(row[0]) for row in connection.execute(f"PRAGMA {pragma}(20)")]
    if results != ["ok"]:
        lines = [line.strip() for row in results for line in row.splitlines()]
        lines = [line for line in lines if line and not line.startswith("***")]
        raise DatabaseError("database.damaged", path=shown, detail="; ".join(lines[:3]))


def _tables(connection) -> set[str]:
    return {_text(row[0]) for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _check_checklists(connection, shown: str) -> None:
    """A frozen definition is stored as its canonical JSON, so its text hashes to its key."""
    if "checklist_definitions" not in _tables(connection):
        return
    for checklist_id, version, sha256, definition in connection.execute(
            "SELECT checklist_id, version, sha256, definition FROM checklist_definitions"):
        if hashlib.sha256(definition or b"").hexdigest() != _text(sha256):
            raise DatabaseError("database.checklist_damaged", path=shown,
                                checklist=f"{_text(checklist_id)} {_text(version)}")


def _check_attachments(connection, shown: str) -> None:
    if "attachment_blobs" not in _tables(connection):
        return
    for sha256, data in connection.execute("SELECT sha256, data FROM attachment_blobs"):
        if hashlib.sha256(data or b"").hexdigest() != _text(sha256):
            raise DatabaseError("database.attachment_damaged", path=shown, sha=_text(sha256)[:12])


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@lru_cache(maxsize=1)
def _known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    from inspector.store.migrate import MIGRATIONS_DIR

    return frozenset(rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions())


@lru_cache(maxsize=1)
def _head_revision() -> str:
    """Without importing Alembic when migrate.py names the head (start-up time)."""
    from inspector.store import migrate

    return getattr(migrate, "HEAD_REVISION", None) or migrate.head_revision()
