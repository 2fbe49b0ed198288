"""An agency's part of a joint inspection: answers, decision, signature."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from inspector.checklists.answers import (
    field_of,
    is_answered,
    is_finding,
    photo_hashes,
    validate_answer,
    validate_note,
    visible_items,
)
from inspector.checklists.model import ChecklistDefinition, Item
from inspector.domain import validation
from inspector.domain.clock import now_utc
from inspector.domain.enums import Agency, Decision, QuestionType, Severity, Status
from inspector.domain.errors import Conflict, NotFound, ValidationError
from inspector.domain.fields import FieldNames
from inspector.services import audit, permissions, signatures
from inspector.services.auth import IdentityConfirmation, check_confirmation
from inspector.services.checklists import definition_of
from inspector.services.inspections import require_editable
from inspector.store.models import AgencySection, Answer, JointInspection, User

MAX_NOTE = 2000
_UNSET = object()


def section_of(inspection: JointInspection, agency: Agency | str) -> AgencySection:
    section = inspection.section(Agency(agency).value)
    if section is None:
        raise NotFound("section.not_involved", agency=Agency(agency), reference=inspection.reference)
    return section


def definition(section: AgencySection) -> ChecklistDefinition:
    return definition_of(section.checklist)


def answer_map(section: AgencySection) -> dict[str, object]:
    return {a.item_id: a.value for a in section.answers}


def _require_open(inspection: JointInspection, section: AgencySection, actor: User | None) -> None:
    require_editable(inspection)
    permissions.require_agency_officer(actor, section.agency)
    if section.signed_at is not None:
        raise Conflict("section.signed", agency=Agency(section.agency))


def record_answer(session: Session, actor: User, inspection: JointInspection, agency: Agency | str,
                  item_id: str, value: object = _UNSET, *, note: object = _UNSET,
                  photos: object = _UNSET) -> dict | None:
    """Record (or change, or clear) one answer, its note and photos.

    Refuses hidden items and invalid values. Answers of items that the new
    answer hides are cleared, each with its own audit entry. Returns the
    item's answer as it is now (``{"item", "value", "note", "photos"}``, as
    in the document) or None.

    Reads only the answers it needs (the item's own, and those some
    ``show_if`` looks at) and writes the one row with a plain statement
    unless the section's answers are already loaded in this transaction: an
    answer costs about the same in a checklist of 40 items or of 200.
    """
    section = section_of(inspection, agency)
    _require_open(inspection, section, actor)
    d = definition(section)
    item = d.item(item_id)
    if item is None:
        raise NotFound("section.unknown_item", item=item_id, checklist=d.id)
    if item.show_if is not None and item_id not in visible_items(d, _values(session, section, d.controlling_items)):
        raise Conflict("section.item_hidden", item=item_id)
    stored = _stored(session, section, item_id)
    old_state = _state(stored)
    new_value = validate_answer(item, value) if value is not _UNSET else (stored.value if stored else None)
    new_note = validate_note(item, note) if note is not _UNSET else (stored.note if stored else None)
    new_photos = (_photos(inspection, photos, item_id) if photos is not _UNSET
                  else (stored.photos if stored else None))
    if item.type is QuestionType.PHOTO and new_value:
        _check_photos_belong(inspection, new_value, item_id)
    new_state = (None if new_value is None and not new_note and not new_photos
                 else {"value": new_value, "note": new_note, "photos": new_photos or None})
    if old_state == new_state:
        return _document_answer(item_id, new_state)
    now = now_utc()
    _write(session, actor, section, item_id, stored, new_state, now)
    audit.record(session, actor, "answer.recorded", "answer", f"{section.agency}/{item_id}",
                 inspection_uuid=inspection.uuid, old=old_state, new=new_state)
    if item_id in d.controlling_items:
        session.flush()
        _clear_hidden(session, actor, inspection, section, d)
    _touch(inspection, section, actor, now)
    return _document_answer(item_id, new_state)


@dataclass(frozen=True)
class _StoredAnswer:
    """An answer row read as plain values (no object is loaded to change one row)."""

    id: int
    value: object
    note: str | None
    photos: list | None


def _stored(session: Session, section: AgencySection, item_id: str) -> Answer | _StoredAnswer | None:
    """The item's answer: the loaded object when the section's answers (or this one) are loaded in
    this transaction, so that they stay whole; else its row's values."""
    if "answers" in section.__dict__:
        return next((a for a in section.answers if a.item_id == item_id), None)
    row = session.connection().execute(_ANSWER_ROW, {"section": section.id, "item": item_id}).first()
    if row is None:
        return None
    loaded = session.identity_map.get(identity_key(Answer, row.id))
    return loaded if loaded is not None else _StoredAnswer(row.id, row.value, row.note, row.photos)


def _write(session: Session, actor: User, section: AgencySection, item_id: str,
           stored: Answer | _StoredAnswer | None, state: dict | None, now) -> None:
    if isinstance(stored, _StoredAnswer) or (stored is None and "answers" not in section.__dict__):
        # plain statements on the transaction's connection: no unit of work, no ORM execution
        connection = session.connection()
        if state is None:
            connection.execute(_DELETE_ANSWER, {"answer": stored.id})
            return
        values = {"new_value": state["value"], "new_note": state["note"], "new_photos": state["photos"],
                  "answered_at": now, "answered_by": actor.id}
        if stored is None:
            connection.execute(_INSERT_ANSWER, {"section": section.id, "item": item_id, **values})
        else:
            connection.execute(_UPDATE_ANSWER, {"answer": stored.id, **values})
        return
    if state is None:
        _remove(session, section, stored)
        return
    if stored is None:
        stored = Answer(item_id=item_id, section_id=section.id)
        section.answers.append(stored)
    stored.value, stored.note, stored.photos = state["value"], state["note"], state["photos"]
    stored.answered_at, stored.answered_by_id = now, actor.id


# The statements of an answer, built once: building and keying a statement cost more than running it.
_ANSWERS = Answer.__table__
_ANSWER_ROW = select(Answer.id, Answer.value, Answer.note, Answer.photos).where(
    Answer.section_id == bindparam("section"), Answer.item_id == bindparam("item"))
_ANSWER_VALUES = {
    "value": bindparam("new_value", type_=_ANSWERS.c.value.type),
    "note": bindparam("new_note", type_=_ANSWERS.c.note.type),
    "photos": bindparam("new_photos", type_=_ANSWERS.c.photos.type),
    "answered_at": bindparam("answered_at", type_=_ANSWERS.c.answered_at.type),
    "answered_by_id": bindparam("answered_by", type_=_ANSWERS.c.answered_by_id.type),
}
_INSERT_ANSWER = insert(_ANSWERS).values(section_id=bindparam("section"), item_id=bindparam("item"),
                                         **_ANSWER_VALUES)
_UPDATE_ANSWER = update(_ANSWERS).where(_ANSWERS.c.id == bindparam("answer")).values(**_ANSWER_VALUES)
_DELETE_ANSWER = delete(_ANSWERS).where(_ANSWERS.c.id == bindparam("answer"))


def _document_answer(item_id: str, state: dict | None) -> dict | None:
    """The answer as the document (and a read of the row) gives it."""
    if state is None:
        return None
    value, note, photos = json.loads(json.dumps([state["value"], state["note"], state["photos"]]))
    return {"item": item_id, "value": value, "note": note, "photos": photos or []}


def _values(session: Session, section: AgencySection, items) -> dict[str, object]:
    """The answer values of ``items`` only."""
    if "answers" in section.__dict__:
        return {a.item_id: a.value for a in section.answers}
    rows = session.execute(select(Answer.item_id, Answer.value).where(
        Answer.section_id == section.id, Answer.item_id.in_(list(items))))
    return {item: value for item, value in rows}


def _remove(session: Session, section: AgencySection, answer: Answer) -> None:
    if "answers" in section.__dict__:
        section.answers.remove(answer)  # delete-orphan
    else:
        session.delete(answer)


def _state(answer: Answer | _StoredAnswer | None) -> dict | None:
    if answer is None:
        return None
    return {"value": answer.value, "note": answer.note, "photos": answer.photos}


def _photos(inspection: JointInspection, photos: object, item_id: str) -> list[str] | None:
    if photos is None:
        return None
    hashes = photo_hashes(photos, f"{item_id}.photos")
    _check_photos_belong(inspection, hashes, item_id)
    return hashes or None


def _check_photos_belong(inspection: JointInspection, hashes: list[str], item_id: str) -> None:
    known = {a.sha256 for a in inspection.attachments}
    missing = [h for h in hashes if h not in known]
    if missing:
        raise ValidationError("answer.photo_unknown", field=item_id, hash=missing[0][:12])


def _clear_hidden(session: Session, actor: User, inspection: JointInspection,
                  section: AgencySection, d: ChecklistDefinition) -> None:
    visible = visible_items(d, answer_map(section))
    for answer in [a for a in section.answers if a.item_id not in visible]:
        section.answers.remove(answer)
        audit.record(session, actor, "answer.cleared_hidden", "answer", f"{section.agency}/{answer.item_id}",
                     inspection_uuid=inspection.uuid, old=_state(answer))


def _touch(inspection: JointInspection, section: AgencySection, actor: User, now) -> None:
    if section.officer_id is None:
        section.officer_id = actor.id
    if section.started_at is None:
        section.started_at = now
    if inspection.status == Status.DRAFT.value:
        inspection.status = Status.IN_PROGRESS.value
    if inspection.updated_at != now:  # the same second: nothing for the unit of work to look at
        inspection.updated_at = now


def set_decision(session: Session, actor: User, inspection: JointInspection, agency: Agency | str,
                 decision: Decision | str | None, remarks: object = _UNSET) -> None:
    """The agency's decision (one of its checklist's outcomes) and remarks."""
    section = section_of(inspection, agency)
    _require_open(inspection, section, actor)
    d = definition(section)
    chosen = validation.choice(decision, Decision, "decision") if decision is not None else None
    if chosen is not None and chosen not in d.outcomes:
        raise ValidationError("section.outcome_not_allowed", field="decision", decision=chosen,
                              agency=Agency(section.agency))
    old = {"decision": section.decision, "remarks": section.remarks}
    section.decision = chosen.value if chosen else None
    if remarks is not _UNSET:
        section.remarks = validation.optional_text(remarks, "remarks", max_length=MAX_NOTE, multiline=True)
    new = {"decision": section.decision, "remarks": section.remarks}
    if old != new:
        audit.record(session, actor, "section.decision", "section", section.id,
                     inspection_uuid=inspection.uuid, old=old, new=new)
        _touch(inspection, section, actor, now_utc())


@dataclass(frozen=True)
class Progress:
    """How far a section is: visible items, answered, required still missing."""

    visible: int
    answered: int
    missing_required: tuple[str, ...]
    findings: dict[Severity, int]
    not_applicable: int

    @property
    def complete(self) -> bool:
        return not self.missing_required


def progress(section: AgencySection) -> Progress:
    return progress_of(definition(section), answer_map(section))


def progress_of(d: ChecklistDefinition, answers: dict[str, object],
                visible: set[str] | None = None) -> Progress:
    """The progress of a section with these answer values (item id -> value); ``visible``: the items
    these answers show, when the caller knows them already."""
    if visible is None:
        visible = visible_items(d, answers)
    answered = [i for i in visible if is_answered(answers.get(i))]
    missing = tuple(i for i in d.items if i in visible and d.items[i].required
                    and not is_answered(answers.get(i)))
    findings = {s: 0 for s in Severity}
    for item_id in answered:
        item = d.items[item_id]
        if is_finding(item, answers[item_id]):
            findings[item.severity] += 1
    na = sum(1 for i in answered if answers[i] == "na")
    return Progress(len(visible), len(answered), missing, findings, na)


def progress_after(d: ChecklistDefinition, before: Progress, item_id: str, old: object,
                   new: object) -> Progress:
    """The progress after one visible item's value changed from ``old`` to ``new``, counted from
    the difference: an answer costs the same in a checklist of 40 items or of 200.

    Only for an item no ``show_if`` looks at (else items appear or vanish: use :func:`progress_of`).
    """
    item = d.items[item_id]
    was, now = is_answered(old), is_answered(new)
    findings = dict(before.findings)
    for value, answered, sign in ((old, was, -1), (new, now, 1)):
        if answered and is_finding(item, value):
            findings[item.severity] += sign
    missing = before.missing_required
    if item.required and was != now:
        order = d.order
        missing = tuple(sorted((set(missing) - {item_id}) if now else {*missing, item_id}, key=order.__getitem__))
    na = before.not_applicable + (new == "na" and now) - (old == "na" and was)
    return Progress(before.visible, before.answered + now - was, missing, findings, na)


def findings(section: AgencySection) -> list[tuple[Item, Answer]]:
    """Non-compliant answers to visible items, in checklist order."""
    d = definition(section)
    answers = {a.item_id: a for a in section.answers}
    visible = visible_items(d, answer_map(section))
    return [(item, answers[item.id]) for item in d.items.values()
            if item.id in visible and item.id in answers and is_finding(item, answers[item.id].value)]


def sign(session: Session, actor: User, inspection: JointInspection, agency: Agency | str,
         confirmation: IdentityConfirmation | None, signature_sha256: str | None = None) -> None:
    """The officer signs their agency's section after re-entering their password.

    Every required visible item must be answered and a decision taken. The
    section's hash is signed with the key the password unlocked
    (:func:`signatures.sign_section`). When the last section is signed the
    record becomes ``completed``.
    """
    from inspector.services.documents import section_document

    section = section_of(inspection, agency)
    _require_open(inspection, section, actor)
    private = check_confirmation(actor, confirmation)
    state = progress(section)
    if state.missing_required:
        d = definition(section)
        raise Conflict("section.incomplete", count=len(state.missing_required),
                       items=FieldNames(tuple(field_of(d.items[i]) for i in state.missing_required[:5])))
    if section.decision is None:
        raise Conflict("section.no_decision", agency=Agency(section.agency))
    if signature_sha256 is not None:
        _check_photos_belong(inspection, [signature_sha256], "signature")
    now = now_utc()
    section.signed_at = now
    section.signed_by_id = actor.id
    section.finished_at = now
    section.officer_id = section.officer_id or actor.id
    section.started_at = section.started_at or now
    section.signature_sha256 = signature_sha256
    section.returned_comment = None
    session.flush()
    session.refresh(section, ["officer", "signed_by"])
    signature = signatures.sign_section(session, actor, private, inspection.uuid, inspection.revision,
                                        section.agency, section_document(section), now)
    section.e_signature = signature
    audit.record(session, actor, "section.signed", "section", section.id,
                 inspection_uuid=inspection.uuid,
                 new={"agency": section.agency, "decision": section.decision,
                      "signed_at": now.isoformat(), **signatures.detail(signature)})
    if inspection.status == Status.DRAFT.value:
        inspection.status = Status.IN_PROGRESS.value
    if all(s.signed_at is not None for s in inspection.sections):
        inspection.status = Status.COMPLETED.value
        audit.record(session, actor, "inspection.completed", "inspection", inspection.reference,
                     inspection_uuid=inspection.uuid,
                     old={"status": Status.IN_PROGRESS.value}, new={"status": Status.COMPLETED.value})
    inspection.updated_at = now
