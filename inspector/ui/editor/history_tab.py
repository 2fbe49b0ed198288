"""A record's history: its audit trail over all revisions, as people read it.

Read when the tab is shown (and again only after something changed), so an
answer does not cost a read of the whole trail.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from inspector.domain.clock import format_datetime
from inspector.domain.i18n import current_language
from inspector.services import audit, auth
from inspector.services import inspections as inspection_service
from inspector.services.views import RecordView
from inspector.ui.context import AppContext
from inspector.ui.editor.history_text import Describer

TIME, USER, WHAT, BEFORE, AFTER = range(5)


def _trail(session: Session, reference: str, uuid: str) -> tuple[list[tuple], dict[str, str], dict[str, str]]:
    # Another workstation's entries (imported with the case) name its section ids, not ours.
    entries = [(e.at, e.username, e.action, None if hasattr(e, "origin") and e.entity == "section" else e.entity_id,
                e.old, e.new) for e in audit.history(session, uuid)]
    names = {u.username: u.full_name for u in auth.list_users(session)}
    current = inspection_service.get(session, uuid)
    sections = {str(s.id): s.agency for r in inspection_service.revisions(session, current) for s in r.sections}
    return entries, names, sections


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, view: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("history_tab")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("audit_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (WHAT, BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.view = view
        self.stale = True
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit trail of {reference} (all revisions)").format(
            reference=self.view.reference))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("What"),
                                              self.tr("Before"), self.tr("After")])
        self.mark_stale()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_from(self, view: RecordView) -> None:
        self.view = view
        self.mark_stale()

    def mark_stale(self) -> None:
        """Something changed: read again now if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:  # noqa: N802
        if self.stale:
            self.load()
        super().showEvent(event)

    def focus_first(self) -> None:
        self.table.setFocus()

    def load(self) -> None:
        self.stale = False
        entries, names, sections = self.ctx.read(_trail, self.view.reference, self.view.document["uuid"])
        lang = current_language()
        describer = Describer(self.view.definitions, sections, lang)
        self.table.setRowCount(len(entries))
        for row, (at, user, action, entity, old, new) in enumerate(entries):
            what, before, after = describer.describe(action, entity, old, new)
            who = names.get(user, user)
            for column, text in enumerate((format_datetime(at, lang), who, what, before, after)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(TIME)
        self.table.resizeColumnToContents(USER)
        self.table.resizeRowsToContents()
        self.table.scrollToBottom()
