"""The ``bcp-inspection/1`` document of a record, and the record hash.

The document is the one interchange form of a record: ``inspections show
--format json``, ``create --from``, exchange bundles and the report's QR code
all rest on it. Its schema is ``docs/bcp-inspection-1.schema.json``.

The **record hash** is the SHA-256 of the canonical JSON (UTF-8, sorted keys,
no spaces) of the document without ``status``, ``review`` and ``record_hash``
— the parts that may still change after finalization.
"""

from __future__ import annotations

import hashlib
import json

from inspector.domain.clock import iso
from inspector.services.checklists import definition_of
from inspector.store.models import AgencySection, JointInspection, User

FORMAT = "bcp-inspection/1"
MUTABLE_KEYS = ("status", "review", "record_hash")


def canonical_json(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_hash(document: dict) -> str:
    content = {k: v for k, v in document.items() if k not in MUTABLE_KEYS}
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def user_ref(user: User | None) -> dict | None:
    if user is None:
        return None
    return {"username": user.username, "full_name": user.full_name,
            "badge_number": user.badge_number, "agency": user.agency, "role": user.role}


def to_document(inspection: JointInspection) -> dict:
    i = inspection
    transit = None
    if i.transit_route or i.transit_exit_bcp or i.transit_deadline:
        transit = {"route": i.transit_route, "exit_bcp": i.transit_exit_bcp,
                   "deadline": iso(i.transit_deadline)}
    document = {
        "format": FORMAT,
        "uuid": i.uuid,
        "revision": i.revision,
        "reference": i.reference,
        "bcp": i.bcp_code,
        "direction": i.direction,
        "procedure": i.procedure,
        "risk_lane": i.risk_lane,
        "declaration_ref": i.declaration_ref,
        "status": i.status,
        "arrived_at": iso(i.arrived_at),
        "released_at": iso(i.released_at),
        "vehicle": {"tractor_plate": i.tractor_plate, "trailer_plate": i.trailer_plate,
                    "country": i.vehicle_country},
        "drivers": [{"name_latin": d.name_latin, "name_original": d.name_original,
                     "passport_number": d.passport_number, "nationality": d.nationality}
                    for d in i.drivers],
        "documents": [{"type": d.type, "number": d.number, "issuer": d.issuer,
                       "date": d.issued_on.isoformat() if d.issued_on else None}
                      for d in i.documents],
        "cargo": [{"description": c.description, "hs_code": c.hs_code, "packages": c.packages,
                   "gross_mass_kg": c.gross_mass_kg, "origin_country": c.origin_country,
                   "consignor": c.consignor, "consignee": c.consignee} for c in i.cargo],
        "seals": [{"number": s.number, "status": s.status, "new_number": s.new_number,
                   "affixed_by": s.affixed_by} for s in i.seals],
        "transit": transit,
        "agencies": [_section(s) for s in i.sections],
        "decision": None if i.decision is None else {
            "value": i.decision, "note": i.decision_note,
            "confirmed_by": user_ref(i.decision_confirmed_by),
            "confirmed_at": iso(i.decision_confirmed_at)},
        "lead_officer": user_ref(i.lead_officer),
        "created_at": iso(i.created_at),
        "created_by": user_ref(i.created_by),
        "finalized_at": iso(i.finalized_at),
        "finalized_by": user_ref(i.finalized_by),
        "amendment": None if i.revision == 0 else {
            "number": i.revision, "reason": i.amendment_reason, "by": user_ref(i.amended_by)},
        "review": _review(i),
        "attachments": [{"sha256": a.sha256, "filename": a.filename, "media_type": a.blob.media_type,
                         "size": a.blob.size, "caption": a.caption, "agency": a.agency}
                        for a in i.attachments],
        "record_hash": i.record_hash,
    }
    return document


def _section(section: AgencySection) -> dict:
    definition = definition_of(section.checklist)
    order = {item_id: n for n, item_id in enumerate(definition.items)}
    answers = sorted(section.answers, key=lambda a: order.get(a.item_id, len(order)))
    return {
        "agency": section.agency,
        "checklist": {"id": section.checklist.checklist_id, "version": section.checklist.version,
                      "sha256": section.checklist.sha256},
        "officer": user_ref(section.officer),
        "started_at": iso(section.started_at),
        "finished_at": iso(section.finished_at),
        "answers": [{"item": a.item_id, "value": a.value, "note": a.note, "photos": a.photos or []}
                    for a in answers],
        "decision": section.decision,
        "remarks": section.remarks,
        "signed_at": iso(section.signed_at),
        "signed_by": user_ref(section.signed_by),
        "signature": section.signature_sha256,
        "returned_comment": section.returned_comment,
    }


def _review(inspection: JointInspection) -> dict | None:
    if not inspection.reviews:
        return None
    r = inspection.reviews[-1]
    return {"outcome": r.outcome, "reviewer": user_ref(r.reviewer), "reviewed_at": iso(r.reviewed_at),
            "comment": r.comment, "agencies": r.agencies or [], "remarks": r.remarks or []}
