"""Giving answers through the agency tab's real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget

from inspector.domain.enums import QuestionType


def click_answer(qtbot, row, value: str) -> None:
    button = row.findChild(QPushButton, f"answer_{value}")
    if button is not None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return
    combo = row.findChild(QComboBox, "answer_choice")
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def compliant_value(item) -> str:
    if item.type in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        return "no" if "yes" in item.noncompliant_values else "yes"
    return next(v for v in item.option_values if v not in item.noncompliant_values)


def answer_required(qtbot, tab) -> None:
    """Answer every visible, required, unanswered item compliantly, in order."""
    changed = True
    while changed:  # answers can reveal further items
        changed = False
        for row in tab.visible_rows():
            item = row.item
            if not item.required or row.value is not None:
                continue
            if item.type is QuestionType.MULTI_CHOICE:
                box = row.findChild(QCheckBox, "answer_none")
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
            elif item.type is QuestionType.NUMBER:  # required key measurements (checklists 2026.2)
                type_into(qtbot, row.findChild(QLineEdit, "answer_number"), f"{item.min or 0:g}")
            elif item.type is QuestionType.DATE:  # typed as the language writes dates
                field = row.findChild(QWidget, "answer_date")
                type_into(qtbot, field.line, field._format(date.today()))
            else:
                click_answer(qtbot, row, compliant_value(item))
            changed = True
            break


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
