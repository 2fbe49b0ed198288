"""The look: large, touch-friendly controls and the colours of severities."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

SEVERITY_COLOURS = {"critical": "#b3261e", "major": "#c25e00", "minor": "#8a6d00"}
DECISION_COLOURS = {"release": "#1b6e20", "release_conditional": "#3b7d23"}
RESTRICTIVE_COLOUR = "#b3261e"
FINDING_BACKGROUND = QColor("#f9dcd8")  # behind the question of an item answered as a finding
FOCUS_BAR_COLOUR = QColor("#1a5fb4")  # the answer buttons' blue
FOCUS_BAR_WIDTH = 6
RULE_COLOUR = QColor("#dddddd")  # the line under each checklist item
INVALID_STYLE = "border: 2px solid #b3261e; border-radius: 4px;"

STYLESHEET = """
QWidget { font-size: 11pt; }
QPushButton, QToolButton { min-height: 34px; padding: 2px 12px; }
QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox { min-height: 32px; }
QPushButton[answer="true"] { min-width: 64px; font-weight: bold; }
QPushButton[answer="true"]:checked { background: #1a5fb4; color: white; border: 1px solid #123f78; }
QPushButton[finding="true"]:checked { background: #b3261e; color: white; border: 1px solid #7a1a14; }
QLabel[role="title"] { font-size: 15pt; font-weight: bold; }
QLabel[role="hint"] { color: #555; }
QLabel[role="error"] { color: #b3261e; }
QLabel[role="banner"] { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }
QLabel[role="badge"] { color: white; border-radius: 4px; padding: 2px 6px; font-weight: bold; }
QFrame[role="item"] { border-bottom: 1px solid @rule; }
QFrame[role="item"][flash="true"] { background: #fff4ce; }
QFrame[role="item"][locked="true"] QLineEdit { background: #eeeeee; color: #333; border: 1px solid #cfcfcf; }
QPushButton[answer="true"]:disabled { color: #777; background: #eeeeee; border: 1px solid #d5d5d5; }
QPushButton[answer="true"]:checked:disabled { background: #5b7396; color: white; }
QPushButton[finding="true"]:checked:disabled { background: #9a5753; color: white; }
QLineEdit:read-only, QPlainTextEdit:read-only { background: #eeeeee; color: #333; border: 1px solid #cfcfcf; }
QTableWidget[locked="true"] { background: #f2f2f2; }
QLabel#record_status[locked="true"] { background: #e4e7eb; border: 1px solid #9aa4b1; padding: 2px 6px; }
QLabel[role="locked"] { background: #e4e7eb; border: 1px solid #9aa4b1; padding: 6px; font-weight: bold; }
QListWidget#navigation { font-size: 12pt; }
QListWidget#navigation::item { min-height: 44px; padding: 4px 8px; }
""".replace("@rule", RULE_COLOUR.name())


def badge_style(colour: str) -> str:
    return f"background: {colour}; color: white; border-radius: 4px; padding: 2px 6px; font-weight: bold;"


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property used in it changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
