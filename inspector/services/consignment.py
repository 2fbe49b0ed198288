"""The consignment part of a record: reading it from ``bcp-inspection/1`` data,
validating every field, and applying it to an inspection.

Errors carry the field's path in the document (``cargo[2].hs_code``); their
messages name it by its label ("Cargo line 3: HS code"). Objects may hold only
the keys documented for them: anything else is refused, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from inspector.domain import validation as v
from inspector.domain.enums import Agency, Direction, DocumentType, Procedure, RiskLane, SealStatus
from inspector.domain.errors import ValidationError
from inspector.store.models import CargoLine, Document, Driver, JointInspection, Seal

MAX_LINES = 200  # drivers, documents, cargo lines or seals in one record

HEADER_FIELDS = ("bcp_code", "direction", "procedure", "risk_lane", "declaration_ref", "arrived_at",
                 "tractor_plate", "trailer_plate", "vehicle_country", "transit_route",
                 "transit_exit_bcp", "transit_deadline")
LIST_FIELDS = ("drivers", "documents", "cargo", "seals")
PRE_ARRIVAL_KEYS = ("format", "bcp", "direction", "procedure", "risk_lane", "declaration_ref",
                    "arrived_at", "vehicle", "drivers", "documents", "cargo", "seals", "transit",
                    "agencies")
_KEYS = {
    "vehicle": ("tractor_plate", "trailer_plate", "country"),
    "transit": ("route", "exit_bcp", "deadline"),
    "drivers": ("name_latin", "name_original", "passport_number", "nationality"),
    "documents": ("type", "number", "issuer", "date"),
    "cargo": ("description", "hs_code", "packages", "gross_mass_kg", "origin_country", "consignor",
              "consignee"),
    "seals": ("number", "status", "new_number", "affixed_by"),
    "agencies": ("agency",),
}


@dataclass
class Consignment:
    """Validated consignment values; only the keys present in the input are set."""

    header: dict[str, object] = field(default_factory=dict)
    lists: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    agencies: list[Agency] | None = None
    released_at: datetime | None = None


def bcp_code(value: object, path: str = "bcp") -> str:
    """A known BCP's code; ``{"code": "FRB", …}`` (as documents write it) is read too."""
    if isinstance(value, Mapping):
        value = value.get("code")
    return v.bcp_code(value, path)


def check_pre_arrival_keys(data: Mapping) -> None:
    """Pre-arrival data sets the consignment only: status, answers or ids are refused."""
    unknown = sorted(str(k) for k in data if k not in PRE_ARRIVAL_KEYS)
    if unknown:
        raise ValidationError("cli.pre_arrival_keys", field=unknown[0],
                              keys=", ".join(v.shown(k) for k in unknown))


def parse(data: object, *, partial: bool = False) -> Consignment:
    """Validate consignment data. ``partial`` accepts any subset of the fields."""
    if not isinstance(data, Mapping):
        raise ValidationError("validation.object", field="document")
    result = Consignment()
    h = result.header
    if "bcp" in data or not partial:
        h["bcp_code"] = bcp_code(data.get("bcp"))
    if "direction" in data or not partial:
        h["direction"] = v.choice(data.get("direction"), Direction, "direction").value
    if "procedure" in data or not partial:
        h["procedure"] = v.choice(data.get("procedure"), Procedure, "procedure").value
    if "risk_lane" in data:
        lane = data["risk_lane"]
        h["risk_lane"] = v.choice(lane, RiskLane, "risk_lane").value if lane is not None else None
    if "declaration_ref" in data:
        h["declaration_ref"] = v.optional_text(data["declaration_ref"], "declaration_ref", max_length=64)
    if "arrived_at" in data:
        h["arrived_at"] = _optional(data["arrived_at"], v.timestamp, "arrived_at")
    if _given(data.get("released_at")):
        result.released_at = v.timestamp(data["released_at"], "released_at")
        v.release_after_arrival(h.get("arrived_at"), result.released_at)
    if "vehicle" in data:
        h.update(_vehicle(data["vehicle"]))
    if "transit" in data:
        h.update(_transit(data["transit"]))
    for key, parse_line in (("drivers", _driver), ("documents", _document), ("cargo", _cargo),
                            ("seals", _seal)):
        if key in data:
            result.lists[key] = _lines(data[key], key, parse_line)
    if data.get("agencies") is not None:
        result.agencies = _agencies(data["agencies"])
    return result


def _given(value: object) -> bool:
    return value is not None and value != ""


def _optional(value: object, rule, path: str):
    """``rule(value)``, or None when the value is left out (null or an empty text)."""
    return rule(value, path) if _given(value) else None


def _object(value: object, path: str, kind: str) -> Mapping:
    if not isinstance(value, Mapping):
        raise ValidationError("validation.object", field=path)
    allowed = _KEYS[kind]
    unknown = [str(k) for k in value if k not in allowed]
    if unknown:
        raise ValidationError("validation.unknown_keys", field=path,
                              keys=", ".join(v.shown(k) for k in unknown[:5]),
                              allowed=", ".join(allowed))
    return value


def _vehicle(value: object) -> dict[str, object]:
    if value is None:
        return {}
    d = _object(value, "vehicle", "vehicle")
    country = d.get("country")
    return {
        "tractor_plate": v.plate(d.get("tractor_plate"), "vehicle.tractor_plate", required=False),
        "trailer_plate": v.plate(d.get("trailer_plate"), "vehicle.trailer_plate", required=False),
        "vehicle_country": _optional(country, v.country, "vehicle.country"),
    }


def _transit(value: object) -> dict[str, object]:
    if value is None:
        return {"transit_route": None, "transit_exit_bcp": None, "transit_deadline": None}
    d = _object(value, "transit", "transit")
    exit_bcp = d.get("exit_bcp")
    deadline = d.get("deadline")
    return {
        "transit_route": v.optional_text(d.get("route"), "transit.route"),
        "transit_exit_bcp": _optional(exit_bcp, bcp_code, "transit.exit_bcp"),
        "transit_deadline": _optional(deadline, v.timestamp, "transit.deadline"),
    }


def _lines(value: object, key: str, parse_line) -> list[dict[str, object]]:
    if not isinstance(value, list):
        raise ValidationError("validation.list", field=key)
    if len(value) > MAX_LINES:
        raise ValidationError("validation.too_many", field=key, max=MAX_LINES)
    return [parse_line(_object(item, f"{key}[{i}]", key), f"{key}[{i}]") for i, item in enumerate(value)]


def _driver(d: Mapping, path: str) -> dict[str, object]:
    nationality = d.get("nationality")
    return {
        "name_latin": v.text(d.get("name_latin"), f"{path}.name_latin"),
        "name_original": v.optional_text(d.get("name_original"), f"{path}.name_original"),
        "passport_number": v.optional_text(d.get("passport_number"), f"{path}.passport_number", max_length=32),
        "nationality": _optional(nationality, v.country, f"{path}.nationality"),
    }


def _document(d: Mapping, path: str) -> dict[str, object]:
    issued = d.get("date")
    return {
        "type": v.choice(d.get("type"), DocumentType, f"{path}.type").value,
        "number": v.text(d.get("number"), f"{path}.number", max_length=64),
        "issuer": v.optional_text(d.get("issuer"), f"{path}.issuer"),
        "issued_on": _optional(issued, v.iso_date, f"{path}.date"),
    }


def _cargo(d: Mapping, path: str) -> dict[str, object]:
    origin = d.get("origin_country")
    packages = d.get("packages")
    mass = d.get("gross_mass_kg")
    return {
        "description": v.text(d.get("description"), f"{path}.description", max_length=500),
        "hs_code": v.hs_code(d.get("hs_code"), f"{path}.hs_code"),
        "packages": _optional(packages, v.packages, f"{path}.packages"),
        "gross_mass_kg": _optional(mass, v.gross_mass, f"{path}.gross_mass_kg"),
        "origin_country": _optional(origin, v.country, f"{path}.origin_country"),
        "consignor": v.optional_text(d.get("consignor"), f"{path}.consignor"),
        "consignee": v.optional_text(d.get("consignee"), f"{path}.consignee"),
    }


def _seal(d: Mapping, path: str) -> dict[str, object]:
    status = v.choice(d.get("status", "intact"), SealStatus, f"{path}.status")
    new_number = v.optional_text(d.get("new_number"), f"{path}.new_number", max_length=64)
    if status is SealStatus.REPLACED and not new_number:
        raise ValidationError("validation.seal_new_number", field=f"{path}.new_number")
    return {
        "number": v.text(d.get("number"), f"{path}.number", max_length=64),
        "status": status.value,
        "new_number": new_number,
        "affixed_by": v.optional_text(d.get("affixed_by"), f"{path}.affixed_by"),
    }


def _agencies(value: object) -> list[Agency]:
    if not isinstance(value, list):
        raise ValidationError("validation.list", field="agencies")
    result: list[Agency] = []
    if len(value) > len(Agency):
        raise ValidationError("validation.too_many", field="agencies", max=len(Agency))
    for i, entry in enumerate(value):
        # {"agency": …} as exported documents write it; answers and the rest are not read here.
        name = _object(entry, f"agencies[{i}]", "agencies").get("agency") if isinstance(entry, Mapping) else entry
        agency = v.choice(name, Agency, f"agencies[{i}]")
        if agency not in result:
            result.append(agency)
    return result


_LIST_MODELS = {"drivers": Driver, "documents": Document, "cargo": CargoLine, "seals": Seal}


def line_values(row: object, key: str) -> dict[str, object]:
    """A child row as the plain values :func:`parse` produces (for audit diffs)."""
    columns = [c for c in _LIST_MODELS[key].__table__.columns.keys()
               if c not in ("id", "inspection_id", "position")]
    return {c: getattr(row, c) for c in columns}


def apply(inspection: JointInspection, consignment: Consignment) -> tuple[dict, dict]:
    """Set the values on ``inspection``; returns (old, new) of what changed."""
    old: dict[str, object] = {}
    new: dict[str, object] = {}
    for key, value in consignment.header.items():
        current = getattr(inspection, key)
        if current != value:
            old[key], new[key] = current, value
            setattr(inspection, key, value)
    arrived, deadline = inspection.arrived_at, inspection.transit_deadline
    if arrived and deadline and deadline < arrived:
        raise ValidationError("validation.deadline_before_arrival", field="transit.deadline")
    v.release_after_arrival(arrived, inspection.released_at)
    for key, lines in consignment.lists.items():
        rows = getattr(inspection, key)
        current = [line_values(r, key) for r in rows]
        if current == lines:
            continue
        old[key], new[key] = current, lines
        rows.clear()
        rows.extend(_LIST_MODELS[key](position=i, **line) for i, line in enumerate(lines))
    return old, new
