"""A language dropped into the locale folder appears in the app's language menus and the
core's texts on the screens and in the report preview follow it (no code changed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from inspector.domain import i18n as core_i18n
from inspector.services import auth
from inspector.ui import i18n
from inspector.ui.dialogs.login import LoginDialog
from inspector.ui.main_window import MainWindow

from tests.core.test_new_language import dropped_in_locale
from tests.ui.conftest import PASSWORD


@pytest.fixture
def pseudo_locale(tmp_path, monkeypatch):
    locale = dropped_in_locale(tmp_path, monkeypatch)
    yield next(locale)
    i18n.install("en")
    next(locale, None)  # the catalogues as they were


def test_the_new_language_is_offered_and_the_screens_follow_it(qtbot, ctx, pseudo_locale):
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    offered = [login.language.itemData(i) for i in range(login.language.count())]
    assert offered == ["en", "ru", "tk", "xx"]
    assert login.language.itemText(3) == "⟦Énglísh⟧"

    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.language.setCurrentIndex(window.language.findData("xx"))
    assert core_i18n.current_language() == "xx"
    assert "⟦Cústóms⟧" in window.user_label.text()  # the officer's agency, a core text
    assert window.inspections.status.itemText(1) == "⟦Dráft⟧"
    for row in range(window.navigation.count()):  # every page the officer has opens in the new language
        if not window.navigation.item(row).isHidden():
            window.navigation.setCurrentRow(row)
            QApplication.processEvents()
            assert window.isVisible()
    window.language.setCurrentIndex(window.language.findData("ru"))
    assert "Таможня" in window.user_label.text()
