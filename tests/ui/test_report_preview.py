"""Report preview, Save as PDF, printing through QPrinter, batch printing."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from inspector.services import auth, inspections
from inspector.ui.editor.window import InspectionWindow
from inspector.ui.pages.inspections import InspectionsPage
from inspector.ui.report import preview as preview_module
from inspector.ui.report.batch import BatchPrint

from tests.core.conftest import consignment
from tests.core.helpers import finalize
from tests.ui.conftest import PASSWORD


class _People:
    def __init__(self, ctx):
        self.customs = ctx.read(auth.find_user, "aman")
        self.vet = ctx.read(auth.find_user, "merdan")
        self.phyto = self.sanepid = None


def print_to_file(monkeypatch, path: Path) -> list:
    """The real QPrintDialog code path; only its exec() is answered, as a user
    choosing "Print to file (PDF)" would. Returns the dialogs opened."""
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return opened


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def make_record(ctx) -> str:
    aman = auth.login(ctx.db, "aman", PASSWORD)
    reference = ctx.write(lambda s: inspections.create(s, aman, consignment(), ctx.registry).reference)
    finalize(ctx.db, _People(ctx), reference)
    return reference


def test_preview_save_and_print(qtbot, ctx, tmp_path, monkeypatch):
    reference = make_record(ctx)
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    preview = editor.show_report()
    qtbot.addWidget(preview)
    preview.wait_until_built()
    pages = preview.pages_layout.count()
    assert pages >= 2 and preview.print_button.isEnabled()

    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(preview_module.FileChooser, "ask", staticmethod(lambda parent, name: saved))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(saved).pages) == pages
    text = PdfReader(saved).pages[0].extract_text()
    assert reference in text

    printed = tmp_path / "printed.pdf"
    dialogs = print_to_file(monkeypatch, printed)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert len(dialogs) == 1
    # Printing runs in a worker: the window is not blocked while it prints.
    qtbot.waitUntil(lambda: "sent to the printer" in preview.status.text(), timeout=60_000)
    assert len(PdfReader(printed).pages) == pages
    page = PdfReader(printed).pages[0]
    assert abs(float(page.mediabox.width) - 595) < 3 and abs(float(page.mediabox.height) - 842) < 3  # A4
    # At most 300 dpi, whatever the printer offers (HighResolution is 1,200 dpi): well under 2 MB a page.
    assert printed.stat().st_size < 2_000_000 * pages

    preview.language.setCurrentIndex(preview.language.findData("tk+ru"))
    preview.wait_until_built()
    assert preview.pages_layout.count() >= pages


def test_batch_print_of_selected_records(qtbot, ctx, tmp_path, monkeypatch):
    first, second = make_record(ctx), make_record(ctx)
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    page = InspectionsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectAll()
    assert set(page.selected_references()) == {first, second}
    printed = tmp_path / "batch.pdf"
    dialogs = print_to_file(monkeypatch, printed)
    batch = page.print_selected()
    assert isinstance(batch, BatchPrint)
    # The printer is chosen before any progress dialog exists (it used to block the print dialog).
    assert len(dialogs) == 1 and batch.progress is not None
    batch.wait()
    qtbot.waitUntil(lambda: batch.printed > 0, timeout=60_000)
    singles = [preview_module.build_report(ctx, ref, None, "en", False) for ref in (first, second)]
    expected = sum(len(PdfReader(__import__("io").BytesIO(pdf)).pages) for pdf in singles)
    assert batch.printed == expected
    assert len(PdfReader(printed).pages) == expected


def test_batch_print_shows_progress_only_after_the_printer_is_chosen(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QProgressDialog

    references = {make_record(ctx) for _ in range(3)}
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    page = InspectionsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectAll()
    assert set(page.selected_references()) == references

    def progress_dialogs() -> list:
        return [w for w in QApplication.allWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    seen_while_choosing = []

    def cancel(dialog):
        seen_while_choosing.append(progress_dialogs())
        return QDialog.DialogCode.Rejected

    # The user closes the print dialog: nothing is shown, built or printed.
    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    batch = page.print_selected()
    assert seen_while_choosing == [[]]
    assert batch is None or (batch.progress is None and batch.task is None)
    assert progress_dialogs() == []

    printed = tmp_path / "batch.pdf"

    def choose_pdf(dialog):
        seen_while_choosing.append(progress_dialogs())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf)
    batch = page.print_selected()
    assert seen_while_choosing[-1] == []  # no progress dialog over the print dialog
    qtbot.waitUntil(lambda: batch.progress.isVisible(), timeout=5_000)  # then progress, while it prints
    assert batch.printed == 0
    batch.wait()
    qtbot.waitUntil(lambda: batch.printed > 0, timeout=60_000)
    assert not batch.progress.isVisible()
    assert len(PdfReader(printed).pages) == batch.printed
