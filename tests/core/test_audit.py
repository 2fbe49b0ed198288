"""The audit trail's hash chain and ``inspector check``."""

from __future__ import annotations

import sqlite3

import pytest

from inspector.services import integrity

from tests.core.helpers import finalize


def tamper(db, *statements):
    """Edit the file as an attacker would: outside the app, triggers dropped, then put back
    (a missing trigger is itself named by the schema check)."""
    connection = sqlite3.connect(db.path)
    try:
        names = ("audit_log_append_only_update", "audit_log_append_only_delete", "inspections_locked_update")
        saved = [row[0] for row in connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)", names)]
        for name in names:
            connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        for sql in statements:
            connection.execute(sql)
        for sql in saved:
            connection.execute(sql)
        connection.commit()
    finally:
        connection.close()


def test_untouched_database_checks_clean(db, people, make_inspection):
    finalize(db, people, make_inspection())
    report = integrity.run(db)
    assert report.ok, [f.message() for f in report.findings]
    assert report.audit_entries > 50 and report.locked_records == 1


def test_audit_entries_cannot_be_changed_while_triggers_stand(db, people):
    connection = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError, match="audit log"):
        connection.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 2")
    connection.close()


def test_an_edited_audit_entry_is_named(db, people, make_inspection):
    make_inspection()
    tamper(db, "UPDATE audit_log SET username = 'mallory' WHERE id = 5")
    report = integrity.run(db)
    assert [f.message() for f in report.findings] == [
        "Audit entry 5: its content was changed after it was written"]


def test_a_deleted_audit_entry_breaks_the_chain(db, people, make_inspection):
    make_inspection()
    tamper(db, "DELETE FROM audit_log WHERE id = 4")
    messages = [f.message() for f in integrity.run(db).findings]
    assert "Audit entry 5: entries before it are missing" in messages
    assert "Audit entry 5: does not chain to the entry before it" in messages


def test_an_edited_finalized_record_no_longer_matches_its_hash(db, people, make_inspection):
    ref = make_inspection()
    finalize(db, people, ref)
    tamper(db, f"UPDATE inspections SET tractor_plate = 'AG 0000 AG' WHERE reference = '{ref}'")
    messages = [f.message() for f in integrity.run(db).findings]
    assert len(messages) == 1 and messages[0].startswith(f"{ref} revision 0: the record does not match")
