"""``inspector check``: is the database sound and untampered? (SPEC §9)

Verified: SQLite's own integrity check; the audit trail's hash chain; every
revision against its record hash and signatures
(:func:`signatures.verify_record`); every signature's checkpoint against the
chain (so a rewritten or cut-off trail shows); every account's seal and key;
the list of records from before signatures; and the audit trail replayed
against each case's current answers and decisions
(:mod:`inspector.services.replay`). docs/reliability.md says what stays out of
reach.

``check --quick`` is the daily one: SQLite's quick_check, the schema, the
accounts, the head of the audit chain (the entries of the last days, each
hash and link, and the link to the entry before them) and every revision of
the records those entries touched, checked as the full check does.
"""

from __future__ import annotations

import gc
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from inspector.domain import clock
from inspector.domain.enums import LOCKED_STATUSES
from inspector.domain.i18n import tr
from inspector.services import keys, replay, signatures
from inspector.services.audit import GENESIS, entry_hash, verify_chain, verify_imported
from inspector.services.documents import to_document
from inspector.store.database import Database
from inspector.store.schema_check import check_schema
from inspector.store.models import (
    AgencySection,
    Attachment,
    AttachmentBlob,
    AuditEntry,
    JointInspection,
    LegacyRecord,
    Review,
    Signature,
    User,
    UserKey,
)


@dataclass(frozen=True)
class Finding:
    key: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    audit_entries: int = 0
    locked_records: int = 0
    records: int = 0
    signatures: int = 0
    legacy_records: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings


#: the days ``check --quick`` looks back by default
QUICK_DAYS = 7


def run(db: Database, *, quick: bool = False, days: int = QUICK_DAYS) -> CheckReport:
    """The whole check; ``quick``: the daily one over the last ``days`` days (see above)."""
    report = CheckReport()
    with db.read_session() as session:
        if db.is_sqlite:
            pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
            results = [row[0] for row in session.execute(text(pragma))]
            if results != ["ok"]:
                report.findings.append(Finding("check.integrity", {"detail": "; ".join(results[:5])}))
                return report
        schema = [Finding(p.key, p.params) for p in check_schema(session.connection())]
        report.findings += schema
        if any(f.key == "check.schema_table_missing" for f in schema):
            return report  # the checks below read those tables
        if quick:
            touched = _check_chain_head(session, report, clock.now_utc() - timedelta(days=days))
        else:
            for brk in verify_chain(session):
                report.findings.append(Finding(brk.reason, {"id": brk.entry_id}))
            for brk in verify_imported(session):  # other workstations' entries (exchange/audit_trail.py)
                report.findings.append(Finding(brk.reason, {"id": brk.entry_id}))
            report.audit_entries = session.scalar(text("SELECT count(*) FROM audit_log")) or 0
    with db.read_session() as session:
        _check_accounts(session, report)
        if not quick:
            _check_legacy_list(session, report)
            _check_checkpoints(session, report)
    if quick:
        if touched:
            _check_records(db, report, uuids=touched)
    else:
        _check_records(db, report)
    return report


def _check_chain_head(session, report: CheckReport, since: datetime, batch: int = 2000) -> set[str]:
    """The audit entries from ``since`` on, newest first: each hash, each link, no id missing,
    and the link to the entry before them. Returns the cases they touched (uuids)."""
    touched: set[str] = set()
    newer: AuditEntry | None = None  # the entry checked just before (the next one in the chain)
    upper = None
    while True:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(batch)
        if upper is not None:
            query = query.where(AuditEntry.id < upper)
        rows = session.scalars(query).all()
        for entry in rows:
            if newer is not None:
                if entry.id != newer.id - 1:
                    report.findings.append(Finding("audit.gap", {"id": newer.id}))
                if newer.prev_hash != entry.hash:
                    report.findings.append(Finding("audit.link_broken", {"id": newer.id}))
            if entry_hash(entry) != entry.hash:
                report.findings.append(Finding("audit.hash_mismatch", {"id": entry.id}))
            report.audit_entries += 1
            if entry.at < since:  # the entry before the period: its hash and the link to it are checked
                return touched
            if entry.inspection_uuid:
                touched.add(entry.inspection_uuid)
            newer = entry
        if len(rows) < batch:
            if newer is not None and (newer.id != 1 or newer.prev_hash != GENESIS):
                report.findings.append(Finding("audit.gap" if newer.id != 1 else "audit.link_broken",
                                               {"id": newer.id}))
            return touched
        upper = rows[-1].id
        session.expunge_all()


# Everything to_document() and the signature checks read, loaded a batch at a time (photo bytes excluded).
_DOCUMENT_LOADS = (
    selectinload(JointInspection.drivers), selectinload(JointInspection.documents),
    selectinload(JointInspection.cargo), selectinload(JointInspection.seals),
    selectinload(JointInspection.sections).selectinload(AgencySection.answers),
    selectinload(JointInspection.sections).selectinload(AgencySection.e_signature)
    .selectinload(Signature.signer),
    selectinload(JointInspection.attachments).selectinload(Attachment.blob)
    .load_only(AttachmentBlob.sha256, AttachmentBlob.media_type, AttachmentBlob.size),
    selectinload(JointInspection.reviews).selectinload(Review.signature).selectinload(Signature.signer),
    selectinload(JointInspection.finalization_signature).selectinload(Signature.signer),
)


def _check_records(db: Database, report: CheckReport, batch: int = 500, uuids: set[str] | None = None) -> None:
    """Every revision (or those of the cases ``uuids``) against its hash and signatures;
    each case's current revision against its audit trail."""
    last = 0
    wanted = sorted(uuids) if uuids is not None else None
    while True:
        # Thousands of short-lived ORM objects per batch: the cyclic garbage
        # collector would spend more time than the check itself.
        gc.disable()
        try:
            with db.read_session() as session:
                if wanted is None:
                    rows = session.scalars(
                        select(JointInspection).options(*_DOCUMENT_LOADS)
                        .where(JointInspection.id > last).order_by(JointInspection.id).limit(batch)).all()
                else:  # a batch of cases at a time, on the (uuid, revision) index
                    chunk, wanted = wanted[:batch], wanted[batch:]
                    rows = session.scalars(
                        select(JointInspection).options(*_DOCUMENT_LOADS)
                        .where(JointInspection.uuid.in_(chunk)).order_by(JointInspection.id)).all() \
                        if chunk else []
                if not rows:
                    if wanted:  # (cases of entries whose records are gone: the replay is the full check's)
                        continue
                    return
                book = signatures.KeyBook(session, checkpoints=False)
                current_uuids = {i.uuid for i in rows if i.is_current}
                trail = replay.entries_for(session, current_uuids) if current_uuids else {}
                agencies = replay.section_agencies(session, current_uuids) if current_uuids else {}
                for inspection in rows:
                    report.records += 1
                    if inspection.status in LOCKED_VALUES:
                        report.locked_records += 1
                    for problem in signatures.verify_record(session, inspection, book, to_document(inspection)):
                        report.findings.append(Finding(problem.key, problem.params))
                    if inspection.is_current:
                        for difference in replay.replay(inspection, trail.get(inspection.uuid, []), agencies):
                            report.findings.append(Finding(difference.key, difference.params))
                last = rows[-1].id
        finally:
            gc.enable()
        gc.collect(1)


LOCKED_VALUES = frozenset(s.value for s in LOCKED_STATUSES)


def _check_checkpoints(session, report: CheckReport) -> None:
    """Each signature made here pins an audit entry: it must still be there, with the same hash."""
    last = session.scalar(select(func.max(AuditEntry.id))) or 0
    report.signatures = session.scalar(select(func.count()).select_from(Signature)) or 0
    rows = session.execute(
        select(Signature.audit_id, Signature.audit_hash, AuditEntry.hash, Signature.inspection_uuid,
               Signature.kind)
        .join(UserKey, UserKey.fingerprint == Signature.key_fingerprint)
        .outerjoin(AuditEntry, AuditEntry.id == Signature.audit_id)
        .where(UserKey.origin != "imported", Signature.audit_id > 0,
               (AuditEntry.hash.is_(None)) | (AuditEntry.hash != Signature.audit_hash))
        .order_by(Signature.audit_id))
    cut = broken = None
    for audit_id, _expected, actual, _uuid, _kind in rows:
        if actual is None and audit_id > last:
            cut = max(cut or 0, audit_id)
        elif broken is None:
            broken = audit_id
    if cut is not None:
        report.findings.append(Finding("sig.audit_cut", {"last": last, "id": cut}))
    if broken is not None:
        report.findings.append(Finding("sig.checkpoint_broken", {"reference": "-", "revision": "-",
                                                                 "agency": "-", "username": "-", "id": broken}))


def _check_accounts(session, report: CheckReport) -> None:
    """Every account's seal (details and password hash) and key, and every key's voucher."""
    book = signatures.KeyBook(session)
    upgraded = _upgrade_entry(session)
    accounts = upgraded.get("accounts") or {} if upgraded else {}
    for user in session.scalars(select(User).order_by(User.id)):
        if user.public_key is None:
            if user.password_hash is not None and \
                    accounts.get(user.username) != keys.password_digest(user.password_hash):
                report.findings.append(Finding("sig.account_keyless", {"username": user.username}))
            continue
        newest = session.scalar(select(UserKey).where(UserKey.user_id == user.id, UserKey.retired_at.is_(None))
                                .order_by(UserKey.id.desc()).limit(1))
        if newest is None or newest.public_key != user.public_key:
            report.findings.append(Finding("sig.account_key_mismatch", {"username": user.username}))
            continue
        if user.password_hash is not None and not keys.account_sealed(user):
            report.findings.append(Finding("sig.account_changed", {"username": user.username}))
    for row in session.scalars(select(UserKey).order_by(UserKey.id)):
        trouble = book.problem(row.fingerprint)
        if trouble is not None:
            report.findings.append(Finding(*trouble))


def _upgrade_entry(session) -> dict | None:
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == signatures.UPGRADE_ACTION)
                           .order_by(AuditEntry.id).limit(1))
    return entry.new if entry is not None and isinstance(entry.new, dict) else None


def legacy_digest(rows) -> str:
    """As migration 0004 recorded it: SHA-256 of the sorted ``id:uuid:revision:record_hash:status`` lines."""
    lines = sorted(f"{r.inspection_id}:{r.uuid}:{r.revision}:{r.record_hash}:{r.status}\n" for r in rows)
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def _check_legacy_list(session, report: CheckReport) -> None:
    rows = list(session.scalars(select(LegacyRecord)))
    report.legacy_records = len(rows)
    upgraded = _upgrade_entry(session)
    recorded = (upgraded or {}).get("legacy_digest")
    if (rows or recorded is not None) and (recorded is None or recorded != legacy_digest(rows)
                                           or upgraded.get("legacy_records") != len(rows)):
        report.findings.append(Finding("sig.legacy_list_changed", {}))
