"""Driving records through the services the way officers do."""

from __future__ import annotations

import random

from inspector.checklists.answers import visible_items
from inspector.demo import values
from inspector.domain.enums import QuestionType
from inspector.services import auth, inspections, sections, workflow

from tests.core.conftest import PASSWORD


def answer_section(db, actor, reference, agency, findings=(), seed=0):
    """Answer every visible item (compliantly, except the ``findings`` items)."""
    rng = random.Random(seed)
    with db.session() as s:
        inspection = inspections.get(s, reference)
        section = sections.section_of(inspection, agency)
        definition = sections.definition(section)
        for item in definition.items.values():
            if item.id not in visible_items(definition, sections.answer_map(section)):
                continue
            if item.type is QuestionType.PHOTO:
                continue
            value = values.answer(rng, item, item.id in findings, inspection)
            if value is None and item.type is QuestionType.TEXT:
                value = "—"
            if value is not None:
                sections.record_answer(s, actor, inspection, agency, item.id, value,
                                       note="checked" if item.id in findings else None)


def confirmed(session, user):
    """The user re-enters their password (in the caller's transaction): a confirmation with their key."""
    return auth.confirm_identity(session, user, PASSWORD)


def sign_section(db, actor, reference, agency, decision="release"):
    with db.session() as s:
        sections.set_decision(s, actor, inspections.get(s, reference), agency, decision, "Remarks")
    confirmation = auth.reauthenticate(db, actor, PASSWORD)
    with db.session() as s:
        sections.sign(s, actor, inspections.get(s, reference), agency, confirmation)


def complete(db, people, reference, decisions=None):
    """Answer and sign every section with its officer."""
    decisions = decisions or {}
    officers = {"customs": people.customs, "veterinary": people.vet, "phytosanitary": people.phyto,
                "sanitary_epidemiological": people.sanepid}
    with db.session() as s:
        agencies = [sec.agency for sec in inspections.get(s, reference).sections]
    for agency in agencies:
        answer_section(db, officers[agency], reference, agency)
        sign_section(db, officers[agency], reference, agency, decisions.get(agency, "release"))


def finalize(db, people, reference, decisions=None):
    complete(db, people, reference, decisions)
    with db.session() as s:
        inspection = inspections.get(s, reference)
        workflow.confirm_decision(s, people.customs, inspection)
        return workflow.finalize(s, people.customs, inspection, confirmation=confirmed(s, people.customs))
