"""An officer changes their own password from the main window: same key, the new password signs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services import auth
from inspector.ui.dialogs.change_password import ChangePasswordDialog
from inspector.ui.main_window import MainWindow

from tests.ui.conftest import PASSWORD


def test_change_my_password_from_the_toolbar_keeps_the_signing_key(qtbot, ctx, monkeypatch):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    key_before = ctx.user.public_key
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    seen = []

    def ask(cls, ctx_, parent=None):  # the real dialog, typed into as a user does
        dialog = ChangePasswordDialog(ctx_, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.current.hasFocus)  # the current password is asked first
        qtbot.keyClicks(dialog.current, PASSWORD)
        qtbot.keyClicks(dialog.new, "a new password 9")
        qtbot.keyClicks(dialog.again, "a new password 9")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        seen.append(dialog.changed)
        return dialog.changed

    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(ask))
    window.password_action.trigger()
    assert seen == [True]
    with_new = auth.login(ctx.db, "aman", "a new password 9")
    assert with_new.public_key == key_before
    confirmation = auth.reauthenticate(ctx.db, with_new, "a new password 9")
    assert confirmation.signing_key is not None


def test_a_wrong_current_password_changes_nothing(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "not my password")
    qtbot.keyClicks(dialog.new, "a new password 9")
    qtbot.keyClicks(dialog.again, "a new password 9")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert not dialog.changed and dialog.error.text()
    assert auth.login(ctx.db, "aman", PASSWORD).username == "aman"
