"""Printing report PDFs on a QPrinter, off the GUI thread, at a resolution a report needs.

Pages are rendered by PDFium at the printer's resolution capped to
:data:`MAX_DPI` (text stays sharp at 300 dpi; a 1,200 dpi printer would get
sixteen times the pixels for nothing) and drawn onto the full A4 page.
QPainter may paint on a QPrinter from a worker thread, so the window stays
responsive and the job can be cancelled between pages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from inspector.ui.report.render import page_count, page_images

log = logging.getLogger(__name__)

MAX_DPI = 300


class PrintCancelled(Exception):
    """The user cancelled the print job."""


def print_dpi(printer: QPrinter) -> int:
    return max(72, min(printer.resolution(), MAX_DPI))


class PdfPrinter:
    """One print job: PDFs are added as they come, every page onto the printer."""

    def __init__(self, printer: QPrinter, cancelled: Callable[[], bool] = lambda: False) -> None:
        self.printer = printer
        self.cancelled = cancelled
        self.pages = 0
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        self.painter = QPainter()

    def __enter__(self) -> PdfPrinter:
        if not self.painter.begin(self.printer):
            raise OSError("the printer could not be opened")
        return self

    def __exit__(self, *exc) -> None:
        self.painter.end()

    def add(self, pdf: bytes, on_page: Callable[[int], None] | None = None) -> int:
        """Print every page of ``pdf``; returns the pages printed so far."""
        dpi = print_dpi(self.printer)
        target = QRectF(self.printer.pageLayout().fullRectPixels(self.printer.resolution()))
        for image in page_images(pdf, dpi):
            if self.cancelled():
                raise PrintCancelled()
            if self.pages:
                self.printer.newPage()
            self.painter.drawImage(target, image)
            self.pages += 1
            if on_page is not None:
                on_page(self.pages)
        return self.pages


def print_pdfs(pdfs: Iterable[bytes], printer: QPrinter, on_page: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> int:
    """Print several reports as one job; returns the page count."""
    with PdfPrinter(printer, cancelled) as job:
        for pdf in pdfs:
            job.add(pdf, on_page)
    log.info("printed %d page(s) at %d dpi", job.pages, print_dpi(printer))
    return job.pages


__all__ = ["MAX_DPI", "PdfPrinter", "PrintCancelled", "page_count", "print_dpi", "print_pdfs"]
