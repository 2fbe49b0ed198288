"""Encryption at rest: unlocking a database before anything reads it, and its key slots.

An encrypted database (SQLCipher) has a key file beside it
(:mod:`inspector.store.keyfile`) holding the database key wrapped once per
active user (under argon2id of the password) and once under the recovery key.
Here:

- :func:`new_database` — the first start: a random database key, the key file
  with the recovery slot; the recovery key is returned to be shown once;
- :func:`unlock` — a log-in before the database opens: the password opens the
  user's slot (wrong passwords counted towards the lockout there); the key is
  held for the file in this process;
- :func:`unlock_with_recovery` — the administrator's way in without a password;
- :func:`password_set`, :func:`user_removed` — what account changes do to the
  slots (:mod:`inspector.services.auth` calls them in the same transaction,
  before it commits).

Passwords and keys are never logged, and never stored but wrapped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from inspector.store import cipher, keyfile
from inspector.store.keyfile import KdfCost, KeyFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewDatabase:
    path: Path
    key: bytes


_new_recovery_keys: dict[Path, str] = {}  # made with a first account, until shown (take_new_recovery_key)


def finish_interrupted(database: str | Path) -> None:
    """Undo (or complete) an ``inspector encrypt`` that was cut short; before anything opens the file."""
    from inspector.store import convert

    convert.finish_interrupted(Path(database).expanduser().resolve())


def is_encrypted(database: str | Path) -> bool:
    """Whether ``database`` has a key file (and so must be unlocked before it opens)."""
    return keyfile.exists(Path(database))


def is_unlocked(database: str | Path) -> bool:
    return cipher.key_for(Path(database).expanduser().resolve()) is not None


def new_database(database: str | Path) -> NewDatabase:
    """The key and key file of a database about to be created; the key is held for it.

    Until its first account exists the database opens without a password
    (there is nobody to log in as); the first account's slot replaces that,
    and the recovery key is made then (:func:`take_new_recovery_key`).
    """
    path = Path(database).expanduser().resolve()
    key = keyfile.new_database_key()
    keys = KeyFile.new(path)
    keys.set_open(key)
    keys.save()
    cipher.set_key(path, key)
    log.info("a new encrypted database at %s: key file written", path)
    return NewDatabase(path, key)


def take_new_recovery_key(database: str | Path) -> str | None:
    """The recovery key made with the database's first account, once (to show and print), or None."""
    return _new_recovery_keys.pop(Path(database).expanduser().resolve(), None)


def unlock(database: str | Path, username: str, password: str) -> bytes:
    """Open the key file with ``username``'s password; the database key is held for the file.

    Raises ``auth.failed`` / ``auth.locked`` (as a log-in does) or a key-file error.
    """
    path = Path(database).expanduser().resolve()
    key = KeyFile.load(path).open_with_password(username, password)
    cipher.set_key(path, key)
    return key


def needs_password(database: str | Path) -> bool:
    """Whether opening ``database`` needs a log-in (False: no account exists yet)."""
    return not KeyFile.load(Path(database).expanduser().resolve()).is_open


def unlock_without_password(database: str | Path) -> bytes:
    """A new encrypted database before its first account (see :func:`needs_password`)."""
    path = Path(database).expanduser().resolve()
    key = KeyFile.load(path).open_without_password()
    cipher.set_key(path, key)
    return key


def unlock_with_recovery(database: str | Path, recovery_key: str) -> bytes:
    path = Path(database).expanduser().resolve()
    key = KeyFile.load(path).open_with_recovery(recovery_key)
    cipher.set_key(path, key)
    log.warning("%s unlocked with the recovery key", path)
    return key


def _open_keys(session: Session) -> tuple[KeyFile, bytes] | None:
    """The key file and key of the encrypted database ``session`` works on (None: a plain one)."""
    store = session.info.get("store")
    path = getattr(store, "path", None)
    key = getattr(store, "key", None)
    if path is None or key is None or not keyfile.exists(path):
        return None  # plain, or its key handed in by the caller (tests, the smoke test): no slots to keep
    return KeyFile.load(path), key


def password_set(session: Session, username: str, password: str, cost: KdfCost) -> None:
    """A user got a password (created, changed, reset): their slot opens the database with it."""
    found = _open_keys(session)
    if found is None:
        return
    keys, key = found
    if keys.is_open:  # the first account: the open slot goes, the recovery key comes
        recovery = keyfile.new_recovery_key()
        keys.set_recovery(recovery, key)
        _new_recovery_keys[keys.database.expanduser().resolve()] = recovery
    keys.set_user(username, password, key, cost)
    keys.save()


def ensure_slot(session: Session, username: str, password: str, cost: KdfCost) -> None:
    """After a log-in the database checked: the user's slot, if the key file lacks it (a database
    converted by ``inspector encrypt``, whose officers had no slots yet)."""
    found = _open_keys(session)
    if found is None or found[0].has_user(username):
        return
    password_set(session, username, password, cost)


def user_removed(session: Session, username: str) -> None:
    """A user was deactivated: their password no longer opens the database."""
    found = _open_keys(session)
    if found is None:
        return
    keys, _ = found
    if keys.remove_user(username):
        keys.save()


def new_recovery_key(database: str | Path) -> str:
    """Replace the recovery key (the database must be unlocked); the old one stops working."""
    path = Path(database).expanduser().resolve()
    key = cipher.key_for(path)
    if key is None:
        raise keyfile.KeyFileError("database.encrypted", path=str(path))
    keys = KeyFile.load(path)
    recovery = keyfile.new_recovery_key()
    keys.set_recovery(recovery, key)
    keys.save()
    return recovery
