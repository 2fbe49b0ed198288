"""First start on an empty database: the language first, then the administrator and the BCP."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from inspector.ui import i18n, settings
from inspector.ui.context import AppContext
from inspector.ui.forms import Form, error_label, password_field, passwords_differ


class FirstStartDialog(QDialog):
    """No account exists yet: the person installing the app becomes its administrator.

    The language comes first, each named in itself, so everything after it is
    read in the language chosen. There is no default password anywhere: the
    administrator chooses one now.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: User | None = None
        self.setObjectName("first_start")
        self.setMinimumWidth(560)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = password_field("password")
        self.again = password_field("again")
        self.bcp = QComboBox()
        self.bcp.setObjectName("bcp")
        # One letter (and a letter or digit) per workstation of the BCP: carried in its references so
        # that two workstations numbering offline never give the same one.
        self.code = QLineEdit()
        self.code.setObjectName("workstation_code")
        self.code.setMaxLength(2)
        self.error = error_label()
        self.form = Form()
        for field in (self.language, self.username, self.full_name, self.password, self.again, self.bcp, self.code):
            self.form.add(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.language.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to BCP Inspector"))
        self.intro.setText(self.tr("This database has no accounts yet. Create the administrator account: "
                                   "the administrator adds the officers' and supervisors' accounts and "
                                   "manages checklist versions."))
        for field, text in ((self.language, self.tr("Language")), (self.username, self.tr("Username")),
                            (self.full_name, self.tr("Full name")), (self.password, self.tr("Password")),
                            (self.again, self.tr("Password again")), (self.bcp, self.tr("This workstation's BCP")),
                            (self.code, self.tr("This workstation's code"))):
            self.form.label(field).setText(text)
        self.code.setPlaceholderText(self.tr("A, B, … (unique at this BCP)"))
        chosen = self.bcp.currentData()
        self.bcp.clear()
        lang = current_language()
        for code, bcp in BCPS.items():
            self.bcp.addItem(f"{bcp.name(lang)} ({code})", code)
        self.bcp.setCurrentIndex(max(0, self.bcp.findData(chosen)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        i18n.install(code)
        settings.LANGUAGE.set(settings.open_settings(), code)

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
