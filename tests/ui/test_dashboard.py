"""The supervisor's dashboard in the main window: figures, charts, click-through to the list."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from inspector.checklists.registry import ChecklistRegistry
from inspector.demo.generator import generate
from inspector.services import auth, trs, trs_records
from inspector.store.database import Database
from inspector.ui import i18n
from inspector.ui.application import create_application
from inspector.ui.context import AppContext
from inspector.ui.main_window import MainWindow

from tests.ui.conftest import PASSWORD

FIRST, LAST = date(2026, 9, 1), date(2026, 11, 30)


@pytest.fixture
def demo_ctx(qapp, tmp_path):
    """The app on a demo database (the demo makes its own accounts), with the supervisor "chief" added."""
    path = tmp_path / "demo.db"
    db = Database(path)
    demo = generate(db, ChecklistRegistry(), inspections=40, seed=4)
    with db.session() as s:
        admin = next(u for u in auth.list_users(s) if u.role == "admin")
        auth.create_user(s, admin, username="chief", full_name="Batyr Orazow", role="supervisor", agency=None,
                         password=PASSWORD, badge_number="B-chief",
                         confirmation=auth.confirm_identity(s, admin, demo.password))
    db.dispose()
    create_application()
    context = AppContext(Database(path), ChecklistRegistry())
    context.demo_password = demo.password  # the demo's accounts (its administrator "admin" too)
    yield context
    context.db.dispose()


def _open_dashboard(qtbot, window) -> None:
    row = next(n for n in range(window.navigation.count())
               if window.navigation.item(n).data(Qt.ItemDataRole.UserRole) == "dashboard")
    item = window.navigation.item(row)
    assert not item.isHidden()
    with qtbot.waitSignal(window.dashboard.computed, timeout=60_000):
        rect = window.navigation.visualItemRect(item)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.dashboard


def _set_period(qtbot, page) -> None:
    with qtbot.waitSignal(page.computed, timeout=60_000):
        page.period.setCurrentIndex(page.period.findData("custom"))
        page.date_from.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
        page.date_to.setDate(QDate(LAST.year, LAST.month, LAST.day))
    assert page.figures.filter == trs.TrsFilter.days(FIRST, LAST)


def test_supervisor_clicks_a_decision_bar_and_sees_its_records_in_the_list(qtbot, demo_ctx):
    ctx = demo_ctx
    ctx.set_user(auth.login(ctx.db, "chief", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _open_dashboard(qtbot, window)
    page = window.dashboard
    assert not page.busy.isVisible()
    _set_period(qtbot, page)
    expected = ctx.read(trs.figures, trs.TrsFilter.days(FIRST, LAST))
    assert page.figures.totals == expected.totals
    assert page.cards["inspections"].text().endswith(f"{expected.totals.inspections}</b>")

    view = page.views["decisions"]
    region = next(r for r in view.chart.regions if r.key == ("agency_decision", "customs", "release"))
    spot = view.to_widget((region.x0 + region.x1) / 2, (region.y0 + region.y1) / 2).toPoint()
    assert view.key_at(spot) == region.key
    with qtbot.waitSignal(page.records_requested, timeout=60_000) as asked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=spot)
    caption, uuids = asked.args
    assert uuids == ctx.read(trs_records.records, page.figures.filter, region.key)
    assert len(uuids) == expected.agencies[0].decisions["release"]
    assert window.stack.currentWidget() is window.inspections
    listed = window.inspections.model
    qtbot.waitUntil(lambda: listed.rowCount() == len(uuids))
    assert {row.uuid for row in listed.rows} == set(uuids)
    assert "Customs" in caption and caption in window.inspections.count.text()

    # A filter change in the list brings every record back.
    window.inspections.status.setCurrentIndex(1)
    window.inspections.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: listed.rowCount() == 40)


def test_a_trend_point_opens_that_weeks_arrivals(qtbot, demo_ctx):
    ctx = demo_ctx
    ctx.set_user(auth.login(ctx.db, "admin", ctx.demo_password))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _open_dashboard(qtbot, window)
    _set_period(qtbot, window.dashboard)
    view = window.dashboard.views["volume"]
    counts = {p.start.isoformat(): p.inspections for p in window.dashboard.figures.times.trend}
    region = max((r for r in view.chart.regions), key=lambda r: counts[r.key[1]])
    spot = view.to_widget((region.x0 + region.x1) / 2, region.y0 + 5).toPoint()
    with qtbot.waitSignal(window.dashboard.records_requested, timeout=60_000) as asked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=spot)
    assert len(asked.args[1]) == counts[region.key[1]] > 0


def test_officers_have_no_dashboard(qtbot, ctx):
    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    row = next(n for n in range(window.navigation.count())
               if window.navigation.item(n).data(Qt.ItemDataRole.UserRole) == "dashboard")
    assert window.navigation.item(row).isHidden()


@pytest.mark.parametrize("lang, words", [
    ("en", ("Time per stage", "Customs", "Arrival to release", "Records")),
    ("ru", ("Время по этапам", "Таможня", "От прибытия до выпуска", "Записи")),
    ("tk", ("Tapgyrlar boýunça wagt", "Gümrük", "Gelenden goýberilýänçä", "Ýazgylar")),
])
def test_charts_speak_the_chosen_language(qtbot, demo_ctx, lang, words, tmp_path):
    ctx = demo_ctx
    ctx.set_user(auth.login(ctx.db, "chief", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    _open_dashboard(qtbot, window)
    _set_period(qtbot, window.dashboard)
    window.language.setCurrentIndex(window.language.findData(lang))
    try:
        from inspector.ui.chart_view import svg_of

        shown = "".join(svg_of(view.chart).decode("utf-8") for view in window.dashboard.views.values())
        for word in words:
            assert word in shown, word
        svg = svg_of(window.dashboard.views["stages"].chart).decode("utf-8")
        ElementTree.fromstring(svg)  # well-formed after the clean-up for Qt
        assert "clipPath" not in svg and ": None;" not in svg
        assert set(re.findall(r"font-family: ([^;]+);", svg)) == {"'DejaVu Sans'"}
        window.dashboard.scroll.widget().grab().save(str(tmp_path / f"dashboard-{lang}.png"))
        assert (tmp_path / f"dashboard-{lang}.png").stat().st_size > 20_000
    finally:
        i18n.install("en")


def test_the_screen_saves_the_trs_report_and_the_csv(qtbot, demo_ctx, tmp_path, monkeypatch):
    from pypdf import PdfReader

    ctx = demo_ctx
    ctx.set_user(auth.login(ctx.db, "chief", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _open_dashboard(qtbot, window)
    page = window.dashboard
    _set_period(qtbot, page)
    targets = iter([str(tmp_path / "figures.csv"), str(tmp_path / "trs.pdf")])
    monkeypatch.setattr(type(page), "ask_save_path", classmethod(lambda cls, *a: next(targets)))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbfperiod,from,to")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "trs.pdf").exists() and not page.busy.isVisible(), timeout=60_000)
    assert "Time Release Study" in PdfReader(tmp_path / "trs.pdf").pages[0].extract_text()


def test_every_dashboard_text_is_translated():
    source = (Path(__file__).parents[2] / "inspector" / "ui" / "pages" / "dashboard.py").read_text("utf-8")
    texts = set(re.findall(r'self\.tr\(\s*"((?:[^"\\]|\\.)*)"', source))
    assert len(texts) > 15
    for lang in ("ru", "tk"):
        tree = ElementTree.parse(Path(__file__).parents[2] / "resources" / "i18n" / f"inspector_{lang}.ts")
        context = next(c for c in tree.getroot() if c.findtext("name") == "DashboardPage")
        translated = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
        missing = {t for t in texts if not translated.get(t)}
        assert not missing, (lang, missing)



def test_a_new_database_shows_the_dashboard_with_empty_charts(qtbot, ctx, tmp_path):
    """The first day at a BCP: no records yet; every chart says so, no error dialog."""
    from inspector.ui.chart_view import svg_of

    ctx.set_user(auth.login(ctx.db, "chief", PASSWORD))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _open_dashboard(qtbot, window)
    page = window.dashboard
    assert page.figures.totals.inspections == 0
    assert page.cards["inspections"].text().endswith(">0</b>")
    for name, view in page.views.items():
        expected = "No section is waiting" if name == "waiting" else "No records in this period"
        assert expected in svg_of(view.chart).decode("utf-8"), name
        assert view.chart.regions == []
    page.scroll.widget().grab().save(str(tmp_path / "dashboard-empty.png"))
