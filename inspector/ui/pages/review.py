"""The supervisor's review queue: finalized records waiting, oldest first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.enums import ReviewOutcome, Status
from inspector.domain.errors import DomainError
from inspector.services import queries, workflow
from inspector.ui.context import AppContext
from inspector.ui.editor.decision_tab import AgenciesDialog
from inspector.ui.dialogs.login import PasswordDialog
from inspector.ui.errors import show_error
from inspector.ui.models.inspection_table import ARRIVED, WIDTHS, InspectionTableModel


class ReviewPage(QWidget):
    #: open a record (reference)
    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.model = InspectionTableModel(ctx, self)
        self.model.filter = queries.InspectionFilter(statuses=(Status.FINALIZED,))
        self.model.order_by, self.model.descending = "arrived_at", False
        self.table = QTableView()
        self.table.setObjectName("review_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ARRIVED, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approve_selected")
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button = QPushButton()
        self.return_button.setObjectName("return_selected")
        self.return_button.clicked.connect(self.return_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        ctx.record_changed.connect(self._record_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Review queue"))
        self.hint.setText(self.tr("Finalized records waiting for a supervisor, oldest first. Open one to read "
                                  "it in full, then approve it or return it for correction."))
        self.open_button.setText(self.tr("Open"))
        self.approve_button.setText(self.tr("Approve"))
        self.return_button.setText(self.tr("Return for correction…"))
        self.model.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        self.model.reload()
        super().showEvent(event)

    def _record_changed(self, _reference: str) -> None:
        if self.isVisible():
            self.model.reload()

    def _open(self, index) -> None:
        reference = self.model.reference_at(index.row()) if index.isValid() else None
        if reference:
            self.open_requested.emit(reference)

    def _current(self) -> str | None:
        return self.model.reference_at(self.table.currentIndex().row())

    def approve_selected(self) -> None:
        reference = self._current()
        if reference is None:
            return
        confirmation = PasswordDialog.ask(self.ctx, self.ctx.user, self.tr("Approve {reference}: your approval is "
                                                                            "signed with your key.").format(
            reference=reference), self)
        if confirmation is None:
            return
        try:
            self.ctx.change(reference, workflow.review, ReviewOutcome.APPROVED, None, confirmation=confirmation)
        except DomainError as exc:
            show_error(self, exc)

    def return_selected(self) -> None:
        reference = self._current()
        if reference is None:
            return
        agencies = [a["agency"] for a in self.ctx.view(reference).document["agencies"]]
        answer = AgenciesDialog.ask(self.tr("Return for correction"),
                                    self.tr("Say what must be corrected; the officers of the chosen agencies "
                                            "will see it in their section."), agencies, self)
        if answer is None:
            return
        confirmation = PasswordDialog.ask(self.ctx, self.ctx.user, self.tr("Return {reference} for correction: "
                                                                            "signed with your key.").format(
            reference=reference), self)
        if confirmation is None:
            return
        try:
            self.ctx.change(reference, workflow.review, ReviewOutcome.RETURNED, *answer, confirmation=confirmation)
        except DomainError as exc:
            show_error(self, exc)
