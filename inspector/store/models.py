"""The database schema as SQLAlchemy 2 typed models (SPEC §3).

One ``JointInspection`` row is one *revision* of a case: an amendment copies
the case into a new row with ``revision + 1`` and leaves the old one locked and
printable. ``uuid`` names the case across revisions, BCPs and head office.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from inspector.store.types import JSONText, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Workstation facts: its id, its BCP, when the last backup ran."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16))
    badge_number: Mapped[str | None] = mapped_column(String(32))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The user's Ed25519 signing key (migration 0004): the public half in
    # base64, the private half only encrypted under a key derived from the
    # password (a JSON envelope, see services/signatures.py), and the account
    # seal: the user's own signature over their details and password hash.
    public_key: Mapped[str | None] = mapped_column(String(64))
    private_key: Mapped[str | None] = mapped_column(Text)
    account_seal: Mapped[str | None] = mapped_column(String(128))
    # The role records name this person with, when an import made the account
    # (migration 0012): the account itself is an inactive officer whatever a
    # bundle says, so a bundle never brings a supervisor or administrator.
    record_role: Mapped[str | None] = mapped_column(String(16))

    def __repr__(self) -> str:
        return f"User({self.username!r}, {self.role}, {self.agency})"


class UserKey(Base):
    """Every public key a user ever had, with the signature that vouches for it.

    A password reset makes a new key; the old row stays (``retired_at`` set)
    so that earlier signatures remain verifiable.
    """

    __tablename__ = "user_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the raw key
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32-byte Ed25519 key
    origin: Mapped[str] = mapped_column(String(16))  # first, created, reset, upgrade, imported
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    certified_by: Mapped[str | None] = mapped_column(String(64))  # fingerprint of the vouching key
    statement: Mapped[str | None] = mapped_column(Text)  # the exact signed text
    certificate: Mapped[str | None] = mapped_column(String(128))  # base64 signature of statement

    user: Mapped[User] = relationship()


class Signature(Base):
    """An officer's electronic signature: of a section, a finalization or a review.

    ``sha256`` is the hash that was signed (section hash, record hash, review
    hash); ``audit_id``/``audit_hash`` the audit chain's head at that moment
    (a checkpoint). Append only.
    """

    __tablename__ = "signatures"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # section, finalization, review
    inspection_uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int | None] = mapped_column(Integer)
    agency: Mapped[str | None] = mapped_column(String(32))
    signer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    audit_id: Mapped[int] = mapped_column(Integer)
    audit_hash: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(128), unique=True)  # base64 of 64 bytes

    signer: Mapped[User] = relationship()


class LegacyRecord(Base):
    """A record finalized before signatures existed, as listed by migration 0004."""

    __tablename__ = "legacy_records"

    inspection_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    record_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))


class FrozenChecklist(Base):
    """A checklist definition as it was when first used, kept forever."""

    __tablename__ = "checklist_definitions"
    __table_args__ = (UniqueConstraint("checklist_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    # Read only when a definition is first needed (then cached by its hash): not with every answer.
    definition: Mapped[dict] = mapped_column(JSONText, deferred=True)
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReferenceCounter(Base):
    """The last number given per BCP and year: ``FRB-2026-000042``."""

    __tablename__ = "reference_counters"

    bcp_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class JointInspection(Base):
    __tablename__ = "inspections"
    __table_args__ = (
        UniqueConstraint("uuid", "revision"),
        Index("ix_inspections_current_arrived", "is_current", "arrived_at"),
        Index("ix_inspections_reference", "reference"),
        Index("ix_inspections_tractor_plate", "tractor_plate"),
        Index("ix_inspections_trailer_plate", "trailer_plate"),
        Index("ix_inspections_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    reference: Mapped[str] = mapped_column(String(32))
    bcp_code: Mapped[str] = mapped_column(String(8))
    direction: Mapped[str] = mapped_column(String(16))
    procedure: Mapped[str] = mapped_column(String(24))
    risk_lane: Mapped[str | None] = mapped_column(String(8))
    declaration_ref: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    tractor_plate: Mapped[str | None] = mapped_column(String(40))
    trailer_plate: Mapped[str | None] = mapped_column(String(40))
    vehicle_country: Mapped[str | None] = mapped_column(String(2))
    transit_route: Mapped[str | None] = mapped_column(String(200))
    transit_exit_bcp: Mapped[str | None] = mapped_column(String(8))
    transit_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision: Mapped[str | None] = mapped_column(String(24))
    decision_note: Mapped[str | None] = mapped_column(Text)
    decision_confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lead_officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finalized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finalized_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    record_hash: Mapped[str | None] = mapped_column(String(64))
    amendment_reason: Mapped[str | None] = mapped_column(Text)
    amended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # How the record hash is computed: 1 before signatures (migration 0004), 2 since.
    hash_format: Mapped[int] = mapped_column(Integer, default=2)
    # The audit chain's head when the record was finalized (inside the record hash).
    finalized_audit_id: Mapped[int | None] = mapped_column(Integer)
    finalized_audit_hash: Mapped[str | None] = mapped_column(String(64))
    finalization_signature_id: Mapped[int | None] = mapped_column(ForeignKey("signatures.id"))

    drivers: Mapped[list[Driver]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Driver.position")
    documents: Mapped[list[Document]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Document.position")
    cargo: Mapped[list[CargoLine]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="CargoLine.position")
    seals: Mapped[list[Seal]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Seal.position")
    sections: Mapped[list[AgencySection]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="AgencySection.id")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Attachment.id")
    reviews: Mapped[list[Review]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Review.id")

    lead_officer: Mapped[User | None] = relationship(foreign_keys=[lead_officer_id])
    decision_confirmed_by: Mapped[User | None] = relationship(foreign_keys=[decision_confirmed_by_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    finalized_by: Mapped[User | None] = relationship(foreign_keys=[finalized_by_id])
    amended_by: Mapped[User | None] = relationship(foreign_keys=[amended_by_id])
    finalization_signature: Mapped[Signature | None] = relationship(foreign_keys=[finalization_signature_id])

    def section(self, agency: str) -> AgencySection | None:
        return next((s for s in self.sections if s.agency == agency), None)

    def __repr__(self) -> str:
        return f"JointInspection({self.reference!r} rev {self.revision}, {self.status})"


class Driver(Base):
    __tablename__ = "drivers"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name_latin: Mapped[str] = mapped_column(String(200))
    name_original: Mapped[str | None] = mapped_column(String(200))
    passport_number: Mapped[str | None] = mapped_column(String(32))
    nationality: Mapped[str | None] = mapped_column(String(2))

    inspection: Mapped[JointInspection] = relationship(back_populates="drivers")


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64), index=True)
    issuer: Mapped[str | None] = mapped_column(String(200))
    issued_on: Mapped[date | None] = mapped_column(Date)

    inspection: Mapped[JointInspection] = relationship(back_populates="documents")


class CargoLine(Base):
    __tablename__ = "cargo_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(500))
    hs_code: Mapped[str] = mapped_column(String(10), index=True)
    packages: Mapped[int | None] = mapped_column(Integer)
    gross_mass_kg: Mapped[float | None] = mapped_column(Float)
    origin_country: Mapped[str | None] = mapped_column(String(2))
    consignor: Mapped[str | None] = mapped_column(String(200))
    consignee: Mapped[str | None] = mapped_column(String(200))

    inspection: Mapped[JointInspection] = relationship(back_populates="cargo")


class Seal(Base):
    __tablename__ = "seals"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    new_number: Mapped[str | None] = mapped_column(String(64))
    affixed_by: Mapped[str | None] = mapped_column(String(200))

    inspection: Mapped[JointInspection] = relationship(back_populates="seals")


class AgencySection(Base):
    __tablename__ = "agency_sections"
    __table_args__ = (UniqueConstraint("inspection_id", "agency"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    agency: Mapped[str] = mapped_column(String(32))
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist_definitions.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision: Mapped[str | None] = mapped_column(String(24))
    remarks: Mapped[str | None] = mapped_column(Text)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signature_sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment_blobs.sha256"))
    returned_comment: Mapped[str | None] = mapped_column(Text)
    e_signature_id: Mapped[int | None] = mapped_column(ForeignKey("signatures.id"))

    inspection: Mapped[JointInspection] = relationship(back_populates="sections")
    e_signature: Mapped[Signature | None] = relationship(foreign_keys=[e_signature_id])
    checklist: Mapped[FrozenChecklist] = relationship()
    officer: Mapped[User | None] = relationship(foreign_keys=[officer_id])
    signed_by: Mapped[User | None] = relationship(foreign_keys=[signed_by_id])
    answers: Mapped[list[Answer]] = relationship(
        back_populates="section", cascade="all, delete-orphan", order_by="Answer.id")

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("section_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("agency_sections.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[object | None] = mapped_column(JSONText)
    note: Mapped[str | None] = mapped_column(Text)
    photos: Mapped[list | None] = mapped_column(JSONText)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    section: Mapped[AgencySection] = relationship(back_populates="answers")


class AttachmentBlob(Base):
    """File content, stored once by its SHA-256 whatever refers to it."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Attachment(Base):
    """A photo or scan as part of one inspection revision."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blobs.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    caption: Mapped[str | None] = mapped_column(String(500))
    agency: Mapped[str | None] = mapped_column(String(32))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    inspection: Mapped[JointInspection] = relationship(back_populates="attachments")
    blob: Mapped[AttachmentBlob] = relationship()


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str | None] = mapped_column(Text)
    agencies: Mapped[list | None] = mapped_column(JSONText)
    remarks: Mapped[list | None] = mapped_column(JSONText)  # [{agency, item, remark}]
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signature_id: Mapped[int | None] = mapped_column(ForeignKey("signatures.id"))

    inspection: Mapped[JointInspection] = relationship(back_populates="reviews")
    reviewer: Mapped[User] = relationship()
    signature: Mapped[Signature | None] = relationship()


class AuditEntry(Base):
    """One change, chained to the previous entry by hash (append only)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    inspection_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    old: Mapped[object | None] = mapped_column(JSONText)
    new: Mapped[object | None] = mapped_column(JSONText)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ImportedAuditEntry(Base):
    """An audit entry of another workstation's chain, brought by a bundle or a sync (migration 0013).

    Kept verbatim (its id, hash and link in the chain it was written in), so
    its hash can still be checked; never part of this database's own chain.
    ``(origin, origin_id)`` names it once: a second import adds nothing.
    """

    __tablename__ = "imported_audit"
    __table_args__ = (UniqueConstraint("origin", "origin_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(64))  # the workstation (id) whose chain it belongs to
    origin_id: Mapped[int] = mapped_column(Integer)  # its id in that chain
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)  # the origin's account id (part of the hash)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    inspection_uuid: Mapped[str] = mapped_column(String(36), index=True)
    old: Mapped[object | None] = mapped_column(JSONText)
    new: Mapped[object | None] = mapped_column(JSONText)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_in: Mapped[str] = mapped_column(String(200))  # the bundle (uuid) or sync that brought it
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class TrustedKey(Base):
    """The public key of another workstation whose bundles this database accepts."""

    __tablename__ = "trusted_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the raw key
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32-byte Ed25519 key
    name: Mapped[str] = mapped_column(String(200))
    workstation_id: Mapped[str | None] = mapped_column(String(64))
    bcp_code: Mapped[str | None] = mapped_column(String(8))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[str] = mapped_column(String(64))
    # Head office's key (migration 0012): its bundles may bring reviews of cases others own.
    head_office: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class CaseOrigin(Base):
    """The workstation a case was made on: the only one that may change it through an exchange.

    ``changes`` is the owner's change counter last accepted here: copies of a
    case are ordered by revision and this counter, never by clocks. A case
    made here has no row (this workstation owns it).
    """

    __tablename__ = "case_origins"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    workstation_id: Mapped[str] = mapped_column(String(64), index=True)
    workstation_code: Mapped[str | None] = mapped_column(String(2))
    bcp_code: Mapped[str | None] = mapped_column(String(8))
    key_fingerprint: Mapped[str | None] = mapped_column(String(64))
    changes: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ExchangeConflict(Base):
    """An incoming copy of a locked revision that differs from ours, kept for a supervisor."""

    __tablename__ = "exchange_conflicts"
    __table_args__ = (UniqueConstraint("uuid", "revision", "incoming_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    local_sha256: Mapped[str | None] = mapped_column(String(64))
    incoming_sha256: Mapped[str] = mapped_column(String(64))  # SHA-256 of the canonical document
    document: Mapped[dict] = mapped_column(JSONText)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str | None] = mapped_column(Text)
