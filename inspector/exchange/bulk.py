"""New revisions written per table per batch: the merge's insert path.

A bundle's cases are mostly new to the receiving database. Their rows are made
from each verified document as plain data (:func:`records.rows`, the same
values :func:`records.build` gives the ORM), gathered for a batch of cases and
inserted at once per table — ``executemany`` on SQLite, ``COPY`` on PostgreSQL
(see :class:`_Writer`), with the ids other rows refer to (signatures,
revisions, sections) chosen first. No ORM object is built, nothing is flushed
row by row, and PostgreSQL's sequences hand out every id (they stay right).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from inspector.exchange import audit_trail
from inspector.store.types import JSONText, UTCDateTime

from inspector.store.models import (
    AgencySection,
    Answer,
    AuditEntry,
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
        self.audit_log: list[dict] = []  # the local chain's entries about them (audit.entry_row)

    def __len__(self) -> int:
        return len(self.revisions)

    def add(self, revision_rows: dict) -> None:
        self.revisions.append(revision_rows)

    def add_origin(self, row: dict) -> None:
        self.origins.append(row)

    def write(self) -> None:
        if not self.revisions and not self.origins and not self.audit and not self.audit_log:
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
        self.writer.insert(AuditEntry, self.audit_log)
        self.revisions, self.origins, self.references, self.audit, self.audit_log = [], [], {}, [], []

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


def _json_text(value: object) -> str:
    """``JSONText``'s stored text, the common values without ``json.dumps``'s set-up (same text)."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is list and all(type(item) is str for item in value):
        return "[" + ",".join(_string(item) for item in value) + "]"
    if kind is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _sqlite_time(value: datetime) -> str:
    """``UTCDateTime`` then SQLite's ``DATETIME`` text in one step (the same text)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: store aware UTC times only")
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")


_string = json.encoder.encode_basestring  # json.dumps of a string with ensure_ascii=False


def _id_of(ids: dict[str, int], ref: dict | None) -> int | None:
    return None if ref is None else ids[ref["value"]]


class _Writer:
    """Rows into a table, many at a time; the new ids in row order when asked.

    Each column type's bind processor is applied here (values stored exactly as
    Core would store them, without Core's per-row parameter handling, which
    cost more than the database's own insert).

    SQLite: the driver's ``executemany``; ids counted on from the table's
    highest, read at each insert: a SQLite database has one writer (the lock
    file), and the merge holds it for its whole transaction.

    PostgreSQL: ``COPY … FROM STDIN`` (psycopg), ids taken from the table's
    own sequence first (``nextval`` once per row, in one statement), so
    sequences stay right for everyone else writing to head office's database.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.sqlite = self.dialect.name == "sqlite"
        self.statements: dict[tuple[str, tuple[str, ...]], tuple[str, list]] = {}
        self.sequences: dict[str, str] = {}

    def insert(self, model, rows: list[dict], *, ids: bool = False) -> list[int]:
        if not rows:
            return []
        table = model.__table__
        new: list[int] = []
        if ids:
            new = self._new_ids(table, len(rows))
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
            parameters.append(values)
        driver = self.session.connection().connection.driver_connection  # in the session's transaction
        if self.sqlite:
            cursor = driver.cursor()
            try:
                cursor.executemany(sql, parameters)
            finally:
                cursor.close()
        else:
            with driver.cursor() as cursor, cursor.copy(sql) as copy:
                for values in parameters:
                    copy.write_row(values)
        return new

    def _new_ids(self, table, count: int) -> list[int]:
        if self.sqlite:
            # Read each time: the merge's ORM path (cases already here) inserts between two batches.
            start = (self.session.scalar(select(func.max(table.c.id))) or 0) + 1
            return list(range(start, start + count))
        if table.name not in self.sequences:
            self.sequences[table.name] = self.session.scalar(
                text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name})
        return list(self.session.scalars(text("SELECT nextval(CAST(:sequence AS regclass)) "
                                              "FROM generate_series(1, :count)"),
                                         {"sequence": self.sequences[table.name], "count": count}))

    def _statement(self, table, names: tuple[str, ...]) -> tuple[str, list]:
        key = (table.name, names)
        if key not in self.statements:
            processors = []
            for n, name in enumerate(names):
                kind = table.c[name].type
                if isinstance(kind, JSONText):
                    process = _json_text
                elif isinstance(kind, UTCDateTime) and self.sqlite:
                    process = _sqlite_time
                else:
                    process = kind.dialect_impl(self.dialect).bind_processor(self.dialect)
                if process is not None:
                    processors.append((n, process))
            if self.sqlite:
                sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
            else:
                sql = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
            self.statements[key] = (sql, processors)
        return self.statements[key]
