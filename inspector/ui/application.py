"""Starting the desktop application: database, language, log-in, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector import __version__, logs
from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.errors import DomainError
from inspector.paths import default_database, resource_path, user_checklist_dir
from inspector.services import auth
from inspector.store import database, health
from inspector.store.database import Database
from inspector.ui import i18n, settings, worker
from inspector.ui.context import AppContext
from inspector.ui.dialogs.backups import RecoveryDialog
from inspector.ui.dialogs.backups import restore as restore_backup
from inspector.ui.dialogs.first_start import FirstStartDialog
from inspector.ui.dialogs.login import LoginDialog
from inspector.ui.errors import install_excepthook, report_unexpected
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


def open_checked(db_path: str | Path | None) -> tuple[AppContext, object] | None:
    """Check the file, take the one-writer lock, open it; offer a restore when damaged.

    The opening itself is the core's (:func:`inspector.store.database.open_checked`),
    as for the CLI; a file too big to read whole before the window opens gets
    its header checked now and its pages by :func:`after_start`. On read-only
    media the database opens for reading, and the user is told.
    Returns (context, lock) or None when the user chose to quit (after a message).
    """
    target = str(db_path or default_database())
    try:
        pending_login = _unlock(target)
    except DomainError as exc:
        log.warning("database key refused: %s", exc.message("en"))
        QMessageBox.critical(None, "BCP Inspector", exc.message())
        return None
    if pending_login is False:
        return None
    while True:
        try:
            opened = database.open_checked(target, writes=True, read_only_fallback=True, defer_big=True)
        except health.UnusableDatabase as problem:
            log.warning("database unusable at start: %s", problem.message("en"))
            source = RecoveryDialog.ask(problem)
            if source is None or not restore_backup(Path(target), source):
                return None
            continue
        except DomainError as exc:
            log.warning("database refused: %s", exc.message("en"))
            QMessageBox.critical(None, "BCP Inspector", exc.message())
            return None
        for notice in opened.notices:  # read-only media, a WAL set aside
            log.warning("at start: %s", notice.message("en"))
            QMessageBox.information(None, "BCP Inspector", notice.message())
        ctx = AppContext(opened.db, ChecklistRegistry(user_checklist_dir()))
        ctx.pending_login = pending_login
        return ctx, opened.lock


def _unlock(target: str):
    """Log-in before data (issue 15): an encrypted database's key from the user's password.

    Returns the credentials to log in with once the file is open (None: no
    log-in was asked; False: the user cancelled). A new database is made
    encrypted; its recovery key comes with its first account (:func:`log_in`).
    """
    from inspector.services import encryption
    from inspector.store.backup import list_backups
    from inspector.store.engine import sqlite_path
    from inspector.ui.dialogs.unlock import DatabaseLoginDialog

    path = sqlite_path(target)
    if path is None or encryption.is_unlocked(path):
        return None
    encryption.finish_interrupted(path)
    if encryption.is_encrypted(path) and not encryption.needs_password(path):  # no account yet
        encryption.unlock_without_password(path)
        return None
    if encryption.is_encrypted(path):
        credentials = DatabaseLoginDialog.ask_credentials(
            path, settings.LAST_USERNAME.get(settings.open_settings()))
        return credentials if credentials is not None else False
    if not path.exists() and not list_backups(path):  # a new database is encrypted from the first start
        encryption.new_database(path)
    return None


def after_start(ctx: AppContext, window: QWidget) -> None:
    """Off the GUI thread once the window is up: the day's backup, then the page check of a big file.

    Runs while this process has the database open: everything it reads goes
    through SQLite (:mod:`inspector.store.files` says why).
    """
    if ctx.db.path is None:
        return
    opened = database.Opened(ctx.db, pages_deferred=health.startup_level(ctx.db.path) == "header")

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            log.error("background check: %s", exc.message("en"))
            QMessageBox.warning(window, "BCP Inspector", exc.message())
        else:
            report_unexpected(window, exc)

    worker.start(lambda: database.after_open(opened), on_error=failed)


def log_in(ctx: AppContext) -> bool:
    """First start creates the administrator; otherwise an officer logs in.

    An encrypted database was opened with the officer's password already: that log-in is used.
    """
    pending, ctx.pending_login = getattr(ctx, "pending_login", None), None
    user = None
    if pending:
        try:
            user = auth.login(ctx.db, *pending)
        except DomainError as exc:
            QMessageBox.warning(None, "BCP Inspector", exc.message())
    if user is not None:
        settings.LAST_USERNAME.set(settings.open_settings(), user.username)
    elif not ctx.read(auth.has_users):
        user = FirstStartDialog.ask(ctx)
        from inspector.services import encryption

        new_key = encryption.take_new_recovery_key(ctx.db.path) if ctx.db.path is not None else None
        if user is not None and new_key:
            from inspector.ui.dialogs.unlock import RecoveryKeyDialog

            RecoveryKeyDialog.show_once(new_key, ctx.db.path)
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
    opened = open_checked(db_path)
    if opened is None:
        return 1
    ctx, held = opened
    try:
        if not log_in(ctx):
            return 0
        window = MainWindow(ctx)
        window.show()
        after_start(ctx, window)
        code = app.exec()
        QThreadPool.globalInstance().waitForDone()
        ctx.db.dispose()
        return code
    finally:
        if held is not None:
            held.release()


__all__ = ["main", "create_application", "open_context", "open_checked", "log_in"]
