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

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

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
        self.revisions: list[dict] = []  # records.rows() of each revision
        self.origins: list[dict] = []
        self.references: dict[str, str] = {}  # reference -> uuid, of cases waiting here

    def __len__(self) -> int:
        return len(self.revisions)

    def add(self, revision_rows: dict) -> None:
        self.revisions.append(revision_rows)

    def add_origin(self, row: dict) -> None:
        self.origins.append(row)

    def write(self) -> None:
        if not self.revisions and not self.origins:
            return
        session = self.session
        signatures = self._signature_ids()
        parents = [r["inspection"] for r in self.revisions]
        rows = []
        for parent in parents:
            row = {k: v for k, v in parent.items() if k != "finalization_signature"}
            row["finalization_signature_id"] = _id_of(signatures, parent["finalization_signature"])
            rows.append(row)
        ids = _insert_returning(session, JointInspection, rows) if rows else []
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
            if children[name]:
                session.execute(insert(model.__table__), children[name])
        if reviews:
            session.execute(insert(Review.__table__), reviews)
        if sections:
            section_ids = _insert_returning(session, AgencySection, sections)
            answers = [{**answer, "section_id": section_id}
                       for section_id, group in zip(section_ids, answers_of, strict=True) for answer in group]
            if answers:
                session.execute(insert(Answer.__table__), answers)
        if self.origins:
            session.execute(insert(CaseOrigin.__table__), self.origins)
        self.revisions, self.origins, self.references = [], [], {}

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
            found.update(zip((r["value"] for r in new), _insert_returning(self.session, Signature, new), strict=True))
        return found


def _id_of(ids: dict[str, int], ref: dict | None) -> int | None:
    return None if ref is None else ids[ref["value"]]


def _insert_returning(session: Session, model, rows: list[dict]) -> list[int]:
    table = model.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(statement, rows).scalars())
