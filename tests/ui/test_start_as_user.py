"""The app as a user starts it: ``inspector demo``, then ``inspector``, typed log-in, the list."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inspector.cli.main import main as cli_main
from inspector.services import encryption, queries
from inspector.store import cipher
from inspector.store.database import Database
from inspector.ui import settings
from inspector.ui.dialogs.login import LoginDialog
from inspector.ui.dialogs.unlock import DatabaseLoginDialog, RecoveryKeyDialog
from inspector.ui.main_window import MainWindow

from tests.ui.app_driver import modal_dialog, press, start_app, type_text


@pytest.fixture
def demo(tmp_path, capsys):
    """A database file made by ``inspector demo``; (path, password, officer's username)."""
    path = tmp_path / "bcp.db"
    assert cli_main(["--db", str(path), "demo", "--inspections", "30"]) == 0
    out = capsys.readouterr().out
    password = re.search(r"[Pp]assword[^:\n]*: (\S+)", out).group(1)
    officer = re.search(r"\b(mgylyjow)\b", out).group(1)
    return path, password, officer


@pytest.fixture(autouse=True)
def _fresh_workstation(qapp):
    """No settings from earlier tests (Qt keeps one settings file per process: last username,
    language, window geometry); windows other tests left behind are not the app's."""
    settings.open_settings().clear()
    _BEFORE.clear()
    _BEFORE.update(id(w) for w in QApplication.topLevelWidgets())


_BEFORE: set[int] = set()


def main_window() -> MainWindow | None:
    """The main window the app under test opened."""
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible() and id(w) not in _BEFORE), None)


def test_an_officer_logs_in_with_typed_keys_and_sees_the_records(qapp, demo, monkeypatch):
    path, password, officer = demo
    encryption.unlock(path, officer, password)  # the demo's database is encrypted (issue 15)
    db = Database(path)
    with db.read_session() as s:
        total = queries.count(s, queries.InspectionFilter())
    db.dispose()
    cipher.forget_key(path)  # the app must ask for the officer before it opens the file
    assert total == 30
    seen = {}

    def log_in():
        if modal_dialog(LoginDialog) is None and modal_dialog(DatabaseLoginDialog) is None:
            return False
        type_text(officer)
        press(Qt.Key.Key_Tab)
        type_text(password)
        press(Qt.Key.Key_Return)
        return True

    def list_shown():
        window = main_window()
        if window is None or modal_dialog(LoginDialog) is not None or modal_dialog(DatabaseLoginDialog) is not None:
            return False
        page = window.inspections
        table = page.table
        seen["count"] = page.count.text()
        seen["rows"] = table.model().rowCount()
        # rows the user can see: drawn inside the viewport with their reference
        seen["first"] = table.model().index(0, 0).data() if seen["rows"] else None
        seen["visible"] = seen["rows"] > 0 and table.rowAt(0) == 0 and table.isVisible()
        seen["user"] = window.user_label.text()
        window.close()
        return True

    assert start_app(["--db", str(path)], [log_in, list_shown], monkeypatch) == 0
    assert seen["rows"] == total and seen["visible"], seen
    assert seen["count"] == "30 records shown"
    assert re.match(r"[A-Z]{3}-\d{4}-\d{6}", seen["first"]), seen["first"]
    assert "Merdan Gylyjow" in seen["user"]


def test_first_start_asks_the_language_before_anything_else(qapp, tmp_path, monkeypatch):
    from inspector.ui.dialogs.first_start import FirstStartDialog

    path = tmp_path / "new.db"
    seen = {}

    def choose_russian_and_create_the_administrator():
        dialog = modal_dialog(FirstStartDialog)
        if dialog is None:
            return False
        seen["first_focus"] = QApplication.focusWidget().objectName()
        seen["english_title"] = dialog.windowTitle()
        press(Qt.Key.Key_Down)  # English → Русский
        seen["russian_title"] = dialog.windowTitle()
        press(Qt.Key.Key_Tab)  # username: "admin" already
        press(Qt.Key.Key_Tab)
        type_text("Oraz Berdiyev")
        press(Qt.Key.Key_Tab)
        type_text("a long passphrase")
        press(Qt.Key.Key_Tab)
        type_text("a long passphrase")
        press(Qt.Key.Key_Return)
        return True

    def note_the_recovery_key():  # a new database is encrypted: its recovery key is shown once
        dialog = modal_dialog(RecoveryKeyDialog)
        if dialog is None:
            return False
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        return True

    def main_window_in_russian():
        window = main_window()
        if window is None:
            return False
        seen["navigation"] = window.navigation.item(0).text()
        window.close()
        return True

    assert start_app(["--db", str(path)], [choose_russian_and_create_the_administrator, note_the_recovery_key,
                                           main_window_in_russian], monkeypatch) == 0
    assert seen["first_focus"] == "language"
    assert seen["english_title"] == "Welcome to BCP Inspector" and seen["russian_title"] != seen["english_title"]
    assert seen["navigation"] == "Досмотры"
