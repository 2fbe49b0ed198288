"""Starting the desktop application: database, language, log-in, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector import __version__, logs
from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.errors import DomainError
from inspector.paths import default_database, resource_path, user_checklist_dir
from inspector.services import auth
from inspector.store.database import Database
from inspector.ui import i18n, settings
from inspector.ui.context import AppContext
from inspector.ui.dialogs.first_start import FirstStartDialog
from inspector.ui.dialogs.login import LoginDialog
from inspector.ui.errors import install_excepthook
from inspector.ui.main_window import MainWindow
from inspector.ui.style import STYLESHEET

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("BCP Inspector")
    app.setOrganizationName("BCP Inspector")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(QIcon(str(resource_path("icons", "inspector.png"))))
    return app


def open_context(db_path: str | Path | None) -> AppContext:
    """The database (migrated, checked) and the checklists; DomainError if unusable."""
    db = Database(db_path or default_database())
    return AppContext(db, ChecklistRegistry(user_checklist_dir()))


def log_in(ctx: AppContext) -> bool:
    """First start creates the administrator; otherwise an officer logs in."""
    if not ctx.read(auth.has_users):
        user = FirstStartDialog.ask(ctx)
    else:
        qsettings = settings.open_settings()
        user = LoginDialog.ask(ctx, LoginDialog.LOGIN, settings.LAST_USERNAME.get(qsettings))
        if user is not None:
            settings.LAST_USERNAME.set(qsettings, user.username)
    if user is None:
        return False
    ctx.set_user(user)
    return True


def main(db_path: str | None = None, lang: str | None = None) -> int:
    logs.setup()
    app = create_application()
    install_excepthook()
    qsettings = settings.open_settings()
    i18n.install(lang or settings.LANGUAGE.get(qsettings))
    try:
        ctx = open_context(db_path)
    except DomainError as exc:
        log.warning("database refused: %s", exc.message("en"))
        QMessageBox.critical(None, "BCP Inspector", exc.message())
        return 1
    if not log_in(ctx):
        return 0
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    ctx.db.dispose()
    return code


__all__ = ["main", "create_application", "open_context", "log_in", "Qt"]
