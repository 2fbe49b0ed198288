"""``inspector backup [-o FILE | --list]`` and ``inspector restore FILE`` (SPEC §6, §9)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from inspector.domain.clock import format_datetime
from inspector.domain.i18n import current_language, tr
from inspector.paths import default_database

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=tr("backup.help"), description=tr("backup.help"))
    what = p.add_mutually_exclusive_group()
    what.add_argument("-o", "--output", metavar="FILE", help=tr("backup.help_output"))
    what.add_argument("--list", action="store_true", help=tr("backup.help_list"))
    p.set_defaults(handler=backup)

    p = sub.add_parser("restore", help=tr("restore.help"), description=tr("restore.help"))
    p.add_argument("file", metavar="FILE", help=tr("restore.help_file"))
    p.set_defaults(handler=restore, writes=True)


def backup(args: argparse.Namespace) -> int:
    from inspector.cli.commands import open_database
    from inspector.store import backup as backups
    from inspector.store import cipher
    from inspector.store.database import DatabaseError

    db = open_database(args)
    if db.path is None:
        raise DatabaseError("backup.not_sqlite")
    if args.list:
        return _list(db)
    if db.read_only and not args.output:
        raise DatabaseError("backup.read_only", path=str(db.path))
    try:
        if args.output:
            made = _output(Path(args.output).expanduser().resolve(), db.path)
            backups.copy_database(db.path, made)
        else:
            made = backups.make_backup(db, "manual")
    except (OSError, *cipher.ERRORS) as exc:
        raise DatabaseError("backup.failed", path=str(db.path),
                            reason=getattr(exc, "strerror", None) or str(exc)) from None
    print(tr("backup.done", file=str(made), size=_size(made.stat().st_size)))
    return 0


def _output(target: Path, database: Path) -> Path:
    from inspector.services.output import check_output
    from inspector.store.database import DatabaseError

    check_output(target, database, force=True)  # never the database, its working files or backups
    if target.exists():
        raise DatabaseError("backup.exists", file=str(target))
    return target


def _list(db) -> int:
    import sys

    from inspector.store.backup import backup_dir, list_backups

    found = list_backups(db)
    if not found:
        print(tr("backup.none", folder=str(backup_dir(db))), file=sys.stderr)
        return 0
    lang = current_language()
    for info in found:
        print(f"{format_datetime(info.created_at, lang):<17} {tr('backup.reason_' + info.reason):<26} "
              f"{_size(info.size):>10}  {info.path}")
    return 0


def _size(size: int) -> str:
    return tr("backup.size", mb=f"{size / 1024 / 1024:.1f}")


def restore(args: argparse.Namespace) -> int:
    """Validate FILE, keep the current database as a backup, swap in FILE."""
    from sqlalchemy.engine import make_url

    from inspector.services.restore import restore_from_backup
    from inspector.store.database import DatabaseError, database_url

    url = make_url(database_url(args.db or default_database()))
    if url.get_backend_name() != "sqlite":
        raise DatabaseError("backup.not_sqlite")
    from inspector.cli.encryption import unlock

    unlock(args, Path(url.database))  # an encrypted database and its backups open with its key
    result = restore_from_backup(Path(url.database), Path(args.file))
    print(tr("restore.done", path=str(result.database), file=str(result.source)))
    if result.kept is not None:
        print(tr("restore.kept", backup=str(result.kept)))
    return 0
