"""References unique across workstations without a network; never a silent pick between two cases."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import select

from inspector.cli.main import main
from inspector.domain import clock
from inspector.domain.errors import Conflict, ValidationError
from inspector.exchange.conflicts import pending, reason_text
from inspector.exchange.export import export_bundle
from inspector.exchange.importer import import_bundle
from inspector.exchange.keys import Keystore, own_public_key_file
from inspector.exchange.trust import trust
from inspector.services import inspections
from inspector.store.database import Database
from inspector.store.migrate import alembic_config, current_revision, head_revision
from inspector.store.models import ImportedAuditEntry, CaseOrigin, TrustedKey, User

from tests.core.conftest import PASSWORD, consignment, db, people, registry  # noqa: F401 - fixtures
from tests.exchange.helpers import importer, staff

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=clock.BCP_TIME_ZONE)


def run(capsys, *args):
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_a_workstation_code_is_carried_in_new_references_only(db, people, registry):
    with clock.at(T0), db.session() as s:
        before = inspections.create(s, people.customs, consignment(), registry).reference
        for bad in ("", "1", "ABC", "a-", "Ä"):
            with pytest.raises(ValidationError):
                inspections.set_workstation_code(s, people.admin, bad)
        assert inspections.set_workstation_code(s, people.admin, "b2") == "B2"
        with pytest.raises(Conflict):  # references carry it: it never changes
            inspections.set_workstation_code(s, people.admin, "C")
        after = [inspections.create(s, people.customs, consignment(), registry).reference for _ in range(2)]
    assert before == "FRB-2026-000001"
    assert after == ["FRB-2026-B2-000001", "FRB-2026-B2-000002"]
    with db.read_session() as s:
        assert inspections.get(s, before).reference == before  # older references stay as they were


def test_two_workstations_without_codes_collide_at_head_office_and_the_second_is_refused_clearly(
        tmp_path, registry):
    ws = []
    for name in ("one", "two"):
        database = Database(tmp_path / f"{name}.db")
        crew = staff(database, name[-1])
        with clock.at(T0), database.session() as s:
            inspections.create(s, crew.customs, consignment(), registry)
        ws.append((database, Keystore(tmp_path / f"{name}-keys")))
    hq = Database(tmp_path / "hq.db")
    admin = importer(hq)
    for database, keys in ws:
        with database.session() as s:
            key_file = own_public_key_file(s, keys)
        with hq.session() as s:
            trust(s, None, key_file)
    merged = []
    for n, (database, keys) in enumerate(ws):
        export_bundle(database, tmp_path / f"{n}.zip", keystore=keys)
        merged.append(import_bundle(hq, tmp_path / f"{n}.zip", actor=admin).merge)
    assert (merged[0].inserted, merged[1].inserted, merged[1].conflicts) == (1, 0, 1)
    with hq.read_session() as s:
        [conflict] = pending(s)
        assert (conflict.reference, conflict.reason) == ("FRB-2026-000001", "reference_taken")
        assert "give each workstation its own code" in reason_text(conflict.reason)
        assert inspections.get(s, "FRB-2026-000001") is not None  # still one case under it
    for database, _ in ws:
        database.dispose()
    hq.dispose()


def test_show_and_report_ask_for_the_uuid_when_two_cases_share_a_reference(db, people, registry, tmp_path,
                                                                           capsys):
    """A database from before codes may hold two cases under one reference: nothing picks one silently."""
    with clock.at(T0), db.session() as s:
        first = inspections.create(s, people.customs, consignment(), registry)
        second = inspections.create(s, people.customs, consignment(), registry)
        uuids = (first.uuid, second.uuid)
        reference = first.reference
    with db.engine.begin() as c:
        c.exec_driver_sql("UPDATE inspections SET reference = ? WHERE uuid = ?", (reference, uuids[1]))
    db.dispose()
    for command_line in (("inspections", "show", reference), ("report", reference, "-o", tmp_path / "r.pdf")):
        code, out, err = run(capsys, "--db", db.path, *command_line)
        assert code != 0 and not out and "Traceback" not in err
        assert "uuid" in err and uuids[0] in err and uuids[1] in err
        assert not (tmp_path / "r.pdf").exists()
    code, out, err = run(capsys, "--db", db.path, "inspections", "show", uuids[1])
    assert code == 0 and reference in out


def test_the_cli_gives_the_workstation_its_code_and_shows_it(tmp_path, capsys):
    target = tmp_path / "ws.db"
    code, out, err = run(capsys, "--db", target, "keys", "code", "a")
    assert code == 0 and "FRB-2026-A-000001" in out
    code, out, err = run(capsys, "--db", target, "keys", "code", "B")
    assert code != 0 and "cannot change" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--db", target, "keys", "show")
    assert code == 0 and "Workstation code: A" in out


def test_a_database_from_before_the_trust_model_is_upgraded_keeping_its_keys_and_accounts(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, migrate=False)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.exec_driver_sql(
            "INSERT INTO trusted_keys (fingerprint, public_key, name, workstation_id, bcp_code, added_at, added_by) "
            "VALUES ('ab', 'key', 'Farap 1', 'ws-1', 'FRB', '2026-11-01 00:00:00.000000', 'system')")
        connection.exec_driver_sql(
            "INSERT INTO users (username, full_name, role, active, failed_attempts, created_at) "
            "VALUES ('chief', 'Batyr', 'supervisor', 0, 0, '2026-11-01 00:00:00.000000')")
    old.dispose()
    db = Database(path)
    assert current_revision(db) == head_revision()
    with db.read_session() as s:
        key = s.scalar(select(TrustedKey))
        assert (key.name, key.head_office) == ("Farap 1", False)
        user = s.scalar(select(User))
        assert (user.role, user.record_role) == ("supervisor", None)
        assert s.scalar(select(CaseOrigin)) is None
        assert s.scalar(select(ImportedAuditEntry)) is None  # 0013: other workstations' audit entries
    with db.engine.begin() as c:
        with pytest.raises(Exception, match="cannot be changed"):
            c.exec_driver_sql("INSERT INTO imported_audit (origin, origin_id, at, username, action, entity, "
                              "inspection_uuid, prev_hash, hash, received_in, received_at) VALUES ('w', 1, "
                              "'2026-11-01 00:00:00.000000', 'u', 'a', 'e', 'x', 'p', 'h', 'b', "
                              "'2026-11-01 00:00:00.000000')")
            c.exec_driver_sql("UPDATE imported_audit SET username = 'v'")
    db.dispose()
    with sqlite3.connect(next((tmp_path / "backups").glob("old-*-pre-migration.db"))) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
