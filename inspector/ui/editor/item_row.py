"""One checklist item: question, answer, finding badge, note and photos."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOption,
    QToolButton,
    QWidget,
)

from inspector.checklists.answers import is_finding
from inspector.checklists.model import Item, localize
from inspector.domain.enums import QuestionType, Severity
from inspector.domain.i18n import current_language, label
from inspector.ui.editor.answer_widgets import AnswerWidget, DateWidget, widget_for
from inspector.ui.editor.grounds import section_ground
from inspector.ui.editor.holder import Holder
from inspector.ui.editor.photos import PhotoStrip
from inspector.ui.style import (
    FINDING_BACKGROUND, FOCUS_BAR_COLOUR, FOCUS_BAR_WIDTH, RULE_COLOUR, SEVERITY_COLOURS, badge_style, repolish,
)


class ItemRow(QFrame):
    """A focusable row; its keys answer it (see ``answer_keys``), the agency tab moves focus on."""

    #: an answer was given: (item id, value)
    answer_given = Signal(str, object)
    #: the note was edited: (item id, text)
    note_given = Signal(str, str)
    #: the officer wants to attach a photo to this item
    photo_requested = Signal(str)
    #: the officer wants to see one of the item's photos full size: (item id, sha256)
    photo_view_requested = Signal(str, str)
    #: the officer wants to remove one of the item's photos: (item id, sha256)
    photo_remove_requested = Signal(str, str)

    def __init__(self, item: Item, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.number = number
        self.answer_state: dict | None = None
        self.value: object = None
        self.note_text = ""
        self.photo_hashes: list[str] = []
        self.read_only = False
        self.setObjectName(f"item_{item.id}")
        self.setProperty("role", "item")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Opaque (it paints its whole background, see paintEvent): a row painted again — an answer,
        # the focus moving on — does not have its section's frame behind it painted again too,
        # which cost more than all the rest of an answer's painting.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        lang = current_language()
        required = " *" if item.required else ""
        # Every part has the row as its parent from the start: a parentless label made visible
        # would open as a window of its own and take the keyboard away from the inspection window.
        self.question = QLabel(f"<b>{number}</b> {localize(item.text, lang)}{required}", self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        if item.help:
            self.question.setToolTip(localize(item.help, lang))
        self.help = QLabel(localize(item.help, lang) if item.help else "", self)
        self.help.setWordWrap(True)
        self.help.setProperty("role", "hint")
        self.help.setVisible(bool(item.help))
        self.answer: AnswerWidget = widget_for(item, self)
        self.answer.committed.connect(lambda value: self.answer_given.emit(item.id, value))
        if isinstance(self.answer, DateWidget):
            self.answer.refused.connect(lambda message: self.show_error(message) if message else self.clear_error())
        self.badge = QLabel(self)
        self.badge.setObjectName("finding_badge")
        self.badge.setVisible(False)
        if item.can_be_finding:
            self.badge.setStyleSheet(badge_style(SEVERITY_COLOURS[Severity(item.severity).value]))
        # The badge keeps its place when hidden: a finding given or taken back lays out nothing
        # (the note does not jump, the page is not laid out and painted again).
        self.badge_place = Holder(self.badge, self)
        self.badge_place.setVisible(item.can_be_finding)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMinimumWidth(220)
        self.note.editingFinished.connect(self._note_finished)
        self.photo = QToolButton(self)
        self.photo.setObjectName("photo")
        self.photo.clicked.connect(lambda: self.photo_requested.emit(item.id))
        self.photos = PhotoStrip(self)
        self.photos.view_requested.connect(lambda sha: self.photo_view_requested.emit(item.id, sha))
        self.photos.remove_requested.connect(lambda sha: self.photo_remove_requested.emit(item.id, sha))
        self.error = QLabel(self)
        self.error.setObjectName("item_message")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self._flash_timer = QTimer(self, singleShot=True, interval=2500)
        self._flash_timer.timeout.connect(self._end_flash)
        grid = QGridLayout(self)
        grid.setContentsMargins(FOCUS_BAR_WIDTH + 8, 6, 8, 6)
        grid.addWidget(self.question, 0, 0, 1, 4)
        grid.addWidget(self.help, 1, 0, 1, 4)
        grid.addWidget(self.answer, 2, 0)
        grid.addWidget(self.badge_place, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 2, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.photo, 2, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.photos, 3, 0, 1, 4)
        grid.addWidget(self.error, 4, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setPlaceholderText(self.tr("Note (what was seen, where, action taken)"))
        if hasattr(self.answer, "retranslate"):
            self.answer.retranslate()
        if self.item.can_be_finding:
            self.badge.setText(self.tr("Finding: {severity}").format(severity=label(Severity(self.item.severity))))
            self.badge_place.fit()
        self._show_photo_count()
        self._show_finding()

    def _show_photo_count(self) -> None:
        count = len(self.photo_hashes)
        self.photo.setText(self.tr("Add photo ({count})").format(count=count) if count else self.tr("Add photo"))

    def commit_note(self) -> None:
        self._note_finished()

    def _note_finished(self) -> None:
        text = self.note.text().strip()
        if text != self.note_text:
            self.note_text = text
            self.note_given.emit(self.item.id, text)

    def set_answer(self, answer: dict | None) -> None:
        """Show the saved answer (a document answer dict or None)."""
        self.answer_state = answer
        self.value = answer["value"] if answer else None
        self.answer.set_value(self.value)
        self.note_text = (answer or {}).get("note") or ""
        if self.note.text() != self.note_text:
            self.note.setText(self.note_text)
            self.note.setCursorPosition(0)  # a long note shows its beginning
        self.photo_hashes = self.hashes_of(answer)
        self.error.setVisible(False)
        self._show_photo_count()  # the rest of the row's texts change only with the language
        self._show_finding()

    def hashes_of(self, answer: dict | None) -> list[str]:
        photos = list((answer or {}).get("photos") or [])
        value = (answer or {}).get("value")
        if isinstance(value, list) and self.item.type is QuestionType.PHOTO:
            photos += value
        return photos

    @property
    def finding(self) -> bool:
        return is_finding(self.item, self.value)

    def _show_finding(self) -> None:
        finding = self.finding
        if self.property("finding") != finding:
            # Painted here, not by a style sheet rule: re-polishing a row costs more than the answer.
            self.setProperty("finding", finding)
            self.update(self._finding_band())
        if self.badge.isHidden() == finding:
            self.badge.setVisible(finding)

    # A finding lights up the question's band, not the whole row: a finding given or taken back
    # then repaints the question, not the buttons, the note and the photo button under it (each
    # drawn through the style sheet: together more than the rest of an answer's painting).
    def _finding_band(self) -> QRect:
        above = self.help if self.help.isVisibleTo(self) else self.question
        return QRect(0, 0, self.width(), above.geometry().bottom() + 3)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        flash = self.property("flash")
        painter.fillRect(event.rect(), section_ground(self))
        if self.property("finding") and not flash:
            painter.fillRect(event.rect() & self._finding_band(), FINDING_BACKGROUND)
        if not flash:
            # the rule below and the focus bar drawn here: through the style sheet, the row's own
            # painting cost more than a button's, and it is painted under every part that changes
            painter.fillRect(QRect(0, self.height() - 1, self.width(), 1) & event.rect(), RULE_COLOUR)
            if self.hasFocus():
                painter.fillRect(self._focus_bar() & event.rect(), FOCUS_BAR_COLOUR)
            painter.end()
            return
        option = QStyleOption()
        option.initFrom(self)
        # a flashing row: what the style sheet paints (its colour, the rule below)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        if self.hasFocus():
            painter.fillRect(self._focus_bar(), FOCUS_BAR_COLOUR)
        painter.end()
        super().paintEvent(event)

    # The focused row is marked by a bar down its left edge, not by a background: the focus moving
    # on with every answer then repaints two bars, not two whole rows with every button and field
    # on them (which was a third of what an answer cost).
    def _focus_bar(self) -> QRect:
        return QRect(0, 0, FOCUS_BAR_WIDTH, self.height())

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.update(self._focus_bar())  # QWidget's own handler repaints the whole row

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update(self._focus_bar())

    def show_error(self, message: str) -> None:
        self.error.setProperty("role", "error")
        repolish(self.error)
        self.error.setText(message)
        self.error.setVisible(True)

    def clear_error(self) -> None:
        self.error.setVisible(False)

    def flash(self, message: str) -> None:
        """A key that means nothing here: say which keys do, and light the row up briefly."""
        self.error.setProperty("role", "hint")
        repolish(self.error)
        self.error.setText(message)
        self.error.setVisible(True)
        self.setProperty("flash", True)
        repolish(self)
        self._flash_timer.start()

    def _end_flash(self) -> None:
        self.setProperty("flash", False)
        repolish(self)
        if self.error.property("role") == "hint":
            self.error.setVisible(False)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.answer.set_read_only(read_only)
        self.note.setReadOnly(read_only)
        self.photo.setVisible(not read_only)
        if self.property("locked") != read_only:
            self.setProperty("locked", read_only)
            repolish(self)

    def focus_target(self) -> QWidget:
        """Where the keyboard goes on this item: the typing field, or the row itself."""
        field = self.answer.input_widget()
        return field if field is not None and not self.read_only else self
