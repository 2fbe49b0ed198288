"""The supervisor's review queue: return a record; its officer sees why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services import auth, inspections
from inspector.ui.editor import decision_tab
from inspector.ui.editor.window import InspectionWindow
from inspector.ui.pages.review import ReviewPage

from tests.core.conftest import consignment
from tests.core.helpers import finalize
from tests.ui.conftest import PASSWORD


class _People:
    def __init__(self, ctx):
        find = lambda name: ctx.read(auth.find_user, name)  # noqa: E731
        self.customs, self.vet = find("aman"), find("merdan")
        self.phyto = self.sanepid = None


def test_return_from_the_queue_reopens_the_section_with_the_reason(qtbot, ctx, monkeypatch, password_entry):
    aman = auth.login(ctx.db, "aman", PASSWORD)
    reference = ctx.write(lambda s: inspections.create(s, aman, consignment(), ctx.registry).reference)
    finalize(ctx.db, _People(ctx), reference)
    ctx.set_user(auth.login(ctx.db, "chief", PASSWORD))
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert [r.reference for r in page.model.rows] == [reference]
    page.table.selectRow(0)
    monkeypatch.setattr(decision_tab.AgenciesDialog, "ask",
                        classmethod(lambda cls, *a, **k: ("Core temperature was not measured", ["veterinary"])))
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert reference in password_entry[-1]  # the supervisor typed the password to sign the return

    ctx.set_user(auth.login(ctx.db, "merdan", PASSWORD))
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    vet = editor.agency_tab("veterinary")
    assert not vet.banner.isHidden()
    assert "Core temperature was not measured" in vet.banner.text()
    assert vet.sign_button.isEnabled()
    assert editor.title.text() == f"{reference} — Amendment 1"
    assert not editor.agency_tab("customs").sign_button.isEnabled()
