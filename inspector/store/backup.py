"""Backups and restore of the SQLite database file (SPEC §9).

Backups are made with SQLite's online backup API, so they are consistent
even while the app writes, and land in ``backups/`` next to the database as
``<stem>-<UTC time>-<reason>.db`` — single files (rollback-journal mode) that
can be copied to a USB stick as they are. A backup is written to a temporary
name and renamed into place, so a power cut never leaves a half-written file
that looks like a backup.

Kinds (``reason``) and how many are kept:

- ``daily``: the first start of each day (BCP time) — the last 14;
- ``pre-migration``: before Alembic changes the schema — the last 10;
- ``pre-restore``: the database a restore replaced — the last 10;
- ``manual``: ``inspector backup`` — never deleted by us.

:func:`restore` validates a backup completely before it touches the
database, keeps the current database as a ``pre-restore`` backup and swaps
the files atomically.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from inspector.domain import clock
from inspector.domain.errors import DomainError
from inspector.store.database import Database, DatabaseError

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP = {"daily": 14, "pre-migration": 10, "pre-restore": 10}
REASONS = ("daily", "manual", "pre-migration", "pre-restore")
SIDECARS = ("-wal", "-shm", "-journal")

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>" + "|".join(REASONS)
                   + r")(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of a database."""

    path: Path
    created_at: datetime  # UTC, from the file name
    reason: str
    size: int
    sequence: int = 0  # two backups of one kind in the same second


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    source: Path
    kept: Path | None  # the replaced database, kept as a pre-restore backup


def database_path(db: Database | str | Path) -> Path:
    if isinstance(db, Database):
        if db.path is None:
            raise DatabaseError("backup.not_sqlite")
        return db.path
    return Path(db).expanduser().resolve()


def backup_dir(db: Database | str | Path) -> Path:
    return database_path(db).parent / BACKUP_FOLDER


# -- making backups ---------------------------------------------------------------------

def copy_database(source: Path, destination: Path) -> Path:
    """A consistent single-file copy of ``source`` made with the SQLite backup API.

    Written to a temporary file first and renamed, so ``destination`` is
    either absent or complete.
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    temp = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    _remove_with_sidecars(temp)
    try:
        src = _connect_readonly(Path(source))
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                # The copy of a WAL database is marked WAL; a backup is one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(temp)
        os.replace(temp, destination)
        _fsync_dir(destination.parent)
    except BaseException:
        _remove_with_sidecars(temp)
        raise
    return destination


def make_backup(db: Database | str | Path, reason: str) -> Path:
    """A new backup of ``reason`` in the backups folder; old ones of that kind rotated out."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    path = database_path(db)
    folder = backup_dir(path)
    stamp = clock.now_utc().strftime(_STAMP)
    name = f"{path.stem}-{stamp}-{reason}.db"
    n = 1
    while (folder / name).exists():
        n += 1
        name = f"{path.stem}-{stamp}-{reason}-{n}.db"
    made = copy_database(path, folder / name)
    log.info("backup of %s written to %s (%s)", path, made, reason)
    rotate(path, reason)
    _remove_stale_temporaries(folder)
    return made


def daily_backup(db: Database | str | Path) -> Path | None:
    """The start-up backup: at most one per calendar day (BCP time).

    Returns the new backup, or None when today's exists already or there is
    nothing to back up yet. The app and the CLI's writing commands call this
    once the database has passed its start-up check.
    """
    path = database_path(db)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    today = clock.local(clock.now_utc()).date()
    if any(b.reason == "daily" and clock.local(b.created_at).date() == today for b in list_backups(path)):
        return None
    return make_backup(path, "daily")


def rotate(db: Database | str | Path, reason: str) -> list[Path]:
    """Delete the oldest backups of ``reason`` beyond its KEEP count (never manual ones)."""
    keep = KEEP.get(reason)
    if keep is None:
        return []
    removed = []
    for info in [b for b in list_backups(db) if b.reason == reason][keep:]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", info.path, exc)
    if removed:
        log.info("rotated out %d old %s backup(s) of %s", len(removed), reason, database_path(db))
    return removed


def list_backups(db: Database | str | Path) -> list[BackupInfo]:
    """The backups of this database, newest first (not validated: see latest_good_backup)."""
    path = database_path(db)
    folder = backup_dir(path)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match["stem"] != path.stem:
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=timezone.utc)
        found.append((BackupInfo(entry, created, match["reason"], stat.st_size, int(match["n"] or 1)),
                      stat.st_mtime_ns))
    # Names tell the second; within one second (a daily and a manual backup) the file times do.
    found.sort(key=lambda pair: (pair[0].created_at, pair[1], pair[0].sequence), reverse=True)
    return [info for info, _ in found]


def latest_good_backup(db: Database | str | Path) -> BackupInfo | None:
    """The newest backup that passes the start-up check (a SQLite file of ours, quick_check ok)."""
    from inspector.store.health import examine

    for info in list_backups(db):
        try:
            examine(info.path, "quick")
        except DatabaseError as exc:
            log.info("backup %s is not usable: %s", info.path, exc)
            continue
        return info
    return None


# -- restore ------------------------------------------------------------------------------

class RestoreRefused(DatabaseError):
    """The file offered for restore is not a sound BCP Inspector database."""

    def __init__(self, cause: DatabaseError) -> None:
        self.cause = cause
        super().__init__("restore.refused", reason=cause.message("en"))

    def message(self, lang: str | None = None) -> str:
        from inspector.domain.i18n import tr

        return tr("restore.refused", lang, reason=self.cause.message(lang))


def restore(db: Database | str | Path, source: str | Path, *,
            verify: Callable[[Path], None] | None = None) -> RestoreResult:
    """Replace the database with the backup ``source``, safely.

    1. ``source`` is copied (backup API) next to the database and the copy is
       checked: a SQLite file of ours, ``integrity_check`` ok, a schema
       version we know (an older one is migrated on the copy); then
       ``verify(copy)`` runs, which should raise a DomainError when the
       content is unsound — the CLI and the app pass the audit chain and
       record hash check of ``inspector.services.integrity``.
    2. The current database is kept as a ``pre-restore`` backup (a raw copy
       of the file and its WAL when it is too damaged for SQLite to read).
    3. The copy replaces the database with ``os.replace``; the old WAL and
       shared-memory files are removed first so they cannot be replayed onto it.

    Takes the database's write lock (shared with a lock this process
    already holds). Whoever had the database open must close it first (the
    app disposes its engine). Any failure before step 3 leaves the database
    exactly as it was.
    """
    from inspector.store import health, lock

    path = database_path(db)
    source = Path(source).expanduser().resolve()
    with lock.acquire(path):
        for leftover in path.parent.glob(f".{glob.escape(path.name)}.restore-*.tmp*"):
            leftover.unlink(missing_ok=True)  # of a restore cut short; none can be running now
        _check_source(path, source)
        try:
            health.examine(source, "header")
        except DatabaseError as exc:
            raise RestoreRefused(exc) from None
        temp = path.with_name(f".{path.name}.restore-{os.getpid()}.tmp")
        try:
            try:
                copy_database(source, temp)
                state = health.examine(temp, "full", name=source)
            except sqlite3.Error as exc:
                raise RestoreRefused(DatabaseError("database.damaged", path=str(source),
                                                   detail=_reason(exc))) from None
            except DatabaseError as exc:
                raise RestoreRefused(exc) from None
            if state.revision is None:
                raise RestoreRefused(DatabaseError("database.foreign", path=str(source)))
            if state.needs_migration:
                _upgrade_copy(temp)
            if verify is not None:
                try:
                    verify(temp)
                except DomainError as exc:
                    raise RestoreRefused(exc if isinstance(exc, DatabaseError)
                                         else DatabaseError(exc.key, **exc.params)) from None
            _single_file(temp)
            kept = _keep_current(path)
            _swap(temp, path)
        finally:
            _remove_with_sidecars(temp)
        rotate(path, "pre-restore")
    log.warning("database %s restored from %s; the previous one kept as %s", path, source, kept)
    return RestoreResult(path, source, kept)


def _check_source(path: Path, source: Path) -> None:
    if not source.is_file():
        reason = os.strerror(2) if not source.exists() else "not a file"
        raise DatabaseError("restore.cannot_read", file=str(source), reason=reason)
    if path.exists() and os.path.samefile(path, source):
        raise DatabaseError("restore.same_file", file=str(source))
    try:
        with source.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise DatabaseError("restore.cannot_read", file=str(source),
                            reason=exc.strerror or str(exc)) from None


def _upgrade_copy(temp: Path) -> None:
    """Bring the copy to the current schema (no backup: it is a copy)."""
    from alembic import command

    from inspector.store.migrate import alembic_config

    copy = Database(temp, migrate=False)
    try:
        config = alembic_config(copy)
        with copy.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        copy.dispose()


def _single_file(temp: Path) -> None:
    """Checkpoint whatever a check left in a WAL, so the copy is one file."""
    connection = sqlite3.connect(temp)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    for suffix in SIDECARS:
        Path(f"{temp}{suffix}").unlink(missing_ok=True)
    _fsync(temp)


def _keep_current(path: Path) -> Path | None:
    """Keep the database about to be replaced, readable or not."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        kept = make_backup(path, "pre-restore")
    except (sqlite3.Error, DatabaseError, OSError) as exc:
        # Too damaged for the backup API: keep the bytes as they are, WAL included.
        log.warning("pre-restore backup of %s via SQLite failed (%s); copying the raw file", path, exc)
        folder = backup_dir(path)
        folder.mkdir(parents=True, exist_ok=True)
        kept = folder / f"{path.stem}-{clock.now_utc().strftime(_STAMP)}-pre-restore.db"
        n = 1
        while kept.exists():
            n += 1
            kept = folder / f"{path.stem}-{clock.now_utc().strftime(_STAMP)}-pre-restore-{n}.db"
        for suffix in ("", "-wal", "-journal"):
            original = Path(f"{path}{suffix}")
            if original.exists():
                temp = kept.with_name(f".{kept.name}{suffix}.tmp")
                shutil.copyfile(original, temp)
                _fsync(temp)
                os.replace(temp, Path(f"{kept}{suffix}"))
        _fsync_dir(folder)
        return kept
    # The copy holds everything; fold the WAL into the old file before it goes.
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error as exc:
        log.info("checkpoint of %s before restore failed: %s", path, exc)
    return kept


def _swap(temp: Path, path: Path) -> None:
    try:
        # A WAL or journal left next to the database would be replayed onto the restored file.
        for suffix in SIDECARS:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temp, path)
    except OSError as exc:
        raise DatabaseError("restore.failed", path=str(path), reason=exc.strerror or str(exc)) from None
    _fsync_dir(path.parent)


# -- files ------------------------------------------------------------------------------------

def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Read without changing the file (a WAL is honoured; no checkpoint on close)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("",) + SIDECARS:
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s%s: %s", path, suffix, exc)


def _remove_stale_temporaries(folder: Path, max_age_s: float = 86400) -> None:
    """Temporary files of backups cut short by a crash, older than a day."""
    now = datetime.now(timezone.utc).timestamp()
    for entry in folder.glob(".*.tmp"):
        try:
            if now - entry.stat().st_mtime > max_age_s:
                entry.unlink()
        except OSError:
            pass


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
