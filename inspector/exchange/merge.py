"""Merging record revisions into a database: the rules shared by import and sync.

Keyed by ``(uuid, revision)``, so merging the same revision twice changes
nothing. For a revision already present:

- an identical copy is skipped;
- a locked one (finalized, approved, returned) is never overwritten. The one
  change a locked revision still allows — its review, ``finalized`` →
  ``approved``/``returned`` with the same record hash — is applied; an older
  copy (``finalized`` while ours is reviewed) is skipped; any other difference
  is a **conflict**: the incoming document is kept aside in
  ``exchange_conflicts`` for a supervisor, ours stays;
- an open one (draft, in progress, completed) is replaced by the incoming
  copy unless that copy is older (its ``updated_at`` before ours).

People are matched by username. An unknown user is created **inactive and
without a password**: the account exists so the record can name its officer,
but nobody can log in with it until an administrator activates it and sets a
password. A username whose details differ from the local account's (another
person, or changed details) would change the record's hash, so that revision
is a conflict too. Every change is audited.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from inspector.checklists.loader import load_data
from inspector.domain.clock import now_utc
from inspector.domain.enums import Role, Status
from inspector.domain import references
from inspector.exchange import audit_trail, ownership, records
from inspector.exchange.bulk import PendingRevisions
from inspector.exchange.keys import workstation_id
from inspector.exchange.ownership import Sender
from inspector.exchange.errors import BundleRejected
from inspector.services import audit
from inspector.services.attachments import media_type
from inspector.services.checklists import freeze, frozen
from inspector.services.documents import canonical_json, jcs, record_hash, sha256_hex, to_document
from inspector.services.replay import answer_state, section_digests
from inspector.store.models import (
    AttachmentBlob,
    CaseOrigin,
    ExchangeConflict,
    FrozenChecklist,
    JointInspection,
    ReferenceCounter,
    Review,
    Signature,
    User,
)

log = logging.getLogger(__name__)

MERGE_LOCK = 0x42435049  # "BCPI": one writer merges into a shared (PostgreSQL) database at a time
EXPUNGE_EVERY = 200  # cases: new revisions are inserted, and the session emptied, this often


@dataclass
class MergeSummary:
    inserted: int = 0
    replaced: int = 0
    reviewed: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    new_conflicts: int = 0
    users_created: int = 0
    checklists_frozen: int = 0
    attachments_stored: int = 0
    audit_imported: int = 0  # entries of the sender's audit chain taken (imported_audit)
    audit_refused: int = 0  # entries of cases the sender may not bring

    @property
    def changed(self) -> int:
        return self.inserted + self.replaced + self.reviewed

    @property
    def revisions(self) -> int:
        return self.changed + self.unchanged + self.stale + self.conflicts

    def add(self, other: MergeSummary) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def to_json(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def lock_for_merge(session: Session) -> None:
    """Serialize merges into a shared database (SQLite already has one writer)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MERGE_LOCK})


class Merger:
    """Merges the revisions of one case at a time into ``session`` (the caller commits)."""

    def __init__(self, session: Session, *, source: str, actor: User | None, sender: Sender,
                 blob_source: Callable[[str], bytes], checklist_source: Callable[[str, str], dict | None]) -> None:
        self.session, self.source, self.actor, self.sender = session, source[:200], actor, sender
        self.here = workstation_id(session)
        self.blob_source, self.checklist_source = blob_source, checklist_source
        self.summary = MergeSummary()
        self._users: dict[str, tuple[int, tuple]] = {}
        self._checklists: dict[tuple[str, str], int] = {}
        self._blobs: set[str] = set()
        self._cases = 0
        self._signatures: dict[str, int] = {}
        self.audit_digest = hashlib.sha256()  # of the imported audit entries' hashes, in the order added
        self.pending = PendingRevisions(session)  # new cases' rows, inserted per table by flush()
        self._counters: dict[tuple[str, int], int] = {}  # (bcp, year) -> highest number merged
        self._prefetched: dict[str, tuple[bool, bool]] = {}  # uuid -> (has an origin row, is here)
        self._taken: dict[str, str | None] = {}  # reference -> uuid here (None: free), prefetched
        self.resolver = records.Resolver(user=self._user, checklist=self._checklist, blob=None,
                                         signature=self._signature)

    # -- one case ---------------------------------------------------------------------

    def merge_case(self, revisions: list[tuple[dict, datetime | None]], changes: int | None = None,
                   origin_stated: str | None = None, audit: list[dict] | None = None, *,
                   plain: bool = False) -> None:
        """All revisions of one case, oldest first, with the owner's change counter of the case and the
        owner the sender states (bundles from before ownership state none: the sender, then), and the
        entries of the sender's audit chain about the case (checked already: ``audit_trail.check``);
        ``plain``: every document's canonical JSON is json's (``documents.jcs``)."""
        first = revisions[0][0]
        uuid = first["uuid"]
        origin, exists = self._known(uuid)
        owner = origin.workstation_id if origin is not None else (self.here if exists else None)
        if owner is None:
            refusal = self._refuse_new_case(first, origin_stated)
            if refusal is not None:
                for document, _updated_at in revisions:
                    self._conflict(document, refusal, local_sha=None)
                self._take_audit(uuid, audit, allowed=False)
                return
            owner = origin_stated or self.sender.workstation  # only differs in our own bundle (a restore)
            self._new_case(uuid, owner, revisions, changes, plain)
            if audit and self.sender.workstation != self.here:  # none of a new case's entries is here
                self._queue_audit(audit_trail.rows(uuid, self.sender.workstation, audit, self.source, now_utc()))
            self._count_reference(first["reference"])
            self._case_done()
            return
        if owner == self.sender.workstation or (self.sender.workstation == self.here and owner == origin_stated):
            stored = origin.changes if origin is not None else ownership.local_changes(self.session, [uuid])[uuid]
            order = _Order(changes, stored)
            for document, updated_at in revisions:
                self._merge_revision(document, updated_at, order)
            if origin is not None and changes is not None and (origin.changes or 0) < changes:
                origin.changes = changes
            self._take_audit(uuid, audit, allowed=True)
        else:
            previous = None
            for document, _updated_at in revisions:
                self._merge_foreign(document, previous)
                previous = document
            self._take_audit(uuid, audit, allowed=self.sender.head_office)  # head office's reviews
        self.session.flush()
        self._mark_current(uuid)
        self._count_reference(first["reference"])
        self._case_done()

    def _case_done(self) -> None:
        self._cases += 1
        if self._cases % EXPUNGE_EVERY == 0:
            self.flush()
            self.session.expunge_all()  # bounded memory; caches keep ids only

    def flush(self) -> None:
        """Write what waits (new revisions, reference counters); the caller commits."""
        self.pending.write()
        for (bcp, year), number in self._counters.items():
            counter = self.session.get(ReferenceCounter, (bcp, year))
            if counter is None:
                self.session.add(ReferenceCounter(bcp_code=bcp, year=year, last_number=number))
            elif counter.last_number < number:
                counter.last_number = number
        self._counters = {}
        self.session.flush()

    def prefetch(self, cases: list[tuple[str, str]]) -> None:
        """What :meth:`merge_case` asks about each of these cases ``(uuid, reference)``, in three queries
        rather than three per case: its origin, whether it is here, which references are taken."""
        uuids = [uuid for uuid, _reference in cases]
        origins = {row.uuid: row for row in self.session.scalars(
            select(CaseOrigin).where(CaseOrigin.uuid.in_(uuids)))}
        here = set(self.session.scalars(select(JointInspection.uuid).where(JointInspection.uuid.in_(uuids))))
        self._prefetched = {uuid: (uuid in origins, uuid in here or uuid in origins) for uuid in uuids}
        references = [reference for _uuid, reference in cases]
        self._taken = dict.fromkeys(references)
        self._taken.update(self.session.execute(select(JointInspection.reference, JointInspection.uuid).where(
            JointInspection.reference.in_(references))).all())

    def prefetch_people_and_files(self, documents: list[dict]) -> None:
        """The accounts these documents name and the files they need that are here already, in a query
        or two rather than one per person and per file (sync: a batch's documents in hand)."""
        usernames = sorted({ref["username"] for doc in documents for _path, ref in records.user_refs(doc)}
                           - set(self._users))
        for start in range(0, len(usernames), 500):
            for user in self.session.scalars(select(User).where(User.username.in_(usernames[start:start + 500]))):
                self._users[user.username] = (user.id, records.user_profile(user))
        digests = sorted(set().union(*(records.blob_refs(doc) for doc in documents)) - self._blobs)
        for start in range(0, len(digests), 500):
            self._blobs.update(self.session.scalars(select(AttachmentBlob.sha256).where(
                AttachmentBlob.sha256.in_(digests[start:start + 500]))))

    def _known(self, uuid: str) -> tuple[CaseOrigin | None, bool]:
        if uuid in self._prefetched:
            has_origin, exists = self._prefetched.pop(uuid)
            # (the row itself again: the session may have been emptied since, and the merge changes it)
            return (ownership.origin_of(self.session, uuid) if has_origin else None), exists
        origin = ownership.origin_of(self.session, uuid)
        return origin, origin is not None or ownership.case_exists(self.session, uuid)

    def _new_case(self, uuid: str, owner: str, revisions: list[tuple[dict, datetime | None]],
                  changes: int | None, plain: bool = False) -> None:
        """A case not here yet, from its owner: every revision is new; rows wait in :attr:`pending`."""
        first = revisions[0][0]
        if owner != self.here:
            self.pending.add_origin({
                "uuid": uuid, "workstation_id": owner, "workstation_code": references.code_of(first["reference"]),
                "bcp_code": first["bcp"], "key_fingerprint": self.sender.fingerprint, "changes": changes,
                "recorded_at": now_utc()})
        self.pending.references[first["reference"]] = uuid
        queued = []
        for document, updated_at in revisions:
            if self._users_conflict(document):
                continue
            for digest in sorted(records.blob_refs(document)):
                self._ensure_blob(digest)
            rows = records.rows(document, self._user_id, self._checklist_id, updated_at)
            self.pending.add(rows)
            queued.append(rows["inspection"])
            self.pending.audit_log.append(audit.entry_row(  # inserted with the rows, chained now
                self.session, self.actor, "exchange.revision_imported", "inspection", document["reference"],
                inspection_uuid=uuid,
                new={"revision": document["revision"], "status": document["status"],
                     "record_hash": document.get("record_hash"), "hash_format": document.get("hash_format"),
                     "source": self.source, "sections": _section_digests(rows, plain)}))
            self.summary.inserted += 1
        for row in queued[:-1]:
            row["is_current"] = False  # only the newest revision of a case is current

    def _take_audit(self, uuid: str, entries: list[dict] | None, *, allowed: bool) -> None:
        """The sender's audit entries about a case, if it may bring the case; ours are here already."""
        if not entries or self.sender.workstation == self.here:
            return
        if not allowed:
            self.summary.audit_refused += len(entries)
            log.warning("audit entries of %s from %s refused: not the sender's case", uuid, self.source)
            return
        self._queue_audit(audit_trail.fresh(self.session, uuid, self.sender.workstation, entries, self.source))

    def _queue_audit(self, rows: list[dict]) -> None:
        """Inserted by :meth:`flush` in this order, the order of the local chain's digest of them."""
        self.pending.audit.extend(rows)
        for row in rows:
            self.audit_digest.update(row["hash"].encode("ascii"))
        self.summary.audit_imported += len(rows)

    def _refuse_new_case(self, doc: dict, origin_stated: str | None) -> str | None:
        """Why the sender may not bring this case we do not have (None: it may)."""
        if self.sender.workstation != self.here and (
                self.sender.head_office or (origin_stated or self.sender.workstation) != self.sender.workstation):
            return "not_owner"  # a workstation brings the cases it made; head office brings reviews
        if self.sender.bcp and doc["bcp"] != self.sender.bcp:
            return "other_bcp"
        code = references.code_of(doc["reference"])
        if code is not None and self.sender.code is not None and code != self.sender.code:
            return "other_workstation_code"
        pending = self.pending.references.get(doc["reference"])
        if pending is not None and pending != doc["uuid"]:
            return "reference_taken"  # by a case earlier in this bundle
        if doc["reference"] in self._taken:
            known = self._taken[doc["reference"]]
            return "reference_taken" if known is not None and known != doc["uuid"] else None
        taken = self.session.scalar(select(JointInspection.uuid).where(
            JointInspection.reference == doc["reference"], JointInspection.uuid != doc["uuid"]).limit(1))
        if taken is not None:
            return "reference_taken"
        return None

    def _merge_revision(self, doc: dict, updated_at: datetime | None, order: _Order) -> None:
        local = self.session.scalar(select(JointInspection).where(
            JointInspection.uuid == doc["uuid"], JointInspection.revision == doc["revision"]))
        if local is None:
            if self._users_conflict(doc):
                return
            self._insert(doc, updated_at, "exchange.revision_imported")
            self.summary.inserted += 1
            return
        mine = to_document(local)
        if canonical_json(mine) == canonical_json(doc):
            self.summary.unchanged += 1
            return
        if Status(local.status).locked:
            self._merge_locked(local, mine, doc)
        elif not records.is_locked(doc) and order.older(updated_at, local.updated_at):
            self.summary.stale += 1
        else:
            if self._users_conflict(doc):
                return
            self.session.delete(local)
            self.session.flush()
            self._insert(doc, updated_at, "exchange.revision_replaced")
            self.summary.replaced += 1

    def _merge_foreign(self, doc: dict, previous: dict | None) -> None:
        """A revision of a case another workstation owns: only what the sender is entitled to bring."""
        local = self.session.scalar(select(JointInspection).where(
            JointInspection.uuid == doc["uuid"], JointInspection.revision == doc["revision"]))
        if local is None:
            if self.sender.head_office and previous is not None and ownership.is_return_of(previous, doc) \
                    and self._is_current_returned(doc["uuid"], previous["revision"]):
                if self._users_conflict(doc):
                    return
                self._insert(doc, None, "exchange.revision_imported")
                self.summary.inserted += 1
            else:
                self._conflict(doc, "not_owner", local_sha=None)
            return
        mine = to_document(local)
        if canonical_json(mine) == canonical_json(doc):
            self.summary.unchanged += 1
            return
        same_record = record_hash(doc) == local.record_hash == doc.get("record_hash")
        if same_record and local.status == Status.FINALIZED and doc["status"] in (Status.APPROVED, Status.RETURNED) \
                and self.sender.head_office:
            if self._users_conflict(doc):
                return
            self._apply_review(local, doc)
            self.summary.reviewed += 1
        elif same_record and doc["status"] == Status.FINALIZED and doc["review"] is None:
            self.summary.stale += 1
        else:
            self._conflict(doc, "not_owner", local_sha=_sha(mine))

    def _is_current_returned(self, uuid: str, revision: int) -> bool:
        newest = self.session.scalar(select(func.max(JointInspection.revision)).where(JointInspection.uuid == uuid))
        status = self.session.scalar(select(JointInspection.status).where(
            JointInspection.uuid == uuid, JointInspection.revision == revision))
        return newest == revision and status == Status.RETURNED

    def _merge_locked(self, local: JointInspection, mine: dict, doc: dict) -> None:
        same_record = record_hash(doc) == local.record_hash == doc.get("record_hash")
        if same_record and local.status == Status.FINALIZED and doc["status"] in (Status.APPROVED, Status.RETURNED):
            if self._users_conflict(doc):
                return
            self._apply_review(local, doc)
            self.summary.reviewed += 1
        elif same_record and doc["status"] == Status.FINALIZED and doc["review"] is None:
            self.summary.stale += 1  # an older copy of what we have, before its review
        else:
            self._conflict(doc, "locked_differs", local_sha=_sha(mine))

    # -- writing --------------------------------------------------------------------

    def _insert(self, doc: dict, updated_at: datetime | None, action: str) -> None:
        for digest in sorted(records.blob_refs(doc)):
            self._ensure_blob(digest)
        inspection = records.build(doc, self.resolver, updated_at)
        self.session.add(inspection)
        self.session.flush()
        audit.record(self.session, self.actor, action, "inspection", doc["reference"],
                     inspection_uuid=doc["uuid"],
                     new={"revision": doc["revision"], "status": doc["status"],
                          "record_hash": doc.get("record_hash"), "hash_format": doc.get("hash_format"),
                          "source": self.source, "sections": section_digests(inspection)})

    def _apply_review(self, local: JointInspection, doc: dict) -> None:
        review = doc["review"]
        local.reviews.append(Review(reviewer_id=self._user(review["reviewer"]).id, outcome=review["outcome"],
                                    comment=review["comment"], agencies=review["agencies"],
                                    remarks=review["remarks"],
                                    reviewed_at=records.parse_time(review["reviewed_at"]),
                                    signature=self.resolver.signed("review", doc, review.get("signature"))))
        old = local.status
        local.status = doc["status"]
        self.session.flush()
        audit.record(self.session, self.actor, "exchange.review_imported", "inspection", local.reference,
                     inspection_uuid=local.uuid, old={"status": old},
                     new={"revision": local.revision, "status": local.status, "source": self.source})

    def _conflict(self, doc: dict, reason: str, local_sha: str | None) -> None:
        self.summary.conflicts += 1
        incoming = _sha(doc)
        known = self.session.scalar(select(ExchangeConflict.id).where(
            ExchangeConflict.uuid == doc["uuid"], ExchangeConflict.revision == doc["revision"],
            ExchangeConflict.incoming_sha256 == incoming))
        if known is not None:
            return
        self.session.add(ExchangeConflict(
            uuid=doc["uuid"], revision=doc["revision"], reference=doc["reference"], reason=reason,
            source=self.source, received_at=now_utc(), local_sha256=local_sha, incoming_sha256=incoming,
            document=doc))
        self.session.flush()
        self.summary.new_conflicts += 1
        audit.record(self.session, self.actor, "exchange.conflict", "inspection", doc["reference"],
                     inspection_uuid=doc["uuid"],
                     new={"revision": doc["revision"], "reason": reason, "incoming_sha256": incoming,
                          "local_sha256": local_sha, "source": self.source})
        log.warning("conflict on %s rev %s (%s) from %s", doc["reference"], doc["revision"], reason, self.source)

    def _mark_current(self, uuid: str) -> None:
        """Only the newest revision of a case is current."""
        newest = self.session.scalar(select(func.max(JointInspection.revision)).where(JointInspection.uuid == uuid))
        for column_value, condition in ((False, JointInspection.revision != newest),
                                        (True, JointInspection.revision == newest)):
            self.session.execute(
                update(JointInspection).where(JointInspection.uuid == uuid, condition,
                                              JointInspection.is_current.is_not(column_value))
                .values(is_current=column_value).execution_options(synchronize_session="fetch"))

    def _count_reference(self, reference: str) -> None:
        """Keep the BCP's counter past imported references, so new ones never repeat them
        (written by :meth:`flush`)."""
        bcp, year, number = references.counter_key(reference)
        key = (bcp, int(year))
        self._counters[key] = max(self._counters.get(key, 0), int(number))

    # -- references -------------------------------------------------------------------

    def _users_conflict(self, doc: dict) -> bool:
        """Creates the unknown people of ``doc``; True (and a conflict) if a known one differs."""
        for _path, ref in records.user_refs(doc):
            known = self._known_user(ref["username"])
            if known is not None and known[1] != records.profile(ref):
                self._conflict(doc, "user_differs", local_sha=None)
                return True
        for _path, ref in records.user_refs(doc):
            if self._known_user(ref["username"]) is None:
                self._create_user(ref)
        return False

    def _known_user(self, username: str) -> tuple[int, tuple] | None:
        if username not in self._users:
            user = self.session.scalar(select(User).where(User.username == username))
            if user is None:
                return None
            self._users[username] = (user.id, records.user_profile(user))
        return self._users[username]

    def _create_user(self, ref: dict) -> None:
        # An inactive officer whatever the records say (a bundle never brings a supervisor or an
        # administrator); the role records name them with is kept apart, for the records only.
        stated = ref.get("role") or Role.OFFICER.value
        user = User(username=ref["username"], full_name=ref["full_name"], agency=ref.get("agency"),
                    role=Role.OFFICER.value, record_role=None if stated == Role.OFFICER.value else stated,
                    badge_number=ref.get("badge_number"), password_hash=None, active=False, failed_attempts=0,
                    created_at=now_utc())
        self.session.add(user)
        self.session.flush()
        self._users[user.username] = (user.id, records.user_profile(user))
        self.summary.users_created += 1
        audit.record(self.session, self.actor, "exchange.user_created_inactive", "user", user.id,
                     new={"username": user.username, "full_name": user.full_name, "role": user.role,
                          "record_role": user.record_role,
                          "agency": user.agency, "badge_number": user.badge_number, "source": self.source})

    def _user(self, ref: dict) -> User:
        return self.session.get(User, self._users[ref["username"]][0])

    def _signature(self, kind: str, doc: dict, ref: dict, agency: str | None, signer: User) -> Signature:
        """A signature already here (the same section signed in an earlier revision), or a new row."""
        value = ref["value"]
        if value not in self._signatures:
            known = self.session.scalar(select(Signature.id).where(Signature.value == value))
            if known is None:
                row = records.new_signature(kind, doc, ref, agency, signer)
                self.session.add(row)
                self.session.flush()
                known = row.id
            self._signatures[value] = known
        return self.session.get(Signature, self._signatures[value])

    def _user_id(self, ref: dict | None) -> int | None:
        return None if ref is None else self._users[ref["username"]][0]

    def _checklist(self, checklist_id: str, version: str) -> FrozenChecklist:
        return self.session.get(FrozenChecklist, self._checklist_id(checklist_id, version))

    def _checklist_id(self, checklist_id: str, version: str) -> int:
        key = (checklist_id, version)
        if key not in self._checklists:
            row = frozen(self.session, checklist_id, version)
            if row is None:
                data = self.checklist_source(checklist_id, version)
                if data is None:
                    raise BundleRejected("exchange.checklist_unknown", name="-", id=checklist_id, version=version)
                row = freeze(self.session, load_data(data, f"{checklist_id}@{version}"))
                self.summary.checklists_frozen += 1
            self._checklists[key] = row.id
        return self._checklists[key]

    def _ensure_blob(self, digest: str) -> None:
        if digest in self._blobs:
            return
        present = self.session.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == digest))
        if present is None:
            data = self.blob_source(digest)
            kind = media_type(data)
            if hashlib.sha256(data).hexdigest() != digest or kind is None:
                raise BundleRejected("exchange.member_hash", name=f"attachments/{digest}")
            self.pending.writer.insert(AttachmentBlob, [{  # at once: the file is not kept in memory
                "sha256": digest, "media_type": kind, "size": len(data), "data": data, "created_at": now_utc()}])
            self.summary.attachments_stored += 1
        self._blobs.add(digest)


def _section_digests(rows: dict, plain: bool = False) -> dict[str, str]:
    """``replay.section_digests`` of the revision these rows make (``plain``: of a plain document,
    ``documents.jcs``; the answers' item ids become keys, so they must be ASCII too)."""
    digests = {}
    for section, answers in rows["sections"]:
        states = {a["item_id"]: answer_state(SimpleNamespace(value=a["value"], note=a["note"], photos=a["photos"]))
                  for a in answers}
        content = {"answers": states, "decision": section["decision"], "remarks": section["remarks"]}
        digests[section["agency"]] = sha256_hex(jcs(content, plain=plain and "".join(states).isascii()))
    return digests


@dataclass(frozen=True)
class _Order:
    """Which of two copies of an open revision is newer: the owner's change counter when both
    copies state one, the revision's ``updated_at`` only for bundles from before counters."""

    incoming: int | None
    stored: int | None

    def older(self, incoming_time: datetime | None, stored_time: datetime) -> bool:
        if self.incoming is not None and self.stored is not None:
            return self.incoming <= self.stored
        return incoming_time is not None and incoming_time < stored_time


def _sha(document: dict) -> str:
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()
