"""Start-up as a user waits for it, and a bare PySide6 process doing the same work.

    BENCH_T0=<time.monotonic() before the spawn> python startup.py app DB USER PASSWORD
    BENCH_T0=…                                      python startup.py bare DB USER PASSWORD SQLFILE

The app is started the way the ``inspector`` command starts it
(:func:`inspector.cli.main.main`); a watcher on the application's events notes
when the log-in dialog has painted for the first time, types the account into
it and presses OK, and notes when a list in the main window has painted rows.
Both moments are counted from ``BENCH_T0``, taken by the parent just before it
started this process, on the system-wide monotonic clock; nothing else (no
profiler, no tracemalloc) runs. One JSON line on stdout: ``login_ms``,
``list_ms``, ``rss_mb`` (the process's peak resident memory).

The bare process does what a start-up has to do with no application around it:
a ``QApplication``, a dialog with a user name and a password field, the
password checked against the account's argon2 hash and the account's signing
key opened with it (argon2id key derivation, AES-GCM; read with sqlite3), then a
``QMainWindow`` with a ``QTableView`` showing the rows that sqlite3 returns for
the list's first-screen SQL (compiled by the parent from the service's query).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
T0 = float(os.environ.get("BENCH_T0", time.monotonic()))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402  (after the clock is read)
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QTableView,
)

TIMEOUT_S = 300


def _since_start() -> float:
    return (time.monotonic() - T0) * 1000


def _finish(result: dict) -> None:
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # the user's wait is over; tearing down is not part of it


class Watcher(QObject):
    """Notes the first paint of the log-in dialog and of a populated list; logs in."""

    def __init__(self, username: str, password: str) -> None:
        super().__init__()
        self.username, self.password = username, password
        self.result: dict = {}
        self.dialog: QDialog | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.Paint or not watched.isWidgetType():
            return False
        window = watched.window()
        if self.dialog is None and isinstance(window, QDialog) and window.findChild(QLineEdit, "password"):
            self.dialog = window
            QTimer.singleShot(0, self.log_in)  # after this paint is done
        elif "login_ms" in self.result and isinstance(window, QMainWindow):
            view = watched.parent()
            if isinstance(view, QTableView) and view.viewport() is watched \
                    and view.model() is not None and view.model().rowCount() > 0:
                QTimer.singleShot(0, self.listed)
        return False

    def log_in(self) -> None:
        self.result["login_ms"] = _since_start()
        dialog = self.dialog
        dialog.findChild(QLineEdit, "username").setText(self.username)
        dialog.findChild(QLineEdit, "password").setText(self.password)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    def listed(self) -> None:
        self.result["list_ms"] = _since_start()
        _finish(self.result)


def _watch(app: QApplication, username: str, password: str) -> Watcher:
    watcher = Watcher(username, password)
    app.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_S * 1000, lambda: (sys.stderr.write(f"timed out: {watcher.result}\n"),
                                                 os._exit(1)))
    return watcher


def app(db_path: str, username: str, password: str) -> None:
    qt_app = QApplication(sys.argv[:1])  # the app's create_application() adopts it
    _watch(qt_app, username, password)
    from inspector.cli.main import main

    main(["--db", db_path])
    sys.stderr.write("the app ended before its list was painted\n")
    os._exit(1)


def bare(db_path: str, username: str, password: str, sql_file: str) -> None:
    import sqlite3

    from argon2 import PasswordHasher
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QVBoxLayout

    qt_app = QApplication(sys.argv[:1])
    watcher = _watch(qt_app, username, password)
    dialog = QDialog()
    name, secret = QLineEdit(), QLineEdit()
    name.setObjectName("username")
    secret.setObjectName("password")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout = QVBoxLayout(dialog)
    for widget in (name, secret, buttons):
        layout.addWidget(widget)
    connection = sqlite3.connect(db_path)

    def accept() -> None:
        import base64

        from argon2.low_level import Type, hash_secret_raw
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        stored, envelope = connection.execute("SELECT password_hash, private_key FROM users WHERE username = ?",
                                              (name.text(),)).fetchone()
        PasswordHasher().verify(stored, secret.text())
        box = json.loads(envelope)
        secret_key = hash_secret_raw(secret.text().encode(), base64.b64decode(box["salt"]), time_cost=box["t"],
                                     memory_cost=box["m"], parallelism=box["p"], hash_len=32, type=Type.ID)
        aad = f"{box['format']}\n{name.text()}\n{box['fingerprint']}".encode()
        Ed25519PrivateKey.from_private_bytes(
            AESGCM(secret_key).decrypt(base64.b64decode(box["nonce"]), base64.b64decode(box["key"]), aad))
        dialog.accept()

    buttons.accepted.connect(accept)
    dialog.show()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        os._exit(1)
    with open(sql_file, encoding="utf-8") as f:
        rows = connection.execute(f.read()).fetchall()
    model = QStandardItemModel(0, 10)
    for row in rows:
        model.appendRow([QStandardItem("" if v is None else str(v)) for v in row[:10]])
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1366, 768)
    window.show()
    qt_app.exec()
    sys.stderr.write(f"bare ended before its list was painted: {watcher.result}\n")
    os._exit(1)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare(*sys.argv[2:6])
    else:
        app(*sys.argv[2:5])
