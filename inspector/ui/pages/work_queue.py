"""An officer's work queue: open records whose section of the officer's agency
is not signed yet, the newest arrival first; records returned for correction
say so in their status."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from inspector.domain.enums import Agency
from inspector.domain.i18n import label
from inspector.services import queries
from inspector.ui.context import AppContext
from inspector.ui.pages.record_list import RecordListPage


class WorkQueuePage(RecordListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("work_queue_page")
        self.table.setObjectName("work_table")
        self.search.setObjectName("work_search")
        self.retranslate()

    def agency(self) -> Agency | None:
        user = self.ctx.user
        return Agency(user.agency) if user is not None and user.agency else None

    def record_filter(self) -> queries.InspectionFilter | None:
        agency = self.agency()
        return queries.work_queue(agency, self.search.text()) if agency is not None else None

    def retranslate(self) -> None:
        agency = self.agency()
        self.title.setText(self.tr("My work"))
        self.hint.setText(self.tr("Records waiting for the {agency} section, the newest arrival first.").format(
            agency=label(agency)) if agency else "")
        super().retranslate()

    def _user_changed(self, user) -> None:
        super()._user_changed(user)
        self.retranslate()
