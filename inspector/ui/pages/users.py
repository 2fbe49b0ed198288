"""Accounts, for administrators: add, deactivate, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.enums import Agency, Role
from inspector.domain.errors import DomainError
from inspector.domain.i18n import label
from inspector.services import auth
from inspector.ui.context import AppContext
from inspector.ui.dialogs.confirm import Confirm
from inspector.ui.forms import error_label, password_field, passwords_differ
from inspector.ui.errors import show_error


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created = None
        self.setWindowTitle(self.tr("New account"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        self.agency.addItem("—", None)
        for agency in Agency:
            self.agency.addItem(label(agency), agency.value)
        self.badge = QLineEdit()
        self.badge.setObjectName("badge")
        self.password = password_field("password")
        self.again = password_field("again")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Badge number"), self.badge)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        differ = passwords_differ(self.password, self.again)
        if differ:
            self.error.setText(differ)
            return
        try:
            self.created = self.ctx.write(
                auth.create_user, self.ctx.user, username=self.username.text(), full_name=self.full_name.text(),
                role=self.role.currentData(), agency=self.agency.currentData(), password=self.password.text(),
                badge_number=self.badge.text() or None)
        except DomainError as exc:
            self.error.setText(exc.message())
            return
        self.accept()


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("users_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_user")
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("toggle_active")
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.currentCellChanged.connect(lambda *_: self._name_toggle())
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.users = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Users"))
        self.table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("Agency"), self.tr("Badge"), self.tr("Active")])
        self.add_button.setText(self.tr("Add account…"))
        self._name_toggle()
        self.password_button.setText(self.tr("Set password…"))
        self.load()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        self.load()
        super().showEvent(event)

    def load(self) -> None:
        self.users = self.ctx.read(auth.list_users)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            values = (user.username, user.full_name, label(Role(user.role)),
                      label(Agency(user.agency)) if user.agency else "—", user.badge_number or "",
                      self.tr("yes") if user.active else self.tr("no"))
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._name_toggle()

    def _name_toggle(self) -> None:
        """The button says what it will do to the selected account."""
        user = self._selected()
        self.toggle_button.setText(self.tr("Activate") if user is not None and not user.active
                                   else self.tr("Deactivate…"))
        self.toggle_button.setEnabled(user is not None)

    def _selected(self):
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load()

    def toggle_active(self) -> None:
        user = self._selected()
        if user is None:
            return
        if user.active and not Confirm.ask(
                self.tr("Deactivate account"),
                self.tr("Deactivate the account of {name} ({username})? They can no longer log in; "
                        "everything they recorded stays as it is.").format(name=user.full_name,
                                                                           username=user.username),
                self.tr("Deactivate"), self):
            return
        try:
            self.ctx.write(lambda s: auth.set_active(s, self.ctx.user, auth.find_user(s, user.username),
                                                     not user.active))
        except DomainError as exc:
            show_error(self, exc)
        self.load()

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Set password"),
                                            self.tr("New password for {name}:").format(name=user.full_name),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            self.ctx.write(lambda s: auth.change_password(s, self.ctx.user, auth.find_user(s, user.username),
                                                          password))
        except DomainError as exc:
            show_error(self, exc)
