"""Finding records: the inspection list's search, filters, sorting and paging.

Rows are plain tuples of the columns the list shows, fetched a page at a time,
so a list over 100,000 records stays instant. Every search branch runs on an
index (migration 0006): identifiers through their separator-free upper-case
key, names of drivers and traders through full-text indexes on SQLite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, String, and_, bindparam, exists, func, literal_column, or_, select, text, union
from sqlalchemy.orm import Session, aliased

from inspector.domain.enums import Agency, Decision, Status
from inspector.store.models import AgencySection, CargoLine, Document, Driver, JointInspection, User


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
    #: the officer's work queue: records whose section of this agency waits to be signed
    waiting_for: Agency | None = None


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
    finalized_at: datetime | None = None
    agencies: tuple[str, ...] = field(default=())
    #: returned for correction by a supervisor and not finalized again
    returned: bool = False


SORTABLE = {
    "reference": JointInspection.reference,
    "arrived_at": JointInspection.arrived_at,
    "status": JointInspection.status,
    "tractor_plate": JointInspection.tractor_plate,
    "decision": JointInspection.decision,
    "bcp_code": JointInspection.bcp_code,
    "released_at": JointInspection.released_at,
    "finalized_at": JointInspection.finalized_at,
}


def _prefix(column, text: str):
    """``column LIKE 'text%'`` written as a range so SQLite can use the index."""
    return and_(column >= text, column < text + "\uffff")


SEPARATORS = ("-", "/", ".", " ")
# Cyrillic letters that look like the Latin ones of plates and document numbers,
# typed when the keyboard is left in Russian.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def search_key(text: str) -> str:
    """An identifier as its index stores it: upper case, no separators ("10xb501" ~ "10-XB-501")."""
    text = "".join(text.split()).translate(_ASCII_UPPER).upper().translate(_LOOKALIKES)
    for separator in SEPARATORS:
        text = text.replace(separator, "")
    return text


def key_expression(column):
    """The SQL twin of :func:`search_key` — the exact expression migration 0006 indexes."""
    expression = func.upper(column)
    for separator in SEPARATORS:
        expression = func.replace(expression, literal_column(f"'{separator}'"), literal_column("''"))
    return expression


_WORD = re.compile(r"\w+")


def _full_text(table: str, query: str) -> Select:
    """Row ids of an FTS5 index (migration 0006) matching ``query``."""
    condition = text(f"{table} MATCH :{table}").bindparams(bindparam(table, query, String))
    return select(literal_column("rowid")).select_from(text(table)).where(condition)


def _name_branches(search: str, dialect: str) -> list[Select]:
    """Drivers' names, consignors and consignees: every word the start of a word there."""
    words = _WORD.findall(search)
    if not words:
        return []
    if dialect == "sqlite":
        query = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        return [select(Driver.inspection_id).where(Driver.id.in_(_full_text("driver_names", query))),
                select(CargoLine.inspection_id).where(CargoLine.id.in_(_full_text("cargo_parties", query)))]

    def every_word(*columns):
        return and_(*(or_(*(c.ilike(f"%{w}%") for c in columns)) for w in words))
    return [select(Driver.inspection_id).where(every_word(Driver.name_latin, Driver.name_original)),
            select(CargoLine.inspection_id).where(every_word(CargoLine.consignor, CargoLine.consignee))]


def _matching_ids(search: str, dialect: str):
    """Ids of records the search text finds, each branch on its own index.

    A plate (tractor or trailer), a document number (TIR carnet, transit
    declaration, CMR …), the declaration reference or a passport number by
    prefix of its key (case and separators ignored); a reference or uuid
    exactly, or the number part of a reference; an HS code by prefix; the
    words of a driver's, consignor's or consignee's name.
    """
    i = JointInspection
    text_ = search.upper()
    key = search_key(search)
    branches = [select(i.id).where(i.reference == text_), select(i.id).where(i.uuid == search.lower())]
    if key:
        branches += [
            select(i.id).where(_prefix(key_expression(i.tractor_plate), key)),
            select(i.id).where(_prefix(key_expression(i.trailer_plate), key)),
            select(i.id).where(_prefix(key_expression(i.declaration_ref), key)),
            select(Document.inspection_id).where(_prefix(key_expression(Document.number), key)),
            select(Driver.inspection_id).where(_prefix(key_expression(Driver.passport_number), key)),
        ]
    if len(key) >= 4 and key.isdigit():
        branches.append(select(CargoLine.inspection_id).where(_prefix(CargoLine.hs_code, key)))
    if text_.isdigit() and len(text_) <= 6:
        branches.append(select(i.id).where(i.reference.like(f"%-{int(text_):06d}")))
    branches += _name_branches(search, dialect)
    return union(*branches)


def _returned_open():
    """A record returned for correction and not finalized again: only its superseded
    revision has the status "returned"; the current one carries the reviewer's reason."""
    i = JointInspection
    return and_(i.status.in_([Status.DRAFT.value, Status.IN_PROGRESS.value, Status.COMPLETED.value]),
                exists().where(AgencySection.inspection_id == i.id, AgencySection.returned_comment.is_not(None)))


def _filtered(query: Select, f: InspectionFilter, dialect: str = "sqlite") -> Select:
    i = JointInspection
    query = query.where(i.is_current.is_(True))
    if f.statuses:
        wanted = i.status.in_([s.value for s in f.statuses])
        query = query.where(or_(wanted, _returned_open()) if Status.RETURNED in f.statuses else wanted)
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
    if f.waiting_for is not None:
        query = query.where(i.status.in_([Status.DRAFT.value, Status.IN_PROGRESS.value]),
                            exists().where(AgencySection.inspection_id == i.id,
                                           AgencySection.agency == f.waiting_for.value,
                                           AgencySection.signed_at.is_(None)))
    search = f.search.strip()
    if search:
        query = query.where(i.id.in_(_matching_ids(search, dialect)))
    return query


def count(session: Session, f: InspectionFilter) -> int:
    return session.scalar(_filtered(select(func.count(JointInspection.id)), f, _dialect(session))) or 0


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def page_statement(f: InspectionFilter, offset: int = 0, limit: int = 100, order_by: str = "arrived_at",
                   descending: bool = True, dialect: str = "sqlite") -> Select:
    """The SELECT behind :func:`page` (the benchmarks run it on bare sqlite3 too)."""
    i = JointInspection
    lead = aliased(User)
    column = SORTABLE.get(order_by, i.arrived_at)
    query = _filtered(select(i.id, i.uuid, i.reference, i.revision, i.status, i.bcp_code,
                             i.arrived_at, i.released_at, i.tractor_plate, i.trailer_plate,
                             i.decision, lead.full_name, i.finalized_at)
                      .outerjoin(lead, lead.id == i.lead_officer_id), f, dialect)
    order = [column.desc() if descending else column.asc(), i.id.desc() if descending else i.id.asc()]
    return query.order_by(*order).offset(offset).limit(limit)


def page(session: Session, f: InspectionFilter, offset: int = 0, limit: int = 100,
         order_by: str = "arrived_at", descending: bool = True) -> list[InspectionRow]:
    rows = session.execute(page_statement(f, offset, limit, order_by, descending, _dialect(session))).all()
    agencies: dict[int, list[str]] = {}
    returned: set[int] = set()
    if rows:
        for inspection_id, agency, comment in session.execute(
                select(AgencySection.inspection_id, AgencySection.agency, AgencySection.returned_comment)
                .where(AgencySection.inspection_id.in_([r.id for r in rows]))
                .order_by(AgencySection.id)):
            agencies.setdefault(inspection_id, []).append(agency)
            if comment is not None:
                returned.add(inspection_id)
    open_ = {Status.DRAFT.value, Status.IN_PROGRESS.value, Status.COMPLETED.value}
    return [InspectionRow(*row, agencies=tuple(agencies.get(row.id, ())),
                          returned=row.id in returned and row.status in open_) for row in rows]


REVIEW_QUEUE = InspectionFilter(statuses=(Status.FINALIZED,))


def review_queue(session: Session, limit: int = 500) -> list[InspectionRow]:
    """Finalized records waiting for a supervisor, the newest finalized first."""
    return page(session, REVIEW_QUEUE, 0, limit, order_by="finalized_at", descending=True)


def work_queue(agency: Agency, search: str = "") -> InspectionFilter:
    """An officer's work: open records whose section of ``agency`` is not signed yet."""
    return InspectionFilter(search=search, waiting_for=agency)
