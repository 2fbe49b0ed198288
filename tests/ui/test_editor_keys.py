"""The inspection window's keys, sent as key events to the focused widget.

Answer keys in every layout (the event a Latin, Russian or Turkmen layout
sends for the key pressed), digits for options, visible feedback for a key
that means nothing, the window's own keys (Esc, Ctrl+W, Ctrl+Tab, Ctrl+PgDn,
Ctrl+U), typed dates.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.services import auth, inspections, sections
from inspector.ui import i18n
from inspector.ui.dialogs import login
from inspector.ui.editor.item_row import ItemRow
from inspector.ui.editor.window import InspectionWindow
from inspector.ui.main_window import MainWindow

from tests.core.conftest import consignment
from tests.ui.conftest import PASSWORD, ok_button
from tests.ui.keyboard_journey import char_key

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def language():
    """Switch the UI language for one test (Qt translations and the core's)."""
    def use(lang: str) -> None:
        i18n.install(lang)
    yield use
    i18n.install("en")


@pytest.fixture
def record(ctx):
    """A new customs + veterinary record, made by the customs officer who is logged in."""
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    return ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)


def open_editor(qtbot, ctx, reference, keep: bool = True) -> InspectionWindow:
    editor = InspectionWindow(ctx, reference)
    if keep:  # else the test closes it (the window deletes itself when closed)
        qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def press(char_or_key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    if isinstance(char_or_key, str):
        char_key(char_or_key).send()
    else:
        QTest.keyClick(widget, char_or_key, modifier)


def saved_value(ctx, reference, agency, item):
    return ctx.read(lambda s: sections.answer_map(sections.section_of(inspections.get(s, reference), agency))
                    .get(item))


def focus_item(editor, agency, item) -> ItemRow:
    editor.tabs.setCurrentWidget(editor.agency_tab(agency))
    row = editor.agency_tab(agency).rows[item]
    editor.agency_tab(agency).focus_row(row)
    assert QApplication.focusWidget() is row
    return row


@pytest.mark.parametrize("lang, keys", [
    # the letter shown in the language, typed in its own layout, and the same key in another layout
    ("en", [("y", "yes"), ("н", "yes"), ("n", "no"), ("т", "no"), ("a", "na"), ("ф", "na"),
            ("1", "yes"), ("2", "no"), ("3", "na")]),
    ("ru", [("д", "yes"), ("l", "yes"), ("н", "no"), ("y", "no"), ("п", "na"), ("g", "na"), ("2", "no")]),
    ("tk", [("h", "yes"), ("р", "yes"), ("ý", "no"), ("v", "no"), ("м", "no"), ("d", "na"), ("3", "na")]),
])
def test_answer_keys_work_in_every_layout_and_follow_the_language(qtbot, ctx, record, language, lang, keys):
    language(lang)
    editor = open_editor(qtbot, ctx, record)
    for char, expected in keys:
        row = focus_item(editor, "customs", "invoice_packing_list")  # yes / no / not applicable
        press(char)
        assert row.value == expected, (lang, char)
        assert saved_value(ctx, record, "customs", "invoice_packing_list") == expected
        following = editor.agency_tab("customs").visible_rows()
        assert QApplication.focusWidget() is following[following.index(row) + 1]  # moved on
    shown = {value: button.text() for value, button in row.answer.buttons.items()}
    letters = {"en": ("Y", "N", "A"), "ru": ("Д", "Н", "П"), "tk": ("H", "Ý", "D")}[lang]
    for value, letter, digit in zip(("yes", "no", "na"), letters, "123"):
        assert shown[value].startswith(f"{digit} ·") and shown[value].endswith(f"({letter})"), shown


def test_in_turkmen_y_does_not_mean_yes_and_says_which_keys_do(qtbot, ctx, record, language):
    language("tk")
    editor = open_editor(qtbot, ctx, record)
    row = focus_item(editor, "customs", "cmr_consistent")
    press("y")
    assert row.value is None and saved_value(ctx, record, "customs", "cmr_consistent") is None
    assert QApplication.focusWidget() is row  # stays: nothing was answered
    assert row.error.isVisible() and "Hawa (H)" in row.error.text() and "Ýok (Ý)" in row.error.text()
    assert "(H)" in editor.statusBar().currentMessage()


def test_digits_choose_options_in_buttons_lists_and_check_boxes(qtbot, ctx, record):
    editor = open_editor(qtbot, ctx, record)
    customs = editor.agency_tab("customs")
    row = focus_item(editor, "customs", "transit_document")  # three options: buttons
    press("1")  # TIR carnet: reveals the exit office, a list of nine
    assert row.value == "tir_carnet"
    row = focus_item(editor, "customs", "transit_exit_office")
    assert row.answer.combo.itemText(9).startswith("9 ·")
    press("9")
    assert row.value == "inland_office" and row.answer.combo.currentData() == "inland_office"
    assert saved_value(ctx, record, "customs", "transit_exit_office") == "inland_office"
    row = focus_item(editor, "customs", "transit_exit_office")
    press("0")  # no option 0: said, not swallowed
    assert row.error.isVisible() and "1–9" in row.error.text()
    assert customs.rows["exam_means"].isHidden()  # shown only after an examination
    focus_item(editor, "customs", "exam_extent")
    press("2")
    row = focus_item(editor, "customs", "exam_means")  # check boxes: digits tick, Enter moves on
    press("1")
    press("4")
    assert row.value == ["unloading", "endoscope"]
    assert QApplication.focusWidget() is row
    press("4")
    assert row.value == ["unloading"]
    press(K.Key_Return)
    assert QApplication.focusWidget() is not row

    ctx.set_user(auth.login(ctx.db, "merdan", PASSWORD))
    vet = editor.agency_tab("veterinary")
    focus_item(editor, "veterinary", "consignment_type")
    press("2")
    row = focus_item(editor, "veterinary", "temperature_regime")  # revealed by the answer before
    press("3")
    assert row.value == "frozen" and not vet.rows["core_temperature"].isHidden()
    core = vet.rows["core_temperature"]
    assert QApplication.focusWidget() is core.answer.edit  # typed items: the field
    for char in "-99":  # below the item's limit
        press(char)
    press(K.Key_Return)
    assert core.error.isVisible() and core.answer.edit.text() == "-99"  # refused, said, kept to correct
    assert QApplication.focusWidget() is core.answer.edit
    assert saved_value(ctx, record, "veterinary", "core_temperature") is None
    core.answer.edit.selectAll()
    for char in "-19":
        press(char)
    press(K.Key_Return)
    assert saved_value(ctx, record, "veterinary", "core_temperature") == -19
    assert QApplication.focusWidget() is vet.rows["reefer_record_ok"]


def test_window_keys_close_and_reach_the_tabs_from_anywhere(qtbot, ctx, record):
    editor = open_editor(qtbot, ctx, record, keep=False)
    assert editor.tabs.currentWidget() is editor.consignment  # a new record: its consignment first
    assert QApplication.focusWidget() is editor.consignment.declaration
    press(K.Key_PageDown, CTRL)
    customs = editor.agency_tab("customs")
    assert editor.tabs.currentWidget() is customs
    first = customs.visible_rows()[0]
    assert QApplication.focusWidget() is first  # the first unanswered item
    press("3")  # transit document: none
    press(K.Key_Tab, CTRL)
    press(K.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is customs.visible_rows()[1]  # back: the next item without an answer
    editor.report_button.setFocus()  # the header, outside the tabs
    press(K.Key_Tab, CTRL)
    assert editor.tabs.currentWidget() is editor.agency_tab("veterinary")
    with qtbot.waitSignal(editor.closed):
        press(K.Key_Escape)
    assert not editor.isVisible()
    editor = open_editor(qtbot, ctx, record, keep=False)
    with qtbot.waitSignal(editor.closed):
        press(K.Key_W, CTRL)


def test_switch_user_from_the_inspection_window_opens_the_new_officers_tab(qtbot, ctx, record, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_record(record)
    qtbot.waitUntil(editor.isActiveWindow)
    seen = {}

    def ask(cls, ctx_, mode=login.LoginDialog.LOGIN, name="", parent=None):
        dialog = login.LoginDialog(ctx_, mode, name, parent)
        qtbot.addWidget(dialog)
        seen["parent"] = parent
        qtbot.keyClicks(dialog.username, "merdan")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.user
    monkeypatch.setattr(login.LoginDialog, "ask", classmethod(ask))
    press(K.Key_U, CTRL)
    assert ctx.user.username == "merdan" and seen["parent"] is editor
    vet = editor.agency_tab("veterinary")
    assert editor.tabs.currentWidget() is vet
    assert QApplication.focusWidget() is vet.visible_rows()[0]
    locked = {}

    def unlock(cls, ctx_, mode=login.LoginDialog.LOGIN, name="", parent=None):
        locked["seen"] = (mode, name, editor.isHidden())
        return ctx_.user  # the same officer types the password again
    monkeypatch.setattr(login.LoginDialog, "ask", classmethod(unlock))
    press(K.Key_L, CTRL)
    assert locked["seen"] == (login.LoginDialog.UNLOCK, "merdan", True)  # the record hidden while locked
    assert editor.isVisible() and ctx.user.username == "merdan"
    editor.close()
    window.close()


def test_dates_are_typed_as_the_language_writes_them_and_a_wrong_one_is_kept_and_said(qtbot, ctx, record, language):
    language("ru")
    editor = open_editor(qtbot, ctx, record)
    customs = editor.agency_tab("customs")
    focus_item(editor, "customs", "transit_document")
    press("2")  # transit declaration: its deadline (a date item) appears
    row = customs.rows["transit_deadline"]
    field = row.answer.edit
    assert field.line.placeholderText() == "ДД.ММ.ГГГГ"
    customs.focus_row(row)
    assert QApplication.focusWidget() is field.line
    for char in "31.02.2027":  # no such day
        press(char)
    press(K.Key_Return)
    assert field.line.text() == "31.02.2027" and row.error.isVisible()
    assert QApplication.focusWidget() is field.line  # stays until corrected
    assert saved_value(ctx, record, "customs", "transit_deadline") is None
    field.line.selectAll()
    for char in "5.3.2027":
        press(char)
    press(K.Key_Return)
    assert saved_value(ctx, record, "customs", "transit_deadline") == "2027-03-05"
    assert field.line.text() == "05.03.2027" and not row.error.isVisible()
    field.line.clear()
    field.open_calendar()
    from datetime import date
    assert field.popup.selectedDate().toPython() == date(2027, 3, 5)  # the field's date …
    field.popup.close()
    field.set_value(None)
    field.open_calendar()
    from inspector.domain.clock import local, now_utc
    assert field.popup.selectedDate().toPython() == local(now_utc()).date()  # … or today
    field.popup.close()

    # the documents table takes a date as the language writes it
    table = editor.consignment.documents.table
    editor.tabs.setCurrentWidget(editor.consignment)
    table.setFocus()
    table.setCurrentCell(0, 3)
    press(K.Key_F2)
    QApplication.focusWidget().selectAll()
    for char in "24.11.2026":
        press(char)
    press(K.Key_Return)
    # the item view commits an edited cell after the key press (a queued call)
    qtbot.waitUntil(lambda: ctx.read(lambda s: inspections.get(s, record).documents[0].issued_on).isoformat()
                    == "2026-11-24")
    assert table.item(0, 3).text() == "24.11.2026"
