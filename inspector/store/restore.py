"""Restoring the database from a backup file, safely (SPEC §9).

:func:`restore` validates a backup completely before it touches the
database, keeps the current database as a ``pre-restore`` backup and swaps
the files atomically. A WAL left beside the database is never replayed onto
the restored file, and never deleted: its content is in the ``pre-restore``
backup, and a WAL that still holds frames is set aside under a new name.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inspector.domain import clock
from inspector.domain.errors import DomainError
from inspector.domain.i18n import tr
from inspector.store import cipher, files, health, lock
from inspector.store.backup import (
    _STAMP,
    SIDECARS,
    backup_dir,
    copy_database,
    database_path,
    make_backup,
    rotate,
)
from inspector.store.engine import Store
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    source: Path
    kept: Path | None  # the replaced database, kept as a pre-restore backup


class RestoreRefused(DatabaseError):
    """The file offered for restore is not a sound BCP Inspector database."""

    def __init__(self, cause: DatabaseError) -> None:
        self.cause = cause
        super().__init__("restore.refused", reason=cause.message("en"))

    def message(self, lang: str | None = None) -> str:
        return tr("restore.refused", lang, reason=self.cause.message(lang))


def restore(db: Store | str | Path, source: str | Path, *,
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
    3. The copy replaces the database with ``os.replace``. First a WAL or
       journal still holding frames is set aside (``<name>.<time>.kept``), an
       empty one and the shared-memory file removed, so nothing is replayed
       onto the restored file.

    A backup of an encrypted database is opened with the database's key
    (the key this process holds for it); the restored file keeps that key.

    Takes the database's write lock (shared with a lock this process
    already holds). Whoever had the database open must close it first (the
    app disposes its engine). Any failure before step 3 leaves the database
    exactly as it was.
    """
    path = database_path(db)
    source = Path(source).expanduser().resolve()
    if files.open_here(path):  # its files are about to be replaced under the open connection
        raise DatabaseError("restore.database_open", path=str(path))
    if files.on_read_only_media(path):
        raise DatabaseError("database.read_only_refused", path=str(path))
    with lock.acquire(path):
        for leftover in path.parent.glob(f".{glob.escape(path.name)}.restore-*.tmp*"):
            leftover.unlink(missing_ok=True)  # of a restore cut short; none can be running now
        _check_source(path, source)
        key = cipher.key_for(path)
        try:
            health.examine(source, "header", key=key)
        except DatabaseError as exc:
            raise RestoreRefused(exc) from None
        temp = path.with_name(f".{path.name}.restore-{os.getpid()}.tmp")
        try:
            try:
                copy_database(source, temp, key=key)
                state = health.examine(temp, "full", name=source, key=key)
            except cipher.ERRORS as exc:
                raise RestoreRefused(DatabaseError("database.damaged", path=str(source),
                                                   detail=_reason(exc))) from None
            except DatabaseError as exc:
                raise RestoreRefused(exc) from None
            if state.revision is None:
                raise RestoreRefused(DatabaseError("database.foreign", path=str(source)))
            if state.needs_migration:
                _upgrade_copy(temp, key)
            if verify is not None:
                if key is not None:
                    cipher.set_key(temp, key)  # the copy opens with the database's key
                try:
                    verify(temp)
                except DomainError as exc:
                    raise RestoreRefused(exc if isinstance(exc, DatabaseError)
                                         else DatabaseError(exc.key, **exc.params)) from None
                finally:
                    cipher.forget_key(temp)
            _single_file(temp, key)
            kept = _keep_current(path, key)
            _swap(temp, path)
        finally:
            files.remove_with_sidecars(temp)
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


def _upgrade_copy(temp: Path, key: bytes | None) -> None:
    """Bring the copy to the current schema (no backup: it is a copy)."""
    from alembic import command

    from inspector.store.migrate import alembic_config

    copy = Store(temp, key=key)
    try:
        config = alembic_config(copy)
        with copy.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        copy.dispose()


def _single_file(temp: Path, key: bytes | None) -> None:
    """Checkpoint whatever a check left in a WAL, so the copy is one file."""
    connection = cipher.connect(temp, key=key)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    for suffix in SIDECARS:
        Path(f"{temp}{suffix}").unlink(missing_ok=True)
    files.fsync(temp)


def _keep_current(path: Path, key: bytes | None) -> Path | None:
    """Keep the database about to be replaced, readable or not."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        kept = make_backup(path, "pre-restore")
    except (*cipher.ERRORS, DatabaseError, OSError) as exc:
        # Too damaged for the backup API: keep the bytes as they are, WAL included.
        log.warning("pre-restore backup of %s via SQLite failed (%s); copying the raw file", path, exc)
        folder = files.private_folder(backup_dir(path))
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
                files.make_private(temp)
                files.fsync(temp)
                os.replace(temp, Path(f"{kept}{suffix}"))
        files.sync_folder(folder)
        return kept
    # The copy holds everything; fold the WAL into the old file before it goes.
    try:
        connection = cipher.connect(path, key=key)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except cipher.ERRORS as exc:
        log.info("checkpoint of %s before restore failed: %s", path, exc)
    return kept


def _swap(temp: Path, path: Path) -> None:
    try:
        # A WAL or journal left next to the database would be replayed onto the restored file.
        for suffix in SIDECARS:
            _clear_sidecar(files.sidecar(path, suffix))
        os.replace(temp, path)
    except OSError as exc:
        raise DatabaseError("restore.failed", path=str(path), reason=exc.strerror or str(exc)) from None
    files.sync_folder(path.parent)


def _clear_sidecar(sidecar: Path) -> None:
    """An empty journal or the -shm index holds nothing: removed. A WAL with frames is set aside."""
    if not sidecar.exists():
        return
    if sidecar.name.endswith("-shm") or sidecar.stat().st_size == 0:
        sidecar.unlink()
    else:
        files.set_aside(sidecar)




def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
