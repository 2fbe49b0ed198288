"""Preview the consolidated report inside the app; print it or save it as PDF.

The PDF is built off the GUI thread by the core; pages are shown and printed
from those same bytes (rendered at screen or printer resolution).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector import reports
from inspector.reports import batch as report_batch
from inspector.reports.texts import modes
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, language_name, tr
from inspector.ui import worker
from inspector.ui.context import AppContext
from inspector.ui.errors import report_unexpected, show_error
from inspector.ui.geometry import fit_initial_size
from inspector.ui.report.printing import PrintCancelled, print_pdfs
from inspector.ui.report.render import page_count, page_images

SCREEN_DPI = 96
# core texts (plural forms from the catalogues); named here so that lupdate does not take them for Qt texts
_PAGES, _PAGES_PRINTED = "report.pages", "report.pages_printed"


def build_report(ctx: AppContext, reference: str, revision: int | None, lang: str, appendix: bool) -> bytes:
    """The consolidated report's PDF bytes (runs in a worker thread; the command line's path)."""
    _reference, pdf = next(report_batch.build_many(ctx.db, [reference], lang, appendix=appendix, revision=revision))
    return pdf.data


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page (at most 300 dpi); returns the page count."""
    return print_pdfs([pdf], printer)


class FileChooser:
    """Where to save; a class so tests can answer without a file dialog."""

    @staticmethod
    def ask(parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("FileChooser", "Save report as PDF")
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


class PrintChooser:
    """The Qt print dialog; a class so tests can print to a file instead."""

    @staticmethod
    def ask(parent: QWidget) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReportPreview(QDialog):
    def __init__(self, ctx: AppContext, reference: str, revision: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.reference, self.revision = ctx, reference, revision
        self.pdf: bytes | None = None
        self.setObjectName("report_preview")
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        for code in modes():
            self.language.addItem(" + ".join(language_name(lang) for lang in code.split("+")), code)
        default = "tk+ru" if current_language() in ("tk", "ru") else "en"
        self.language.setCurrentIndex(self.language.findData(default))
        self.appendix = QCheckBox()
        self.appendix.setObjectName("report_appendix")
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_pdf")
        self.close_button = QPushButton()
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setStyleSheet("QScrollArea { background: #7a7a7a; }")
        bar = QHBoxLayout()
        bar.addWidget(self.language)
        bar.addWidget(self.appendix)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.language.currentIndexChanged.connect(self.rebuild)
        self.appendix.toggled.connect(self.rebuild)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        fit_initial_size(self, 900, 760)  # its buttons stay on a 768-pixel screen
        self.retranslate()
        self._task = None
        self.rebuild()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report {reference}").format(reference=self.reference))
        self.appendix.setText(self.tr("Appendix: full checklists and photos"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rebuild(self) -> None:
        self.pdf = None
        self._busy(True)
        lang, appendix = self.language.currentData(), self.appendix.isChecked()
        self._task = worker.start(lambda: build_report(self.ctx, self.reference, self.revision, lang, appendix),
                                  self._built, self._failed)

    def _busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Building the report…") if busy else "")
        for button in (self.print_button, self.save_button):
            button.setEnabled(not busy)

    def _built(self, pdf: bytes) -> None:
        self.pdf = pdf
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        count = 0
        for image in page_images(pdf, SCREEN_DPI):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("background: white; border: 1px solid #444;")
            self.pages_layout.addWidget(page)
            count += 1
        self._busy(False)
        self.status.setText(tr(_PAGES, count=count))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, DomainError):
            show_error(self, exc)
        else:
            report_unexpected(self, exc)

    def wait_until_built(self) -> None:
        """For scripts and tests: block until the PDF is built and shown."""
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()

    def save(self) -> None:
        if self.pdf is None:
            return
        suggested = f"{self.reference}-{self.language.currentData().replace('+', '-')}.pdf"
        path = FileChooser.ask(self, suggested)
        if path is None:
            return
        try:
            reports.write_pdf(path, self.pdf)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def print_report(self) -> None:
        """Choose the printer, then print in a worker with progress and cancel: the window never freezes."""
        if self.pdf is None:
            return
        printer = PrintChooser.ask(self)
        if printer is None:
            return
        pdf, cancel = self.pdf, threading.Event()
        total = page_count(pdf)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, total, self)
        progress.setObjectName("print_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(cancel.set)
        self.print_button.setEnabled(False)

        def work(report):
            try:
                return print_pdfs([pdf], printer, lambda page: report(page, total), cancel.is_set)
            except PrintCancelled:
                return None

        def done(pages) -> None:
            progress.close()
            self.print_button.setEnabled(True)
            if pages is None:
                self.status.setText(self.tr("Printing cancelled"))
            else:
                self.status.setText(tr(_PAGES_PRINTED, count=pages))

        def failed(exc: BaseException) -> None:
            progress.close()
            self.print_button.setEnabled(True)
            report_unexpected(self, exc)

        self._print_task = worker.start(work, done, failed, lambda page, _total: progress.setValue(page))
