"""One start-up, measured by benchmarks/run.py: ``python startup.py app|bare DB``.

Both variants start a QApplication, show a main window with a table and let
the event loop paint once, then exit; the runner times the whole process.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(0, 10))
    window.setCentralWidget(view)
    window.resize(1366, 768)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()


def ours(db_path: str) -> None:
    from PySide6.QtCore import QTimer

    from inspector.services import auth
    from inspector.ui.application import create_application, open_context
    from inspector.ui.main_window import MainWindow

    app = create_application()
    ctx = open_context(db_path)
    # The log-in itself waits for a person; start right after it.
    ctx.user = next(u for u in ctx.read(auth.list_users) if u.role == "officer")
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.inspections.refresh()
    QTimer.singleShot(0, app.quit)
    app.exec()
    assert window.inspections.model.rowCount() > 0


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else ours(sys.argv[2])
