"""Restoring a database from a backup, for the CLI and the app alike.

The store checks the file as SQLite (``inspector.store.restore.restore``);
this adds what only the services know — the audit chain and each locked
record's hash — and records the restore in the restored database's audit trail.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from inspector.services import audit, integrity
from inspector.store import files, lock
from inspector.store import restore as restoring
from inspector.store.database import Database, DatabaseError
from inspector.store.restore import RestoreResult


def verify_restorable(copy: Path) -> None:
    """Refuse a backup whose audit chain or record hashes do not hold."""
    db = Database(copy, migrate=False)
    try:
        report = integrity.run(db)
    finally:
        db.dispose()
    if not report.ok:
        raise DatabaseError("restore.not_sound", count=len(report.findings),
                            first=report.findings[0].message())


def record_restore(path: Path, result: RestoreResult) -> None:
    """An audit entry in the restored database: from which file, and where the old one went."""
    digest = hashlib.sha256()
    with result.source.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    db = Database(path)
    try:
        with db.session() as session:
            audit.record(session, None, "database.restored", "database", path.name,
                         new={"source": str(result.source), "source_sha256": digest.hexdigest(),
                              "kept_as": str(result.kept) if result.kept else None})
    finally:
        db.dispose()


def restore_from_backup(path: Path, source: Path) -> RestoreResult:
    """Check ``source``, keep the current database as a backup, swap in ``source``.

    Whoever has the database open closes it first (the app disposes its engine).
    """
    if files.on_read_only_media(path):
        raise DatabaseError("database.read_only_refused", path=str(path))
    with lock.acquire(path):
        result = restoring.restore(path, source, verify=verify_restorable)
        record_restore(path, result)
    return result
