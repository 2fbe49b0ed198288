"""The loaded checklist definitions; an administrator adds newer versions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.model import localize
from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.enums import Role
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, label
from inspector.paths import user_checklist_dir
from inspector.services import checklists as checklist_service
from inspector.ui.context import AppContext
from inspector.ui.dialogs.workbook_import import WorkbookFiles, WorkbookImportDialog, save_template


class ChecklistFilePicker:
    """Choosing a checklist file; a class so tests can answer without a dialog."""

    @staticmethod
    def ask(parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ChecklistFilePicker", "Add checklist version"), "",
            QCoreApplication.translate("ChecklistFilePicker", "Checklists (*.yaml *.yml)"))
        return Path(name) if name else None


class ChecklistsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("checklists_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_checklist")
        self.add_button.clicked.connect(self.add_version)
        self.excel_button = QPushButton()
        self.excel_button.setObjectName("import_excel")
        self.excel_button.clicked.connect(self.import_workbook)
        self.template_button = QPushButton()
        self.template_button.setObjectName("excel_template")
        self.template_button.clicked.connect(lambda: save_template(self))
        self.messages = QPlainTextEdit()
        self.messages.setObjectName("checklist_messages")
        self.messages.setReadOnly(True)
        self.messages.setVisible(False)
        self.folder = QLabel()
        self.folder.setProperty("role", "hint")
        self.folder.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.excel_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.messages)
        layout.addWidget(self.folder)
        ctx.user_changed.connect(lambda _u: self._show_admin_buttons())
        self.retranslate()

    def _is_admin(self) -> bool:
        return self.ctx.user is not None and self.ctx.user.role == Role.ADMIN.value

    def _show_admin_buttons(self) -> None:
        for button in (self.add_button, self.excel_button, self.template_button):
            button.setVisible(self._is_admin())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Checklists"))
        self.table.setHorizontalHeaderLabels([self.tr("Agency"), self.tr("Checklist"), self.tr("Version"),
                                              self.tr("Items"), self.tr("Title")])
        self.add_button.setText(self.tr("Add version from file…"))
        self.excel_button.setText(self.tr("Import from Excel…"))
        self.template_button.setText(self.tr("Save Excel template…"))
        self._show_admin_buttons()
        self.folder.setText(self.tr("Newer versions are kept in {path}").format(path=user_checklist_dir()))
        self.load()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        lang = current_language()
        definitions = self.ctx.registry.all()
        self.table.setRowCount(len(definitions))
        for row, d in enumerate(definitions):
            latest = self.ctx.registry.latest(d.agency)
            mark = " ★" if latest is not None and latest.sha256 == d.sha256 else ""
            for column, text in enumerate((label(d.agency, lang), d.id, d.version + mark, str(len(d.items)),
                                           localize(d.title, lang))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add_version(self) -> None:
        path = ChecklistFilePicker.ask(self)
        if path is None:
            return
        try:
            definition = self.ctx.write(checklist_service.install, self.ctx.user, path, user_checklist_dir())
        except DomainError as exc:
            self.messages.setPlainText(exc.message())
            self.messages.setVisible(True)
            return
        self._installed(definition)

    def import_workbook(self) -> None:
        path = WorkbookFiles.open(self)
        if path is None:
            return
        dialog = WorkbookImportDialog(self.ctx, self)
        dialog.load(path)
        if dialog.exec() == WorkbookImportDialog.DialogCode.Accepted and dialog.installed is not None:
            self._installed(dialog.installed)

    def _installed(self, definition) -> None:
        self.messages.setVisible(False)
        self.ctx.registry = ChecklistRegistry(user_checklist_dir())
        self.load()
        QMessageBox.information(self, self.tr("Checklist added"),
                                self.tr("{id} version {version} is now used for new inspections.").format(
                                    id=definition.id, version=definition.version))
