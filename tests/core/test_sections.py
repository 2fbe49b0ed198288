"""Answers, show_if, permissions per agency, signing a section."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from inspector.domain import clock
from inspector.domain.enums import Status
from inspector.domain.errors import AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from inspector.services import auth, inspections, sections
from inspector.services.audit import history

from tests.core.conftest import PASSWORD
from tests.core.helpers import answer_section, sign_section


def record(db, actor, ref, agency, item, value, **kwargs):
    with db.session() as s:
        return sections.record_answer(s, actor, inspections.get(s, ref), agency, item, value, **kwargs)


def answers(db, ref, agency):
    with db.session() as s:
        return sections.answer_map(sections.section_of(inspections.get(s, ref), agency))


def test_first_answer_starts_the_inspection_and_is_audited(db, people, make_inspection):
    ref = make_inspection()
    record(db, people.vet, ref, "veterinary", "vet_certificate_present", "yes", note="Original, signed")
    with db.session() as s:
        inspection = inspections.get(s, ref)
        assert inspection.status == Status.IN_PROGRESS.value
        section = sections.section_of(inspection, "veterinary")
        assert section.officer_id == people.vet.id
        entries = [e for e in history(s, inspection.uuid) if e.action == "answer.recorded"]
    assert entries[-1].new == {"value": "yes", "note": "Original, signed", "photos": None}


def test_an_officer_cannot_answer_another_agencys_section(db, people, make_inspection):
    ref = make_inspection()
    for actor in (people.customs, people.phyto, people.supervisor, people.admin):
        with pytest.raises(PermissionDenied):
            record(db, actor, ref, "veterinary", "vet_certificate_present", "yes")
    assert answers(db, ref, "veterinary") == {}


def test_invalid_values_are_refused(db, people, make_inspection):
    ref = make_inspection()
    with pytest.raises(ValidationError, match="answer yes / no"):
        record(db, people.vet, ref, "veterinary", "vet_certificate_present", "maybe")
    assert answers(db, ref, "veterinary") == {}


def test_choice_outside_its_options_is_refused(db, people, make_inspection):
    ref = make_inspection()
    record(db, people.vet, ref, "veterinary", "consignment_type", "products_food")
    with pytest.raises(ValidationError, match="not an option"):
        record(db, people.vet, ref, "veterinary", "temperature_regime", "lukewarm")


def test_hidden_item_is_refused_then_shown_then_cleared_when_hidden_again(db, people, make_inspection):
    ref = make_inspection()
    with pytest.raises(Conflict, match="does not apply"):
        record(db, people.vet, ref, "veterinary", "temperature_regime", "frozen")
    record(db, people.vet, ref, "veterinary", "consignment_type", "products_food")
    with pytest.raises(Conflict, match="does not apply"):
        record(db, people.vet, ref, "veterinary", "core_temperature", -20)
    record(db, people.vet, ref, "veterinary", "temperature_regime", "frozen")
    record(db, people.vet, ref, "veterinary", "core_temperature", "-12.5")
    with db.session() as s:
        section = sections.section_of(inspections.get(s, ref), "veterinary")
        assert sections.answer_map(section)["core_temperature"] == -12.5
        found = sections.findings(section)
        assert [(item.id, item.severity.value) for item, _ in found] == [("core_temperature", "major")]
    record(db, people.vet, ref, "veterinary", "temperature_regime", "ambient")
    assert "core_temperature" not in answers(db, ref, "veterinary")
    record(db, people.vet, ref, "veterinary", "temperature_regime", "frozen")
    with pytest.raises(ValidationError, match="decimal"):
        record(db, people.vet, ref, "veterinary", "core_temperature", -20.25)


def test_clearing_an_answer(db, people, make_inspection):
    ref = make_inspection()
    record(db, people.vet, ref, "veterinary", "vet_certificate_present", "no")
    record(db, people.vet, ref, "veterinary", "vet_certificate_present", None)
    assert answers(db, ref, "veterinary") == {}


def test_sign_needs_every_required_answer_a_decision_and_the_password(db, people, make_inspection):
    ref = make_inspection()
    with pytest.raises(Conflict, match="required item"):
        with db.session() as s:
            sections.sign(s, people.vet, inspections.get(s, ref), "veterinary",
                          auth.reauthenticate(db, people.vet, PASSWORD))
    answer_section(db, people.vet, ref, "veterinary")
    with pytest.raises(Conflict, match="decision"):
        with db.session() as s:
            sections.sign(s, people.vet, inspections.get(s, ref), "veterinary",
                          auth.reauthenticate(db, people.vet, PASSWORD))
    with pytest.raises(AuthenticationFailed):
        auth.reauthenticate(db, people.vet, "wrong password")
    with db.session() as s:
        with pytest.raises(AuthenticationFailed):
            sections.sign(s, people.vet, inspections.get(s, ref), "veterinary", None)
    with pytest.raises(ValidationError, match="cannot decide"):
        with db.session() as s:
            sections.set_decision(s, people.customs, inspections.get(s, ref), "customs", "destroy")
    sign_section(db, people.vet, ref, "veterinary", "hold_for_lab")
    with pytest.raises(Conflict, match="signed"):
        record(db, people.vet, ref, "veterinary", "vet_certificate_present", "no")


def test_signing_the_last_section_completes_the_record(db, people, make_inspection):
    ref = make_inspection()
    answer_section(db, people.customs, ref, "customs")
    sign_section(db, people.customs, ref, "customs")
    with db.session() as s:
        assert inspections.get(s, ref).status == Status.IN_PROGRESS.value
    answer_section(db, people.vet, ref, "veterinary")
    sign_section(db, people.vet, ref, "veterinary")
    with db.session() as s:
        assert inspections.get(s, ref).status == Status.COMPLETED.value


def test_unknown_item_and_agency_not_involved(db, people, make_inspection):
    ref = make_inspection()
    with pytest.raises(Exception, match="No item"):
        record(db, people.vet, ref, "veterinary", "no_such_item", "yes")
    with pytest.raises(Exception, match="takes no part"):
        record(db, people.phyto, ref, "phytosanitary", "phyto_certificate_present", "yes")


def test_the_same_answer_again_changes_nothing_unaudited(db, people, make_inspection):
    """Another officer of the agency giving the answer already there writes nothing: the row does
    not take his name or a new time without an audit entry saying so."""
    ref = make_inspection()
    record(db, people.customs, ref, "customs", "seal_status", "intact", note="Seal 4411 checked")
    with db.session() as s:
        inspection = inspections.get(s, ref)
        before = [(a.answered_by_id, a.answered_at) for a in sections.section_of(inspection, "customs").answers]
        audited = len(history(s, inspection.uuid))
    with clock.at(datetime(2031, 1, 1, tzinfo=timezone.utc)):  # later
        returned = record(db, people.customs2, ref, "customs", "seal_status", "intact")
    with db.session() as s:
        inspection = inspections.get(s, ref)
        after = [(a.answered_by_id, a.answered_at) for a in sections.section_of(inspection, "customs").answers]
        assert after == before == [(people.customs.id, before[0][1])]
        assert len(history(s, inspection.uuid)) == audited
    assert returned == {"item": "seal_status", "value": "intact", "note": "Seal 4411 checked", "photos": []}
