"""Printing the reports of several records at once, with progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from inspector.domain.errors import DomainError
from inspector.ui import worker
from inspector.ui.context import AppContext
from inspector.ui.errors import report_unexpected, show_error
from inspector.ui.report.preview import PrintChooser, build_report, print_pdfs


class BatchPrint:
    """Build every report in a worker (progress, cancel), then print them as one job."""

    def __init__(self, ctx: AppContext, references: list[str], lang: str, parent: QWidget | None = None) -> None:
        self.ctx, self.references, self.lang, self.parent = ctx, references, lang, parent
        self.printed = 0
        self.cancelled = False
        self.progress = QProgressDialog(QCoreApplication.translate("BatchPrint", "Preparing the reports…"),
                                        QCoreApplication.translate("BatchPrint", "Cancel"), 0, len(references),
                                        parent)
        self.progress.setObjectName("batch_progress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._cancel)

    def _cancel(self) -> None:
        self.cancelled = True

    def run(self) -> int:
        printer = PrintChooser.ask(self.parent)
        if printer is None:
            return 0
        self.printer = printer
        self.progress.setValue(0)
        self.task = worker.start(self._build_all, self._print, self._failed, self._advanced)
        return len(self.references)

    def _build_all(self, progress) -> list[bytes]:
        pdfs = []
        for n, reference in enumerate(self.references, 1):
            if self.cancelled:
                break
            pdfs.append(build_report(self.ctx, reference, None, self.lang, False))
            progress(n, len(self.references))
        return pdfs

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.progress.setLabelText(QCoreApplication.translate(
            "BatchPrint", "Prepared {done} of {total} reports…").format(done=done, total=total))

    def _print(self, pdfs: list[bytes]) -> None:
        if self.cancelled:
            self.progress.close()
            return
        self.progress.setLabelText(QCoreApplication.translate("BatchPrint", "Printing…"))
        try:
            self.printed = print_pdfs(pdfs, self.printer, lambda _page: QApplication.processEvents())
        except OSError as exc:
            report_unexpected(self.parent, exc)
        self.progress.close()

    def _failed(self, exc: BaseException) -> None:
        self.progress.close()
        if isinstance(exc, DomainError):
            show_error(self.parent, exc)
        else:
            report_unexpected(self.parent, exc)

    def wait(self) -> None:
        """For tests: finish building and printing."""
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()
