"""Creating records, editing the consignment, references and agencies."""

from __future__ import annotations

import pytest

from inspector.domain.enums import Agency, Status
from inspector.domain.errors import NotFound, PermissionDenied, ValidationError
from inspector.services import inspections
from inspector.services.documents import to_document

from tests.core.conftest import consignment


def test_references_are_sequential_per_bcp_and_year(make_inspection):
    assert make_inspection() == "FRB-2026-000001"
    assert make_inspection() == "FRB-2026-000002"
    assert make_inspection(bcp="SRG") == "SRG-2026-000001"
    assert make_inspection(arrived_at="2027-01-01T00:30:00+05:00") == "FRB-2027-000001"
    # 31 Dec 20:00 UTC is already 1 January at the BCP (UTC+5).
    assert make_inspection(arrived_at="2027-12-31T20:00:00+00:00") == "FRB-2028-000001"


def test_agencies_are_proposed_from_the_cargo_and_customs_always_joins(db, make_inspection):
    ref = make_inspection(cargo=[
        {"description": "Frozen beef", "hs_code": "0202300000", "gross_mass_kg": 100},
        {"description": "Oranges", "hs_code": "080510", "gross_mass_kg": 100}])
    with db.session() as s:
        agencies = [sec.agency for sec in inspections.get(s, ref).sections]
    assert agencies == ["customs", "veterinary", "phytosanitary"]


def test_lead_officer_adjusts_agencies(db, registry, people, make_inspection):
    ref = make_inspection()
    with db.session() as s:
        inspection = inspections.get(s, ref)
        inspections.set_agencies(s, people.customs, inspection,
                                 ["customs", "sanitary_epidemiological"], registry)
    with db.session() as s:
        assert [x.agency for x in inspections.get(s, ref).sections] == ["customs", "sanitary_epidemiological"]
        with pytest.raises(ValidationError):
            inspections.set_agencies(s, people.customs, inspections.get(s, ref), ["veterinary"], registry)


@pytest.mark.parametrize("field, value, words", [
    ("vehicle", {"tractor_plate": "№ 12", "country": "TM"}, "vehicle plate"),
    ("vehicle", {"tractor_plate": "AG 12", "country": "XX"}, "country code"),
    ("cargo", [{"description": "x", "hs_code": "12", "gross_mass_kg": 1}], "HS code"),
    ("cargo", [{"description": "x", "hs_code": "770100", "gross_mass_kg": 1}], "HS code"),
    ("cargo", [{"description": "x", "hs_code": "020230", "gross_mass_kg": -5}], "above zero"),
    ("cargo", [{"description": "x", "hs_code": "020230", "gross_mass_kg": "heavy"}], "not a number"),
    ("arrived_at", "2026-11-27 09:00", "time zone offset"),
    ("arrived_at", "yesterday", "date and time"),
    ("direction", "sideways", "not one of"),
    ("documents", [{"type": "cmr", "number": "1", "date": "2026-02-30"}], "not a date"),
    ("seals", [{"number": "TM 1", "status": "replaced"}], "new seal number"),
    ("agencies", ["customs", "police"], "not one of"),
])
def test_bad_consignment_data_is_refused_and_nothing_is_written(db, registry, people, field, value, words):
    with db.session() as s:
        with pytest.raises(ValidationError) as error:
            inspections.create(s, people.customs, consignment(**{field: value}), registry)
    assert words in error.value.message("en")
    with db.read_session() as s:
        with pytest.raises(NotFound):
            inspections.get(s, "FRB-2026-000001")


def test_update_consignment_records_old_and_new_values(db, people, make_inspection):
    ref = make_inspection()
    with db.session() as s:
        changed = inspections.update_consignment(s, people.customs, inspections.get(s, ref),
                                                 {"vehicle": {"tractor_plate": "ag 9999 ag", "country": "TM"}})
    assert changed == {"tractor_plate": "AG 9999 AG", "trailer_plate": None}
    with db.session() as s:
        document = to_document(inspections.get(s, ref))
    assert document["vehicle"]["tractor_plate"] == "AG 9999 AG"


def test_release_before_arrival_is_refused(db, people, make_inspection):
    ref = make_inspection()
    with db.session() as s:
        inspection = inspections.get(s, ref)
        with pytest.raises(ValidationError, match="transit deadline is before"):
            inspections.update_consignment(s, people.customs, inspection, {
                "transit": {"route": "Saragt – Farap", "exit_bcp": "FRB",
                            "deadline": "2026-11-26T09:00:00+05:00"}})


def test_veterinary_officer_cannot_edit_consignment_but_can_lead_a_draft_without_lead(
        db, registry, people):
    with db.session() as s:
        draft = inspections.create(s, None, consignment(), registry)  # pre-arrival, no lead
        ref = draft.reference
    with db.session() as s:
        inspections.update_consignment(s, people.vet, inspections.get(s, ref), {"risk_lane": "yellow"})
    with db.session() as s:
        inspection = inspections.get(s, ref)
        assert inspection.lead_officer_id == people.vet.id
        with pytest.raises(PermissionDenied):
            inspections.update_consignment(s, people.phyto, inspection, {"risk_lane": "green"})


def test_get_by_reference_or_uuid_and_unknown_reference(db, make_inspection):
    ref = make_inspection()
    with db.session() as s:
        inspection = inspections.get(s, ref.lower())
        assert inspections.get(s, inspection.uuid).id == inspection.id
        assert Status(inspection.status) is Status.DRAFT
        with pytest.raises(NotFound, match="No inspection"):
            inspections.get(s, "FRB-2026-999999")


def test_officer_of_any_agency_can_create(db, registry, people):
    with db.session() as s:
        inspection = inspections.create(s, people.phyto, consignment(), registry)
        assert Agency.CUSTOMS.value in [x.agency for x in inspection.sections]
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            inspections.create(s, people.admin, consignment(), registry)
