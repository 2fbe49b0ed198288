"""Converting a database between plain and encrypted: ``inspector encrypt`` and ``decrypt``.

:func:`encrypt_in_place` turns a plain database into an encrypted one, in place:

1. under the write lock, with no connection of this process open, the file
   passes the start-up check and is backed up (``pre-encryption``);
2. its content is exported under a new random key into a temporary file
   (SQLCipher's ``sqlcipher_export``) and the copy is checked
   (``integrity_check``, the same rows in every table);
3. the key file is written marked *pending*; the encrypted copy replaces the
   database (``os.replace``); the key file loses its mark. A conversion
   interrupted before the rename leaves the plain original in place and a
   pending key file that :func:`finish_interrupted` (run before every opening)
   removes; one interrupted after it is completed there;
4. the database's backups (the pre-encryption one included) are encrypted
   under the same key, each replaced whole.

:func:`decrypt_copy` writes a plain copy of an encrypted database for an
investigation, opened with the recovery key; the database is not changed.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from inspector.store import backup, cipher, files, health, keyfile, lock
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Encrypted:
    database: Path
    backup: Path
    recovery_key: str
    backups_encrypted: int


def _temp(path: Path, what: str) -> Path:
    return path.with_name(f".{path.name}.{what}-{os.getpid()}.tmp")


def finish_interrupted(path: Path) -> None:
    """Complete or undo an ``inspector encrypt`` cut short (before any connection to ``path`` exists)."""
    keys_path = keyfile.path_for(path)
    if not keys_path.is_file() or files.open_here(path):
        return
    try:
        keys = keyfile.KeyFile.load(path)
    except DatabaseError:
        return
    if not keys.data.get("pending"):
        return
    try:
        header = files.read_header(path) if path.is_file() else None
    except OSError:
        return
    if header is not None and not cipher.is_encrypted_header(header):
        log.warning("an encryption of %s was interrupted before the swap: the plain file stays", path)
        keys_path.unlink(missing_ok=True)
    else:
        log.warning("an encryption of %s was interrupted after the swap: completed", path)
        keys.data.pop("pending", None)
        keys.save()
    files.sync_folder(path.parent)


def encrypt_in_place(path: Path) -> Encrypted:
    path = Path(path).expanduser().resolve()
    if keyfile.exists(path):
        raise DatabaseError("crypt.already_encrypted", path=str(path))
    if not path.is_file():
        raise DatabaseError("crypt.no_database", path=str(path))
    if files.open_here(path):
        raise DatabaseError("restore.database_open", path=str(path))
    if files.on_read_only_media(path):
        raise DatabaseError("database.read_only_refused", path=str(path))
    with lock.acquire(path):
        state = health.check_on_open(path, "quick")
        if state.is_new:
            raise DatabaseError("crypt.no_database", path=str(path))
        if state.needs_migration:
            raise DatabaseError("crypt.migrate_first", path=str(path))
        made = backup.make_backup(path, "pre-encryption")
        key = keyfile.new_database_key()
        recovery = keyfile.new_recovery_key()
        temp = _temp(path, "encrypt")
        files.remove_with_sidecars(temp)
        try:
            _fold_wal(path)
            cipher.export(path, temp, source_key=None, destination_key=key)
            files.make_private(temp)
            _same_content(path, None, temp, key)
            files.fsync(temp)
            keys = keyfile.KeyFile.new(path)
            keys.set_recovery(recovery, key)
            keys.data["pending"] = True
            keys.save()
            _clear_sidecars(path)
            os.replace(temp, path)
            files.sync_folder(path.parent)
        except BaseException:
            files.remove_with_sidecars(temp)
            if not cipher.is_encrypted_header(_header(path)):
                keyfile.path_for(path).unlink(missing_ok=True)
            raise
        keys.data.pop("pending", None)
        keys.save()
        cipher.set_key(path, key)
        lock.acquire(path).note_database()  # the lock note names the new file (stale-WAL rule)
        count = encrypt_backups(path, key)
    log.info("database %s encrypted; %d backup(s) encrypted too", path, count)
    return Encrypted(path, made, recovery, count)


def encrypt_backups(path: Path, key: bytes) -> int:
    """Encrypt every plain backup of ``path`` under ``key``, each replaced whole."""
    count = 0
    for info in backup.list_backups(path):
        if cipher.is_encrypted_header(_header(info.path)):
            continue
        temp = _temp(info.path, "encrypt")
        files.remove_with_sidecars(temp)
        try:
            cipher.export(info.path, temp, source_key=None, destination_key=key)
            files.make_private(temp)
            files.fsync(temp)
            os.replace(temp, info.path)
        except (OSError, *cipher.ERRORS) as exc:
            files.remove_with_sidecars(temp)
            log.warning("backup %s could not be encrypted: %s", info.path, exc)
            continue
        count += 1
    files.sync_folder(backup.backup_dir(path))
    return count


def decrypt_copy(path: Path, recovery_key: str, target: Path) -> Path:
    """A plain copy of the encrypted database ``path`` at ``target`` (which must not exist)."""
    path = Path(path).expanduser().resolve()
    target = Path(target).expanduser().resolve()
    keys = keyfile.KeyFile.load(path)
    key = keys.open_with_recovery(recovery_key)
    if target.exists():
        raise DatabaseError("backup.exists", file=str(target))
    if files.open_here(target) or target == path:
        raise DatabaseError("file.open_database", file=str(target))
    health.examine(path, "header", key=key)
    files.private_folder(target.parent)
    temp = _temp(target, "decrypt")
    files.remove_with_sidecars(temp)
    try:
        cipher.export(path, temp, source_key=key, destination_key=None)
        files.make_private(temp)
        files.fsync(temp)
        os.link(temp, target)  # never over a file made meanwhile
    finally:
        files.remove_with_sidecars(temp)
    files.sync_folder(target.parent)
    log.warning("a plain copy of %s was written with the recovery key", path)
    return target


def _header(path: Path) -> bytes | None:
    try:
        return files.read_header(path)
    except OSError:
        return None


def _fold_wal(path: Path) -> None:
    """Checkpoint the plain file's WAL into it, so no plain page stays in a ``-wal`` after the swap."""
    connection = cipher.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _clear_sidecars(path: Path) -> None:
    for suffix in files.SIDECARS:
        sidecar = files.sidecar(path, suffix)
        if sidecar.exists():
            sidecar.unlink()


def _same_content(plain: Path, plain_key: bytes | None, copy: Path, key: bytes) -> None:
    """The encrypted copy is sound and holds as many rows in every table as the original."""
    health.examine(copy, "full", key=key, name=plain)
    source = cipher.connect(plain, key=plain_key)
    target = cipher.connect(copy, key=key)
    try:
        names = [row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            a = source.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            b = target.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            if a != b:
                raise DatabaseError("crypt.copy_differs", path=str(plain), table=name)
    finally:
        source.close()
        target.close()
