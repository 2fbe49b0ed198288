"""The main window on a small screen: maximized the first time, where it was left afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services import auth
from inspector.ui import settings
from inspector.ui.main_window import SMALL_SCREEN, MainWindow

from tests.ui.conftest import PASSWORD


def test_first_opened_maximized_on_a_small_screen_then_where_it_was_left(qtbot, ctx):
    settings.open_settings().clear()  # a first start: no geometry saved by earlier tests
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    screen = MainWindow(ctx).screen().availableGeometry()
    assert screen.width() < SMALL_SCREEN[0]  # the test screen is small, as a 1366×768 laptop
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.show()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(40, 50, 700, 500)
    left = window.geometry()
    window.close()
    assert not settings.MAIN_GEOMETRY.get(settings.open_settings()).isEmpty()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    # the test screen is narrower than the window's least width: Qt keeps it on screen sideways
    assert (again.geometry().y(), again.geometry().height()) == (left.y(), left.height())


def test_record_and_report_windows_fit_a_small_screen_frame_included(qtbot, ctx):
    from inspector.services import inspections
    from inspector.ui.editor.window import InspectionWindow
    from tests.core.conftest import consignment

    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    reference = ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    available = editor.screen().availableGeometry()
    assert editor.height() + 40 <= available.height() and editor.width() <= available.width()
    preview = editor.show_report()
    assert preview.height() + 40 <= available.height()  # its buttons on screen (the test screen is narrow)
    preview.wait_until_built()
    preview.close()
