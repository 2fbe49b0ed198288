"""A place of its own for a widget that changes with every answer (a badge, a count).

Qt lays a page out again whenever a widget inside a layout changes its text or
is shown or hidden: the layout asks its parent, which asks its own, up to the
window — and a ``QTabWidget`` asked that paints all of itself again. An answer
would repaint the whole inspection window. A widget in a ``Holder`` (a widget
with no layout, sized once) is laid out by nobody: its changes repaint it
alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class Holder(QWidget):
    """Holds one widget; ``stretch``: the holder's width is the layout's to give (the widget fills
    it), else the holder keeps the widget's own size (call ``fit`` after its text changed for good,
    e.g. in another language)."""

    def __init__(self, child: QWidget, parent: QWidget | None = None, *, stretch: bool = False,
                 ground: Callable[[QWidget], QColor] | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self.stretch = stretch
        # ``ground``: the colour it sits on (the window's, a tab page's), which it paints itself, so
        # that a change repaints the holder alone, not the window and the frames around it too
        self.ground = ground
        if ground is not None:
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        child.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored if stretch else QSizePolicy.Policy.Fixed,
                           QSizePolicy.Policy.Fixed)
        self.fit()

    def fit(self, size: QSize | None = None) -> None:
        """Take the size the widget wants now, or ``size`` (once, not with every change)."""
        self.child.ensurePolished()  # the style sheet's font and padding count
        hint = size or self.child.sizeHint()
        if self.stretch:
            self._hint = QSize(0, hint.height())
            self.setFixedHeight(hint.height())
            self.child.setGeometry(0, 0, self.width(), hint.height())
        else:
            self._hint = hint
            self.setFixedSize(hint)
            self.child.setGeometry(0, 0, hint.width(), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._hint

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.ground is not None:
            painter = QPainter(self)
            painter.fillRect(event.rect(), self.ground(self))
            painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802
        if self.stretch:
            self.child.resize(event.size())
        super().resizeEvent(event)
