"""One answer widget per question type (SPEC §4), built from the checklist item.

Each widget shows a value and emits ``committed(value)`` when the officer
gives an answer; the agency tab sends it to the services straight away.
Keys (see ``answer_keys``): the item's row has the focus and hands each key
press to ``key_result``; the keys are printed on the buttons.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.model import Item, localize
from inspector.domain.enums import QuestionType
from inspector.domain.i18n import current_language
from inspector.ui.bcp_time import DateField
from inspector.ui.editor import answer_keys
from inspector.ui.editor.answer_keys import KeyResult

TOGGLE_LIMIT = 4  # up to this many options show as buttons, more as a list


def numbered(number: int, text: str) -> str:
    """An option's text with the digit that chooses it."""
    return f"{number} · {text}" if number <= 9 else text


class AnswerWidget(QWidget):
    """Base: a row of controls for one item."""

    #: the officer gave (or cleared, with None) an answer
    committed = Signal(object)

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.read_only = False

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.setEnabled(not read_only)

    def key_result(self, event: QKeyEvent) -> KeyResult:
        """Answer from a key press on the item's row."""
        return KeyResult.REFUSED if answer_keys.is_character(event) else KeyResult.IGNORED

    def key_hint(self) -> str:
        """The keys that answer this item, for the officer who pressed another."""
        return ""

    def input_widget(self) -> QWidget | None:
        """The field that takes typed text (number, text, date), which gets the focus."""
        return None

    def commit_typed(self) -> None:
        """Take what is typed in the field now (Enter, or moving on)."""

    def keep_typed(self) -> None:
        """The typed value was refused: keep the text for correcting, and take it again next time."""

    def _vertical(self) -> QVBoxLayout:
        """Replace the row layout by a column (for long option texts)."""
        QWidget().setLayout(self.layout())  # the old layout goes with a throwaway widget
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        return column


class _ButtonsWidget(AnswerWidget):
    """Exclusive toggle buttons; clicking the chosen one again clears it.

    Long option texts stack the buttons vertically so no text is cut.
    """

    LONG = 22  # characters, with the key's "1 · " in front

    def __init__(self, item: Item, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(item, parent)
        vertical = any(len(text) > self.LONG for _, text in choices)
        if vertical:
            self.layout_ = self._vertical()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[str, QPushButton] = {}
        for value, _text in choices:
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("answer", True)
            button.setProperty("finding", value in item.noncompliant_values)
            button.setObjectName(f"answer_{value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if vertical:
                button.setStyleSheet("text-align: left; padding-left: 12px;")
            self.group.addButton(button)
            self.buttons[value] = button
            self.layout_.addWidget(button)
            button.clicked.connect(lambda checked, v=value: self._clicked(v, checked))
        self.layout_.addStretch()
        self.value: str | None = None
        self.set_texts(choices)

    def set_texts(self, choices: list[tuple[str, str]]) -> None:
        for value, text in choices:
            self.buttons[value].setText(text)

    def _clicked(self, value: str, checked: bool) -> None:
        new = value if checked else None
        self.set_value(new)
        self.committed.emit(new)

    def set_value(self, value: object) -> None:
        self.value = value if isinstance(value, str) else None
        for key, button in self.buttons.items():
            button.setChecked(key == self.value)

    def choose(self, value: str) -> bool:
        if value not in self.buttons or self.read_only:
            return False
        self.set_value(value)
        self.committed.emit(value)
        return True


class YesNoWidget(_ButtonsWidget):
    LONG = 26  # "3 · Degişli däl (D)" still fits in a row

    def __init__(self, item: Item, parent=None) -> None:
        self.answers = ["yes", "no"] + (["na"] if item.type is QuestionType.YES_NO_NA else [])
        super().__init__(item, self._choices(), parent)

    def _choices(self) -> list[tuple[str, str]]:
        names = {"yes": self.tr("Yes"), "no": self.tr("No"), "na": self.tr("N/A")}
        return [(a, f"{answer_keys.DIGITS[a]} · {names[a]} ({answer_keys.letter(a)})") for a in self.answers]

    def retranslate(self) -> None:
        self.set_texts(self._choices())

    def key_result(self, event: QKeyEvent) -> KeyResult:
        value = answer_keys.answer_for(event, self.answers)
        if value is not None and self.choose(value):
            return KeyResult.ANSWERED
        return super().key_result(event)

    def key_hint(self) -> str:
        return ", ".join(text for _, text in self._choices())


class ChoiceButtonsWidget(_ButtonsWidget):
    def __init__(self, item: Item, parent=None) -> None:
        lang = current_language()
        super().__init__(item, [(o.value, numbered(n, localize(o.label, lang)))
                                for n, o in enumerate(item.options, 1)], parent)

    def key_result(self, event: QKeyEvent) -> KeyResult:
        number = answer_keys.digit(event)
        values = list(self.buttons)
        if number is not None and number <= len(values) and self.choose(values[number - 1]):
            return KeyResult.ANSWERED
        return super().key_result(event)

    def key_hint(self) -> str:
        return self.tr("keys 1–{last}").format(last=min(9, len(self.buttons)))


class ChoiceListWidget(AnswerWidget):
    """Many options: a list; digits choose, Space or F4 opens the list."""

    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        self.combo = QComboBox()
        self.combo.setObjectName("answer_choice")
        self.combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row keeps the focus; Up/Down move on
        self.combo.addItem("—", None)
        lang = current_language()
        for number, option in enumerate(item.options, 1):
            self.combo.addItem(numbered(number, localize(option.label, lang)), option.value)
        self.combo.setMinimumWidth(280)
        self.combo.activated.connect(lambda _i: self.committed.emit(self.combo.currentData()))
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch()

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def key_result(self, event: QKeyEvent) -> KeyResult:
        number = answer_keys.digit(event)
        if number is not None and number < self.combo.count():
            if self.read_only:
                return KeyResult.REFUSED
            self.combo.setCurrentIndex(number)
            self.committed.emit(self.combo.currentData())
            return KeyResult.ANSWERED
        opens = event.key() in (Qt.Key.Key_Space, Qt.Key.Key_F4) or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if opens and not self.read_only:
            self.combo.showPopup()
            return KeyResult.CHANGED
        return super().key_result(event)

    def key_hint(self) -> str:
        return self.tr("keys 1–{last}, Space opens the list").format(last=min(9, self.combo.count() - 1))


class MultiChoiceWidget(AnswerWidget):
    """Check boxes; a digit ticks or unticks its option, Enter moves on."""

    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        lang = current_language()
        self.boxes: dict[str, QCheckBox] = {}
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, option in enumerate(item.options):
            box = QCheckBox(numbered(n + 1, localize(option.label, lang)))
            box.setObjectName(f"answer_{option.value}")
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.toggled.connect(self._toggled)
            self.boxes[option.value] = box
            grid.addWidget(box, n // 3, n % 3)
        self.layout_.addWidget(grid_holder)
        self.layout_.addStretch()
        # Options chosen alone (the core refuses them with others); older checklists mark none.
        self.alone = {o.value for o in item.options if o.exclusive} or {"none"} & set(self.boxes)
        self._quiet = False

    def _toggled(self) -> None:
        if self._quiet:
            return
        # An exclusive option ("none") clears the others, and the other way round.
        sender = self.sender()
        key = next((k for k, box in self.boxes.items() if box is sender), None)
        if self.alone and key is not None and sender.isChecked():
            self._quiet = True
            for other, box in self.boxes.items():
                if other != key and (key in self.alone or other in self.alone):
                    box.setChecked(False)
            self._quiet = False
        chosen = [key for key, box in self.boxes.items() if box.isChecked()]
        self.committed.emit(chosen or None)

    def set_value(self, value: object) -> None:
        self._quiet = True
        for key, box in self.boxes.items():
            box.setChecked(isinstance(value, list) and key in value)
        self._quiet = False

    def key_result(self, event: QKeyEvent) -> KeyResult:
        number = answer_keys.digit(event)
        boxes = list(self.boxes.values())
        if number is not None and number <= len(boxes):
            if self.read_only:
                return KeyResult.REFUSED
            boxes[number - 1].toggle()
            return KeyResult.CHANGED
        return super().key_result(event)

    def key_hint(self) -> str:
        return self.tr("keys 1–{last} tick options, Enter moves on").format(last=min(9, len(self.boxes)))


class _TypedWidget(AnswerWidget):
    """A field the officer types into; committed when Enter is pressed or the field is left."""

    REFUSED = object()  # never equal to a text: the next Enter commits again

    def keep_typed(self) -> None:
        self.saved = self.REFUSED

    def input_widget(self) -> QWidget:
        return self.edit

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.edit.setReadOnly(read_only)

    def commit_typed(self) -> None:
        self._finished()

    def _finished(self) -> None:
        raise NotImplementedError


class NumberWidget(_TypedWidget):
    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("answer_number")
        self.edit.setMaximumWidth(160)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        limits = []
        if item.min is not None:
            limits.append(f"≥ {item.min:g}")
        if item.max is not None:
            limits.append(f"≤ {item.max:g}")
        self.edit.setPlaceholderText(" ".join(limits))
        self.edit.editingFinished.connect(self._finished)
        self.layout_.addWidget(self.edit)
        if item.unit:
            self.layout_.addWidget(QLabel(item.unit_label(current_language())))
        self.layout_.addStretch()
        self.saved = ""

    def _finished(self) -> None:
        text = self.edit.text().strip()
        if text == self.saved:
            return
        self.saved = text
        self.committed.emit(text or None)

    def set_value(self, value: object) -> None:
        text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
        self.saved = text
        self.edit.setText(text)


class TextWidget(_TypedWidget):
    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("answer_text")
        self.edit.setMaxLength(item.max_length)
        self.edit.editingFinished.connect(self._finished)
        self.layout_.addWidget(self.edit)
        self.saved = ""

    def _finished(self) -> None:
        text = self.edit.text().strip()
        if text == self.saved:
            return
        self.saved = text
        self.committed.emit(text or None)

    def set_value(self, value: object) -> None:
        self.saved = value if isinstance(value, str) else ""
        self.edit.setText(self.saved)


class DateWidget(_TypedWidget):
    """A date typed as the language writes it; the calendar (F4) opens at today."""

    #: the typed text is not a date (message), or was corrected ("")
    refused = Signal(str)

    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        self.edit = DateField("answer_date")
        self.edit.setMaximumWidth(200)
        self.edit.edited.connect(self._finished)
        self.edit.invalid.connect(self.refused)
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch()
        self.saved: str | None = None

    def input_widget(self) -> QWidget:
        return self.edit.line

    def commit_typed(self) -> None:
        self.edit.commit()
        if not self.edit.error:
            self._finished()

    def _finished(self) -> None:
        day = self.edit.value()
        value = day.isoformat() if day else None
        if value != self.saved:
            self.saved = value
            self.committed.emit(value)

    def set_value(self, value: object) -> None:
        self.saved = value if isinstance(value, str) else None
        self.edit.set_value(date.fromisoformat(self.saved) if self.saved else None)


class PhotoWidget(AnswerWidget):
    """Photos are attached with the row's photo button; this shows how many."""

    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        self.count = QLabel()
        self.layout_.addWidget(self.count)
        self.layout_.addStretch()
        self.set_value(None)

    def set_value(self, value: object) -> None:
        number = len(value) if isinstance(value, list) else 0
        self.value = value if isinstance(value, list) else None
        self.count.setText(self.tr("Photos: {count}").format(count=number) if number else self.tr("No photo"))

    def key_hint(self) -> str:
        return self.tr("Tab to the photo button, then Space")


def widget_for(item: Item, parent: QWidget | None = None) -> AnswerWidget:
    t = item.type
    if t in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        return YesNoWidget(item, parent)
    if t is QuestionType.CHOICE:
        return (ChoiceButtonsWidget if len(item.options) <= TOGGLE_LIMIT else ChoiceListWidget)(item, parent)
    if t is QuestionType.MULTI_CHOICE:
        return MultiChoiceWidget(item, parent)
    if t is QuestionType.NUMBER:
        return NumberWidget(item, parent)
    if t is QuestionType.TEXT:
        return TextWidget(item, parent)
    if t is QuestionType.DATE:
        return DateWidget(item, parent)
    return PhotoWidget(item, parent)
