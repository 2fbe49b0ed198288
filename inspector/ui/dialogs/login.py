"""Log in, switch user on the shared workstation, unlock after idle time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language
from inspector.ui import i18n
from inspector.ui.dialogs.signature import SignaturePad
from inspector.ui.forms import Form

if TYPE_CHECKING:  # shown at start before the storage layer is imported
    from inspector.store.models import User
    from inspector.ui.context import AppContext


class LoginDialog(QDialog):
    """Username and password; the language can be chosen before logging in."""

    LOGIN, SWITCH, UNLOCK = "login", "switch", "unlock"

    def __init__(self, ctx: AppContext, mode: str = LOGIN, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.user: User | None = None
        self.waiting = False  # OK was pressed before the database was open
        self.setModal(True)
        self.setMinimumWidth(420)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        for code, name in i18n.languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.form = Form()
        self.form.add(self.username)
        self.form.add(self.password)
        self.form.add(self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if mode == self.UNLOCK:
            self.username.setReadOnly(True)
        (self.password if username else self.username).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        titles = {self.LOGIN: self.tr("Log in"), self.SWITCH: self.tr("Switch user"),
                  self.UNLOCK: self.tr("Locked")}
        self.setWindowTitle("BCP Inspector")
        self.title.setText(titles[self.mode])
        self.hint.setText({
            self.LOGIN: self.tr("Log in with your personal account. Every change is recorded under it."),
            self.SWITCH: self.tr("The next officer logs in; open records stay saved."),
            self.UNLOCK: self.tr("The workstation was locked after a period of inactivity. "
                                 "Enter your password, or Cancel to switch user."),
        }[self.mode])
        self.form.label(self.username).setText(self.tr("Username"))
        self.form.label(self.password).setText(self.tr("Password"))
        self.form.label(self.language).setText(self.tr("Language"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        i18n.install(self.language.currentData())

    def try_login(self) -> None:
        if self.ctx.db is None:  # still being opened behind the dialog: log in when it is
            self.waiting = True
            return
        from inspector.services import auth

        try:
            self.user = auth.login(self.ctx.db, self.username.text(), self.password.text())
        except DomainError as exc:
            self.error.setText(exc.message())
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def database_opened(self) -> None:
        """The app has put the database into the context: go on with a log-in that waited."""
        if self.waiting:
            self.waiting = False
            self.try_login()

    @classmethod
    def ask(cls, ctx: AppContext, mode: str = LOGIN, username: str = "",
            parent: QWidget | None = None) -> User | None:
        dialog = cls(ctx, mode, username, parent)
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


class PasswordDialog(QDialog):
    """Re-enter the password to sign: proves the signer is at the keyboard.

    With ``drawn=True`` a pad takes an optional drawn signature for the report.
    """

    def __init__(self, ctx: AppContext, user: User, purpose: str, parent: QWidget | None = None,
                 drawn: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.confirmation = None
        self.pad = SignaturePad() if drawn else None
        self.setWindowTitle(self.tr("Confirm with your password"))
        text = QLabel(purpose)
        text.setWordWrap(True)
        who = QLabel(f"<b>{user.full_name}</b> ({user.username})")
        who.setTextFormat(Qt.TextFormat.RichText)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, who, self.password):
            layout.addWidget(widget)
        if self.pad is not None:
            hint = QLabel(self.tr("Optionally sign in the box (finger, stylus or mouse):"))
            hint.setProperty("role", "hint")
            clear = QPushButton(self.tr("Clear"))
            clear.clicked.connect(self.pad.clear)
            layout.addWidget(hint)
            layout.addWidget(self.pad)
            layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_confirm(self) -> None:
        from inspector.services import auth

        try:
            self.confirmation = auth.reauthenticate(self.ctx.db, self.user, self.password.text())
        except DomainError as exc:
            self.error.setText(exc.message())
            self.password.clear()
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, user: User, purpose: str, parent: QWidget | None = None):
        dialog = cls(ctx, user, purpose, parent)
        return dialog.confirmation if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_signature(cls, ctx: AppContext, user: User, purpose: str, parent: QWidget | None = None):
        """(confirmation, drawn signature PNG or None), or None when cancelled."""
        dialog = cls(ctx, user, purpose, parent, drawn=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.confirmation, dialog.pad.png()
