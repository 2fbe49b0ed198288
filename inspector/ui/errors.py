"""One place that turns errors into messages the user can act on.

Expected refusals (DomainError) become a short message box in the current
language. Anything unexpected is logged with its traceback and shown as a
short message with the log file's path; the open inspection is not lost
because every answer was already committed when it was given.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector import logs
from inspector.domain.errors import DomainError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, QApplication.translate("errors", "Not possible"), error.message())


def report_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("errors", "Unexpected error"))
    box.setText(QApplication.translate(
        "errors", "Something went wrong. Everything you entered before this was saved.\n\n"
                  "Details are in the log file:\n{path}").format(path=logs.log_path()))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def install_excepthook() -> None:
    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, DomainError):
            show_error(QApplication.activeWindow(), value)
            return
        report_unexpected(QApplication.activeWindow(), value.with_traceback(tb))

    sys.excepthook = hook


def guarded(parent: QWidget | None, action, *args, **kwargs):
    """Run ``action``; show a DomainError as a message. Returns (ok, result)."""
    try:
        return True, action(*args, **kwargs)
    except DomainError as exc:
        show_error(parent, exc)
        return False, None
