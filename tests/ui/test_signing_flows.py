"""Finalize and approve from the opened record: each asks the signer's password in a prompt that
says what is signed; the supervisor who finalized is not offered the approval (four eyes)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services import auth, inspections
from inspector.ui.editor.window import InspectionWindow

from tests.core.conftest import consignment
from tests.core.helpers import complete
from tests.ui.conftest import PASSWORD


class _People:
    def __init__(self, ctx):
        find = lambda name: ctx.read(auth.find_user, name)  # noqa: E731
        self.customs, self.vet = find("aman"), find("merdan")
        self.phyto = self.sanepid = None


def _completed(ctx) -> str:
    aman = auth.login(ctx.db, "aman", PASSWORD)
    reference = ctx.write(lambda s: inspections.create(s, aman, consignment(seals=[]), ctx.registry).reference)
    complete(ctx.db, _People(ctx), reference)
    return reference


def test_finalize_and_approve_are_signed_with_the_password(qtbot, ctx, password_entry):
    reference = _completed(ctx)
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    decision = editor.decision
    editor.tabs.setCurrentWidget(decision)
    qtbot.mouseClick(decision.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(decision.finalize_button, Qt.MouseButton.LeftButton)
    assert editor.view.locked
    prompt = password_entry[0]
    assert prompt.startswith(f"Finalize {reference}, revision 0: Release") and "Customs" in prompt
    assert editor.view.document["finalization"]["signed_by"]["username"] == "aman"

    ctx.set_user(auth.login(ctx.db, "chief", PASSWORD))
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    editor.tabs.setCurrentWidget(editor.decision)
    assert editor.decision.approve_button.isVisibleTo(editor)
    qtbot.mouseClick(editor.decision.approve_button, Qt.MouseButton.LeftButton)
    assert password_entry[-1].startswith(f"Approve {reference}")
    document = ctx.view(reference).document
    assert document["status"] == "approved" and document["review"]["signature"]["signed_by"]["username"] == "chief"


def test_the_supervisor_who_finalized_is_not_offered_the_approval(qtbot, ctx, password_entry):
    reference = _completed(ctx)
    ctx.set_user(auth.login(ctx.db, "chief", PASSWORD))
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    editor.tabs.setCurrentWidget(editor.decision)
    qtbot.mouseClick(editor.decision.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.decision.finalize_button, Qt.MouseButton.LeftButton)
    assert editor.view.locked
    assert not editor.decision.approve_button.isVisibleTo(editor)
