"""Form building blocks: a form whose labels can be retranslated, password and error fields."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLineEdit, QWidget

from inspector.domain.errors import ValidationError


class Form(QFormLayout):
    """``add(field)`` makes a row with its own label; ``label(field).setText`` renames it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[int, QLabel] = {}

    def add(self, field: QWidget | QLayout, text: str = "") -> QLabel:
        caption = QLabel(text)
        self.addRow(caption, field)
        self._labels[id(field)] = caption
        return caption

    def label(self, field: QWidget | QLayout) -> QLabel:
        return self._labels[id(field)]


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label() -> QLabel:
    """A label for a refusal, shown under a form."""
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


def passwords_differ(password: QLineEdit, again: QLineEdit) -> str | None:
    """The message when the two entries differ, else None."""
    if password.text() == again.text():
        return None
    return ValidationError("auth.passwords_differ", field="password").message()
