"""One joint inspection: consignment, a tab per agency, decision, history.

Keys (docs/keyboard.md): Esc or Ctrl+W closes the window; Ctrl+Tab / Ctrl+PgDn
and Ctrl+Shift+Tab / Ctrl+PgUp go through the tabs from anywhere in it, and
entering a tab puts the focus where the work is (an agency's first unanswered
item, the decision's next step); Ctrl+P shows the report; Ctrl+U hands the
workstation to the next officer, whose agency tab then opens; Ctrl+L locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabBar,
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
from inspector.ui.editor.grounds import window_ground
from inspector.ui.editor.holder import Holder
from inspector.ui.editor.tab_count import TabCount
from inspector.ui.geometry import fit_initial_size
from inspector.ui.report.preview import ReportPreview
from inspector.ui.style import repolish

MESSAGE_MS = 5000


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
        # showing and clearing it lays out nothing and repaints nothing else
        self.saved_place = Holder(self.saved, ground=window_ground)
        header.addWidget(self.saved_place)
        header.addWidget(self.revisions)
        header.addWidget(self.report_button)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        # Every tab stays in sight at 1366 pixels in every language: short agency names
        # (the full one in the tooltip) and, if still too long, elided rather than scrolled away.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.tabs.currentChanged.connect(self._tab_entered)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._saved_timer = QTimer(self, singleShot=True, interval=3000)
        self._saved_timer.timeout.connect(lambda: self.saved.setText(""))
        self._add_actions()
        ctx.saved.connect(self._show_saved)
        ctx.user_changed.connect(self._user_changed)
        ctx.record_changed.connect(self._record_changed)
        ctx.answer_changed.connect(self._answer_changed)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build()
        qsettings = settings.open_settings()
        geometry = settings.EDITOR_GEOMETRY.get(qsettings)
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_initial_size(self, 1300, 740)
        if self.view.status.value == "draft" and self.view.can("edit_consignment"):
            self._tab_entered(0)  # a new record: the consignment comes first
        else:
            self._open_tab_of(ctx.user)

    def _add_actions(self) -> None:
        def action(name: str, keys: list, slot) -> QAction:
            item = QAction(self)
            item.setObjectName(name)
            item.setShortcuts([QKeySequence(k) for k in keys])
            item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            item.triggered.connect(slot)
            self.addAction(item)
            return item

        self.close_action = action("close", [QKeySequence.StandardKey.Close, "Ctrl+W", "Esc"], self.close)
        self.next_tab_action = action("next_tab", ["Ctrl+Tab", "Ctrl+PgDown"], lambda: self._step_tab(1))
        self.previous_tab_action = action("previous_tab", ["Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"],
                                          lambda: self._step_tab(-1))
        self.report_action = action("show_report", ["Ctrl+P"], self.show_report)
        self.switch_action = action("switch_user", ["Ctrl+U"], lambda: self.ctx.request_switch_user(self))
        self.lock_action = action("lock", ["Ctrl+L"], lambda: self.ctx.request_lock(self))

    def _build(self) -> None:
        self._language = current_language()
        current = self.tabs.currentIndex()
        focus = QApplication.focusWidget()
        focus_name = focus.objectName() if focus is not None and self.tabs.isAncestorOf(focus) else ""
        self.tabs.blockSignals(True)
        self.tabs.clear()
        view = self.view
        self.consignment = ConsignmentTab(self.ctx, self.reference, view)
        self.tabs.addTab(self.consignment, "")
        self.agency_tabs: dict[str, AgencyTab] = {}
        for section in view.document["agencies"]:
            tab = AgencyTab(self.ctx, self.reference, section["agency"], view)
            tab.message.connect(lambda text: self.statusBar().showMessage(text, MESSAGE_MS))
            tab.progress_changed.connect(lambda agency=section["agency"]: self._title_tab(agency))
            self.agency_tabs[section["agency"]] = tab
            self.tabs.addTab(tab, "")
        self.decision = DecisionTab(self.ctx, self.reference, view)
        self.decision.changed.connect(self.reload)
        self.decision.revision_created.connect(self._show_current)
        self.tabs.addTab(self.decision, "")
        self.history = HistoryTab(self.ctx, view)
        self.tabs.addTab(self.history, "")
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        self.tabs.blockSignals(False)
        self.retranslate()
        if focus_name:  # the keyboard stays where it was (the rebuilt tab's field of the same name)
            again = self.tabs.currentWidget().findChild(QWidget, focus_name)
            if again is not None:
                again.setFocus()

    def retranslate(self) -> None:
        view = self.view
        lang = current_language()
        doc = view.document
        revision = doc["revision"]
        suffix = f" — {self.tr('Amendment {n}').format(n=revision)}" if revision else ""
        self.setWindowTitle(f"{view.reference}{suffix} — BCP Inspector")
        self.title.setText(f"{view.reference}{suffix}")
        plate = doc["vehicle"]["tractor_plate"] or ""
        locked = f" · {self.tr('locked')}" if view.locked else ""
        self.status.setText(f"{label(view.status, lang)}{locked} · {bcp_name(doc['bcp'], lang)} · {plate}")
        if self.status.property("locked") != view.locked:
            self.status.setProperty("locked", view.locked)
            repolish(self.status)
        metrics = self.saved.fontMetrics()
        self.saved_place.fit(QSize(metrics.horizontalAdvance("✓ " + self.tr("Saved")) + 8, metrics.height() + 4))
        self.report_button.setText(self.tr("Report…"))
        self.report_button.setToolTip("Ctrl+P")
        self.tabs.setTabText(0, self.tr("Consignment"))
        for agency in self.agency_tabs:
            self._title_tab(agency)
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

    def _title_tab(self, agency: str) -> None:
        """The agency's name (✔ once signed) and, in a label of its own on the tab, the progress.

        Changing a tab's text lays out the tab bar and paints the whole page again (some 10 ms);
        the count's label of fixed width repaints alone.
        """
        tab = self.agency_tabs[agency]
        progress = tab.view_progress
        index = self.tabs.indexOf(tab)
        # Short names keep every tab in sight at 1366 pixels in every language; the full one is the tooltip.
        text = f"{tr(f'agency.short.{agency}')}{' ✔' if tab.signed else ''}"
        if self.tabs.tabText(index) != text:
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, label(Agency(agency)))
        count = self.tabs.tabBar().tabButton(index, QTabBar.ButtonPosition.RightSide)
        if not isinstance(count, TabCount):
            count = TabCount(f"{progress.visible}/{progress.visible}" + "0" * 2)
            count.setObjectName(f"progress_{agency}")
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, count)
        count.setText(f"{progress.answered}/{progress.visible}")

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            if current_language() != self._language:
                # Checklist texts come from the frozen definition in the chosen language.
                self._build()
            else:
                self.retranslate()
        super().changeEvent(event)

    # -- keeping up with changes --------------------------------------------------------

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

    def _record_changed(self, reference: str) -> None:
        if reference in (self.reference, "") and self.revision is None:
            self.reload()

    def _answer_changed(self, reference: str, agency: str, _item: str) -> None:
        if reference == self.reference:
            self.history.mark_stale()

    def _revision_chosen(self) -> None:
        number = self.revisions.currentData()
        self.revision = None if number == max(self.view.revisions) else number
        self.view = self.ctx.view(self.reference, self.revision)
        self._build()

    def _show_current(self) -> None:
        self.revision = None
        self.view = self.ctx.view(self.reference)
        self._build()

    def _user_changed(self, user) -> None:
        self.reload()
        self._open_tab_of(user)

    def _open_tab_of(self, user) -> None:
        """The tab the user works in: the supervisor's review, else the officer's agency."""
        if user is None:
            return
        if self.view.can("review") or self.view.can("confirm_decision") and not self.view.can(
                "answer", user.agency or ""):
            target = self.decision
        else:
            target = self.agency_tabs.get(user.agency or "")
        if target is None:
            return
        if self.tabs.currentWidget() is target:
            self._tab_entered(self.tabs.currentIndex())
        else:
            self.tabs.setCurrentWidget(target)

    # -- keyboard -----------------------------------------------------------------------------

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_entered(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, AgencyTab):
            tab.focus_first_unanswered()
        elif hasattr(tab, "focus_first"):
            tab.focus_first()

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
        # What is typed in the field with the focus is saved as if the officer had left it.
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        settings.EDITOR_GEOMETRY.set(settings.open_settings(), self.saveGeometry())
        self.closed.emit()
        super().closeEvent(event)
