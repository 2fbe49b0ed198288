"""The inspection list model: Qt's model tester, lazy fetching, search."""

from __future__ import annotations

import pytest

from inspector.checklists.registry import ChecklistRegistry
from inspector.demo.generator import generate
from inspector.services import queries
from inspector.store.database import Database
from inspector.ui.context import AppContext
from inspector.ui.models.inspection_table import PAGE, InspectionTableModel
from inspector.ui.pages.inspections import InspectionsPage


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(path)
    generate(db, ChecklistRegistry(), inspections=230, seed=5)
    db.dispose()
    return path


@pytest.fixture
def demo_ctx(qapp, demo_path):
    context = AppContext(Database(demo_path), ChecklistRegistry())
    yield context
    context.db.dispose()


def test_model_passes_qt_model_tester(qtmodeltester, demo_ctx):
    model = InspectionTableModel(demo_ctx)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_a_page_at_a_time(demo_ctx):
    model = InspectionTableModel(demo_ctx)
    model.reload()
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 230 and not model.canFetchMore()


def test_search_by_plate_and_reference(qtbot, demo_ctx):
    page = InspectionsPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    plate = page.model.rows[7].tractor_plate
    reference = page.model.rows[9].reference
    page.search.setText(plate[:5])
    page.apply()
    assert plate in {r.tractor_plate for r in page.model.rows}
    assert all((r.tractor_plate or "").startswith(plate[:5]) or (r.trailer_plate or "").startswith(plate[:5])
               or plate[:5] in r.reference for r in page.model.rows)
    page.search.setText(reference)
    page.apply()
    assert [r.reference for r in page.model.rows] == [reference]
    page.search.setText("")
    page.status.setCurrentIndex(page.status.findData("approved"))
    assert {r.status for r in page.model.rows} == {"approved"}
    assert page.current_filter() == queries.InspectionFilter(statuses=(queries.Status.APPROVED,))
