"""Who may change a case through an exchange, and which copy of a case is newer.

Every case belongs to the workstation it was made on. A case made here has no
row; one that came in has a ``case_origins`` row naming the workstation whose
bundle (or sync) brought it first. Only the owner's bundles may create or
change a case. Another sender may only bring what it is entitled to: head
office's bundles bring the reviews supervisors made there (an approval, or a
return with the next revision that reopens the named sections); anything
else is refused, record by record, into the conflicts list with the reason.

Copies of an open revision are ordered by the owner's **change counter**
(how many audited changes the case has had on its own workstation), never by
wall-clock times: a workstation whose clock runs ahead cannot pin a record.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.domain import references
from inspector.domain.clock import now_utc
from inspector.domain.enums import Status
from inspector.store.models import AuditEntry, CaseOrigin, JointInspection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sender:
    """The workstation a bundle or sync speaks for, as this database knows it."""

    workstation: str  # its id
    bcp: str | None = None  # the BCP its trusted key belongs to (None: not stated)
    code: str | None = None  # its short workstation code, carried in its references
    fingerprint: str | None = None  # the key that signed (None: a sync)
    head_office: bool = False  # head office's key: may bring reviews of cases others own


def local_changes(session: Session, uuids: Iterable[str]) -> dict[str, int]:
    """The change counter of cases made here: their audited changes, not counting exchanges."""
    uuids = list(uuids)
    if not uuids:
        return {}
    rows = session.execute(select(AuditEntry.inspection_uuid, func.count(AuditEntry.id))
                           .where(AuditEntry.inspection_uuid.in_(uuids), ~AuditEntry.action.startswith("exchange."))
                           .group_by(AuditEntry.inspection_uuid))
    counts = dict.fromkeys(uuids, 0)
    counts.update({uuid: count for uuid, count in rows})
    return counts


def owners(session: Session, uuids: Iterable[str], here: str) -> dict[str, tuple[str, int | None]]:
    """What an export states for each case: its owner and the owner's change counter as known here."""
    uuids = list(uuids)
    result = {row.uuid: (row.workstation_id, row.changes)
              for row in session.scalars(select(CaseOrigin).where(CaseOrigin.uuid.in_(uuids)))}
    for uuid, count in local_changes(session, [u for u in uuids if u not in result]).items():
        result[uuid] = (here, count)
    return result


def origin_of(session: Session, uuid: str) -> CaseOrigin | None:
    return session.get(CaseOrigin, uuid)


def case_exists(session: Session, uuid: str) -> bool:
    return session.scalar(select(JointInspection.id).where(JointInspection.uuid == uuid).limit(1)) is not None


def record_origin(session: Session, uuid: str, owner: str, doc: dict, sender: Sender,
                  changes: int | None) -> CaseOrigin:
    """The case came in: ``owner`` made it (the sender, except in our own bundle brought back)."""
    row = CaseOrigin(uuid=uuid, workstation_id=owner, workstation_code=references.code_of(doc["reference"]),
                     bcp_code=doc["bcp"], key_fingerprint=sender.fingerprint, changes=changes,
                     recorded_at=now_utc())
    session.add(row)
    return row


def workstation_of_code(session: Session, bcp: str, code: str) -> str | None:
    """The workstation already known here under this BCP's code, if any."""
    return session.scalar(select(CaseOrigin.workstation_id).where(
        CaseOrigin.bcp_code == bcp, CaseOrigin.workstation_code == code).limit(1))


def is_return_of(previous: dict, doc: dict) -> bool:
    """True when ``doc`` is exactly the revision a return of ``previous`` makes.

    The review's named sections are reopened with its comment, everything else
    is copied; only the new revision's creation time is the reviewer's own.
    """
    review = previous.get("review")
    if previous["status"] != Status.RETURNED or not review or doc["revision"] != previous["revision"] + 1:
        return False
    expected = dict(previous)
    expected.update(revision=doc["revision"], status=Status.IN_PROGRESS.value, released_at=None, decision=None,
                    finalized_at=None, finalized_by=None, review=None, checkpoint=None, record_hash=None,
                    finalization=None, created_at=doc["created_at"], hash_format=doc["hash_format"],
                    amendment={"number": doc["revision"], "reason": review["comment"], "by": review["reviewer"]})
    reopened = set(review["agencies"])
    expected["agencies"] = [
        {**a, "signed_at": None, "signed_by": None, "finished_at": None, "drawn_signature": None,
         "signature": None, "returned_comment": review["comment"]} if a["agency"] in reopened else a
        for a in previous["agencies"]]
    return expected == doc
