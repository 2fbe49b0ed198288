"""The main window on a small screen: maximized the first time, where it was left afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services import auth
from inspector.ui import settings
from inspector.ui.main_window import SMALL_SCREEN, MainWindow

from tests.ui.conftest import PASSWORD


def test_first_opened_maximized_on_a_small_screen_then_where_it_was_left(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    screen = MainWindow(ctx).screen().availableGeometry()
    assert screen.width() < SMALL_SCREEN[0]  # the test screen is small, as a 1366×768 laptop
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.show()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(40, 50, 700, 500)
    window.close()
    assert not settings.MAIN_GEOMETRY.get(settings.open_settings()).isEmpty()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert (again.width(), again.height()) == (700, 500)
