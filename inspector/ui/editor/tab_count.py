"""The count of answered items on an agency's tab ("12/40"), as a small badge.

A transparent label on a tab is painted over the tab bar, which is painted
over the tab widget and the window: a new count (every answer) painted all
four again through the style sheet. The badge paints all of its own
rectangle (opaque), so a new count repaints the badge alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BADGE_GROUND = QColor("#e4e7eb")  # the grey of the locked-record badge
BADGE_TEXT = QColor("#1f2933")


class TabCount(QWidget):
    """``answered/visible``, of a fixed width (a new count lays out nothing)."""

    def __init__(self, widest: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        metrics = self.fontMetrics()
        self._size = QSize(metrics.horizontalAdvance(widest) + 10, metrics.height() + 2)
        self.setFixedSize(self._size)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 — as QLabel names it
        if text != self._text:
            self._text = text
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._size

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), BADGE_GROUND)
        painter.setPen(BADGE_TEXT)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
