"""The inspection list as a lazily fetched table model.

Rows come from :func:`inspector.services.queries.page` a page at a time
(``canFetchMore``/``fetchMore``), so the first screen of 100,000 records costs
one small query. Searching, filtering or sorting starts again from the top.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inspector.domain.clock import format_datetime
from inspector.domain.enums import Agency, Decision, Status
from inspector.domain.i18n import current_language, label
from inspector.services import queries
from inspector.ui.context import AppContext

REFERENCE, STATUS, ARRIVED, TRACTOR, TRAILER, BCP, AGENCIES, DECISION, RELEASED, LEAD = range(10)
SORT_KEYS = {REFERENCE: "reference", STATUS: "status", ARRIVED: "arrived_at", TRACTOR: "tractor_plate",
             BCP: "bcp_code", DECISION: "decision", RELEASED: "released_at"}
PAGE = 200
WIDTHS = {REFERENCE: 150, STATUS: 110, ARRIVED: 135, TRACTOR: 120, TRAILER: 120, BCP: 60, AGENCIES: 190,
          DECISION: 170, RELEASED: 135, LEAD: 160}
REFERENCE_ROLE = Qt.ItemDataRole.UserRole


class InspectionTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = queries.InspectionFilter()
        self.order_by, self.descending = "arrived_at", True
        self.rows: list[queries.InspectionRow] = []
        self.exhausted = True  # nothing is read until the first reload()
        self.loaded = False

    # -- headers ------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Reference"), self.tr("Status"), self.tr("Arrived"), self.tr("Tractor"),
                self.tr("Trailer"), self.tr("BCP"), self.tr("Agencies"), self.tr("Decision"),
                self.tr("Released"), self.tr("Lead officer")]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 10

    # -- data -----------------------------------------------------------------------

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == REFERENCE_ROLE:
            return row.reference
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == DECISION and row.decision:
            return QBrush(QColor("#1b6e20" if Decision(row.decision).releases else "#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and column == AGENCIES:
            return "\n".join(label(Agency(a)) for a in row.agencies)
        return None

    def _text(self, row: queries.InspectionRow, column: int) -> str:
        lang = current_language()
        if column == REFERENCE:
            return row.reference + (f" / {row.revision}" if row.revision else "")
        if column == STATUS:
            return label(Status(row.status), lang)
        if column == ARRIVED:
            return format_datetime(row.arrived_at, lang) if row.arrived_at else ""
        if column == TRACTOR:
            return row.tractor_plate or ""
        if column == TRAILER:
            return row.trailer_plate or ""
        if column == BCP:
            return row.bcp_code
        if column == AGENCIES:
            return " · ".join(self._short(a) for a in row.agencies)
        if column == DECISION:
            return label(Decision(row.decision), lang) if row.decision else ""
        if column == RELEASED:
            return format_datetime(row.released_at, lang) if row.released_at else ""
        if column == LEAD:
            return row.lead_officer or ""
        return ""

    def _short(self, agency: str) -> str:
        names = {"customs": self.tr("Customs"), "veterinary": self.tr("Vet"),
                 "phytosanitary": self.tr("Phyto"), "sanitary_epidemiological": self.tr("San-epid")}
        return names.get(agency, agency)

    # -- lazy fetching ------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.exhausted:
            return
        batch = self.ctx.read(queries.page, self.filter, len(self.rows), PAGE, self.order_by, self.descending)
        if len(batch) < PAGE:
            self.exhausted = True
        if batch:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def reload(self, flt: queries.InspectionFilter | None = None) -> None:
        """Start again from the first page (new search, filter, order, or data)."""
        if flt is not None:
            self.filter = flt
        self.beginResetModel()
        self.rows = []
        self.exhausted = False
        self.loaded = True
        self.endResetModel()
        self.fetchMore()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self.order_by = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:  # a view setting its initial order costs no query
            self.reload()

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def reference_at(self, row: int) -> str | None:
        return self.rows[row].reference if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 9)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 9))
