"""``-o FILE`` and ``--force`` for commands that write a file (rule: :mod:`inspector.services.output`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.domain.i18n import tr
from inspector.paths import default_database


def add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help=tr("output.help_force"))


def output_path(args: argparse.Namespace, path: str | Path | None = None, *, folder: bool = False) -> Path:
    """``path`` (default ``args.output``) if the command may write it: never the database or its
    backups, an existing file only with ``--force``; with ``folder``, a folder to write files into."""
    from inspector.services.output import check_output, check_output_folder
    from inspector.store.engine import sqlite_path

    database = sqlite_path(args.db or default_database())
    target = args.output if path is None else path
    if folder:
        return check_output_folder(target, database)
    return check_output(target, database, force=bool(getattr(args, "force", False)))
