"""Lists of records as a lazily fetched table model.

Rows come from :func:`inspector.services.queries.page` a page at a time
(``canFetchMore``/``fetchMore``), so the first screen of 100,000 records costs
one small query. Searching, filtering or sorting starts again from the top.
Each list chooses its columns (``columns``: column ids, in order).
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics

from inspector.domain.clock import format_datetime
from inspector.domain.enums import Agency, Decision, Status
from inspector.domain.i18n import current_language, label
from inspector.services import queries
from inspector.ui.context import AppContext

REFERENCE, STATUS, ARRIVED, TRACTOR, TRAILER, BCP, AGENCIES, DECISION, RELEASED, LEAD, FINALIZED, VEHICLE = range(12)
SORT_KEYS = {REFERENCE: "reference", STATUS: "status", ARRIVED: "arrived_at", TRACTOR: "tractor_plate",
             BCP: "bcp_code", DECISION: "decision", RELEASED: "released_at", FINALIZED: "finalized_at",
             VEHICLE: "tractor_plate"}
PAGE = 200
REFERENCE_ROLE = Qt.ItemDataRole.UserRole
# Widths from the texts a column holds, in the current language, so references,
# statuses and times are never cut whatever the font; the last column stretches.
MAX_WIDTH = 250


def column_widths(metrics: QFontMetrics, model: InspectionTableModel) -> dict[int, int]:
    """Width of each of ``model``'s columns (by position) for its widest usual text."""
    widths = {}
    for position, column in enumerate(model.columns):
        texts = [model.header(column), *model.samples(column)]
        widths[position] = min(MAX_WIDTH, max(metrics.horizontalAdvance(t) for t in texts) + 16)
    return widths


class InspectionTableModel(QAbstractTableModel):
    # What fits 1366 pixels in every language: the BCP is the reference's prefix, the release
    # time is in the decision's tooltip, the lead officer in the review queue and the record.
    LIST_COLUMNS = [REFERENCE, STATUS, ARRIVED, VEHICLE, AGENCIES, DECISION]
    REVIEW_COLUMNS = [REFERENCE, FINALIZED, VEHICLE, AGENCIES, DECISION, LEAD]

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = list(self.LIST_COLUMNS)
        self.filter: queries.InspectionFilter | None = queries.InspectionFilter()
        self.order_by, self.descending = "arrived_at", True
        self.rows: list[queries.InspectionRow] = []
        self.exhausted = True  # nothing is read until the first reload()
        self.loaded = False

    # -- headers ------------------------------------------------------------------

    def header(self, column: int) -> str:
        return {REFERENCE: self.tr("Reference"), STATUS: self.tr("Status"), ARRIVED: self.tr("Arrived"),
                TRACTOR: self.tr("Tractor"), TRAILER: self.tr("Trailer"), BCP: self.tr("BCP"),
                AGENCIES: self.tr("Agencies"), DECISION: self.tr("Decision"), RELEASED: self.tr("Released"),
                LEAD: self.tr("Lead officer"), FINALIZED: self.tr("Finalized"), VEHICLE: self.tr("Vehicle")}[column]

    def headers(self) -> list[str]:
        return [self.header(c) for c in self.columns]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.header(self.columns[section])
        return None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    # -- data -----------------------------------------------------------------------

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == REFERENCE_ROLE:
            return row.reference
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DECISION and row.decision:
                return QBrush(QColor("#1b6e20" if Decision(row.decision).releases else "#b3261e"))
            if column == STATUS and row.returned:
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AGENCIES:
                return "\n".join(label(Agency(a)) for a in row.agencies)
            if column == STATUS and row.returned:
                return self.tr("Returned for correction")
            if column == DECISION and row.released_at:
                return self.tr("{decision}, released {time}").format(
                    decision=self._text(row, DECISION), time=self._text(row, RELEASED))
            return self._text(row, column) or None
        return None

    def _text(self, row: queries.InspectionRow, column: int) -> str:
        lang = current_language()
        if column == REFERENCE:
            return row.reference + (f" / {row.revision}" if row.revision else "")
        if column == STATUS:
            return label(Status.RETURNED, lang) if row.returned else label(Status(row.status), lang)
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
        if column == FINALIZED:
            return format_datetime(row.finalized_at, lang) if row.finalized_at else ""
        if column == VEHICLE:
            return " / ".join(p for p in (row.tractor_plate, row.trailer_plate) if p)
        return ""

    def samples(self, column: int) -> list[str]:
        """Usual texts of ``column`` in the current language (for its width)."""
        lang = current_language()
        moment = format_datetime(datetime(2026, 12, 28, 23, 59, tzinfo=timezone.utc), lang)
        return {
            REFERENCE: ["FRB-2026-000000 / 10"], STATUS: [label(s, lang) for s in Status],
            ARRIVED: [moment], RELEASED: [moment], FINALIZED: [moment],
            TRACTOR: ["AG 0000 AG"], TRAILER: ["AG 0000 AG"], BCP: ["FRB"], VEHICLE: ["40 E 359 - 16 / 55 T 966 - 16"],
            AGENCIES: [" · ".join(self._short(a.value) for a in Agency)],
            DECISION: [label(d, lang) for d in Decision], LEAD: ["Merdan Gylyjowyň"],
        }[column]

    def _short(self, agency: str) -> str:
        names = {"customs": self.tr("Customs"), "veterinary": self.tr("Vet"),
                 "phytosanitary": self.tr("Phyto"), "sanitary_epidemiological": self.tr("San-epid")}
        return names.get(agency, agency)  # shorter still than the tabs' names: four fit one column

    # -- lazy fetching ------------------------------------------------------------------

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.exhausted:
            return
        if self.filter is None:
            self.exhausted = True
            return
        batch = self.ctx.read(queries.page, self.filter, len(self.rows), PAGE, self.order_by, self.descending)
        if len(batch) < PAGE:
            self.exhausted = True
        if batch:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def reload(self, flt: queries.InspectionFilter | None = None, *, nothing: bool = False) -> None:
        """Start again from the first page (new search, filter, order, or data).

        ``nothing``: show no rows at all (a list with no one to show it to)."""
        if flt is not None or nothing:
            self.filter = None if nothing else flt
        self.beginResetModel()
        self.rows = []
        self.exhausted = False
        self.loaded = True
        self.endResetModel()
        self.fetchMore()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(self.columns[column]) if 0 <= column < len(self.columns) else None
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
        last = len(self.columns) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))
