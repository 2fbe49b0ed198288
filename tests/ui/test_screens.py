"""First start, idle lock, language switching, checklists and users screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.checklists.registry import ChecklistRegistry
from inspector.services import auth, inspections
from inspector.store.database import Database
from inspector.ui import i18n
from inspector.ui.context import AppContext
from inspector.ui.dialogs.first_start import FirstStartDialog
from inspector.ui.dialogs.login import LoginDialog
from inspector.ui.main_window import MainWindow
from inspector.ui.pages import checklists as checklists_page

from tests.core.conftest import consignment
from tests.ui.conftest import PASSWORD, ok_button


def test_first_start_creates_the_administrator_without_any_default_password(qtbot, tmp_path, qapp):
    ctx = AppContext(Database(tmp_path / "new.db"), ChecklistRegistry())
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.full_name, "Oraz Berdiyev")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.again, "short")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "at least 8" in dialog.error.text() and dialog.user is None
    dialog.password.clear()
    dialog.again.clear()
    qtbot.keyClicks(dialog.password, "a long passphrase")
    qtbot.keyClicks(dialog.again, "a long passphrase")
    dialog.bcp.setCurrentIndex(dialog.bcp.findData("SRG"))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.user is not None and dialog.user.role == "admin"
    assert ctx.read(inspections.workstation_bcp) == "SRG"
    ctx.db.dispose()


def test_wrong_password_is_shown_and_counts(qtbot, ctx):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "aman")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.user is None and "Wrong username or password" in dialog.error.text()
    assert ctx.read(auth.find_user, "aman").failed_attempts == 1


def test_idle_time_locks_and_the_same_officer_unlocks(qtbot, ctx, as_user, monkeypatch):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def unlock(cls, context, mode=LoginDialog.LOGIN, username="", parent=None):
        seen["mode"], seen["hidden"] = mode, not window.centralWidget().isVisible()
        return auth.login(context.db, username, PASSWORD)
    monkeypatch.setattr(LoginDialog, "ask", classmethod(unlock))
    window.idle.timer.timeout.emit()
    assert seen == {"mode": LoginDialog.UNLOCK, "hidden": True}
    assert window.centralWidget().isVisible() and ctx.user.username == "aman"


def test_input_in_any_window_of_the_app_keeps_it_unlocked(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    record = ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_record(record)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is editor.windowHandle())
    for target, event in ((editor.windowHandle(), lambda w: QTest.keyClick(w, Qt.Key.Key_Shift)),
                          (window.windowHandle(), lambda w: QTest.mouseClick(w, Qt.MouseButton.LeftButton))):
        window.idle.timer.stop()
        event(target)  # as the system gives input: to the window, which hands it to its widgets
        assert window.idle.timer.isActive(), target
    window.close()
    window.close()  # closed twice: stopped once, no error


def test_language_switches_at_run_time(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.language.setCurrentIndex(window.language.findData("tk"))
    try:
        assert window.navigation.item(0).text() == QApplication.translate("MainWindow", "Inspections")
        assert "Gümrük" in window.user_label.text()  # core vocabulary follows the language
        assert window.inspections.status.itemText(1) == "Garalama"
        if i18n.qm_file("tk") is not None:
            assert window.navigation.item(0).text() != "Inspections"
        window.language.setCurrentIndex(window.language.findData("ru"))
        assert "Таможня" in window.user_label.text()
    finally:
        window.language.setCurrentIndex(window.language.findData("en"))
    assert window.navigation.item(0).text() == "Inspections"
    assert QEvent


NEWER = (Path(__file__).parents[2] / "inspector" / "checklists" / "builtin" / "phytosanitary.yaml")


def test_admin_adds_a_checklist_version_and_sees_validation_messages(qtbot, ctx, monkeypatch, tmp_path):
    ctx.set_user(auth.login(ctx.db, "admin", PASSWORD))
    page = checklists_page.ChecklistsPage(ctx)
    qtbot.addWidget(page)
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: bcp-checklist/1\nid: phytosanitary\nversion: 2027.1\n", encoding="utf-8")
    monkeypatch.setattr(checklists_page.ChecklistFilePicker, "ask", staticmethod(lambda parent: bad))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not page.messages.isHidden()
    assert "bad.yaml:3" in page.messages.toPlainText()
    good = tmp_path / "phyto-2027.yaml"
    good.write_text(NEWER.read_text(encoding="utf-8").replace('version: "2026.2"', 'version: "2027.1"'),
                    encoding="utf-8")
    monkeypatch.setattr(checklists_page.ChecklistFilePicker, "ask", staticmethod(lambda parent: good))
    monkeypatch.setattr(checklists_page.QMessageBox, "information", lambda *a, **k: None)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.messages.isHidden()
    assert ctx.registry.latest(ctx.registry.get("phytosanitary").agency).version == "2027.1"
    versions = [page.table.item(r, 2).text() for r in range(page.table.rowCount())]
    assert "2027.1 ★" in versions and "2026.2" in versions and "2026.1" in versions


def test_officer_sees_no_users_or_review_page(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    hidden = {window.navigation.item(r).data(Qt.ItemDataRole.UserRole)
              for r in range(window.navigation.count()) if window.navigation.item(r).isHidden()}
    assert hidden == {"users", "review", "dashboard"}
    ctx.set_user(auth.login(ctx.db, "admin", PASSWORD))
    hidden = {window.navigation.item(r).data(Qt.ItemDataRole.UserRole)
              for r in range(window.navigation.count()) if window.navigation.item(r).isHidden()}
    assert hidden == {"work"}  # an administrator has no agency, so no work queue


def test_checklist_texts_follow_the_language(qtbot, ctx):
    from inspector.ui.editor.window import InspectionWindow
    from tests.core.conftest import consignment

    ctx.set_user(auth.login(ctx.db, "merdan", PASSWORD))
    reference = ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    english = editor.agency_tab("veterinary").rows["vet_certificate_present"].question.text()
    try:
        i18n.install("tk")
        turkmen = editor.agency_tab("veterinary").rows["vet_certificate_present"].question.text()
        assert turkmen != english and "şahadatnama" in turkmen
    finally:
        i18n.install("en")
    assert editor.agency_tab("veterinary").rows["vet_certificate_present"].question.text() == english


def test_admin_adds_an_account_and_mismatched_passwords_are_refused(qtbot, ctx):
    from inspector.ui.pages.users import UserDialog

    ctx.set_user(auth.login(ctx.db, "admin", PASSWORD))
    dialog = UserDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "jeren")
    qtbot.keyClicks(dialog.full_name, "Jeren Kakayewa")
    dialog.role.setCurrentIndex(dialog.role.findData("officer"))
    dialog.agency.setCurrentIndex(dialog.agency.findData("veterinary"))
    qtbot.keyClicks(dialog.password, "first passphrase")
    qtbot.keyClicks(dialog.again, "other passphrase")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text() and ctx.read(auth.find_user, "jeren") is None
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "first passphrase")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    created = ctx.read(auth.find_user, "jeren")
    assert created is not None and created.agency == "veterinary" and created.role == "officer"
