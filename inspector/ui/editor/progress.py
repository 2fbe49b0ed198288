"""The section's progress bar, painted with the rest of the window.

``QProgressBar`` paints itself on the spot whenever its value moves by a
chunk: with every answer, the window's pending changes were painted once
there and again when the answer was done. This bar, drawn by the same style,
only asks to be painted.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionProgressBar, QWidget

from inspector.ui.editor.grounds import tab_page_ground


class ProgressBar(QWidget):
    """``answered`` of ``visible`` items, with a text such as "12 / 40"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value, self._maximum, self._text = 0, 1, ""
        self._cache_key, self._cache = None, ()
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
        empty, full = self._bars()
        filled = round(self.width() * self._value / self._maximum) if self._maximum > 0 else 0
        painter = QPainter(self)
        painter.drawPixmap(0, 0, empty)
        height, ratio = self.height(), full.devicePixelRatio()  # a pixmap's parts are in its own pixels
        painter.drawPixmap(QRectF(0, 0, filled, height), full, QRectF(0, 0, filled * ratio, height * ratio))
        if 1 < filled < self.width() - 1:  # the chunk's own end, as the style draws it
            painter.drawPixmap(QRectF(filled - 1, 0, 1, height), full,
                               QRectF((self.width() - 2) * ratio, 0, ratio, height * ratio))
        for role, part in ((QPalette.ColorRole.HighlightedText, QRect(0, 0, filled, self.height())),
                           (QPalette.ColorRole.Text, QRect(filled, 0, self.width() - filled, self.height()))):
            painter.setClipRect(part)
            painter.setPen(self.palette().color(role))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()

    # The style's own bar, empty and full, painted once per size, style and palette; a count shows
    # the full one up to its place and the empty one after it. The style drawing the bar (through
    # the style sheet) cost a quarter of a millisecond with every answer; two pixmaps cost a tenth.
    def _bars(self) -> tuple[QPixmap, QPixmap]:
        key = (self.size(), id(self.style()), self.palette().cacheKey(), self.devicePixelRatioF())
        if self._cache_key != key:
            self._cache_key, self._cache = key, tuple(self._bar(progress) for progress in (0, 1))
        return self._cache

    def _bar(self, progress: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(tab_page_ground(self))
        option = self._option()
        option.maximum, option.progress, option.text, option.textVisible = 1, progress, "", False
        painter = QPainter(pixmap)
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBar, option, painter, self)
        painter.end()
        return pixmap

