"""Window sizes that fit the screen they open on (a 1366×768 laptop included)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: what the window manager adds above a window (title bar) and around it
FRAME = (16, 40)


def fit_initial_size(window: QWidget, width: int, height: int) -> None:
    """``width``×``height``, or less so that the whole window, frame included, is on screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    available = screen.availableGeometry()
    window.resize(min(width, available.width() - FRAME[0]), min(height, available.height() - FRAME[1]))
