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
from inspector.services.documents import record_hash
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
class ReportData:
    """Everything one inspection report shows, detached from the database."""

    document: Mapping
    definitions: Mapping[str, ChecklistDefinition]  # by agency
    blobs: Mapping[str, Blob] = field(default_factory=dict)  # by SHA-256: photos, signatures
    is_current: bool = True

    @property
    def record_hash(self) -> str:
        """The stored hash of a locked revision, else the hash of the content as it is now."""
        return self.document.get("record_hash") or record_hash(dict(self.document))

    @property
    def locked(self) -> bool:
        return Status(self.document["status"]).locked

    def section(self, agency: str) -> Mapping | None:
        return next((a for a in self.document["agencies"] if a["agency"] == agency), None)


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

    ``photos=False`` leaves the photo bytes in the database (a report without
    the appendix shows none); drawn signatures are always fetched.
    """
    row = session.scalars(select(JointInspection).where(JointInspection.id == inspection.id)
                          .options(*_options(photos))).unique().one()
    document = require_genuine(session, row)  # refuses a record whose hash or signatures do not hold
    definitions = {s.agency: definition_of(s.checklist) for s in row.sections}
    blobs: dict[str, Blob] = {}
    if photos:
        blobs.update({a.sha256: Blob(a.blob.media_type, a.blob.data) for a in row.attachments})
    signatures = {s.signature_sha256 for s in row.sections if s.signature_sha256} - blobs.keys()
    if signatures:
        for blob in session.scalars(select(AttachmentBlob).where(AttachmentBlob.sha256.in_(signatures))):
            blobs[blob.sha256] = Blob(blob.media_type, blob.data)
    log.debug("report data of %s rev %s: %d section(s), %d blob(s)", row.reference, row.revision,
              len(definitions), len(blobs))
    return ReportData(document, definitions, blobs, is_current=row.is_current)
