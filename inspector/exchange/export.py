"""``inspector export``: the records of this database as a signed bundle, streamed.

Records are read a batch of cases at a time (keyset paging on the uuid),
turned into documents, written to the zip one member at a time and dropped
from the session, so memory does not grow with the number of records. What
does grow is small and unavoidable with a zip: one central-directory entry
and one manifest line per member.

Layout of a bundle (see docs/exchange.md)::

    records/<uuid>/<revision>.json    one bcp-inspection/1 document per revision
    audit/<uuid>.json                 bcp-audit/1: the case's entries of this workstation's audit chain
    attachments/<sha256>              photos, scans and drawn signatures, by content
    checklists/<id>@<version>.json    the frozen checklist definitions the records use
    manifest.json                     bcp-bundle/1: who, when, and the SHA-256 of every member
    manifest.sig                      Ed25519 signature of manifest.json's bytes
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import uuid as uuidlib
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session, load_only, selectinload

from inspector import __version__
from inspector.domain.clock import BCP_TIME_ZONE, iso, local, now_utc
from inspector.domain.enums import Status
from inspector.exchange.files import atomic_output
from inspector.exchange.keys import Keystore, encode_public_key, workstation_id
from inspector.exchange.manifest import Manifest, Member, member_line, signed_digest
from inspector.exchange.ownership import owners
from inspector.exchange.plain import Loader
from inspector.exchange.records import blob_refs
from inspector.exchange import audit_trail, user_keys
from inspector.exchange.safety import KEYS, MANIFEST, SIGNATURE
from inspector.exchange.zipstream import StreamingZipFile
from inspector.services.documents import canonical_json, to_document
from inspector.services.inspections import workstation_bcp, workstation_code
from inspector.store.database import Database
from inspector.store.models import (
    AgencySection,
    Attachment,
    AttachmentBlob,
    AuditEntry,
    CaseOrigin,
    FrozenChecklist,
    JointInspection,
    Review,
    Signature,
)

log = logging.getLogger(__name__)

BATCH = 50  # cases per query: a few megabytes of rows and documents at a time


@dataclass
class Selection:
    """Which records: changed since a day (in the BCP's time), current status among some."""

    since: date | None = None
    statuses: tuple[Status, ...] = ()
    origin: str | None = None  # only the cases this workstation (id) owns: head office's bundle for a BCP

    def to_json(self) -> dict:
        data = {"since": self.since.isoformat() if self.since else None,
                "statuses": [s.value for s in self.statuses]}
        if self.origin:
            data["origin"] = self.origin
        return data


@dataclass
class ExportSummary:
    path: Path
    records: int = 0
    revisions: int = 0
    attachments: int = 0
    checklists: int = 0
    audit_entries: int = 0
    fingerprint: str = ""


class BundleWriter:
    """Writes members one at a time and, at the end, the manifest and its signature."""

    def __init__(self, handle: BinaryIO, keystore: Keystore, manifest: Manifest) -> None:
        self.archive = StreamingZipFile(handle)
        self.keystore = keystore
        self.manifest = manifest
        moment = local(now_utc())
        self._date_time = (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute,
                           moment.second)
        self._lines = tempfile.TemporaryFile()  # the manifest's member lines, spooled to disk
        self._shared: set[str] = set()  # attachments and checklists, written once each

    def add(self, name: str, data: bytes, *, compress: bool = True, updated_at: datetime | None = None,
            changes: int | None = None, origin: str | None = None) -> None:
        self.archive.writestr(self._info(name, compress=compress), data)
        self.archive.spool()
        if not name.startswith("records/"):
            self._shared.add(name)
        self._lines.write(member_line(Member(name, len(data), hashlib.sha256(data).hexdigest(), updated_at,
                                             changes, origin)))
        self._lines.write(b"\n")

    def add_record(self, document: dict, updated_at: datetime, changes: int | None = None,
                   origin: str | None = None) -> None:
        name = f"records/{document['uuid']}/{document['revision']}.json"
        self.add(name, canonical_json(document).encode("utf-8"), updated_at=updated_at, changes=changes,
                 origin=origin)

    def add_attachment(self, sha256: str, data: bytes) -> None:
        # Photos and PDFs are compressed already: storing them is as small and much faster.
        self.add(f"attachments/{sha256}", data, compress=False)

    def add_checklist(self, checklist_id: str, version: str, definition: dict) -> None:
        self.add(f"checklists/{checklist_id}@{version}.json", canonical_json(definition).encode("utf-8"))

    def has(self, name: str) -> bool:
        """Whether an attachment or checklist member is in the bundle already."""
        return name in self._shared

    def abandon(self) -> None:
        self._lines.close()
        try:
            self.archive.close()
        except (OSError, ValueError):
            pass

    def close(self) -> None:
        """Write manifest.json and the signature of its SHA-256, then the central directory."""
        self._lines.seek(0)
        digest = hashlib.sha256()
        info = self._info(MANIFEST, compress=True)
        with self.archive.open(info, "w") as member:
            self.manifest.write(_Hashing(member, digest), self._lines)
        self._lines.close()
        self.archive.writestr(self._info(SIGNATURE, compress=True), self.keystore.sign(signed_digest(digest)))
        self.archive.close()

    def _info(self, name: str, *, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
        return info


class _Hashing:
    """A writable stream that also feeds a hash."""

    def __init__(self, out, digest) -> None:
        self.out, self.digest = out, digest

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.out.write(data)


def new_manifest(session: Session, keystore: Keystore, selection: Selection | None = None) -> Manifest:
    return Manifest(bundle=str(uuidlib.uuid4()), created_at=iso(now_utc()), bcp=workstation_bcp(session),
                    workstation_id=workstation_id(session), public_key=encode_public_key(keystore.public_key()),
                    fingerprint=keystore.fingerprint(), software=f"BCP Inspector {__version__}",
                    workstation_code=workstation_code(session),
                    selection=(selection or Selection()).to_json())


def export_bundle(db: Database, target: Path, *, keystore: Keystore | None = None,
                  selection: Selection | None = None, batch: int = BATCH,
                  progress: Callable[[int, int], None] | None = None) -> ExportSummary:
    """Write the selected records (every revision of each) to ``target``, atomically."""
    keystore = keystore or Keystore()
    selection = selection or Selection()
    with db.session() as session:  # the workstation id is made on first use
        manifest = new_manifest(session, keystore, selection)
    summary = ExportSummary(Path(target), fingerprint=manifest.fingerprint)
    with atomic_output(Path(target)) as handle, db.read_session() as session:
        _one_snapshot(session)
        total = session.scalar(select(func.count()).select_from(_cases(selection).subquery())) or 0
        writer = BundleWriter(handle, keystore, manifest)
        loader = Loader(session)
        try:
            for uuids in _pages(session, selection, batch):
                _write_batch(session, writer, loader, uuids, summary)
                if progress:
                    progress(summary.records, total)
            manifest.counts = {"records": summary.records, "revisions": summary.revisions,
                               "attachments": summary.attachments, "checklists": summary.checklists,
                               "audit_entries": summary.audit_entries}
            writer.add(KEYS, user_keys.to_json(session))
            writer.close()
        except BaseException:
            writer.abandon()  # the temporary file is removed; no bundle is left
            raise
    log.info("exported %d records (%d revisions) to %s", summary.records, summary.revisions, target)
    return summary


def _one_snapshot(session: Session) -> None:
    """Every batch sees the database as it was when the export began.

    SQLite's read transaction already does (WAL); PostgreSQL needs REPEATABLE
    READ, or a record changed at head office mid-export could be read half old.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _write_batch(session: Session, writer: BundleWriter, loader: Loader, uuids: list[str],
                 summary: ExportSummary) -> None:
    """One page of cases, every revision (read as plain rows); nothing of it stays in memory afterwards."""
    known = owners(session, uuids, writer.manifest.workstation_id)
    for inspection in loader.revisions(uuids):
        _write_revision(session, writer, inspection, summary, *known[inspection.uuid])
    for uuid, entries in audit_trail.local_entries(session, uuids).items():
        writer.add(audit_trail.member_name(uuid), audit_trail.to_bytes(uuid, writer.manifest.workstation_id, entries))
        summary.audit_entries += len(entries)
    summary.records += len(uuids)
    session.expunge_all()


def _write_revision(session: Session, writer: BundleWriter, inspection,
                    summary: ExportSummary, origin: str | None = None, changes: int | None = None) -> None:
    document = to_document(inspection)
    for section in inspection.sections:
        frozen = section.checklist
        if not writer.has(f"checklists/{frozen.checklist_id}@{frozen.version}.json"):
            writer.add_checklist(frozen.checklist_id, frozen.version, frozen.definition)
            summary.checklists += 1
    for digest in sorted(blob_refs(document)):
        if not writer.has(f"attachments/{digest}"):
            data = session.scalar(select(AttachmentBlob.data).where(AttachmentBlob.sha256 == digest))
            writer.add_attachment(digest, data)
            summary.attachments += 1
    writer.add_record(document, inspection.updated_at, changes, origin)
    summary.revisions += 1


def _cases(selection: Selection):
    """The uuids of the selected cases (by their current revision)."""
    query = select(JointInspection.uuid).where(JointInspection.is_current.is_(True))
    if selection.statuses:
        query = query.where(JointInspection.status.in_([s.value for s in selection.statuses]))
    if selection.since is not None:
        start = datetime.combine(selection.since, time(0), BCP_TIME_ZONE)
        # Any audited change counts: an answer, a signature, a review, an import.
        changed = select(AuditEntry.inspection_uuid).where(AuditEntry.at >= start,
                                                           AuditEntry.inspection_uuid.is_not(None))
        query = query.where(JointInspection.uuid.in_(changed))
    if selection.origin is not None:
        query = query.where(JointInspection.uuid.in_(
            select(CaseOrigin.uuid).where(CaseOrigin.workstation_id == selection.origin)))
    return query


DOCUMENT_LOADING = (
    selectinload(JointInspection.drivers),
    selectinload(JointInspection.documents),
    selectinload(JointInspection.cargo),
    selectinload(JointInspection.seals),
    selectinload(JointInspection.sections).selectinload(AgencySection.answers),
    selectinload(JointInspection.sections).selectinload(AgencySection.checklist),
    selectinload(JointInspection.sections).selectinload(AgencySection.officer),
    selectinload(JointInspection.sections).selectinload(AgencySection.signed_by),
    selectinload(JointInspection.attachments).selectinload(Attachment.blob).options(
        load_only(AttachmentBlob.sha256, AttachmentBlob.media_type, AttachmentBlob.size)),
    selectinload(JointInspection.reviews).selectinload(Review.reviewer),
    # The signatures documents show (each with its signer): lazily, they were a query each.
    selectinload(JointInspection.reviews).selectinload(Review.signature).selectinload(Signature.signer),
    selectinload(JointInspection.sections).selectinload(AgencySection.e_signature).selectinload(Signature.signer),
    selectinload(JointInspection.finalization_signature).selectinload(Signature.signer),
    selectinload(JointInspection.lead_officer),
    selectinload(JointInspection.decision_confirmed_by),
    selectinload(JointInspection.created_by),
    selectinload(JointInspection.finalized_by),
    selectinload(JointInspection.amended_by),
)


def revisions_of(session: Session, uuids: Iterable[str]) -> list[JointInspection]:
    """Every revision of these cases, oldest first, with what their documents need."""
    return list(session.scalars(
        select(JointInspection).where(JointInspection.uuid.in_(list(uuids)))
        .order_by(JointInspection.uuid, JointInspection.revision).options(*DOCUMENT_LOADING)))


def _pages(session: Session, selection: Selection, batch: int) -> Iterator[list[str]]:
    """The selected uuids, a page at a time (keyset paging: no OFFSET scans)."""
    last = ""
    while True:
        uuids = list(session.scalars(_cases(selection).where(JointInspection.uuid > last)
                                     .order_by(JointInspection.uuid).limit(batch)))
        if not uuids:
            return
        yield uuids
        last = uuids[-1]


def frozen_definition(session: Session, checklist_id: str, version: str) -> dict | None:
    row = session.scalar(select(FrozenChecklist).where(FrozenChecklist.checklist_id == checklist_id,
                                                       FrozenChecklist.version == version))
    return dict(row.definition) if row is not None else None
