"""The main window: navigation, the pages, who is working, idle lock."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from inspector.domain.bcps import bcp_name
from inspector.domain.enums import Agency, Role
from inspector.domain.i18n import current_language, label
from inspector.services import inspections as inspection_service
from inspector.ui import i18n, settings
from inspector.ui.context import AppContext
from inspector.ui.dialogs.login import LoginDialog
from inspector.ui.errors import guarded
from inspector.ui.pages.inspections import InspectionsPage

log = logging.getLogger(__name__)

#: below this available screen size the main window opens maximized
SMALL_SCREEN = (1600, 900)
#: the navigation list is as wide as its longest name in the language, within these bounds
NAVIGATION_WIDTH = (150, 240)


class IdleWatcher(QObject):
    """Counts time since the last keyboard or mouse input anywhere in the app.

    It watches the app's windows, not the app: input comes to a window before any of its widgets,
    and a window sees little else, where a filter on the application was called for every event
    of every widget (some sixty paints and updates with each answer).
    """

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}

    def __init__(self, minutes: int, on_idle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(on_idle)
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self._watch)  # a window the officer turns to: a dialog, a record
        for window in app.topLevelWindows():
            self._watch(window)
        self.timer.start()

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: installed again, it is only moved to the front

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in self.INPUT:
            self.timer.start()
        return False

    def stop(self) -> None:
        """No more watching (a window closed twice stops it once)."""
        self.timer.stop()
        if self.signalsBlocked():
            return
        self.blockSignals(True)
        app = QGuiApplication.instance()
        app.focusWindowChanged.disconnect(self._watch)
        for window in app.topLevelWindows():
            window.removeEventFilter(self)


class ElidedLabel(QLabel):
    """One line that ends in "…" when narrower than its text; the whole text is the tooltip.

    For the status bar: long names or paths never widen the window beyond the screen.
    """

    def __init__(self, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__()
        self.mode = mode
        self.setProperty("elided", True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self.mode, rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.qsettings = settings.open_settings()
        self.editors: dict[str, QWidget] = {}
        self.setObjectName("main_window")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_WIDTH[0])
        self.stack = QStackedWidget()
        self.inspections = InspectionsPage(ctx)
        self.inspections.open_requested.connect(self.open_record)
        self.inspections.new_requested.connect(self.new_record)
        self.pages: dict[str, QWidget] = {"inspections": self.inspections}
        self._add_optional_pages()
        for key, page in self.pages.items():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.addAction(self.new_action)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.switch_action = QAction(self)
        self.switch_action.setObjectName("switch_user")
        self.switch_action.triggered.connect(self.switch_user)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.password_action = QAction(self)
        self.password_action.setObjectName("change_password")
        self.password_action.triggered.connect(self.change_password)
        self.exchange_action = QAction(self)
        self.exchange_action.setObjectName("exchange")
        self.exchange_action.triggered.connect(self.show_exchange)
        self.backups_action = QAction(self)
        self.backups_action.setObjectName("backups")
        self.backups_action.triggered.connect(self.show_backups)
        self.toolbar.addAction(self.switch_action)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.password_action)
        self.toolbar.addAction(self.exchange_action)
        self.toolbar.addAction(self.backups_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.language.currentIndexChanged.connect(self.change_language)
        self.toolbar.addWidget(self.language)

        self.user_label = ElidedLabel()
        self.user_label.setObjectName("status_user")
        self.bcp_label = ElidedLabel()
        self.db_label = ElidedLabel(Qt.TextElideMode.ElideMiddle)  # a path: its file name stays in sight
        self.db_label.setProperty("role", "hint")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_indicator")
        self.statusBar().addWidget(self.user_label, 3)
        self.statusBar().addWidget(self.bcp_label, 2)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.db_label, 2)
        self._saved_timer = QTimer(self, singleShot=True, interval=4000)
        self._saved_timer.timeout.connect(lambda: self.saved_label.setText(""))
        ctx.saved.connect(self.show_saved)
        ctx.user_changed.connect(self.user_changed)
        ctx.switch_requested.connect(self.switch_user)
        ctx.lock_requested.connect(self.lock)
        self.idle = IdleWatcher(settings.IDLE_LOCK_MINUTES.get(self.qsettings), self.lock, self)

        self.restore_geometry()
        self.retranslate()
        self.user_changed(ctx.user)

    def restore_geometry(self) -> None:
        """Where it was last time; the first time, maximized on a small screen (1366×768 laptops)."""
        geometry = settings.MAIN_GEOMETRY.get(self.qsettings)
        if geometry and not geometry.isEmpty() and self.restoreGeometry(geometry):
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None or available.width() < SMALL_SCREEN[0] or available.height() < SMALL_SCREEN[1]:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(1366, 768)

    def _add_optional_pages(self) -> None:
        from inspector.ui.pages.checklists import ChecklistsPage
        from inspector.ui.pages.review import ReviewPage
        from inspector.ui.pages.users import UsersPage
        from inspector.ui.pages.work_queue import WorkQueuePage

        self.work = WorkQueuePage(self.ctx)
        self.work.open_requested.connect(self.open_record)
        self.pages["work"] = self.work
        self.review = ReviewPage(self.ctx)
        self.review.open_requested.connect(self.open_record)
        self.pages["review"] = self.review
        self.pages["checklists"] = ChecklistsPage(self.ctx)
        self.pages["users"] = UsersPage(self.ctx)
        from inspector.ui.pages.dashboard import DashboardPage

        self.dashboard = DashboardPage(self.ctx)
        self.dashboard.records_requested.connect(self.show_records)
        self.pages["dashboard"] = self.dashboard

    # -- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("BCP Inspector"))
        names = {"inspections": self.tr("Inspections"), "work": self.tr("My work"), "review": self.tr("Review"),
                 "checklists": self.tr("Checklists"), "users": self.tr("Users"), "dashboard": self.tr("Dashboard")}
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])
        self.navigation.ensurePolished()
        widest = max(self.navigation.fontMetrics().horizontalAdvance(name) for name in names.values())
        self.navigation.setFixedWidth(max(NAVIGATION_WIDTH[0], min(NAVIGATION_WIDTH[1], widest + 40)))
        self.new_action.setText(self.tr("New inspection"))
        self.switch_action.setText(self.tr("Switch user"))
        self.lock_action.setText(self.tr("Lock"))
        self.password_action.setText(self.tr("Change my password…"))
        self.backups_action.setText(self.tr("Backups…"))
        self.exchange_action.setText(self.tr("Exchange…"))
        self.db_label.setText(self.tr("Database: {path}").format(path=self.ctx.db.display_name))
        self.user_changed(self.ctx.user)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def change_language(self) -> None:
        code = self.language.currentData()
        i18n.install(code)
        settings.LANGUAGE.set(self.qsettings, code)

    # -- who is working --------------------------------------------------------------

    def change_password(self) -> None:
        from inspector.ui.dialogs.change_password import ChangePasswordDialog

        if self.ctx.user is not None:
            ChangePasswordDialog.ask(self.ctx, self)

    def user_changed(self, user) -> None:
        if user is None:
            self.user_label.setText(self.tr("Nobody logged in"))
            return
        role = Role(user.role)
        agency = label(Agency(user.agency)) if user.agency else self.tr("all agencies")
        self.user_label.setText(self.tr("{name} — {role}, {agency}").format(
            name=user.full_name, role=label(role), agency=agency))
        code = self.ctx.read(inspection_service.workstation_bcp)
        self.bcp_label.setText(self.tr("BCP: {name}").format(name=bcp_name(code, current_language()) or "—"))
        self._set_visible("users", role is Role.ADMIN)
        self._set_visible("work", role is Role.OFFICER and bool(user.agency))
        self._set_visible("review", role in (Role.SUPERVISOR, Role.ADMIN))
        self._set_visible("dashboard", role in (Role.SUPERVISOR, Role.ADMIN))
        self.backups_action.setVisible(role is Role.ADMIN and self.ctx.db.path is not None)
        self.exchange_action.setVisible(role in (Role.ADMIN, Role.SUPERVISOR))
        can_create = role in (Role.OFFICER, Role.SUPERVISOR)
        self.new_action.setEnabled(can_create)
        self.inspections.new_button.setEnabled(can_create)

    def _set_visible(self, key: str, visible: bool) -> None:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setHidden(not visible)
                if not visible and self.navigation.currentRow() == row:
                    self.navigation.setCurrentRow(0)

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the page in front."""
        search = getattr(self.stack.currentWidget(), "search", None)
        if search is not None:
            search.setFocus()
            search.selectAll()

    def show_saved(self) -> None:
        self.saved_label.setText("✓ " + self.tr("Saved"))
        self._saved_timer.start()

    def switch_user(self, asking: QWidget | None = None) -> None:
        user = LoginDialog.ask(self.ctx, LoginDialog.SWITCH, parent=asking or self)
        if user is not None:
            self.ctx.set_user(user)
            settings.LAST_USERNAME.set(self.qsettings, user.username)

    def lock(self, asking: QWidget | None = None) -> None:
        """Hide the work until the same user re-enters the password (or someone else logs in)."""
        if self.ctx.user is None or getattr(self, "_locked", False):
            return
        self._locked = True
        central = self.centralWidget()
        central.setVisible(False)
        for editor in self.editors.values():
            editor.setVisible(False)
        try:
            user = LoginDialog.ask(self.ctx, LoginDialog.UNLOCK, self.ctx.user.username, self)
            if user is None:
                user = LoginDialog.ask(self.ctx, LoginDialog.SWITCH, parent=self)
            if user is None:
                self.ctx.set_user(None)
                QApplication.instance().quit()
                return
            self.ctx.set_user(user)
        finally:
            self._locked = False
            central.setVisible(True)
            for editor in self.editors.values():
                editor.setVisible(True)
            if isinstance(asking, QWidget) and asking.isVisible():
                asking.activateWindow()  # back to the window the lock was asked from

    # -- exchange and backups --------------------------------------------------------------

    def show_exchange(self):
        from inspector.ui.dialogs.exchange import ExchangeDialog

        dialog = ExchangeDialog(self.ctx, self)
        dialog.open()
        return dialog


    def show_backups(self):
        from inspector.ui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx.db.path, self.restore_database, self)
        dialog.open()
        return dialog

    def restore_database(self, source) -> bool:
        """Close everything on the database, restore, open it again."""
        from inspector.store.database import Database
        from inspector.ui.dialogs.backups import restore

        for editor in list(self.editors.values()):
            editor.close()
        path = self.ctx.db.path
        self.ctx.db.dispose()
        done = restore(path, source, self)
        self.ctx.db = Database(path)
        self.inspections.refresh()
        return done

    # -- records ----------------------------------------------------------------------

    def show_records(self, caption: str, uuids) -> None:
        """The records behind a dashboard figure, in the inspection list."""
        self.navigation.setCurrentRow(list(self.pages).index("inspections"))
        self.inspections.show_records(uuids, caption)

    def open_record(self, reference: str):
        from inspector.ui.editor.window import InspectionWindow

        editor = self.editors.get(reference)
        if editor is None:
            ok, editor = guarded(self, InspectionWindow, self.ctx, reference)
            if not ok:
                return None
            self.editors[reference] = editor
            editor.closed.connect(lambda ref=reference: self.editors.pop(ref, None))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def new_record(self):
        from inspector.ui.editor.new_inspection import NewInspectionDialog

        reference = NewInspectionDialog.ask(self.ctx, self)
        if reference:
            self.inspections.refresh()
            return self.open_record(reference)
        return None

    def closeEvent(self, event) -> None:  # noqa: N802
        settings.MAIN_GEOMETRY.set(self.qsettings, self.saveGeometry())
        for editor in list(self.editors.values()):
            editor.close()
        self.idle.stop()
        super().closeEvent(event)
