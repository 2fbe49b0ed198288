"""Fixtures for the app's tests: a real database file, accounts, and ways to
answer the app's dialogs by driving the real dialog widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspector.checklists.registry import ChecklistRegistry
from inspector.services import auth
from inspector.ui.application import create_application
from inspector.ui.context import AppContext
from inspector.ui.dialogs import login
from inspector.store.database import Database

PASSWORD = "correct horse"


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "inspector.db"
    db = Database(path)
    with db.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="Admin Adminow", role="admin",
                                 agency=None, password=PASSWORD)
        for username, name, agency, role in (
                ("aman", "Aman Amanow", "customs", "officer"),
                ("merdan", "Merdan Gylyjow", "veterinary", "officer"),
                ("chief", "Batyr Orazow", None, "supervisor")):
            auth.create_user(s, admin, username=username, full_name=name, role=role, agency=agency,
                             password=PASSWORD, badge_number=f"B-{username}")
    db.dispose()
    return path


@pytest.fixture
def ctx(qapp, db_path):
    create_application()
    context = AppContext(Database(db_path), ChecklistRegistry())
    yield context
    context.db.dispose()


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def close_at_teardown(qtbot, dialog, parent) -> None:
    """A dialog without a parent is closed by qtbot after the test; one with a parent goes with it
    (an inspection window deletes itself, and its dialogs, when closed: closing them again would fail)."""
    if parent is None:
        qtbot.addWidget(dialog)


@pytest.fixture
def as_user(qtbot, monkeypatch):
    """Make the next log-in / switch-user dialog be answered by ``username``."""
    def answer(username: str, password: str = PASSWORD):
        def ask(ctx, mode=login.LoginDialog.LOGIN, name="", parent=None):
            dialog = login.LoginDialog(ctx, mode, name, parent)
            close_at_teardown(qtbot, dialog, parent)
            dialog.username.clear()
            qtbot.keyClicks(dialog.username, username)
            qtbot.keyClicks(dialog.password, password)
            qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
            return dialog.user
        monkeypatch.setattr(login.LoginDialog, "ask", classmethod(lambda cls, *a, **k: ask(*a, **k)))
    return answer


@pytest.fixture
def password_entry(qtbot, monkeypatch):
    """Answer the sign dialog by typing the password into the real dialog."""
    def ask(cls, ctx, user, purpose, parent=None):
        dialog = login.PasswordDialog(ctx, user, purpose, parent, drawn=True)
        close_at_teardown(qtbot, dialog, parent)
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.pad.add_stroke([(20, 80), (60, 40), (100, 90), (160, 30), (220, 85)])
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return (dialog.confirmation, dialog.pad.png()) if dialog.confirmation else None
    monkeypatch.setattr(login.PasswordDialog, "ask_signature", classmethod(ask))

    def confirm(cls, ctx, user, purpose, parent=None):  # finalize, approve, return: type it, press Enter
        dialog = login.PasswordDialog(ctx, user, purpose, parent)
        close_at_teardown(qtbot, dialog, parent)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.password.hasFocus() or not dialog.isVisible())
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        asked.append(purpose)
        return dialog.confirmation
    asked: list[str] = []
    monkeypatch.setattr(login.PasswordDialog, "ask", classmethod(confirm))
    return asked

STUCK_AFTER_MS = 20_000


@pytest.fixture(autouse=True)
def _english_again_after_each_test(qapp):
    """A test that starts the app in Turkmen or Russian (as an officer would) leaves the app's
    language behind it: the next test starts in English, whatever ran before."""
    yield
    from inspector.ui import i18n

    if i18n.current() != "en":
        i18n.install("en")


@pytest.fixture(autouse=True)
def _no_stuck_modal_dialogs(qapp):
    """A modal dialog nobody answers would hang the run until CI's time limit.

    A dialog left open for 20 s is closed and the test fails with its text, so
    an unexpected refusal ("Not possible: …") shows up as a failure that says why.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    stuck: list[str] = []
    seen: dict[int, int] = {}

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            seen.clear()
            return
        key = id(widget)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] * 1000 >= STUCK_AFTER_MS:
            text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
            stuck.append(f"{type(widget).__name__}: {text}")
            seen.pop(key)
            widget.reject()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left unanswered: {stuck}"
