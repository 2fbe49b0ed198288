"""What the forms send meets the core's input rules: hidden characters typed or
pasted into a field are refused with the field's label, and nothing is saved."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from inspector.ui.main_window import MainWindow

from tests.ui.driving import click_answer
from tests.ui.test_joint_inspection import fill_new_inspection


def dump(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_pasted_direction_and_zero_width_characters_are_refused_with_the_fields_label(
        qtbot, monkeypatch, ctx, db_path, as_user):
    from inspector.ui.application import log_in

    as_user("aman")
    assert log_in(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    fill_new_inspection(qtbot, monkeypatch)
    editor = window.new_record()
    qtbot.addWidget(editor)
    consignment = editor.consignment
    before = dump(db_path)

    # A declaration number pasted from a message that carried a right-to-left override.
    consignment.declaration.setFocus()
    consignment.declaration.insert("26TM\u202e321MI")
    qtbot.keyClick(consignment.declaration, Qt.Key.Key_Return)
    assert consignment.error.isVisible()
    assert consignment.error.text() == ("Declaration reference: contains an invisible or text-direction "
                                        "character (U+202E); retype the text")
    # A consignee with a zero-width space, in a cargo line.
    consignment.cargo.table.item(0, 6).setText("Aşgabat\u200bSöwda")
    assert consignment.cargo.error.isVisible()
    assert "Cargo line 1: consignee: contains an invisible or text-direction character (U+200B)" in (
        consignment.cargo.error.text())
    assert dump(db_path) == before

    # A note on a checklist answer is named by the item's question.
    customs = editor.agency_tab("customs")
    editor.tabs.setCurrentWidget(customs)
    seal_row = customs.rows["seal_status"]
    click_answer(qtbot, seal_row, "intact")
    answered = dump(db_path)
    seal_row.note.setFocus()
    seal_row.note.insert("TM 004512 \u2066intact\u2069")
    qtbot.keyClick(seal_row.note, Qt.Key.Key_Return)
    assert seal_row.error.isVisible()
    assert seal_row.error.text().startswith("“Condition of the customs seals on arrival”: note: contains an "
                                            "invisible or text-direction character (U+2066)")
    assert dump(db_path) == answered
