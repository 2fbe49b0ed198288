"""Logging to a rotating file in the user log folder (never passwords)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from inspector.paths import log_dir

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
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / LOG_FILENAME
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1024 * 1024, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        return None  # a read-only profile must not stop the app; stderr still works
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def log_path() -> Path:
    """The file log records go to (the one :func:`setup` opened, if any)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return log_dir() / LOG_FILENAME
