"""The same searches at head office, on PostgreSQL (identifiers on their key indexes, names by ILIKE)."""

from __future__ import annotations

import pytest

from inspector.checklists.registry import ChecklistRegistry
from inspector.services import auth, inspections, queries
from inspector.store.database import Database

from tests.core.conftest import PASSWORD, consignment
from tests.exchange.conftest import pg_server, pg_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.postgresql


def test_plates_documents_and_names_are_found_on_postgresql(pg_url):  # noqa: F811
    db = Database(pg_url)
    try:
        with db.session() as s:
            admin = auth.create_user(s, None, username="admin", full_name="Admin Adminow", role="admin",
                                     agency=None, password=PASSWORD)
            officer = auth.create_user(s, admin, username="aman", full_name="Aman Amanow", role="officer",
                                       agency="customs", password=PASSWORD)
            reference = inspections.create(s, officer, consignment(
                vehicle={"tractor_plate": "10-XB-501", "trailer_plate": None, "country": "TM"},
                drivers=[{"name_latin": "Çary Ýazmuhammedow", "name_original": "Чары Язмухаммедов",
                          "passport_number": "B-77 12/34", "nationality": "TM"}]), ChecklistRegistry()).reference
            inspections.create(s, officer, consignment(), ChecklistRegistry())
        for typed in ("10xb501", "10 XB 5", "b771234", "Язмух", "çary ýazmuh", "frigor", "26tm1234"):
            with db.read_session() as s:
                found = [r.reference for r in queries.page(s, queries.InspectionFilter(search=typed), 0, 10)]
            assert reference in found, typed
            if typed not in ("frigor", "26tm1234"):
                assert found == [reference], typed
    finally:
        db.dispose()


def test_a_reference_prefix_its_number_and_a_common_term_on_postgresql(pg_url, monkeypatch):  # noqa: F811
    db = Database(pg_url)
    try:
        with db.session() as s:
            admin = auth.create_user(s, None, username="admin", full_name="Admin Adminow", role="admin",
                                     agency=None, password=PASSWORD)
            officer = auth.create_user(s, admin, username="aman", full_name="Aman Amanow", role="officer",
                                       agency="customs", password=PASSWORD)
            references = [inspections.create(s, officer, consignment(), ChecklistRegistry()).reference
                          for _ in range(12)]

        def found(typed: str) -> list[str]:
            with db.read_session() as s:
                return [r.reference for r in queries.page(s, queries.InspectionFilter(search=typed), 0, 100)]

        assert sorted(found(references[9][:-1].lower().replace("-", " "))) == sorted(references[9:])
        assert found("11") == [references[10]]
        gathered = found("1")
        monkeypatch.setattr(queries, "COMMON_MATCHES", 1)
        assert found("1") == gathered and gathered
    finally:
        db.dispose()
