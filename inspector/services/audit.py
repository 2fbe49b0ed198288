"""The append-only audit trail, chained by SHA-256 (SPEC §3 "Audit trail").

Each entry's hash covers its own content and the previous entry's hash, so an
edit, insertion or deletion made outside the app breaks the chain at a place
``inspector check`` can name.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, insert, select, text
from sqlalchemy.orm import Session

from inspector.domain.clock import now_utc
from inspector.store.models import AuditEntry, ImportedAuditEntry, User

GENESIS = "0" * 64
SYSTEM_USERNAME = "system"


def entry_hash(entry: AuditEntry) -> str:
    return _hash(entry.id, entry.at, entry.user_id, entry.username, entry.action, entry.entity,
                 entry.entity_id, entry.inspection_uuid, entry.old, entry.new, entry.prev_hash)


def _hash(id_, at, user_id, username, action, entity, entity_id, inspection_uuid, old, new, prev_hash) -> str:
    payload = {
        "id": id_,
        "at": at.isoformat(),
        "user_id": user_id,
        "username": username,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "inspection_uuid": inspection_uuid,
        "old": old,
        "new": new,
        "prev_hash": prev_hash,
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_TAIL = "audit_tail"
_NEWEST = select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)  # built once


def _last(session: Session) -> tuple[int, str]:
    """The newest entry's id and hash, read once per transaction.

    One writer per database (the lock file) means nobody else appends while
    our transaction is open, so the tail can be remembered until it ends.
    """
    tail = session.info.get(_TAIL)
    if tail is None:
        if session.get_bind().dialect.name == "postgresql":
            # Several writers share head office's database: take turns at the
            # chain's tail (the same key the exchange's merge uses).
            session.execute(text("SELECT pg_advisory_xact_lock(1111707721)"))
        row = session.connection().execute(_NEWEST).first()
        tail = (row.id, row.hash) if row else (0, GENESIS)
    return tail


def head(session: Session) -> tuple[int, str]:
    """The chain's newest entry (id, hash), including entries not yet flushed: a checkpoint."""
    return _last(session)


def appended(session: Session, tail: tuple[int, str]) -> None:
    """Entries up to ``tail`` were inserted in this transaction by their writer (``chained_row``)."""
    session.info[_TAIL] = tail


@event.listens_for(Session, "after_transaction_end")
def _forget_tail(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_TAIL, None)


def record(session: Session, actor: User | None, action: str, entity: str,
           entity_id: object = None, *, old: object = None, new: object = None,
           inspection_uuid: str | None = None) -> None:
    """Append one entry, chained to the one before (written at once, in the caller's transaction)."""
    row = entry_row(session, actor, action, entity, entity_id, old=old, new=new, inspection_uuid=inspection_uuid)
    # A plain insert on the transaction's connection, not an object for the unit of work: the entry
    # never changes once written, and it was a good part of what an answer cost.
    session.connection().execute(_INSERT, row)


def entry_row(session: Session, actor: User | None, action: str, entity: str,
              entity_id: object = None, *, old: object = None, new: object = None,
              inspection_uuid: str | None = None) -> dict:
    """The chain's next entry as a row, the chain's tail moved on to it: for a caller that inserts
    many rows at once before its transaction ends (the exchange's merge); :func:`record` otherwise."""
    row = chained_row(_last(session), now_utc(), actor, action, entity, entity_id, old=old, new=new,
                      inspection_uuid=inspection_uuid)
    session.info[_TAIL] = (row["id"], row["hash"])
    return row


def chained_row(tail: tuple[int, str], at: datetime, actor: User | None, action: str, entity: str,
                entity_id: object = None, *, old: object = None, new: object = None,
                inspection_uuid: str | None = None) -> dict:
    """The entry after ``tail`` (the chain's newest (id, hash)) at ``at``, as :func:`record` writes it.

    For writers that chain many entries away from a session (the demo's bulk
    records: chain each to the row before, insert them in order, then
    :func:`appended`).
    """
    last_id, last_hash = tail
    row = {
        "id": last_id + 1,
        "at": at,
        "user_id": actor.id if actor else None,
        "username": actor.username if actor else SYSTEM_USERNAME,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "inspection_uuid": inspection_uuid,
        "old": _jsonable(old),
        "new": _jsonable(new),
        "prev_hash": last_hash,
    }
    row["hash"] = _hash(**{"id_" if k == "id" else k: v for k, v in row.items()})
    return row


_INSERT = insert(AuditEntry.__table__)


def _jsonable(value: object) -> object:
    """Values as they round-trip through JSON, so the hash is stable on re-read."""
    if value is None:
        return None
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    reason: str  # catalogue key: audit.hash_mismatch, audit.link_broken, audit.gap


def verify_chain(session: Session, batch: int = 5000) -> list[ChainBreak]:
    """Every place where the chain does not hold, oldest first."""
    breaks: list[ChainBreak] = []
    expected_prev, expected_id = GENESIS, 1
    for entry in _iterate(session, batch):
        if entry.id != expected_id:
            breaks.append(ChainBreak(entry.id, "audit.gap"))
        if entry.prev_hash != expected_prev:
            breaks.append(ChainBreak(entry.id, "audit.link_broken"))
        if entry_hash(entry) != entry.hash:
            breaks.append(ChainBreak(entry.id, "audit.hash_mismatch"))
        expected_prev, expected_id = entry.hash, entry.id + 1
    return breaks


_TABLE = AuditEntry.__table__


def _iterate(session: Session, batch: int) -> Iterator:
    """Every entry, oldest first, as rows (read by column name like entries; no ORM objects to build)."""
    last = 0
    while True:
        rows = session.execute(select(_TABLE).where(_TABLE.c.id > last).order_by(_TABLE.c.id).limit(batch)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id


def history(session: Session, inspection_uuid: str) -> list[AuditEntry | ImportedAuditEntry]:
    """A case's trail: this database's entries and those other workstations' bundles brought
    (``imported_audit``: who answered what on the workstation that owns the case), by time."""
    own = list(session.scalars(
        select(AuditEntry).where(AuditEntry.inspection_uuid == inspection_uuid).order_by(AuditEntry.id)))
    imported = list(session.scalars(
        select(ImportedAuditEntry).where(ImportedAuditEntry.inspection_uuid == inspection_uuid)
        .order_by(ImportedAuditEntry.origin, ImportedAuditEntry.origin_id)))
    if not imported:
        return own
    return sorted(own + imported, key=lambda e: e.at)  # stable: each chain keeps its own order


# -- entries of other workstations' chains (imported_audit) ---------------------------------

IMPORT_ACTION = "exchange.bundle_imported"


def imported_digest(hashes) -> str:
    """What the local chain records about the imported entries an import added (``audit_sha256`` of its
    ``exchange.bundle_imported`` entry): the SHA-256 of their hashes, in the order they were added."""
    value = hashlib.sha256()
    for h in hashes:
        value.update(h.encode("ascii"))
    return value.hexdigest()


def verify_imported(session: Session, batch: int = 5000) -> list[ChainBreak]:
    """Imported entries whose content no longer gives their hash (``audit.imported_mismatch``, the row's
    id), and imports whose entries are no longer those the local chain recorded (``audit.imported_set``,
    the id of the chain's entry about that import)."""
    breaks: list[ChainBreak] = []
    added: dict[str, list[str]] = {}
    last = 0
    while True:
        rows = session.scalars(select(ImportedAuditEntry).where(ImportedAuditEntry.id > last)
                               .order_by(ImportedAuditEntry.id).limit(batch)).all()
        if not rows:
            break
        for row in rows:
            foreign = AuditEntry(id=row.origin_id, at=row.at, user_id=row.user_id, username=row.username,
                                 action=row.action, entity=row.entity, entity_id=row.entity_id,
                                 inspection_uuid=row.inspection_uuid, old=row.old, new=row.new,
                                 prev_hash=row.prev_hash)
            if entry_hash(foreign) != row.hash:
                breaks.append(ChainBreak(row.id, "audit.imported_mismatch"))
            added.setdefault(row.received_in, []).append(row.hash)
        last = rows[-1].id
        session.expunge_all()
    for entry_id, new in session.execute(select(AuditEntry.id, AuditEntry.new).where(
            AuditEntry.action == IMPORT_ACTION).order_by(AuditEntry.id)):
        if not (isinstance(new, dict) and new.get("audit_sha256")):
            continue
        hashes = added.get(str(new.get("source") or ""), [])
        count = new.get("audit_imported") or 0
        if len(hashes) < count or imported_digest(hashes[:count]) != new["audit_sha256"]:
            breaks.append(ChainBreak(entry_id, "audit.imported_set"))
        del hashes[:count]
    return breaks
