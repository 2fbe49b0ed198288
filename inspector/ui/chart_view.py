"""A ReportLab chart on screen: rendered to SVG, shown by Qt's SVG renderer.

The chart is the very drawing the TRS report prints (:mod:`inspector.reports.charts`).
Its text is set in the bundled DejaVu face, registered with Qt once, so
Turkmen and Cyrillic letters look as they do on paper. A click on a part of
the chart emits the key of the records behind it.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontDatabase, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from inspector.paths import resource_path

if TYPE_CHECKING:
    from inspector.reports.charts import Chart

log = logging.getLogger(__name__)

_lock = threading.Lock()
_family: str | None = None


def font_family() -> str:
    """The Qt family name of the bundled regular and bold faces (registered once)."""
    from inspector.reports import fonts

    global _family
    with _lock:
        if _family is None:
            families: list[str] = []
            for filename in fonts.FILES.values():
                font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
                families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _family = families[0] if families else "DejaVu Sans"
            if not families:
                log.warning("the bundled chart font could not be registered with Qt")
    return _family


def svg_of(chart: Chart) -> bytes:
    """The chart as SVG, its fonts named as Qt knows them."""
    # ReportLab's graphics are imported on first use: the app starts without them.
    from reportlab.graphics import renderSVG

    from inspector.reports import fonts

    fonts.register()
    text = renderSVG.drawToString(chart.drawing)
    # Qt renders SVG Tiny, which has no clipPath: its rectangle would be painted
    # black over the chart. The drawing stays inside its box anyway.
    text = re.sub(r"<clipPath.*?</clipPath>", "", text, flags=re.DOTALL).replace(" style=\"clip-path: url(#clip)\"", "")
    # ReportLab writes "fill: None"; Qt reads CSS keywords case-sensitively and would fill lines black.
    text = text.replace(": None;", ": none;")
    family = font_family()
    text = text.replace(f"font-family: {fonts.BOLD};", f"font-family: '{family}'; font-weight: bold;")
    text = text.replace(f"font-family: {fonts.REGULAR};", f"font-family: '{family}';")
    return text.encode("utf-8")


def renders(chart: Chart) -> bool:
    """Qt can draw the chart (the smoke test asks, for a frozen build)."""
    return QSvgRenderer(QByteArray(svg_of(chart))).isValid()


class ChartView(QWidget):
    """Shows one chart at the widget's width, keeping its proportions."""

    #: the user clicked a part of the chart (the key of the records behind it)
    region_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.renderer = QSvgRenderer(self)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(320)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.renderer.load(QByteArray(svg_of(chart)))
        self.updateGeometry()
        self.update()

    # -- geometry ---------------------------------------------------------------------

    def _aspect(self) -> float:
        if self.chart is None or not self.chart.drawing.width:
            return 0.5
        return self.chart.drawing.height / self.chart.drawing.width

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(80, round(width * self._aspect()))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, self.heightForWidth(560))

    def target(self) -> QRectF:
        """Where the drawing is painted: the widget's width, proportions kept."""
        width = float(self.width())
        height = width * self._aspect()
        if height > self.height():
            height = float(self.height())
            width = height / self._aspect()
        return QRectF(0, 0, width, height)

    def to_drawing(self, point: QPointF) -> tuple[float, float] | None:
        """Widget coordinates → drawing coordinates (origin bottom left)."""
        if self.chart is None:
            return None
        target = self.target()
        if not target.contains(point) or target.width() <= 0:
            return None
        scale = self.chart.drawing.width / target.width()
        return (point.x() - target.x()) * scale, self.chart.drawing.height - (point.y() - target.y()) * scale

    def to_widget(self, x: float, y: float) -> QPointF:
        """Drawing coordinates → widget coordinates (for tests and tooltips)."""
        target = self.target()
        scale = target.width() / self.chart.drawing.width
        return QPointF(target.x() + x * scale, target.y() + (self.chart.drawing.height - y) * scale)

    def key_at(self, point: QPointF) -> tuple | None:
        spot = self.to_drawing(point)
        return self.chart.key_at(*spot) if spot is not None else None

    # -- events ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.chart is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))  # the drawing is transparent, as on paper
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.renderer.render(painter, self.target())
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        over = self.key_at(event.position()) is not None
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.key_at(event.position())
            if key is not None:
                self.region_clicked.emit(key)
        super().mouseReleaseEvent(event)
