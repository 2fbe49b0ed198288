"""Driving the app started exactly as the ``inspector`` command starts it.

``inspector.cli.main.main([...])`` runs ``QApplication.exec()`` and modal
dialogs run their own event loops, so a test cannot call into the app between
steps. Instead it hands a script to :class:`AppDriver`: each step is a
function called from a timer inside the running app, again and again until it
returns true (so a step can wait for a dialog or a list to appear). Key events
go to the widget that has the focus, as they do for a user.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Step = Callable[[], object]


class AppDriver(QObject):
    """Runs ``steps`` in order inside the app's own event loops."""

    def __init__(self, steps: Sequence[Step], timeout: float = 60.0) -> None:
        super().__init__()
        self.steps = list(steps)
        self.done = 0
        self.error: BaseException | None = None
        self.deadline = time.monotonic() + timeout
        self.timer = QTimer(self)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._busy = False

    def _tick(self) -> None:
        if self._busy:  # a step opened a nested event loop: wait for it to return
            return
        if self.done >= len(self.steps):
            self.timer.stop()
            return
        self._busy = True
        try:
            if time.monotonic() > self.deadline:
                raise TimeoutError(f"step {self.done + 1} ({self.steps[self.done].__name__}) never finished")
            if self.steps[self.done]():
                self.done += 1
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.error = exc
            self.timer.stop()
            abandon()
        finally:
            self._busy = False

    def check(self) -> None:
        if self.error is not None:
            raise self.error
        assert self.done == len(self.steps), f"only {self.done} of {len(self.steps)} steps ran"


def abandon() -> None:
    """Close every dialog and window so ``exec()`` returns and the test can report."""
    app = QApplication.instance()
    for _ in range(10):
        modal = app.activeModalWidget()
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
    for window in app.topLevelWidgets():
        window.close()
    QTimer.singleShot(0, app.quit)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def modal_dialog(kind: type | None = None) -> QWidget | None:
    """The modal dialog waiting for the user (of ``kind``), once it has the focus."""
    widget = QApplication.activeModalWidget()
    if widget is None or (kind is not None and not isinstance(widget, kind)) or not widget.isVisible():
        return None
    focus = QApplication.focusWidget()
    if focus is None or not widget.isAncestorOf(focus):
        # Windows left by earlier tests can keep the activation: click into the dialog, as a user would.
        widget.activateWindow()
        return None
    return widget


def start_app(argv: list[str], steps: Sequence[Step], monkeypatch, timeout: float = 60.0) -> int:
    """``inspector *argv`` with ``steps`` driving it; returns the exit code."""
    from inspector.cli.main import main

    # The app installs its own excepthook (a dialog); keep pytest's for the rest of the session.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from inspector.ui import i18n

    driver = AppDriver(steps, timeout)
    try:
        code = main(argv)
    finally:
        i18n.install("en")  # the app may have switched the language: not for the next test
    driver.check()
    return code
