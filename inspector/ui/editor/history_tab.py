"""A record's history: its revisions and its audit trail."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from inspector.domain.clock import format_datetime
from inspector.domain.i18n import current_language
from inspector.services import audit
from inspector.services.views import RecordView
from inspector.ui.context import AppContext


class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, view: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("history_tab")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("audit_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.view = view
        self.retranslate()

    def actions(self) -> dict[str, str]:
        return {
            "inspection.created": self.tr("Inspection opened"),
            "section.added": self.tr("Agency joined"),
            "section.removed": self.tr("Agency removed"),
            "consignment.updated": self.tr("Consignment changed"),
            "answer.recorded": self.tr("Answer recorded"),
            "answer.cleared_hidden": self.tr("Answer cleared (item no longer applies)"),
            "attachment.added": self.tr("Photo or scan attached"),
            "section.decision": self.tr("Agency decision"),
            "section.signed": self.tr("Section signed"),
            "inspection.completed": self.tr("All sections signed"),
            "decision.confirmed": self.tr("Consolidated decision confirmed"),
            "inspection.finalized": self.tr("Finalized and locked"),
            "review.approved": self.tr("Approved by the supervisor"),
            "review.returned": self.tr("Returned for correction"),
            "inspection.returned": self.tr("New revision for correction"),
            "inspection.amended": self.tr("Amendment opened"),
        }

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit trail of {reference} (all revisions)").format(
            reference=self.view.reference))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                                              self.tr("Details")])
        self.load()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_from(self, view: RecordView) -> None:
        self.view = view
        self.load()

    def load(self) -> None:
        uuid = self.view.document["uuid"]
        entries = self.ctx.read(lambda s: [(e.at, e.username, e.action, e.entity_id, e.old, e.new)
                                           for e in audit.history(s, uuid)])
        names = self.actions()
        lang = current_language()
        self.table.setRowCount(len(entries))
        for row, (at, user, action, entity, old, new) in enumerate(entries):
            details = _details(entity, old, new)
            for column, text in enumerate((format_datetime(at, lang), user, names.get(action, action), details)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()


def _details(entity: str | None, old: object, new: object) -> str:
    def short(value: object) -> str:
        text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
        return text if len(text) <= 120 else text[:117] + "…"

    parts = []
    if entity and "/" in entity:
        parts.append(entity.split("/", 1)[1])
    if old is not None:
        parts.append(f"{short(old)} →")
    if new is not None:
        parts.append(short(new))
    return " ".join(parts)
