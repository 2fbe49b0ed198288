"""Photos and scans: only real files are attached, large photos are reduced, a photo taken
by mistake can be removed until the section is signed (audited), never after."""

from __future__ import annotations

import hashlib
import io
import random

import pytest
from PIL import Image
from sqlalchemy import select

from inspector.domain.errors import Conflict, PermissionDenied, ValidationError
from inspector.services import attachments, audit, auth, inspections, sections
from inspector.store.models import AttachmentBlob

from tests.core.conftest import PASSWORD
from tests.core.helpers import answer_section, sign_section


def jpeg(width: int = 800, height: int = 600, noise: bool = False) -> bytes:
    image = Image.new("RGB", (width, height), (90, 120, 150))
    if noise:  # a photo's detail: makes the file as large as a camera's
        rng = random.Random(4)
        image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(out, "PNG")
    return out.getvalue()


def trail(db, reference):
    with db.read_session() as s:
        uuid = inspections.get(s, reference).uuid
        return [(e.action, e.entity_id, e.old, e.new) for e in audit.history(s, uuid)]


@pytest.mark.parametrize("name, data", [
    ("fake.jpg", b"\xff\xd8\xff\xe0" + b"this is a text file renamed to .jpg" * 20),
    ("cut.png", png()[:60]),
    ("fake.pdf", b"%PDF-1.7\n" + b"nothing of a PDF here\n" * 10),
    ("cut.jpg", jpeg()[:400]),
])
def test_a_fake_or_damaged_file_is_refused_and_nothing_is_stored(db, people, make_inspection, name, data):
    reference = make_inspection()
    before = trail(db, reference)
    with pytest.raises(ValidationError) as refused:
        with db.session() as s:
            attachments.attach_to_item(s, people.customs, inspections.get(s, reference), "customs", "goods_photo",
                                       data, name)
    assert name in refused.value.message() and "cannot be attached" in refused.value.message()
    with db.read_session() as s:
        assert inspections.get(s, reference).attachments == []
        assert s.scalars(select(AttachmentBlob)).all() == []
    assert trail(db, reference) == before


def test_a_large_photo_is_reduced_on_capture_and_the_audit_keeps_the_originals_hash(db, people, make_inspection):
    reference = make_inspection()
    original = jpeg(4000, 3000, noise=True)
    assert len(original) > attachments.KEEP_BYTES
    with db.session() as s:
        stored = attachments.attach_to_item(s, people.customs, inspections.get(s, reference), "customs",
                                            "goods_photo", original, "IMG_0001.jpg", "Goods")
        sha = stored.sha256
    with db.read_session() as s:
        blob = s.get(AttachmentBlob, sha)
        image = Image.open(io.BytesIO(blob.data))
        assert max(image.size) == attachments.MAX_SIDE and image.format == "JPEG"
        assert blob.size < len(original) / 2
        assert sections.answer_map(sections.section_of(inspections.get(s, reference), "customs"))[
            "goods_photo"] == [sha]
    added = next(new for action, _, _, new in trail(db, reference) if action == "attachment.added")
    assert added["original_sha256"] == hashlib.sha256(original).hexdigest()
    assert added["original_size"] == len(original)


def test_a_small_photo_is_kept_as_it_is(db, people, make_inspection):
    reference = make_inspection()
    data = jpeg()
    with db.session() as s:
        stored = attachments.add(s, people.customs, inspections.get(s, reference), data, "small.jpg", agency="customs")
    assert stored.sha256 == hashlib.sha256(data).hexdigest()


def test_a_photo_is_removed_before_signing_with_an_audit_entry_and_not_after(db, people, make_inspection):
    reference = make_inspection()
    with db.session() as s:
        inspection = inspections.get(s, reference)
        photo = attachments.attach_to_item(s, people.customs, inspection, "customs", "seal_status", jpeg(), "seal.jpg")
        sections.record_answer(s, people.customs, inspection, "customs", "seal_status", "intact")
        sha = photo.sha256
    with pytest.raises(PermissionDenied):  # another agency's officer
        with db.session() as s:
            attachments.remove(s, people.vet, inspections.get(s, reference), sha)
    with db.session() as s:
        attachments.remove(s, people.customs, inspections.get(s, reference), sha)
    with db.read_session() as s:
        inspection = inspections.get(s, reference)
        assert inspection.attachments == []
        answer = next(a for a in sections.section_of(inspection, "customs").answers if a.item_id == "seal_status")
        assert answer.value == "intact" and not answer.photos
        assert s.get(AttachmentBlob, sha) is None  # no copy left in the file
    removed = [(entity, old) for action, entity, old, _ in trail(db, reference) if action == "attachment.removed"]
    assert removed == [(sha, {"filename": "seal.jpg", "caption": None, "agency": "customs",
                              "items": ["customs/seal_status"]})]

    with db.session() as s:
        inspection = inspections.get(s, reference)
        photo = attachments.attach_to_item(s, people.customs, inspection, "customs", "goods_photo", png(), "g.png")
        sha = photo.sha256
    answer_section(db, people.customs, reference, "customs")
    sign_section(db, people.customs, reference, "customs")  # the veterinary section is still open
    with pytest.raises(Conflict) as refused:
        with db.session() as s:
            attachments.remove(s, people.customs, inspections.get(s, reference), sha)
    assert "amendment" in refused.value.message()


def test_a_drawn_signature_cannot_be_removed(db, people, make_inspection):
    reference = make_inspection()
    with db.session() as s:
        signature = attachments.add(s, people.vet, inspections.get(s, reference), png(), "signature.png",
                                    agency="veterinary")
        sha = signature.sha256
    answer_section(db, people.vet, reference, "veterinary")
    with db.session() as s:
        sections.set_decision(s, people.vet, inspections.get(s, reference), "veterinary", "release")
    confirmation = auth.reauthenticate(db, people.vet, PASSWORD)
    with db.session() as s:
        sections.sign(s, people.vet, inspections.get(s, reference), "veterinary", confirmation, sha)
    with pytest.raises(Conflict) as refused:
        with db.session() as s:
            attachments.remove(s, people.vet, inspections.get(s, reference), sha)
    assert "signature" in refused.value.message()
