"""Finding records: the inspection list's search, filters, sorting and paging.

Rows are plain tuples of the columns the list shows, fetched a page at a time,
so a list over 100,000 records stays instant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, and_, bindparam, exists, func, select, union
from sqlalchemy.orm import Session, aliased

from inspector.domain.enums import Agency, Decision, Status
from inspector.store.models import AgencySection, CargoLine, Document, JointInspection, User


@dataclass(frozen=True)
class InspectionFilter:
    search: str = ""
    statuses: tuple[Status, ...] = ()
    agency: Agency | None = None
    decision: Decision | None = None
    arrived_from: datetime | None = None
    arrived_to: datetime | None = None
    bcp_code: str | None = None
    uuids: frozenset[str] | None = None  # only these cases: the records behind a dashboard figure


@dataclass(frozen=True)
class InspectionRow:
    id: int
    uuid: str
    reference: str
    revision: int
    status: str
    bcp_code: str
    arrived_at: datetime | None
    released_at: datetime | None
    tractor_plate: str | None
    trailer_plate: str | None
    decision: str | None
    lead_officer: str | None
    agencies: tuple[str, ...] = field(default=())


SORTABLE = {
    "reference": JointInspection.reference,
    "arrived_at": JointInspection.arrived_at,
    "status": JointInspection.status,
    "tractor_plate": JointInspection.tractor_plate,
    "decision": JointInspection.decision,
    "bcp_code": JointInspection.bcp_code,
    "released_at": JointInspection.released_at,
}


def _prefix(column, text: str):
    """``column LIKE 'text%'`` written as a range so SQLite can use the index."""
    return and_(column >= text, column < text + "\uffff")


def _matching_ids(search: str):
    """Ids of records the search text finds, each branch on its own index.

    A plate (tractor or trailer) or a document number (TIR carnet, transit
    declaration, CMR …) by prefix; a reference or uuid exactly, or the number
    part of a reference; an HS code by prefix.
    """
    i = JointInspection
    text = search.upper()
    plate = " ".join(text.split())
    branches = [
        select(i.id).where(_prefix(i.tractor_plate, plate)),
        select(i.id).where(_prefix(i.trailer_plate, plate)),
        select(i.id).where(i.reference == text),
        select(i.id).where(i.uuid == search.lower()),
        select(Document.inspection_id).where(_prefix(Document.number, text)),
    ]
    digits = text.replace(".", "").replace(" ", "")
    if len(digits) >= 4 and digits.isdigit():
        branches.append(select(CargoLine.inspection_id).where(_prefix(CargoLine.hs_code, digits)))
    if text.isdigit() and len(text) <= 6:
        branches.append(select(i.id).where(i.reference.like(f"%-{int(text):06d}")))
    return union(*branches)


def _filtered(query: Select, f: InspectionFilter) -> Select:
    i = JointInspection
    query = query.where(i.is_current.is_(True))
    if f.statuses:
        query = query.where(i.status.in_([s.value for s in f.statuses]))
    if f.decision is not None:
        query = query.where(i.decision == f.decision.value)
    if f.bcp_code:
        query = query.where(i.bcp_code == f.bcp_code)
    if f.arrived_from is not None:
        query = query.where(i.arrived_at >= f.arrived_from)
    if f.arrived_to is not None:
        query = query.where(i.arrived_at < f.arrived_to)
    if f.agency is not None:
        query = query.where(exists().where(AgencySection.inspection_id == i.id,
                                           AgencySection.agency == f.agency.value))
    if f.uuids is not None:
        # Rendered into the SQL: a figure can stand for more records than SQLite takes parameters.
        query = query.where(i.uuid.in_(bindparam("only_uuids", sorted(f.uuids), expanding=True,
                                                 literal_execute=True)))
    text = f.search.strip().upper()
    if text:
        query = query.where(i.id.in_(_matching_ids(f.search.strip())))
    return query


def count(session: Session, f: InspectionFilter) -> int:
    return session.scalar(_filtered(select(func.count(JointInspection.id)), f)) or 0


def page_statement(f: InspectionFilter, offset: int = 0, limit: int = 100, order_by: str = "arrived_at",
                   descending: bool = True) -> Select:
    """The SELECT behind :func:`page` (the benchmarks run it on bare sqlite3 too)."""
    i = JointInspection
    lead = aliased(User)
    column = SORTABLE.get(order_by, i.arrived_at)
    query = _filtered(select(i.id, i.uuid, i.reference, i.revision, i.status, i.bcp_code,
                             i.arrived_at, i.released_at, i.tractor_plate, i.trailer_plate,
                             i.decision, lead.full_name)
                      .outerjoin(lead, lead.id == i.lead_officer_id), f)
    order = [column.desc() if descending else column.asc(), i.id.desc() if descending else i.id.asc()]
    return query.order_by(*order).offset(offset).limit(limit)


def page(session: Session, f: InspectionFilter, offset: int = 0, limit: int = 100,
         order_by: str = "arrived_at", descending: bool = True) -> list[InspectionRow]:
    rows = session.execute(page_statement(f, offset, limit, order_by, descending)).all()
    agencies: dict[int, list[str]] = {}
    if rows:
        for inspection_id, agency in session.execute(
                select(AgencySection.inspection_id, AgencySection.agency)
                .where(AgencySection.inspection_id.in_([r.id for r in rows]))
                .order_by(AgencySection.id)):
            agencies.setdefault(inspection_id, []).append(agency)
    return [InspectionRow(*row, agencies=tuple(agencies.get(row.id, ()))) for row in rows]


def review_queue(session: Session, limit: int = 500) -> list[InspectionRow]:
    """Finalized records waiting for a supervisor, oldest first."""
    return page(session, InspectionFilter(statuses=(Status.FINALIZED,)), 0, limit,
                order_by="arrived_at", descending=False)
