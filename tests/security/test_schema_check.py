"""``inspector check`` names a schema someone changed with the file in hand (issue 10 §4):
protection triggers dropped, emptied or added, tables or columns dropped, the
schema version set back."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from inspector.cli.main import main
from inspector.store.database import Database


def run(capsys, *args) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "bcp.db"
    Database(path).dispose()
    return path


def trigger_sql(connection, name: str) -> str:
    return connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]


def emptied(connection):
    """Same name, same table, no check: the kind of edit a name-only check would miss."""
    connection.execute("DROP TRIGGER audit_log_append_only_update")
    connection.execute("CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT 1; END")


TAMPERING = {
    "trigger dropped": (lambda c: c.execute("DROP TRIGGER inspections_locked_update"),
                        "The protection trigger inspections_locked_update on inspections is missing"),
    "trigger emptied": (emptied, "The protection trigger audit_log_append_only_update on audit_log was altered"),
    "trigger added": (lambda c: c.execute("CREATE TRIGGER sneaky AFTER INSERT ON audit_log "
                                          "BEGIN SELECT 1; END"),
                      "An unknown trigger sneaky was added on audit_log"),
    "table dropped": (lambda c: c.execute("DROP TABLE trusted_keys"), "Table trusted_keys is missing"),
    # (a column no trigger reads: SQLite refuses to drop one the search index's triggers use)
    "column dropped": (lambda c: c.execute("ALTER TABLE drivers DROP COLUMN nationality"),
                       "Column nationality of table drivers is missing"),
}


@pytest.mark.parametrize("tampering", TAMPERING)
def test_check_names_what_was_changed_in_the_schema(template, tmp_path, capsys, tampering):
    path = tmp_path / "bcp.db"
    shutil.copyfile(template, path)
    assert run(capsys, "--db", str(path), "check")[0] == 0
    change, words = TAMPERING[tampering]
    connection = sqlite3.connect(path)
    change(connection)
    connection.commit()
    connection.close()
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 1, (out, err)
    assert words in out + err, (out, err)
    assert "Traceback" not in err and "Unexpected" not in err


def test_a_schema_version_set_back_is_refused_cleanly(template, tmp_path, capsys):
    """The tables are at head but the version says otherwise: the upgrade fails, the file is kept as it was."""
    path = tmp_path / "bcp.db"
    shutil.copyfile(template, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0002'")
    connection.commit()
    connection.close()
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 1 and "could not be upgraded from schema version 0002" in err, (out, err)
    assert "Unexpected" not in err
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    connection.close()
