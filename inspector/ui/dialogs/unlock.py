"""Encryption at rest in the app: log in before the database opens; the recovery key, shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.errors import DomainError
from inspector.services import encryption
from inspector.ui.dialogs.login import LoginDialog


class DatabaseLoginDialog(LoginDialog):
    """The log-in of an encrypted database: the password opens the key file before any record is read."""

    def __init__(self, path: Path, username: str = "", parent: QWidget | None = None) -> None:
        self.path = path
        self.credentials: tuple[str, str] | None = None
        super().__init__(None, LoginDialog.LOGIN, username, parent)

    def try_login(self) -> None:
        try:
            encryption.unlock(self.path, self.username.text(), self.password.text())
        except DomainError as exc:  # the same messages as a log-in: wrong password, locked
            self.error.setText(exc.message())
            self.password.clear()
            self.password.setFocus()
            return
        self.credentials = (self.username.text(), self.password.text())
        self.accept()

    @classmethod
    def ask_credentials(cls, path: Path, username: str = "") -> tuple[str, str] | None:
        dialog = cls(path, username)
        return dialog.credentials if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecoveryKeyDialog(QDialog):
    """The recovery key of a new encrypted database, shown once, with its sheet to print."""

    def __init__(self, recovery_key: str, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key, self.database = recovery_key, database
        self.setWindowTitle(self.tr("Recovery key"))
        self.setModal(True)
        text = QLabel(self.tr("The database is encrypted. This recovery key opens it without any password. "
                              "It is shown only now: write it down or print the sheet, and lock it away."))
        text.setWordWrap(True)
        key = QLabel(recovery_key.replace("-", "  "))
        key.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 6)
        key.setFont(font)
        key.setTextInteractionFlags(key.textInteractionFlags() | key.textInteractionFlags().TextSelectableByMouse)
        save = QPushButton(self.tr("Save the sheet as PDF…"))
        save.setObjectName("save_sheet")
        save.clicked.connect(self.save_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have written it down"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (text, key, save, buttons):
            layout.addWidget(widget)

    def save_sheet(self, target: str | None = None) -> Path | None:
        from inspector.reports.recovery_sheet import write_recovery_sheet

        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"),
                                                    str(Path.home() / "recovery-key.pdf"), "PDF (*.pdf)")
        if not target:
            return None
        try:
            return write_recovery_sheet(Path(target), self.recovery_key, self.database)
        except OSError as exc:
            QMessageBox.warning(self, "BCP Inspector", exc.strerror or str(exc))
            return None

    @classmethod
    def show_once(cls, recovery_key: str, database: Path, parent: QWidget | None = None) -> None:
        cls(recovery_key, database, parent).exec()
