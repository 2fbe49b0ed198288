"""Bringing a database to the current schema with Alembic, safely.

A database that already holds data is backed up before any migration runs. A
file that holds tables but no Alembic version is not ours: it is refused, never
"upgraded".
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DatabaseError as SADatabaseError

from inspector.store.database import Database, DatabaseError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    config.attributes["connection"] = None
    return config


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database) -> None:
    try:
        tables = set(db.table_names())
        current = current_revision(db) if tables else None
    except SADatabaseError as exc:
        raise DatabaseError("database.unreadable", path=db.display_name, reason=_reason(exc)) from None
    if tables and current is None:
        raise DatabaseError("database.foreign", path=db.display_name)
    head = head_revision()
    if current == head:
        return
    known = {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError("database.newer", path=db.display_name)
    if current is not None and db.path is not None:
        backup = db.timestamped_backup("pre-migration")
        log.info("backed up %s to %s before migrating from %s", db.path, backup, current)
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database %s migrated %s -> %s", db.display_name, current, head)


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0]
