"""A checklist written as an XLSForm-style workbook (the reverse of :mod:`workbook`).

``checklists export`` and the app's "Save template…" use it; importing the
result gives back the same canonical checklist (tests prove it for every
built-in). Numbers keep their type through Excel, which has only doubles: a
whole number stored as a float (``5.0``) is written as text and read back as
a float. Text that starts with ``=`` is written as text, never as a formula.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from inspector.checklists.model import ChecklistDefinition
from inspector.checklists.show_if_syntax import format_condition
from inspector.domain.enums import LANGUAGES
from inspector.domain.i18n import tr

SURVEY_COLUMNS = ("type", "name", "label", "hint", "required", "severity", "noncompliant_if", "show_if",
                  "unit", "min", "max", "decimals", "max_length")
INSTRUCTION_LINES = 16
_RESERVED_LISTS = ("yes_no", "yes_no_na")
_LANGUAGE_HEADERS = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}
_TYPES = {"yes_no": "select_one yes_no", "yes_no_na": "select_one yes_no_na", "text": "text",
          "date": "date", "photo": "image"}


def _number_cell(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return repr(value)  # Excel would make 5.0 the whole number 5
    return value


def _rule(rule: object) -> object:
    if isinstance(rule, list):
        return ", ".join(str(v) for v in rule)
    if isinstance(rule, Mapping):
        parts = []
        if "below" in rule:
            parts.append(f"< {rule['below']!r}")
        if "above" in rule:
            parts.append(f"> {rule['above']!r}")
        return " or ".join(parts)
    return rule


def _question_type(item: Mapping, list_name: str | None) -> str:
    kind = item.get("type")
    if kind == "choice":
        return f"select_one {list_name}"
    if kind == "multi_choice":
        return f"select_multiple {list_name}"
    if kind == "number":
        return "decimal" if item.get("decimals") else "integer"
    return _TYPES.get(kind, str(kind))


class _Sheet:
    def __init__(self, sheet, headers: list[str]) -> None:
        from openpyxl.styles import Font, PatternFill

        self.sheet = sheet
        self.headers = headers
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDE6F0")
        sheet.freeze_panes = "A2"
        for index, header in enumerate(headers, 1):
            wide = header.startswith(("label", "hint", "title")) or header == "show_if"
            sheet.column_dimensions[_letter(index)].width = 42 if wide else 16

    def append(self, values: Mapping[str, object]) -> None:
        row = [values.get(h) for h in self.headers]
        self.sheet.append(row)
        for cell in self.sheet[self.sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a label such as "=== …" stays text


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _localized(prefix: str, text: Mapping | None, languages) -> dict[str, object]:
    return {f"{prefix}::{lang}": (text or {}).get(lang) for lang in languages}


def workbook_bytes(data: Mapping, instructions: bool = True, open_instructions: bool = False) -> bytes:
    """The workbook for a ``bcp-checklist/1`` mapping."""
    from openpyxl import Workbook

    languages = [lang for lang in data.get("languages") or ["en"] if isinstance(lang, str)]
    book = Workbook()
    items = [item for section in data.get("sections") or [] for item in section.get("items") or []]
    units = ["unit"]
    if any(isinstance(item.get("unit"), Mapping) for item in items):  # written per language ("kg", "кг")
        units += [f"unit::{lang}" for lang in languages]
    survey = _Sheet(book.active, ["type", "name", *[f"label::{lang}" for lang in languages],
                                  *[f"hint::{lang}" for lang in languages], *SURVEY_COLUMNS[4:8], *units,
                                  *SURVEY_COLUMNS[9:]])
    survey.sheet.title = "survey"
    choices = _Sheet(book.create_sheet("choices"), ["list_name", "name", *[f"label::{lang}" for lang in languages],
                                                    "exclusive"])
    multi_choice = {i.get("id") for i in items if i.get("type") == "multi_choice"}
    used = {i.get("id") for i in items}
    for section in data.get("sections") or []:
        survey.append({"type": "begin group", "name": section.get("id"),
                       **_localized("label", section.get("title"), languages)})
        for item in section.get("items") or []:
            list_name = None
            if item.get("type") in ("choice", "multi_choice"):
                list_name = item.get("id")
                while list_name in _RESERVED_LISTS or (list_name != item.get("id") and list_name in used):
                    list_name = f"{list_name}_options"
                used.add(list_name)
                for option in item.get("options") or []:
                    row = {"list_name": list_name, "name": option.get("value"),
                           **_localized("label", option.get("label"), languages)}
                    if "exclusive" in option:
                        row["exclusive"] = "yes" if option["exclusive"] else "no"
                    choices.append(row)
            row: dict[str, object] = {
                "type": _question_type(item, list_name), "name": item.get("id"),
                **_localized("label", item.get("text"), languages),
                **_localized("hint", item.get("help"), languages),
                "severity": item.get("severity"),
                **(_localized("unit", item["unit"], languages) if isinstance(item.get("unit"), Mapping)
                   else {"unit": item.get("unit")}),
                "noncompliant_if": _rule(item.get("noncompliant_if")),
                "min": _number_cell(item.get("min")), "max": _number_cell(item.get("max")),
                "decimals": item.get("decimals"), "max_length": item.get("max_length"),
            }
            if "required" in item:
                row["required"] = "yes" if item["required"] else "no"
            if item.get("show_if") is not None:
                row["show_if"] = format_condition(item["show_if"], multi_choice)
            survey.append(row)
        survey.append({"type": "end group"})
    applies = data.get("applies_when") or {}
    settings = _Sheet(book.create_sheet("settings"),
                      ["id", "version", "agency", "languages", *[f"title::{lang}" for lang in languages],
                       "applies_when", "outcomes"])
    settings.append({"id": data.get("id"), "version": data.get("version"), "agency": data.get("agency"),
                     "languages": ", ".join(languages), **_localized("title", data.get("title"), languages),
                     "applies_when": "always" if applies.get("always") else ", ".join(applies.get("hs_chapters") or []),
                     "outcomes": ", ".join(data.get("outcomes") or [])})
    if data.get("outcome_texts"):
        outcomes = _Sheet(book.create_sheet("outcomes"),
                          ["outcome", *[f"legal_basis::{lang}" for lang in languages],
                           *[f"appeal::{lang}" for lang in languages]])
        for outcome, texts in data["outcome_texts"].items():
            outcomes.append({"outcome": outcome, **_localized("legal_basis", texts.get("legal_basis"), languages),
                             **_localized("appeal", texts.get("appeal"), languages)})
    if instructions:
        _instructions(book.create_sheet("instructions"))
        if open_instructions:
            book.active = len(book.sheetnames) - 1
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _instructions(sheet) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.append([_LANGUAGE_HEADERS[lang] for lang in LANGUAGES])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number in range(1, INSTRUCTION_LINES + 1):
        sheet.append([tr(f"workbook.instructions_{number}", lang) for lang in LANGUAGES])
    for index in range(1, len(LANGUAGES) + 1):
        sheet.column_dimensions[_letter(index)].width = 70
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def export_definition(definition: ChecklistDefinition) -> bytes:
    return workbook_bytes(definition.data)


TEMPLATE = {
    "format": "bcp-checklist/1", "id": "example_checks", "version": "1.0", "agency": "veterinary",
    "languages": ["en", "ru", "tk"],
    "title": {"en": "Example checklist", "ru": "Пример чек-листа", "tk": "Barlag sanawynyň nusgasy"},
    "applies_when": {"hs_chapters": ["01", "02"]},
    "outcomes": ["release", "release_conditional", "detain"],
    "outcome_texts": {"detain": {
        "legal_basis": {"en": "Veterinary law, article on border control (give the article)",
                        "ru": "Закон о ветеринарии, статья о пограничном контроле (укажите статью)",
                        "tk": "Weterinariýa hakyndaky kanun, serhet gözegçiligi baradaky madda (maddany görkeziň)"},
        "appeal": {"en": "Within 10 days, in writing, to the head of the veterinary service",
                   "ru": "В течение 10 дней, письменно, начальнику ветеринарной службы",
                   "tk": "10 günüň dowamynda, ýazmaça, weterinariýa gullugynyň başlygyna"}}},
    "sections": [{
        "id": "documents",
        "title": {"en": "Documents", "ru": "Документы", "tk": "Resminamalar"},
        "items": [
            {"id": "certificate_present", "type": "yes_no",
             "text": {"en": "Veterinary certificate presented", "ru": "Ветеринарный сертификат предъявлен",
                      "tk": "Weterinariýa şahadatnamasy görkezildi"},
             "help": {"en": "The original, not a copy", "ru": "Оригинал, а не копия", "tk": "Nusgasy däl-de, asyl"},
             "noncompliant_if": "no", "severity": "critical"},
            {"id": "certificate_number", "type": "text", "max_length": 40,
             "text": {"en": "Certificate number", "ru": "Номер сертификата", "tk": "Şahadatnamanyň belgisi"},
             "show_if": {"item": "certificate_present", "equals": "yes"}},
            {"id": "certificate_date", "type": "date",
             "text": {"en": "Date of issue", "ru": "Дата выдачи", "tk": "Berlen senesi"},
             "show_if": {"item": "certificate_present", "equals": "yes"}},
        ]}, {
        "id": "physical",
        "title": {"en": "Physical check", "ru": "Физический досмотр", "tk": "Fiziki barlag"},
        "items": [
            {"id": "packaging", "type": "choice",
             "text": {"en": "Condition of the packaging", "ru": "Состояние упаковки", "tk": "Gaplamanyň ýagdaýy"},
             "options": [
                 {"value": "intact", "label": {"en": "Intact", "ru": "Целая", "tk": "Bitin"}},
                 {"value": "damaged", "label": {"en": "Damaged", "ru": "Повреждена", "tk": "Zeperlenen"}},
             ], "noncompliant_if": ["damaged"], "severity": "minor"},
            {"id": "core_temperature", "type": "number", "unit": "°C", "min": -40, "max": 40, "decimals": 1,
             "required": True,
             "text": {"en": "Core temperature", "ru": "Температура в толще продукта", "tk": "Önümiň içki temperaturasy"},
             "noncompliant_if": {"above": -18}, "severity": "major"},
            {"id": "damage_kinds", "type": "multi_choice",
             "text": {"en": "Kinds of damage", "ru": "Виды повреждений", "tk": "Zeperiň görnüşleri"},
             "options": [
                 {"value": "torn", "label": {"en": "Torn", "ru": "Порвана", "tk": "Ýyrtyk"}},
                 {"value": "wet", "label": {"en": "Wet", "ru": "Мокрая", "tk": "Öl"}},
             ], "show_if": {"item": "packaging", "equals": "damaged"}},
            {"id": "damage_photo", "type": "photo",
             "text": {"en": "Photo of the damage", "ru": "Фото повреждения", "tk": "Zeperiň suraty"},
             "show_if": {"any": [{"item": "damage_kinds", "equals": "torn"},
                                 {"item": "damage_kinds", "equals": "wet"}]}},
        ]}],
}


def template_bytes() -> bytes:
    """An example workbook with every question type, opening on the instructions in en/ru/tk."""
    return workbook_bytes(TEMPLATE, open_instructions=True)
