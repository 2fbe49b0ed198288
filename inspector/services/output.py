"""Where a report, a bundle or a key file may be written (issue 10 §4).

One rule for every command and screen that writes a file the user names:

- never the database, its ``-wal``/``-shm``/``-journal`` or its lock file —
  not even when asked to replace files (``--force``): replacing one loses
  every record, and replacing the ``-wal`` under a running app loses the
  newest ones;
- never a backup of the database (any file in its backups folder): a backup
  is what is left when everything else fails;
- never a database this process has open, whichever it is;
- an existing file only when the user asked to replace it (``--force``);
- a folder is not a file name.

The writers themselves write to a temporary file and rename it into place,
so a full disk leaves no half-written file (``reports/output.py``,
``exchange/files.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

from inspector.domain.errors import DomainError
from inspector.store import files
from inspector.store.backup import backup_dir
from inspector.store.lock import lock_path


class OutputRefused(DomainError):
    """The named output file must not be written."""


def check_output(target: str | os.PathLike, database: str | os.PathLike | None, *,
                 force: bool = False) -> Path:
    """``target`` if it may be written, else :class:`OutputRefused` naming the reason.

    ``database`` is the database in use (a path; None for a server database).
    """
    path = Path(target).expanduser()
    resolved = path.resolve()
    if path.is_dir():
        raise OutputRefused("output.is_folder", file=str(path))
    if files.open_here(resolved):
        raise OutputRefused("output.is_database", file=str(path))
    if database is not None:
        db = Path(database).expanduser().resolve()
        own = [db, lock_path(db), *(files.sidecar(db, suffix) for suffix in files.SIDECARS)]
        if any(_same(resolved, name) for name in own):
            raise OutputRefused("output.is_database", file=str(path))
        if _same(resolved.parent, backup_dir(db)):
            raise OutputRefused("output.is_backup", file=str(path))
    if path.exists() and not force:
        raise OutputRefused("output.exists", file=str(path))
    return path


def check_output_folder(target: str | os.PathLike, database: str | os.PathLike | None) -> Path:
    """A folder to write several files into (each then checked by :func:`check_output`):
    never the backups folder of the database."""
    path = Path(target).expanduser()
    if database is not None and _same(path.resolve(), backup_dir(Path(database).expanduser().resolve())):
        raise OutputRefused("output.is_backup", file=str(path))
    return path


def _same(a: Path, b: Path) -> bool:
    if os.path.normcase(str(a)) == os.path.normcase(str(b.resolve())):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
