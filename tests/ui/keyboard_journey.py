"""Driving the app with key events only, from inside its own event loops.

``inspector.cli.main.main([...])`` runs ``QApplication.exec()``, and every
modal dialog runs a nested loop, so a test cannot call into the app between
steps. A journey is a generator: it yields *commands* (key presses, typed text)
and *waits* (a function that returns something true once the screen shows
it). :class:`Journey` runs it from a timer inside the app. Each command is
sent from a single-shot timer of its own, outside the generator: a key press
that opens a modal dialog blocks only that call, and the next steps go on in
the dialog's loop (Qt never fires a timer again while its own slot runs, so
the ticking timer must not be the one that blocks).

Keys go to the widget with the keyboard focus, as a user's keys do. Text is
typed as a keyboard layout sends it: Latin letters as Qt's key codes, other
letters (Cyrillic, Turkmen ä ç ž ň ö ş ü ý) with Qt's code for them (the
upper-case code point) and the character as the event's text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


class JourneyFailed(AssertionError):
    pass


class WindowManager(QObject):
    """What a desktop's window manager does and Qt's offscreen platform does not: when a
    dialog closes, the window under it becomes active again (with its focus widget)."""

    def __init__(self) -> None:
        super().__init__()
        self.recent: list[QWidget] = []
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if new is not None:
            window = new.window()
            if window in self.recent:
                self.recent.remove(window)
            self.recent.append(window)

    def reactivate(self) -> None:
        if QApplication.activeWindow() is not None:
            return
        QApplication.processEvents()  # a window shown just now is activated by a queued event
        if QApplication.activeWindow() is not None:
            return
        candidates = [w for w in self.recent if _alive(w) and w.isVisible()]
        modal = QApplication.activeModalWidget()
        window = modal if modal is not None else (candidates[-1] if candidates else None)
        if window is not None:
            window.activateWindow()
            QApplication.processEvents()


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted
        return False
    return True


WM: WindowManager | None = None


def target() -> QWidget:
    """Where a key goes: the focus widget (or the active window when nothing has the focus)."""
    if WM is not None:
        WM.reactivate()
    widget = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
    if widget is None:
        raise JourneyFailed("no widget has the keyboard focus and no window is active")
    return widget


@dataclass
class Key:
    key: int
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    text: str | None = None
    label: str = ""

    def send(self) -> None:
        widget = target()
        if self.text is None:
            QTest.keyClick(widget, Qt.Key(self.key), self.modifier)
        else:
            QTest.simulateEvent(widget, True, self.key, self.modifier, self.text, False)
            QTest.simulateEvent(widget, False, self.key, self.modifier, self.text, False)


def char_key(char: str) -> Key:
    """One character as a keyboard sends it."""
    if char.isascii() and char.isprintable():
        code = ord(char.upper()) if char.isalpha() else ord(char)
        if char == " ":
            code = Qt.Key.Key_Space.value
        shift = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
        return Key(code, shift, char, char)
    shift = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
    return Key(ord(char.upper()) if char.isalpha() else ord(char), shift, char, char)


class Keyboard:
    """Counts every key press it sends (a character, a key, a combination: one each)."""

    def __init__(self) -> None:
        self.presses = 0
        self.typed = 0  # of the presses: characters typed into text fields (names, passwords, plates …)
        self.log: list[str] = []

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Command:
        return Command(self, [Key(key.value if hasattr(key, "value") else int(key), modifier, None, _name(key, modifier))])

    def typing(self, text: str) -> Command:
        return Command(self, [char_key(c) for c in text], typed=True)

    def char(self, char: str) -> Command:
        return Command(self, [char_key(char)])


def _name(key, modifier) -> str:
    parts = []
    if modifier & Qt.KeyboardModifier.ControlModifier:
        parts.append("Ctrl")
    if modifier & Qt.KeyboardModifier.ShiftModifier:
        parts.append("Shift")
    parts.append(getattr(key, "name", str(key)).replace("Key_", ""))
    return "+".join(parts)


@dataclass
class Command:
    keyboard: Keyboard
    keys: list[Key]
    typed: bool = False

    def run(self) -> None:
        for key in self.keys:
            self.keyboard.presses += 1
            self.keyboard.typed += self.typed
            self.keyboard.log.append(key.label)
            key.send()


@dataclass
class Wait:
    """Until ``check()`` returns something true (handed back to the journey)."""

    check: Callable[[], object]
    what: str
    seconds: float = 60.0


Step = Command | Wait
Script = Generator[Step, object, None]


class Journey(QObject):
    """Runs a script inside the app's event loops; fails on any message box it did not wait for."""

    def __init__(self, script: Script, expected_boxes: Callable[[QMessageBox], bool] | None = None) -> None:
        super().__init__()
        self.script = script
        self.error: BaseException | None = None
        self.finished = False
        self.waiting: Wait | None = None
        self.deadline = 0.0
        self.value: object = None
        self.in_script = False
        self.unsent: Command | None = None
        self.steps: list[str] = []
        self.expected_boxes = expected_boxes or (lambda box: False)
        global WM
        WM = WindowManager()
        self.timer = QTimer(self)
        self.timer.setInterval(15)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.in_script or self.finished or self.unsent is not None:
            return
        try:
            WM.reactivate()
            self._check_for_message_boxes()
            if self.waiting is not None:
                value = self.waiting.check()
                if not value:
                    if time.monotonic() > self.deadline:
                        raise JourneyFailed(f"waited {self.waiting.seconds:.0f} s for: {self.waiting.what}")
                    return
                self.waiting, self.value = None, value
            self.in_script = True
            try:
                step = self.script.send(self.value)
            finally:
                self.in_script = False
            self.value = None
            self.steps.append(step.what if isinstance(step, Wait) else " ".join(k.label for k in step.keys))
            if isinstance(step, Wait):
                self.waiting = step
                self.deadline = time.monotonic() + step.seconds
            else:
                self.unsent = step
                QTimer.singleShot(0, self._send)
        except StopIteration:
            self.finished = True
            self.timer.stop()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.fail(exc)

    def _send(self) -> None:
        command, self.unsent = self.unsent, None
        if command is None or self.finished:
            return
        try:
            command.run()  # may open a modal dialog: this call returns when it closes
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.fail(exc)

    def _check_for_message_boxes(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.isVisible() and not self.expected_boxes(modal):
            raise JourneyFailed(f"unexpected message: {modal.windowTitle()}: {modal.text()}\n"
                                f"{modal.detailedText()}")

    def fail(self, exc: BaseException) -> None:
        if self.error is None:
            focus = QApplication.focusWidget()
            exc.add_note("last steps: " + " | ".join(self.steps[-12:]))
            exc.add_note(f"focus: {focus!r} in {QApplication.activeWindow()!r}")
            self.error = exc
        self.finished = True
        self.timer.stop()
        abandon()

    def check(self) -> None:
        if self.error is not None:
            raise self.error
        assert self.finished, "the journey did not finish"


def abandon() -> None:
    """Close every dialog and window so ``exec()`` returns and the test can report."""
    app = QApplication.instance()
    for _ in range(20):
        modal = app.activeModalWidget() or next(
            (w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
    for window in app.topLevelWidgets():
        window.close()
    QTimer.singleShot(0, app.quit)


def modal(kind: type) -> Callable[[], QWidget | None]:
    """A wait check: the modal dialog of ``kind`` once it is up and has the focus."""
    def check():
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or not widget.isVisible():
            return None
        focus = QApplication.focusWidget()
        return widget if focus is not None and widget.isAncestorOf(focus) else None
    return check


def window(kind: type) -> Callable[[], QWidget | None]:
    """A wait check: a visible top-level window of ``kind`` that is active, with no dialog over it."""
    def check():
        if QApplication.activeModalWidget() is not None:
            return None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and widget.isActiveWindow():
                return widget
        return None
    return check


def focused(kind: type | None = None) -> QWidget | None:
    widget = QApplication.focusWidget()
    return widget if widget is not None and (kind is None or isinstance(widget, kind)) else None
