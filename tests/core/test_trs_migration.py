"""Migration 0005: the dashboard's indexes on an older database, and the plans that use them."""

from __future__ import annotations

from datetime import date

from alembic import command

from inspector.services import trs, trs_findings
from inspector.services.trs import TrsFilter
from inspector.store.database import Database
from inspector.store.migrate import alembic_config, current_revision, head_revision

from tests.core import helpers

INDEXES = {"ix_answers_finding", "ix_agency_sections_times"}


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return {name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_an_older_database_gets_the_indexes_and_keeps_its_records(db, people, make_inspection):
    reference = make_inspection()
    helpers.finalize(db, people, reference)
    assert INDEXES <= _indexes(db)
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    assert not INDEXES & _indexes(db)
    path = db.path
    db.dispose()

    upgraded = Database(path)
    try:
        assert current_revision(upgraded) == head_revision()
        assert INDEXES <= _indexes(upgraded)
        f = TrsFilter.days(date(2026, 11, 1), date(2026, 11, 30))
        with upgraded.read_session() as session:
            assert trs.totals(session, f).inspections == 1
            plans = []
            for query in trs_findings._queries(trs_findings.scope(f), trs_findings.rules(session), per_section=False):
                sql = str(query.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}))
                plans.append(" ".join(r[3] for r in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")))
            physical = trs_findings.physical_rates(session, f)
        # Findings are looked up by their (item, value) pairs, never by scanning the answers.
        assert all("ix_answers_finding" in plan for plan in plans), plans
        assert not any("SCAN answers" in plan for plan in plans), plans
        assert sum(r.inspections for r in physical) == 1
    finally:
        upgraded.dispose()
