"""Change my password: the signing key is re-wrapped under the new one (the same key, the same
signatures); an administrator's reset of someone else's password makes a new key instead."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from inspector.domain.errors import DomainError
from inspector.services import auth
from inspector.store.models import User
from inspector.ui.context import AppContext
from inspector.ui.forms import Form


class ChangePasswordDialog(QDialog):
    """Current password, new password twice; Enter confirms."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setModal(True)
        self.setMinimumWidth(420)
        self.setWindowTitle(self.tr("Change my password"))
        hint = QLabel(self.tr("Your signing key stays the same: it is locked again under the new password."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.current = self._secret("current_password")
        self.new = self._secret("new_password")
        self.again = self._secret("new_password_again")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        form = Form()
        for widget, text in ((self.current, self.tr("Current password")), (self.new, self.tr("New password")),
                             (self.again, self.tr("New password again"))):
            form.add(widget)
            form.label(widget).setText(text)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.current.setFocus()

    @staticmethod
    def _secret(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def try_change(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two new passwords differ"))
            self.again.clear()
            self.again.setFocus()
            return
        user: User = self.ctx.user

        def change(session):
            me = session.get(User, user.id)
            auth.change_password(session, me, me, self.new.text(), self.current.text())
            return me

        try:
            updated = self.ctx.write(change)
        except DomainError as exc:
            self.error.setText(exc.message())
            self.current.clear()
            self.current.setFocus()
            return
        user.password_hash, user.private_key, user.account_seal = (updated.password_hash, updated.private_key,
                                                                   updated.account_seal)
        self.changed = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        """True when the password was changed."""
        dialog = cls(ctx, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed
