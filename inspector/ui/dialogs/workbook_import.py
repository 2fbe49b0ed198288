"""Checklists → Import from Excel…: the workbook's problems with their cells, or its form.

The workbook is read in a worker. If it has problems, each is listed with its
cell (``survey!C12``). If not, the generated form is shown in every language
of the checklist — the real agency tab, answerable so that ``show_if`` can be
tried, with nothing stored — and "Add this version" installs it exactly as
"Add version from file…" does (same validation, same freezing).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.model import ChecklistDefinition, localize
from inspector.checklists.workbook import WorkbookResult, read_workbook
from inspector.checklists.workbook_export import template_bytes
from inspector.domain.enums import Status
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, label, set_language
from inspector.paths import user_checklist_dir
from inspector.services import checklists as checklist_service
from inspector.services import sections
from inspector.services.views import SectionState
from inspector.services.checklist_preview import (
    PREVIEW_REFERENCE,
    FormPreview,
    check_workbook_against_database,
)
from inspector.ui import worker
from inspector.ui.editor.agency_tab import AgencyTab
from inspector.ui.errors import report_unexpected, show_error

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}


class WorkbookFiles:
    """Choosing workbook files; a class so tests can answer without file dialogs."""

    @staticmethod
    def open(parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("WorkbookFiles", "Import checklist from Excel"), "",
            QCoreApplication.translate("WorkbookFiles", "Excel workbooks (*.xlsx)"))
        return Path(name) if name else None

    @staticmethod
    def save(parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("WorkbookFiles", "Save checklist template"), suggested,
            QCoreApplication.translate("WorkbookFiles", "Excel workbooks (*.xlsx)"))
        return Path(name if name.lower().endswith(".xlsx") else name + ".xlsx") if name else None


def save_template(parent: QWidget) -> Path | None:
    """Asks where, then writes the example workbook with its instructions in en/ru/tk."""
    target = WorkbookFiles.save(parent, "checklist-template.xlsx")
    if target is None:
        return None
    try:
        target.write_bytes(template_bytes())
    except OSError as exc:
        show_error(parent, DomainError("workbook.cannot_write", path=str(target), reason=exc.strerror or str(exc)))
        return None
    return target


class _PreviewContext:
    """What the agency tab asks of its context, answered by a :class:`FormPreview`.

    Only answers and notes are taken; decisions, photos and signatures belong
    to real inspections (their controls are disabled in the preview).
    """

    def __init__(self, preview: FormPreview) -> None:
        self.preview = preview
        self.user = None

    def change_item(self, reference: str, agency: str, item_id: str | None, action, *args, **kwargs) -> SectionState:
        if action is not sections.record_answer:
            raise DomainError("workbook.preview_only")
        self.preview.record_answer(*args[1:], **kwargs)  # args: the agency, the item, the value
        answers = {item: dict(answer, photos=answer.get("photos") or []) for item, answer in self.preview.answers.items()}
        for item in self.preview.definition.items:
            answers.setdefault(item, None)
        return SectionState(agency, answers, complete=True, status=Status.DRAFT)


class FormPreviewTabs(QTabWidget):
    """The form in each of the checklist's languages, sharing one set of answers."""

    def __init__(self, definition: ChecklistDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form_preview")
        self.preview = FormPreview(definition)
        self.context = _PreviewContext(self.preview)
        self.tabs: dict[str, AgencyTab] = {}
        shown = current_language()
        for lang in definition.languages:
            set_language(lang)  # the tab takes its checklist texts from the current language
            try:
                tab = AgencyTab(self.context, PREVIEW_REFERENCE, definition.agency.value, self.preview.view())
            finally:
                set_language(shown)
            tab.progress_changed.connect(self.refresh)
            self.tabs[lang] = tab
            self.addTab(tab, LANGUAGE_NAMES.get(lang, lang))
        self.refresh()
        if shown in self.tabs:
            self.setCurrentWidget(self.tabs[shown])

    def refresh(self) -> None:
        if getattr(self, "_refreshing", False):  # the tabs' own progress signals while shown again
            return
        self._refreshing = True
        try:
            self._refresh()
        finally:
            self._refreshing = False

    def _refresh(self) -> None:
        view = self.preview.view()
        for tab in self.tabs.values():
            tab.update_from(view)
            for name in ("decision", "remarks", "sign_button"):
                widget = getattr(tab, name, None)
                if widget is not None:
                    widget.setEnabled(False)
            for row in getattr(tab, "rows", {}).values():
                photo = getattr(row, "photo", None)
                if photo is not None:
                    photo.setEnabled(False)


class WorkbookImportDialog(QDialog):
    """Read a workbook, show its problems or its form, and add the version."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workbook_import")
        self.workbook: WorkbookResult | None = None
        self.installed: ChecklistDefinition | None = None
        self.task = None
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_workbook")
        self.choose_button.clicked.connect(self.choose)
        self.template_button = QPushButton()
        self.template_button.setObjectName("save_template")
        self.template_button.clicked.connect(lambda: save_template(self))
        self.status = QLabel()
        self.status.setObjectName("workbook_status")
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("workbook_problems")
        self.problems.setWordWrap(True)
        self.problems.setSpacing(3)
        self.problems.setAlternatingRowColors(True)
        # the caret under a show_if expression lines up only in a fixed-pitch font
        self.problems.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "hint")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.intro)
        self.stack.addWidget(self.problems)
        self.preview: FormPreviewTabs | None = None
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_version")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_version)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.resize(980, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import checklist from Excel"))
        self.choose_button.setText(self.tr("Choose workbook…"))
        self.template_button.setText(self.tr("Save template…"))
        self.add_button.setText(self.tr("Add this version"))
        self.close_button.setText(self.tr("Close"))
        self.intro.setText(self.tr(
            "Choose an Excel workbook with the sheets settings, survey and choices (XLSForm style). "
            "Its problems are listed with their cells; a correct workbook shows the form in every language "
            "before the version is added. The template explains every column in English, Russian and Turkmen."))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ------------------------------------------------------------------------------

    def choose(self) -> None:
        path = WorkbookFiles.open(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.add_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Reading {file}…").format(file=path.name))
        self.task = worker.start(lambda: read_workbook(path), self._read, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, DomainError):
            show_error(self, exc)
        else:
            report_unexpected(self, exc)

    def _read(self, result: WorkbookResult) -> None:
        self.choose_button.setEnabled(True)
        if result.ok:  # a version already used in inspections cannot change
            result = self.ctx.read(check_workbook_against_database, result)
        self.workbook = result
        if self.preview is not None:
            self.stack.removeWidget(self.preview)
            self.preview.deleteLater()
            self.preview = None
        if not result.ok:
            self.problems.clear()
            for message in result.messages():
                self.problems.addItem(message.split(":", 1)[1].strip() if message.startswith(result.filename + ":")
                                      else message)
            self.status.setText(self.tr("{file}: {count} problem(s) to correct in the workbook. "
                                        "Nothing was added.").format(file=result.filename, count=len(result.problems)))
            self.stack.setCurrentWidget(self.problems)
            return
        d = result.definition
        lang = current_language()
        self.status.setText(self.tr("{title} — {id} version {version}, {agency}, {items} items. Try the form; "
                                    "answers are not kept.").format(
            title=localize(d.title, lang), id=d.id, version=d.version, agency=label(d.agency, lang),
            items=len(d.items)))
        self.preview = FormPreviewTabs(d)
        self.stack.addWidget(self.preview)
        self.stack.setCurrentWidget(self.preview)
        self.add_button.setEnabled(True)

    def wait(self) -> None:
        """For tests: let the reading finish."""
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()

    # -- adding ---------------------------------------------------------------------------------

    def add_version(self) -> None:
        result = self.workbook
        if result is None or not result.ok:
            return
        with tempfile.TemporaryDirectory(prefix="inspector-workbook-") as folder:
            path = Path(folder) / f"{result.definition.id}-{result.definition.version}.yaml"
            path.write_text(result.yaml_text, encoding="utf-8")
            try:
                self.installed = self.ctx.write(checklist_service.install, self.ctx.user, path,
                                                user_checklist_dir())
            except DomainError as exc:
                show_error(self, exc)
                return
        log.info("checklist %s %s added from the workbook %s", self.installed.id, self.installed.version,
                 result.filename)
        self.accept()
