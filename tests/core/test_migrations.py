"""Alembic migrations: an older database is upgraded after a backup; foreign files are refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command

from inspector.store.database import Database, DatabaseError
from inspector.store.migrate import alembic_config, current_revision, head_revision


def test_a_new_database_is_at_head_with_wal_and_foreign_keys(tmp_path):
    db = Database(tmp_path / "new.db")
    assert current_revision(db) == head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert not (tmp_path / "backups").exists()


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, migrate=False)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES ('bcp_code', 'SRG')")
    old.dispose()

    db = Database(path)
    assert current_revision(db) == head_revision()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT value FROM settings").scalar() == "SRG"
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar()
    assert triggers > 0
    backups = list((tmp_path / "backups").glob("old-*-pre-migration.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a BCP Inspector database"):
        Database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my notes, not a database. " * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a database file"):
        Database(path)
    assert path.read_bytes() == before


def test_the_head_constant_names_the_newest_migration():
    from inspector.store.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()
