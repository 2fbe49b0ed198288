"""Asking before an action that cannot be taken back.

The action's button says what it does ("Deactivate", "Remove", "Restore");
Cancel is the default and the Escape button, so Enter pressed by habit
changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Confirm(QMessageBox):
    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(text)
        self.action = self.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        self.action.setObjectName("confirm_action")
        self.action.setAutoDefault(False)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel)
        self.setEscapeButton(self.cancel)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.action

    @classmethod
    def ask(cls, title: str, text: str, action: str, parent: QWidget | None = None) -> bool:
        box = cls(title, text, action, parent)
        box.exec()
        return box.confirmed()
