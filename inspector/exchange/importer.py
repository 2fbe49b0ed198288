"""``inspector import``: verify a bundle whole, then merge it in one transaction.

Nothing is written until :func:`~inspector.exchange.verify.verify_bundle`
has accepted every member. The merge then takes each document as checked
(spooled by the verification to a private temporary file, never read from the
bundle again: the file may sit on a USB stick that changes under us); files
and checklists it reads from the bundle again are re-checked against their
hashes. Any failure rolls the whole transaction back, leaving the database as
it was.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from inspector.domain.enums import Role
from inspector.domain.errors import PermissionDenied
from inspector.exchange import safety, trust, user_keys
from inspector.exchange.errors import BundleRejected
from inspector.exchange.keys import Keystore
from inspector.exchange.merge import EXPUNGE_EVERY, Merger, MergeSummary, lock_for_merge
from inspector.exchange.verify import VerifiedBundle, hashed, load_json, open_archive, verify_bundle
from inspector.services import audit
from inspector.store.database import Database
from inspector.store.models import User

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    bundle: str
    source: str
    signer: str
    merge: MergeSummary = field(default_factory=MergeSummary)


def import_bundle(db: Database, path: Path, *, actor: User | None, keystore: Keystore | None = None,
                  limits: safety.Limits = safety.DEFAULT_LIMITS,
                  progress: Callable[[int, int], None] | None = None) -> ImportSummary:
    """Import a bundle; raises BundleRejected (database unchanged) if anything is wrong.

    ``actor`` must be a logged-in administrator or supervisor: whoever can use
    the operating system account can sign a bundle with the workstation key,
    so a person answers for every import.
    """
    if actor is None:
        raise PermissionDenied("exchange.import_needs_login")
    if Role(actor.role) not in (Role.ADMIN, Role.SUPERVISOR) or not actor.active:
        raise PermissionDenied("exchange.import_role")
    verified = verify_bundle(db, Path(path), keystore=keystore or Keystore(), limits=limits)
    summary = ImportSummary(verified.manifest.bundle, verified.source, verified.signer)
    try:
        return _merge(db, Path(path), verified, summary, actor, limits, progress)
    finally:
        verified.close()


def _merge(db: Database, path: Path, verified: VerifiedBundle, summary: ImportSummary, actor: User,
           limits: safety.Limits, progress: Callable[[int, int], None] | None) -> ImportSummary:
    handle, archive = open_archive(path, limits)
    with handle, archive, db.session() as session:
        lock_for_merge(session)
        reader = _Reader(archive, verified, limits)
        merger = Merger(session, source=verified.source, actor=actor, sender=verified.sender,
                        blob_source=reader.blob, checklist_source=reader.checklist)
        cases = _cases(verified)
        for done, entries in enumerate(cases, 1):
            if (done - 1) % EXPUNGE_EVERY == 0:
                merger.prefetch([(e[0].uuid, e[0].reference) for e in cases[done - 1:done - 1 + EXPUNGE_EVERY]])
            merger.merge_case([(reader.document(e), e.updated_at) for e in entries], entries[-1].changes,
                              entries[-1].origin, reader.audit(entries[0].uuid),
                              plain=all(e.plain for e in entries))
            if progress:
                progress(done, len(cases))
        merger.flush()
        merger.summary.audit_refused += verified.audit_refused
        summary.merge = merger.summary
        session.flush()
        user_keys.store(session, verified.user_keys, actor, verified.source)
        trust.bind_workstation(session, actor, verified.signer, verified.manifest.workstation_id)
        audit.record(session, actor, "exchange.bundle_imported", "bundle", verified.manifest.bundle,
                     new={"file": Path(path).name, "source": verified.source, "signer": verified.signer,
                          **merger.summary.to_json(), **_audit_digest(merger)})
    log.info("imported %s from %s: %s", path, verified.source, summary.merge.to_json())
    return summary


def _audit_digest(merger: Merger) -> dict:
    """The imported audit entries an import added, anchored in the local chain (audit_trail.digest)."""
    return {"audit_sha256": merger.audit_digest.hexdigest()} if merger.summary.audit_imported else {}


def _cases(verified: VerifiedBundle) -> list[list]:
    cases: list[list] = []
    for entry in verified.records:
        if cases and cases[-1][0].uuid == entry.uuid:
            cases[-1].append(entry)
        else:
            cases.append([entry])
    return cases


class _Reader:
    """Members read again for the merge, each re-checked against the verified manifest."""

    def __init__(self, archive: zipfile.ZipFile, verified: VerifiedBundle, limits: safety.Limits) -> None:
        self.archive, self.verified, self.limits = archive, verified, limits

    def _bytes(self, name: str, limit: int) -> bytes:
        member = self.verified.members.get(name)
        if member is None:
            raise BundleRejected("exchange.member_missing", name=safety.shown(name))
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            raise BundleRejected("exchange.member_missing", name=safety.shown(name)) from None
        return hashed(self.archive, info, member, limit)

    def document(self, entry) -> dict:
        return self.verified.spooled(entry.offset)

    def audit(self, uuid: str) -> list[dict] | None:
        offset = self.verified.audit.get(uuid)
        return None if offset is None else self.verified.spooled(offset)

    def blob(self, digest: str) -> bytes:
        return self._bytes(f"attachments/{digest}", self.limits.max_attachment)

    def checklist(self, checklist_id: str, version: str) -> dict | None:
        name = f"checklists/{checklist_id}@{version}.json"
        if name not in self.verified.members:
            return None
        return load_json(self._bytes(name, self.limits.max_checklist), name)
