"""Checklists authored in Excel: an XLSForm-style workbook → ``bcp-checklist/1``.

The workbook has three sheets, found by name (any other sheet is ignored):
``settings`` (one row of values under a header row), ``survey`` (one row per
question, ``begin group`` / ``end group`` rows for sections) and ``choices``
(the options of ``select_one LIST`` / ``select_multiple LIST`` questions).
docs/checklist-format.md describes the layout.

The file is checked as a hostile zip first (:mod:`workbook_safety`), then read
with openpyxl in read-only mode. Every problem is collected with the cell it
comes from; the converted checklist then passes through the same validator as
a YAML file, and the validator's item paths are mapped back to cells. Nothing
in a workbook is evaluated: formulas are refused, ``show_if`` is parsed by
:mod:`show_if_syntax`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from inspector.checklists import show_if_syntax
from inspector.checklists.source import Source
from inspector.checklists.validator import FORMAT, validate
from inspector.checklists.workbook_sheets import (
    SHEETS,
    Cell,
    Row,
    SheetReader,
    WorkbookProblem,
    WorkbookResult,
)
from inspector.checklists.workbook_yaml import dump_yaml
from inspector.domain.i18n import languages

log = logging.getLogger(__name__)

_SHEET_COLUMNS = {
    "settings": {"format", "id", "version", "agency", "languages", "title", "applies_when", "outcomes"},
    "survey": {"type", "name", "text", "help", "required", "severity", "noncompliant_if", "show_if",
               "unit", "unit_texts", "min", "max", "decimals", "max_length"},
    "choices": {"list_name", "name", "label", "exclusive"},
    "outcomes": {"outcome", "legal_basis", "appeal"},
}
_LOCALIZED = {"settings": {"title"}, "survey": {"text", "help", "unit_texts"}, "choices": {"label"},
              "outcomes": {"legal_basis", "appeal"}}
# The column names as an author writes them (for messages).
_SHOWN_COLUMNS = {
    "settings": "id, version, agency, languages, title::LANG, applies_when, outcomes",
    "survey": "type, name, label::LANG, hint::LANG, required, severity, noncompliant_if, show_if, unit or unit::LANG, "
              "min, max, decimals, max_length",
    "choices": "list_name, name, label::LANG, exclusive",
    "outcomes": "outcome, legal_basis::LANG, appeal::LANG",
}
# XLSForm's names for our columns.
_ALIASES = {
    "settings": {"form_id": "id", "form_title": "title"},
    "survey": {"label": "text", "hint": "help", "relevant": "show_if"},
    "choices": {},
    "outcomes": {"name": "outcome", "decision": "outcome"},
}
# XLSForm columns with no counterpart: refused when a row uses them, ignored when empty.
_UNSUPPORTED_COLUMNS = {
    "constraint", "constraint_message", "required_message", "calculation", "default", "appearance",
    "choice_filter", "repeat_count", "read_only", "readonly", "trigger", "parameters", "image", "audio",
    "video", "media", "guidance_hint", "bind", "instance", "body", "default_language", "instance_name",
    "style", "public_key", "submission_url", "allow_choice_duplicates", "media::image", "media::audio",
    "media::video", "filter",
}
_LANGUAGE_NAMES = {"english": "en", "russian": "ru", "русский": "ru", "turkmen": "tk", "türkmen": "tk",
                   "türkmençe": "tk", "туркменский": "tk"}
_QUESTION_TYPES = {"integer": "number", "decimal": "number", "text": "text", "date": "date", "image": "photo"}
_BUILTIN_LISTS = {"yes_no": ("yes", "no"), "yes_no_na": ("yes", "no", "na")}
SUPPORTED_TYPES = ("select_one yes_no", "select_one yes_no_na", "select_one LIST", "select_multiple LIST",
                   "integer", "decimal", "text", "date", "image", "begin group", "end group")
_SPLIT = re.compile(r"[\s,;]+")
_NUMBER = re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_BOUND = re.compile(r"^(>|<|above|below)\s*(\S+)$", re.IGNORECASE)

Path_ = tuple[str | int, ...]


@dataclass
class _Column:
    key: str           # our key (``text``, ``min`` …) or the unsupported XLSForm name
    lang: str | None   # for localized columns
    index: int         # 1-based
    supported: bool = True


class _Converter:
    """Rows → a ``bcp-checklist/1`` mapping, remembering the cell behind every path."""

    def __init__(self, problems: list[WorkbookProblem]) -> None:
        self.problems = problems
        self.cells: dict[Path_, Cell] = {}
        self.broken: set[object] = set()  # items whose type or list was not understood
        self.unsupported_seen: set[tuple[str, int]] = set()

    def report(self, cell: Cell | None, key: str, detail: str = "", **params: object) -> None:
        self.problems.append(WorkbookProblem(cell, key, params, detail))

    # -- headers ---------------------------------------------------------------------------

    def header(self, sheet: str, rows: list[Row]) -> tuple[list[_Column], list[Row]]:
        if not rows or rows[0].number != 1:
            self.report(Cell(sheet, 1, 1), "workbook.no_header", sheet=sheet)
            return [], []
        columns: list[_Column] = []
        seen: dict[tuple[str, str | None], int] = {}
        for index, raw in sorted(rows[0].values.items()):
            where = Cell(sheet, 1, index)
            if not isinstance(raw, str):
                self.report(where, "workbook.bad_header", header=str(raw)[:40])
                continue
            if raw.startswith("#"):
                continue
            column = self.column(sheet, raw, index, where)
            if column is None:
                continue
            if (column.key, column.lang) in seen:
                self.report(where, "workbook.duplicate_column", header=raw[:40])
                continue
            seen[(column.key, column.lang)] = index
            columns.append(column)
        known = {c.index for c in columns}
        header_cells = set(rows[0].values)
        unnamed: set[int] = set()
        for row in rows[1:]:
            for index in row.values:
                if index not in known and index not in header_cells and index not in unnamed:
                    unnamed.add(index)  # once per column: the first value shows where
                    self.report(Cell(sheet, row.number, index), "workbook.no_column_header")
        return columns, rows[1:]

    def column(self, sheet: str, raw: str, index: int, where: Cell) -> _Column | None:
        base, _, lang_text = raw.strip().partition("::")
        base = base.strip().lower().replace(" ", "_")
        key = _ALIASES[sheet].get(base, base)
        if sheet == "survey" and key == "unit" and lang_text:
            key = "unit_texts"  # "unit::ru" when languages write the unit differently ("kg", "кг")
        if key in _LOCALIZED[sheet] and (key != "unit_texts" or lang_text):
            lang = self.language(lang_text) if lang_text else "en"
            if lang is None:
                self.report(where, "workbook.unknown_language", header=raw[:40], allowed=", ".join(languages()))
                return None
            return _Column(key, lang, index)
        if lang_text or key not in _SHEET_COLUMNS[sheet]:
            if base in _UNSUPPORTED_COLUMNS or raw.strip().lower() in _UNSUPPORTED_COLUMNS:
                return _Column(raw.strip(), None, index, supported=False)
            self.report(where, "workbook.unknown_column", header=raw[:40], allowed=_SHOWN_COLUMNS[sheet])
            return None
        return _Column(key, None, index)

    @staticmethod
    def language(text: str) -> str | None:
        text = text.strip()
        code = re.search(r"\(([A-Za-z-]{2,8})\)\s*$", text)
        candidate = (code.group(1) if code else text).lower()
        candidate = _LANGUAGE_NAMES.get(candidate, candidate)
        return candidate if candidate in languages() else None

    # -- cell values -------------------------------------------------------------------------

    def text(self, value: object, where: Cell) -> str | None:
        if isinstance(value, bool):
            self.report(where, "workbook.expected_text")
            return None
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return repr(value)
        return str(value)

    def number(self, value: object, where: Cell, integer: bool = False) -> int | float | None:
        if isinstance(value, bool):
            self.report(where, "workbook.expected_number", value=str(value))
            return None
        if isinstance(value, float) and integer and value.is_integer():
            return int(value)
        if isinstance(value, (int, float)):
            return value
        text = str(value).strip().replace("\u2212", "-")
        if _INT.match(text):
            return int(text)
        if _NUMBER.match(text) and not integer:
            return float(text)
        self.report(where, "workbook.expected_number", value=text[:40])
        return None

    def boolean(self, value: object, where: Cell) -> bool | None:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("yes", "true", "true()", "1"):
            return True
        if text in ("no", "false", "false()", "0"):
            return False
        self.report(where, "workbook.expected_yes_no", value=text[:40])
        return None

    def words(self, value: object, where: Cell) -> list[str]:
        text = self.text(value, where)
        return [w for w in _SPLIT.split(text or "") if w]

    # -- rows → dictionaries -------------------------------------------------------------------

    def record(self, sheet: str, columns: list[_Column], row: Row, path: Path_,
               rename: dict[str, str] | None = None) -> dict[str, object]:
        """The row's values by column key (localized ones as ``{lang: text}``).

        Each column's cell is registered at ``path`` + its key in the checklist
        (``rename`` maps column keys to checklist keys, e.g. ``name`` → ``id``).
        """
        result: dict[str, object] = {}
        for column in columns:
            where = Cell(sheet, row.number, column.index)
            key = (rename or {}).get(column.key, column.key)
            if column.lang is not None:
                first = path + (key,)
                if first not in self.cells or self.cells[first].column > column.index:
                    self.cells[first] = where
                self.cells[path + (key, column.lang)] = where
            else:
                self.cells[path + (key,)] = where
            value = row.values.get(column.index)
            if value is None:
                continue
            if not column.supported:
                if (sheet, column.index) not in self.unsupported_seen:  # once per column
                    self.unsupported_seen.add((sheet, column.index))
                    self.report(where, "workbook.unsupported_column", header=column.key)
                continue
            if column.lang is not None:
                text = self.text(value, where)
                if text is not None:
                    result.setdefault(column.key, {})[column.lang] = text
            else:
                result[column.key] = (value, where)
        return result

    def settings(self, rows: list[Row] | None) -> dict[str, object]:
        data: dict[str, object] = {"format": FORMAT}
        self.cells[()] = Cell("settings", 1, 1)
        if rows is None:
            return data
        columns, values = self.header("settings", rows)
        self.cells[()] = Cell("settings", 2, 1)
        if not values:
            self.report(Cell("settings", 2, 1), "workbook.settings_row")
            return data
        for extra in values[1:]:
            self.report(Cell("settings", extra.number, min(extra.values)), "workbook.settings_one_row")
        record = self.record("settings", columns, values[0], ())
        for key in ("format", "id", "version", "agency", "languages", "title", "applies_when", "outcomes"):
            if key not in record:
                continue
            if key == "title":
                data["title"] = record["title"]
                continue
            value, where = record[key]
            if key == "version":
                if isinstance(value, float):
                    self.report(where, "workbook.version_as_number", value=repr(value))
                    continue
                data[key] = self.text(value, where)
            elif key in ("id", "format"):
                data[key] = self.text(value, where)
            elif key == "agency":
                data[key] = (self.text(value, where) or "").lower()
            elif key == "languages":
                data[key] = [w.lower() for w in self.words(value, where)]
            elif key == "outcomes":
                data[key] = [w.lower() for w in self.words(value, where)]
            elif key == "applies_when":
                data[key] = self.applies_when(value, where)
        return data

    def applies_when(self, value: object, where: Cell) -> dict[str, object]:
        if isinstance(value, int) and not isinstance(value, bool):
            return {"hs_chapters": [f"{value:02d}"]}
        words = self.words(value, where)
        if [w.lower() for w in words] == ["always"]:
            return {"always": True}
        return {"hs_chapters": [f"0{w}" if w.isdigit() and len(w) == 1 else w for w in words]}

    def choices(self, rows: list[Row] | None) -> dict[str, list[tuple[dict, dict[Path_, Cell], Row]]]:
        lists: dict[str, list[tuple[dict, dict[Path_, Cell], Row]]] = {}
        if rows is None:
            return lists
        columns, values = self.header("choices", rows)
        if not any(c.key == "list_name" for c in columns) or not any(c.key == "name" for c in columns):
            if columns:
                self.report(Cell("choices", 1, 1), "workbook.choices_columns")
            return lists
        for row in values:
            saved = self.cells
            self.cells = {}
            record = self.record("choices", columns, row, ())
            cells, self.cells = self.cells, saved
            if "list_name" not in record:
                self.report(Cell("choices", row.number, min(row.values)), "workbook.choice_without_list")
                continue
            list_value, list_cell = record["list_name"]
            list_name = self.text(list_value, list_cell) or ""
            option: dict[str, object] = {}
            if "name" in record:
                option["value"] = self.text(*record["name"])
            else:
                self.report(cells.get(("name",)), "workbook.choice_without_name")
            if "label" in record:
                option["label"] = record["label"]
            if "exclusive" in record:  # a multi_choice answer that excludes the others ("none")
                flag = self.boolean(*record["exclusive"])
                if flag is not None:
                    option["exclusive"] = flag
            cells[("list_name",)] = list_cell
            lists.setdefault(list_name, []).append((option, cells, row))
        for name, options in lists.items():
            if name in _BUILTIN_LISTS and tuple(o.get("value") for o, _c, _r in options) != _BUILTIN_LISTS[name]:
                self.report(options[0][1][("list_name",)], "workbook.reserved_list", list=name,
                            values=" / ".join(_BUILTIN_LISTS[name]))
        return lists

    def outcome_texts(self, rows: list[Row] | None) -> dict[str, dict] | None:
        """The optional ``outcomes`` sheet: legal basis and appeal texts per decision."""
        if rows is None:
            return None
        columns, values = self.header("outcomes", rows)
        texts: dict[str, dict] = {}
        for row in values:
            probe: dict[Path_, Cell] = {}
            saved, self.cells = self.cells, probe
            record = self.record("outcomes", columns, row, ())
            self.cells = saved
            if "outcome" not in record:
                self.report(Cell("outcomes", row.number, min(row.values)), "workbook.outcome_without_name")
                continue
            outcome = (self.text(*record["outcome"]) or "").lower()
            path = ("outcome_texts", outcome)
            for sub, cell in probe.items():
                self.cells[path + sub] = cell
            self.cells[path] = record["outcome"][1]
            if outcome in texts:
                self.report(record["outcome"][1], "workbook.outcome_twice", outcome=outcome)
                continue
            texts[outcome] = {key: record[key] for key in ("legal_basis", "appeal") if key in record}
        self.cells[("outcome_texts",)] = Cell("outcomes", 1, 1)
        return texts or None

    def survey(self, rows: list[Row] | None, lists) -> list[dict]:
        sections: list[dict] = []
        self.cells[("sections",)] = Cell("survey", 1, 1)
        if rows is None:
            return sections
        columns, values = self.header("survey", rows)
        if not any(c.key == "type" for c in columns):
            if columns:
                self.report(Cell("survey", 1, 1), "workbook.survey_columns")
            return sections
        type_index = next(c.index for c in columns if c.key == "type")
        current: dict | None = None
        group_row: Row | None = None
        multi_choice: set[str] = set()
        for row in values:
            type_cell = Cell("survey", row.number, type_index)
            raw_type = row.values.get(type_index)
            if raw_type is None:
                self.report(Cell("survey", row.number, min(row.values)), "workbook.row_without_type")
                continue
            kind = " ".join((self.text(raw_type, type_cell) or "").split())
            lowered = kind.lower().replace("begin_group", "begin group").replace("end_group", "end group")
            if lowered == "begin group":
                if current is not None:
                    self.report(type_cell, "workbook.nested_group", row=group_row.number)
                    continue
                path = ("sections", len(sections))
                self.cells[path] = type_cell
                self.cells[path + ("items",)] = type_cell
                record = self.record("survey", columns, row, path, {"name": "id", "text": "title"})
                current = {}
                if "name" in record:
                    current["id"] = self.text(*record["name"])
                if "text" in record:
                    current["title"] = record["text"]
                for key in record:
                    if key not in ("name", "text", "type"):
                        self.report(self.cells.get(path + (key,), type_cell), "workbook.not_for_group", column=key)
                current["items"] = []
                sections.append(current)
                group_row = row
                continue
            if lowered == "end group":
                if current is None:
                    self.report(type_cell, "workbook.end_without_begin")
                current = None
                continue
            if current is None:
                self.report(type_cell, "workbook.outside_group")
                continue
            path = ("sections", len(sections) - 1, "items", len(current["items"]))
            item = self.item(row, columns, path, type_cell, kind, lists, multi_choice)
            if item is not None:
                current["items"].append(item)
        if current is not None and group_row is not None:
            self.report(Cell("survey", group_row.number, type_index), "workbook.group_not_closed")
        return sections

    def item(self, row: Row, columns, path: Path_, type_cell: Cell, kind: str, lists,
             multi_choice: set[str]) -> dict | None:
        self.cells[path] = type_cell
        record = self.record("survey", columns, row, path, {"name": "id", "unit_texts": "unit"})
        self.cells[path + ("type",)] = type_cell
        self.cells[path + ("options",)] = type_cell
        qtype, list_name = self.question_type(kind, type_cell)
        item: dict[str, object] = {}
        if "name" in record:
            item["id"] = self.text(*record["name"])
        if qtype is None:  # kept, so that later rows keep their places; the type is reported
            self.broken.add(item.get("id"))
        else:
            item["type"] = qtype
        for key in ("text", "help"):
            if key in record:
                item[key] = record[key]
        if qtype is None:
            return item
        if "required" in record:
            flag = self.boolean(*record["required"])
            if flag is not None:
                item["required"] = flag
        if list_name is not None:
            options = lists.get(list_name)
            if not options:
                self.report(type_cell, "workbook.unknown_list", list=list_name)
                self.broken.add(item.get("id"))
            else:
                item["options"] = []
                for k, (option, cells, _row) in enumerate(options):
                    item["options"].append(dict(option))
                    for sub, cell in cells.items():
                        target = {("name",): ("value",)}.get(sub, sub)
                        if sub[:1] in (("label",), ("name",), ("exclusive",)):
                            self.cells[path + ("options", k) + target] = cell
                    self.cells[path + ("options", k)] = cells.get(("name",)) or cells[("list_name",)]
            if qtype == "multi_choice" and isinstance(item.get("id"), str):
                multi_choice.add(item["id"])
        if "unit_texts" in record:
            item["unit"] = record["unit_texts"]
        elif "unit" in record:
            item["unit"] = self.text(*record["unit"])
        for key in ("min", "max"):
            if key in record:
                number = self.number(*record[key])
                if number is not None:
                    item[key] = number
        decimals = None
        if "decimals" in record:
            decimals = self.number(*record["decimals"], integer=True)
            if decimals is not None:
                item["decimals"] = decimals
        if qtype == "number":
            self.integer_or_decimal(kind, decimals, "decimals" in record, self.cells.get(path + ("decimals",)))
        if "max_length" in record:
            length = self.number(*record["max_length"], integer=True)
            if length is not None:
                item["max_length"] = length
        if "noncompliant_if" in record:
            rule = self.noncompliant(qtype, *record["noncompliant_if"])
            if rule is not None:
                item["noncompliant_if"] = rule
        if "severity" in record:
            item["severity"] = (self.text(*record["severity"]) or "").lower()
        if "show_if" in record:
            condition = self.show_if(*record["show_if"])
            if condition is not None:
                item["show_if"] = condition
        return item

    def question_type(self, kind: str, where: Cell) -> tuple[str | None, str | None]:
        parts = kind.split()
        head = parts[0].lower() if parts else ""
        if head in ("select_one", "select_multiple"):
            if len(parts) != 2:
                self.report(where, "workbook.select_needs_list", type=kind[:40])
                return None, None
            list_name = parts[1]
            if head == "select_one" and list_name in _BUILTIN_LISTS:
                return list_name, None
            return ("choice" if head == "select_one" else "multi_choice"), list_name
        if len(parts) == 1 and head in _QUESTION_TYPES:
            return _QUESTION_TYPES[head], None
        self.report(where, "workbook.unsupported_type", type=kind[:40], supported=", ".join(SUPPORTED_TYPES))
        return None, None

    def integer_or_decimal(self, kind: str, decimals, given: bool, where: Cell | None) -> None:
        if kind.lower() == "decimal" and (not given or decimals == 0):
            self.report(where, "workbook.decimal_needs_decimals")
        elif kind.lower() == "integer" and decimals:
            self.report(where, "workbook.integer_no_decimals")

    def noncompliant(self, qtype: str, value: object, where: Cell) -> object:
        if qtype in ("choice", "multi_choice"):
            return self.words(value, where)
        if qtype != "number":
            return (self.text(value, where) or "").lower()
        text = (self.text(value, where) or "").strip()
        rule: dict[str, object] = {}
        for part in re.split(r"\s+or\s+|[,;]", text, flags=re.IGNORECASE):
            match = _BOUND.match(part.strip())
            number = None
            if match:
                raw = match.group(2).replace("\u2212", "-")
                number = (int(raw) if _INT.match(raw) else float(raw)) if _NUMBER.match(raw) else None
            if number is None:
                self.report(where, "workbook.bad_number_rule", value=text[:40])
                return None
            key = "above" if match.group(1).lower() in (">", "above") else "below"
            if key in rule:
                self.report(where, "workbook.bad_number_rule", value=text[:40])
                return None
            rule[key] = number
        return {k: rule[k] for k in ("above", "below") if k in rule}

    def show_if(self, value: object, where: Cell) -> dict | None:
        text = self.text(value, where) or ""
        try:
            return show_if_syntax.parse(text)
        except show_if_syntax.ShowIfError as error:
            shown = text if len(text) <= 120 else text[:117] + "…"
            caret = " " * (min(error.column, len(shown) + 1) - 1) + "^"
            self.report(where, error.key, detail=f"    {shown}\n    {caret}", column=error.column,
                        **error.params)
            return None

    # -- validator problems back to cells ---------------------------------------------------------

    def locate(self, path: Path_, params: dict[str, object]) -> Cell | None:
        for extra in (params.get("key"), params.get("lang")):
            if isinstance(extra, str) and path + (extra,) in self.cells:
                return self.cells[path + (extra,)]
        while path and path not in self.cells:
            path = path[:-1]
        return self.cells.get(path)


def ordered(data: dict) -> dict:
    """The top-level keys in the order of SPEC §4 (the YAML reads best that way)."""
    order = ("format", "id", "version", "agency", "languages", "title", "applies_when", "outcomes",
             "outcome_texts", "sections")
    return {key: data[key] for key in order if key in data} | {k: v for k, v in data.items() if k not in order}


def read_workbook(path: str | Path) -> WorkbookResult:
    """The checklist in the workbook at ``path``, with every problem located at its cell."""
    path = Path(path)
    result = WorkbookResult(path.name)
    reader = SheetReader()
    sheets = reader.read(path)
    result.problems = reader.problems
    if sheets is None:
        return result
    if not sheets.get("survey") and not sheets.get("settings"):
        result.problems.sort(key=_reading_order)
        return result
    converter = _Converter(result.problems)
    result.cells = converter.cells
    data = converter.settings(sheets.get("settings"))
    if "languages" not in data:
        data["languages"] = _languages_in(sheets.get("survey"))
    texts = converter.outcome_texts(sheets.get("outcomes"))
    if texts is not None:
        data["outcome_texts"] = texts
    lists = converter.choices(sheets.get("choices"))
    data["sections"] = converter.survey(sheets.get("survey"), lists)
    data = ordered(data)
    result.data = data
    # Validate even after conversion problems, so that every mistake shows at once; a cell
    # already reported keeps its first (more precise) message.
    reported = {p.cell for p in result.problems}
    definition, problems = validate(Source(data=data))
    for problem in problems:
        if problem.key in ("checklist.show_if_earlier", "checklist.impossible_value") and \
                problem.params.get("item") in converter.broken:
            continue  # a consequence of a question already reported
        cell = converter.locate(problem.path, problem.params)
        if cell in reported and cell is not None:
            continue
        result.problems.append(WorkbookProblem(cell, problem.key, problem.params))
    result.problems.sort(key=_reading_order)
    if definition is None or result.problems:
        return result
    result.yaml_text = dump_yaml(data, path.name)
    result.definition = definition
    return result


def _reading_order(problem: WorkbookProblem) -> tuple:
    """The whole file first, then whole sheets, then cells sheet by sheet, row by row."""
    cell = problem.cell
    if cell is None:
        return (0, 0, 0, 0)
    sheet = SHEETS.index(cell.sheet) if cell.sheet in SHEETS else len(SHEETS)
    return (1 if not cell.row else 2, sheet, cell.row, cell.column)


def _languages_in(rows: list[Row] | None) -> list[str]:
    """Without a ``languages`` setting: those of the survey's label columns (English first)."""
    found = set()
    if rows and rows[0].number == 1:
        for raw in rows[0].values.values():
            if isinstance(raw, str) and raw.strip().lower().startswith("label"):
                _base, _, lang = raw.partition("::")
                code = _Converter.language(lang) if lang else "en"
                if code:
                    found.add(code)
    return [lang for lang in languages() if lang in found or lang == "en"]
