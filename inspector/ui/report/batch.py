"""Printing the reports of several records at once ("Print selected…").

The printer is chosen first; then one worker builds each report (the same
core path as ``inspector report REF REF …``) and prints it as soon as it is
built, with progress and cancel.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from inspector.domain.errors import DomainError
from inspector.reports import batch as report_batch
from inspector.ui import worker
from inspector.ui.context import AppContext
from inspector.ui.errors import report_unexpected, show_error
from inspector.ui.report.preview import PrintChooser
from inspector.ui.report.printing import PdfPrinter, PrintCancelled


class BatchPrint:
    """Choose the printer, then build and print every report in a worker (progress, cancel)."""

    def __init__(self, ctx: AppContext, references: list[str], lang: str, parent: QWidget | None = None) -> None:
        self.ctx, self.references, self.lang, self.parent = ctx, references, lang, parent
        self.printed = 0
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self.task = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> int:
        """Ask for the printer; start the job. Returns the number of reports to print (0: not printed)."""
        printer = PrintChooser.ask(self.parent)
        if printer is None:
            return 0
        self.printer = printer
        total = len(self.references)
        # Literal contexts: lupdate files a wrapper's tr("…") under no context at all.
        self.progress = QProgressDialog(QCoreApplication.translate("BatchPrint", "Preparing the reports…"),
                                        QCoreApplication.translate("BatchPrint", "Cancel"), 0, total, self.parent)
        self.progress.setObjectName("batch_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._cancel.set)
        self.progress.setValue(0)
        self.task = worker.start(self._build_and_print, self._done, self._failed, self._advanced)
        return total

    def _build_and_print(self, progress) -> int:
        total = len(self.references)
        built = report_batch.build_many(self.ctx.db, self.references, self.lang, cancelled=self._cancel.is_set)
        try:
            with PdfPrinter(self.printer, self._cancel.is_set) as job:
                for n, (_reference, pdf) in enumerate(built, 1):
                    job.add(pdf.data)
                    progress(n, total)
        except PrintCancelled:
            pass
        return job.pages

    def _advanced(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(QCoreApplication.translate(
                "BatchPrint", "Printed {done} of {total} reports…").format(done=done, total=total))

    def _done(self, pages: int) -> None:
        self.printed = pages
        self._close()

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, DomainError):
            show_error(self.parent, exc)
        else:
            report_unexpected(self.parent, exc)

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.close()

    def wait(self) -> None:
        """For tests: finish building and printing."""
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()
