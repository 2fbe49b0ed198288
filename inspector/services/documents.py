"""The ``bcp-inspection/1`` document of a record, and the record hash.

The document is the one interchange form of a record: ``inspections show
--format json``, ``create --from``, exchange bundles and the report's QR code
all rest on it. Its schema is ``docs/bcp-inspection-1.schema.json``.

The **record hash** is the SHA-256 of the canonical form of the document
without the parts that may still change after finalization or that describe
the hash itself (``status``, ``review``, ``record_hash``, ``finalization``,
``hash_format``). Two canonical forms exist, named by ``hash_format``
(docs/bcp-inspection-format.md):

1. records finalized before signatures existed: Python's ``json.dumps`` with
   sorted keys and no spaces, the drawn signature image's hash under
   ``agencies[].signature`` (floats as Python writes them: ``5473.0``);
2. since: RFC 8785 (JSON Canonicalization Scheme) — keys sorted by UTF-16 code
   units, numbers as ECMAScript writes them (``5473``), which
   ``JSON.stringify`` with sorted keys reproduces in any browser.

A record keeps the form it was finalized with; nothing is recomputed.
"""

from __future__ import annotations

import hashlib
import json
import math

from inspector.domain.clock import iso
from inspector.services.checklists import definition_of
from inspector.store.models import AgencySection, JointInspection, Signature, User

FORMAT = "bcp-inspection/1"
HASH_FORMAT = 2
LEGACY_HASH_FORMAT = 1
MUTABLE_KEYS = ("status", "review", "record_hash", "finalization", "hash_format")
_LEGACY_ONLY_ABSENT = ("checkpoint",)  # keys form 1 never had
SIGNATURE_ALGORITHM = "ed25519"


def canonical_json(document: dict) -> str:
    """Compact JSON with sorted keys: for comparing documents (and hash form 1)."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- RFC 8785 --------------------------------------------------------------------------

MAX_SAFE_INTEGER = 2 ** 53 - 1


def jcs(value: object, *, plain: bool = False) -> str:
    """The RFC 8785 canonical JSON of ``value`` (what ``JSON.stringify`` of sorted keys gives).

    ``plain``: the caller knows that ``value`` holds only JSON's own types, no integer beyond
    ±(2**53 - 1), no float but those Python's ``repr`` writes without an exponent and not ending in
    ``.0`` (there ECMAScript writes the same shortest digits) and no key that is not ASCII (sorted by
    code point = by UTF-16 unit): then json's C encoder writes exactly this text (the import knows it
    of each document as it parses it; tests/exchange/test_plain_json.py compares the two).
    """
    if plain:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    parts: list[str] = []
    _jcs(value, parts.append)
    return "".join(parts)


_string = json.encoder.encode_basestring  # what json.dumps(text, ensure_ascii=False) writes, without its set-up


def _utf16(key: str) -> bytes:
    return key.encode("utf-16-be")


def _jcs(value: object, add) -> None:
    # The plain types first, by exact type: records are mostly strings, objects and lists, and
    # checking them is mostly this (tests/security/test_signatures.py compares it with the
    # straightforward writer, _jcs_any, on generated values). ``add`` appends to the output.
    kind = type(value)
    if kind is str:
        add(_string(value))
    elif kind is dict:
        _object(value, add)
    elif kind is list or kind is tuple:
        add("[")
        items = iter(value)
        for item in items:
            _jcs(item, add)
            for item in items:
                add(",")
                _jcs(item, add)
        add("]")
    elif value is None:
        add("null")
    elif kind is int and -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        add(str(value))
    else:
        parts: list[str] = []
        _jcs_any(value, parts)
        add("".join(parts))


def _object(value: dict, add) -> None:
    try:
        ascii_keys = "".join(value).isascii()  # (raises TypeError unless every key is a string)
    except TypeError:
        for key in value:
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys are strings, not {type(key).__name__}") from None
        raise
    keys = sorted(value)
    if not ascii_keys:  # UTF-16 code units order them (RFC 8785 §3.2.3)
        keys.sort(key=_utf16)
    add("{")
    first = True
    for key in keys:
        if first:
            first = False
        else:
            add(",")
        add(_string(key))
        add(":")
        _jcs(value[key], add)
    add("}")


def _jcs_any(value: object, out: list[str]) -> None:
    """Any value, subclasses of the JSON types included (the reference for :func:`_jcs`)."""
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None or isinstance(value, bool):
        out.append("null" if value is None else "true" if value else "false")
    elif isinstance(value, (int, float)):
        out.append(jcs_number(value))
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for n, item in enumerate(value):
            if n:
                out.append(",")
            _jcs_any(item, out)
        out.append("]")
    elif isinstance(value, dict):
        for key in value:
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys are strings, not {type(key).__name__}")
        keys = sorted(value)
        if not all(key.isascii() for key in keys):
            keys.sort(key=_utf16)
        out.append("{")
        for n, key in enumerate(keys):
            if n:
                out.append(",")
            out.append(_string(key))
            out.append(":")
            _jcs_any(value[key], out)
        out.append("}")
    else:
        raise TypeError(f"{type(value).__name__} is not JSON")


def jcs_number(value: int | float) -> str:
    """A number as ECMAScript's Number.prototype.toString writes it (RFC 8785 §3.2.2.3)."""
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ValueError(f"integer {value} is beyond what JSON numbers hold exactly")
        return str(value)
    if not math.isfinite(value):
        raise ValueError("NaN and infinity are not JSON")
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exponent = repr(abs(value)).partition("e")  # Python's repr: the shortest round trip
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    power = int(exponent or 0) - len(fraction)  # value = int(digits) * 10**power
    stripped = digits.rstrip("0")
    power += len(digits) - len(stripped)
    digits, k = stripped, len(stripped)
    n = k + power  # value = 0.digits * 10**n
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = f"{digits[:n]}.{digits[n:]}"
    elif -6 < n <= 0:
        text = "0." + "0" * -n + digits
    else:
        e = n - 1
        text = (digits if k == 1 else f"{digits[0]}.{digits[1:]}") + ("e+" if e > 0 else "e-") + str(abs(e))
    return sign + text


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- hashes ------------------------------------------------------------------------------

def hashed_content(document: dict) -> dict:
    return {k: v for k, v in document.items() if k not in MUTABLE_KEYS}


def record_hash(document: dict, *, plain: bool = False) -> str:
    """The record hash in the document's own ``hash_format`` (absent: form 1, an older document);
    ``plain``: see :func:`jcs`."""
    if document.get("hash_format", LEGACY_HASH_FORMAT) == LEGACY_HASH_FORMAT:
        return sha256_hex(canonical_json(legacy_content(document)))
    return sha256_hex(jcs(hashed_content(document), plain=plain))


def legacy_content(document: dict) -> dict:
    """What hash form 1 covered: the document as it was before signatures."""
    content = {k: v for k, v in hashed_content(document).items() if k not in _LEGACY_ONLY_ABSENT}
    if "hash_format" in document:  # today's shape: the drawn image was ``signature`` then
        content["agencies"] = [
            {**{k: v for k, v in a.items() if k not in ("signature", "drawn_signature")},
             "signature": a.get("drawn_signature")} for a in document["agencies"]]
    return content


def upgrade_document(document: dict) -> dict:
    """A document written before signatures existed (no ``hash_format``) in today's shape, same record hash."""
    if "hash_format" in document:
        return document
    doc = dict(document)
    doc["agencies"] = [{**a, "drawn_signature": a.get("signature"), "signature": None}
                       for a in document.get("agencies") or ()]
    if isinstance(document.get("review"), dict):
        doc["review"] = {**document["review"], "signature": None}
    doc.update(checkpoint=None, hash_format=LEGACY_HASH_FORMAT, finalization=None)
    return doc


def section_hash(uuid: str, section: dict, *, plain: bool = False) -> str:
    """What an officer's section signature covers: the section of case ``uuid`` as the document shows it
    (answers with notes and photo hashes, decision, remarks, officer, times, drawn image), without the
    signature itself. The revision is not part of it, so an unchanged section keeps its signature in the
    next revision."""
    content = {k: v for k, v in section.items() if k != "signature"}
    return sha256_hex(jcs({"uuid": uuid, "section": content}, plain=plain))


def review_hash(document: dict, review: dict, *, plain: bool = False) -> str:
    """What a supervisor's review signature covers: the review of this revision and its record hash."""
    content = {k: v for k, v in review.items() if k != "signature"}
    return sha256_hex(jcs({"uuid": document["uuid"], "revision": document["revision"],
                           "record_hash": document.get("record_hash"), "review": content}, plain=plain))


def user_ref(user: User | None) -> dict | None:
    if user is None:
        return None
    return {"username": user.username, "full_name": user.full_name,
            "badge_number": user.badge_number, "agency": user.agency,
            "role": getattr(user, "record_role", None) or user.role}  # an imported person: as records name them


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
        "checkpoint": _checkpoint(i),
        "hash_format": getattr(i, "hash_format", None) or HASH_FORMAT,
        "record_hash": i.record_hash,
        "finalization": signature_ref(getattr(i, "finalization_signature", None)),
    }
    return document


def _checkpoint(i) -> dict | None:
    audit_id = getattr(i, "finalized_audit_id", None)
    return None if audit_id is None else {"id": audit_id, "hash": i.finalized_audit_hash}


def signature_ref(signature: Signature | None) -> dict | None:
    """An electronic signature as documents and reports show it (enough to verify it with the key)."""
    if signature is None:
        return None
    return {"algorithm": SIGNATURE_ALGORITHM, "key_fingerprint": signature.key_fingerprint,
            "signed_by": user_ref(signature.signer), "signed_at": iso(signature.signed_at),
            "sha256": signature.sha256, "checkpoint": {"id": signature.audit_id, "hash": signature.audit_hash},
            "value": signature.value}


def section_document(section: AgencySection) -> dict:
    """The section as the document shows it (what a section signature covers, with the case's uuid)."""
    return _section(section)


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
        "drawn_signature": section.signature_sha256,
        "returned_comment": section.returned_comment,
        "signature": signature_ref(getattr(section, "e_signature", None)),
    }


def _review(inspection: JointInspection) -> dict | None:
    if not inspection.reviews:
        return None
    r = inspection.reviews[-1]
    return {"outcome": r.outcome, "reviewer": user_ref(r.reviewer), "reviewed_at": iso(r.reviewed_at),
            "comment": r.comment, "agencies": r.agencies or [], "remarks": r.remarks or [],
            "signature": signature_ref(getattr(r, "signature", None))}
