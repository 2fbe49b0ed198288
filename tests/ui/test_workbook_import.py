"""Checklists → Import from Excel…: located problems, the form previewed in every language, adding the version."""

from __future__ import annotations

import io
import os

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector.checklists.workbook_export import TEMPLATE, workbook_bytes
from inspector.services import auth
from inspector.ui.dialogs import workbook_import
from inspector.ui.pages import checklists as checklists_page

from tests.ui.conftest import PASSWORD


def _workbook(tmp_path, name, change=None):
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(TEMPLATE)))
    if change:
        change(book)
    path = tmp_path / name
    book.save(path)
    return path


def _break(book):
    survey = book["survey"]
    survey["A4"] = "geopoint"
    survey["L5"] = "${certificate_present} = yes"


def test_admin_sees_the_cells_then_tries_the_form_in_every_language_and_adds_it(qtbot, ctx, monkeypatch, tmp_path):
    ctx.set_user(auth.login(ctx.db, "admin", PASSWORD))
    page = checklists_page.ChecklistsPage(ctx)
    qtbot.addWidget(page)
    assert page.excel_button.isVisibleTo(page) and page.template_button.isVisibleTo(page)
    bad = _workbook(tmp_path, "broken.xlsx", _break)
    good = _workbook(tmp_path, "example.xlsx")
    seen = {}

    def run_bad(dialog):
        dialog.show()
        dialog.wait()
        qtbot.waitUntil(lambda: dialog.problems.count() > 0)
        shot = os.environ.get("INSPECTOR_SCREENSHOTS")
        if shot:
            qtbot.wait(100)
            dialog.grab().save(os.path.join(shot, "workbook_problems.png"))
        seen["problems"] = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        seen["add_enabled"] = dialog.add_button.isEnabled()
        return QDialog.DialogCode.Rejected

    def run_good(dialog):
        dialog.show()
        dialog.wait()
        qtbot.waitUntil(lambda: dialog.preview is not None)
        tabs = dialog.preview
        seen["tabs"] = [tabs.tabText(i) for i in range(tabs.count())]
        ru = tabs.tabs["ru"]
        seen["ru_question"] = ru.rows["certificate_present"].question.text()
        assert ru.rows["certificate_number"].isHidden()
        tabs.setCurrentWidget(ru)
        row = ru.rows["certificate_present"]
        row.setFocus()
        qtbot.keyClick(row, Qt.Key.Key_Y)
        seen["shown_after_yes"] = all(not t.rows["certificate_number"].isHidden() for t in tabs.tabs.values())
        qtbot.keyClick(row, Qt.Key.Key_N)
        seen["hidden_after_no"] = all(t.rows["certificate_number"].isHidden() for t in tabs.tabs.values())
        seen["finding"] = not ru.rows["certificate_present"].badge.isHidden()
        seen["sign_enabled"] = ru.sign_button.isEnabled()
        qtbot.keyClick(row, Qt.Key.Key_Y)
        shot = os.environ.get("INSPECTOR_SCREENSHOTS")
        if shot:
            qtbot.wait(100)  # let the layout settle before the picture
            dialog.grab().save(os.path.join(shot, "workbook_preview.png"))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(checklists_page.QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(workbook_import.WorkbookFiles, "open", staticmethod(lambda parent: bad))
    monkeypatch.setattr(workbook_import.WorkbookImportDialog, "exec", run_bad)
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    assert seen["add_enabled"] is False
    assert any(p.startswith("survey!A4: the type “geopoint” is not supported") for p in seen["problems"])
    assert "survey!L5: show_if: put the value in quotes: 'yes' (character 26)" in [p.splitlines()[0] for p in seen["problems"]]
    assert ctx.registry.get("example_checks") is None

    monkeypatch.setattr(workbook_import.WorkbookFiles, "open", staticmethod(lambda parent: good))
    monkeypatch.setattr(workbook_import.WorkbookImportDialog, "exec", run_good)
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    assert seen["tabs"] == ["English", "Русский", "Türkmençe"]
    assert "Ветеринарный сертификат предъявлен" in seen["ru_question"]
    assert seen["shown_after_yes"] and seen["hidden_after_no"] and seen["finding"]  # finding: the "no"
    assert seen["sign_enabled"] is False
    added = ctx.registry.get("example_checks", "1.0")
    assert added is not None and added.item("core_temperature").unit == "°C"
    versions = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert "example_checks" in versions


def test_the_template_is_one_click_away(qtbot, ctx, monkeypatch, tmp_path):
    ctx.set_user(auth.login(ctx.db, "admin", PASSWORD))
    page = checklists_page.ChecklistsPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(workbook_import.WorkbookFiles, "save", staticmethod(lambda parent, suggested: target))
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(target)
    assert {"survey", "choices", "settings", "instructions"} <= set(book.sheetnames)
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    assert not page.excel_button.isVisibleTo(page) and not page.template_button.isVisibleTo(page)
