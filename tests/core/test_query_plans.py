"""Opening a record finds it through its own index, at any number of records (field notes: 1M records).

Without statistics (no ANALYZE has run, as on every workstation) SQLite chose the
(is_current, arrived_at) index for ``reference = ? AND is_current IS 1`` and walked
every current record: 25 ms at 100,000 records, 260 ms at a million, on every open
and every answer. The plan is asserted, not timed.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from inspector.services import inspections

from tests.core.conftest import consignment


def _plan(db, statement, params) -> str:
    compiled = statement.compile(db.engine)
    values = compiled.construct_params(params)
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", tuple(
            values[name] for name in compiled.positiontup)).fetchall()
    return " | ".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize("by_uuid, index", [(False, "ix_inspections_reference"),
                                            (True, "sqlite_autoindex_inspections_1")])
@pytest.mark.parametrize("with_sections", [False, True])
def test_a_record_is_found_through_its_reference_or_uuid_index(db, registry, people, by_uuid, index,
                                                                 with_sections):
    with db.session() as s:
        for _ in range(3):
            inspections.create(s, people.customs, consignment(), registry)
    with db.engine.connect() as connection:
        assert not connection.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar()
    plan = _plan(db, inspections._GET[by_uuid, False, with_sections], {"key": "x", "revision": None})
    assert f"USING INDEX {index}" in plan, plan
    assert "ix_inspections_current_arrived" not in plan, plan


def test_the_lookup_still_finds_only_the_current_revision(db, registry, people):
    with db.session() as s:
        record = inspections.create(s, people.customs, consignment(), registry)
        reference, uuid = record.reference, record.uuid
    with db.read_session() as s:
        assert inspections.get(s, reference).is_current
        assert inspections.get(s, uuid).reference == reference
        assert inspections.get(s, reference.lower(), with_sections=True).revision == 0
