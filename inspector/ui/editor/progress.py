"""The section's progress bar, painted with the rest of the window.

``QProgressBar`` paints itself on the spot whenever its value moves by a
chunk: with every answer, the window's pending changes were painted once
there and again when the answer was done. This bar, drawn by the same style,
only asks to be painted.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionProgressBar, QWidget

from inspector.ui.editor.grounds import tab_page_ground


class ProgressBar(QWidget):
    """``answered`` of ``visible`` items, with a text such as "12 / 40"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value, self._maximum, self._text = 0, 1, ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Opaque: a new count repaints the bar, not the tab page and the tab widget's frame under it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_progress(self, value: int, maximum: int, text: str) -> None:
        if (value, maximum, text) != (self._value, self._maximum, self._text):
            self._value, self._maximum, self._text = value, maximum, text
            self.update()

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._maximum

    def format(self) -> str:  # as QProgressBar names it
        return self._text

    def _option(self) -> QStyleOptionProgressBar:
        option = QStyleOptionProgressBar()
        option.initFrom(self)
        option.state |= QStyle.StateFlag.State_Horizontal
        option.minimum, option.maximum, option.progress = 0, self._maximum, self._value
        option.text, option.textVisible = self._text, True
        option.textAlignment = Qt.AlignmentFlag.AlignLeft
        return option

    def sizeHint(self) -> QSize:  # noqa: N802 — QProgressBar's own measure
        option = self._option()
        chunk = self.style().pixelMetric(QStyle.PixelMetric.PM_ProgressBarChunkWidth, option, self)
        metrics = self.fontMetrics()
        size = QSize(max(9, chunk) * 7 + metrics.horizontalAdvance("0") * 4, metrics.height() + 8)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ProgressBar, option, size, self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.sizeHint().height(), self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), tab_page_ground(self))
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBar, self._option(), painter, self)
