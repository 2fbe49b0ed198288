"""The supervisor's review queue: finalized records waiting, the newest finalized first.

Approving happens in the record itself, after reading it; from here a record
is opened (Enter or double-click) or returned for correction with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from inspector.domain.enums import ReviewOutcome
from inspector.domain.errors import DomainError
from inspector.services import queries, workflow
from inspector.ui.context import AppContext
from inspector.ui.editor.decision_tab import AgenciesDialog
from inspector.ui.dialogs.login import PasswordDialog
from inspector.ui.errors import show_error
from inspector.ui.models.inspection_table import FINALIZED
from inspector.ui.pages.record_list import RecordListPage


class ReviewPage(RecordListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("review_page")
        self.table.setObjectName("review_table")
        self.search.setObjectName("review_search")
        self.model.columns = self.model.REVIEW_COLUMNS
        self.model.order_by, self.model.descending = "finalized_at", True
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.columns.index(FINALIZED), Qt.SortOrder.DescendingOrder)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_selected")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.return_button = QPushButton()
        self.return_button.setObjectName("return_selected")
        self.return_button.clicked.connect(self.return_selected)
        self.buttons.addWidget(self.open_button)
        self.buttons.addWidget(self.return_button)
        self.retranslate()

    def record_filter(self) -> queries.InspectionFilter:
        return queries.InspectionFilter(search=self.search.text(), statuses=queries.REVIEW_QUEUE.statuses)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Review queue"))
        self.hint.setText(self.tr("Finalized records waiting for a supervisor, the newest first. Open one "
                                  "(Enter) to read it in full and approve it there, or return it for correction."))
        self.open_button.setText(self.tr("Open"))
        self.return_button.setText(self.tr("Return for correction…"))
        super().retranslate()

    def return_selected(self) -> None:
        reference = self.current_reference()
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
