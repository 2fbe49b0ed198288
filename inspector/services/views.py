"""Read models for the app: a record with everything a screen shows.

The app never keeps ORM objects across transactions; it asks for a
:class:`RecordView` — the ``bcp-inspection/1`` document plus the checklist
definitions, progress, findings, the consolidated decision and what the acting
user may do — and calls a service for every change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from inspector.checklists.model import ChecklistDefinition
from inspector.domain.decisions import Consolidation
from inspector.domain.enums import LOCKED_STATUSES, Agency, Role, Status
from inspector.domain.errors import DomainError
from inspector.services import inspections, permissions, sections, workflow
from inspector.services.documents import record_hash, to_document
from inspector.store.models import Answer, JointInspection, User


@dataclass(frozen=True)
class RecordView:
    id: int
    document: dict
    definitions: dict[str, ChecklistDefinition]
    progress: dict[str, sections.Progress]
    consolidation: Consolidation
    actions: frozenset[str]
    revisions: tuple[int, ...]
    current_hash: str
    photos: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def reference(self) -> str:
        return self.document["reference"]

    @property
    def status(self) -> Status:
        return Status(self.document["status"])

    @property
    def locked(self) -> bool:
        return self.status in LOCKED_STATUSES

    def section(self, agency: str) -> dict | None:
        return next((a for a in self.document["agencies"] if a["agency"] == agency), None)

    def can(self, action: str, agency: str | None = None) -> bool:
        return (f"{action}:{agency}" if agency else action) in self.actions


def _allowed(check, *args) -> bool:
    try:
        check(*args)
    except DomainError:
        return False
    return True


def actions_for(actor: User | None, inspection: JointInspection) -> frozenset[str]:
    """What ``actor`` may do with this revision now, for enabling controls.

    The services enforce the same rules again when the action is taken.
    """
    allowed: set[str] = set()
    status = Status(inspection.status)
    current = inspection.is_current
    editable = current and status.editable
    if editable and _allowed(permissions.require_can_edit_consignment, actor, inspection):
        allowed |= {"edit_consignment", "set_agencies"}
    for section in inspection.sections:
        if editable and section.signed_at is None and _allowed(
                permissions.require_agency_officer, actor, section.agency):
            allowed |= {f"answer:{section.agency}", f"sign:{section.agency}"}
    lead = _allowed(permissions.require_lead_or_supervisor, actor, inspection)
    if current and status is Status.COMPLETED and lead:
        allowed |= {"confirm_decision", "finalize"}
    if current and status is Status.FINALIZED and permissions.role(actor) is Role.SUPERVISOR \
            and actor.id not in (inspection.finalized_by_id, inspection.decision_confirmed_by_id):  # four eyes
        allowed.add("review")
    if current and status in (Status.FINALIZED, Status.APPROVED) and lead:
        allowed.add("amend")
    return frozenset(allowed)


def record_view(session: Session, inspection: JointInspection, actor: User | None,
                with_photos: bool = False) -> RecordView:
    document = to_document(inspection)
    definitions = {s.agency: sections.definition(s) for s in inspection.sections}
    return RecordView(
        id=inspection.id,
        document=document,
        definitions=definitions,
        progress={s.agency: sections.progress(s) for s in inspection.sections},
        consolidation=workflow.consolidation(inspection),
        actions=actions_for(actor, inspection),
        revisions=tuple(r.revision for r in inspections.revisions(session, inspection)),
        current_hash=inspection.record_hash or record_hash(document),
        photos={a.sha256: a.blob.data for a in inspection.attachments} if with_photos else {},
    )


@dataclass(frozen=True)
class SectionState:
    """What changed in one agency section after a change to one of its items.

    ``answers`` maps item ids to their answer as in the document (``{"item",
    "value", "note", "photos"}``) or to None when the item has no answer now.
    When ``complete`` it holds every answer of the section (the change could
    have cleared others: an answer some ``show_if`` looks at, a photo removed);
    otherwise only the changed item's, and the rest is as it was.
    """

    agency: str
    answers: dict[str, dict | None]
    complete: bool
    status: Status


_UNREAD = object()


def section_state(session: Session, inspection: JointInspection, agency: str,
                  item_id: str | None = None, answer: object = _UNREAD) -> SectionState:
    """The section after a change to ``item_id`` (None: to anything), read as plain rows;
    ``answer``: the item's answer as :func:`sections.record_answer` returned it (nothing to read)."""
    section = sections.section_of(inspection, agency)
    complete = item_id is None or item_id in sections.definition(section).controlling_items
    if not complete and answer is not _UNREAD:
        return SectionState(section.agency, {item_id: answer}, False, Status(inspection.status))
    session.flush()
    if complete:
        rows = session.execute(_SECTION_ANSWERS, {"section": section.id})
    else:
        rows = session.execute(_ITEM_ANSWER, {"section": section.id, "item": item_id})
    answers: dict[str, dict | None] = {} if complete else {item_id: None}
    for item, value, note, photos in rows:
        answers[item] = {"item": item, "value": value, "note": note, "photos": photos or []}
    return SectionState(section.agency, answers, complete, Status(inspection.status))


# built once: building and keying a statement costs more than running it
_SECTION_ANSWERS = select(Answer.item_id, Answer.value, Answer.note, Answer.photos).where(
    Answer.section_id == bindparam("section"))
_ITEM_ANSWER = _SECTION_ANSWERS.where(Answer.item_id == bindparam("item"))


def agencies_of(view: RecordView) -> list[Agency]:
    return [Agency(a["agency"]) for a in view.document["agencies"]]
