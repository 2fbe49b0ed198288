"""A case's audit trail in a bundle (``audit/<uuid>.json``, format ``bcp-audit/1``).

Who answered what, when, in which section travels with the case: each entry
of the sending workstation's own chain that names the case, verbatim — its id
and hash in that chain, the hash of the entry before it, the account id and
username, the action, what it changed (``old``/``new``) and when.

A bundle carries only its signer's own entries (``origin`` is the signing
workstation's id): entries a workstation received from elsewhere stay where
they are and are never relayed; entries of any other chain are not taken
(counted as refused, like those of a case the sender may not bring). Verification, before anything is written:
each entry's hash is computed again from its content (``audit.entry_hash``,
the chain's own rule), ids grow, consecutive ids are linked by ``prev_hash``,
the case is one the bundle carries, and the member's SHA-256 is in the signed
manifest. Any failure refuses the bundle whole.

At the receiver the entries go to ``imported_audit``, never into the local
chain (ids would collide and the chain's links would break): the local chain
keeps its own entries about the import, with the number of audit entries taken
and the SHA-256 of their hashes (``audit.imported_digest``), so ``inspector check``
still finds the local chain whole and an imported entry changed later no longer
matches its own hash. Entries are stored only for a case the sender may bring
(the workstation that owns it, or head office for the cases it reviews); a
second import of the same entries adds nothing (``(origin, origin_id)``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from inspector.domain.clock import now_utc
from inspector.exchange.errors import BundleRejected
from inspector.services.audit import entry_hash
from inspector.services.documents import canonical_json
from inspector.store.models import AuditEntry, ImportedAuditEntry

log = logging.getLogger(__name__)

FORMAT = "bcp-audit/1"
ENTRY_KEYS = {"id", "at", "user_id", "username", "action", "entity", "entity_id", "old", "new", "prev_hash",
              "hash"}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_ID = 2**62


def member_name(uuid: str) -> str:
    return f"audit/{uuid}.json"


def local_entries(session: Session, uuids: Iterable[str]) -> dict[str, list[dict]]:
    """This database's own entries naming each case, oldest first, as a bundle carries them."""
    found: dict[str, list[dict]] = {}
    rows = session.execute(select(AuditEntry.__table__).where(AuditEntry.inspection_uuid.in_(list(uuids)))
                           .order_by(AuditEntry.id))
    for row in rows:
        found.setdefault(row.inspection_uuid, []).append(_entry_json(row))
    return found


def _entry_json(row) -> dict:
    return {"id": row.id, "at": row.at.isoformat(), "user_id": row.user_id, "username": row.username,
            "action": row.action, "entity": row.entity, "entity_id": row.entity_id, "old": row.old,
            "new": row.new, "prev_hash": row.prev_hash, "hash": row.hash}


def to_bytes(uuid: str, origin: str, entries: list[dict]) -> bytes:
    return canonical_json({"format": FORMAT, "uuid": uuid, "origin": origin, "entries": entries}).encode("utf-8")


@dataclass(slots=True)
class _Entry:
    """An entry as ``audit.entry_hash`` reads it."""

    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: str | None
    inspection_uuid: str
    old: object
    new: object
    prev_hash: str
    hash: str


def check(doc: object, uuid: str, name: str, raw: bytes | None = None) -> list[dict]:
    """The entries of an ``audit/<uuid>.json`` member, each checked; BundleRejected otherwise.

    Whose chain they are (``origin``) is the caller's to judge. ``raw``: the JSON the member was read
    from — without ``\\u0000`` in it no string holds a NUL, and that walk is skipped."""
    def invalid(detail: str) -> BundleRejected:
        return BundleRejected("exchange.audit_invalid", name=name, detail=detail)

    if not isinstance(doc, dict) or set(doc) != {"format", "uuid", "origin", "entries"}:
        raise invalid("keys")
    if doc["format"] != FORMAT:
        raise invalid("format")
    if doc["uuid"] != uuid:
        raise BundleRejected("exchange.document_misnamed", name=name)
    if not (isinstance(doc["origin"], str) and 0 < len(doc["origin"]) <= 64):
        raise invalid("origin")
    if not isinstance(doc["entries"], list) or not doc["entries"]:
        raise invalid("entries")
    nul_possible = raw is None or b"\\u0000" in raw
    previous: _Entry | None = None
    for n, entry in enumerate(doc["entries"]):
        problem = _entry_problem(entry, nul_possible)  # (the path is made only for a refusal)
        if problem is not None:
            raise invalid(f"entries[{n}]{problem}")
        at = _time(entry["at"])
        if at is None:
            raise invalid(f"entries[{n}].at")
        parsed = _Entry(entry["id"], at, entry["user_id"], entry["username"], entry["action"], entry["entity"],
                        entry["entity_id"], uuid, entry["old"], entry["new"], entry["prev_hash"], entry["hash"])
        if entry_hash(parsed) != parsed.hash:
            raise BundleRejected("exchange.audit_entry_forged", name=name, id=parsed.id)
        if previous is not None:
            if not parsed.id > previous.id:
                raise invalid(f"entries[{n}].id")
            if parsed.id == previous.id + 1 and parsed.prev_hash != previous.hash:
                raise BundleRejected("exchange.audit_entry_forged", name=name, id=parsed.id)
        previous = parsed
    return doc["entries"]


_TEXTS = (("username", 64, False), ("action", 48, False), ("entity", 32, False), ("entity_id", 64, True))


def _entry_problem(entry: object, nul_possible: bool) -> str | None:
    """Where an entry breaks the format (``.id``, ``""`` for the entry itself), or None."""
    if not isinstance(entry, dict) or entry.keys() != ENTRY_KEYS:
        return ""
    if not (_int(entry["id"]) and 0 < entry["id"] < MAX_ID):
        return ".id"
    if not (entry["user_id"] is None or (_int(entry["user_id"]) and 0 <= entry["user_id"] < MAX_ID)):
        return ".user_id"
    for key, limit, optional in _TEXTS:
        value = entry[key]
        if not ((optional and value is None) or (isinstance(value, str) and 0 < len(value) <= limit
                                                 and "\x00" not in value)):
            return f".{key}"
    for key in ("prev_hash", "hash"):
        if not (isinstance(entry[key], str) and _SHA256.fullmatch(entry[key])):
            return f".{key}"
    if nul_possible and "\x00" in canonical_json([entry["old"], entry["new"]]):
        return ".new"
    return None


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _time(text: object) -> datetime | None:
    if not isinstance(text, str) or len(text) > 40:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset().total_seconds() != 0:
        return None  # the chain writes UTC: any other offset would not give back the same hash
    return moment.astimezone(timezone.utc)


def rows(uuid: str, origin: str, entries: list[dict], received_in: str, received_at: datetime) -> list[dict]:
    """The ``imported_audit`` rows of a case's checked entries."""
    return [{"origin": origin, "origin_id": e["id"], "at": _time(e["at"]), "user_id": e["user_id"],
             "username": e["username"], "action": e["action"], "entity": e["entity"], "entity_id": e["entity_id"],
             "inspection_uuid": uuid, "old": e["old"], "new": e["new"], "prev_hash": e["prev_hash"],
             "hash": e["hash"], "received_in": received_in[:200], "received_at": received_at} for e in entries]


def insert_new(session: Session, rows_: list[dict], write=None) -> None:
    """Insert entries not here (:func:`fresh`, or those of cases new here); an id of the origin's chain
    already here (with another case) refuses the bundle as forged."""
    if not rows_:
        return
    for origin in {r["origin"] for r in rows_}:
        ids = [r["origin_id"] for r in rows_ if r["origin"] == origin]
        for start in range(0, len(ids), 500):
            clash = session.scalar(select(ImportedAuditEntry.origin_id).where(
                ImportedAuditEntry.origin == origin, ImportedAuditEntry.origin_id.in_(ids[start:start + 500]))
                .limit(1))
            if clash is not None:
                uuid = next(r["inspection_uuid"] for r in rows_ if r["origin_id"] == clash)
                raise BundleRejected("exchange.audit_entry_forged", name=member_name(uuid), id=clash)
    if write is not None:
        write(ImportedAuditEntry, rows_)
    else:
        session.execute(insert(ImportedAuditEntry.__table__), rows_)


def fresh(session: Session, uuid: str, origin: str, entries: list[dict], received_in: str) -> list[dict]:
    """The rows of the entries not here yet (by origin and id), in order, for the caller to insert.

    An id of the origin's chain already here with another content or for another
    case cannot come from the same chain: the bundle is refused.
    """
    known = {row.origin_id: (row.inspection_uuid, row.hash) for row in session.execute(
        select(ImportedAuditEntry.origin_id, ImportedAuditEntry.inspection_uuid, ImportedAuditEntry.hash).where(
            ImportedAuditEntry.origin == origin, ImportedAuditEntry.origin_id.in_([e["id"] for e in entries])))}
    received_at = now_utc()
    new = []
    for e in entries:
        if e["id"] in known:
            if known[e["id"]] != (uuid, e["hash"]):
                raise BundleRejected("exchange.audit_entry_forged", name=member_name(uuid), id=e["id"])
            continue
        new.append(e)
    return rows(uuid, origin, new, received_in, received_at)
