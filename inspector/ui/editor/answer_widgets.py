"""One answer widget per question type (SPEC §4), built from the checklist item.

Each widget shows a value and emits ``committed(value)`` when the officer
gives an answer; the agency tab sends it to the services straight away.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector.checklists.model import Item, localize
from inspector.domain.enums import QuestionType
from inspector.domain.i18n import current_language

TOGGLE_LIMIT = 4  # up to this many options show as buttons, more as a list


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

    def key_answer(self, key: int) -> bool:
        """Handle a Y / N / A key; True when it gave an answer."""
        return False

    def _vertical(self) -> QVBoxLayout:
        """Replace the row layout by a column (for long option texts)."""
        QWidget().setLayout(self.layout())  # the old layout goes with a throwaway widget
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        return column

    def focus_input(self) -> None:
        self.setFocus()


class _ButtonsWidget(AnswerWidget):
    """Exclusive toggle buttons; clicking the chosen one again clears it.

    Long option texts stack the buttons vertically so no text is cut.
    """

    LONG = 18

    def __init__(self, item: Item, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(item, parent)
        vertical = any(len(text) > self.LONG for _, text in choices)
        if vertical:
            self.layout_ = self._vertical()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[str, QPushButton] = {}
        for value, text in choices:
            button = QPushButton(text)
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
    KEYS = {Qt.Key.Key_Y: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_A: "na"}

    def __init__(self, item: Item, parent=None) -> None:
        choices = [("yes", self.tr("Yes")), ("no", self.tr("No"))]
        if item.type is QuestionType.YES_NO_NA:
            choices.append(("na", self.tr("N/A")))
        super().__init__(item, choices, parent)

    def key_answer(self, key: int) -> bool:
        value = self.KEYS.get(key)
        return value is not None and self.choose(value)


class ChoiceButtonsWidget(_ButtonsWidget):
    def __init__(self, item: Item, parent=None) -> None:
        lang = current_language()
        super().__init__(item, [(o.value, localize(o.label, lang)) for o in item.options], parent)

    def key_answer(self, key: int) -> bool:
        index = key - Qt.Key.Key_1
        values = list(self.buttons)
        return 0 <= index < len(values) and self.choose(values[index])


class ChoiceListWidget(AnswerWidget):
    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        self.combo = QComboBox()
        self.combo.setObjectName("answer_choice")
        self.combo.addItem("—", None)
        lang = current_language()
        for option in item.options:
            self.combo.addItem(localize(option.label, lang), option.value)
        self.combo.setMinimumWidth(280)
        self.combo.activated.connect(lambda _i: self.committed.emit(self.combo.currentData()))
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch()

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def focus_input(self) -> None:
        self.combo.setFocus()


class MultiChoiceWidget(AnswerWidget):
    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        lang = current_language()
        self.boxes: dict[str, QCheckBox] = {}
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, option in enumerate(item.options):
            box = QCheckBox(localize(option.label, lang))
            box.setObjectName(f"answer_{option.value}")
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


class NumberWidget(AnswerWidget):
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

    def focus_input(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()


class TextWidget(AnswerWidget):
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

    def focus_input(self) -> None:
        self.edit.setFocus()


class DateWidget(AnswerWidget):
    def __init__(self, item: Item, parent=None) -> None:
        super().__init__(item, parent)
        self.edit = QDateEdit()
        self.edit.setObjectName("answer_date")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd" if current_language() == "en" else "dd.MM.yyyy")
        self.edit.setMinimumDate(QDate(1990, 1, 1))
        self.edit.setSpecialValueText("—")
        self.edit.setDate(self.edit.minimumDate())
        self.edit.editingFinished.connect(self._finished)
        self.clear = QToolButton()
        self.clear.setText("×")
        self.clear.clicked.connect(lambda: (self.set_value(None), self.committed.emit(None)))
        self.layout_.addWidget(self.edit)
        self.layout_.addWidget(self.clear)
        self.layout_.addStretch()
        self.saved: str | None = None

    def current(self) -> str | None:
        date = self.edit.date()
        return None if date == self.edit.minimumDate() else date.toString("yyyy-MM-dd")

    def _finished(self) -> None:
        value = self.current()
        if value != self.saved:
            self.saved = value
            self.committed.emit(value)

    def set_value(self, value: object) -> None:
        self.saved = value if isinstance(value, str) else None
        self.edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if self.saved else self.edit.minimumDate())

    def focus_input(self) -> None:
        self.edit.setFocus()


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
        self.count.setText(self.tr("{count} photo(s)").format(count=number) if number else self.tr("No photo"))


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


def is_answer_key(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_A) or Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9
