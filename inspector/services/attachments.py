"""Photos and scanned documents, stored once by SHA-256 (content-addressed).

A file is attached only if it really is what it says: photos are decoded with
Pillow and scans opened with PDFium, so a renamed or damaged file is refused
with a message instead of printing "[image cannot be shown]". Large photos are
reduced when they are captured (a phone's 20 MB picture becomes a JPEG of a
few hundred kB that still shows every detail a report can print); the audit
entry keeps the original's SHA-256 and size.

Removing is for mistakes: allowed while the agency section it belongs to is
not signed (and the record is open), audited; after signing only an amendment
can drop a photo.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.domain import validation
from inspector.domain.clock import now_utc
from inspector.domain.enums import Agency, QuestionType
from inspector.domain.errors import Conflict, NotFound, ValidationError
from inspector.services import audit, permissions
from inspector.services.inspections import require_editable
from inspector.store.models import AgencySection, Attachment, AttachmentBlob, JointInspection, User

MAX_BYTES = 20 * 1024 * 1024
#: photos larger than this on their longest side are reduced on capture
MAX_SIDE = 2400
#: photos up to this size are kept as they are, whatever their pixels
KEEP_BYTES = 1536 * 1024
REDUCED_QUALITY = 85
MAX_PIXELS = 80_000_000  # a larger picture is refused (a decompression bomb or a panorama)
_SIGNATURES = {  # magic numbers of the formats we accept
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"%PDF-": "application/pdf",
}
_KIND_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "application/pdf": "PDF"}


def media_type(data: bytes) -> str | None:
    return next((t for magic, t in _SIGNATURES.items() if data.startswith(magic)), None)


@dataclass(frozen=True)
class Prepared:
    """A file checked and, for a large photo, reduced: what is stored."""

    data: bytes
    media_type: str
    original_sha256: str
    original_size: int

    @property
    def reduced(self) -> bool:
        return len(self.data) != self.original_size or hashlib.sha256(self.data).hexdigest() != self.original_sha256


def prepare(data: bytes, filename: str = "file") -> Prepared:
    """Check that ``data`` is a whole JPEG, PNG or PDF; reduce a large photo."""
    if not data:
        raise ValidationError("attachment.empty", field="file")
    if len(data) > MAX_BYTES:
        raise ValidationError("attachment.too_large", field="file", max_mb=MAX_BYTES // (1024 * 1024))
    kind = media_type(data)
    if kind is None:
        raise ValidationError("attachment.unsupported", field="file")
    original = hashlib.sha256(data).hexdigest()
    name = PurePath(filename or "file").name
    if kind == "application/pdf":
        _check_pdf(data, name)
        return Prepared(data, kind, original, len(data))
    return _prepare_image(data, kind, name, original)


def _refuse(name: str, kind: str) -> ValidationError:
    return ValidationError("attachment.not_decodable", field="file", file=name, kind=_KIND_NAMES[kind])


def _check_pdf(data: bytes, name: str) -> None:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
        pages = len(document)
        document.close()
    except Exception:  # noqa: BLE001 - PDFium says only that it cannot read the file
        raise _refuse(name, "application/pdf") from None
    if pages < 1:
        raise _refuse(name, "application/pdf")


def _prepare_image(data: bytes, kind: str, name: str, original: str) -> Prepared:
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            expected = "JPEG" if kind == "image/jpeg" else "PNG"
            if image.format != expected:
                raise _refuse(name, kind)
            pixels = image.width * image.height
            if pixels > MAX_PIXELS:
                raise ValidationError("attachment.too_many_pixels", field="file", file=name,
                                      megapixels=round(pixels / 1e6))
            large = len(data) > KEEP_BYTES and max(image.size) > MAX_SIDE
            if large and kind == "image/jpeg":
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at a reduced scale: faster, less memory
            image.load()  # decodes every byte: a truncated or fake file fails here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError("attachment.too_many_pixels", field="file", file=name, megapixels="> 80") from None
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a broken file
        raise _refuse(name, kind) from None
    if not large:
        return Prepared(data, kind, original, len(data))
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=REDUCED_QUALITY, optimize=True)
    reduced = out.getvalue()
    if len(reduced) >= len(data):
        return Prepared(data, kind, original, len(data))
    return Prepared(reduced, "image/jpeg", original, len(data))


def store_blob(session: Session, data: bytes, filename: str = "file") -> tuple[AttachmentBlob, Prepared]:
    prepared = prepare(data, filename)
    digest = hashlib.sha256(prepared.data).hexdigest()
    blob = session.get(AttachmentBlob, digest)
    if blob is None:
        blob = AttachmentBlob(sha256=digest, media_type=prepared.media_type, size=len(prepared.data),
                              data=prepared.data, created_at=now_utc())
        session.add(blob)
    return blob, prepared


def add(session: Session, actor: User, inspection: JointInspection, data: bytes, filename: str,
        caption: str | None = None, agency: Agency | str | None = None) -> Attachment:
    """Attach a photo or scan to the record (to an agency's section when named)."""
    require_editable(inspection)
    if agency is not None:
        permissions.require_agency_officer(actor, agency)
        section = inspection.section(Agency(agency).value)
        if section is not None and section.signed_at is not None:
            raise Conflict("section.signed", agency=Agency(agency))
    else:
        permissions.require_user(actor)
    name = validation.text(PurePath(filename or "file").name, "filename", max_length=255)
    blob, prepared = store_blob(session, data, name)
    existing = next((a for a in inspection.attachments if a.sha256 == blob.sha256), None)
    if existing is not None:
        return existing
    attachment = Attachment(sha256=blob.sha256, filename=name,
                            caption=validation.optional_text(caption, "caption", max_length=500),
                            agency=Agency(agency).value if agency else None,
                            added_at=now_utc(), added_by_id=actor.id, blob=blob)
    inspection.attachments.append(attachment)
    session.flush()
    new = {"filename": name, "caption": attachment.caption, "agency": attachment.agency, "size": blob.size}
    if prepared.reduced:
        new |= {"original_sha256": prepared.original_sha256, "original_size": prepared.original_size}
    audit.record(session, actor, "attachment.added", "attachment", blob.sha256,
                 inspection_uuid=inspection.uuid, new=new)
    return attachment


def attach_to_item(session: Session, actor: User, inspection: JointInspection, agency: Agency | str,
                   item_id: str, data: bytes, filename: str, caption: str | None = None) -> Attachment:
    """A photo taken for one checklist item: attached and listed with the item's answer."""
    from inspector.services import sections

    attachment = add(session, actor, inspection, data, filename, caption, agency)
    section = sections.section_of(inspection, agency)
    item = sections.definition(section).item(item_id)
    if item is None:
        raise NotFound("section.unknown_item", item=item_id, checklist=section.checklist.checklist_id)
    answer = next((a for a in section.answers if a.item_id == item_id), None)
    if item.type is QuestionType.PHOTO:
        hashes = list((answer.value if answer else None) or [])
        if attachment.sha256 not in hashes:
            sections.record_answer(session, actor, inspection, agency, item_id, hashes + [attachment.sha256])
    else:
        hashes = list((answer.photos if answer else None) or [])
        if attachment.sha256 not in hashes:
            sections.record_answer(session, actor, inspection, agency, item_id, photos=hashes + [attachment.sha256])
    return attachment


def remove(session: Session, actor: User, inspection: JointInspection, sha256: str) -> None:
    """Take a photo or scan off the record, and out of every answer that lists it.

    Only while the record is open and, for a section's photo, the section is
    not signed, by an officer of that agency. The stored file goes too unless
    another record (or revision) still refers to it.
    """
    require_editable(inspection)
    attachment = next((a for a in inspection.attachments if a.sha256 == sha256), None)
    if attachment is None:
        raise NotFound("attachment.not_found")
    if any(s.signature_sha256 == sha256 for s in inspection.sections):
        raise Conflict("attachment.is_signature")
    using = [s for s in inspection.sections if _lists(s, sha256)]
    owners = {attachment.agency} if attachment.agency else set()
    owners |= {s.agency for s in using}
    if owners:
        for agency in owners:
            permissions.require_agency_officer(actor, agency)
    else:
        permissions.require_user(actor)
    for section in inspection.sections:
        if section.agency in owners and section.signed_at is not None:
            raise Conflict("attachment.section_signed", agency=Agency(section.agency))
    changed_items = [_drop_from_answers(session, actor, inspection, section, sha256) for section in using]
    inspection.attachments.remove(attachment)
    session.flush()
    audit.record(session, actor, "attachment.removed", "attachment", sha256, inspection_uuid=inspection.uuid,
                 old={"filename": attachment.filename, "caption": attachment.caption, "agency": attachment.agency,
                      "items": [item for items in changed_items for item in items]})
    still_used = session.scalar(select(func.count()).select_from(Attachment).where(Attachment.sha256 == sha256))
    signed_with = session.scalar(select(func.count()).select_from(AgencySection)
                                 .where(AgencySection.signature_sha256 == sha256))
    if not still_used and not signed_with:
        blob = session.get(AttachmentBlob, sha256)
        if blob is not None:
            session.delete(blob)
    inspection.updated_at = now_utc()


def _photo_item(section: AgencySection, item_id: str) -> bool:
    from inspector.services import sections

    item = sections.definition(section).item(item_id)
    return item is not None and item.type is QuestionType.PHOTO


def _lists(section: AgencySection, sha256: str) -> bool:
    return any(sha256 in (a.photos or []) or (_photo_item(section, a.item_id) and sha256 in (a.value or []))
               for a in section.answers)


def _drop_from_answers(session: Session, actor: User, inspection: JointInspection, section: AgencySection,
                       sha256: str) -> list[str]:
    """Take ``sha256`` out of the section's answers (each change audited); the items changed."""
    changed = []
    for answer in list(section.answers):
        old = {"value": answer.value, "note": answer.note, "photos": answer.photos}
        value = answer.value
        if _photo_item(section, answer.item_id):
            value = [h for h in (value or []) if h != sha256] or None
        photos = [h for h in (answer.photos or []) if h != sha256] or None
        if value == answer.value and photos == (answer.photos or None):
            continue
        answer.value, answer.photos = value, photos
        new = {"value": value, "note": answer.note, "photos": photos}
        if value is None and not answer.note and not photos:
            section.answers.remove(answer)
            new = None
        audit.record(session, actor, "answer.recorded", "answer", f"{section.agency}/{answer.item_id}",
                     inspection_uuid=inspection.uuid, old=old, new=new)
        changed.append(f"{section.agency}/{answer.item_id}")
    return changed


def data_of(session: Session, inspection: JointInspection, sha256: str) -> bytes:
    """The stored bytes of one of the record's attachments."""
    attachment = next((a for a in inspection.attachments if a.sha256 == sha256), None)
    if attachment is None:
        raise NotFound("attachment.not_found")
    return attachment.blob.data


def photos_of(session: Session, inspection: JointInspection, hashes: list[str]) -> dict[str, bytes]:
    """The bytes of the named attachments of the record (for thumbnails)."""
    wanted = set(hashes)
    return {a.sha256: a.blob.data for a in inspection.attachments if a.sha256 in wanted}


__all__ = ["add", "attach_to_item", "remove", "data_of", "photos_of", "prepare", "store_blob", "media_type"]
