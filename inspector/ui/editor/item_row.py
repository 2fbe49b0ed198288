"""One checklist item: question, answer, finding badge, note and photos."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from inspector.checklists.answers import is_finding
from inspector.checklists.model import Item, localize
from inspector.domain.enums import Severity
from inspector.domain.i18n import current_language, label
from inspector.ui.editor.answer_widgets import AnswerWidget, widget_for
from inspector.ui.style import SEVERITY_COLOURS, badge_style


class ItemRow(QFrame):
    """A focusable row; Y / N / A answer it, the agency tab moves focus on."""

    #: an answer was given: (item id, value)
    answer_given = Signal(str, object)
    #: the note was edited: (item id, text)
    note_given = Signal(str, str)
    #: the officer wants to attach a photo to this item
    photo_requested = Signal(str)

    def __init__(self, item: Item, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.value: object = None
        self.note_text = ""
        self.photo_count = 0
        self.setObjectName(f"item_{item.id}")
        self.setProperty("role", "item")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lang = current_language()
        required = " *" if item.required else ""
        self.question = QLabel(f"<b>{number}</b> {localize(item.text, lang)}{required}")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        if item.help:
            self.question.setToolTip(localize(item.help, lang))
        self.help = QLabel(localize(item.help, lang) if item.help else "")
        self.help.setWordWrap(True)
        self.help.setProperty("role", "hint")
        self.help.setVisible(bool(item.help))
        self.answer: AnswerWidget = widget_for(item, self)
        self.answer.committed.connect(lambda value: self.answer_given.emit(item.id, value))
        self.badge = QLabel()
        self.badge.setObjectName("finding_badge")
        self.badge.setVisible(False)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMinimumWidth(220)
        self.note.editingFinished.connect(self._note_finished)
        self.photo = QToolButton()
        self.photo.setObjectName("photo")
        self.photo.clicked.connect(lambda: self.photo_requested.emit(item.id))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.addWidget(self.question, 0, 0, 1, 4)
        grid.addWidget(self.help, 1, 0, 1, 4)
        grid.addWidget(self.answer, 2, 0)
        grid.addWidget(self.badge, 2, 1)
        grid.addWidget(self.note, 2, 2)
        grid.addWidget(self.photo, 2, 3)
        grid.addWidget(self.error, 3, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setPlaceholderText(self.tr("Note (what was seen, where, action taken)"))
        self.photo.setText(self.tr("Photo ({count})").format(count=self.photo_count)
                           if self.photo_count else self.tr("Add photo"))
        self._show_finding()

    def _note_finished(self) -> None:
        text = self.note.text().strip()
        if text != self.note_text:
            self.note_text = text
            self.note_given.emit(self.item.id, text)

    def set_answer(self, answer: dict | None) -> None:
        """Show the saved answer (a document answer dict or None)."""
        self.value = answer["value"] if answer else None
        self.answer.set_value(self.value)
        self.note_text = (answer or {}).get("note") or ""
        self.note.setText(self.note_text)
        photos = list((answer or {}).get("photos") or [])
        if isinstance(self.value, list) and self.item.type.value == "photo":
            photos += self.value
        self.photo_count = len(photos)
        self.error.setVisible(False)
        self.retranslate()

    @property
    def finding(self) -> bool:
        return is_finding(self.item, self.value)

    def _show_finding(self) -> None:
        finding = self.finding
        self.setProperty("finding", finding)
        self.style().unpolish(self)
        self.style().polish(self)
        self.badge.setVisible(finding)
        if finding and self.item.severity:
            severity = Severity(self.item.severity)
            self.badge.setText(self.tr("Finding: {severity}").format(severity=label(severity)))
            self.badge.setStyleSheet(badge_style(SEVERITY_COLOURS[severity.value]))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def set_read_only(self, read_only: bool) -> None:
        self.answer.set_read_only(read_only)
        self.note.setReadOnly(read_only)
        self.photo.setEnabled(not read_only)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.answer.key_answer(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)
