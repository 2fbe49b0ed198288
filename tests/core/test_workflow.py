"""Consolidated decision, finalization lock, review, amendments."""

from __future__ import annotations

import sqlite3

import pytest

from inspector.domain.enums import Status
from inspector.domain.errors import Conflict, PermissionDenied, ValidationError
from inspector.services import attachments, inspections, sections, workflow
from inspector.services.documents import record_hash, to_document

from tests.core.helpers import complete, confirmed, finalize

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


def test_consolidated_decision_is_the_most_restrictive_and_names_the_holding_agency(
        db, people, make_inspection):
    ref = make_inspection()
    complete(db, people, ref, {"veterinary": "hold_for_lab"})
    with db.session() as s:
        inspection = inspections.get(s, ref)
        result = workflow.consolidation(inspection)
        assert result.decision.value == "hold_for_lab"
        assert result.restricting == ("veterinary",)
        assert not result.released
        with pytest.raises(ValidationError, match="less restrictive"):
            workflow.confirm_decision(s, people.customs, inspection, "release")
        with pytest.raises(ValidationError, match="Say why"):
            workflow.confirm_decision(s, people.customs, inspection, "detain")
        with pytest.raises(PermissionDenied):
            workflow.confirm_decision(s, people.vet, inspection)
        workflow.confirm_decision(s, people.customs, inspection)
        workflow.finalize(s, people.customs, inspection, confirmation=confirmed(s, people.customs))
    with db.session() as s:
        inspection = inspections.get(s, ref)
        assert inspection.status == "finalized" and inspection.released_at is None


def test_release_gets_a_release_time_not_before_arrival(db, people, make_inspection):
    ref = make_inspection()
    complete(db, people, ref)
    with db.session() as s:
        inspection = inspections.get(s, ref)
        workflow.confirm_decision(s, people.customs, inspection)
        with pytest.raises(ValidationError, match="before the arrival"):
            workflow.finalize(s, people.customs, inspection, "2026-11-27T08:00:00+05:00",
                              confirmation=confirmed(s, people.customs))
    with db.session() as s:
        inspection = inspections.get(s, ref)
        workflow.finalize(s, people.customs, inspection, "2026-11-27T11:30:00+05:00",
                          confirmation=confirmed(s, people.customs))
        assert inspection.released_at.isoformat() == "2026-11-27T06:30:00+00:00"


def test_no_service_call_changes_a_finalized_record(db, registry, people, make_inspection):
    ref = make_inspection()
    stored = finalize(db, people, ref)
    with db.session() as s:
        before = to_document(inspections.get(s, ref))
    assert record_hash(before) == stored
    calls = [
        lambda s, i: sections.record_answer(s, people.vet, i, "veterinary", "vet_certificate_present", "no"),
        lambda s, i: sections.set_decision(s, people.vet, i, "veterinary", "destroy"),
        lambda s, i: sections.sign(s, people.vet, i, "veterinary", None),
        lambda s, i: inspections.update_consignment(s, people.customs, i, {"risk_lane": "green"}),
        lambda s, i: inspections.set_agencies(s, people.customs, i, ["customs"], registry),
        lambda s, i: attachments.add(s, people.customs, i, PNG, "x.png"),
        lambda s, i: workflow.confirm_decision(s, people.customs, i, "destroy", "x"),
        lambda s, i: workflow.finalize(s, people.customs, i),
    ]
    for call in calls:
        with pytest.raises(Conflict):
            with db.session() as s:
                call(s, inspections.get(s, ref))
    with db.session() as s:
        assert to_document(inspections.get(s, ref)) == before


def test_sqlite_refuses_raw_updates_of_a_finalized_record(db, people, make_inspection):
    ref = make_inspection()
    finalize(db, people, ref)
    connection = sqlite3.connect(db.path)
    try:
        for sql in ("UPDATE inspections SET tractor_plate = 'X 1' WHERE reference = ?",
                    "DELETE FROM inspections WHERE reference = ?",
                    "UPDATE answers SET value = '\"no\"' WHERE section_id IN (SELECT s.id FROM "
                    "agency_sections s JOIN inspections i ON i.id = s.inspection_id WHERE i.reference = ?)"):
            with pytest.raises(sqlite3.IntegrityError, match="cannot be"):
                connection.execute(sql, (ref,))
    finally:
        connection.close()


def test_only_a_supervisor_reviews(db, people, make_inspection):
    ref = make_inspection()
    finalize(db, people, ref)
    for actor in (people.customs, people.vet, people.admin):
        with pytest.raises(PermissionDenied):
            with db.session() as s:
                workflow.review(s, actor, inspections.get(s, ref), "approved")
    with db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, ref), "approved", "Correct",
                        confirmation=confirmed(s, people.supervisor))
    with db.session() as s:
        inspection = inspections.get(s, ref)
        assert inspection.status == Status.APPROVED.value
        assert to_document(inspection)["review"]["comment"] == "Correct"


def test_return_reopens_only_the_named_sections_in_a_new_revision(db, people, make_inspection):
    ref = make_inspection()
    finalize(db, people, ref)
    with db.session() as s:
        with pytest.raises(ValidationError):
            workflow.review(s, people.supervisor, inspections.get(s, ref), "returned", "", [])
    with db.session() as s:
        new = workflow.review(s, people.supervisor, inspections.get(s, ref), "returned",
                              "Core temperature not recorded", ["veterinary"],
                              confirmation=confirmed(s, people.supervisor))
        assert new.revision == 1
    with db.session() as s:
        current = inspections.get(s, ref)
        old = inspections.get(s, ref, revision=0)
        assert (old.status, old.is_current) == ("returned", False)
        assert current.status == "in_progress"
        vet = sections.section_of(current, "veterinary")
        assert vet.signed_at is None and vet.returned_comment == "Core temperature not recorded"
        assert sections.section_of(current, "customs").signed_at is not None
        assert len(vet.answers) == len(sections.section_of(old, "veterinary").answers)
        with pytest.raises(Conflict):
            sections.record_answer(s, people.customs, current, "customs", "seals_intact", "no")
        sections.record_answer(s, people.vet, current, "veterinary", "vet_certificate_present", "yes",
                               note="Rechecked")


def test_amendment_keeps_the_old_revision_printable(db, people, make_inspection):
    ref = make_inspection()
    first_hash = finalize(db, people, ref)
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            workflow.amend(s, people.vet, inspections.get(s, ref), "typo", ["veterinary"])
        with pytest.raises(ValidationError):
            workflow.amend(s, people.customs, inspections.get(s, ref), "typo", [])
    with db.session() as s:
        workflow.amend(s, people.customs, inspections.get(s, ref), "Wrong trailer plate", ["customs"])
    with db.session() as s:
        current = inspections.get(s, ref)
        inspections.update_consignment(s, people.customs, current,
                                       {"vehicle": {"tractor_plate": "AG 1234 AG", "trailer_plate": "AG 0001 AG",
                                                    "country": "TM"}})
    from tests.core.helpers import sign_section

    sign_section(db, people.customs, ref, "customs")
    with db.session() as s:
        current = inspections.get(s, ref)
        workflow.confirm_decision(s, people.customs, current)
        second_hash = workflow.finalize(s, people.customs, current, confirmation=confirmed(s, people.customs))
    with db.session() as s:
        old = to_document(inspections.get(s, ref, revision=0))
        new = to_document(inspections.get(s, ref))
    assert old["vehicle"]["trailer_plate"] == "AG 5678 AG" and record_hash(old) == first_hash
    assert new["vehicle"]["trailer_plate"] == "AG 0001 AG" and record_hash(new) == second_hash
    assert new["amendment"] == {"number": 1, "reason": "Wrong trailer plate",
                                "by": new["lead_officer"]}
