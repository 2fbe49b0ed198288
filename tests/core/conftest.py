"""Fixtures for core tests: a fresh database file, accounts and records."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from inspector.checklists.registry import ChecklistRegistry
from inspector.services import auth, inspections
from inspector.store.database import Database
from inspector.store.models import User

PASSWORD = "correct horse"


@pytest.fixture
def db(tmp_path) -> Database:
    database = Database(tmp_path / "inspector.db")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def registry() -> ChecklistRegistry:
    return ChecklistRegistry()


@dataclass
class People:
    admin: User
    customs: User
    customs2: User
    vet: User
    phyto: User
    sanepid: User
    supervisor: User


@pytest.fixture
def people(db) -> People:
    with db.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="Admin Adminow", role="admin",
                                 agency=None, password=PASSWORD)

        def add(username, name, agency, role="officer"):
            return auth.create_user(s, admin, username=username, full_name=name, role=role,
                                    agency=agency, password=PASSWORD, badge_number=f"B-{username}")

        return People(
            admin=admin,
            customs=add("aman", "Aman Amanow", "customs"),
            customs2=add("serdar", "Serdar Rejepow", "customs"),
            vet=add("merdan", "Merdan Gylyjow", "veterinary"),
            phyto=add("ayna", "Aýna Gurbanowa", "phytosanitary"),
            sanepid=add("dowran", "Döwran Hallyýew", "sanitary_epidemiological"),
            supervisor=add("chief", "Batyr Orazow", None, role="supervisor"),
        )


def consignment(**overrides) -> dict:
    data = {
        "bcp": "FRB", "direction": "entry", "procedure": "import", "risk_lane": "red",
        "declaration_ref": "26TM1234IM000123",
        "arrived_at": "2026-11-27T09:00:00+05:00",
        "vehicle": {"tractor_plate": "AG 1234 AG", "trailer_plate": "AG 5678 AG", "country": "TM"},
        "drivers": [{"name_latin": "Dovletmyrat Annayev", "name_original": "Döwletmyrat Annaýew",
                     "passport_number": "A1846203", "nationality": "TM"}],
        "documents": [{"type": "cmr", "number": "TR1234567", "issuer": "Kaspian Trans", "date": "2026-11-25"}],
        "cargo": [{"description": "Говядина бескостная замороженная", "hs_code": "0202300000",
                   "packages": 1000, "gross_mass_kg": 20500.5, "origin_country": "BR",
                   "consignor": "Frigorífico Sul", "consignee": "«Aşgabat Söwda Merkezi» HJ"}],
        "seals": [{"number": "TM 004512", "status": "intact"}],
    }
    data.update(overrides)
    return data


@pytest.fixture
def make_inspection(db, registry, people):
    def make(actor=None, **overrides) -> str:
        with db.session() as s:
            inspection = inspections.create(s, actor or people.customs, consignment(**overrides), registry)
            return inspection.reference
    return make
