"""Encryption at rest on the command line (issue 15).

- Log-in before data: a database with a key file opens only after
  ``--user NAME`` (or ``INSPECTOR_USER``) and that user's password — from
  ``INSPECTOR_PASSWORD``, the terminal's prompt, or the first line of standard
  input — open its key slot; an administrator may use the recovery key
  instead (``INSPECTOR_RECOVERY_KEY``). Passwords never go on the command line.
- A new database is encrypted from the first start: its recovery key (made with its first account) is
  printed once (and, with ``--recovery-sheet FILE.pdf``, put on a sheet with a
  QR code to print and lock away).
- ``inspector encrypt``: a plain database converted in place after a backup.
- ``inspector decrypt --to FILE``: a plain copy, for investigations, with the recovery key.
- ``inspector recovery-key --sheet FILE.pdf``: a new recovery key (the old one stops working).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from inspector.domain.i18n import tr

USER_ENV, PASSWORD_ENV, RECOVERY_ENV = "INSPECTOR_USER", "INSPECTOR_PASSWORD", "INSPECTOR_RECOVERY_KEY"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("encrypt", help=tr("crypt.help_encrypt"), description=tr("crypt.help_encrypt"))
    p.set_defaults(handler=encrypt, opens_itself=True)
    p = sub.add_parser("decrypt", help=tr("crypt.help_decrypt"), description=tr("crypt.help_decrypt"))
    p.add_argument("--to", required=True, metavar="FILE", help=tr("crypt.help_decrypt_to"))
    p.set_defaults(handler=decrypt, opens_itself=True)
    p = sub.add_parser("recovery-key", help=tr("crypt.help_recovery"), description=tr("crypt.help_recovery"))
    p.add_argument("--sheet", metavar="FILE.pdf", help=tr("crypt.help_sheet"))
    p.set_defaults(handler=recovery_key, writes=True)


# -- unlocking ------------------------------------------------------------------------------

_unlocked: list[Path] = []


def finish(args: argparse.Namespace | None = None) -> None:
    """At the command's end: a recovery key made with a first account is shown (once); the keys
    this command unlocked leave memory with it (a process's end does the same)."""
    from inspector.services import encryption
    from inspector.store import cipher

    while _unlocked:
        path = _unlocked.pop()
        recovery = encryption.take_new_recovery_key(path)
        if recovery is not None:
            _announce(recovery, getattr(args, "recovery_sheet", None), path)
        cipher.forget_key(path)


def _read_secret(prompt_key: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(tr(prompt_key) + ": ")
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def unlock(args: argparse.Namespace, path: Path) -> None:
    """Before ``path`` opens: its key from a user's password (or the recovery key); a new file's key made.

    Does nothing for a plain database (an older one: ``inspector encrypt``
    converts it), a server URL, or a database this process unlocked already.
    """
    from inspector.services import encryption

    if encryption.is_unlocked(path):
        return
    encryption.finish_interrupted(path)
    if encryption.is_encrypted(path):
        if not encryption.needs_password(path):  # no account yet
            encryption.unlock_without_password(path)
            _unlocked.append(path)
            return
        username = getattr(args, "user", None) or os.environ.get(USER_ENV) or getattr(args, "admin", None)
        recovery = os.environ.get(RECOVERY_ENV)
        if username:
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                password = _read_secret("crypt.unlock_password")
            encryption.unlock(path, username, password)
            _unlocked.append(path)
            args.unlocked_as = (username.strip().lower(), password)
            return
        if recovery:
            encryption.unlock_with_recovery(path, recovery)
            _unlocked.append(path)
            return
        from inspector.store.errors import DatabaseError

        raise DatabaseError("keys.user_required", path=str(path))
    if not path.exists() and not _backups_exist(path):
        encryption.new_database(path)  # its recovery key comes with its first account
        _unlocked.append(path)


def _backups_exist(path: Path) -> bool:
    from inspector.store.backup import list_backups

    return bool(list_backups(path))


def _announce(recovery_key: str, sheet: str | None, path: Path) -> None:
    """The recovery key, shown once (standard error, so command output stays clean)."""
    print(tr("crypt.recovery_shown", path=str(path), key=recovery_key), file=sys.stderr)
    if sheet:
        made = _write_sheet(Path(sheet), recovery_key, path)
        print(tr("crypt.sheet_written", file=str(made)), file=sys.stderr)


def _write_sheet(target: Path, recovery_key: str, database: Path) -> Path:
    from inspector.reports.recovery_sheet import write_recovery_sheet
    from inspector.services.output import check_output

    target = target.expanduser().resolve()
    check_output(target, database, force=True)
    return write_recovery_sheet(target, recovery_key, database)


# -- commands -----------------------------------------------------------------------------------

def _database_path(args: argparse.Namespace) -> Path:
    from inspector.paths import default_database
    from inspector.store.engine import sqlite_path
    from inspector.store.errors import DatabaseError

    path = sqlite_path(args.db or default_database())
    if path is None:
        raise DatabaseError("backup.not_sqlite")
    return path


def encrypt(args: argparse.Namespace) -> int:
    """Convert the plain database in place: backup, export under a new key, atomic swap."""
    from inspector.store import convert as conversion

    path = _database_path(args)
    result = conversion.encrypt_in_place(path)
    _unlocked.append(path)
    print(tr("crypt.encrypted", path=str(path), backup=str(result.backup)))
    _announce(result.recovery_key, args.recovery_sheet, path)
    username = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if username:  # the administrator's own slot at once: their log-in checks the password
        from inspector.services import auth
        from inspector.store.database import Database

        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = _read_secret("crypt.unlock_password")
        db = Database(path)
        try:
            auth.login(db, username, password)
        finally:
            db.dispose()
    print(tr("crypt.encrypted_next"), file=sys.stderr)
    return 0


def decrypt(args: argparse.Namespace) -> int:
    """A plain copy of the encrypted database, opened with the recovery key."""
    from inspector.store import convert as conversion

    path = _database_path(args)
    recovery = os.environ.get(RECOVERY_ENV)
    if recovery is None:
        recovery = _read_secret("crypt.recovery_prompt")
    target = Path(args.to).expanduser().resolve()
    conversion.decrypt_copy(path, recovery, target)
    print(tr("crypt.decrypted", file=str(target)))
    return 0


def recovery_key(args: argparse.Namespace) -> int:
    from inspector.cli.commands import open_database
    from inspector.services import encryption

    db = open_database(args)
    if db.path is None or db.key is None:
        from inspector.store.errors import DatabaseError

        raise DatabaseError("crypt.not_encrypted", path=str(db.path or db.display_name))
    unlocked = getattr(args, "unlocked_as", None)
    if unlocked is not None:  # with a password: an administrator's (the recovery key itself is proof enough)
        from inspector.services import auth
        from inspector.services.permissions import require_admin

        require_admin(auth.login(db, *unlocked))
    new_key = encryption.new_recovery_key(db.path)
    _announce(new_key, args.sheet, db.path)
    return 0
