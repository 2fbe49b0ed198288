"""The colours the style paints behind a widget, for widgets that paint their whole background
themselves (opaque): one of them painted again does not have its parents painted again under it,
which through the style sheet cost more than the widget itself."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionGroupBox, QStyleOptionTabWidgetFrame, QWidget

_GROUNDS: dict[tuple, QColor] = {}


def _sampled(widget: QWidget, what: str, paint, at: tuple[int, int]) -> QColor:
    """The colour ``paint(style, painter, rect)`` leaves at ``at`` of a 200 px square on the window's
    colour: asked once per kind, style and palette."""
    window = widget.palette().window().color()
    key = (what, id(widget.style()), window.rgba())
    if key not in _GROUNDS:
        sample = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
        sample.fill(window)
        painter = QPainter(sample)
        paint(widget.style(), painter, QRect(0, 0, 200, 200))
        painter.end()
        _GROUNDS[key] = QColor(sample.pixel(*at))
    return _GROUNDS[key]


def section_ground(row: QWidget) -> QColor:
    """The colour inside a section's frame (a group box) as the style paints it, under this row."""
    def paint(style: QStyle, painter: QPainter, rect: QRect) -> None:
        option = QStyleOptionGroupBox()
        option.initFrom(row)
        option.rect = rect
        option.subControls = QStyle.SubControl.SC_GroupBoxFrame
        style.drawComplexControl(QStyle.ComplexControl.CC_GroupBox, option, painter, None)
    return _sampled(row, "section", paint, (100, 120))


def tab_page_ground(widget: QWidget) -> QColor:
    """The colour of a tab widget's page as the style paints it, under ``widget``."""
    def paint(style: QStyle, painter: QPainter, rect: QRect) -> None:
        option = QStyleOptionTabWidgetFrame()
        option.initFrom(widget)
        option.rect = rect
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameTabWidget, option, painter, None)
    return _sampled(widget, "tab page", paint, (100, 100))


def window_ground(widget: QWidget) -> QColor:
    """The window's own colour, under ``widget``."""
    return widget.palette().window().color()
