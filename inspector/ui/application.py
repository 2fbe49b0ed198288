"""Starting the desktop application: language, log-in, database, main window.

On a workstation where someone has logged in before, the log-in dialog comes
first and the database is opened behind it: once the dialog has painted, a
worker opens and checks the file (SQLAlchemy, the start-up check, the lock)
while the officer types, and the password is checked when it is open. Nothing
of the storage layer, the checklists, the reports or the main window is
imported before the dialog shows (issue 17). Whatever the opening has to tell
or ask — a damaged file, read-only media, a database with no account yet —
closes the dialog and is handled as on a first start, which opens the
database first and then asks for the log-in (or the administrator's account).
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from inspector import __version__, logs
from inspector.domain.errors import DomainError
from inspector.paths import default_database, key_file, resource_path, user_checklist_dir
from inspector.ui import i18n, settings, worker
from inspector.ui.context import AppContext
from inspector.ui.dialogs.login import LoginDialog
from inspector.ui.errors import install_excepthook, report_unexpected
from inspector.ui.style import STYLESHEET

if TYPE_CHECKING:
    from inspector.checklists.registry import ChecklistRegistry
    from inspector.store.database import Opened
    from inspector.store.lock import DatabaseLock
    from inspector.store.models import User

log = logging.getLogger(__name__)

#: imported behind the log-in dialog (the main window imports its pages on construction)
MAIN_WINDOW_MODULES = ("inspector.ui.main_window", "inspector.ui.pages.review", "inspector.ui.pages.checklists",
                       "inspector.ui.pages.users")


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("BCP Inspector")
    app.setOrganizationName("BCP Inspector")
    app.setApplicationVersion(__version__)
    if app.styleSheet() != STYLESHEET:  # once: setting it again restyles every widget there is
        app.setStyle("Fusion")
        app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(QIcon(str(resource_path("icons", "inspector.png"))))
    return app


def checklists() -> ChecklistRegistry:
    """The checklists of this workstation (parsed when first needed)."""
    from inspector.checklists.registry import ChecklistRegistry

    return ChecklistRegistry(user_checklist_dir())


def open_context(db_path: str | Path | None) -> AppContext:
    """The database (migrated, checked) and the checklists; DomainError if unusable."""
    from inspector.store.database import Database

    return AppContext(Database(db_path or default_database()), checklists)


def open_checked(db_path: str | Path | None) -> tuple[AppContext, DatabaseLock | None] | None:
    """Check the file, take the one-writer lock, open it; offer a restore when damaged.

    The opening itself is the core's (:func:`inspector.store.database.open_checked`),
    as for the CLI; a file too big to read whole before the window opens gets
    its header checked now and its pages by :func:`after_start`. On read-only
    media the database opens for reading, and the user is told.
    Returns (context, lock) or None when the user chose to quit (after a message).
    """
    from inspector.store import database, health
    from inspector.ui.dialogs.backups import RecoveryDialog
    from inspector.ui.dialogs.backups import restore as restore_backup

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
        return _adopt(opened, pending_login)


def _adopt(opened: Opened, pending_login=None) -> tuple[AppContext, DatabaseLock | None]:
    for notice in opened.notices:  # read-only media, a WAL set aside
        log.warning("at start: %s", notice.message("en"))
        QMessageBox.information(None, "BCP Inspector", notice.message())
    ctx = AppContext(opened.db, checklists)
    ctx.pending_login = pending_login  # an encrypted database was opened with these credentials
    return ctx, opened.lock


def _plain_file(target: str) -> bool:
    """An existing database with no key file (or a server): opened behind the log-in dialog.

    An encrypted database needs the password before it opens, and a new one is
    made encrypted: both take :func:`open_checked`'s way (issue 15).
    """
    if "://" in target and not target.startswith("sqlite"):
        return True
    path = Path(target.removeprefix("sqlite:///")).expanduser()
    return path.is_file() and not key_file(path).is_file()


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
    from inspector.store import database, health

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
    from inspector.services import auth

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
        from inspector.ui.dialogs.first_start import FirstStartDialog

        user = FirstStartDialog.ask(ctx)
        from inspector.services import encryption

        new_key = encryption.take_new_recovery_key(ctx.db.path) if ctx.db.path is not None else None
        if user is not None and new_key:
            from inspector.ui.dialogs.unlock import RecoveryKeyDialog

            RecoveryKeyDialog.show_once(new_key, ctx.db.path)
    else:
        user = LoginDialog.ask(ctx, LoginDialog.LOGIN, settings.LAST_USERNAME.get(settings.open_settings()))
    return _logged_in(ctx, user)


def _logged_in(ctx: AppContext, user: User | None) -> bool:
    if user is None:
        return False
    qsettings = settings.open_settings()
    settings.LAST_USERNAME.set(qsettings, user.username)
    ctx.set_user(user)
    return True


class LoginFirst(QObject):
    """The log-in dialog, with the database opened behind it once the dialog has painted.

    :meth:`run` returns the user who logged in. When the opening has something
    to say or ask (``handed_back``), the dialog closes without a user and the
    caller goes the first-start way, reusing :attr:`opened` if there is one.
    """

    #: the worker has opened the database, or failed to
    settled = Signal()

    def __init__(self, target: str, username: str) -> None:
        super().__init__()
        self.target = target
        self.ctx = AppContext(None, checklists)
        self.dialog = LoginDialog(self.ctx, LoginDialog.LOGIN, username)
        self.opened: Opened | None = None
        self.handed_back = False
        self.done = False
        self._started = False
        self._tasks: list[worker.Task] = []  # their signals must outlive the work
        self.dialog.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self._started:
            self._started = True
            QTimer.singleShot(0, self._open)  # after this first paint
        return False

    def _open(self) -> None:
        target = self.target

        def work() -> tuple[Opened, bool]:
            from inspector.services import auth
            from inspector.store import database

            opened = database.open_checked(target, writes=True, read_only_fallback=True, defer_big=True)
            try:
                with opened.db.read_session() as session:
                    return opened, auth.has_users(session)
            except BaseException:
                opened.close()
                raise

        self._tasks.append(worker.start(work, on_done=self._opened, on_error=self._failed))

    def _opened(self, result: tuple[Opened, bool]) -> None:
        self.opened, has_users = result
        self._settle()
        if self.opened.notices or not has_users:
            self._hand_back()
        elif self.dialog.isVisible():  # (not when the user has cancelled)
            self.ctx.db = self.opened.db
            self._tasks.append(worker.start(
                self._prepare, on_error=lambda exc: log.info("preparing the main window: %r", exc)))
            self.dialog.database_opened()

    def _prepare(self) -> None:
        """While the password is typed, or checked (argon2 lets go of the GIL): the main
        window's modules and the checklists, so that the window opens without waiting."""
        for name in MAIN_WINDOW_MODULES:
            try:
                importlib.import_module(name)
            except ModuleNotFoundError:  # a page renamed: the window imports it itself
                log.info("no module %s to prepare", name)
        self.ctx.preload()

    def _failed(self, exc: BaseException) -> None:
        log.info("opening behind the log-in failed (%s); opening again in front", exc)
        self._settle()
        self._hand_back()

    def _settle(self) -> None:
        self.done = True
        self.settled.emit()

    def _hand_back(self) -> None:
        if self.dialog.isVisible():  # not when the user has already cancelled
            self.handed_back = True
            self.dialog.reject()

    def run(self) -> User | None:
        accepted = self.dialog.exec() == QDialog.DialogCode.Accepted
        if self._started and not self.done:  # cancelled while the worker opens the file: let it finish
            loop = QEventLoop()
            self.settled.connect(loop.quit)
            if not self.done:
                loop.exec()
        self._started = True  # (closed before its first paint: nothing was opened, nothing will be)
        return self.dialog.user if accepted else None


def start(target: str) -> tuple[AppContext, DatabaseLock | None] | int:
    """The database open and a user logged in; else the exit code (the lock released):
    0 when the user cancelled the log-in, 1 when the database could not be used."""
    username = settings.LAST_USERNAME.get(settings.open_settings())
    if username and _plain_file(target):
        first = LoginFirst(target, username)
        user = first.run()
        if user is not None:
            _logged_in(first.ctx, user)
            return first.ctx, first.opened.lock
        if not first.handed_back:
            QThreadPool.globalInstance().waitForDone()  # what was being prepared behind the dialog
            if first.opened is not None:
                first.opened.close()
            return 0
        opened = _adopt(first.opened) if first.opened is not None else open_checked(target)
    else:
        opened = open_checked(target)
    if opened is None:
        return 1
    ctx, held = opened
    if log_in(ctx):
        return ctx, held
    ctx.db.dispose()
    if held is not None:
        held.release()
    return 0


def main(db_path: str | None = None, lang: str | None = None) -> int:
    logs.setup()
    app = create_application()
    install_excepthook()
    qsettings = settings.open_settings()
    i18n.install(lang or settings.LANGUAGE.get(qsettings))
    target = str(db_path or default_database())
    started = start(target)
    if isinstance(started, int):
        return started
    ctx, held = started
    try:
        from inspector.ui.main_window import MainWindow

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


__all__ = ["main", "create_application", "open_context", "open_checked", "log_in", "start"]
