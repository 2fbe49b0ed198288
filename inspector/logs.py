"""Logging to a rotating file in the user log folder (never passwords)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from inspector.paths import PRIVATE_FILE_MODE, log_dir, private_dir

LOG_FILENAME = "inspector.log"


def setup(level: int = logging.INFO, directory: Path | None = None) -> Path | None:
    """Send log records to ``inspector.log`` (5 × 1 MiB). Returns its path."""
    directory = directory or log_dir()
    root = logging.getLogger()
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    for existing in root.handlers:
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            return Path(existing.baseFilename)
    try:
        private_dir(directory)
        path = directory / LOG_FILENAME
        handler = PrivateRotatingFileHandler(path, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8")
    except OSError:
        return None  # a read-only profile must not stop the app; stderr still works
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files only their owner can read (0600), the rotated ones too: they name users and records."""

    def _open(self):
        stream = open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                      opener=_private_opener)
        if os.name == "posix":
            os.chmod(self.baseFilename, PRIVATE_FILE_MODE)  # a file from an older version
        return stream


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, PRIVATE_FILE_MODE)


def log_path() -> Path:
    """The file log records go to (the one :func:`setup` opened, if any)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return log_dir() / LOG_FILENAME
