"""Repeatable consignment lines (documents, drivers, cargo, seals) as editable tables."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.enums import DocumentType, SealStatus
from inspector.domain.i18n import label
from inspector.ui.bcp_time import date_text, parse_date
from inspector.ui.dialogs.confirm import Confirm
from inspector.ui.style import repolish


# Not on entering a cell: the table is a Tab stop, not a trap.
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # text | int | float | enum | date
    enum: type | None = None
    width: int = 140


class EnumDelegate(QStyledItemDelegate):
    """A combo box for enum columns; the cell shows the translated label."""

    def __init__(self, enum: type, parent=None) -> None:
        super().__init__(parent)
        self.enum = enum

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for member in self.enum:
            combo.addItem(label(member), member.value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class RemoveLinesQuestion(QObject):
    """"Remove the selected lines?" asked as every removal is (Cancel the default); a class so tests can
    answer it, and a QObject so lupdate sees the plural forms of ``self.tr(text, "", n)``."""

    def confirmed(self, parent: QWidget, count: int) -> bool:
        return Confirm.ask(self.tr("Remove lines"), self.tr("Remove %n selected line(s)?", "", count),
                           self.tr("Remove"), parent)

    @staticmethod
    def ask(parent: QWidget, count: int) -> bool:
        return RemoveLinesQuestion().confirmed(parent, count)


class LinesEditor(QWidget):
    """Rows of one repeatable part; every finished edit emits the whole list."""

    #: the lines changed: list of dicts as in bcp-inspection/1
    edited = Signal(list)

    def __init__(self, key: str, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.columns = columns
        self.setObjectName(f"lines_{key}")
        self.title = QLabel()
        self.title.setProperty("role", "section")
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(f"table_{key}")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for n, column in enumerate(columns):
            self.table.setColumnWidth(n, column.width)
            if column.enum is not None:
                self.table.setItemDelegateForColumn(n, EnumDelegate(column.enum, self.table))
        self.table.itemChanged.connect(self._changed)
        # Tab leaves the table (arrows move between cells; typing, Enter or F2 edits a cell),
        # while a cell is being edited Tab goes on to the next cell.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add_{key}")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"remove_{key}")
        self.remove_button.clicked.connect(self.remove_rows)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        self._loading = False

    def set_titles(self, title: str, headers: list[str]) -> None:
        self.title.setText(f"<b>{title}</b>")
        self.table.setHorizontalHeaderLabels(headers)
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self._relabel()

    def set_lines(self, lines: list[dict]) -> None:
        self._loading = True
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, column in enumerate(self.columns):
                self._set_cell(r, c, line.get(column.key))
        self._loading = False
        self.error.setVisible(False)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every row plus one empty line: the page scrolls, not the table."""
        rows = max(1, self.table.rowCount()) + 1
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth() + 4)
        self.table.setFixedHeight(height)

    def _set_cell(self, row: int, column: int, value: object) -> None:
        col = self.columns[column]
        item = QTableWidgetItem()
        if col.enum is not None and value is not None:
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setData(Qt.ItemDataRole.DisplayRole, label(col.enum(value)))
        elif col.kind == "date" and isinstance(value, str) and parse_date(value) is not None:
            item.setData(Qt.ItemDataRole.DisplayRole, date_text(parse_date(value)))
        else:
            item.setData(Qt.ItemDataRole.DisplayRole, "" if value is None else _plain(value))
        self.table.setItem(row, column, item)

    def _relabel(self) -> None:
        self._loading = True
        for r in range(self.table.rowCount()):
            for c, column in enumerate(self.columns):
                item = self.table.item(r, c)
                if column.enum is not None and item is not None and item.data(Qt.ItemDataRole.UserRole):
                    item.setData(Qt.ItemDataRole.DisplayRole,
                                 label(column.enum(item.data(Qt.ItemDataRole.UserRole))))
        self._loading = False

    def lines(self) -> list[dict]:
        result = []
        for r in range(self.table.rowCount()):
            line = {}
            for c, column in enumerate(self.columns):
                item = self.table.item(r, c)
                if item is None:
                    line[column.key] = None
                    continue
                if column.enum is not None:
                    line[column.key] = item.data(Qt.ItemDataRole.UserRole)
                    continue
                text = (item.text() or "").strip()
                line[column.key] = _typed(text, column.kind)
            result.append(line)
        return result

    def add_row(self) -> None:
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c, column in enumerate(self.columns):
            default = next(iter(column.enum)).value if column.enum is not None else None
            self._set_cell(row, c, default)
        self._loading = False
        self._fit()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows or not RemoveLinesQuestion.ask(self, len(rows)):
            return
        for row in rows:
            self.table.removeRow(row)
        self._fit()
        if rows:
            self.edited.emit(self.lines())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress and self.add_button.isVisible():
            if event.key() == Qt.Key.Key_Insert:
                self.add_row()
                return True
            if event.key() == Qt.Key.Key_Delete and self.table.state() != QAbstractItemView.State.EditingState:
                self.remove_rows()
                return True
        return super().eventFilter(watched, event)

    def _changed(self, _item) -> None:
        if not self._loading:
            self.edited.emit(self.lines())

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS)
        if self.table.property("locked") != read_only:
            self.table.setProperty("locked", read_only)
            repolish(self.table)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)


def _plain(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    return str(value)


def _typed(text: str, kind: str) -> object:
    """Cell text as the document value; malformed numbers stay text so the
    core's validation names the field."""
    if not text:
        return None
    if kind == "int":
        # isdigit() is also true for "²" and "١٢", and int() stops at 4300 digits: those stay text.
        return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else text
    if kind == "date":
        day = parse_date(text)
        return day.isoformat() if day else text  # not a date: the core's message names the field
    if kind == "float":
        try:
            return float(text.replace(",", ".").replace(" ", ""))
        except ValueError:
            return text
    return text


def document_columns() -> list[Column]:
    return [Column("type", "type", "enum", DocumentType, 200), Column("number", "number", width=170),
            Column("issuer", "issuer", width=220), Column("date", "date", "date", width=130)]


def driver_columns() -> list[Column]:
    return [Column("name_latin", "name_latin", width=220), Column("name_original", "name_original", width=220),
            Column("passport_number", "passport", width=130), Column("nationality", "nationality", width=90)]


def cargo_columns() -> list[Column]:
    return [Column("description", "description", width=260), Column("hs_code", "hs", width=110),
            Column("packages", "packages", "int", width=110), Column("gross_mass_kg", "mass", "float", width=110),
            Column("origin_country", "origin", width=130), Column("consignor", "consignor", width=200),
            Column("consignee", "consignee", width=200)]


def seal_columns() -> list[Column]:
    return [Column("number", "number", width=150), Column("status", "status", "enum", SealStatus, 140),
            Column("new_number", "new_number", width=150), Column("affixed_by", "affixed_by", width=200)]
