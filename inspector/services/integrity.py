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

from types import SimpleNamespace

from sqlalchemy import func, select, text
from sqlalchemy.orm import undefer

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
    Answer,
    Attachment,
    AttachmentBlob,
    AuditEntry,
    CargoLine,
    Document,
    Driver,
    FrozenChecklist,
    JointInspection,
    LegacyRecord,
    Review,
    Seal,
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
    # Millions of short-lived rows, none in a reference cycle: the cyclic garbage collector would
    # only walk them (it once took a quarter of a check). The program's own objects are frozen out
    # of its sight, and each batch ends with a collection of what is left of it (memory stays flat).
    enabled = gc.isenabled()
    gc.collect()
    gc.freeze()
    gc.disable()
    try:
        return _run(db, quick, days)
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def _run(db: Database, quick: bool, days: int) -> CheckReport:
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
    newer = None  # the entry checked just before (the next one in the chain)
    upper = None
    while True:
        query = select(_AUDIT).order_by(_AUDIT.c.id.desc()).limit(batch)
        if upper is not None:
            query = query.where(_AUDIT.c.id < upper)
        rows = session.execute(query).all()  # tuples: entry_hash reads their columns by name
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


def _check_records(db: Database, report: CheckReport, batch: int = 500, uuids: set[str] | None = None) -> None:
    """Every revision (or those of the cases ``uuids``) against its hash and signatures;
    each case's current revision against its audit trail.

    The rows are read as plain tuples, a batch of cases at a time in one read
    transaction (a consistent snapshot), and joined into light records that
    :func:`~inspector.services.documents.to_document`, :func:`signatures.verify_record`
    and :func:`replay.replay` read as they read the mapped objects: no ORM
    object is built per row, and memory holds one batch.
    """
    wanted = sorted(uuids) if uuids is not None else None
    with db.read_session() as session:
        scan = _Scan(session)
        last = 0
        while True:
            if wanted is None:
                rows = session.execute(_INSPECTIONS.where(_I.c.id > last).order_by(_I.c.id).limit(batch)).all()
            else:  # a batch of cases at a time, on the (uuid, revision) index
                chunk, wanted = wanted[:batch], wanted[batch:]
                rows = session.execute(_INSPECTIONS.where(_I.c.uuid.in_(chunk)).order_by(_I.c.id)).all() \
                    if chunk else []
            if not rows:
                if wanted:  # (cases of entries whose records are gone: the replay is the full check's)
                    continue
                return
            records = scan.records(rows)
            current_uuids = {r.uuid for r in records if r.is_current}
            trail = replay.entries_for(session, current_uuids) if current_uuids else {}
            agencies = replay.section_agencies(session, current_uuids) if current_uuids else {}
            book = scan.book
            for inspection in records:
                report.records += 1
                if inspection.status in LOCKED_VALUES:
                    report.locked_records += 1
                for problem in signatures.verify_record(session, inspection, book, to_document(inspection)):
                    report.findings.append(Finding(problem.key, problem.params))
                if inspection.is_current:
                    for difference in replay.replay(inspection, trail.get(inspection.uuid, []), agencies):
                        report.findings.append(Finding(difference.key, difference.params))
            last = rows[-1].id
            del records, trail, agencies
            gc.collect()  # what is left of the batch: cheap, the program's own objects are frozen


LOCKED_VALUES = frozenset(s.value for s in LOCKED_STATUSES)
_AUDIT = AuditEntry.__table__

# -- reading records as tuples --------------------------------------------------------------------------

_I = JointInspection.__table__
_INSPECTIONS = select(_I)
_CHILDREN = (  # attribute, table, order (as the relationships order them)
    ("drivers", Driver.__table__, Driver.__table__.c.position),
    ("documents", Document.__table__, Document.__table__.c.position),
    ("cargo", CargoLine.__table__, CargoLine.__table__.c.position),
    ("seals", Seal.__table__, Seal.__table__.c.position),
)
_S = AgencySection.__table__
_A = Answer.__table__
_ANSWERS = select(_A.c.id, _A.c.section_id, _A.c.item_id, _A.c.value, _A.c.note, _A.c.photos)  # what documents show
_SIGNATURES = Signature.__table__
_REVIEWS = Review.__table__
_ATTACHMENTS = select(Attachment.__table__, AttachmentBlob.media_type.label("blob_media_type"),
                      AttachmentBlob.size.label("blob_size")) \
    .outerjoin(AttachmentBlob.__table__, AttachmentBlob.sha256 == Attachment.sha256)
_LEGACY = LegacyRecord.__table__


class _Record(SimpleNamespace):
    """A row with the attributes of its mapped class's relationships set beside its columns."""


class _Scan:
    """What a batch of records refers to: people and frozen checklists (loaded once), their signatures,
    sections, answers, attachments, reviews and legacy entries (a batch at a time)."""

    def __init__(self, session) -> None:
        self.session = session
        self.users = {u.id: u for u in session.scalars(select(User))}
        self.checklists = {c.id: c for c in session.scalars(
            select(FrozenChecklist).options(undefer(FrozenChecklist.definition)))}
        self.book = signatures.KeyBook(session, checkpoints=False)

    def records(self, rows) -> list[_Record]:
        session, users = self.session, self.users
        records = [_Record(**row._mapping) for row in rows]
        by_id = {r.id: r for r in records}
        ids = list(by_id)
        for record in records:
            for name, _table, _order in _CHILDREN:
                setattr(record, name, [])
            record.sections, record.attachments, record.reviews = [], [], []
            for role in ("decision_confirmed_by", "lead_officer", "created_by", "finalized_by", "amended_by"):
                setattr(record, role, users.get(getattr(record, f"{role}_id")))
        for name, table, order in _CHILDREN:
            for row in session.execute(select(table).where(table.c.inspection_id.in_(ids))
                                       .order_by(table.c.inspection_id, order, table.c.id)).all():
                getattr(by_id[row.inspection_id], name).append(row)
        sections = {}
        for row in session.execute(select(_S).where(_S.c.inspection_id.in_(ids)).order_by(_S.c.id)):
            section = _Record(**row._mapping, answers=[], checklist=self.checklists.get(row.checklist_id),
                              officer=users.get(row.officer_id), signed_by=users.get(row.signed_by_id))
            sections[section.id] = section
            by_id[section.inspection_id].sections.append(section)
        if sections:
            for row in session.execute(_ANSWERS.where(_A.c.section_id.in_(list(sections)))
                                       .order_by(_A.c.id)).all():
                sections[row.section_id].answers.append(row)
        for row in session.execute(_ATTACHMENTS.where(Attachment.inspection_id.in_(ids)).order_by(Attachment.id)):
            blob = None if row.blob_media_type is None else SimpleNamespace(media_type=row.blob_media_type,
                                                                            size=row.blob_size)
            by_id[row.inspection_id].attachments.append(_Record(**row._mapping, blob=blob))
        reviews = [_Record(**row._mapping, reviewer=users.get(row.reviewer_id)) for row in session.execute(
            select(_REVIEWS).where(_REVIEWS.c.inspection_id.in_(ids)).order_by(_REVIEWS.c.id))]
        for review in reviews:
            by_id[review.inspection_id].reviews.append(review)
        wanted = {s.e_signature_id for s in sections.values()} | {r.finalization_signature_id for r in records} \
            | {r.signature_id for r in reviews}
        wanted.discard(None)
        signed = {}
        if wanted:
            for row in session.execute(select(_SIGNATURES).where(_SIGNATURES.c.id.in_(sorted(wanted)))):
                signed[row.id] = _Record(**row._mapping, signer=users.get(row.signer_id))
        for section in sections.values():
            section.e_signature = signed.get(section.e_signature_id)
        for review in reviews:
            review.signature = signed.get(review.signature_id)
        for record in records:
            record.finalization_signature = signed.get(record.finalization_signature_id)
        self.book.use_legacy({row.inspection_id: row for row in session.execute(
            select(_LEGACY).where(_LEGACY.c.inspection_id.in_(ids)))})
        return records


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
    # rows, not objects: tens of thousands on a database from before signatures
    rows = session.execute(select(_LEGACY.c.inspection_id, _LEGACY.c.uuid, _LEGACY.c.revision,
                                  _LEGACY.c.record_hash, _LEGACY.c.status)).all()
    report.legacy_records = len(rows)
    upgraded = _upgrade_entry(session)
    recorded = (upgraded or {}).get("legacy_digest")
    if (rows or recorded is not None) and (recorded is None or recorded != legacy_digest(rows)
                                           or upgraded.get("legacy_records") != len(rows)):
        report.findings.append(Finding("sig.legacy_list_changed", {}))
