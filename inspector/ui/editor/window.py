"""One joint inspection: consignment, a tab per agency, decision, history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.bcps import bcp_name
from inspector.domain.enums import Agency
from inspector.domain.i18n import current_language, label, tr
from inspector.services.views import RecordView
from inspector.ui import settings
from inspector.ui.context import AppContext
from inspector.ui.editor.agency_tab import AgencyTab
from inspector.ui.editor.consignment import ConsignmentTab
from inspector.ui.editor.decision_tab import DecisionTab
from inspector.ui.editor.history_tab import HistoryTab
from inspector.ui.geometry import fit_initial_size
from inspector.ui.report.preview import ReportPreview


class InspectionWindow(QMainWindow):
    #: the window was closed
    closed = Signal()

    def __init__(self, ctx: AppContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.reference = ctx, reference
        self.revision: int | None = None  # None: the current revision
        self.setObjectName("inspection_window")
        self.view: RecordView = ctx.view(reference)
        self.title = QLabel()
        self.title.setObjectName("record_title")
        self.title.setProperty("role", "title")
        self.status = QLabel()
        self.status.setObjectName("record_status")
        self.revisions = QComboBox()
        self.revisions.setObjectName("revisions")
        self.revisions.activated.connect(self._revision_chosen)
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        self.report_button = QPushButton()
        self.report_button.setObjectName("report")
        self.report_button.clicked.connect(self.show_report)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status)
        header.addStretch()
        header.addWidget(self.saved)
        header.addWidget(self.revisions)
        header.addWidget(self.report_button)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        # Every tab stays in sight at 1366 pixels in every language: short agency names
        # (the full one in the tooltip) and, if still too long, elided rather than scrolled away.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideMiddle)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._saved_timer = QTimer(self, singleShot=True, interval=3000)
        self._saved_timer.timeout.connect(lambda: self.saved.setText(""))
        ctx.saved.connect(self._show_saved)
        ctx.user_changed.connect(self._user_changed)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build()
        qsettings = settings.open_settings()
        geometry = settings.EDITOR_GEOMETRY.get(qsettings)
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_initial_size(self, 1300, 740)

    def _build(self) -> None:
        self._language = current_language()
        current = self.tabs.currentIndex()
        self.tabs.clear()
        view = self.view
        self.consignment = ConsignmentTab(self.ctx, self.reference, view)
        self.consignment.changed.connect(self.reload)
        self.tabs.addTab(self.consignment, "")
        self.agency_tabs: dict[str, AgencyTab] = {}
        for section in view.document["agencies"]:
            tab = AgencyTab(self.ctx, self.reference, section["agency"], view)
            tab.changed.connect(self.reload)
            self.agency_tabs[section["agency"]] = tab
            self.tabs.addTab(tab, "")
        self.decision = DecisionTab(self.ctx, self.reference, view)
        self.decision.changed.connect(self.reload)
        self.decision.revision_created.connect(self._show_current)
        self.tabs.addTab(self.decision, "")
        self.history = HistoryTab(self.ctx, view)
        self.tabs.addTab(self.history, "")
        self.tabs.setCurrentIndex(max(0, current))
        self.retranslate()

    def retranslate(self) -> None:
        view = self.view
        lang = current_language()
        doc = view.document
        revision = doc["revision"]
        suffix = f" — {self.tr('Amendment {n}').format(n=revision)}" if revision else ""
        self.setWindowTitle(f"{view.reference}{suffix} — BCP Inspector")
        self.title.setText(f"{view.reference}{suffix}")
        plate = doc["vehicle"]["tractor_plate"] or ""
        self.status.setText(f"{label(view.status, lang)} · {bcp_name(doc['bcp'], lang)} · {plate}")
        self.report_button.setText(self.tr("Report…"))
        self.tabs.setTabText(0, self.tr("Consignment"))
        for agency, tab in self.agency_tabs.items():
            progress = view.progress[agency]
            signed = " ✔" if view.section(agency)["signed_at"] else ""
            index = self.tabs.indexOf(tab)
            self.tabs.setTabText(index, f"{tr(f'agency.short.{agency}')} {progress.answered}/{progress.visible}{signed}")
            self.tabs.setTabToolTip(index, label(Agency(agency), lang))
        self.tabs.setTabText(self.tabs.indexOf(self.decision), self.tr("Decision"))
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.tr("History"))
        self.revisions.blockSignals(True)
        self.revisions.clear()
        for number in view.revisions:
            text = self.tr("Original") if number == 0 else self.tr("Amendment {n}").format(n=number)
            self.revisions.addItem(text, number)
        self.revisions.setCurrentIndex(max(0, self.revisions.findData(revision)))
        self.revisions.setVisible(len(view.revisions) > 1)
        self.revisions.blockSignals(False)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            if current_language() != self._language:
                # Checklist texts come from the frozen definition in the chosen language.
                self._build()
            else:
                self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the record again and show it; rebuild if its agencies changed."""
        old_agencies = [a["agency"] for a in self.view.document["agencies"]]
        self.view = self.ctx.view(self.reference, self.revision)
        if [a["agency"] for a in self.view.document["agencies"]] != old_agencies:
            self._build()
            return
        self.consignment.update_from(self.view)
        for tab in self.agency_tabs.values():
            tab.update_from(self.view)
        self.decision.update_from(self.view)
        self.history.update_from(self.view)
        self.retranslate()

    def _revision_chosen(self) -> None:
        number = self.revisions.currentData()
        self.revision = None if number == max(self.view.revisions) else number
        self.view = self.ctx.view(self.reference, self.revision)
        self._build()

    def _show_current(self) -> None:
        self.revision = None
        self.view = self.ctx.view(self.reference)
        self._build()

    def _user_changed(self, _user) -> None:
        self.reload()

    def _show_saved(self) -> None:
        self.saved.setText("✓ " + self.tr("Saved"))
        self._saved_timer.start()

    def show_report(self) -> ReportPreview:
        preview = ReportPreview(self.ctx, self.reference, self.revision, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        return preview

    def agency_tab(self, agency: str) -> AgencyTab:
        return self.agency_tabs[agency]

    def closeEvent(self, event) -> None:  # noqa: N802
        settings.EDITOR_GEOMETRY.set(settings.open_settings(), self.saveGeometry())
        self.closed.emit()
        super().closeEvent(event)
