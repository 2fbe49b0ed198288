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
        # the columns the 0005 schema has (later migrations add some, e.g. 0012's on users)
        columns = [row[1] for row in target.execute(f"PRAGMA table_info({table})")]
        names = ", ".join(columns)
        rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
        if rows:
            target.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)
    target.commit()
    assert not target.execute("SELECT count(*) FROM sqlite_master WHERE name = 'driver_names'").fetchone()[0]
    source.close()
    target.close()
    upgraded = Database(path)
    try:
        assert found(upgraded, "10xb501") and found(upgraded, "annayev") and found(upgraded, "frigorifico")
    finally:
        upgraded.dispose()


# -- issue 17: a reference by any prefix or by its number, and common terms, on indexes -------------------

@pytest.fixture
def twelve(make_inspection):
    """Twelve records: references …-000001 to …-000012."""
    return [make_inspection() for _ in range(12)]


@pytest.mark.parametrize("shape", ["{ref}", "{ref_lower}", "{no_separators}", "{spaced}"])
def test_a_reference_is_found_by_any_prefix_of_it(db, twelve, shape):
    reference = twelve[9]  # …-000010
    prefix = reference[:-1]  # …-00001: 000010, 000011, 000012
    typed = shape.format(ref=prefix, ref_lower=prefix.lower(), no_separators=prefix.replace("-", ""),
                         spaced=prefix.replace("-", " "))
    assert sorted(found(db, typed)) == sorted(twelve[9:12])
    assert found(db, reference) == [reference]


def test_a_reference_is_found_by_its_number_alone(db, twelve):
    assert found(db, "11") == [twelve[10]]
    assert found(db, "000007") == [twelve[6]]


def _plan(db, statement) -> str:
    from sqlalchemy.dialects import sqlite

    sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as connection:
        return " | ".join(row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_reference_prefix_and_number_use_their_indexes(db, twelve):
    plan = _plan(db, queries.page_statement(queries.InspectionFilter(search="FRB-2026-0000")))
    assert "ix_inspections_reference_key" in plan, plan
    plan = _plan(db, queries.page_statement(queries.InspectionFilter(search="42")))
    assert "ix_inspections_reference_number" in plan, plan
    assert "SCAN inspections" not in plan.replace("SCAN inspections USING INDEX", ""), plan


@pytest.mark.parametrize("typed", ["1", "10", "A", "ag", "26TM", "B-77", "xz", "yaz", "cary yaz", "tür",
                                   "0702", "3", "zzz", "FRB"])
def test_a_common_term_walks_the_list_in_its_order_and_finds_the_same(db, two, twelve, typed, monkeypatch):
    gathered = found(db, typed)
    monkeypatch.setattr(queries, "COMMON_MATCHES", 1)  # every term that finds anything counts as common
    with db.read_session() as s:
        assert queries.is_common(s, typed) == bool(gathered)
    assert found(db, typed) == gathered


def test_a_common_term_reads_the_list_in_order_on_its_index(db, two):
    plan = _plan(db, queries.page_statement(queries.InspectionFilter(search="1"), common=True))
    assert "ix_inspections_current_arrived" in plan, plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


@pytest.mark.parametrize("column", sorted(queries.SORTABLE))
@pytest.mark.parametrize("descending", [True, False])
def test_the_list_sorts_by_any_column_on_an_index(db, two, column, descending):
    plan = _plan(db, queries.page_statement(queries.InspectionFilter(), order_by=column, descending=descending))
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan and "USING INDEX" in plan, plan


def test_an_older_database_gets_the_reference_and_sort_indexes(tmp_path, people, make_inspection, db):
    """A database of migration 0014 (before issue 17's indexes) is upgraded: its records are found by reference
    prefix."""
    reference = make_inspection()
    db.dispose()
    path = tmp_path / "inspector.db"
    import sqlite3

    connection = sqlite3.connect(path)
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'ix_inspections_current_%'"
                                      " AND name != 'ix_inspections_current_arrived' OR name LIKE"
                                      " 'ix_inspections_reference_%'").fetchall():
        connection.execute(f"DROP INDEX {name}")
    connection.execute("UPDATE alembic_version SET version_num = '0014'")
    connection.commit()
    connection.close()
    upgraded = Database(path)
    try:
        assert found(upgraded, reference[:-2]) == [reference]
        with upgraded.engine.connect() as c:
            names = {row[0] for row in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "ix_inspections_reference_number" in names and "ix_inspections_current_finalized_at" in names
    finally:
        upgraded.dispose()


def test_a_rare_term_reads_its_matches_by_id_instead_of_walking_the_list(db, two):
    """Walking a million records in arrival order to pick out three is what made search linear."""
    plan = _plan(db, queries.page_statement(queries.InspectionFilter(search="10xb501")))
    assert "SEARCH inspections USING INTEGER PRIMARY KEY" in plan, plan
    assert "ix_inspections_current_arrived" not in plan, plan


def test_how_common_a_term_must_be_grows_with_the_database():
    assert queries.common_matches(100) == 1_000
    assert 7_000 < queries.common_matches(100_000) < 8_000
    assert 23_000 < queries.common_matches(1_000_000) < 25_000
