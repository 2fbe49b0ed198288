"""Records of a period as three flat tables for a spreadsheet or a statistics
package (``inspector export-data``): one row per inspection, per agency
section and per answer, of the current revisions. docs/export-data.md lists
every column.

No personal data leaves this way: no driver names, passports, plates, notes
or remarks — the reference leads back to the record. Rows are read in batches
(keyset paging), so a year of records never sits in memory at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from inspector.checklists.answers import is_finding
from inspector.checklists.model import ChecklistDefinition, Item, localize
from inspector.domain.clock import local
from inspector.domain.enums import QuestionType, Severity
from inspector.domain.i18n import tr
from inspector.services import trs_findings
from inspector.services.checklists import definition_of
from inspector.services.trs import INSPECTIONS, SECTIONS, TrsFilter, cases, narrowed
from inspector.store.models import Answer, CargoLine, FrozenChecklist, User

TABLES = ("inspections", "sections", "answers")
BATCH = 1000


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text, int, float, datetime, date, bool


def _columns(spec: str) -> tuple[Column, ...]:
    return tuple(Column(*part.split(":")) if ":" in part else Column(part, "text") for part in spec.split())


COLUMNS: dict[str, tuple[Column, ...]] = {
    "inspections": _columns(
        "uuid reference revision:int status bcp direction procedure risk_lane declaration_ref vehicle_country "
        "arrived_at:datetime opened_at:datetime first_section_started_at:datetime "
        "last_section_signed_at:datetime decision_confirmed_at:datetime finalized_at:datetime "
        "released_at:datetime decision agencies hs_chapters cargo_lines:int gross_mass_kg:float "
        "findings:int critical_findings:int major_findings:int minor_findings:int "
        "queue_min:float agency_start_min:float inspection_min:float decision_min:float "
        "finalization_min:float release_min:float total_min:float"),
    "sections": _columns(
        "uuid reference bcp arrived_at:datetime agency checklist checklist_version officer "
        "started_at:datetime signed_at:datetime decision answers:int findings:int critical_findings:int "
        "major_findings:int minor_findings:int work_min:float"),
    "answers": _columns(
        "uuid reference bcp agency checklist checklist_version item section item_text type value value_label "
        "unit severity finding:bool answered_at:datetime"),
}


def count(session: Session, f: TrsFilter, table: str) -> int:
    """How many rows ``table`` will have."""
    c = INSPECTIONS.alias("c")
    if table == "inspections":
        query = select(func.count()).select_from(c).where(*narrowed(c, f))
    elif table == "sections":
        query = select(func.count()).select_from(c.join(SECTIONS, SECTIONS.c.inspection_id == c.c.id)) \
            .where(*narrowed(c, f))
    else:
        a = Answer.__table__
        query = (select(func.count()).select_from(c.join(SECTIONS, SECTIONS.c.inspection_id == c.c.id)
                                                   .join(a, a.c.section_id == SECTIONS.c.id)).where(*narrowed(c, f)))
    return session.scalar(query) or 0


def rows(session: Session, f: TrsFilter, table: str, lang: str) -> Iterator[tuple]:
    """The rows of ``table`` in arrival order, values typed as :data:`COLUMNS` says."""
    if table not in TABLES:
        raise ValueError(table)
    found = trs_findings.rules(session)
    for batch in _batches(session, f):
        if table == "inspections":
            yield from _inspection_rows(session, f, batch, found)
        elif table == "sections":
            yield from _section_rows(session, batch, found)
        else:
            yield from _answer_rows(session, batch, lang)


def _batches(session: Session, f: TrsFilter) -> Iterator[list]:
    """(id, uuid, reference, bcp, arrived_at) of the current revisions, BATCH at a time, in arrival order."""
    c = INSPECTIONS.alias("c")
    after: tuple | None = None
    while True:
        query = (select(c.c.id, c.c.uuid, c.c.reference, c.c.bcp_code, c.c.arrived_at).where(*narrowed(c, f))
                 .order_by(c.c.arrived_at, c.c.id).limit(BATCH))
        if after is not None:
            query = query.where((c.c.arrived_at > after[0]) | and_(c.c.arrived_at == after[0], c.c.id > after[1]))
        batch = session.execute(query).all()
        if not batch:
            return
        yield batch
        after = (batch[-1].arrived_at, batch[-1].id)
        session.expunge_all()


def _minutes(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round(max(0.0, (end - start).total_seconds()) / 60, 1)


def _local(moment: datetime | None) -> datetime | None:
    return local(moment) if moment is not None else None


def _inspection_rows(session: Session, f: TrsFilter, batch: list, found) -> Iterator[tuple]:
    ids = [r.id for r in batch]
    c, s = INSPECTIONS.alias("c"), SECTIONS
    k = cases(f, ids)
    first = select(func.min(s.c.started_at)).where(s.c.inspection_id == k.c.origin_id).scalar_subquery()
    last = select(case((func.count() == func.count(s.c.signed_at), func.max(s.c.signed_at)))) \
        .where(s.c.inspection_id == k.c.origin_id).scalar_subquery()
    timeline = {r.id: r for r in session.execute(
        select(k.c.id, k.c.opened_at, first.label("first_started"), last.label("last_signed"), k.c.confirmed_at,
               k.c.finalized_at, k.c.released_at))}
    records = session.execute(
        select(c.c.id, c.c.revision, c.c.status, c.c.direction, c.c.procedure, c.c.risk_lane, c.c.declaration_ref,
               c.c.vehicle_country, c.c.decision).where(c.c.id.in_(ids))).all()
    records = {r.id: r for r in records}
    agencies: dict[int, list[str]] = {}
    section_of: dict[int, int] = {}
    for section_id, inspection_id, agency in session.execute(
            select(s.c.id, s.c.inspection_id, s.c.agency).where(s.c.inspection_id.in_(ids)).order_by(s.c.id)):
        agencies.setdefault(inspection_id, []).append(agency)
        section_of[section_id] = inspection_id
    cargo_table = CargoLine.__table__
    cargo: dict[int, tuple[set[str], int, float]] = {}
    for inspection_id, hs_code, mass in session.execute(
            select(cargo_table.c.inspection_id, cargo_table.c.hs_code, cargo_table.c.gross_mass_kg)
            .where(cargo_table.c.inspection_id.in_(ids))):
        chapters, lines, total = cargo.get(inspection_id, (set(), 0, 0.0))
        chapters.add(hs_code[:2])
        cargo[inspection_id] = (chapters, lines + 1, total + (mass or 0))
    findings: dict[int, Counter] = {}
    for section_id, severities in trs_findings.findings_by_section(session, list(section_of), found).items():
        findings.setdefault(section_of[section_id], Counter()).update(severities)
    for row in batch:
        r, t = records[row.id], timeline[row.id]
        chapters, lines, mass = cargo.get(row.id, (set(), 0, 0.0))
        severities = findings.get(row.id, Counter())
        arrived = row.arrived_at
        yield (row.uuid, row.reference, r.revision, r.status, row.bcp_code, r.direction, r.procedure, r.risk_lane,
               r.declaration_ref, r.vehicle_country, _local(arrived), _local(t.opened_at), _local(t.first_started),
               _local(t.last_signed), _local(t.confirmed_at), _local(t.finalized_at), _local(t.released_at),
               r.decision, ";".join(agencies.get(row.id, [])), ";".join(sorted(chapters)), lines,
               round(mass, 3), sum(severities.values()), severities[Severity.CRITICAL],
               severities[Severity.MAJOR], severities[Severity.MINOR],
               _minutes(arrived, t.opened_at), _minutes(t.opened_at, t.first_started),
               _minutes(t.first_started, t.last_signed), _minutes(t.last_signed, t.confirmed_at),
               _minutes(t.confirmed_at, t.finalized_at), _minutes(t.finalized_at, t.released_at),
               _minutes(arrived, t.released_at))


def _section_rows(session: Session, batch: list, found) -> Iterator[tuple]:
    by_id = {r.id: r for r in batch}
    s, a = SECTIONS, Answer.__table__
    checklists = FrozenChecklist.__table__
    users = User.__table__
    answers = select(func.count()).where(a.c.section_id == s.c.id).scalar_subquery()
    sections = session.execute(
        select(s.c.id, s.c.inspection_id, s.c.agency, checklists.c.checklist_id, checklists.c.version,
               users.c.username, s.c.started_at, s.c.signed_at, s.c.decision, answers)
        .select_from(s.join(checklists, checklists.c.id == s.c.checklist_id)
                     .outerjoin(users, users.c.id == s.c.officer_id))
        .where(s.c.inspection_id.in_(list(by_id))).order_by(s.c.inspection_id, s.c.id)).all()
    findings = trs_findings.findings_by_section(session, [r.id for r in sections], found)
    order = {r.id: n for n, r in enumerate(batch)}
    for r in sorted(sections, key=lambda r: (order[r.inspection_id], r.id)):
        record = by_id[r.inspection_id]
        severities = findings.get(r.id, Counter())
        yield (record.uuid, record.reference, record.bcp_code, _local(record.arrived_at), r.agency, r.checklist_id,
               r.version, r.username, _local(r.started_at), _local(r.signed_at), r.decision, r[9],
               sum(severities.values()), severities[Severity.CRITICAL], severities[Severity.MAJOR],
               severities[Severity.MINOR], _minutes(r.started_at, r.signed_at))


def _answer_rows(session: Session, batch: list, lang: str) -> Iterator[tuple]:
    by_id = {r.id: r for r in batch}
    s, a = SECTIONS, Answer.__table__
    definitions: dict[int, ChecklistDefinition] = {}
    rows = session.execute(
        select(s.c.inspection_id, s.c.agency, s.c.checklist_id, a.c.item_id, a.c.value, a.c.answered_at)
        .select_from(s.join(a, a.c.section_id == s.c.id)).where(s.c.inspection_id.in_(list(by_id)))
        .order_by(s.c.inspection_id, s.c.id, a.c.id)).all()
    order = {r.id: n for n, r in enumerate(batch)}
    for r in sorted(rows, key=lambda r: order[r.inspection_id]):
        definition = definitions.get(r.checklist_id)
        if definition is None:
            definition = definitions[r.checklist_id] = definition_of(session.get(FrozenChecklist, r.checklist_id))
        item = definition.items.get(r.item_id)
        record = by_id[r.inspection_id]
        if item is None:  # kept by an older definition's answer: shown raw
            yield (record.uuid, record.reference, record.bcp_code, r.agency, definition.id, definition.version,
                   r.item_id, "", "", "", _raw(r.value), "", "", "", False, _local(r.answered_at))
            continue
        yield (record.uuid, record.reference, record.bcp_code, r.agency, definition.id, definition.version,
               item.id, item.section, localize(item.text, lang), item.type.value, _raw(r.value),
               value_label(item, r.value, lang), item.unit or "", item.severity.value if item.severity else "",
               is_finding(item, r.value), _local(r.answered_at))


def _raw(value: object) -> object:
    """Lists (multi-choice, photos) as ``a;b``; numbers stay numbers."""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def value_label(item: Item, value: object, lang: str) -> str:
    if value is None:
        return ""
    if item.type in (QuestionType.YES_NO, QuestionType.YES_NO_NA) and value in ("yes", "no", "na"):
        return tr(f"report.answer_{value}", lang)
    if item.type is QuestionType.CHOICE:
        return item.option_label(str(value), lang)
    if item.type is QuestionType.MULTI_CHOICE and isinstance(value, list):
        return "; ".join(item.option_label(str(v), lang) for v in value)
    if item.type is QuestionType.PHOTO:
        return str(len(value)) if isinstance(value, list) else "1"
    return str(value)


def header(table: str) -> Sequence[str]:
    return [c.name for c in COLUMNS[table]]
