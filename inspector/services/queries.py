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

from sqlalchemy import (
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
    union,
    union_all,
)
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


def _name_branches(search: str, dialect: str, per_record: bool = False) -> list[tuple]:
    """Drivers' names, consignors and consignees: every word the start of a word there.

    ``per_record``: tested for each record's own drivers and cargo lines (whose ids are looked up in
    the full-text matches, ``+0`` keeping SQLite from walking those matches for every record instead)."""
    words = _WORD.findall(search)
    if not words:
        return []
    if dialect == "sqlite":
        query = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)

        def own_id(table):
            return table.id + literal_column("0") if per_record else table.id
        return [(Driver, own_id(Driver).in_(_full_text("driver_names", query))),
                (CargoLine, own_id(CargoLine).in_(_full_text("cargo_parties", query)))]

    def every_word(*columns):
        return and_(*(or_(*(c.ilike(f"%{w}%") for c in columns)) for w in words))
    return [(Driver, every_word(Driver.name_latin, Driver.name_original)),
            (CargoLine, every_word(CargoLine.consignor, CargoLine.consignee))]


def number_expression(column, dialect: str):
    """A reference's number (its last six characters), as migration 0015 indexes it."""
    return func.right(column, 6) if dialect == "postgresql" else func.substr(column, -6)


def _conditions(search: str, dialect: str, per_record: bool = False) -> tuple[list, list[tuple]]:
    """What a record found by ``search`` matches: conditions on its own row, and
    ``(table, condition)`` pairs on the rows of its drivers, documents and cargo
    (each condition on an index of migrations 0006 and 0015)."""
    i = JointInspection
    text_ = search.upper()
    key = search_key(search)
    own = [i.reference == text_, i.uuid == search.lower()]
    others: list[tuple] = []
    if key:
        own += [_prefix(key_expression(i.reference), key),
                _prefix(key_expression(i.tractor_plate), key),
                _prefix(key_expression(i.trailer_plate), key),
                _prefix(key_expression(i.declaration_ref), key)]
        others += [(Document, _prefix(key_expression(Document.number), key)),
                   (Driver, _prefix(key_expression(Driver.passport_number), key))]
    if len(key) >= 4 and key.isdigit():
        others.append((CargoLine, _prefix(CargoLine.hs_code, key)))
    if text_.isdigit() and len(text_) <= 6:
        own.append(number_expression(i.reference, dialect) == f"{int(text_):06d}")
    others += _name_branches(search, dialect, per_record)
    return own, others


def _matching_ids(search: str, dialect: str, distinct: bool = True):
    """Ids of records the search text finds, each branch on its own index.

    A reference by any prefix of its key, or its number part; a plate
    (tractor or trailer), a document number (TIR carnet, transit declaration,
    CMR …), the declaration reference or a passport number by prefix of its key
    (case and separators ignored); a uuid exactly; an HS code by prefix; the
    words of a driver's, consignor's or consignee's name.
    """
    own, others = _conditions(search, dialect)
    branches = [select(JointInspection.id).where(condition) for condition in own]
    branches += [select(table.inspection_id).where(condition) for table, condition in others]
    return union(*branches) if distinct else union_all(*branches)


def _row_matches(search: str, dialect: str):
    """The same as :func:`_matching_ids`, as a condition on each record: for a term so common that the
    list finds its first page sooner by walking its own order than by gathering every match."""
    i = JointInspection
    own, others = _conditions(search, dialect, per_record=True)
    return or_(*own, *(exists().where(table.inspection_id == i.id, condition) for table, condition in others))


#: None, or a fixed number of matches from which a search is common (tests)
COMMON_MATCHES: int | None = None


def common_matches(records: int) -> int:
    """From how many matches on a term is common (a term like "1", or "26TM" that begins every
    declaration): the list then walks its own order and tests each record instead of gathering
    every match and sorting them. Gathering costs about 7 µs per match, walking about 20 µs per
    record walked (200 × records / matches of them for the list's page of 200; measured at
    100,000 records): they cost the same at √(570 × records) matches — 7,500 at 100,000
    records, 24,000 at 1,000,000."""
    return COMMON_MATCHES if COMMON_MATCHES is not None else max(1_000, int((570 * records) ** 0.5))


def is_common(session: Session, search: str) -> bool:
    """Whether ``search`` finds at least :func:`common_matches` records (counted on the indexes,
    and only up to that number)."""
    search = search.strip()
    if not search:
        return False
    records = session.scalar(select(func.max(JointInspection.id))) or 0
    threshold = common_matches(records)
    matches = _matching_ids(search, _dialect(session), distinct=False).subquery()
    capped = select(literal_column("1")).select_from(matches).limit(threshold).subquery()
    return (session.scalar(select(func.count()).select_from(capped)) or 0) >= threshold


def _returned_open():
    """A record returned for correction and not finalized again: only its superseded
    revision has the status "returned"; the current one carries the reviewer's reason."""
    i = JointInspection
    return and_(i.status.in_([Status.DRAFT.value, Status.IN_PROGRESS.value, Status.COMPLETED.value]),
                exists().where(AgencySection.inspection_id == i.id, AgencySection.returned_comment.is_not(None)))


def _filtered(query: Select, f: InspectionFilter, dialect: str = "sqlite", common: bool = False) -> Select:
    i = JointInspection
    sparse = bool(f.search.strip()) and not common and dialect == "sqlite"
    # (sparse: see page_statement; likely() returns its argument and hides the index on it)
    query = query.where((func.likely(i.is_current) if sparse else i.is_current).is_(True))
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
        query = query.where(_row_matches(search, dialect) if common else i.id.in_(_matching_ids(search, dialect)))
    return query


def count(session: Session, f: InspectionFilter) -> int:
    return session.scalar(_filtered(select(func.count(JointInspection.id)), f, _dialect(session))) or 0


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def page_statement(f: InspectionFilter, offset: int = 0, limit: int = 100, order_by: str = "arrived_at",
                   descending: bool = True, dialect: str = "sqlite", common: bool = False) -> Select:
    """The SELECT behind :func:`page` (the benchmarks run it on bare sqlite3 too); ``common``: the
    search is tested record by record in the list's order (see :func:`is_common`)."""
    i = JointInspection
    lead = aliased(User)
    column = SORTABLE.get(order_by, i.arrived_at)
    query = _filtered(select(i.id, i.uuid, i.reference, i.revision, i.status, i.bcp_code,
                             i.arrived_at, i.released_at, i.tractor_plate, i.trailer_plate,
                             i.decision, lead.full_name, i.finalized_at)
                      .outerjoin(lead, lead.id == i.lead_officer_id), f, dialect, common)
    key = [column, i.id]
    if f.search.strip() and not common and dialect == "sqlite":
        # The few records found are read by id and sorted: walking the whole list in its order
        # (SQLite's choice when the order has an index) to pick them out costs a million steps at
        # head office. likely() returns its argument; it only hides the order's index.
        key = [func.likely(k) for k in key]
    return query.order_by(*(k.desc() if descending else k.asc() for k in key)).offset(offset).limit(limit)


def page(session: Session, f: InspectionFilter, offset: int = 0, limit: int = 100,
         order_by: str = "arrived_at", descending: bool = True) -> list[InspectionRow]:
    common = is_common(session, f.search)
    rows = session.execute(page_statement(f, offset, limit, order_by, descending, _dialect(session),
                                          common)).all()
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
