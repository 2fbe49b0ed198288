"""Time Release Study figures from hand-made records with known times (docs/trs.md)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from inspector.domain import clock
from inspector.domain.enums import Agency, RiskLane
from inspector.domain.errors import ValidationError
from inspector.services import trs, trs_findings
from inspector.services.trs import AgencyStage, Percentiles, Stage, TrsFilter

from inspector.store.database import Database

from tests.core.trs_records import DAY, Case, at, minutes
from tests.exchange.conftest import pg_server, pg_url  # noqa: F401 - fixtures

PERIOD = TrsFilter.days(DAY.date(), DAY.date() + timedelta(days=6))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request, tmp_path):
    """Every figure is computed the same on a BCP's SQLite file and head office's PostgreSQL."""
    target = tmp_path / "inspector.db" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = Database(target)
    yield database
    database.dispose()


@pytest.fixture
def case(db, registry, people):
    def make(arrived, opened, **kw) -> Case:
        return Case(db, registry, people, arrived=arrived, opened=opened, **kw)
    return make


def figures(db, f: TrsFilter = PERIOD) -> trs.Figures:
    with db.read_session() as s:
        return trs.figures(s, f)


def test_parallel_sections_count_once_on_the_critical_path(db, case):
    # Customs 10:00–11:00 and veterinary 10:15–10:45 work side by side: the
    # inspections take 60 minutes, not 90; each agency's own time is its own.
    (case(at(9.5), at(9.75), agencies=("customs", "veterinary"))
     .start("customs", at(10)).start("veterinary", at(10.25))
     .sign("veterinary", at(10.75)).sign("customs", at(11))
     .confirm(at(11.25)).finalize(at(11.5), released=at(11.6)))
    times = figures(db).times.overall.stages
    assert times[Stage.QUEUE] == Percentiles(1, minutes(15), minutes(15), minutes(15))
    assert times[Stage.AGENCY_START].median == minutes(15)
    assert times[Stage.INSPECTION].median == minutes(60)
    assert times[Stage.DECISION].median == minutes(15)
    assert times[Stage.FINALIZATION].median == minutes(15)
    assert times[Stage.RELEASE].median == 6 * 60
    assert times[Stage.TOTAL].median == round(2.1 * 3600)
    agencies = figures(db).agency_times
    assert agencies[Agency.CUSTOMS][AgencyStage.WORK].median == minutes(60)
    assert agencies[Agency.VETERINARY][AgencyStage.WAIT].median == minutes(30)
    assert agencies[Agency.VETERINARY][AgencyStage.WORK].median == minutes(30)
    assert agencies[Agency.VETERINARY][AgencyStage.TOTAL].median == minutes(60)


def test_unsigned_sections_and_unreleased_records_leave_their_stages_out(db, case):
    # Released after 3 h.
    case(at(8), at(8)).start("customs", at(8.5)).sign("customs", at(9)).confirm(at(10)).finalize(at(11))
    # Held for the laboratory: finalized, never released.
    (case(at(8), at(8)).start("customs", at(8.5)).sign("customs", at(9), "detain")
     .confirm(at(9.5)).finalize(at(9.75)))
    # Still being inspected: the veterinary section has not started.
    case(at(8), at(8), agencies=("customs", "veterinary")).start("customs", at(9)).sign("customs", at(10))
    # Opened, nobody started yet.
    case(at(8), at(8.5))
    result = figures(db)
    assert (result.totals.inspections, result.totals.released, result.totals.held, result.totals.open) == (4, 1, 1, 2)
    assert result.totals.decisions == {"release": 1, "detain": 1}
    times = result.times.overall.stages
    assert times[Stage.TOTAL] == Percentiles(1, 3 * 3600, 3 * 3600, 3 * 3600)
    assert times[Stage.QUEUE].count == 4
    assert times[Stage.AGENCY_START].count == 3  # the fourth has no section started
    assert times[Stage.INSPECTION].count == 2  # the third waits for veterinary
    assert times[Stage.FINALIZATION].count == 2
    assert times[Stage.RELEASE].count == 1


def test_nearest_rank_percentiles_over_many_records(db, case):
    # Arrival to release of 1, 2 … 10 hours.
    for hours in range(1, 11):
        c = case(at(1), at(1)).start("customs", at(1)).sign("customs", at(1)).confirm(at(1))
        c.finalize(at(1 + hours))
    total = figures(db).times.overall.stages[Stage.TOTAL]
    assert total == Percentiles(10, 5 * 3600, 8 * 3600, 9 * 3600)
    assert Percentiles.of([]) == Percentiles(0)
    assert Percentiles.of([7, None, 3]) == Percentiles(2, 3, 7, 7)
    assert Percentiles.of([-60, 30, 90]).median == 30
    assert Percentiles.of([-60]).median == 0  # out-of-order times count as no wait


def test_a_pre_arrival_draft_waits_no_time_before_opening(db, case):
    case(arrived=at(12), opened=at(9)).start("customs", at(12.5))
    assert figures(db).times.overall.stages[Stage.QUEUE].median == 0


def test_an_amendment_keeps_the_original_timeline_and_release(db, case, people):
    c = (case(at(8), at(8.25)).start("customs", at(8.5)).sign("customs", at(9))
         .confirm(at(9.5)).finalize(at(10)).approve(at(12)))
    c.amend(at(14, day=1)).sign("customs", at(15, day=1)).confirm(at(15.5, day=1)).finalize(at(16, day=1))
    result = figures(db)
    stages = result.times.overall.stages
    assert stages[Stage.QUEUE].median == minutes(15)
    assert stages[Stage.INSPECTION].median == minutes(30)
    assert stages[Stage.TOTAL].median == 2 * 3600  # released when the original was finalized
    assert result.totals.inspections == 1 and result.totals.released == 1


def test_a_hold_lifted_by_an_amendment_releases_the_truck_then(db, case):
    c = (case(at(8), at(8)).start("customs", at(8.5)).sign("customs", at(9), "hold_for_lab")
         .confirm(at(9.5)).finalize(at(10)))
    c.approve(at(11)).amend(at(10, day=1)).sign("customs", at(10.5, day=1), "release")
    c.confirm(at(11, day=1)).finalize(at(12, day=1))
    stages = figures(db).times.overall.stages
    assert stages[Stage.TOTAL].median == 28 * 3600


def test_filters_narrow_every_figure(db, case):
    case(at(8), at(8), risk_lane="red", bcp="FRB").start("customs", at(9)).sign("customs", at(10))
    case(at(8), at(8), risk_lane="green", bcp="SRG", direction="exit", procedure="export")
    case(at(8), at(8), risk_lane="green", bcp="FRB", agencies=("customs", "veterinary"))
    case(at(8, day=7), at(8, day=7), risk_lane="red", bcp="FRB")  # after the period
    with db.read_session() as s:
        count = lambda **kw: trs.totals(s, TrsFilter(PERIOD.start, PERIOD.end, **kw)).inspections  # noqa: E731
        assert count() == 3
        assert count(bcp_code="FRB") == 2
        assert count(lane=RiskLane.GREEN) == 2
        assert count(agency=Agency.VETERINARY) == 1
        assert count(direction=trs.Direction.EXIT) == 1
        assert count(procedure=trs.Procedure.EXPORT) == 1
        assert count(hs_chapter="02") == 3
        assert count(hs_chapter="03") == 0
        assert count(bcp_code="FRB", lane=RiskLane.RED) == 1
        lanes = trs.stage_times(s, PERIOD).lanes
        assert [(g.key, g.inspections) for g in lanes] == [("green", 2), ("red", 1)]
        assert [(g.key, g.inspections) for g in trs.stage_times(s, PERIOD).bcps] == [("FRB", 2), ("SRG", 1)]


def test_trend_per_day_and_per_week(db, case):
    for day, hours in ((0, 2), (0, 4), (2, 3)):
        c = case(at(8, day), at(8, day)).start("customs", at(8, day)).sign("customs", at(8, day))
        c.confirm(at(8, day)).finalize(at(8 + hours, day))
    case(at(23.9, 3), at(23.95, 3))  # 23:54 BCP time is still day 3 (18:54 UTC)
    with db.read_session() as s:
        daily = trs.stage_times(s, PERIOD).trend
        weekly = trs.stage_times(s, TrsFilter.days(date(2026, 11, 1), date(2026, 12, 31)), "week").trend
    assert [p.start for p in daily] == [DAY.date() + timedelta(days=n) for n in range(7)]
    assert [(p.inspections, p.released) for p in daily[:4]] == [(2, 2), (0, 0), (1, 1), (1, 0)]
    assert daily[0].total == Percentiles(2, 2 * 3600, 4 * 3600, 4 * 3600)
    assert all(p.start.weekday() == 0 for p in weekly)
    week = next(p for p in weekly if p.start == date(2026, 11, 16))  # 20 November is a Friday
    assert week.inspections == 3  # Friday and Sunday; Monday 23rd starts the next week
    assert next(p for p in weekly if p.start == date(2026, 11, 23)).inspections == 1


def test_decisions_per_agency_and_open_sections_waiting(db, case):
    (case(at(8), at(8), agencies=("customs", "veterinary")).start("customs", at(9)).start("veterinary", at(9))
     .sign("customs", at(10)).sign("veterinary", at(10), "treatment_required"))
    case(at(9), at(9), agencies=("customs", "veterinary")).start("customs", at(9.5))
    case(at(10), at(10.5), agencies=("customs",), bcp="SRG")
    result = figures(db)
    agencies = {a.agency: a for a in result.agencies}
    assert (agencies[Agency.CUSTOMS].sections, agencies[Agency.CUSTOMS].signed) == (3, 1)
    assert agencies[Agency.VETERINARY].decisions == {"treatment_required": 1}
    waiting = {w.agency: w for w in result.waiting}
    assert waiting[Agency.CUSTOMS].sections == 2
    assert waiting[Agency.VETERINARY].sections == 1
    assert waiting[Agency.PHYTOSANITARY].sections == 0
    assert clock.local(waiting[Agency.CUSTOMS].oldest_opened) == at(9)
    with db.read_session() as s:
        assert {w.agency: w.sections for w in trs.waiting(s, "SRG")}[Agency.CUSTOMS] == 1


def test_most_frequent_findings_by_checklist_rules(db, case):
    # Prohibited goods (a yes/no) on two records; a fever (multi-choice) and 39.2 °C (a number limit) on one.
    for n in range(2):
        case(at(8 + n), at(8 + n)).start("customs", at(9 + n), findings=("prohibited_goods",))
    c = case(at(12), at(12), agencies=("customs", "sanitary_epidemiological"))
    c.start("customs", at(12.5)).answer("sanitary_epidemiological", at(13), "body_temperature", 39.2)
    c.answer("sanitary_epidemiological", at(13), "driver_symptoms", ["cough", "fever"])
    normal = case(at(14), at(14), agencies=("customs", "sanitary_epidemiological")).start("customs", at(14.5))
    normal.answer("sanitary_epidemiological", at(15), "body_temperature", 36.6)
    normal.answer("sanitary_epidemiological", at(15), "driver_symptoms", ["none"])
    result = figures(db)
    top = result.findings[0]
    assert (top.agency, top.item, top.count, top.share) == (Agency.CUSTOMS, "prohibited_goods", 2, 0.5)
    assert top.text["tk"] and top.text["ru"] and top.severity is not None
    found = {f.item: f for f in result.findings}
    assert (found["body_temperature"].count, found["body_temperature"].share) == (1, 0.5)
    assert found["driver_symptoms"].count == 1
    assert found["body_temperature"].agency is Agency.SANITARY_EPIDEMIOLOGICAL
    later = TrsFilter(at(11), PERIOD.end)
    with db.read_session() as s:
        narrowed = trs_findings.most_frequent(s, later, trs.agency_totals(s, later))
    assert "prohibited_goods" not in {f.item for f in narrowed}


def test_physical_examinations_per_lane(db, case):
    case(at(8), at(8), risk_lane="red").answer("customs", at(9), "exam_extent", "full")
    case(at(8), at(8), risk_lane="red").answer("customs", at(9), "exam_extent", "partial")
    case(at(8), at(8), risk_lane="red").answer("customs", at(9), "exam_extent", "none")
    case(at(8), at(8), risk_lane="green").answer("customs", at(9), "exam_extent", "none")
    case(at(8), at(8), risk_lane="green")
    rates = {r.lane: r for r in figures(db).lanes}
    assert (rates["red"].inspections, rates["red"].physical) == (3, 2)
    assert rates["red"].rate == pytest.approx(2 / 3)
    assert (rates["green"].inspections, rates["green"].physical) == (2, 0)


def test_bad_periods_are_refused():
    with pytest.raises(ValidationError):
        TrsFilter.days(date(2026, 5, 2), date(2026, 5, 1))
    with pytest.raises(ValidationError):
        TrsFilter.days(date(2000, 1, 1), date(2026, 1, 1))
    with pytest.raises(ValidationError):
        TrsFilter.days(date(2026, 1, 1), date(2026, 1, 2), hs_chapter="2")
    f = TrsFilter.days(date(2026, 3, 1), date(2026, 3, 31))
    assert (f.previous().first_day, f.previous().last_day) == (date(2026, 1, 29), date(2026, 2, 28))


def test_the_records_behind_each_figure(db, case):
    from inspector.services.trs_records import records

    slow = case(at(8), at(8), risk_lane="red", agencies=("customs", "veterinary"))
    slow.start("customs", at(9)).start("veterinary", at(9)).sign("veterinary", at(9.5), "treatment_required")
    slow.sign("customs", at(14)).confirm(at(14.5)).finalize(at(15))
    quick = []
    for n in range(9):  # 30 … 38 minutes of inspection
        c = case(at(8), at(8), risk_lane="green").start("customs", at(8.5)).sign("customs", at(9 + n / 60))
        quick.append(c.confirm(at(9.25)).finalize(at(9.5)))
    waiting = case(at(10, 1), at(10, 1), agencies=("customs", "phytosanitary")).start("customs", at(11, 1))
    with db.read_session() as s:
        find = lambda *key: records(s, PERIOD, key)  # noqa: E731
        # Times: the records at or above the 90th percentile (the 9th of 10 values).
        assert find("stage", "inspection") == {slow.uuid, quick[8].uuid}
        assert find("stage", "total") == {c.uuid for c in quick}  # all released at 9:30; the slow one held
        assert find("lane", "green") == {c.uuid for c in quick}
        assert find("agency", "customs") == {slow.uuid, quick[8].uuid}
        assert find("agency_decision", "veterinary", "treatment_required") == {slow.uuid}
        assert find("day", DAY.date().isoformat()) == {slow.uuid} | {c.uuid for c in quick}
        assert find("week", date(2026, 11, 16).isoformat()) == {slow.uuid, waiting.uuid} | {c.uuid for c in quick}
        assert find("waiting", "phytosanitary") == {waiting.uuid}
        assert find("bcp", "FRB") == {c.uuid for c in quick}


def test_a_long_answer_is_stored_on_both_databases_despite_the_findings_index(db, case):
    # A custom checklist may allow 2,000 characters of free text: too long for a
    # PostgreSQL index entry, so the findings index leaves such values out.
    from sqlalchemy import func, select, update

    from inspector.store.models import Answer

    c = case(at(8), at(8)).start("customs", at(9))
    answers = Answer.__table__
    with db.session() as s:
        first = s.scalar(select(func.min(answers.c.id)))
        rng = random.Random(1)  # letters that do not compress: the entry stays too long for an index
        text = "".join(rng.choice("абвгдеёжзийклмнопрстуфхцчшщыэюяäçňöşüýž ") for _ in range(2000))
        s.execute(update(answers).where(answers.c.id == first).values(value=text))
    with db.read_session() as s:
        assert trs.figures(s, PERIOD).totals.inspections == 1
    assert c.reference


def _chart_texts(chart) -> str:
    from reportlab.graphics import renderSVG

    return renderSVG.drawToString(chart.drawing)


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
def test_every_chart_draws_a_period_with_no_records_and_one_with_none_released(db, case, lang):
    """An empty period or one whose trucks are all still inside: each chart says so, none fails."""
    from inspector.reports import fonts, trs_charts
    from inspector.reports.trs import build_trs

    fonts.register()
    empty = figures(db)
    for name, chart in trs_charts.ALL.items():
        expected = "No section is waiting" if name == "waiting" else "No records in this period"
        assert expected in _chart_texts(chart(empty, "en")), name
        _chart_texts(chart(empty, lang))
    case(at(8), at(8.5)).start("customs", at(9))  # arrived, inspected, not released
    inside = figures(db)
    assert inside.totals.inspections == 1 and inside.totals.released == 0
    for name, chart in trs_charts.ALL.items():
        _chart_texts(chart(inside, lang))
    assert "released yet" in _chart_texts(trs_charts.trend_chart(inside, "en"))
    assert "No section is waiting" not in _chart_texts(trs_charts.waiting_chart(inside, "en"))
    assert build_trs(inside, empty, lang).data.startswith(b"%PDF")
