"""The record's lifecycle after the agencies sign (SPEC §3 "Lifecycle").

completed → (lead officer confirms the consolidated decision) → finalized
(locked, record hash stored) → review: approved, or returned (a new revision
reopens the named agency sections). An amendment is a new revision too; the
previous one stays locked and printable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from inspector.domain import validation
from inspector.domain.clock import iso, now_utc
from inspector.domain.decisions import Consolidation, most_restrictive
from inspector.domain.enums import Agency, Decision, ReviewOutcome, Status
from inspector.domain.errors import Conflict, PermissionDenied, ValidationError
from inspector.services import audit, consistency, permissions, signatures
from inspector.services.auth import IdentityConfirmation, check_confirmation
from inspector.services.documents import HASH_FORMAT, record_hash, to_document, user_ref
from inspector.store.models import (
    AgencySection,
    Answer,
    Attachment,
    CargoLine,
    Document,
    Driver,
    JointInspection,
    Review,
    Seal,
    User,
)

MAX_COMMENT = 2000


def consolidation(inspection: JointInspection) -> Consolidation:
    return most_restrictive({Agency(s.agency): Decision(s.decision) if s.decision and s.signed_at else None
                             for s in inspection.sections})


def _require_status(inspection: JointInspection, *allowed: Status) -> None:
    if not inspection.is_current:
        raise Conflict("inspection.superseded", reference=inspection.reference,
                       revision=inspection.revision)
    if Status(inspection.status) not in allowed:
        raise Conflict("inspection.wrong_status", reference=inspection.reference,
                       status=Status(inspection.status),
                       expected=", ".join(s.value for s in allowed))


def confirm_decision(session: Session, actor: User, inspection: JointInspection,
                     decision: Decision | str | None = None, note: str | None = None) -> Decision:
    """The lead officer confirms the consolidated decision.

    It defaults to the most restrictive agency decision; a more restrictive one
    may be chosen (with a note), never a less restrictive one.
    """
    _require_status(inspection, Status.COMPLETED)
    permissions.require_lead_or_supervisor(actor, inspection)
    default = consolidation(inspection).decision
    if default is None:
        raise Conflict("decision.pending")
    chosen = validation.choice(decision, Decision, "decision") if decision else default
    if chosen.rank < default.rank:
        raise ValidationError("decision.less_restrictive", field="decision", default=default)
    note = validation.optional_text(note, "note", max_length=MAX_COMMENT, multiline=True)
    if chosen is not default and not note:
        raise ValidationError("decision.note_required", field="note")
    old = {"decision": inspection.decision}
    inspection.decision = chosen.value
    inspection.decision_note = note
    inspection.decision_confirmed_by_id = actor.id
    inspection.decision_confirmed_at = now_utc()
    inspection.updated_at = inspection.decision_confirmed_at
    audit.record(session, actor, "decision.confirmed", "inspection", inspection.reference,
                 inspection_uuid=inspection.uuid, old=old, new={"decision": chosen.value, "note": note})
    return chosen


def finalize(session: Session, actor: User, inspection: JointInspection,
             released_at: datetime | None = None, *, confirmation: IdentityConfirmation | None = None) -> str:
    """Lock the record and sign its record hash; returns the hash. A release gets a release time.

    ``confirmation`` is the finalizer's password re-entry: its key signs the
    record hash, which includes the audit chain's head at this moment.
    """
    _require_status(inspection, Status.COMPLETED)
    permissions.require_lead_or_supervisor(actor, inspection)
    if inspection.decision is None:
        raise Conflict("decision.not_confirmed")
    consistency.require_consistent(inspection)
    private = check_confirmation(actor, confirmation)
    now = now_utc()
    if Decision(inspection.decision).releases:
        release = validation.timestamp(released_at, "released_at") if released_at else now
        validation.release_after_arrival(inspection.arrived_at, release)
        inspection.released_at = release
    elif released_at is not None:
        raise ValidationError("decision.no_release", field="released_at")
    inspection.finalized_at = now
    inspection.finalized_by_id = actor.id
    inspection.updated_at = now
    inspection.hash_format = HASH_FORMAT
    inspection.finalized_audit_id, inspection.finalized_audit_hash = audit.head(session)
    session.flush()
    session.refresh(inspection, ["finalized_by"])
    digest = record_hash(to_document(inspection))
    signature = signatures.sign_finalization(session, actor, private, inspection, digest, now)
    # Hash, signature and lock in one write: once locked, the row refuses any change.
    inspection.record_hash = digest
    inspection.finalization_signature = signature
    inspection.status = Status.FINALIZED.value
    audit.record(session, actor, "inspection.finalized", "inspection", inspection.reference,
                 inspection_uuid=inspection.uuid, old={"status": Status.COMPLETED.value},
                 new={"status": Status.FINALIZED.value, "record_hash": inspection.record_hash,
                      "revision": inspection.revision,
                      "released_at": inspection.released_at.isoformat() if inspection.released_at else None,
                      **signatures.detail(signature)})
    return inspection.record_hash


def review(session: Session, actor: User, inspection: JointInspection, outcome: ReviewOutcome | str,
           comment: str | None = None, agencies: Iterable[Agency | str] = (),
           remarks: Iterable[Mapping[str, str]] = (), *,
           confirmation: IdentityConfirmation | None = None) -> JointInspection:
    """A supervisor approves a finalized record or returns it for correction, signing the review.

    Returning needs a comment and the agencies whose sections must be
    corrected; it creates the next revision with those sections reopened and
    returns it. Approving returns the record itself. The supervisor who
    finalized the record may not review it (four eyes).
    """
    _require_status(inspection, Status.FINALIZED)
    permissions.require_supervisor(actor)
    if actor.id in (inspection.finalized_by_id, inspection.decision_confirmed_by_id):
        raise PermissionDenied("review.four_eyes", reference=inspection.reference)
    outcome = validation.choice(outcome, ReviewOutcome, "outcome")
    comment = validation.optional_text(comment, "comment", max_length=MAX_COMMENT, multiline=True)
    named = _agencies(inspection, agencies)
    notes = _remarks(inspection, remarks)
    if outcome is ReviewOutcome.RETURNED and (not comment or not named):
        raise ValidationError("review.return_needs_reason", field="comment")
    private = check_confirmation(actor, confirmation)
    now = now_utc()
    # The review as the document will show it, signed before it is written (a
    # locked record's review row cannot be changed once inserted).
    shown = {"outcome": outcome.value, "reviewer": user_ref(actor), "reviewed_at": iso(now), "comment": comment,
             "agencies": [a.value for a in named], "remarks": notes}
    signature = signatures.sign_review(session, actor, private, to_document(inspection), shown, now)
    inspection.reviews.append(Review(reviewer_id=actor.id, outcome=outcome.value, comment=comment,
                                     agencies=[a.value for a in named], remarks=notes, reviewed_at=now,
                                     signature_id=signature.id))
    old_status = inspection.status
    inspection.status = outcome.value
    audit.record(session, actor, f"review.{outcome.value}", "inspection", inspection.reference,
                 inspection_uuid=inspection.uuid, old={"status": old_status},
                 new={"status": outcome.value, "revision": inspection.revision, "comment": comment,
                      "agencies": [a.value for a in named], "remarks": notes, **signatures.detail(signature)})
    if outcome is ReviewOutcome.APPROVED:
        return inspection
    return _new_revision(session, actor, inspection, named, reason=comment, returned=True)


def amend(session: Session, actor: User, inspection: JointInspection, reason: str,
          agencies: Iterable[Agency | str]) -> JointInspection:
    """Correct a finalized record: a new revision with the named sections reopened."""
    _require_status(inspection, Status.FINALIZED, Status.APPROVED)
    permissions.require_lead_or_supervisor(actor, inspection)
    reason = validation.text(reason, "reason", max_length=MAX_COMMENT, multiline=True)
    named = _agencies(inspection, agencies)
    if not named:
        raise ValidationError("amend.needs_agency", field="agencies")
    return _new_revision(session, actor, inspection, named, reason=reason, returned=False)


def _agencies(inspection: JointInspection, agencies: Iterable[Agency | str]) -> list[Agency]:
    involved = {s.agency for s in inspection.sections}
    named: list[Agency] = []
    for name in agencies:
        agency = validation.choice(name, Agency, "agencies")
        if agency.value not in involved:
            raise ValidationError("section.not_involved", field="agencies", agency=agency,
                                  reference=inspection.reference)
        if agency not in named:
            named.append(agency)
    return named


def _remarks(inspection: JointInspection, remarks: Iterable[Mapping[str, str]]) -> list[dict]:
    result = []
    for n, remark in enumerate(remarks):
        agency = validation.choice(remark.get("agency"), Agency, f"remarks[{n}].agency")
        text = validation.text(remark.get("remark"), f"remarks[{n}].remark", max_length=MAX_COMMENT)
        item = validation.optional_text(remark.get("item"), f"remarks[{n}].item", max_length=64)
        result.append({"agency": agency.value, "item": item, "remark": text})
    return result


def _new_revision(session: Session, actor: User, old: JointInspection, reopen: list[Agency],
                  *, reason: str | None, returned: bool) -> JointInspection:
    now = now_utc()
    new = _copy(old)
    new.revision = old.revision + 1
    new.status = Status.IN_PROGRESS.value
    new.amendment_reason = reason
    new.amended_by_id = actor.id
    new.created_at = now
    new.updated_at = now
    old.is_current = False
    for section in new.sections:
        if Agency(section.agency) in reopen:
            section.signed_at = section.signed_by_id = section.finished_at = None
            section.signature_sha256 = section.e_signature_id = None
            section.returned_comment = reason if returned else None
    session.flush()  # the old row stops being current before the new one is
    session.add(new)
    session.flush()
    audit.record(session, actor, "inspection.returned" if returned else "inspection.amended",
                 "inspection", old.reference, inspection_uuid=old.uuid,
                 old={"revision": old.revision},
                 new={"revision": new.revision, "reason": reason, "reopened": [a.value for a in reopen]})
    return new


_COPIED = [c for c in JointInspection.__table__.columns.keys()
           if c not in ("id", "decision", "decision_note", "decision_confirmed_by_id",
                        "decision_confirmed_at", "finalized_at", "finalized_by_id", "record_hash",
                        "released_at", "hash_format", "finalized_audit_id", "finalized_audit_hash",
                        "finalization_signature_id")]


def _copy(old: JointInspection) -> JointInspection:
    new = JointInspection(**{c: getattr(old, c) for c in _COPIED})
    new.is_current = True
    for attr, model in (("drivers", Driver), ("documents", Document), ("cargo", CargoLine),
                        ("seals", Seal)):
        getattr(new, attr).extend(_clone(row, model) for row in getattr(old, attr))
    for section in old.sections:
        copy = _clone(section, AgencySection)
        copy.answers.extend(_clone(a, Answer, skip=("section_id",)) for a in section.answers)
        new.sections.append(copy)
    new.attachments.extend(_clone(a, Attachment) for a in old.attachments)
    return new


def _clone(row, model, skip: tuple[str, ...] = ()):
    columns = [c for c in model.__table__.columns.keys()
               if c not in ("id", "inspection_id", *skip)]
    return model(**{c: getattr(row, c) for c in columns})
