"""``inspector check``: is the database sound and untampered? (SPEC §9)

Three things are verified: SQLite's own integrity check, the audit trail's hash
chain, and each locked revision's stored record hash against its document.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from inspector.domain.enums import LOCKED_STATUSES
from inspector.domain.i18n import tr
from inspector.services.audit import verify_chain
from inspector.services.documents import record_hash, to_document
from inspector.store.database import Database
from inspector.store.schema_check import check_schema
from inspector.store.models import AgencySection, Attachment, AttachmentBlob, JointInspection


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

    @property
    def ok(self) -> bool:
        return not self.findings


def run(db: Database, *, quick: bool = False) -> CheckReport:
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
        for brk in verify_chain(session):
            report.findings.append(Finding(brk.reason, {"id": brk.entry_id}))
        report.audit_entries = session.scalar(text("SELECT count(*) FROM audit_log")) or 0
    if not quick:
        _check_records(db, report)
    return report


# Everything to_document() reads, loaded a batch at a time (photo bytes excluded).
_DOCUMENT_LOADS = (
    selectinload(JointInspection.drivers), selectinload(JointInspection.documents),
    selectinload(JointInspection.cargo), selectinload(JointInspection.seals),
    selectinload(JointInspection.sections).selectinload(AgencySection.answers),
    selectinload(JointInspection.attachments).selectinload(Attachment.blob)
    .load_only(AttachmentBlob.sha256, AttachmentBlob.media_type, AttachmentBlob.size),
    selectinload(JointInspection.reviews),
)


def _check_records(db: Database, report: CheckReport, batch: int = 500) -> None:
    last = 0
    while True:
        # Thousands of short-lived ORM objects per batch: the cyclic garbage
        # collector would spend more time than the check itself.
        gc.disable()
        try:
            with db.read_session() as session:
                rows = session.scalars(
                    select(JointInspection).options(*_DOCUMENT_LOADS)
                    .where(JointInspection.status.in_([s.value for s in LOCKED_STATUSES]),
                           JointInspection.id > last)
                    .order_by(JointInspection.id).limit(batch)).all()
                if not rows:
                    return
                for inspection in rows:
                    report.locked_records += 1
                    stored = inspection.record_hash
                    actual = record_hash(to_document(inspection))
                    if stored != actual:
                        report.findings.append(Finding("check.record_hash", {
                            "reference": inspection.reference, "revision": inspection.revision,
                            "stored": (stored or "-")[:12], "actual": actual[:12]}))
                last = rows[-1].id
        finally:
            gc.enable()
        gc.collect(1)
