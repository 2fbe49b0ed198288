"""New revisions written per table per batch: the merge's insert path.

A bundle's cases are mostly new to the receiving database. Their rows are made
from each verified document as plain data (:func:`records.rows`, the same
values :func:`records.build` gives the ORM), gathered for a batch of cases and
inserted with one ``executemany`` per table — SQLAlchemy Core ``insert()``,
``RETURNING`` the new ids (in parameter order) where other rows refer to them
(signatures, revisions, sections), on SQLite and PostgreSQL alike. No ORM
object is built, nothing is flushed row by row, and the database assigns every
id (PostgreSQL's sequences stay right).
"""

from __future__ import annotations

import logging

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from inspector.exchange import audit_trail

from inspector.store.models import (
    AgencySection,
    Answer,
    Attachment,
    CargoLine,
    CaseOrigin,
    Document,
    Driver,
    JointInspection,
    Review,
    Seal,
    Signature,
)

log = logging.getLogger(__name__)

LEAVES = (("drivers", Driver), ("documents", Document), ("cargo_lines", CargoLine), ("seals", Seal),
          ("attachments", Attachment))


class PendingRevisions:
    """Rows of new revisions waiting to be inserted (see the module's text)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.writer = _Writer(session)
        self.revisions: list[dict] = []  # records.rows() of each revision
        self.origins: list[dict] = []
        self.references: dict[str, str] = {}  # reference -> uuid, of cases waiting here
        self.audit: list[dict] = []  # imported_audit rows of the new cases

    def __len__(self) -> int:
        return len(self.revisions)

    def add(self, revision_rows: dict) -> None:
        self.revisions.append(revision_rows)

    def add_origin(self, row: dict) -> None:
        self.origins.append(row)

    def write(self) -> None:
        if not self.revisions and not self.origins and not self.audit:
            return
        session = self.session
        signatures = self._signature_ids()
        parents = [r["inspection"] for r in self.revisions]
        rows = []
        for parent in parents:
            row = {k: v for k, v in parent.items() if k != "finalization_signature"}
            row["finalization_signature_id"] = _id_of(signatures, parent["finalization_signature"])
            rows.append(row)
        ids = self.writer.insert(JointInspection, rows, ids=True)
        children: dict[str, list[dict]] = {name: [] for name, _ in LEAVES}
        reviews, sections, answers_of = [], [], []
        for inspection_id, revision in zip(ids, self.revisions, strict=True):
            for name, _model in LEAVES:
                children[name].extend({**row, "inspection_id": inspection_id} for row in revision[name])
            for review in revision["reviews"]:
                row = {k: v for k, v in review.items() if k != "signature"}
                reviews.append({**row, "inspection_id": inspection_id,
                                "signature_id": _id_of(signatures, review["signature"])})
            for section, answers in revision["sections"]:
                row = {k: v for k, v in section.items() if k != "e_signature"}
                sections.append({**row, "inspection_id": inspection_id,
                                 "e_signature_id": _id_of(signatures, section["e_signature"])})
                answers_of.append(answers)
        for name, model in LEAVES:
            self.writer.insert(model, children[name])
        self.writer.insert(Review, reviews)
        section_ids = self.writer.insert(AgencySection, sections, ids=True)
        self.writer.insert(Answer, [{**answer, "section_id": section_id}
                                    for section_id, group in zip(section_ids, answers_of, strict=True)
                                    for answer in group])
        self.writer.insert(CaseOrigin, self.origins)
        audit_trail.insert_new(session, self.audit, self.writer.insert)
        self.revisions, self.origins, self.references, self.audit = [], [], {}, []

    def _signature_ids(self) -> dict[str, int]:
        """The id of every signature the waiting revisions name: found here, or inserted now."""
        wanted: dict[str, dict] = {}
        for revision in self.revisions:
            refs = [revision["inspection"]["finalization_signature"]]
            refs += [s["e_signature"] for s, _answers in revision["sections"]]
            refs += [r["signature"] for r in revision["reviews"]]
            for ref in refs:
                if ref is not None:
                    wanted.setdefault(ref["value"], ref)  # a section signed in revision 0 is in 1 too
        if not wanted:
            return {}
        values = list(wanted)
        found: dict[str, int] = {}
        for start in range(0, len(values), 500):
            found.update({value: id_ for id_, value in self.session.execute(
                select(Signature.id, Signature.value).where(Signature.value.in_(values[start:start + 500])))})
        new = [row for value, row in wanted.items() if value not in found]
        if new:
            found.update(zip((r["value"] for r in new), self.writer.insert(Signature, new, ids=True), strict=True))
        return found


def _id_of(ids: dict[str, int], ref: dict | None) -> int | None:
    return None if ref is None else ids[ref["value"]]


class _Writer:
    """``executemany`` of rows into a table; the new ids in row order when asked.

    PostgreSQL: Core ``insert()`` (``RETURNING`` the ids, in parameter order).
    SQLite: the driver's ``executemany`` with each column type's bind processor
    applied here (stored exactly as Core would store them, without Core's
    per-row parameter handling, which cost more than SQLite's insert), and ids
    counted on from the table's highest, read at each insert: a SQLite
    database has one writer (the lock file), and the merge holds it for its
    whole transaction.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.sqlite = self.dialect.name == "sqlite"
        self.statements: dict[tuple[str, tuple[str, ...]], tuple[str, list]] = {}

    def insert(self, model, rows: list[dict], *, ids: bool = False) -> list[int]:
        if not rows:
            return []
        table = model.__table__
        if not self.sqlite:
            if ids:
                statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                return list(self.session.execute(statement, rows).scalars())
            self.session.execute(insert(table), rows)
            return []
        new: list[int] = []
        if ids:
            # Read each time: the merge's ORM path (cases already here) inserts between two batches.
            start = (self.session.scalar(select(func.max(table.c.id))) or 0) + 1
            new = list(range(start, start + len(rows)))
            for row, id_ in zip(rows, new, strict=True):
                row["id"] = id_
        names = tuple(rows[0])
        sql, processors = self._statement(table, names)
        parameters = []
        for row in rows:
            values = [row[name] for name in names]
            for n, process in processors:
                if values[n] is not None:
                    values[n] = process(values[n])
            parameters.append(tuple(values))
        self.session.connection().exec_driver_sql(sql, parameters)
        return new

    def _statement(self, table, names: tuple[str, ...]) -> tuple[str, list]:
        key = (table.name, names)
        if key not in self.statements:
            processors = []
            for n, name in enumerate(names):
                process = table.c[name].type.dialect_impl(self.dialect).bind_processor(self.dialect)
                if process is not None:
                    processors.append((n, process))
            sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
            self.statements[key] = (sql, processors)
        return self.statements[key]
