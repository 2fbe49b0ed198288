"""Photos and scanned documents, stored once by SHA-256 (content-addressed)."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from sqlalchemy.orm import Session

from inspector.domain import validation
from inspector.domain.clock import now_utc
from inspector.domain.enums import Agency
from inspector.domain.errors import ValidationError
from inspector.services import audit, permissions
from inspector.services.inspections import require_editable
from inspector.store.models import Attachment, AttachmentBlob, JointInspection, User

MAX_BYTES = 20 * 1024 * 1024
_SIGNATURES = {  # magic numbers of the formats we accept
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"%PDF-": "application/pdf",
}


def media_type(data: bytes) -> str | None:
    return next((t for magic, t in _SIGNATURES.items() if data.startswith(magic)), None)


def store_blob(session: Session, data: bytes) -> AttachmentBlob:
    if not data:
        raise ValidationError("attachment.empty", field="file")
    if len(data) > MAX_BYTES:
        raise ValidationError("attachment.too_large", field="file", max_mb=MAX_BYTES // (1024 * 1024))
    kind = media_type(data)
    if kind is None:
        raise ValidationError("attachment.unsupported", field="file")
    digest = hashlib.sha256(data).hexdigest()
    blob = session.get(AttachmentBlob, digest)
    if blob is None:
        blob = AttachmentBlob(sha256=digest, media_type=kind, size=len(data), data=data,
                              created_at=now_utc())
        session.add(blob)
    return blob


def add(session: Session, actor: User, inspection: JointInspection, data: bytes, filename: str,
        caption: str | None = None, agency: Agency | str | None = None) -> Attachment:
    """Attach a photo or scan to the record (to an agency's section when named)."""
    require_editable(inspection)
    if agency is not None:
        permissions.require_agency_officer(actor, agency)
    else:
        permissions.require_user(actor)
    blob = store_blob(session, data)
    name = validation.text(PurePath(filename or "file").name, "filename", max_length=255)
    existing = next((a for a in inspection.attachments if a.sha256 == blob.sha256), None)
    if existing is not None:
        return existing
    attachment = Attachment(sha256=blob.sha256, filename=name,
                            caption=validation.optional_text(caption, "caption", max_length=500),
                            agency=Agency(agency).value if agency else None,
                            added_at=now_utc(), added_by_id=actor.id, blob=blob)
    inspection.attachments.append(attachment)
    session.flush()
    audit.record(session, actor, "attachment.added", "attachment", blob.sha256,
                 inspection_uuid=inspection.uuid,
                 new={"filename": name, "caption": attachment.caption, "agency": attachment.agency,
                      "size": blob.size})
    return attachment
