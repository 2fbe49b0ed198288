"""A pad for a drawn signature (finger, stylus or mouse), kept as a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget


class SignaturePad(QWidget):
    """Draw with the mouse or a finger; :meth:`png` gives the image or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setMinimumSize(360, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.image = QImage(720, 240, QImage.Format.Format_ARGB32)
        self.clear()
        self._last: QPoint | None = None

    def clear(self) -> None:
        self.image.fill(QColor("white"))
        self.strokes = 0
        self.update()

    def _scale(self, point: QPoint) -> QPoint:
        return QPoint(int(point.x() * self.image.width() / max(1, self.width())),
                      int(point.y() * self.image.height() / max(1, self.height())))

    def add_stroke(self, points: list[tuple[int, int]]) -> None:
        """Draw a line through widget coordinates (also used by tests)."""
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#10245a"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        scaled = [self._scale(QPoint(x, y)) for x, y in points]
        for start, end in zip(scaled, scaled[1:]):
            painter.drawLine(start, end)
        painter.end()
        self.strokes += 1
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._last = event.position().toPoint()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._last is not None:
            point = event.position().toPoint()
            self.add_stroke([(self._last.x(), self._last.y()), (point.x(), point.y())])
            self._last = point

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._last = None

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.drawImage(self.rect(), self.image)
        painter.setPen(QColor("#999"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)

    def png(self) -> bytes | None:
        if not self.strokes:
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buffer, "PNG")
        return bytes(data)
