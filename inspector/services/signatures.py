"""Officers' electronic signatures on records, and checking a record is genuine.

Three acts are signed, each with the key the signer's password re-entry
unlocked (:class:`~inspector.services.auth.IdentityConfirmation`):

- **section**: the officer signs the section's hash (answers, notes, photo
  hashes, decision, remarks, officer, times; :func:`documents.section_hash`);
- **finalization**: the lead officer signs the record hash, as the short text
  the report's QR code carries (:func:`finalization_statement`);
- **review**: the supervisor signs the review's hash (outcome, comment,
  agencies, remarks, reviewer, time, and the record hash reviewed).

Each signature also covers the audit chain's head at that moment (a
*checkpoint*): the section and review statements name it, and the record hash
of a finalized record contains it (``checkpoint`` in the document). Entries
before a checkpoint therefore cannot be rewritten or cut off without breaking
a signature that only the signer's password could renew.

The statements are RFC 8785 JSON (``bcp-signature/1``) except the
finalization's, which is the plain text ``BCP2*REFERENCE*REVISION*HASH``
(the hash in base32) so that a scanned QR code holds everything needed to
verify it. docs/bcp-inspection-format.md describes both.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain.clock import iso
from inspector.domain.enums import LOCKED_STATUSES, Status
from inspector.domain.errors import DomainError
from inspector.domain.i18n import tr
from inspector.services import audit, keys
from inspector.services.documents import (
    HASH_FORMAT,
    LEGACY_HASH_FORMAT,
    jcs,
    record_hash,
    review_hash,
    section_hash,
    to_document,
)
from inspector.store.models import AuditEntry, JointInspection, LegacyRecord, Signature, User, UserKey

log = logging.getLogger(__name__)

SECTION, FINALIZATION, REVIEW = "section", "finalization", "review"
QR_PREFIX = "BCP2"
QR_SEPARATOR = "*"
KEY_ID_LENGTH = 12  # hex digits of the key fingerprint in the QR code
STATUS_CODES = {Status.DRAFT: "D", Status.IN_PROGRESS: "I", Status.COMPLETED: "C", Status.FINALIZED: "F",
                Status.APPROVED: "A", Status.RETURNED: "R"}
SUPERSEDED_CODE = "S"  # in place of the status: a copy of a revision another one replaced
UPGRADE_ACTION = "signatures.introduced"


class RecordNotGenuine(DomainError):
    """A record whose content, hash or signatures do not hold: never printed as genuine."""


# -- statements --------------------------------------------------------------------------------

def b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def finalization_statement(reference: str, revision: int, digest: str) -> bytes:
    """What the lead officer signs: ``BCP2*FRB-2026-000042*0*<record hash in base32>``."""
    return QR_SEPARATOR.join((QR_PREFIX, reference, str(revision), b32(bytes.fromhex(digest)))).encode("ascii")


def act_statement(kind: str, uuid: str, revision: int | None, agency: str | None, digest: str, signer: str,
                  key_fingerprint: str, signed_at: str, checkpoint: dict) -> bytes:
    """What an officer signs for a section or a supervisor for a review (RFC 8785 JSON)."""
    return jcs({"format": keys.STATEMENT, "kind": kind, "uuid": uuid, "revision": revision, "agency": agency,
                "sha256": digest, "signer": signer, "key": key_fingerprint, "signed_at": signed_at,
                "checkpoint": checkpoint}).encode("utf-8")


def statement_of(signature: Signature, document: dict | None = None) -> bytes:
    if signature.kind == FINALIZATION:
        return finalization_statement(document["reference"], document["revision"], signature.sha256)
    return act_statement(signature.kind, signature.inspection_uuid,
                         signature.revision if signature.kind == REVIEW else None, signature.agency,
                         signature.sha256, signature.signer.username, signature.key_fingerprint,
                         iso(signature.signed_at), {"id": signature.audit_id, "hash": signature.audit_hash})


def statement_of_ref(kind: str, document: dict, ref: dict, agency: str | None = None) -> bytes:
    """The statement of a signature as a document shows it (for verifying without the database)."""
    if kind == FINALIZATION:
        return finalization_statement(document["reference"], document["revision"], ref["sha256"])
    return act_statement(kind, document["uuid"], document["revision"] if kind == REVIEW else None, agency,
                         ref["sha256"], (ref.get("signed_by") or {}).get("username", ""), ref["key_fingerprint"],
                         ref["signed_at"], ref["checkpoint"])


# -- signing -----------------------------------------------------------------------------------------

def _signature(session: Session, actor: User, private: Ed25519PrivateKey, kind: str, uuid: str,
               revision: int | None, agency: str | None, digest: str, signed_at: datetime,
               message: bytes | None = None) -> Signature:
    audit_id, audit_hash = audit.head(session)
    fp = keys.fingerprint(private.public_key())
    if message is None:
        message = act_statement(kind, uuid, revision if kind == REVIEW else None, agency, digest,
                                actor.username, fp, iso(signed_at), {"id": audit_id, "hash": audit_hash})
    row = Signature(kind=kind, inspection_uuid=uuid, revision=revision, agency=agency, signer_id=actor.id,
                    key_fingerprint=fp, signed_at=signed_at, sha256=digest, audit_id=audit_id,
                    audit_hash=audit_hash, value=keys.sign(private, message))
    session.add(row)
    session.flush()
    return row


def sign_section(session: Session, actor: User, private: Ed25519PrivateKey, uuid: str, revision: int,
                 agency: str, section_document: dict, signed_at: datetime) -> Signature:
    return _signature(session, actor, private, SECTION, uuid, revision, agency,
                      section_hash(uuid, section_document), signed_at)


def sign_finalization(session: Session, actor: User, private: Ed25519PrivateKey, inspection: JointInspection,
                      digest: str, signed_at: datetime) -> Signature:
    return _signature(session, actor, private, FINALIZATION, inspection.uuid, inspection.revision, None, digest,
                      signed_at, finalization_statement(inspection.reference, inspection.revision, digest))


def sign_review(session: Session, actor: User, private: Ed25519PrivateKey, document: dict, review: dict,
                signed_at: datetime) -> Signature:
    return _signature(session, actor, private, REVIEW, document["uuid"], document["revision"], None,
                      review_hash(document, review), signed_at)


def detail(signature: Signature) -> dict:
    """What the audit entry of a signed act records about its signature."""
    return {"key": signature.key_fingerprint, "sha256": signature.sha256, "signature": signature.value,
            "checkpoint": {"id": signature.audit_id, "hash": signature.audit_hash}}


# -- is a key trustworthy? -------------------------------------------------------------------------

@dataclass
class KeyBook:
    """Users' keys as this database knows them, each checked once (for one check or one report)."""

    session: Session
    _rows: dict[str, UserKey | None] = field(default_factory=dict)
    _verdicts: dict[str, tuple[str, dict] | None] = field(default_factory=dict)
    _public: dict[str, Ed25519PublicKey | None] = field(default_factory=dict)
    _legacy_sections: frozenset[str] | None = None
    _first_user_id: int | None = None
    _upgrade: dict | None = None
    _legacy: dict[int, LegacyRecord] | None = None
    checkpoints: bool = True  # look each signature's checkpoint up (check does it for all at once)

    def legacy(self, inspection_id: int) -> LegacyRecord | None:
        if self._legacy is None:
            self._legacy = {r.inspection_id: r for r in self.session.scalars(select(LegacyRecord))}
        return self._legacy.get(inspection_id)

    def use_legacy(self, rows: dict[int, object]) -> None:
        """The legacy entries (by record id) of the records about to be verified: ``check`` reads them
        a batch at a time instead of all of them at once."""
        self._legacy = rows

    def row(self, fingerprint: str) -> UserKey | None:
        if fingerprint not in self._rows:
            self._rows[fingerprint] = self.session.scalar(select(UserKey).where(UserKey.fingerprint == fingerprint))
        return self._rows[fingerprint]

    def public(self, fingerprint: str) -> Ed25519PublicKey | None:
        if fingerprint not in self._public:
            row = self.row(fingerprint)
            self._public[fingerprint] = keys.decode_public(row.public_key) if row is not None else None
        return self._public[fingerprint]

    def problem(self, fingerprint: str, depth: int = 0) -> tuple[str, dict] | None:
        """Why this key cannot be trusted (a catalogue key and its parameters), or None."""
        if fingerprint not in self._verdicts:
            self._verdicts[fingerprint] = ("sig.key_chain", {"key": fingerprint[:16]}) if depth > 8 \
                else self._judge(fingerprint, depth)
        return self._verdicts[fingerprint]

    def _judge(self, fingerprint: str, depth: int) -> tuple[str, dict] | None:
        row = self.row(fingerprint)
        if row is None:
            return "sig.key_unknown", {"key": fingerprint[:16]}
        user = row.user
        public = keys.decode_public(row.public_key)
        if public is None or keys.fingerprint(public) != row.fingerprint:
            return "sig.key_replaced", {"username": user.username, "key": fingerprint[:16]}
        if row.origin == "imported":
            return None  # trusted through the signed bundle that brought it
        statement = keys.statement_of(row)
        if statement is None or statement.get("kind") != "key" or statement.get("public_key") != row.public_key \
                or statement.get("origin") != row.origin or (statement.get("user") or {}).get("username") != user.username:
            return "sig.key_replaced", {"username": user.username, "key": fingerprint[:16]}
        certifier = row.certified_by or ""
        if certifier == row.fingerprint:
            if row.origin == "first" and user.id == self.first_user_id():
                pass
            elif row.origin == "upgrade" and self.upgraded(user.username, statement.get("password_sha256")):
                pass
            else:
                return "sig.key_not_vouched", {"username": user.username, "key": fingerprint[:16]}
            signer_public = public
        else:
            signer = self.row(certifier)
            if signer is None or signer.user.role != "admin" or statement.get("key") != certifier \
                    or statement.get("signer") != signer.user.username:
                return "sig.key_not_vouched", {"username": user.username, "key": fingerprint[:16]}
            if self.problem(certifier, depth + 1) is not None:
                return "sig.key_not_vouched", {"username": user.username, "key": fingerprint[:16]}
            signer_public = keys.decode_public(signer.public_key)
        if not keys.verify(signer_public, row.certificate, (row.statement or "").encode("utf-8")):
            return "sig.key_replaced", {"username": user.username, "key": fingerprint[:16]}
        return None

    def first_user_id(self) -> int | None:
        if self._first_user_id is None:
            entry = self.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.created")
                                        .order_by(AuditEntry.id).limit(1))
            self._first_user_id = int(entry.entity_id) if entry is not None and entry.entity_id else -1
        return self._first_user_id

    def upgraded(self, username: str, password_sha256: str | None) -> bool:
        if self._upgrade is None:
            entry = self.session.scalar(select(AuditEntry).where(AuditEntry.action == UPGRADE_ACTION)
                                        .order_by(AuditEntry.id).limit(1))
            self._upgrade = entry.new if entry is not None and isinstance(entry.new, dict) else {}
        recorded = (self._upgrade.get("accounts") or {}).get(username)
        return recorded is not None and recorded == password_sha256

    def legacy_sections(self) -> set[str]:
        if self._legacy_sections is None:
            if self._upgrade is None:
                self.upgraded("", None)
            self._legacy_sections = frozenset(self._upgrade.get("legacy_sections") or ())
        return self._legacy_sections


# -- is a record genuine? ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    key: str
    params: dict

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)


def verify_record(session: Session, inspection: JointInspection, book: KeyBook | None = None,
                  document: dict | None = None) -> list[Problem]:
    """Everything that does not hold about one revision: content against its record hash, every
    signature against its content and its signer's key, the checkpoints against the audit chain.
    An empty list: the record is genuine (as far as this database can tell)."""
    book = book or KeyBook(session)
    doc = document if document is not None else to_document(inspection)
    where = {"reference": inspection.reference, "revision": inspection.revision}
    problems: list[Problem] = []
    locked = Status(inspection.status) in LOCKED_STATUSES
    legacy = None
    if locked:
        legacy = book.legacy(inspection.id)
        fmt = inspection.hash_format
        actual = record_hash(doc)
        if inspection.record_hash != actual:
            problems.append(Problem("sig.record_hash", {**where, "stored": (inspection.record_hash or "-")[:12],
                                                        "actual": actual[:12]}))
        if fmt == LEGACY_HASH_FORMAT:
            if legacy is None and not _imported_legacy(session, inspection):
                problems.append(Problem("sig.not_legacy", where))
            elif legacy is not None and legacy.record_hash != inspection.record_hash:
                problems.append(Problem("sig.legacy_changed", where))
        elif fmt == HASH_FORMAT:
            problems += _check_finalization(session, book, inspection, doc, where)
        else:
            problems.append(Problem("sig.hash_format", {**where, "format": fmt}))
    legacy_sections = None
    for section in inspection.sections:
        if section.signed_at is None:
            continue
        section_doc = next(a for a in doc["agencies"] if a["agency"] == section.agency)
        signature = section.e_signature
        name = {**where, "agency": section.agency}
        if signature is None:
            if legacy is not None or (locked and inspection.hash_format == LEGACY_HASH_FORMAT):
                continue  # signed by password re-entry only, before signatures existed
            if legacy_sections is None:
                legacy_sections = book.legacy_sections()
            signed = section.signed_at.astimezone(timezone.utc).isoformat()
            if f"{inspection.uuid}/{section.agency}/{signed}" in legacy_sections:
                continue
            problems.append(Problem("sig.section_unsigned", name))
            continue
        if signature.kind != SECTION or signature.inspection_uuid != inspection.uuid \
                or signature.agency != section.agency:
            problems.append(Problem("sig.section_foreign", name))
            continue
        if section_hash(inspection.uuid, section_doc) != signature.sha256:
            problems.append(Problem("sig.section_changed", name))
        problems += _check_signature(session, book, signature, doc, section.signed_by_id, name)
    if locked:
        problems += _check_review(session, book, inspection, doc, legacy, where)
    return problems


def _imported_legacy(session: Session, inspection: JointInspection) -> bool:
    """An unsigned record from a workstation that did not sign yet, imported with its hash."""
    for entry in session.scalars(select(AuditEntry).where(
            AuditEntry.inspection_uuid == inspection.uuid,
            AuditEntry.action.in_(("exchange.revision_imported", "exchange.revision_replaced")))):
        new = entry.new if isinstance(entry.new, dict) else {}
        if new.get("revision") == inspection.revision and new.get("record_hash") == inspection.record_hash \
                and new.get("hash_format") == LEGACY_HASH_FORMAT:
            return True
    return False


def _check_finalization(session: Session, book: KeyBook, inspection: JointInspection, doc: dict,
                        where: dict) -> list[Problem]:
    signature = inspection.finalization_signature
    if signature is None:
        return [Problem("sig.finalization_missing", where)]
    problems = []
    if signature.kind != FINALIZATION or signature.inspection_uuid != inspection.uuid \
            or signature.revision != inspection.revision or signature.sha256 != inspection.record_hash:
        problems.append(Problem("sig.finalization_foreign", where))
    if doc.get("checkpoint") is None:
        problems.append(Problem("sig.checkpoint_missing", where))
    elif (signature.audit_id, signature.audit_hash) != (doc["checkpoint"]["id"], doc["checkpoint"]["hash"]):
        problems.append(Problem("sig.finalization_foreign", where))
    problems += _check_signature(session, book, signature, doc, inspection.finalized_by_id,
                                 {**where, "agency": "-"})
    return problems


def _check_review(session: Session, book: KeyBook, inspection: JointInspection, doc: dict,
                  legacy: LegacyRecord | None, where: dict) -> list[Problem]:
    status = Status(inspection.status)
    reviews = inspection.reviews
    if status is Status.FINALIZED:
        return [Problem("sig.review_without_status", where)] if reviews else []
    if not reviews:
        return [Problem("sig.status_without_review", {**where, "status": status.value})]
    review = reviews[-1]
    if review.outcome != status.value:
        return [Problem("sig.status_without_review", {**where, "status": status.value})]
    signature = review.signature
    if signature is None:
        if legacy is not None and legacy.status == status.value:
            return []  # reviewed before signatures existed
        return [Problem("sig.review_unsigned", where)]
    problems = []
    if signature.kind != REVIEW or signature.inspection_uuid != inspection.uuid \
            or signature.revision != inspection.revision or review_hash(doc, doc["review"]) != signature.sha256:
        problems.append(Problem("sig.review_changed", where))
    problems += _check_signature(session, book, signature, doc, review.reviewer_id, {**where, "agency": "-"})
    return problems


def _check_signature(session: Session, book: KeyBook, signature: Signature, doc: dict, signer_id: int | None,
                     name: dict) -> list[Problem]:
    """The signature itself: made by the named signer, with a key that is theirs and trusted."""
    who = {**name, "username": signature.signer.username if signature.signer else "?"}
    if signature.signer_id != signer_id:
        return [Problem("sig.wrong_signer", who)]
    row = book.row(signature.key_fingerprint)
    if row is None or row.user_id != signature.signer_id:
        return [Problem("sig.key_not_signers", who)]
    trouble = book.problem(signature.key_fingerprint)
    if trouble is not None:
        return [Problem(trouble[0], trouble[1])]
    if not keys.verify(book.public(signature.key_fingerprint), signature.value, statement_of(signature, doc)):
        return [Problem("sig.invalid", {**who, "kind": signature.kind})]
    if book.checkpoints and row.origin != "imported":  # a local signature: its checkpoint is in this chain
        entry_hash = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == signature.audit_id))
        if signature.audit_id and entry_hash != signature.audit_hash:
            return [Problem("sig.checkpoint_broken", {**who, "id": signature.audit_id})]
    return []


def require_genuine(session: Session, inspection: JointInspection) -> dict:
    """The record's document, or :class:`RecordNotGenuine` naming the first thing that does not match."""
    document = to_document(inspection)
    problems = verify_record(session, inspection, document=document)
    if problems:
        log.warning("%s rev %s refused: %s", inspection.reference, inspection.revision,
                    "; ".join(p.message("en") for p in problems))
        raise RecordNotGenuine("sig.not_genuine", reference=inspection.reference, revision=inspection.revision,
                               reason=problems[0].message(), more=len(problems) - 1)
    return document


# -- the QR code ------------------------------------------------------------------------------------

def qr_payload(document: dict, digest: str, superseded: bool = False) -> str:
    """``BCP2*REF*REV*STATUS*HASH[*KEYID*SIGNATURE]``, uppercase alphanumeric for a compact QR code.

    STATUS is one letter (:data:`STATUS_CODES`), ``S`` for a copy of a
    revision another one has replaced; HASH is the record hash in base32;
    KEYID the first 12 hex digits of the lead officer's key fingerprint;
    SIGNATURE their finalization signature in base32. A record not finalized
    carries neither (and its hash is of the content as it is now).
    """
    status = SUPERSEDED_CODE if superseded else STATUS_CODES[Status(document["status"])]
    fields = [QR_PREFIX, document["reference"], str(document["revision"]), status, b32(bytes.fromhex(digest))]
    final = document.get("finalization")
    if final is not None:
        fields += [final["key_fingerprint"][:KEY_ID_LENGTH].upper(),
                   b32(base64.b64decode(final["value"]))]
    return QR_SEPARATOR.join(fields).upper()


_QR = re.compile(r"^BCP2\*([A-Z0-9-]{1,32})\*([0-9]{1,6})\*([DICFARS])\*([A-Z2-7]{52})"
                 r"(?:\*([0-9A-F]{12})\*([A-Z2-7]{103}))?$")
_CODES = {v: k for k, v in STATUS_CODES.items()}


@dataclass(frozen=True)
class ScannedCode:
    reference: str
    revision: int
    status: Status | None  # None: the copy said the revision was superseded
    record_hash: str
    key_id: str | None
    signature: bytes | None

    @property
    def superseded(self) -> bool:
        return self.status is None

    @property
    def statement(self) -> bytes:
        return finalization_statement(self.reference, self.revision, self.record_hash)


def parse_qr(text: str) -> ScannedCode | None:
    """The fields of a report's QR code, or None if it is not one of ours."""
    match = _QR.match((text or "").strip().upper())
    if match is None:
        return None
    try:
        digest = unb32(match[4]).hex()
        signature = unb32(match[6]) if match[6] else None
    except (binascii.Error, ValueError):
        return None
    if len(digest) != 64 or (signature is not None and len(signature) != 64):
        return None
    return ScannedCode(match[1], int(match[2]), _CODES.get(match[3]), digest, match[5], signature)
