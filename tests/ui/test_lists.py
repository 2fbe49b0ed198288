"""The lists as officers drive them with the keyboard: search → results → open,
the next officer's clean list, the work and review queues, lists that reload only
when seen, and confirmations whose default changes nothing."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from inspector.domain import clock
from inspector.domain.enums import ReviewOutcome
from inspector.services import auth, inspections, queries, workflow
from inspector.ui import i18n
from inspector.ui.dialogs.confirm import Confirm
from inspector.ui.main_window import MainWindow

from tests.core.conftest import consignment
from tests.core.helpers import answer_section, confirmed, finalize, sign_section
from tests.ui.conftest import PASSWORD


class _People:
    def __init__(self, ctx):
        find = lambda name: ctx.read(auth.find_user, name)  # noqa: E731
        self.customs, self.vet, self.supervisor = find("aman"), find("merdan"), find("chief")
        self.phyto = self.sanepid = None


def create(ctx, user, **overrides) -> str:
    return ctx.write(lambda s: inspections.create(s, user, consignment(**overrides), ctx.registry).reference)


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install("en")  # as the app does at start: English has plural forms too


@pytest.fixture
def records(ctx):
    aman = ctx.read(auth.find_user, "aman")
    first = create(ctx, aman, vehicle={"tractor_plate": "10-XB-501", "trailer_plate": None, "country": "TM"},
                   arrived_at="2026-11-27T08:00:00+05:00")
    second = create(ctx, aman, arrived_at="2026-11-27T09:00:00+05:00")
    return first, second


def window_for(qtbot, ctx, username: str) -> MainWindow:
    ctx.set_user(auth.login(ctx.db, username, PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_typed_search_then_enter_reaches_the_record(qtbot, ctx, records):
    window = window_for(qtbot, ctx, "aman")
    page = window.inspections
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.count.text() == "2 records shown"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "10xb501")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the search runs at once and focus moves into the results
    assert QApplication.focusWidget() is page.table
    assert [r.reference for r in page.model.rows] == [records[0]] and page.count.text() == "1 record shown"
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert list(window.editors) == [records[0]]
    window.editors[records[0]].close()


def test_down_from_the_search_selects_the_first_result_and_up_returns(qtbot, ctx, records):
    window = window_for(qtbot, ctx, "aman")
    page = window.inspections
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table and page.table.currentIndex().row() == 0
    assert page.model.reference_at(0) == records[1]  # newest arrival first
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is page.search


def test_the_next_officer_starts_without_the_previous_filters(qtbot, ctx, records, as_user):
    window = window_for(qtbot, ctx, "aman")
    page = window.inspections
    qtbot.keyClicks(page.search, "10xb")
    page.status.setCurrentIndex(page.status.findData("draft"))
    page.apply()
    assert page.model.rowCount() == 1
    as_user("merdan")
    window.switch_user()
    assert ctx.user.username == "merdan"
    assert page.search.text() == "" and page.status.currentIndex() == 0
    assert page.model.rowCount() == 2
    as_user("merdan")
    window.lock()  # the same officer coming back keeps the list as it was
    assert page.model.rowCount() == 2


def test_a_hidden_list_reloads_only_when_shown(qtbot, ctx, records):
    window = window_for(qtbot, ctx, "aman")
    page = window.inspections
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    reads = []
    real = page.model.reload
    page.model.reload = lambda *a, **k: (reads.append(1), real(*a, **k))
    window.navigation.setCurrentRow(window.navigation.row(
        next(window.navigation.item(r) for r in range(window.navigation.count())
             if window.navigation.item(r).data(Qt.ItemDataRole.UserRole) == "work")))
    assert not page.isVisible()
    aman = ctx.read(auth.find_user, "aman")
    third = create(ctx, aman)
    ctx.record_changed.emit(third)
    ctx.record_changed.emit(third)
    assert reads == [] and page.stale
    window.navigation.setCurrentRow(0)
    assert len(reads) == 1 and page.model.rowCount() == 3


def test_the_work_queue_shows_my_agencys_open_sections(qtbot, ctx, records):
    aman = ctx.read(auth.find_user, "aman")
    answer_section(ctx.db, aman, records[0], "customs")
    sign_section(ctx.db, aman, records[0], "customs")
    window = window_for(qtbot, ctx, "aman")
    work = window.work
    window.navigation.setCurrentRow(1)
    assert window.stack.currentWidget() is work
    qtbot.waitUntil(lambda: work.model.rowCount() == 1)
    assert work.model.reference_at(0) == records[1] and work.count.text() == "1 record shown"
    assert "Customs" in work.hint.text()
    work.search.setFocus()
    qtbot.keyClick(work.search, Qt.Key.Key_Return)
    qtbot.keyClick(work.table, Qt.Key.Key_Return)
    assert list(window.editors) == [records[1]]
    window.editors[records[1]].close()


def test_the_review_queue_searches_counts_and_opens_the_newest_finalized_first(qtbot, ctx, records):
    people = _People(ctx)
    with clock.at(datetime(2026, 11, 27, 10, 0, tzinfo=timezone.utc)):
        finalize(ctx.db, people, records[1])
    with clock.at(datetime(2026, 11, 27, 11, 0, tzinfo=timezone.utc)):
        finalize(ctx.db, people, records[0])  # finalized last: first in the queue
    window = window_for(qtbot, ctx, "chief")
    review = window.review
    window.navigation.setCurrentRow(window.navigation.row(
        next(window.navigation.item(r) for r in range(window.navigation.count())
             if window.navigation.item(r).data(Qt.ItemDataRole.UserRole) == "review")))
    qtbot.waitUntil(lambda: review.model.rowCount() == 2)
    assert [review.model.reference_at(n) for n in range(2)] == [records[0], records[1]]
    assert review.count.text() == "2 records shown"
    assert not review.findChildren(type(review.open_button), "approve_selected")
    qtbot.keyClicks(review.search, "10-xb")
    qtbot.keyClick(review.search, Qt.Key.Key_Return)
    assert review.model.rowCount() == 1 and review.count.text() == "1 record shown"
    qtbot.keyClick(review.table, Qt.Key.Key_Return)
    assert list(window.editors) == [records[0]]
    window.editors[records[0]].close()
    with ctx.db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, records[0]), ReviewOutcome.APPROVED,
                        confirmation=confirmed(s, people.supervisor))
    ctx.record_changed.emit(records[0])
    assert review.model.rowCount() == 0


def answer_next_box(qtbot, action) -> None:
    """Act on the confirmation box once it is up (it runs its own event loop)."""
    def act():
        box = QApplication.activeModalWidget()
        if not isinstance(box, Confirm):
            QTimer.singleShot(20, act)
            return
        action(box)
    QTimer.singleShot(0, act)


def test_deactivating_asks_first_and_enter_keeps_the_account(qtbot, ctx):
    window = window_for(qtbot, ctx, "admin")
    users = window.pages["users"]
    users.load()
    row = next(n for n, u in enumerate(users.users) if u.username == "merdan")
    users.table.selectRow(row)
    seen = {}

    def press_enter(box):
        seen["default"] = box.defaultButton() is box.cancel
        seen["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)
    answer_next_box(qtbot, press_enter)
    qtbot.mouseClick(users.toggle_button, Qt.MouseButton.LeftButton)
    assert seen["default"] and "Merdan Gylyjow" in seen["text"]
    assert ctx.read(auth.find_user, "merdan").active

    users.table.selectRow(row)
    answer_next_box(qtbot, lambda box: qtbot.mouseClick(box.action, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(users.toggle_button, Qt.MouseButton.LeftButton)
    assert not ctx.read(auth.find_user, "merdan").active


def test_removing_rows_asks_first(qtbot, ctx, records):
    from inspector.ui.editor.window import InspectionWindow
    from inspector.ui.editor.lines import LinesEditor

    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    editor = InspectionWindow(ctx, records[1])
    qtbot.addWidget(editor)
    editor.show()
    documents = next(e for e in editor.findChildren(LinesEditor) if e.remove_button.objectName() == "remove_documents")
    before = documents.table.rowCount()
    documents.table.selectRow(0)
    answer_next_box(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    qtbot.mouseClick(documents.remove_button, Qt.MouseButton.LeftButton)
    assert documents.table.rowCount() == before
    documents.table.selectRow(0)
    answer_next_box(qtbot, lambda box: qtbot.mouseClick(box.action, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(documents.remove_button, Qt.MouseButton.LeftButton)
    assert documents.table.rowCount() == before - 1


def test_queries_filter_for_returned_records_in_the_list(qtbot, ctx, records):
    people = _People(ctx)
    finalize(ctx.db, people, records[0])
    with ctx.db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, records[0]), ReviewOutcome.RETURNED,
                        "Seal not read", ["customs"], confirmation=confirmed(s, people.supervisor))
    window = window_for(qtbot, ctx, "aman")
    page = window.inspections
    page.status.setCurrentIndex(page.status.findData("returned"))
    assert [r.reference for r in page.model.rows] == [records[0]]
    status_column = page.model.columns.index(1)
    assert page.model.index(0, status_column).data() == "Returned"
    assert page.model.index(0, status_column).data(Qt.ItemDataRole.ToolTipRole) == "Returned for correction"
    assert queries.Status.RETURNED
