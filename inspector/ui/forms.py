"""A form layout whose labels can be retranslated."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


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
