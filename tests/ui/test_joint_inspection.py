"""A whole joint inspection through the real widgets, checked in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services import inspections, integrity, sections
from inspector.services.documents import to_document
from inspector.store.database import Database
from inspector.ui.editor import new_inspection
from inspector.ui.main_window import MainWindow

from tests.ui.conftest import ok_button
from tests.ui.driving import answer_required, click_answer, type_into


def fill_new_inspection(qtbot, monkeypatch):
    def ask(cls, ctx, parent=None):
        dialog = new_inspection.NewInspectionDialog(ctx, parent)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.tractor, "ag 1234 ag")
        qtbot.keyClicks(dialog.trailer, "AG 5678 AG")
        qtbot.keyClicks(dialog.country, "tm")
        # QTest types ASCII only; other scripts arrive as an input method would insert them.
        dialog.description.insert("Говядина замороженная — doňdurylan sygyr eti")
        qtbot.keyClicks(dialog.hs_code, "0202300000")
        qtbot.keyClicks(dialog.mass, "20500.5")
        assert "Veterinary" in dialog.proposed.text()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.reference
    monkeypatch.setattr(new_inspection.NewInspectionDialog, "ask", classmethod(ask))


def test_a_whole_joint_inspection(qtbot, monkeypatch, ctx, db_path, as_user, password_entry):
    from inspector.ui.application import log_in

    as_user("aman")
    assert log_in(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    # The lead customs officer opens the inspection and completes the consignment.
    fill_new_inspection(qtbot, monkeypatch)
    editor = window.new_record()  # not given to qtbot: the test closes it and it deletes itself (the main
    # window closes it too if the test stops early)
    reference = editor.reference
    assert list(editor.agency_tabs) == ["customs", "veterinary"]
    consignment = editor.consignment
    type_into(qtbot, consignment.declaration, "26TM1234IM000123")
    qtbot.mouseClick(consignment.documents.add_button, Qt.MouseButton.LeftButton)
    consignment.documents.table.item(0, 1).setText("TR1234567")
    consignment.documents.table.item(0, 3).setText("2026-11-25")
    qtbot.mouseClick(consignment.seals.add_button, Qt.MouseButton.LeftButton)
    consignment.seals.table.item(0, 0).setText("TM 004512")
    # Customs will find this seal cut and replace it: the seals table says so too
    # (finalizing refuses a record whose seals table contradicts customs' answers).
    consignment = editor.consignment
    consignment.seals.table.item(0, 1).setData(Qt.ItemDataRole.UserRole, "broken")
    consignment = editor.consignment
    consignment.seals.table.item(0, 2).setText("TM 119384")
    qtbot.mouseClick(consignment.drivers.add_button, Qt.MouseButton.LeftButton)
    consignment = editor.consignment
    consignment.drivers.table.item(0, 0).setText("Dovletmyrat Annayev")
    consignment = editor.consignment
    consignment.drivers.table.item(0, 1).setText("Döwletmyrat Annaýew")
    # Inline validation: a bad HS code is refused and shown, nothing saved.
    editor.consignment.cargo.table.item(0, 1).setText("12")
    assert editor.consignment.cargo.error.isVisible()
    assert "HS code" in editor.consignment.cargo.error.text()

    # Customs answers, one of them non-compliant, partly with the keyboard.
    customs = editor.agency_tab("customs")
    editor.tabs.setCurrentWidget(customs)
    first = customs.visible_rows()[1]  # a yes/no item
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Y)
    assert first.value == "yes"
    assert editor.focusWidget() is customs.visible_rows()[2]
    seal_row = customs.rows["seal_status"]
    click_answer(qtbot, seal_row, "broken")
    assert seal_row.badge.isVisible() and "Finding" in seal_row.badge.text()
    type_into(qtbot, seal_row.note, "Seal TM 004512 cut; replaced with TM 119384")
    answer_required(qtbot, customs)
    customs.decision.setCurrentIndex(customs.decision.findData("release_conditional"))
    customs.decision.activated.emit(customs.decision.currentIndex())

    # The veterinary officer takes the keyboard: switch user.
    as_user("merdan")
    window.switch_action.trigger()
    assert ctx.user.username == "merdan"
    vet = editor.agency_tab("veterinary")
    assert not customs.rows["cmr_consistent"].answer.isEnabled() or customs.decision.isEnabled() is False
    editor.tabs.setCurrentWidget(vet)
    regime = vet.rows["temperature_regime"]
    assert regime.isHidden()
    click_answer(qtbot, vet.rows["consignment_type"], "products_food")
    assert not regime.isHidden()
    click_answer(qtbot, regime, "frozen")
    core = vet.rows["core_temperature"]
    assert not core.isHidden()
    type_into(qtbot, core.answer.edit, "-12.5")
    assert core.badge.isVisible()
    answer_required(qtbot, vet)
    vet.decision.setCurrentIndex(vet.decision.findData("hold_for_lab"))
    vet.decision.activated.emit(vet.decision.currentIndex())
    type_into(qtbot, vet.remarks, "Samples sent to the central laboratory")
    qtbot.mouseClick(vet.sign_button, Qt.MouseButton.LeftButton)
    assert "Signed" in vet.signed_label.text()

    # Back to customs to sign.
    as_user("aman")
    window.switch_action.trigger()
    customs = editor.agency_tab("customs")
    qtbot.mouseClick(customs.sign_button, Qt.MouseButton.LeftButton)
    assert "Signed" in customs.signed_label.text()

    # Consolidated decision confirmed and the record finalized.
    decision = editor.decision
    editor.tabs.setCurrentWidget(decision)
    assert "Hold for laboratory" in decision.consolidated.text()
    qtbot.mouseClick(decision.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(decision.finalize_button, Qt.MouseButton.LeftButton)
    assert editor.view.locked
    # The lead officer typed the password (Enter) into a prompt that said what is finalized.
    assert reference in password_entry[0] and "Hold for laboratory" in password_entry[0]
    assert "Veterinary" in password_entry[0]
    assert editor.view.document["finalization"]["signed_by"]["username"] == "aman"
    assert not editor.agency_tab("veterinary").rows["vet_certificate_present"].answer.isEnabled()

    # The supervisor approves.
    as_user("chief")
    window.switch_action.trigger()
    assert editor.decision.approve_button.isVisible()
    qtbot.mouseClick(editor.decision.approve_button, Qt.MouseButton.LeftButton)
    assert password_entry[-1].startswith("Approve " + reference)

    db = Database(db_path)
    with db.read_session() as s:
        record = inspections.get(s, reference)
        document = to_document(record)
        vet_section = sections.section_of(record, "veterinary")
        vet_answers = sections.answer_map(vet_section)
        customs_section = sections.section_of(record, "customs")
        customs_answers = {a.item_id: a for a in customs_section.answers}
        assert record.status == "approved"
        assert record.decision == "hold_for_lab"
        assert vet_answers["temperature_regime"] == "frozen"
        assert vet_answers["core_temperature"] == -12.5
        assert customs_answers["seal_status"].value == "broken"
        assert customs_answers["seal_status"].note == "Seal TM 004512 cut; replaced with TM 119384"
        assert vet_section.signed_by.username == "merdan"
        assert vet_section.signature_sha256 in {a.sha256 for a in record.attachments}
        assert customs_section.signed_by.username == "aman"
        assert record.lead_officer.username == "aman"
    assert document["vehicle"]["tractor_plate"] == "AG 1234 AG"
    assert document["declaration_ref"] == "26TM1234IM000123"
    assert document["documents"][0]["number"] == "TR1234567"
    assert document["seals"][0]["number"] == "TM 004512"
    assert document["drivers"][0]["name_original"] == "Döwletmyrat Annaýew"
    assert document["cargo"][0]["hs_code"] == "0202300000"
    assert document["cargo"][0]["description"] == "Говядина замороженная — doňdurylan sygyr eti"
    assert document["review"]["outcome"] == "approved"
    assert integrity.run(db).ok
    db.dispose()
    editor.close()
    window.close()
