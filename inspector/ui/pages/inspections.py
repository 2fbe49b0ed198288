"""The inspection list: search, filters, sorting; opens records."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.bcps import BCPS
from inspector.domain.clock import BCP_TIME_ZONE
from inspector.domain.enums import Agency, Decision, Status
from inspector.domain.i18n import current_language, label
from inspector.services import queries
from inspector.ui.context import AppContext
from inspector.ui.models.inspection_table import ARRIVED, InspectionTableModel
from inspector.ui.pages.record_list import ResultKeys, configure_table, count_text, fit_columns


class InspectionsPage(QWidget):
    """Every record, newest arrival first; type to search."""

    #: the user asked to open a record (reference)
    open_requested = Signal(str)
    #: the user asked for a new inspection
    new_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.agency = QComboBox()
        self.agency.setObjectName("agency_filter")
        self.decision = QComboBox()
        self.decision.setObjectName("decision_filter")
        self.bcp = QComboBox()
        self.bcp.setObjectName("bcp_filter")
        self.period = QComboBox()
        self.period.setObjectName("period_filter")
        self.date_from = QDateEdit(QDate.currentDate().addDays(-7))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setVisible(False)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_inspection")
        self.new_button.clicked.connect(self.new_requested)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_selected")
        self.print_button.clicked.connect(self.print_selected)
        self.model = InspectionTableModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("inspection_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.columns.index(ARRIVED), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(self._open_index)
        self.count = QLabel()
        self.count.setObjectName("inspection_count")
        self.count.setProperty("role", "hint")
        self.stale = True

        self.search.debounce = self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(self._debounce.start)
        self.keys = ResultKeys(self.search, self.table, self._open_row)
        for combo in (self.status, self.agency, self.decision, self.bcp):
            combo.currentIndexChanged.connect(self.apply)
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply)

        for combo in (self.status, self.agency, self.decision, self.period, self.bcp):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        filters = QHBoxLayout()
        filters.addWidget(self.bcp, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.agency, 1)
        filters.addWidget(self.decision, 1)
        filters.addWidget(self.period, 1)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        top.addWidget(self.title)
        top.addWidget(self.search, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self.retranslate()
        ctx.record_changed.connect(self._record_changed)
        ctx.user_changed.connect(self._user_changed)
        self._user_id = ctx.user.id if ctx.user is not None else None
        self.model.rowsInserted.connect(lambda *_: self._update_count())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inspections"))
        self.search.setPlaceholderText(self.tr("Search: plate, reference, name…"))
        self.search.setToolTip(self.tr("Plate, reference, document number, declaration, driver's name or passport, "
                                       "consignor or consignee, HS code. Enter or Down: to the results; Enter there "
                                       "opens the record. Ctrl+F comes back here."))
        self.new_button.setText(self.tr("New inspection"))
        self.print_button.setText(self.tr("Print selected…"))
        self._fill(self.period, self.tr("Any time"), [
            ("today", self.tr("Today")), ("week", self.tr("Last 7 days")), ("month", self.tr("Last 30 days")),
            ("custom", self.tr("Between dates…"))])
        self._fill(self.status, self.tr("All statuses"), [(s.value, label(s)) for s in Status])
        self._fill(self.agency, self.tr("All agencies"), [(a.value, label(a)) for a in Agency])
        self._fill(self.decision, self.tr("All decisions"), [(d.value, label(d)) for d in Decision])
        lang = current_language()
        self._fill(self.bcp, self.tr("All BCPs"), [(code, bcp.name(lang)) for code, bcp in BCPS.items()])
        self.model.retranslate()
        fit_columns(self.table)
        self._update_count()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802
        # Nothing reads the list until it is first shown: the log-in must not wait for it,
        # and a list that is never opened costs no query. A change made while the list was
        # hidden (a record window in front, another page) marked it stale: read it now.
        if not self.model.loaded or self.stale:
            self.apply()
        super().showEvent(event)

    def _record_changed(self, _reference: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def _user_changed(self, user) -> None:
        """The next officer starts from the whole list, not the previous one's search and filters."""
        user_id = user.id if user is not None else None
        if user_id is not None and self._user_id is not None and user_id != self._user_id:
            self.reset_filters()
        if user_id is not None:
            self._user_id = user_id

    def reset_filters(self) -> None:
        for combo in (self.status, self.agency, self.decision, self.bcp, self.period):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.date_from.setVisible(False)
        self.date_to.setVisible(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()
        if self.isVisible():
            self.apply()
        else:
            self.stale = True

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.apply()

    def _period(self) -> tuple[datetime | None, datetime | None]:
        """Arrival bounds in BCP time: [from, to)."""
        def start(day) -> datetime:
            return datetime.combine(day, time(0, 0), tzinfo=BCP_TIME_ZONE)

        today = datetime.now(BCP_TIME_ZONE).date()
        period = self.period.currentData()
        if period == "custom":
            return start(self.date_from.date().toPython()), start(self.date_to.date().toPython() + timedelta(days=1))
        days = {"today": 0, "week": 6, "month": 29}.get(period)
        return (start(today - timedelta(days=days)), None) if days is not None else (None, None)

    def current_filter(self) -> queries.InspectionFilter:
        arrived_from, arrived_to = self._period()
        status = self.status.currentData()
        agency = self.agency.currentData()
        decision = self.decision.currentData()
        return queries.InspectionFilter(
            search=self.search.text(),
            statuses=(Status(status),) if status else (),
            agency=Agency(agency) if agency else None,
            decision=Decision(decision) if decision else None,
            bcp_code=self.bcp.currentData(),
            arrived_from=arrived_from,
            arrived_to=arrived_to,
        )

    def apply(self) -> None:
        self.stale = False
        self.model.reload(self.current_filter())
        self._update_count()

    def show_records(self, uuids, caption: str) -> None:
        """Only these records (a dashboard figure's), until a filter or the search changes."""
        self.model.reload(queries.InspectionFilter(uuids=frozenset(uuids)))
        self._update_count()
        self.count.setText(f"{caption} · {self.count.text()}")

    def refresh(self) -> None:
        self.stale = False
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(count_text(self.model.rowCount(), self.model.canFetchMore()))

    def _open_index(self, index) -> None:
        self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        reference = self.model.reference_at(row)
        if reference:
            self.open_requested.emit(reference)

    def print_selected(self):
        from inspector.ui.report.batch import BatchPrint

        references = self.selected_references()
        if not references:
            return None
        lang = "tk+ru" if current_language() in ("tk", "ru") else "en"
        batch = BatchPrint(self.ctx, references, lang, self)
        batch.run()
        return batch

    def selected_references(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.reference_at(row) for row in rows) if r]
