"""First start on an empty database: create the administrator and set the BCP."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.bcps import BCPS
from inspector.domain.enums import Role
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language
from inspector.services import auth, inspections
from inspector.store.models import User
from inspector.ui.context import AppContext
from inspector.ui.forms import error_label, password_field, passwords_differ


class FirstStartDialog(QDialog):
    """No account exists yet: the person installing the app becomes its administrator.

    There is no default password anywhere: the administrator chooses one now.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: User | None = None
        self.setWindowTitle(self.tr("Welcome to BCP Inspector"))
        intro = QLabel(self.tr("This database has no accounts yet. Create the administrator account: "
                               "the administrator adds the officers' and supervisors' accounts and "
                               "manages checklist versions."))
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = password_field("password")
        self.again = password_field("again")
        self.bcp = QComboBox()
        self.bcp.setObjectName("bcp")
        lang = current_language()
        for code, bcp in BCPS.items():
            self.bcp.addItem(f"{bcp.name(lang)} ({code})", code)
        # One letter (and a letter or digit) per workstation of the BCP: carried in its references so
        # that two workstations numbering offline never give the same one.
        self.code = QLineEdit()
        self.code.setObjectName("workstation_code")
        self.code.setMaxLength(2)
        self.code.setPlaceholderText(self.tr("A, B, … (unique at this BCP)"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.tr("This workstation's BCP"), self.bcp)
        form.addRow(self.tr("This workstation's code"), self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        differ = passwords_differ(self.password, self.again)
        if differ:
            self.error.setText(differ)
            return
        try:
            with self.ctx.db.session() as session:
                user = auth.create_user(session, None, username=self.username.text(),
                                        full_name=self.full_name.text(), role=Role.ADMIN,
                                        agency=None, password=self.password.text())
                inspections.set_workstation_bcp(session, user, self.bcp.currentData())
                if self.code.text().strip():
                    inspections.set_workstation_code(session, user, self.code.text())
        except DomainError as exc:
            self.error.setText(exc.message())
            return
        self.user = user
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> User | None:
        dialog = cls(ctx, parent)
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
