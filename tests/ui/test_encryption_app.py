"""The app asks who is there before it opens an encrypted database (issue 15).

The real start-up (``application.open_checked`` then ``log_in``), the real
dialogs typed into with key clicks; the files checked byte by byte.
"""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from inspector.services import auth, encryption
from inspector.store import cipher, keyfile
from inspector.store.database import Database
from inspector.ui import application
from inspector.ui.dialogs import first_start
from inspector.ui.dialogs import unlock as unlock_dialogs

from tests.core.conftest import PASSWORD
from tests.ui.conftest import ok_button


@pytest.fixture
def encrypted(tmp_path):
    """An encrypted post database: admin and one officer, made as the CLI makes it."""
    path = tmp_path / "bcp.db"
    encryption.new_database(path)
    db = Database(path)
    with db.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="Admin Adminow", role="admin",
                                 agency=None, password=PASSWORD)
        auth.create_user(s, admin, username="aman", full_name="Aman Amanow", role="officer", agency="customs",
                         password=PASSWORD)
    db.dispose()
    cipher.forget_key(path)
    return path


@pytest.fixture
def typed_login(qtbot, monkeypatch):
    """The database log-in dialog answered with key clicks; records every try's error."""
    tries = []

    def answer(username: str, *passwords: str):
        def ask(cls, path, name=""):
            dialog = unlock_dialogs.DatabaseLoginDialog(path, name)
            qtbot.addWidget(dialog)
            for password in passwords:
                dialog.username.clear()
                qtbot.keyClicks(dialog.username, username)
                qtbot.keyClicks(dialog.password, password)
                qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
                tries.append(dialog.error.text())
                if dialog.credentials is not None:
                    break
            return dialog.credentials
        monkeypatch.setattr(unlock_dialogs.DatabaseLoginDialog, "ask_credentials", classmethod(ask))
    return answer, tries


def digest(folder):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def test_the_password_opens_the_database_and_logs_the_officer_in(qapp, encrypted, typed_login, monkeypatch):
    answer, tries = typed_login
    answer("aman", "wrong password", PASSWORD)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail(str(a))))
    opened = application.open_checked(encrypted)
    assert opened is not None
    ctx, held = opened
    try:
        assert len(tries) == 2 and tries[0] == "Wrong username or password"  # then the right one
        assert application.log_in(ctx)  # no second dialog: the same credentials
        assert ctx.user.username == "aman"
    finally:
        ctx.db.dispose()
        held.release()


def test_cancelling_the_log_in_opens_nothing(qapp, encrypted, typed_login, tmp_path):
    answer, _ = typed_login
    before = digest(tmp_path)
    answer("aman", "wrong password")  # one wrong try, then the dialog is closed
    assert application.open_checked(encrypted) is None
    after = digest(tmp_path)
    changed = {p for p in before if before[p] != after.get(p)}
    assert changed <= {keyfile.path_for(encrypted)}  # only the failure count
    assert not (tmp_path / "backups").exists() and cipher.key_for(encrypted) is None


def test_a_new_database_is_encrypted_from_the_first_start_and_shows_its_recovery_key(
        qapp, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "new.db"
    shown = []

    def first(cls, ctx, parent=None):
        dialog = first_start.FirstStartDialog(ctx)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.full_name, "Admin Adminow")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClicks(dialog.again, PASSWORD)
        dialog.create()
        return dialog.user
    monkeypatch.setattr(first_start.FirstStartDialog, "ask", classmethod(first))

    def show(cls, key, database, parent=None):
        dialog = unlock_dialogs.RecoveryKeyDialog(key, database)
        qtbot.addWidget(dialog)
        shown.append((key, dialog.save_sheet(str(tmp_path / "sheet.pdf"))))
    monkeypatch.setattr(unlock_dialogs.RecoveryKeyDialog, "show_once", classmethod(show))
    ctx, held = application.open_checked(path)
    try:
        assert application.log_in(ctx)
    finally:
        ctx.db.dispose()
        held.release()
    assert cipher.is_encrypted_header(path.read_bytes()[:100])
    [(recovery, sheet)] = shown
    assert sheet is not None and sheet.read_bytes().startswith(b"%PDF")
    cipher.forget_key(path)
    kf = keyfile.KeyFile.load(path)
    assert kf.open_with_recovery(recovery) == kf.open_with_password("admin", PASSWORD)
    assert not kf.is_open  # the admin's password replaced the open slot
