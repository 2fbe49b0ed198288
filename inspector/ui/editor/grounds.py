"""The colours the style paints behind a widget, for widgets that paint their whole background
themselves (opaque): one of them painted again does not have its parents painted again under it,
which through the style sheet cost more than the widget itself."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionGroupBox, QStyleOptionTabWidgetFrame, QWidget

_GROUNDS: dict[tuple, QColor] = {}


def section_ground(row: QWidget) -> QColor:
    """The colour inside a section's frame (a group box) as the style paints it, under this row
    (the style is asked once per style and palette)."""
    window = row.palette().window().color()
    key = (id(row.style()), window.rgba())
    if key not in _GROUNDS:
        sample = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
        sample.fill(window)
        painter = QPainter(sample)
        option = QStyleOptionGroupBox()
        option.initFrom(row)
        option.rect = QRect(0, 0, 200, 200)
        option.subControls = QStyle.SubControl.SC_GroupBoxFrame
        row.style().drawComplexControl(QStyle.ComplexControl.CC_GroupBox, option, painter, None)
        painter.end()
        _GROUNDS[key] = QColor(sample.pixel(100, 120))
    return _GROUNDS[key]


def tab_page_ground(widget: QWidget) -> QColor:
    """The colour of a tab widget's page as the style paints it, under ``widget`` (asked once)."""
    window = widget.palette().window().color()
    key = ("tab page", id(widget.style()), window.rgba())
    if key not in _GROUNDS:
        sample = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
        sample.fill(window)
        painter = QPainter(sample)
        option = QStyleOptionTabWidgetFrame()
        option.initFrom(widget)
        option.rect = QRect(0, 0, 200, 200)
        widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameTabWidget, option, painter, None)
        painter.end()
        _GROUNDS[key] = QColor(sample.pixel(100, 100))
    return _GROUNDS[key]
