"""Reading the three sheets of a checklist workbook into plain rows, every unusable cell noted.

The file is first checked as a hostile zip (:mod:`workbook_safety`), then opened
with openpyxl in read-only mode (rows are streamed, never the whole sheet).
Read-only openpyxl does not report merged cells, hidden rows or hidden columns,
so each required sheet's XML is also streamed once for those: what is imported
must be what a reviewer sees in Excel.
"""

from __future__ import annotations

import logging
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from xml.etree.ElementTree import ParseError, iterparse

from inspector.checklists.model import ChecklistDefinition
from inspector.checklists.workbook_safety import WorkbookRefused, check_file
from inspector.domain.i18n import tr

log = logging.getLogger(__name__)

MAX_ROWS = 5000
MAX_COLUMNS = 60
MAX_CELLS_PER_ROW = 16384  # Excel's last column, XFD
SHEETS = ("settings", "survey", "choices", "outcomes")
OPTIONAL_SHEETS = ("choices", "outcomes")

def column_letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Cell:
    """Where a value came from: ``survey!C12`` (``row``/``column`` 0 name the whole sheet)."""

    sheet: str
    row: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.row:
            return self.sheet
        return f"{self.sheet}!{column_letter(self.column or 1)}{self.row}"


@dataclass
class WorkbookProblem:
    """One thing wrong in a workbook, at a cell (or the whole file when ``cell`` is None)."""

    cell: Cell | None
    key: str
    params: dict[str, object] = field(default_factory=dict)
    detail: str = ""  # an extra line shown under the message (a caret under an expression)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)


@dataclass
class WorkbookResult:
    """The checklist converted from a workbook, or every problem found."""

    filename: str
    data: dict | None = None
    definition: ChecklistDefinition | None = None
    yaml_text: str | None = None
    problems: list[WorkbookProblem] = field(default_factory=list)
    #: the cell behind each checklist path (``("version",)`` → ``settings!B2``)
    cells: dict[tuple, Cell] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return self.definition is not None and not self.problems

    def messages(self, lang: str | None = None) -> list[str]:
        """``FILE.xlsx:survey!C12: message`` for each problem (with its detail lines)."""
        result = []
        for problem in self.problems:
            where = f"{self.filename}:{problem.cell}" if problem.cell else self.filename
            text = f"{where}: {problem.message(lang)}"
            if problem.detail:
                text += "\n" + problem.detail
            result.append(text)
        return result


@dataclass
class Row:
    number: int
    values: dict[int, object]   # column index → value (non-empty only)


class SheetReader:
    """Reads the three sheets into plain rows, noting every unusable cell."""

    def __init__(self) -> None:
        self.problems: list[WorkbookProblem] = []

    def report(self, cell: Cell | None, key: str, detail: str = "", **params: object) -> None:
        self.problems.append(WorkbookProblem(cell, key, params, detail))

    def read(self, path: Path) -> dict[str, list[Row]] | None:
        try:
            check_file(path)
        except WorkbookRefused as refused:
            self.report(None, refused.key, **refused.params)
            return None
        import openpyxl  # imported only when a workbook is read: the CLI starts faster

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about parts it drops (data validation …)
            try:
                workbook = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False,
                                                  keep_vba=False)
            except Exception as exc:  # openpyxl raises many kinds for malformed parts
                log.info("openpyxl cannot read %s: %r", path, exc)
                self.report(None, "workbook.damaged_workbook")
                return None
            try:
                return self.sheets(workbook, path)
            except Exception:  # malformed XML inside a sheet, met while streaming its rows
                log.warning("cannot read the sheets of %s", path, exc_info=True)
                self.report(None, "workbook.damaged_workbook")
                return None
            finally:
                workbook.close()

    def sheets(self, workbook, path: Path) -> dict[str, list[Row]] | None:
        by_name: dict[str, list] = {}
        for sheet in workbook.worksheets:
            by_name.setdefault(sheet.title.strip().lower(), []).append(sheet)
        result: dict[str, list[Row]] = {}
        for name in SHEETS:
            found = by_name.get(name, [])
            if len(found) > 1:
                self.report(Cell(name), "workbook.duplicate_sheet", sheet=name)
                continue
            if not found:
                if name not in OPTIONAL_SHEETS:
                    shown = ", ".join(f"“{s.title}”" for s in workbook.worksheets[:10]) or "—"
                    self.report(None, "workbook.missing_sheet", sheet=name, found=shown)
                continue
            sheet = found[0]
            if getattr(sheet, "sheet_state", "visible") != "visible":
                self.report(Cell(name), "workbook.hidden_sheet", sheet=sheet.title)
                continue
            layout = self.layout(path, getattr(sheet, "_worksheet_path", None), name)
            if layout is not None:
                result[name] = self.rows(sheet, name, layout)
        return result

    def layout(self, path: Path, member: str | None, sheet: str) -> tuple[set[int], list[tuple[int, int]]] | None:
        """Hidden rows and columns; merged ranges are reported here (read-only openpyxl skips them).

        Streamed with every finished element dropped, so memory stays flat; a row of more
        cells than Excel allows is refused before openpyxl would collect it. None: unreadable.
        """
        hidden_rows: set[int] = set()
        hidden_columns: list[tuple[int, int]] = []
        if member is None:
            return hidden_rows, hidden_columns
        try:
            with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
                parent = row = None
                cells = 0
                for event, element in iterparse(stream, events=("start", "end")):
                    tag = element.tag.rsplit("}", 1)[-1]
                    if event == "start":
                        if tag == "sheetData":
                            parent = element
                        elif tag == "row":
                            row, cells = element, 0
                            if element.get("hidden") in ("1", "true") and element.get("r", "").isdigit():
                                hidden_rows.add(int(element.get("r")))
                        continue
                    if tag == "c":
                        cells += 1
                        if cells > MAX_CELLS_PER_ROW:
                            raise ValueError("more cells in a row than Excel allows")
                        if row is not None:
                            row.clear()  # its attributes were read at its start
                    elif tag == "row" and parent is not None:
                        parent.clear()
                        row = None
                    elif tag == "col" and element.get("hidden") in ("1", "true"):
                        try:
                            hidden_columns.append((int(element.get("min", "0")), int(element.get("max", "0"))))
                        except ValueError:
                            pass
                    elif tag == "mergeCell":
                        ref = (element.get("ref") or "")[:30]
                        match = re.match(r"^([A-Z]{1,3})([0-9]{1,7})$", ref.split(":")[0])
                        cell = Cell(sheet, int(match.group(2)), _column_number(match.group(1))) if match \
                            else Cell(sheet)
                        self.report(cell, "workbook.merged", range=ref)
        except (ParseError, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            log.info("layout of %s unreadable: %r", member, exc)
            self.report(Cell(sheet), "workbook.damaged_sheet", sheet=sheet)
            return None
        return hidden_rows, hidden_columns

    def rows(self, sheet, name: str, layout) -> list[Row]:
        hidden_rows, hidden_columns = layout
        rows: list[Row] = []
        reported_hidden: set[tuple[str, int]] = set()
        for cells in sheet.iter_rows(min_row=1, max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS + 1):
            values: dict[int, object] = {}
            number = 0
            for cell in cells:
                if getattr(cell, "row", None) is None:
                    continue
                number = cell.row
                value = cell.value
                if value is None or (isinstance(value, str) and not value.strip()):
                    continue
                where = Cell(name, cell.row, cell.column)
                if cell.column > MAX_COLUMNS:
                    self.report(where, "workbook.too_many_columns", max=MAX_COLUMNS)
                    continue
                if cell.data_type == "f":
                    self.report(where, "workbook.formula")
                    continue
                if cell.data_type == "e":
                    self.report(where, "workbook.error_value", value=str(value)[:20])
                    continue
                if isinstance(value, (datetime, date, time, timedelta)):
                    self.report(where, "workbook.date_cell")
                    continue
                if cell.row in hidden_rows and ("row", cell.row) not in reported_hidden:
                    reported_hidden.add(("row", cell.row))
                    self.report(where, "workbook.hidden_row", row=cell.row)
                hidden_column = any(lo <= cell.column <= hi for lo, hi in hidden_columns)
                if hidden_column and ("col", cell.column) not in reported_hidden:
                    reported_hidden.add(("col", cell.column))
                    self.report(where, "workbook.hidden_column", column=column_letter(cell.column))
                values[cell.column] = value.strip() if isinstance(value, str) else value
            if number > MAX_ROWS + 1:
                if values:
                    self.report(Cell(name, number, 1), "workbook.too_many_rows", max=MAX_ROWS)
                break
            if values:
                rows.append(Row(number, values))
        return rows


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number
