"""The app's side of SPEC §9: a damaged database at start-up, a second
instance, restoring a backup, an unexpected error."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from inspector import logs
from inspector.checklists.registry import ChecklistRegistry
from inspector.demo.generator import generate
from inspector.services import auth, queries
from inspector.store import backup
from inspector.store.database import Database
from inspector.ui import application, errors
from inspector.ui.dialogs import backups as backup_dialogs
from inspector.ui.main_window import MainWindow

from tests.ui.conftest import PASSWORD


def references(ctx) -> list[str]:
    return [r.reference for r in ctx.read(queries.page, queries.InspectionFilter(), 0, 1000)]


@pytest.fixture
def demo_file(tmp_path, qapp):
    path = tmp_path / "bcp.db"
    db = Database(path)
    summary = generate(db, ChecklistRegistry(), inspections=25, seed=2)
    db.dispose()
    (tmp_path / "demo-password").write_text(summary.password, "utf-8")
    return path


def test_damaged_database_offers_the_newest_backup_and_restores_it(qtbot, demo_file, monkeypatch):
    made = backup.make_backup(demo_file, "daily")
    before = Database(demo_file)
    with before.read_session() as s:
        expected = sorted(r.reference for r in queries.page(s, queries.InspectionFilter(), 0, 1000))
    before.dispose()
    size = demo_file.stat().st_size
    with demo_file.open("r+b") as handle:  # 4 KiB of garbage in the middle of the file
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xa5" * 4096)
    damaged = demo_file.read_bytes()

    seen = {}

    def ask(cls, problem, parent=None):
        dialog = cls(problem, parent)
        qtbot.addWidget(dialog)
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(backup_dialogs.QLabel))
        button = dialog.findChild(backup_dialogs.QPushButton, "restore_latest")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return problem.backup.path if dialog.choice == cls.RESTORE_LATEST else None

    monkeypatch.setattr(backup_dialogs.RecoveryDialog, "ask", classmethod(ask))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    opened = application.open_checked(demo_file)
    assert opened is not None
    ctx, held = opened
    assert str(demo_file.name) in seen["text"] and str(made) in seen["text"]
    assert sorted(references(ctx)) == expected
    kept = [b.path for b in backup.list_backups(demo_file) if b.reason == "pre-restore"]
    assert kept and kept[0].read_bytes()[:16] == damaged[:16]
    ctx.db.dispose()
    held.release()


def test_a_second_instance_is_told_and_opens_nothing(tmp_path, qapp, monkeypatch):
    path = tmp_path / "bcp.db"
    Database(path).dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from inspector.store import lock; "
         "held = lock.acquire(sys.argv[1]); print('held', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        shown = []
        monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
        assert application.open_checked(path) is None
        assert shown and str(holder.pid) in shown[0]
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_admin_restores_a_backup_from_the_app(qtbot, demo_file, monkeypatch):
    ctx, held = application.open_checked(demo_file)
    ctx.set_user(auth.login(ctx.db, "admin", _demo_password(ctx)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.backups_action.isVisible() or not window.isVisible()
    dialog = window.show_backups()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() >= 1
    count = len(references(ctx))
    from tests.core.conftest import consignment
    from inspector.services import inspections
    officer = ctx.read(lambda s: next(u for u in auth.list_users(s) if u.role == "officer"))
    ctx.write(lambda s: inspections.create(s, officer, consignment(), ctx.registry))
    assert len(references(ctx)) == count + 1
    manual = next(r for r, info in enumerate(dialog.infos) if info.reason == "manual")
    dialog.table.selectRow(manual)
    from inspector.ui.dialogs.confirm import Confirm

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a, **k: True))  # "Restore" (Cancel is the default)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(references(ctx)) == count
    assert window.inspections.model.rowCount() == count
    ctx.db.dispose()
    held.release()


def _demo_password(ctx) -> str:
    """The demo's random password, as ``inspector demo`` printed it (a hash written into the file
    would no longer open the admin's signing key: the log-in would be refused)."""
    return (ctx.db.path.parent / "demo-password").read_text("utf-8")


def test_an_unexpected_error_is_logged_and_shown_with_the_log_path(qtbot, monkeypatch, tmp_path):
    path = logs.setup(logging.INFO)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    errors.install_excepthook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert shown and str(path) in shown[0] and "saved" in shown[0]
    assert "boom in a slot" in path.read_text(encoding="utf-8")
    sys.excepthook = sys.__excepthook__
