"""Bringing a database to the current schema with Alembic, safely.

A database that already holds data is backed up before any migration runs. A
file that holds tables but no Alembic version is not ours: it is refused, never
"upgraded".
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from inspector.store import backup
from inspector.store.engine import Store
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([^'\"\s]+)['\"]?", re.MULTILINE)


def _scripted_head() -> str:
    """The newest migration, read from the scripts' own ``revision`` lines.

    A database already at this revision opens without importing Alembic at
    all (a third of the start-up time); tests/core/test_migrations.py checks it
    against Alembic's own answer.
    """
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        revisions.add(fields.get("revision"))
        parents.add(fields.get("down_revision"))
    heads = revisions - parents - {None}
    if len(heads) != 1:
        raise RuntimeError(f"migration scripts have heads {sorted(heads)}")
    return heads.pop()


HEAD_REVISION = _scripted_head()


def alembic_config(db: Store):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    config.attributes["connection"] = None
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(db: Store) -> str | None:
    with db.engine.connect() as connection:
        if "alembic_version" not in db.table_names():
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Store) -> None:
    try:
        tables = set(db.table_names())
        current = current_revision(db) if tables else None
    except SADatabaseError as exc:
        raise DatabaseError("database.unreadable", path=db.display_name, reason=_reason(exc)) from None
    if tables and current is None:
        raise DatabaseError("database.foreign", path=db.display_name)
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    known = {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError("database.newer", path=db.display_name)
    if current is not None and db.path is not None:
        made = backup.make_backup(db, "pre-migration")
        log.info("backed up %s to %s before migrating from %s", db.path, made, current)
    config = alembic_config(db)
    try:
        with db.engine.begin() as connection:  # one transaction: a failed step leaves the file as it was
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SADatabaseError as exc:
        log.error("migration of %s from %s failed: %s", db.display_name, current, exc)
        raise DatabaseError("database.migration_failed", path=db.display_name, revision=current or "-",
                            reason=_reason(exc)) from None
    log.info("database %s migrated %s -> %s", db.display_name, current, head)


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0]
