"""Is the database's schema the one its migrations make? (``inspector check``, issue 10 §4)

Someone who can write the file can also drop the triggers that make finalized
records and the audit log immutable, drop a table, or set the schema version
back. This compares the file with a reference: a fresh in-memory database
brought to the head revision by the same migrations, so whatever a new
migration adds is expected without a list to keep up to date. Named, per
problem: a missing table or column, a missing trigger, a trigger whose SQL
differs (one emptied of its checks keeps its name), an unexpected trigger on
a protected table, and a schema version other than the head.

PostgreSQL (head office) is checked for its tables and version; its triggers
are PL/pgSQL functions with other names (migration 0003).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Connection, create_engine, inspect, text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchemaProblem:
    key: str  # a catalogue key: check.schema_*
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Schema:
    version: str | None
    columns: dict[str, frozenset[str]]  # table -> column names
    triggers: dict[str, tuple[str, str]]  # trigger -> (table, normalised SQL)
    # SQLite's full-text tables and their shadow tables (migration 0006): PostgreSQL has none
    sqlite_only: frozenset[str] = frozenset()


def check_schema(connection: Connection) -> list[SchemaProblem]:
    """Every difference between the database on ``connection`` and the head schema."""
    reference = reference_schema()
    found = read_schema(connection)
    problems = []
    if found.version != reference.version:
        problems.append(SchemaProblem("check.schema_version",
                                      {"found": found.version or "-", "head": reference.version}))
    for table, columns in sorted(reference.columns.items()):
        if table in reference.sqlite_only and connection.dialect.name != "sqlite":
            continue
        if table not in found.columns:
            problems.append(SchemaProblem("check.schema_table_missing", {"table": table}))
            continue
        for column in sorted(columns - found.columns[table]):
            problems.append(SchemaProblem("check.schema_column_missing", {"table": table, "column": column}))
    if connection.dialect.name != "sqlite":
        return problems
    protected = {table for table, _ in reference.triggers.values()}
    for name, (table, sql) in sorted(reference.triggers.items()):
        if name not in found.triggers:
            problems.append(SchemaProblem("check.schema_trigger_missing", {"trigger": name, "table": table}))
        elif found.triggers[name][1] != sql:
            problems.append(SchemaProblem("check.schema_trigger_changed", {"trigger": name, "table": table}))
    for name, (table, _) in sorted(found.triggers.items()):
        if name not in reference.triggers and table in protected:
            problems.append(SchemaProblem("check.schema_trigger_extra", {"trigger": name, "table": table}))
    return problems


def read_schema(connection: Connection) -> Schema:
    inspector = inspect(connection)
    columns = {table: frozenset(c["name"] for c in inspector.get_columns(table))
               for table in inspector.get_table_names()}
    version = None
    if "alembic_version" in columns:
        version = connection.execute(text("SELECT max(version_num) FROM alembic_version")).scalar()
    triggers = {}
    sqlite_only: set[str] = set()
    if connection.dialect.name == "sqlite":
        for name, table, sql in connection.execute(
                text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")):
            triggers[name] = (table, _normalised(sql))
        virtual = [name for (name,) in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"))]
        sqlite_only = {table for table in columns for name in virtual
                       if table == name or table.startswith(f"{name}_")}
    return Schema(version, columns, triggers, frozenset(sqlite_only))


@lru_cache(maxsize=1)
def reference_schema() -> Schema:
    """The head schema as the migrations make it (a fresh in-memory SQLite database)."""
    from alembic import command
    from alembic.config import Config

    from inspector.store.migrate import MIGRATIONS_DIR

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            return read_schema(connection)
    finally:
        engine.dispose()


def _normalised(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").strip()).lower()
