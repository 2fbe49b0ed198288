"""Every answer is committed as it is given: closing everything loses nothing."""

from __future__ import annotations

from inspector.checklists.registry import ChecklistRegistry
from inspector.services import auth, inspections
from inspector.store.database import Database
from inspector.ui.context import AppContext
from inspector.ui.editor.window import InspectionWindow

from tests.core.conftest import consignment
from tests.ui.conftest import PASSWORD
from tests.ui.driving import click_answer, type_into


def test_closing_mid_inspection_keeps_every_answer(qtbot, ctx, db_path):
    ctx.set_user(auth.login(ctx.db, "merdan", PASSWORD))
    reference = ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    vet = editor.agency_tab("veterinary")
    click_answer(qtbot, vet.rows["vet_certificate_present"], "yes")
    click_answer(qtbot, vet.rows["consignment_type"], "products_food")
    click_answer(qtbot, vet.rows["temperature_regime"], "frozen")
    type_into(qtbot, vet.rows["core_temperature"].answer.edit, "-19.5")
    type_into(qtbot, vet.rows["vet_certificate_present"].note, "Original seen; stamp of the Brazilian service")
    type_into(qtbot, vet.remarks, "Checks in progress")

    # No save button was pressed. Close the window and the database as a power cut would.
    editor.close()
    ctx.db.dispose()

    reopened = AppContext(Database(db_path), ChecklistRegistry())
    reopened.set_user(auth.login(reopened.db, "merdan", PASSWORD))
    again = InspectionWindow(reopened, reference)
    qtbot.addWidget(again)
    tab = again.agency_tab("veterinary")
    assert tab.rows["vet_certificate_present"].value == "yes"
    assert tab.rows["vet_certificate_present"].note.text() == "Original seen; stamp of the Brazilian service"
    assert tab.rows["consignment_type"].value == "products_food"
    assert tab.rows["temperature_regime"].value == "frozen"
    assert tab.rows["core_temperature"].value == -19.5
    assert tab.rows["core_temperature"].answer.edit.text() == "-19.5"
    assert not tab.rows["core_temperature"].isHidden()
    assert tab.remarks.text() == "Checks in progress"
    again.close()
    reopened.db.dispose()


def test_an_invalid_number_is_refused_on_the_row_and_not_saved(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "merdan", PASSWORD))
    reference = ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    vet = editor.agency_tab("veterinary")
    click_answer(qtbot, vet.rows["consignment_type"], "products_food")
    click_answer(qtbot, vet.rows["temperature_regime"], "frozen")
    row = vet.rows["core_temperature"]
    type_into(qtbot, row.answer.edit, "-99")
    assert not row.error.isHidden() and "minimum" in row.error.text()
    assert row.value is None
    assert "core_temperature" not in {a["item"] for a in ctx.view(reference).section("veterinary")["answers"]}
