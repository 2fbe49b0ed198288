"""A record as readable text for ``inspections show``."""

from __future__ import annotations

from datetime import datetime

from inspector.domain.clock import format_datetime
from inspector.domain.enums import (
    Agency,
    Decision,
    Direction,
    DocumentType,
    Procedure,
    ReviewOutcome,
    RiskLane,
    SealStatus,
    Status,
)
from inspector.domain.i18n import label, tr


def _when(value: str | None, lang: str) -> str:
    return format_datetime(datetime.fromisoformat(value), lang) if value else "-"


def signed_line(signature: dict, lang: str) -> str:
    """"Signed electronically by NAME (badge), time, key fingerprint …"."""
    who = signature.get("signed_by") or {}
    badge = f" ({who['badge_number']})" if who.get("badge_number") else ""
    return tr("show.signed_electronically", lang, name=f"{who.get('full_name', '-')}{badge}",
              time=_when(signature.get("signed_at"), lang), fingerprint=signature["key_fingerprint"][:16])


def render_text(doc: dict, digest: str, lang: str) -> str:
    lines = [
        f"{doc['reference']}  rev {doc['revision']}  {label(Status(doc['status']), lang)}",
        f"uuid {doc['uuid']}",
        f"{tr('show.record_hash', lang)}: {digest}",
        f"{tr('show.bcp', lang)}: {doc['bcp']}  {label(Direction(doc['direction']), lang)}  "
        f"{label(Procedure(doc['procedure']), lang)}  {tr('show.lane', lang)}: "
        f"{label(RiskLane(doc['risk_lane']), lang) if doc['risk_lane'] else '-'}",
        f"{tr('show.arrived', lang)}: {_when(doc['arrived_at'], lang)}   "
        f"{tr('show.released', lang)}: {_when(doc['released_at'], lang)}",
    ]
    v = doc["vehicle"]
    lines.append(f"{tr('show.vehicle', lang)}: {v['tractor_plate'] or '-'} / {v['trailer_plate'] or '-'} "
                 f"({v['country'] or '-'})")
    for d in doc["drivers"]:
        original = f" / {d['name_original']}" if d["name_original"] else ""
        lines.append(f"{tr('show.driver', lang)}: {d['name_latin']}{original}  {d['passport_number'] or ''}")
    for d in doc["documents"]:
        lines.append(f"{tr('show.document', lang)}: {label(DocumentType(d['type']), lang)} {d['number']} "
                     f"{d['date'] or ''}")
    for c in doc["cargo"]:
        lines.append(f"{tr('show.cargo', lang)}: {c['hs_code']} {c['description']} — "
                     f"{c['packages'] or '-'} / {c['gross_mass_kg'] or '-'} kg")
    for s in doc["seals"]:
        new = f" → {s['new_number']}" if s["new_number"] else ""
        lines.append(f"{tr('show.seal', lang)}: {s['number']} {label(SealStatus(s['status']), lang)}{new}")
    for a in doc["agencies"]:
        decision = label(Decision(a["decision"]), lang) if a["decision"] else "-"
        officer = a["officer"]["full_name"] if a["officer"] else "-"
        signed = _when(a["signed_at"], lang) if a["signed_at"] else tr("show.unsigned", lang)
        lines.append(f"[{label(Agency(a['agency']), lang)}] {a['checklist']['id']} "
                     f"{a['checklist']['version']}: {len(a['answers'])} {tr('cli.items', lang)}, "
                     f"{decision}, {officer}, {signed}")
        if a.get("signature"):
            lines.append("    " + signed_line(a["signature"], lang))
    if doc["decision"]:
        lines.append(f"{tr('show.decision', lang)}: {label(Decision(doc['decision']['value']), lang)}")
    if doc.get("hash_format") == 1 and doc.get("record_hash"):
        lines.append(tr("show.legacy", lang))
    if doc.get("finalization"):
        lines.append(f"{tr('show.finalized', lang)}: " + signed_line(doc["finalization"], lang))
    if doc["review"]:
        review = doc["review"]
        lines.append(f"{tr('show.review', lang)}: {label(ReviewOutcome(review['outcome']), lang)} "
                     f"{review['comment'] or ''}".rstrip())
        if review.get("signature"):
            lines.append("    " + signed_line(review["signature"], lang))
    return "\n".join(lines)
