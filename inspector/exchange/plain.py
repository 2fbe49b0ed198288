"""Revisions read as plain rows, for :func:`~inspector.services.documents.to_document` (export, sync).

The ORM graph of a page of cases (every revision with its drivers, documents,
cargo, seals, sections and answers, files, reviews, signatures and people)
cost most of an export. Here each table is read once per page with SQLAlchemy
Core — the same columns, through the same column types, so every value is
what the ORM would hold — and the rows are joined up in Python into plain
objects with the ORM's attribute names and relationship order. ``to_document``
of such an object is the document of the ORM row
(``tests/exchange/test_plain.py`` compares the two on every demo revision).

People and frozen checklists are few and read once per :class:`Loader`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.store.models import (
    AgencySection,
    Answer,
    Attachment,
    AttachmentBlob,
    CargoLine,
    Document,
    Driver,
    FrozenChecklist,
    JointInspection,
    Review,
    Seal,
    Signature,
    User,
)

log = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN list
_LEAVES = (("drivers", Driver, Driver.position), ("documents", Document, Document.position),
           ("cargo", CargoLine, CargoLine.position), ("seals", Seal, Seal.position),
           ("reviews", Review, Review.id))
_USER_COLUMNS = (User.id, User.username, User.full_name, User.badge_number, User.agency, User.role,
                 User.record_role)
_USER_KEYS = ("lead_officer", "decision_confirmed_by", "created_by", "finalized_by", "amended_by")


class Loader:
    """Reads revisions as plain objects; keeps people and checklists between pages."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._users: dict[int, SimpleNamespace] = {}
        self._checklists: dict[int, SimpleNamespace] = {}

    def revisions(self, uuids: Iterable[str]) -> list[SimpleNamespace]:
        """Every revision of these cases, oldest first (as ``export.revisions_of``)."""
        uuids = list(uuids)
        revisions = []
        for start in range(0, len(uuids), _CHUNK):
            revisions += self._rows(select(JointInspection.__table__).where(
                JointInspection.uuid.in_(uuids[start:start + _CHUNK]))
                .order_by(JointInspection.uuid, JointInspection.revision))
        ids = [r.id for r in revisions]
        children = {name: self._grouped(model, model.inspection_id, ids, order, rows=name != "reviews")
                    for name, model, order in _LEAVES}
        sections = self._grouped(AgencySection, AgencySection.inspection_id, ids, AgencySection.id)
        answers = self._grouped(Answer, Answer.section_id,
                                [s.id for group in sections.values() for s in group], Answer.id, rows=True)
        attachments = self._attachments(ids)
        wanted = {r.finalization_signature_id for r in revisions}
        wanted.update(s.e_signature_id for group in sections.values() for s in group)
        wanted.update(r.signature_id for group in children["reviews"].values() for r in group)
        signatures = self._signatures(wanted - {None})
        people = {r.reviewer_id for group in children["reviews"].values() for r in group}
        for group in sections.values():
            people.update(x for s in group for x in (s.officer_id, s.signed_by_id))
        for r in revisions:
            people.update(getattr(r, f"{key}_id") for key in _USER_KEYS)
        self._read_users(people)
        user = self._user
        for section_group in sections.values():
            for s in section_group:
                s.answers = answers.get(s.id, [])
                s.checklist = self._checklist(s.checklist_id)
                s.officer, s.signed_by = user(s.officer_id), user(s.signed_by_id)
                s.e_signature = signatures.get(s.e_signature_id)
        for group in children["reviews"].values():
            for r in group:
                r.reviewer, r.signature = user(r.reviewer_id), signatures.get(r.signature_id)
        for r in revisions:
            for name, _model, _order in _LEAVES:
                setattr(r, name, children[name].get(r.id, []))
            r.sections = sections.get(r.id, [])
            r.attachments = attachments.get(r.id, [])
            for key in _USER_KEYS:
                setattr(r, key, user(getattr(r, f"{key}_id")))
            r.finalization_signature = signatures.get(r.finalization_signature_id)
        return revisions

    def _rows(self, statement, rows: bool = False) -> list:
        """Rows as objects to add attributes to, or as they are (``rows``: read by name only)."""
        result = self.session.execute(statement)
        if rows:
            return list(result)
        keys = tuple(result.keys())
        return [SimpleNamespace(**dict(zip(keys, row))) for row in result]

    def _grouped(self, model, key, ids: list[int], order, rows: bool = False) -> dict[int, list]:
        grouped: dict[int, list] = defaultdict(list)
        name = key.key
        for start in range(0, len(ids), _CHUNK):
            for row in self._rows(select(model.__table__).where(key.in_(ids[start:start + _CHUNK])).order_by(order),
                                  rows):
                grouped[getattr(row, name)].append(row)
        return grouped

    def _attachments(self, ids: list[int]) -> dict[int, list[SimpleNamespace]]:
        grouped: dict[int, list[SimpleNamespace]] = defaultdict(list)
        for start in range(0, len(ids), _CHUNK):
            rows = self.session.execute(
                select(Attachment.__table__, AttachmentBlob.media_type, AttachmentBlob.size)
                .join(AttachmentBlob, AttachmentBlob.sha256 == Attachment.sha256)
                .where(Attachment.inspection_id.in_(ids[start:start + _CHUNK])).order_by(Attachment.id))
            for row in rows:
                values = dict(row._mapping)
                blob = SimpleNamespace(sha256=values["sha256"], media_type=values.pop("media_type"),
                                       size=values.pop("size"))
                grouped[values["inspection_id"]].append(SimpleNamespace(**values, blob=blob))
        return grouped

    def _signatures(self, ids: set[int]) -> dict[int, SimpleNamespace]:
        found: dict[int, SimpleNamespace] = {}
        wanted = sorted(ids)
        for start in range(0, len(wanted), _CHUNK):
            for row in self._rows(select(Signature.__table__).where(Signature.id.in_(wanted[start:start + _CHUNK]))):
                found[row.id] = row
        self._read_users({s.signer_id for s in found.values()})
        for s in found.values():
            s.signer = self._user(s.signer_id)
        return found

    def _read_users(self, ids: set) -> None:
        missing = sorted(i for i in ids if i is not None and i not in self._users)
        for start in range(0, len(missing), _CHUNK):
            for row in self.session.execute(select(*_USER_COLUMNS).where(User.id.in_(missing[start:start + _CHUNK]))):
                self._users[row.id] = SimpleNamespace(**row._mapping)

    def _user(self, user_id: int | None) -> SimpleNamespace | None:
        return None if user_id is None else self._users[user_id]

    def _checklist(self, checklist_id: int) -> SimpleNamespace:
        if checklist_id not in self._checklists:
            row = self.session.execute(select(FrozenChecklist.__table__).where(
                FrozenChecklist.id == checklist_id)).one()
            self._checklists[checklist_id] = SimpleNamespace(**row._mapping)
        return self._checklists[checklist_id]
