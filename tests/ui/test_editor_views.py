"""What the inspection window shows: only what an answer changed is redrawn, the history in
words, locked records that look locked, photos under their item, typed arrival times."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from inspector.services import auth, inspections, queries
from inspector.ui.editor import agency_tab, new_inspection, photos
from inspector.ui.editor.window import InspectionWindow

from tests.core.conftest import consignment
from tests.core.helpers import finalize
from tests.ui.conftest import PASSWORD, ok_button
from tests.ui.keyboard_journey import char_key


class _People:
    def __init__(self, ctx):
        self.customs = ctx.read(auth.find_user, "aman")
        self.vet = ctx.read(auth.find_user, "merdan")
        self.phyto = self.sanepid = None


@pytest.fixture
def record(ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    return ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)


def open_editor(qtbot, ctx, reference) -> InspectionWindow:
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_an_answer_redraws_its_row_and_the_progress_not_the_whole_record(qtbot, ctx, record, monkeypatch):
    editor = open_editor(qtbot, ctx, record)
    customs = editor.agency_tab("customs")
    editor.tabs.setCurrentWidget(customs)
    customs.focus_row(customs.rows["transit_document"])
    char_key("3").send()  # record goes from draft to in progress: that is a change of the whole record
    reads, coarse, history_reads = [], [], []
    monkeypatch.setattr(type(ctx), "view", lambda self, *a, **k: reads.append(a) or pytest.fail("record re-read"))
    ctx.record_changed.connect(coarse.append)
    monkeypatch.setattr(editor.history, "load", lambda: history_reads.append(1))
    fine = []
    ctx.answer_changed.connect(lambda *args: fine.append(args))
    row = customs.rows["cmr_consistent"]
    others = {item: r.answer for item, r in customs.rows.items() if item != "cmr_consistent"}
    customs.focus_row(row)
    char_key("y").send()
    assert row.value == "yes"
    assert fine == [(record, "customs", "cmr_consistent")] and coarse == [] and reads == []
    assert history_reads == []  # the hidden history is read when it is next shown
    assert customs.progress.format() == f"2 / {customs.view_progress.visible}"
    count = editor.tabs.tabBar().tabButton(editor.tabs.indexOf(customs), editor.tabs.tabBar().ButtonPosition.RightSide)
    assert count.text() == f"2/{customs.view_progress.visible}"
    assert all(customs.rows[item].answer is widget for item, widget in others.items())  # nothing rebuilt
    editor.tabs.setCurrentWidget(editor.history)
    assert history_reads == [1]


def test_the_history_says_who_changed_which_item_from_what_to_what(qtbot, ctx, record, monkeypatch):
    editor = open_editor(qtbot, ctx, record)
    customs = editor.agency_tab("customs")
    editor.tabs.setCurrentWidget(customs)
    customs.focus_row(customs.rows["seal_status"])
    char_key("1").send()  # intact
    customs.focus_row(customs.rows["seal_status"])
    char_key("2").send()  # broken
    editor.tabs.setCurrentWidget(editor.history)
    table = editor.history.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    seal = [r for r in rows if "seals on arrival" in r[2]]
    assert seal[-1][1:] == ["Aman Amanow", "Customs: 2.6 Condition of the customs seals on arrival", "Intact",
                            "Broken or tampered with"], seal
    assert not any("{" in cell or "seal_status" in cell for row in rows for cell in row)


def test_a_finalized_record_looks_locked(qtbot, ctx, record):
    finalize(ctx.db, _People(ctx), record)
    editor = open_editor(qtbot, ctx, record)
    assert "Finalized · locked" in editor.status.text()
    consignment_tab = editor.consignment
    editor.tabs.setCurrentWidget(consignment_tab)
    assert consignment_tab.lock_banner.isVisible() and "amendment" in consignment_tab.lock_banner.text()
    assert consignment_tab.declaration.isReadOnly() and consignment_tab.arrived.isReadOnly()
    grey = consignment_tab.declaration.palette().base().color()
    editable = QLineEdit()
    assert grey != editable.palette().base().color() or consignment_tab.declaration.styleSheet() != ""
    vet = editor.agency_tab("veterinary")
    editor.tabs.setCurrentWidget(vet)
    assert vet.lock_banner.isVisible() and "Locked" in vet.lock_banner.text()
    row = vet.rows["vet_certificate_present"]
    assert not row.answer.isEnabled() and row.note.isReadOnly() and not row.photo.isVisible()
    assert not vet.sign_button.isVisible()
    vet.focus_row(row)
    char_key("n").send()
    assert row.value == "yes" and row.error.isVisible() and "Locked" in row.error.text()  # said, not changed


def _jpeg(size=(640, 480), colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def test_photos_show_under_their_item_open_full_size_and_can_be_removed_before_signing(
        qtbot, ctx, record, tmp_path, monkeypatch):
    picture = tmp_path / "seal.jpg"
    picture.write_bytes(_jpeg())
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    editor = open_editor(qtbot, ctx, record)
    customs = editor.agency_tab("customs")
    editor.tabs.setCurrentWidget(customs)
    row = customs.rows["seal_status"]
    monkeypatch.setattr(agency_tab.PhotoPicker, "ask", staticmethod(lambda parent: fake))
    qtbot.mouseClick(row.photo, Qt.MouseButton.LeftButton)
    assert row.error.isVisible() and "fake.jpg" in row.error.text()  # refused, said
    assert not row.photos.isVisible()
    monkeypatch.setattr(agency_tab.PhotoPicker, "ask", staticmethod(lambda parent: picture))
    qtbot.mouseClick(row.photo, Qt.MouseButton.LeftButton)
    assert row.photos.isVisible() and len(row.photos.buttons) == 1
    thumb = next(iter(row.photos.buttons.values()))
    assert not thumb.icon().isNull()
    assert row.photo.text() == "Add photo (1)"
    qtbot.mouseClick(thumb, Qt.MouseButton.LeftButton)
    viewer = editor.findChild(photos.PhotoViewer)
    assert viewer is not None and viewer.picture.pixmap().width() == 640
    viewer.close()
    asked = []
    monkeypatch.setattr(photos.RemovePhotoQuestion, "ask", staticmethod(lambda parent, text: asked.append(text)))
    thumb.setFocus()
    QTest.keyClick(thumb, Qt.Key.Key_Delete)
    assert asked and len(ctx.read(lambda s: inspections.get(s, record).attachments)) == 1  # "No": kept
    monkeypatch.setattr(photos.RemovePhotoQuestion, "ask", staticmethod(lambda parent, text: True))
    thumb.setFocus()
    QTest.keyClick(thumb, Qt.Key.Key_Delete)
    assert ctx.read(lambda s: inspections.get(s, record).attachments) == []
    assert not row.photos.isVisible() and row.photo.text() == "Add photo"
    editor.tabs.setCurrentWidget(editor.history)
    texts = [editor.history.table.item(r, 2).text() for r in range(editor.history.table.rowCount())]
    assert "Photo or scan attached" in texts and "Photo or scan removed" in texts


def test_a_signed_sections_photos_can_only_be_viewed(qtbot, ctx, record, tmp_path):
    data = _jpeg()
    ctx.set_user(auth.login(ctx.db, "merdan", PASSWORD))
    from inspector.services import attachments

    ctx.write(lambda s: attachments.attach_to_item(s, ctx.user, inspections.get(s, record), "veterinary",
                                                   "vet_certificate_present", data, "cert.jpg"))
    from tests.core.helpers import answer_section, sign_section
    people = _People(ctx)
    answer_section(ctx.db, people.vet, record, "veterinary")
    sign_section(ctx.db, people.vet, record, "veterinary")
    editor = open_editor(qtbot, ctx, record)
    row = editor.agency_tab("veterinary").rows["vet_certificate_present"]
    assert row.photos.isVisible() and not row.photos.removable
    assert "Delete" not in next(iter(row.photos.buttons.values())).toolTip()


def test_the_arrival_time_is_typed_as_the_language_writes_it(qtbot, ctx, monkeypatch):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    dialog = new_inspection.NewInspectionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.arrived
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "5.3.2026 9:05")
    for text in ("AG 1234 AG",):
        qtbot.keyClicks(dialog.tractor, text)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.reference, dialog.error.text()
    arrived = ctx.read(lambda s: inspections.get(s, dialog.reference).arrived_at)
    assert arrived.isoformat() == "2026-03-05T04:05:00+00:00"  # 09:05 in Ashgabat


def test_a_time_that_is_not_one_is_kept_and_said_and_nothing_is_made(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    dialog = new_inspection.NewInspectionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.arrived
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "31.11.2026 25:00")
    qtbot.keyClicks(dialog.tractor, "AG 1234 AG")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.reference is None
    assert field.line.text() == "31.11.2026 25:00"
    assert "is not a date" in dialog.error.text()
    assert ctx.read(queries.count, queries.InspectionFilter()) == 0


def test_a_finding_shows_its_badge_without_moving_the_note(qtbot, ctx, record):
    """The officer's eye stays on the note field: giving or taking back a finding shows or hides
    the badge in a place kept for it, and nothing on the row moves."""
    editor = open_editor(qtbot, ctx, record)
    customs = editor.agency_tab("customs")
    editor.tabs.setCurrentWidget(customs)
    row = next(r for r in customs.visible_rows() if r.item.type.value == "yes_no" and r.item.can_be_finding)
    key_of = {"yes": "y", "no": "n"}
    finding_key, fine_key = ((key_of[v] for v in ("no", "yes")) if "no" in row.item.noncompliant_values
                             else (key_of[v] for v in ("yes", "no")))
    where = row.note.geometry()
    for key, finding in ((finding_key, True), (fine_key, False), (finding_key, True)):
        customs.focus_row(row)
        char_key(key).send()
        qtbot.waitUntil(lambda: row.finding == finding)
        QTest.qWait(10)  # let the row lay itself out, if it would
        assert row.badge.isVisible() == finding
        assert row.note.geometry() == where
