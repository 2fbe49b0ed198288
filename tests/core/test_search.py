"""Finding records as officers type: separators and case ignored, names, returned records, work queue."""

from __future__ import annotations

import pytest
from alembic import command

from inspector.cli.main import main as cli_main
from inspector.domain.enums import Agency, ReviewOutcome, Status
from inspector.services import inspections, queries, workflow
from inspector.store.database import Database
from inspector.store.migrate import alembic_config

from tests.core.conftest import consignment
from tests.core.helpers import answer_section, confirmed, finalize, sign_section


def found(db, text: str, **filters) -> list[str]:
    with db.read_session() as s:
        return [r.reference for r in queries.page(s, queries.InspectionFilter(search=text, **filters), 0, 100)]


@pytest.fixture
def two(make_inspection):
    first = make_inspection(vehicle={"tractor_plate": "10-XB-501", "trailer_plate": "AG 5678 AG", "country": "TM"})
    second = make_inspection(
        vehicle={"tractor_plate": "AG 1234 AG", "trailer_plate": None, "country": "TM"},
        declaration_ref="26TM9999IM000777",
        drivers=[{"name_latin": "Çary Ýazmuhammedow", "name_original": "Чары Язмухаммедов",
                  "passport_number": "B-77 12/34", "nationality": "TM"}],
        documents=[{"type": "tir_carnet", "number": "XZ.81234567", "issuer": "IRU", "date": "2026-11-20"}],
        cargo=[{"description": "Pomidor", "hs_code": "0702000000", "packages": 10, "gross_mass_kg": 2000,
                "origin_country": "TR", "consignor": "Antalya Tarım A.Ş.", "consignee": "Türkmen Bazar HJ"}])
    return first, second


@pytest.mark.parametrize("typed", ["10xb501", "10 XB 501", "10-xb-5", "10.XB/501", "10ХВ501"])
def test_a_plate_is_found_whatever_separators_case_or_layout(db, two, typed):
    assert found(db, typed) == [two[0]]


@pytest.mark.parametrize("typed", ["26tm9999im000777", "26TM9999", "b771234", "B-77 12", "xz81234567",
                                   "XZ 8123", "yazmuh", "Язмух", "ÇARY", "cary yaz", "antalya", "türkmen baz",
                                   "turkmen bazar"])
def test_declaration_passport_document_driver_and_trader_are_found(db, two, typed):
    assert found(db, typed) == [two[1]]


def test_search_words_must_all_match_and_nothing_leaks(db, two):
    assert found(db, "antalya zzz") == []  # every word must match
    assert found(db, "zzzz") == []
    assert found(db, '"*') == []  # full-text syntax is never passed through


def test_every_identifier_branch_uses_its_index(db, two):
    from sqlalchemy.dialects import sqlite

    statement = queries.page_statement(queries.InspectionFilter(search="10xb501"))
    sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as connection:
        plan = " | ".join(row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    for index in ("ix_inspections_tractor_plate_key", "ix_inspections_trailer_plate_key",
                  "ix_inspections_declaration_ref_key", "ix_documents_number_key",
                  "ix_drivers_passport_number_key", "driver_names", "cargo_parties"):
        assert index in plan, plan


def test_records_returned_for_correction_are_listed_as_returned(db, people, make_inspection, capsys, tmp_path):
    reference = make_inspection()
    other = make_inspection()
    finalize(db, people, reference)
    with db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, reference), ReviewOutcome.RETURNED,
                        "Seal number not read", ["veterinary"], confirmation=confirmed(s, people.supervisor))
    with db.read_session() as s:
        rows = queries.page(s, queries.InspectionFilter(statuses=(Status.RETURNED,)), 0, 10)
    assert [(r.reference, r.returned) for r in rows] == [(reference, True)]
    assert other not in found(db, "", statuses=(Status.RETURNED,))
    db.dispose()
    assert cli_main(["--db", str(tmp_path / "inspector.db"), "inspections", "list", "--status", "returned",
                     "--format", "json"]) == 0
    assert reference in capsys.readouterr().out
    sign_section(db, people.vet, reference, "veterinary")  # corrected: off the list
    assert found(db, "", statuses=(Status.RETURNED,)) == []


def test_the_work_queue_holds_my_agencys_unsigned_sections_newest_first(db, people, make_inspection):
    older = make_inspection(arrived_at="2026-11-27T08:00:00+05:00")
    newer = make_inspection(arrived_at="2026-11-27T10:00:00+05:00")
    done = make_inspection(arrived_at="2026-11-27T11:00:00+05:00")
    answer_section(db, people.vet, done, "veterinary")
    sign_section(db, people.vet, done, "veterinary")
    with db.read_session() as s:
        mine = [r.reference for r in queries.page(s, queries.work_queue(Agency.VETERINARY), 0, 10)]
        customs = [r.reference for r in queries.page(s, queries.work_queue(Agency.CUSTOMS), 0, 10)]
    assert mine == [newer, older]
    assert customs == [done, newer, older]


def test_an_older_database_gets_the_search_indexes_for_its_records(tmp_path, registry, people, db):
    """Records written before migration 0006 are found through the new indexes after the upgrade."""
    path = tmp_path / "old.db"
    old = Database(path, migrate=False)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    old.dispose()
    # write a record with the 0005 schema (no triggers of 0006 yet): copy one from a current database
    make = inspections.create
    with db.session() as s:
        make(s, people.customs, consignment(vehicle={"tractor_plate": "10-XB-501", "trailer_plate": None,
                                                     "country": "TM"}), registry)
    db.dispose()
    import sqlite3

    source = sqlite3.connect(tmp_path / "inspector.db")
    target = sqlite3.connect(path)
    tables = ["users", "checklist_definitions", "inspections", "drivers", "documents", "cargo_lines"]
    for table in tables:
        rows = source.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            target.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
    target.commit()
    assert not target.execute("SELECT count(*) FROM sqlite_master WHERE name = 'driver_names'").fetchone()[0]
    source.close()
    target.close()
    upgraded = Database(path)
    try:
        assert found(upgraded, "10xb501") and found(upgraded, "annayev") and found(upgraded, "frigorifico")
    finally:
        upgraded.dispose()
