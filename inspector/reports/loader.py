"""Gathering what a report needs from the database, in a few eager queries.

The builders are pure functions of :class:`ReportData`: the record's
``bcp-inspection/1`` document, the frozen checklist definitions it was made
with, and the bytes of its photos and signatures. An old revision therefore
renders exactly as it was recorded.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, joinedload, selectinload

from inspector.checklists.model import ChecklistDefinition
from inspector.domain.enums import Status
from inspector.services.checklists import definition_of
from inspector.domain.clock import iso
from inspector.services.documents import record_hash, user_ref
from inspector.services.signatures import require_genuine
from inspector.store.models import (
    AgencySection,
    Attachment,
    AttachmentBlob,
    JointInspection,
    Review,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Blob:
    media_type: str
    data: bytes


@dataclass(frozen=True)
class RevisionEvent:
    """How revision ``revision`` came to be: a supervisor's return for
    correction or an amendment of a finalized record."""

    revision: int
    kind: str  # "returned" or "amended"
    at: str | None  # ISO 8601
    by: Mapping | None  # user reference
    reason: str | None
    reopened: tuple[str, ...]  # agencies whose sections were reopened
    previous_hash: str | None  # the record hash of revision - 1
    remarks: tuple[Mapping, ...] = ()  # the reviewer's per-item remarks {agency, item, remark}


@dataclass(frozen=True)
class ReportData:
    """Everything one inspection report shows, detached from the database."""

    document: Mapping
    definitions: Mapping[str, ChecklistDefinition]  # by agency
    blobs: Mapping[str, Blob] = field(default_factory=dict)  # by SHA-256: photos, signatures
    is_current: bool = True
    history: tuple[RevisionEvent, ...] = ()  # revisions 1…this one, oldest first
    successor: int | None = None  # the revision that replaced this one
    former_signatures: frozenset[str] = frozenset()  # drawn signatures of earlier revisions (never photos)
    attached_at: Mapping[str, str] = field(default_factory=dict)  # ISO time each attachment was first added

    @property
    def record_hash(self) -> str:
        """The stored hash of a locked revision, else the hash of the content as it is now."""
        return self.document.get("record_hash") or record_hash(dict(self.document))

    @property
    def locked(self) -> bool:
        return Status(self.document["status"]).locked

    def section(self, agency: str) -> Mapping | None:
        return next((a for a in self.document["agencies"] if a["agency"] == agency), None)

    @property
    def remarks(self) -> tuple[Mapping, ...]:
        """The reviewer's per-item remarks that led to this revision."""
        event = self.history[-1] if self.history else None
        return event.remarks if event is not None and event.revision == self.document["revision"] else ()


def drawn_signature(section: Mapping | None) -> str | None:
    """The SHA-256 of the section's drawn signature image, if one was attached.

    ``signature`` held that hash before sections were signed with keys; an
    electronic signature is a mapping (see :func:`electronic_signature`).
    """
    if not section:
        return None
    drawn = section.get("drawn_signature")
    if drawn:
        return drawn
    signature = section.get("signature")
    return signature if isinstance(signature, str) else None


def electronic_signature(section: Mapping | None) -> Mapping | None:
    """``{algorithm, key_fingerprint, signed_by, signed_at, value}`` or None."""
    signature = section.get("signature") if section else None
    return signature if isinstance(signature, Mapping) else None


def _options(photos: bool):
    blob = selectinload(JointInspection.attachments).joinedload(Attachment.blob)
    return (
        selectinload(JointInspection.drivers),
        selectinload(JointInspection.documents),
        selectinload(JointInspection.cargo),
        selectinload(JointInspection.seals),
        selectinload(JointInspection.sections).options(
            joinedload(AgencySection.checklist),
            joinedload(AgencySection.officer),
            joinedload(AgencySection.signed_by),
            selectinload(AgencySection.answers),
        ),
        blob if photos else blob.options(defer(AttachmentBlob.data)),
        selectinload(JointInspection.reviews).joinedload(Review.reviewer),
        joinedload(JointInspection.lead_officer),
        joinedload(JointInspection.decision_confirmed_by),
        joinedload(JointInspection.created_by),
        joinedload(JointInspection.finalized_by),
        joinedload(JointInspection.amended_by),
    )


def load(session: Session, inspection: JointInspection, *, photos: bool = True) -> ReportData:
    """The report data of ``inspection`` (one revision).

    ``photos=False`` leaves in the database the bytes of photos that belong to
    no checklist answer (a report without the appendix shows none); drawn
    signatures and the photos printed beside their findings are always fetched.
    """
    row = session.scalars(select(JointInspection).where(JointInspection.id == inspection.id)
                          .options(*_options(photos))).unique().one()
    document = require_genuine(session, row)  # refuses a record whose hash or signatures do not hold
    definitions = {s.agency: definition_of(s.checklist) for s in row.sections}
    blobs: dict[str, Blob] = {}
    if photos:
        blobs.update({a.sha256: Blob(a.blob.media_type, a.blob.data) for a in row.attachments})
    wanted = {s.signature_sha256 for s in row.sections if s.signature_sha256}
    wanted |= {sha for s in row.sections for a in s.answers if a.note is not None or a.photos
               for sha in (a.photos or [])}
    wanted -= blobs.keys()
    if wanted:
        for blob in session.scalars(select(AttachmentBlob).where(AttachmentBlob.sha256.in_(wanted))):
            blobs[blob.sha256] = Blob(blob.media_type, blob.data)
    attached_at: dict[str, str] = {}
    for attachment in sorted(row.attachments, key=lambda a: a.added_at):
        attached_at.setdefault(attachment.sha256, iso(attachment.added_at))
    history, former = _history(session, row)
    successor = None if row.is_current else row.revision + 1
    log.debug("report data of %s rev %s: %d section(s), %d blob(s)", row.reference, row.revision,
              len(definitions), len(blobs))
    return ReportData(document, definitions, blobs, is_current=row.is_current, history=history,
                      successor=successor, former_signatures=former, attached_at=attached_at)


def _history(session: Session, row: JointInspection) -> tuple[tuple[RevisionEvent, ...], frozenset[str]]:
    """Revisions 1…``row.revision`` of the record: why each was made, by whom,
    which sections it reopened; and every drawn signature they used."""
    if row.revision == 0:
        return (), frozenset()
    revisions = {r.revision: r for r in session.scalars(
        select(JointInspection).where(JointInspection.uuid == row.uuid,
                                      JointInspection.revision <= row.revision)
        .options(selectinload(JointInspection.sections), joinedload(JointInspection.amended_by),
                 selectinload(JointInspection.reviews).joinedload(Review.reviewer))).unique()}
    events = []
    for number in range(1, row.revision + 1):
        revision, previous = revisions.get(number), revisions.get(number - 1)
        if revision is None or previous is None:
            continue
        returned = previous.status == Status.RETURNED.value
        before = {s.agency: s.signed_at for s in previous.sections}
        reopened = tuple(s.agency for s in revision.sections
                         if before.get(s.agency) is not None and s.signed_at != before[s.agency])
        review = previous.reviews[-1] if returned and previous.reviews else None
        events.append(RevisionEvent(
            revision=number, kind="returned" if returned else "amended", at=iso(revision.created_at),
            by=user_ref(revision.amended_by), reason=revision.amendment_reason, reopened=reopened,
            previous_hash=previous.record_hash, remarks=tuple(review.remarks or ()) if review else ()))
    former = frozenset(s.signature_sha256 for r in revisions.values() if r.revision != row.revision
                       for s in r.sections if s.signature_sha256)
    return tuple(events), former
