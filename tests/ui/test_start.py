"""Starting the app as ``inspector`` does (issue 17): the log-in dialog comes
before the storage layer, the checklists and the main window are imported;
the database is opened behind it, and what the opening finds (a damaged file,
no account yet) is still handled."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from inspector.store.database import Database
from inspector.ui import application, settings
from inspector.ui.dialogs import backups as backup_dialogs
from inspector.ui.dialogs import first_start

from tests.ui.conftest import PASSWORD

#: nothing of these is needed to show the log-in dialog
HEAVY = ("sqlalchemy", "alembic", "reportlab", "yaml", "PIL", "cryptography", "openpyxl", "argon2",
         "inspector.store", "inspector.services", "inspector.checklists", "inspector.reports",
         "inspector.exchange", "inspector.ui.main_window", "inspector.ui.pages", "inspector.ui.editor")

# The app started by the command's own main(); a watcher types the account into the
# first dialog with a password field as soon as it has painted, and closes the main
# window once its list has painted rows. Prints what it saw as one JSON line.
APP = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMainWindow, QTableView

path, username, password, heavy = sys.argv[1], sys.argv[2], sys.argv[3], tuple(json.loads(sys.argv[4]))
seen = {}

class Watcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint or not watched.isWidgetType():
            return False
        window = watched.window()
        if "dialog" not in seen and isinstance(window, QDialog) and window.findChild(QLineEdit, "password"):
            seen["dialog"] = type(window).__name__
            seen["loaded"] = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
            QTimer.singleShot(0, lambda: log_in(window))
        elif isinstance(window, QMainWindow) and "rows" not in seen:
            view = watched.parent()
            if isinstance(view, QTableView) and view.viewport() is watched and view.model().rowCount():
                seen["rows"] = view.model().rowCount()
                QTimer.singleShot(0, window.close)
        return False

def log_in(dialog):
    dialog.findChild(QLineEdit, "username").setText(username)
    dialog.findChild(QLineEdit, "password").setText(password)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

app = QApplication(sys.argv[:1])
watcher = Watcher()
app.installEventFilter(watcher)
QTimer.singleShot(60_000, lambda: os._exit(3))
from inspector.cli.main import main
seen["exit"] = main(["--db", path])
print(json.dumps(seen), flush=True)
"""


def _start_app(path, username: str, password: str) -> dict:
    result = subprocess.run([sys.executable, "-c", APP, str(path), username, password, json.dumps(HEAVY)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def a_record(db_path):
    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services import auth, inspections

    from tests.core.conftest import consignment

    db = Database(db_path)
    with db.session() as s:
        inspections.create(s, auth.find_user(s, "aman"), consignment(), ChecklistRegistry())
    db.dispose()
    return db_path


@pytest.mark.slow
def test_the_log_in_dialog_comes_before_the_storage_layer_and_the_list_follows(a_record):
    """The first start on a workstation opens the database first; from then on the
    dialog comes first and the database is opened behind it (OK pressed at once waits for it)."""
    # real argon2 costs here: the child processes are the app as installed
    first = _start_app(a_record, "aman", PASSWORD)
    assert first["exit"] == 0 and first["rows"] == 1
    assert "sqlalchemy" in first["loaded"]  # no last user name yet: the database was opened first

    daily = _start_app(a_record, "aman", PASSWORD)
    assert daily == {"dialog": "LoginDialog", "loaded": [], "rows": 1, "exit": 0}


@pytest.fixture
def dialog_first(monkeypatch):
    """Someone logged in on this workstation before; note each log-in dialog shown first."""
    settings.LAST_USERNAME.set(settings.open_settings(), "aman")
    shown = []
    run = application.LoginFirst.run

    def noted(self):
        shown.append(self.dialog.username.text())
        return run(self)
    monkeypatch.setattr(application.LoginFirst, "run", noted)
    return shown


def test_a_database_damaged_behind_the_log_in_dialog_offers_its_backup(qapp, db_path, monkeypatch,
                                                                       dialog_first):
    with db_path.open("r+b") as handle:
        handle.write(b"not a database at all" * 10)
    seen = []
    monkeypatch.setattr(backup_dialogs.RecoveryDialog, "ask",
                        classmethod(lambda cls, problem, parent=None: seen.append(problem.problem())))
    assert application.start(str(db_path)) == 1
    assert dialog_first == ["aman"]
    assert len(seen) == 1 and "is not a database file" in seen[0]


def test_a_database_without_accounts_behind_the_log_in_dialog_asks_for_the_administrator(
        qapp, tmp_path, monkeypatch, dialog_first):
    path = tmp_path / "new.db"
    Database(path).dispose()
    asked = []
    monkeypatch.setattr(first_start.FirstStartDialog, "ask",
                        classmethod(lambda cls, ctx, parent=None: asked.append(ctx.db.path)))
    assert application.start(str(path)) == 0  # the last user name is of another database
    assert dialog_first == ["aman"]
    assert asked == [path]


def test_cancelling_the_log_in_while_the_database_opens_behind_it_lets_go_of_it(qapp, db_path, dialog_first,
                                                                               monkeypatch):
    from PySide6.QtCore import QEvent, QObject, QTimer

    opened = []
    settle = application.LoginFirst._opened
    monkeypatch.setattr(application.LoginFirst, "_opened",
                        lambda self, result: (opened.append(result[0].lock), settle(self, result)))

    class CancelAtOnce(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, application.LoginDialog):
                QTimer.singleShot(0, watched.reject)  # before the opening has even started
            return False

    cancel = CancelAtOnce()
    qapp.installEventFilter(cancel)
    try:
        assert application.start(str(db_path)) == 0
    finally:
        qapp.removeEventFilter(cancel)
    assert dialog_first == ["aman"]
    assert len(opened) == 1 and opened[0].released  # opened after the cancel, then closed
    other = subprocess.run([sys.executable, "-c", "import sys; from inspector.store import lock; "
                            "lock.acquire(sys.argv[1]).release()", str(db_path)], capture_output=True, text=True)
    assert other.returncode == 0, other.stderr  # another start may take the database
