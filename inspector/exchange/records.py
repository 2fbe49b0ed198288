"""A ``bcp-inspection/1`` document back into rows: the inverse of ``to_document``.

Documents carry everything a record shows, not every bookkeeping column: an
answer's time becomes the section's finish (or start) time, an attachment's
the revision's creation time, and ``updated_at`` comes from the bundle's
manifest. A document is accepted only in **normal form**: the rows built from
it must give back exactly the same document (canonical JSON). That one rule
guarantees that an import never changes a record hash, that a round trip
export → import → export is exact, and that a document our own exporter
would not have written (a time without seconds, a misordered answer …) is
refused rather than silently altered.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from types import SimpleNamespace

from inspector.domain.enums import LOCKED_STATUSES, Status
from inspector.services.documents import canonical_json, record_hash, to_document
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

USERNAME = re.compile(r"^[a-z0-9._-]{1,64}$")
VERSION = re.compile(r"^[0-9]{1,9}(\.[0-9]{1,9}){0,3}$")
USER_KEYS = ("lead_officer", "created_by", "finalized_by")


def orm(cls, **values) -> object:
    """For :attr:`Resolver.make`: the ORM row."""
    return cls(**values)


@dataclass
class Resolver:
    """How a document's references become objects: users, frozen checklists, files."""

    user: Callable[[dict], User]
    checklist: Callable[[str, str], FrozenChecklist]
    blob: Callable[[str], AttachmentBlob] | None = None  # None: link attachments by hash only
    # (kind, document, signature as shown, agency, signer) -> row; None: a new row each time
    signature: Callable[[str, dict, dict, str | None, User], Signature] | None = None
    make: Callable[..., object] = orm  # or plain()

    def signed(self, kind: str, doc: dict, ref: dict | None, agency: str | None = None) -> Signature | None:
        if ref is None:
            return None
        signer = self.user(ref["signed_by"])
        if self.signature is not None:
            return self.signature(kind, doc, ref, agency, signer)
        return new_signature(kind, doc, ref, agency, signer, self.make)


def plain(_cls, **values) -> SimpleNamespace:
    """For :attr:`Resolver.make`: an object with the row's attributes, not an ORM row."""
    return SimpleNamespace(**values)


def new_signature(kind: str, doc: dict, ref: dict, agency: str | None, signer: User,
                  make: Callable[..., object] | None = None) -> Signature:
    """The row of a signature as a document shows it."""
    return (make or orm)(Signature, kind=kind, inspection_uuid=doc["uuid"], revision=doc["revision"],
                         agency=agency, signer=signer, key_fingerprint=ref["key_fingerprint"],
                         signed_at=parse_time(ref["signed_at"]), sha256=ref["sha256"],
                         audit_id=ref["checkpoint"]["id"], audit_hash=ref["checkpoint"]["hash"], value=ref["value"])


def parse_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"time without offset: {text}")
    return moment.astimezone(timezone.utc)


def build(doc: dict, resolve: Resolver, updated_at: datetime | None = None) -> JointInspection:
    """The rows of one revision (not added to any session); plain objects with the same attributes
    when the resolver says so (``Resolver.make``: the normal-form check needs no ORM)."""
    make = resolve.make
    user = _user_of(resolve)
    created_at = parse_time(doc["created_at"])
    vehicle = doc["vehicle"]
    transit = doc.get("transit") or {}
    decision = doc["decision"] or {}
    amendment = doc.get("amendment") or {}
    checkpoint = doc.get("checkpoint") or {}
    i = make(JointInspection,
        uuid=doc["uuid"], revision=doc["revision"], is_current=True, reference=doc["reference"],
        bcp_code=doc["bcp"], direction=doc["direction"], procedure=doc["procedure"],
        risk_lane=doc.get("risk_lane"), declaration_ref=doc.get("declaration_ref"), status=doc["status"],
        arrived_at=parse_time(doc["arrived_at"]), released_at=parse_time(doc["released_at"]),
        tractor_plate=vehicle["tractor_plate"], trailer_plate=vehicle["trailer_plate"],
        vehicle_country=vehicle["country"], transit_route=transit.get("route"),
        transit_exit_bcp=transit.get("exit_bcp"), transit_deadline=parse_time(transit.get("deadline")),
        decision=decision.get("value"), decision_note=decision.get("note"),
        decision_confirmed_at=parse_time(decision.get("confirmed_at")),
        created_at=created_at, updated_at=updated_at or created_at,
        finalized_at=parse_time(doc.get("finalized_at")), record_hash=doc.get("record_hash"),
        amendment_reason=amendment.get("reason"), hash_format=doc.get("hash_format", 1),
        finalized_audit_id=checkpoint.get("id"), finalized_audit_hash=checkpoint.get("hash"),
    )
    i.finalization_signature = resolve.signed("finalization", doc, doc.get("finalization"))
    i.decision_confirmed_by = user(decision.get("confirmed_by"))
    i.lead_officer = user(doc.get("lead_officer"))
    i.created_by = user(doc.get("created_by"))
    i.finalized_by = user(doc.get("finalized_by"))
    i.amended_by = user(amendment.get("by"))
    i.drivers = [make(Driver, position=n, **d) for n, d in enumerate(doc["drivers"])]
    i.documents = [make(Document, position=n, type=d["type"], number=d["number"], issuer=d["issuer"],
                            issued_on=date.fromisoformat(d["date"]) if d["date"] else None)
                   for n, d in enumerate(doc["documents"])]
    i.cargo = [make(CargoLine, position=n, **{**c, "gross_mass_kg": _float(c["gross_mass_kg"])})
               for n, c in enumerate(doc["cargo"])]
    i.seals = [make(Seal, position=n, **s) for n, s in enumerate(doc["seals"])]
    i.sections = [_section(doc, a, resolve, user, created_at) for a in doc["agencies"]]
    i.attachments = [_attachment(a, resolve, created_at) for a in doc["attachments"]]
    review = doc["review"]
    i.reviews = [] if review is None else [
        make(Review, reviewer=user(review["reviewer"]), outcome=review["outcome"], comment=review["comment"],
             agencies=review["agencies"], remarks=review["remarks"], reviewed_at=parse_time(review["reviewed_at"]),
             signature=resolve.signed("review", doc, review.get("signature")))]
    return i


def _user_of(resolve: Resolver) -> Callable[[dict | None], User | None]:
    return lambda ref: None if ref is None else resolve.user(ref)


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # a Float column gives back a float


def _section(doc: dict, a: dict, resolve: Resolver, user, created_at: datetime) -> AgencySection:
    officer = user(a["officer"])
    section = resolve.make(
        AgencySection,
        agency=a["agency"], checklist=resolve.checklist(a["checklist"]["id"], a["checklist"]["version"]),
        officer=officer, started_at=parse_time(a.get("started_at")),
        finished_at=parse_time(a.get("finished_at")), decision=a["decision"], remarks=a["remarks"],
        signed_at=parse_time(a["signed_at"]), signed_by=user(a.get("signed_by")),
        signature_sha256=a.get("drawn_signature"), returned_comment=a.get("returned_comment"),
        e_signature=resolve.signed("section", doc, a.get("signature"), a["agency"]))
    answered_at = section.finished_at or section.started_at or created_at
    section.answers = [resolve.make(Answer, item_id=x["item"], value=x["value"], note=x["note"],
                                    photos=x["photos"] or None, answered_at=answered_at,
                                    answered_by_id=officer.id if officer else None)
                       for x in a["answers"]]
    return section


def _attachment(a: dict, resolve: Resolver, created_at: datetime) -> Attachment:
    attachment = resolve.make(Attachment, sha256=a["sha256"], filename=a["filename"], caption=a["caption"],
                              agency=a["agency"], added_at=created_at)
    if resolve.blob is not None:
        attachment.blob = resolve.blob(a["sha256"])
    return attachment


def in_normal_form(doc: dict, resolve: Resolver) -> bool:
    """True when the rows built from ``doc`` give back exactly ``doc``."""
    try:
        # Plain equality: the schema has checked every value's type already (no true for 1), and
        # Python compares numbers as canonical JSON writes them (1.0 as 1).
        return to_document(build(doc, resolve)) == doc
    except (ValueError, TypeError, KeyError) as exc:
        log.info("document %s rev %s not in normal form: %s", doc.get("uuid"), doc.get("revision"), exc)
        return False


# -- what the schema does not say but the database needs ---------------------------------

def storage_problem(doc: dict, raw: bytes | None = None, *, plain: bool = False) -> tuple[str, str, dict] | None:
    """``(path, catalogue key, params)`` of the first value the database cannot hold.

    ``raw``: the JSON the document was read from — without ``\\u0000`` in it (JSON
    cannot hold a NUL otherwise) no string holds one, and the walk is skipped. ``plain``: see
    ``documents.jcs``.
    """
    if raw is None or b"\\u0000" in raw:
        for path, text in _strings(doc, ""):
            if "\x00" in text:
                return path, "exchange.doc_nul", {}
    if doc.get("created_at") is None:
        return "created_at", "exchange.schema_required", {}
    for path, ref in user_refs(doc):
        if not USERNAME.fullmatch(ref["username"]):
            return f"{path}.username", "exchange.doc_username", {"value": ref["username"][:80]}
        if not 0 < len(ref["full_name"]) <= 200:
            return f"{path}.full_name", "exchange.schema_max_length", {"max": 200}
        if len(ref.get("badge_number") or "") > 32:
            return f"{path}.badge_number", "exchange.schema_max_length", {"max": 32}
    for n, a in enumerate(doc["agencies"]):
        checklist = a["checklist"]
        if len(checklist["id"]) > 64 or not VERSION.fullmatch(checklist["version"]):
            return f"agencies[{n}].checklist", "exchange.doc_checklist_version", {
                "id": checklist["id"][:64], "version": checklist["version"][:32]}
        for m, answer in enumerate(a["answers"]):
            if len(answer["item"]) > 64:
                return f"agencies[{n}].answers[{m}].item", "exchange.schema_max_length", {"max": 64}
    if doc["review"] is not None and doc["review"]["reviewer"] is None:
        return "review.reviewer", "exchange.schema_required", {}
    if Status(doc["status"]) in LOCKED_STATUSES and doc.get("record_hash") != record_hash(doc, plain=plain):
        return "record_hash", "exchange.doc_record_hash", {}
    return None


def user_refs(doc: dict) -> Iterator[tuple[str, dict]]:
    """Every user reference of a document, with its path."""
    for key in USER_KEYS:
        if doc.get(key):
            yield key, doc[key]
    if doc.get("decision") and doc["decision"].get("confirmed_by"):
        yield "decision.confirmed_by", doc["decision"]["confirmed_by"]
    if doc.get("amendment") and doc["amendment"].get("by"):
        yield "amendment.by", doc["amendment"]["by"]
    if doc.get("review") and doc["review"].get("reviewer"):
        yield "review.reviewer", doc["review"]["reviewer"]
    if doc.get("review") and isinstance(doc["review"].get("signature"), dict):
        yield "review.signature.signed_by", doc["review"]["signature"]["signed_by"]
    if isinstance(doc.get("finalization"), dict):
        yield "finalization.signed_by", doc["finalization"]["signed_by"]
    for n, a in enumerate(doc.get("agencies") or ()):
        for key in ("officer", "signed_by"):
            if a.get(key):
                yield f"agencies[{n}].{key}", a[key]
        if isinstance(a.get("signature"), dict):
            yield f"agencies[{n}].signature.signed_by", a["signature"]["signed_by"]


def blob_refs(doc: dict) -> set[str]:
    """The files a document needs: attachments, answer photos and drawn signatures."""
    hashes = {a["sha256"] for a in doc["attachments"]}
    for a in doc["agencies"]:
        if a.get("drawn_signature"):
            hashes.add(a["drawn_signature"])
        for answer in a["answers"]:
            hashes.update(answer["photos"])  # photo answers' values are attachments already
    return hashes


def profile(ref: dict) -> tuple:
    """What a user reference says about a person (compared with a local account)."""
    return (ref["username"], ref["full_name"], ref.get("badge_number"), ref.get("agency"), ref.get("role"))


def user_profile(user: User) -> tuple:
    return (user.username, user.full_name, user.badge_number, user.agency, user.record_role or user.role)


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, sub in value.items():
            yield from _strings(key, path)
            yield from _strings(sub, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for n, sub in enumerate(value):
            yield from _strings(sub, f"{path}[{n}]")


def is_locked(doc: dict) -> bool:
    return Status(doc["status"]) in LOCKED_STATUSES


# -- the same rows as plain data, for inserts per table per batch (merge) ------------------

def rows(doc: dict, user_id: Callable[[dict | None], int | None], checklist_id: Callable[[str, str], int],
         updated_at: datetime | None = None) -> dict:
    """The rows :func:`build` makes, as column dicts (ids of users and checklists resolved; each
    signature named by its value, under ``*_signature``, for the caller to resolve).

    ``tests/exchange/test_bulk_rows.py`` keeps the two in step: the document read back from
    rows inserted from here is the document.
    """
    created_at = parse_time(doc["created_at"])
    vehicle = doc["vehicle"]
    transit = doc.get("transit") or {}
    decision = doc["decision"] or {}
    amendment = doc.get("amendment") or {}
    checkpoint = doc.get("checkpoint") or {}
    inspection = {
        "uuid": doc["uuid"], "revision": doc["revision"], "is_current": True, "reference": doc["reference"],
        "bcp_code": doc["bcp"], "direction": doc["direction"], "procedure": doc["procedure"],
        "risk_lane": doc.get("risk_lane"), "declaration_ref": doc.get("declaration_ref"), "status": doc["status"],
        "arrived_at": parse_time(doc["arrived_at"]), "released_at": parse_time(doc["released_at"]),
        "tractor_plate": vehicle["tractor_plate"], "trailer_plate": vehicle["trailer_plate"],
        "vehicle_country": vehicle["country"], "transit_route": transit.get("route"),
        "transit_exit_bcp": transit.get("exit_bcp"), "transit_deadline": parse_time(transit.get("deadline")),
        "decision": decision.get("value"), "decision_note": decision.get("note"),
        "decision_confirmed_by_id": user_id(decision.get("confirmed_by")),
        "decision_confirmed_at": parse_time(decision.get("confirmed_at")),
        "lead_officer_id": user_id(doc.get("lead_officer")), "created_by_id": user_id(doc.get("created_by")),
        "created_at": created_at, "updated_at": updated_at or created_at,
        "finalized_at": parse_time(doc.get("finalized_at")), "finalized_by_id": user_id(doc.get("finalized_by")),
        "record_hash": doc.get("record_hash"), "amendment_reason": amendment.get("reason"),
        "amended_by_id": user_id(amendment.get("by")), "hash_format": doc.get("hash_format", 1),
        "finalized_audit_id": checkpoint.get("id"), "finalized_audit_hash": checkpoint.get("hash"),
        "finalization_signature": _signature_row("finalization", doc, doc.get("finalization"), None, user_id),
    }
    sections = []
    for a in doc["agencies"]:
        officer = user_id(a["officer"])
        section = {
            "agency": a["agency"], "checklist_id": checklist_id(a["checklist"]["id"], a["checklist"]["version"]),
            "officer_id": officer, "started_at": parse_time(a.get("started_at")),
            "finished_at": parse_time(a.get("finished_at")), "decision": a["decision"], "remarks": a["remarks"],
            "signed_at": parse_time(a["signed_at"]), "signed_by_id": user_id(a.get("signed_by")),
            "signature_sha256": a.get("drawn_signature"), "returned_comment": a.get("returned_comment"),
            "e_signature": _signature_row("section", doc, a.get("signature"), a["agency"], user_id)}
        answered_at = section["finished_at"] or section["started_at"] or created_at
        answers = [{"item_id": x["item"], "value": x["value"], "note": x["note"], "photos": x["photos"] or None,
                    "answered_at": answered_at, "answered_by_id": officer} for x in a["answers"]]
        sections.append((section, answers))
    review = doc["review"]
    reviews = [] if review is None else [{
        "reviewer_id": user_id(review["reviewer"]), "outcome": review["outcome"], "comment": review["comment"],
        "agencies": review["agencies"], "remarks": review["remarks"],
        "reviewed_at": parse_time(review["reviewed_at"]),
        "signature": _signature_row("review", doc, review.get("signature"), None, user_id)}]
    return {
        "inspection": inspection,
        "drivers": [{"position": n, **d} for n, d in enumerate(doc["drivers"])],
        "documents": [{"position": n, "type": d["type"], "number": d["number"], "issuer": d["issuer"],
                       "issued_on": date.fromisoformat(d["date"]) if d["date"] else None}
                      for n, d in enumerate(doc["documents"])],
        "cargo_lines": [{"position": n, **{**c, "gross_mass_kg": _float(c["gross_mass_kg"])}}
                        for n, c in enumerate(doc["cargo"])],
        "seals": [{"position": n, **s} for n, s in enumerate(doc["seals"])],
        "attachments": [{"sha256": a["sha256"], "filename": a["filename"], "caption": a["caption"],
                         "agency": a["agency"], "added_at": created_at, "added_by_id": None}
                        for a in doc["attachments"]],
        "reviews": reviews,
        "sections": sections,
    }


def _signature_row(kind: str, doc: dict, ref: dict | None, agency: str | None, user_id) -> dict | None:
    """The ``signatures`` row of a signature as a document shows it (:func:`new_signature`)."""
    if ref is None:
        return None
    return {"kind": kind, "inspection_uuid": doc["uuid"], "revision": doc["revision"], "agency": agency,
            "signer_id": user_id(ref["signed_by"]), "key_fingerprint": ref["key_fingerprint"],
            "signed_at": parse_time(ref["signed_at"]), "sha256": ref["sha256"], "audit_id": ref["checkpoint"]["id"],
            "audit_hash": ref["checkpoint"]["hash"], "value": ref["value"]}
