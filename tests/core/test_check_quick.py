"""``inspector check --quick``: the daily check (issue 17) — SQLite's quick check, the
head of the audit chain and the records of the last days — run as a user runs it,
against a file an attacker edited outside the app."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import text

from inspector.domain import clock
from inspector.services import inspections

from tests.core.helpers import finalize
from tests.core.test_audit import tamper
from tests.core.test_cli import run


@pytest.fixture
def old_and_new(db, people, make_inspection):
    """A record finalized 30 days ago and one finalized today."""
    then = clock.now_utc() - timedelta(days=30)
    with clock.at(then):
        old = make_inspection(arrived_at=(then - timedelta(hours=2)).isoformat())
        finalize(db, people, old)
    new = make_inspection(arrived_at=(clock.now_utc() - timedelta(hours=2)).isoformat())
    finalize(db, people, new)
    return old, new


def _id(db, reference: str) -> int:
    with db.read_session() as s:
        return inspections.get(s, reference).id


def test_quick_check_of_a_sound_database_counts_what_it_looked_at(capsys, db, old_and_new):
    code, out, err = run(capsys, "--db", str(db.path), "check", "--quick")
    assert code == 0, err
    assert "quick check ok" in out and "(7 days)" in out
    full_code, full_out, _ = run(capsys, "--db", str(db.path), "check")
    assert full_code == 0 and "integrity ok" in full_out


def test_quick_check_finds_a_record_of_the_last_days_edited_outside_the_app(capsys, db, old_and_new):
    _old, new = old_and_new
    tamper(db, f"UPDATE inspections SET tractor_plate = '10-XX-999' WHERE id = {_id(db, new)}")
    code, _, err = run(capsys, "--db", str(db.path), "check", "--quick")
    assert code == 1 and new in err


def test_quick_check_finds_an_edited_audit_entry_of_the_last_days(capsys, db, old_and_new):
    with db.read_session() as s:
        newest = s.execute(text("SELECT max(id) FROM audit_log")).scalar()
    tamper(db, f"UPDATE audit_log SET username = 'mallory' WHERE id = {newest - 3}")
    code, _, err = run(capsys, "--db", str(db.path), "check", "--quick")
    assert code == 1 and f"Audit entry {newest - 3}: its content was changed" in err


def test_older_records_are_the_full_checks(capsys, db, old_and_new):
    """--quick looks back --days days only; the full check sees everything."""
    old, _new = old_and_new
    tamper(db, f"UPDATE inspections SET tractor_plate = '10-XX-999' WHERE id = {_id(db, old)}")
    assert run(capsys, "--db", str(db.path), "check", "--quick")[0] == 0
    code, _, err = run(capsys, "--db", str(db.path), "check", "--quick", "--days", "40")
    assert code == 1 and old in err
    code, _, err = run(capsys, "--db", str(db.path), "check")
    assert code == 1 and old in err


@pytest.mark.parametrize("quick", [True, False])
def test_a_damaged_page_fails_the_quick_check(capsys, db, old_and_new, quick):
    """An index page overwritten on disk (the tables read fine): SQLite's quick check sees it, and
    the full check's integrity check (the full check reads the file once: no quick check on opening)."""
    db.dispose()
    connection = sqlite3.connect(db.path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_inspections_status'").fetchone()
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    with db.path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d" + b"\xff" * 7)  # a leaf page of a table, with nonsense cell counts
    code, _, err = run(capsys, "--db", str(db.path), "check", *(["--quick"] if quick else []))
    assert code == 1 and err and "Traceback" not in err


def test_days_must_be_a_count(capsys, db, old_and_new):
    assert run(capsys, "--db", str(db.path), "check", "--quick", "--days", "-1")[0] == 2
    assert run(capsys, "--db", str(db.path), "check", "--quick", "--days", "x")[0] == 2
