"""Where BCP Inspector keeps its files, and where its resources are.

Every folder and file of ours holding records, backups, keys, locks or logs
is private to the user: files 0600 in folders 0700 (:func:`private_dir`).

``resources/`` sits at the top of the repository. An editable install and a
source checkout find it there; a wheel carries it as ``inspector/_resources``
and the frozen build unpacks it next to the executable under the same name.
One function, :func:`resource_path`, hides the difference.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "BCP Inspector"
DB_FILENAME = "inspector.db"
ENV_DB = "INSPECTOR_DB"

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("fonts", "x.ttf")``."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "inspector" / "_resources")
    candidates += [_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"]
    for root in candidates:
        if root.is_dir():
            return root.joinpath(*parts)
    return candidates[-1].joinpath(*parts)


PRIVATE_DIR_MODE, PRIVATE_FILE_MODE = 0o700, 0o600


def private_dir(folder: Path) -> Path:
    """Create ``folder`` and its missing parents readable by the owner only (0700).

    Folders that exist already keep their mode: the user's own choice.
    """
    missing = []
    current = Path(folder)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    Path(folder).mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        for created in missing:
            try:
                os.chmod(created, PRIVATE_DIR_MODE)  # mkdir's mode is masked by the umask
            except OSError:
                pass
    return Path(folder)


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    """``--db`` wins, then ``INSPECTOR_DB``, then the user data folder."""
    env = os.environ.get(ENV_DB)
    return Path(env) if env else data_dir() / DB_FILENAME


def user_checklist_dir() -> Path:
    """Newer checklist versions an administrator adds without a software update."""
    return data_dir() / "checklists"


#: the file beside an encrypted database that holds its wrapped key (:mod:`inspector.store.keyfile`)
KEY_FILE_SUFFIX = ".keys"


def key_file(database: str | os.PathLike) -> Path:
    """Where ``database``'s key file lives: known before the storage layer is imported (issue 17)."""
    database = Path(database)
    return database.with_name(database.name + KEY_FILE_SUFFIX)
