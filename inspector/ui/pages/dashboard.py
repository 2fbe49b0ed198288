"""The supervisor's dashboard: the Time Release Study figures of a period as charts.

Figures are computed by :mod:`inspector.services.trs` in a worker thread
while a busy bar runs; the charts are the TRS report's own drawings. A click
on a part of a chart asks for the records behind it, which the main window
shows in the inspection list.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.bcps import BCPS
from inspector.domain.clock import BCP_TIME_ZONE, format_date, format_datetime
from inspector.domain.enums import Agency, RiskLane
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, label, tr
from inspector.domain.l10n import format_integer
from inspector.services import trs, trs_records
from inspector.ui import worker
from inspector.ui.chart_view import ChartView
from inspector.ui.context import AppContext
from inspector.ui.errors import report_unexpected, show_error

log = logging.getLogger(__name__)

#: charts in reading order, two per row
LAYOUT = (("stages", "agencies"), ("trend", "volume"), ("decisions", "lanes"), ("findings", "physical"),
          ("waiting", "bcps"))
PERIODS = {"week": 7, "month": 30, "quarter": 91, "year": 365}


class DashboardPage(QWidget):
    """Totals, stage times, decisions, findings and open work of a period."""

    #: the figures of the current filter are on screen
    computed = Signal()
    #: the user asked for the records behind a figure (caption, set of uuids)
    records_requested = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: trs.Figures | None = None
        self.stale = True
        self._generation = 0
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.period = QComboBox()
        self.period.setObjectName("dashboard_period")
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-29)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setVisible(False)
            edit.dateChanged.connect(self.refresh)
        self.bcp = QComboBox()
        self.bcp.setObjectName("dashboard_bcp")
        self.lane = QComboBox()
        self.lane.setObjectName("dashboard_lane")
        self.agency = QComboBox()
        self.agency.setObjectName("dashboard_agency")
        for combo in (self.bcp, self.lane, self.agency):
            combo.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("dashboard_csv")
        self.csv_button.clicked.connect(self.export_csv)
        self.report_button = QPushButton()
        self.report_button.setObjectName("dashboard_report")
        self.report_button.clicked.connect(self.save_report)
        self.busy = QProgressBar()
        self.busy.setObjectName("dashboard_busy")
        self.busy.setRange(0, 0)  # a moving bar: the computation reports no steps
        self.busy.setMaximumWidth(220)
        self.busy.setVisible(False)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for key in ("inspections", "released", "held", "open", "median", "p90"):
            card = QLabel()
            card.setObjectName(f"card_{key}")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setMinimumHeight(64)
            card.setWordWrap(True)  # a long caption ("90th percentile" in ru) wraps instead of widening the page
            card.setStyleSheet("QLabel { padding: 6px 10px; background: #f4f6f9; }")
            self.cards[key] = card
            cards.addWidget(card, 1)
        self.views: dict[str, ChartView] = {}
        grid = QGridLayout()
        for row, names in enumerate(LAYOUT):
            for column, name in enumerate(names):
                view = ChartView()
                view.setObjectName(f"chart_{name}")
                view.region_clicked.connect(lambda key, name=name: self.open_records(name, key))
                self.views[name] = view
                grid.addWidget(view, row, column)
        content = QWidget()
        column_layout = QVBoxLayout(content)
        column_layout.addLayout(cards)
        column_layout.addLayout(grid)
        column_layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.busy)
        top.addWidget(self.report_button)
        top.addWidget(self.csv_button)
        filters = QHBoxLayout()
        for widget in (self.period, self.date_from, self.date_to, self.bcp, self.lane, self.agency):
            filters.addWidget(widget)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.compute)
        ctx.record_changed.connect(self._record_changed)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.report_button.setText(self.tr("Time Release Study (PDF)…"))
        self._fill(self.period, None, [("week", self.tr("Last 7 days")), ("month", self.tr("Last 30 days")),
                                       ("quarter", self.tr("Last 91 days")), ("year", self.tr("Last 365 days")),
                                       ("custom", self.tr("Between dates…"))], default="month")
        lang = current_language()
        self._fill(self.bcp, self.tr("All BCPs"), [(code, bcp.name(lang)) for code, bcp in BCPS.items()])
        self._fill(self.lane, self.tr("All lanes"), [(lane.value, label(lane)) for lane in RiskLane])
        self._fill(self.agency, self.tr("All agencies"), [(a.value, label(a)) for a in Agency])
        self.show_figures()

    @staticmethod
    def _fill(combo: QComboBox, everything: str | None, entries: list[tuple[str, str]],
              default: str | None = None) -> None:
        current = combo.currentData() if combo.count() else default
        combo.blockSignals(True)
        combo.clear()
        if everything is not None:
            combo.addItem(everything, None)
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- computing ----------------------------------------------------------------------------

    def current_filter(self) -> trs.TrsFilter:
        period = self.period.currentData()
        if period == "custom":
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
        else:
            from datetime import datetime

            last = datetime.now(BCP_TIME_ZONE).date()
            first = last - timedelta(days=PERIODS.get(period, 30) - 1)
        lane, agency = self.lane.currentData(), self.agency.currentData()
        return trs.TrsFilter.days(first, max(first, last), bcp_code=self.bcp.currentData(),
                                  lane=RiskLane(lane) if lane else None, agency=Agency(agency) if agency else None)

    def showEvent(self, event) -> None:  # noqa: N802
        # Nothing is computed until the page is first shown (log-in must not wait for it).
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def _record_changed(self, _reference: str) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.refresh()

    def refresh(self) -> None:
        self._debounce.start()

    def compute(self) -> None:
        """Compute the figures of the filter in a worker; the newest request wins."""
        try:
            f = self.current_filter()
        except DomainError as exc:
            self.status.setText(exc.message())
            return
        self._generation += 1
        generation = self._generation
        self.stale = False
        self._set_busy(True)
        self.task = worker.start(lambda: self.ctx.read(trs.figures, f),
                                 lambda figures: self._computed(generation, figures),
                                 lambda exc: self._failed(generation, exc))

    def _computed(self, generation: int, figures: trs.Figures) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.figures = figures
        self.show_figures()
        self.computed.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if isinstance(exc, DomainError):
            show_error(self, exc)
        else:
            report_unexpected(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.status.setText(self.tr("Computing the figures…"))

    # -- showing ---------------------------------------------------------------------------------

    def show_figures(self) -> None:
        """Cards and charts of the figures, in the current language."""
        from inspector.reports import trs_charts

        f = self.figures
        if f is None:
            return
        lang = current_language()
        totals, total = f.totals, f.times.overall.stages[trs.Stage.TOTAL]
        values = {"inspections": (self.tr("Inspections"), _number(totals.inspections)),
                  "released": (self.tr("Released"), _number(totals.released)),
                  "held": (self.tr("Held"), _number(totals.held)),
                  "open": (self.tr("Not finalized"), _number(totals.open)),
                  "median": (self.tr("Arrival to release, median"), _duration(total.median, lang)),
                  "p90": (self.tr("Arrival to release, 90th percentile"), _duration(total.p90, lang))}
        for key, (caption, value) in values.items():
            self.cards[key].setText(f"<span style='color:#555'>{caption}</span><br/><b style='font-size:15pt'>"
                                    f"{value}</b>")
        for name, view in self.views.items():
            view.set_chart(trs_charts.ALL[name](f, lang))
        self.views["bcps"].setVisible(not f.filter.bcp_code)
        computed = format_datetime(f.computed_at, lang)
        self.status.setText(self.tr("{first} – {last} · computed {time} · click a bar or a point to see its records")
                            .format(first=format_date(f.filter.first_day, lang),
                                    last=format_date(f.filter.last_day, lang), time=computed))

    # -- click-through --------------------------------------------------------------------------

    def open_records(self, chart: str, key: tuple) -> None:
        """Find the records behind ``key`` in a worker, then ask for them in the list."""
        if self.figures is None:
            return
        f = self.figures.filter
        caption = self.tr("Dashboard: {figure}").format(figure=self._describe(chart, key))
        self._set_busy(True)
        self.task = worker.start(lambda: self.ctx.read(trs_records.records, f, key),
                                 lambda uuids: self._found(caption, uuids),
                                 lambda exc: self._failed(self._generation, exc))

    def _found(self, caption: str, uuids) -> None:
        self._set_busy(False)
        self.show_figures()
        self.records_requested.emit(caption, frozenset(uuids))

    def _describe(self, chart: str, key: tuple) -> str:
        from inspector.reports import trs_charts

        lang = current_language()
        kind, *rest = key
        part = {
            "stage": lambda: label(trs.Stage(rest[0]), lang),
            "agency": lambda: label(Agency(rest[0]), lang),
            "lane": lambda: trs_charts.lane_name(rest[0], lang),
            "physical": lambda: trs_charts.lane_name(rest[0], lang),
            "bcp": lambda: rest[0],
            "agency_decision": lambda: f"{label(Agency(rest[0]), lang)}, {tr('decision.' + rest[1], lang)}",
            "finding": lambda: next((x.text.get(lang) or x.item for x in self.figures.findings
                                     if (x.agency.value, x.item) == tuple(rest)), rest[1]),
            "waiting": lambda: label(Agency(rest[0]), lang),
        }.get(kind, lambda: format_date(date.fromisoformat(rest[0]), lang))()
        slow = kind in ("stage", "agency", "lane", "bcp")
        return part + (self.tr(" — slowest tenth") if slow else "")

    # -- files ---------------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return name or None

    def _allowed(self, path: str):
        """The output rule: never the database or its backups (the dialog asked about replacing)."""
        from inspector.services.output import check_output

        return check_output(path, self.ctx.db.path, force=True)

    def export_csv(self) -> str | None:
        """The percentile tables of the figures on screen, as CSV (UTF-8 with BOM)."""
        from inspector.reports.data_files import write_csv
        from inspector.services import trs_document

        if self.figures is None:
            return None
        path = self.ask_save_path(self, self.tr("Export the figures as CSV"),
                                  f"trs-{self.figures.filter.first_day}-{self.figures.filter.last_day}.csv",
                                  "CSV (*.csv)")
        if path:
            try:
                path = str(self._allowed(path))
                write_csv(path, trs_document.CSV_COLUMNS, trs_document.csv_rows(self.figures, None))
            except DomainError as exc:
                show_error(self, exc)
                return None
        return path

    def save_report(self) -> None:
        """The TRS report of the filter on screen, against the previous period, as PDF."""
        from inspector.reports.output import write_pdf
        from inspector.reports.trs import build_trs

        if self.figures is None:
            return
        f, lang = self.figures.filter, current_language()
        path = self.ask_save_path(self, self.tr("Save the Time Release Study"),
                                  f"trs-{f.first_day}-{f.last_day}.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            path = str(self._allowed(path))
        except DomainError as exc:
            show_error(self, exc)
            return
        now = self.figures

        def work():
            before = self.ctx.read(trs.figures, f.previous(), with_waiting=False)
            write_pdf(path, build_trs(now, before, lang, self.ctx.db.display_name).data)
            return path

        self._set_busy(True)
        self.task = worker.start(work, lambda _: (self._set_busy(False), self.show_figures()),
                                 lambda exc: self._failed(self._generation, exc))


def _number(value: int) -> str:
    return format_integer(value, current_language())


def _duration(seconds: int | None, lang: str) -> str:
    from inspector.reports.trs import duration

    return duration(seconds, lang)
