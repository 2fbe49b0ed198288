"""Backups of the SQLite database file (SPEC §9).

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
- ``manual``: ``inspector backup`` — never deleted by us;
- ``pre-encryption``: the plain database ``inspector encrypt`` converted
  (encrypted itself once the conversion is done) — never deleted by us.

A backup of an encrypted database is encrypted with the same key (SQLCipher's
backup API copies the pages as they are, never in the clear), so it opens
where the database does — with an officer's password or the recovery key.

Backups are private to the user (0600, in a 0700 folder); the source is read
through SQLite only (:mod:`inspector.store.files` says why). Restoring one is
:mod:`inspector.store.restore`.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from inspector.domain import clock
from inspector.store import cipher, files
from inspector.store.engine import Store, connect_read_only
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP = {"daily": 14, "pre-migration": 10, "pre-restore": 10}
REASONS = ("daily", "manual", "pre-migration", "pre-restore", "pre-encryption")
SIDECARS = files.SIDECARS

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


def database_path(db: Store | str | Path) -> Path:
    if isinstance(db, Store):
        if db.path is None:
            raise DatabaseError("backup.not_sqlite")
        return db.path
    return Path(db).expanduser().resolve()


def backup_dir(db: Store | str | Path) -> Path:
    return database_path(db).parent / BACKUP_FOLDER


# -- making backups ---------------------------------------------------------------------

_OWN_KEY = object()


def copy_database(source: Path, destination: Path, *, key=_OWN_KEY) -> Path:
    """A consistent single-file copy of ``source`` made with the SQLite backup API.

    Written to a temporary file first and renamed, so ``destination`` is
    either absent or complete. ``key`` opens ``source`` and encrypts the copy
    (by default the key this process holds for ``source``; None: a plain file).
    """
    if key is _OWN_KEY:
        key = cipher.key_for(source)
    destination = Path(destination)
    files.private_folder(destination.parent)
    temp = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    files.remove_with_sidecars(temp)
    try:
        files.create_private(temp)
        src = connect_read_only(Path(source), key=key)
        try:
            dst = cipher.connect(temp, key=key)
            try:
                src.backup(dst)
                # The copy of a WAL database is marked WAL; a backup is one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        files.fsync(temp)
        os.replace(temp, destination)
        files.sync_folder(destination.parent)
    except BaseException:
        files.remove_with_sidecars(temp)
        raise
    return destination


def make_backup(db: Store | str | Path, reason: str) -> Path:
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


def daily_backup(db: Store | str | Path) -> Path | None:
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


def rotate(db: Store | str | Path, reason: str) -> list[Path]:
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


def list_backups(db: Store | str | Path) -> list[BackupInfo]:
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


# -- files ------------------------------------------------------------------------------------

def _remove_stale_temporaries(folder: Path, max_age_s: float = 86400) -> None:
    """Temporary files of backups cut short by a crash, older than a day."""
    now = datetime.now(timezone.utc).timestamp()
    for entry in folder.glob(".*.tmp"):
        try:
            if now - entry.stat().st_mtime > max_age_s:
                entry.unlink()
        except OSError:
            pass
