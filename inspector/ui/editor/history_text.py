"""Audit entries as people read them: what changed, before and after, in words.

An entry stores ids and values (``customs/seal_status``, ``"broken"``); the
history shows the item's number and text in the current language and the
answers' labels ("2.4 Seal condition", "Intact → Broken").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspector.checklists.model import ChecklistDefinition, Item, localize
from inspector.domain.bcps import bcp_name
from inspector.domain.clock import format_date, format_datetime
from inspector.domain.enums import (
    Agency,
    Decision,
    Direction,
    DocumentType,
    Procedure,
    QuestionType,
    RiskLane,
    SealStatus,
)
from inspector.domain.i18n import label

YES_NO = {"yes": QT_TRANSLATE_NOOP("HistoryTab", "Yes"), "no": QT_TRANSLATE_NOOP("HistoryTab", "No"),
          "na": QT_TRANSLATE_NOOP("HistoryTab", "N/A")}
_ENUMS = {"direction": Direction, "procedure": Procedure, "risk_lane": RiskLane, "decision": Decision}


ACTIONS = {
    "inspection.created": QT_TRANSLATE_NOOP("HistoryTab", "Inspection opened"),
    "section.added": QT_TRANSLATE_NOOP("HistoryTab", "Agency joined"),
    "section.removed": QT_TRANSLATE_NOOP("HistoryTab", "Agency removed"),
    "consignment.updated": QT_TRANSLATE_NOOP("HistoryTab", "Consignment changed"),
    "answer.recorded": QT_TRANSLATE_NOOP("HistoryTab", "Answer"),
    "answer.cleared_hidden": QT_TRANSLATE_NOOP("HistoryTab", "Answer cleared (item no longer applies)"),
    "attachment.added": QT_TRANSLATE_NOOP("HistoryTab", "Photo or scan attached"),
    "attachment.removed": QT_TRANSLATE_NOOP("HistoryTab", "Photo or scan removed"),
    "section.decision": QT_TRANSLATE_NOOP("HistoryTab", "Agency decision"),
    "section.signed": QT_TRANSLATE_NOOP("HistoryTab", "Section signed"),
    "inspection.completed": QT_TRANSLATE_NOOP("HistoryTab", "All sections signed"),
    "decision.confirmed": QT_TRANSLATE_NOOP("HistoryTab", "Consolidated decision confirmed"),
    "inspection.finalized": QT_TRANSLATE_NOOP("HistoryTab", "Finalized and locked"),
    "review.approved": QT_TRANSLATE_NOOP("HistoryTab", "Approved by the supervisor"),
    "review.returned": QT_TRANSLATE_NOOP("HistoryTab", "Returned for correction"),
    "inspection.returned": QT_TRANSLATE_NOOP("HistoryTab", "New revision for correction"),
    "inspection.amended": QT_TRANSLATE_NOOP("HistoryTab", "Amendment opened"),
}


def action_names() -> dict[str, str]:
    return {key: QCoreApplication.translate("HistoryTab", text) for key, text in ACTIONS.items()}


FIELDS = {
    "bcp_code": QT_TRANSLATE_NOOP("HistoryTab", "BCP"),
    "direction": QT_TRANSLATE_NOOP("HistoryTab", "Direction"),
    "procedure": QT_TRANSLATE_NOOP("HistoryTab", "Procedure"),
    "risk_lane": QT_TRANSLATE_NOOP("HistoryTab", "Risk lane"),
    "declaration_ref": QT_TRANSLATE_NOOP("HistoryTab", "Declaration"),
    "arrived_at": QT_TRANSLATE_NOOP("HistoryTab", "Arrived"),
    "released_at": QT_TRANSLATE_NOOP("HistoryTab", "Released"),
    "tractor_plate": QT_TRANSLATE_NOOP("HistoryTab", "Tractor plate"),
    "trailer_plate": QT_TRANSLATE_NOOP("HistoryTab", "Trailer plate"),
    "vehicle_country": QT_TRANSLATE_NOOP("HistoryTab", "Country"),
    "transit_route": QT_TRANSLATE_NOOP("HistoryTab", "Route"),
    "transit_exit_bcp": QT_TRANSLATE_NOOP("HistoryTab", "Exit BCP"),
    "transit_deadline": QT_TRANSLATE_NOOP("HistoryTab", "Deadline"),
    "drivers": QT_TRANSLATE_NOOP("HistoryTab", "Drivers"),
    "documents": QT_TRANSLATE_NOOP("HistoryTab", "Documents"),
    "cargo": QT_TRANSLATE_NOOP("HistoryTab", "Cargo"),
    "seals": QT_TRANSLATE_NOOP("HistoryTab", "Seals"),
    "decision": QT_TRANSLATE_NOOP("HistoryTab", "Decision"),
    "remarks": QT_TRANSLATE_NOOP("HistoryTab", "Remarks"),
    "note": QT_TRANSLATE_NOOP("HistoryTab", "Note"),
    "comment": QT_TRANSLATE_NOOP("HistoryTab", "Comment"),
    "reason": QT_TRANSLATE_NOOP("HistoryTab", "Reason"),
    "status": QT_TRANSLATE_NOOP("HistoryTab", "Status"),
    "filename": QT_TRANSLATE_NOOP("HistoryTab", "File"),
    "caption": QT_TRANSLATE_NOOP("HistoryTab", "Caption"),
    "checklist": QT_TRANSLATE_NOOP("HistoryTab", "Checklist"),
}


def field_names() -> dict[str, str]:
    return {key: QCoreApplication.translate("HistoryTab", text) for key, text in FIELDS.items()}


def _time(value: object, lang: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(str(value)), lang)
    except ValueError:
        return str(value)


def _enum(kind, value: object) -> str:
    try:
        return label(kind(value))
    except ValueError:
        return str(value)


class Describer:
    """Turns one audit entry into (what, before, after) for the history table."""

    def __init__(self, definitions: dict[str, ChecklistDefinition], sections: dict[str, str], lang: str) -> None:
        self.definitions = definitions
        self.sections = sections  # section id -> agency, over every revision
        self.lang = lang
        self.numbers: dict[tuple[str, str], str] = {}
        for agency, definition in definitions.items():
            for s_number, section in enumerate(definition.sections, 1):
                for i_number, item in enumerate(section.items, 1):
                    self.numbers[(agency, item.id)] = f"{s_number}.{i_number}"

    def describe(self, action: str, entity_id: str | None, old: object, new: object) -> tuple[str, str, str]:
        what = action_names().get(action, action)
        if action in ("answer.recorded", "answer.cleared_hidden") and entity_id and "/" in entity_id:
            agency, item_id = entity_id.split("/", 1)
            item = self.definitions.get(agency).item(item_id) if agency in self.definitions else None
            number = self.numbers.get((agency, item_id), "")
            text = localize(item.text, self.lang) if item else item_id
            prefix = f"{label(Agency(agency))}: " if agency in {a.value for a in Agency} else ""
            what = f"{prefix}{number} {text}".strip()
            if action == "answer.cleared_hidden":
                what += " — " + QCoreApplication.translate("HistoryTab", "cleared, no longer applies")
            return what, self.answer(item, old), self.answer(item, new)
        if action in ("section.decision", "section.signed", "section.added", "section.removed"):
            agency = (new or old or {}).get("agency") if isinstance(new or old, dict) else None
            agency = agency or self.sections.get(str(entity_id))
            if agency in {a.value for a in Agency}:
                what = f"{what} — {label(Agency(agency))}"
        if action == "section.signed":
            return what, "", self.fields(new, skip={"agency", "signed_at"})
        if action in ("section.added", "section.removed"):
            return what, self.fields(old, skip={"agency"}), self.fields(new, skip={"agency"})
        if action == "attachment.added":
            return what, "", self.fields(new, skip={"agency", "size", "original_sha256", "original_size"})
        if action == "attachment.removed":
            return what, self.fields(old, skip={"agency", "items"}), ""
        if action == "inspection.created":
            return what, "", self.fields({k: v for k, v in (new or {}).items()
                                          if k in ("bcp_code", "tractor_plate", "arrived_at")})
        if action == "inspection.finalized":
            return what, "", self.fields(new, skip={"record_hash", "status"})
        return what, self.fields(old), self.fields(new)

    # -- values -------------------------------------------------------------------------

    def answer(self, item: Item | None, state: object) -> str:
        if not isinstance(state, dict):
            return "—" if state is None else str(state)
        parts = []
        value = state.get("value")
        if value is not None:
            parts.append(self.value(item, value))
        photos = len(state.get("photos") or []) + (
            len(value) if item is not None and item.type is QuestionType.PHOTO and isinstance(value, list) else 0)
        if photos:
            parts.append(QCoreApplication.translate("HistoryTab", "photos: {count}").format(count=photos))
        if state.get("note"):
            parts.append(QCoreApplication.translate("HistoryTab", "note: “{note}”").format(note=state["note"]))
        return "; ".join(p for p in parts if p) or "—"

    def value(self, item: Item | None, value: object) -> str:
        if item is None:
            return str(value)
        t = item.type
        if t in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
            text = YES_NO.get(str(value))
            return QCoreApplication.translate("HistoryTab", text) if text else str(value)
        if t in (QuestionType.CHOICE, QuestionType.MULTI_CHOICE):
            options = {o.value: localize(o.label, self.lang) for o in item.options}
            values = value if isinstance(value, list) else [value]
            return ", ".join(options.get(str(v), str(v)) for v in values)
        if t is QuestionType.NUMBER:
            number = f"{value:g}" if isinstance(value, float) else str(value)
            return f"{number} {item.unit}" if item.unit else number
        if t is QuestionType.DATE:
            try:
                return format_date(date.fromisoformat(str(value)), self.lang)
            except ValueError:
                return str(value)
        if t is QuestionType.PHOTO:
            return ""
        return str(value)

    def fields(self, values: object, skip: set[str] = frozenset()) -> str:
        if values is None:
            return ""
        if not isinstance(values, dict):
            return str(values)
        names = field_names()
        parts = []
        for key, value in values.items():
            if key in skip or value in (None, "", []):
                continue
            parts.append(f"{names.get(key, key)}: {self.field(key, value)}")
        return "; ".join(parts)

    def field(self, key: str, value: object) -> str:
        if key in _ENUMS:
            return _enum(_ENUMS[key], value)
        if key == "status":
            from inspector.domain.enums import Status

            return _enum(Status, value)
        if key in ("bcp_code", "transit_exit_bcp"):
            return bcp_name(str(value), self.lang) or str(value)
        if key.endswith("_at") or key == "transit_deadline":
            return _time(value, self.lang)
        if key in ("agencies", "reopened") and isinstance(value, list):
            return ", ".join(_enum(Agency, a) for a in value)
        if isinstance(value, list):
            return " | ".join(self.line(key, line) for line in value)
        return str(value)

    def line(self, key: str, line: object) -> str:
        if not isinstance(line, dict):
            return str(line)
        if key == "documents":
            kind = _enum(DocumentType, line.get("type")) if line.get("type") else ""
            return " ".join(str(p) for p in (kind, line.get("number"), line.get("date")) if p)
        if key == "seals":
            status = _enum(SealStatus, line.get("status")) if line.get("status") else ""
            return f"{line.get('number') or ''} ({status})" if status else str(line.get("number") or "")
        if key == "cargo":
            return f"{line.get('description') or ''} ({line.get('hs_code') or ''})"
        if key == "drivers":
            return str(line.get("name_latin") or line.get("name_original") or "")
        return ", ".join(str(v) for v in line.values() if v not in (None, ""))
