"""The dashboard's kept times (``trs_times``, migration 0014) give the figures the records give.

Every figure read from the kept times is compared with the same figure
computed from the records themselves (the statements ``inspector trs`` ran
before the table existed), for cases in every state, on SQLite and PostgreSQL;
and the table is shown to follow changes whoever makes them.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import func, insert, select

from inspector.services import trs, trs_findings, trs_summary
from inspector.services.trs import Stage, TrsFilter
from inspector.store.database import Database
from inspector.store.migrate import alembic_config, current_revision, head_revision
from inspector.store.models import TrsFinding, TrsPending, TrsTime

from tests.core.trs_records import DAY, Case, at
from tests.exchange.conftest import pg_server, pg_url  # noqa: F401 - fixtures

WEEK = TrsFilter.days(DAY.date(), DAY.date() + timedelta(days=6))
FILTERS = [
    WEEK,
    TrsFilter.days(DAY.date() - timedelta(days=70), DAY.date() + timedelta(days=30)),  # weekly trend
    TrsFilter.days(DAY.date(), DAY.date()),
    TrsFilter.days(DAY.date(), DAY.date() + timedelta(days=6), lane=trs.RiskLane.GREEN),
    TrsFilter.days(DAY.date(), DAY.date() + timedelta(days=6), agency=trs.Agency.VETERINARY),
    TrsFilter.days(DAY.date(), DAY.date() + timedelta(days=6), bcp_code="FRB"),
    TrsFilter.days(DAY.date(), DAY.date() + timedelta(days=6), hs_chapter="02"),
    TrsFilter(at(9.5), at(10.25, 3)),  # not whole days: by the time of arrival
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request, tmp_path):
    target = tmp_path / "inspector.db" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = Database(target)
    yield database
    database.dispose()


@pytest.fixture
def case(db, registry, people):
    def make(arrived, opened, **kw) -> Case:
        return Case(db, registry, people, arrived=arrived, opened=opened, **kw)
    return make


def from_records(session, f: TrsFilter):
    """The time figures computed from the records (no kept times)."""
    bucket = trs.default_bucket(f)
    times = trs.times_of(trs.fetch_tuples(session, trs.durations_statement(f, session, bucket)), f, bucket)
    return times, trs.agency_times_of(trs.fetch_tuples(session, trs.agency_durations_statement(f)))


def from_kept(session, f: TrsFilter):
    assert not trs_summary.pending(session)
    return trs_summary.stage_times(session, f, trs.default_bucket(f)), trs_summary.agency_times(session, f)


def findings(counts: dict[int, int], found) -> Counter:
    merged = Counter()
    for group, count in counts.items():
        agency, _checklist, item = found.groups[group]
        merged[(agency, item.id)] += count
    return merged


def every_figure(session, f: TrsFilter) -> tuple:
    found = trs_findings.rules(session)
    agencies = trs.agency_totals(session, f)
    return (trs.totals(session, f), agencies, trs.stage_times(session, f), trs.agency_times(session, f),
            trs_findings.most_frequent(session, f, agencies, limit=0))


def assert_same_figures(db) -> None:
    with db.read_session() as s:
        trs_summary.bring_up_to_date(s)
    with db.read_session() as s:
        found = trs_findings.rules(s)
        kept = {f: every_figure(s, f) for f in FILTERS}
        for f in FILTERS:
            assert from_kept(s, f) == from_records(s, f), f
            assert (findings(trs_summary.finding_counts(s, f, found), found)
                    == findings(trs_findings.finding_counts(s, f, found), found)), f
        # A change pending: every figure is computed from the records, and is the same.
        s.execute(insert(TrsPending).values(inspection_id=-1, changes=1))
        for f in FILTERS:
            assert every_figure(s, f) == kept[f], f
        s.rollback()


FINDINGS = {"customs": ("prohibited_goods", "seals_intact"), "veterinary": ("vet_certificate_present", "seals_intact"),
            "phytosanitary": ("live_pests_found", "contaminants")}


def some_cases(case, seed: int = 7) -> list[Case]:
    """Cases in every state: parallel sections, held, open, pre-arrival drafts, amended, two lanes."""
    rng = random.Random(seed)
    made = []
    for n in range(14):
        day = rng.randrange(0, 5)
        arrived = at(rng.uniform(6, 12), day)
        opened = arrived + timedelta(minutes=rng.choice([-30, 0, 3, 17, 45]))  # -30: a pre-arrival draft
        agencies = rng.choice([("customs",), ("customs", "veterinary"), ("customs", "phytosanitary", "veterinary")])
        c = case(arrived, opened, agencies=agencies, risk_lane=rng.choice(["green", "yellow", "red"]),
                 bcp=rng.choice(["FRB", "SRH"]))
        made.append(c)
        step = opened
        if n % 7 == 6:
            continue  # opened, nobody started
        for agency in agencies:
            c.start(agency, step + timedelta(minutes=rng.randrange(1, 40)), findings=FINDINGS[agency][: n % 3])
        if n % 7 == 5:
            continue  # sections started, none signed
        last = step
        for agency in agencies:
            last = max(last, step + timedelta(minutes=rng.randrange(41, 200)))
            c.sign(agency, last, "detain" if n % 5 == 4 else "release")
        c.confirm(last + timedelta(minutes=rng.randrange(1, 30)))
        if n % 7 == 4:
            continue  # decided, not finalized
        finalized = last + timedelta(minutes=rng.randrange(31, 90))
        c.finalize(finalized, released=None if n % 5 == 4 else finalized + timedelta(minutes=rng.randrange(0, 120)))
        if n % 4 == 0 and n % 5 != 4:
            c.approve(finalized + timedelta(hours=1))
            c.amend(finalized + timedelta(hours=2))  # a correction: new current revision
    return made


def test_the_kept_times_give_the_figures_the_records_give(db, case):
    some_cases(case)
    with db.read_session() as s:
        assert trs_summary.pending(s)  # every change so far waits
    assert_same_figures(db)
    with db.read_session() as s:
        kept = s.scalar(select(func.count()).select_from(TrsTime))
        cases = s.scalar(select(func.count()).where(TrsTime.measure == trs_summary.CASE))
        found = s.scalar(select(func.count()).select_from(TrsFinding))
    assert cases == 14 and kept > 14 * 5 and found > 5


def test_each_step_of_a_record_is_followed(db, case):
    c = case(at(8), at(8.25), agencies=("customs", "veterinary"), risk_lane="green")
    assert_same_figures(db)
    for step in (lambda: c.start("customs", at(8.5)), lambda: c.start("veterinary", at(8.75)),
                 lambda: c.answer("veterinary", at(8.8), "seals_intact", "no"),  # a finding
                 lambda: c.answer("veterinary", at(8.9), "seals_intact", "yes"),  # corrected: none
                 lambda: c.sign("veterinary", at(9)), lambda: c.sign("customs", at(9.5)),
                 lambda: c.confirm(at(9.75)), lambda: c.finalize(at(10), released=at(10.5)),
                 lambda: c.approve(at(11)), lambda: c.amend(at(12), agency="veterinary"),
                 lambda: c.sign("veterinary", at(12.5)), lambda: c.confirm(at(12.75)),
                 lambda: c.finalize(at(13))):
        step()
        with db.read_session() as s:
            assert trs_summary.pending(s)
        assert_same_figures(db)
    with db.read_session() as s:
        total = trs.figures(s, WEEK).times.overall.stages[Stage.TOTAL]
    assert total.median == round(2.5 * 3600)  # released when the original was finalized


def test_a_change_written_past_the_services_is_followed(tmp_path, registry, people, db):
    """Someone (an import, a bulk load, a hand edit) writes the file directly: the triggers mark it."""
    if db.path is None:
        pytest.skip("the file is SQLite's")
    c = Case(db, registry, people, arrived=at(8), opened=at(8.5))
    c.start("customs", at(9))
    assert_same_figures(db)
    raw = sqlite3.connect(db.path)
    with raw:
        raw.execute("UPDATE inspections SET arrived_at = '2026-11-20 02:00:00.000000' WHERE uuid = ?", (c.uuid,))
    with raw:
        raw.execute("UPDATE agency_sections SET started_at = '2026-11-20 05:00:00.000000'")
    raw.close()
    with db.read_session() as s:
        assert trs_summary.pending(s)
        stages = trs.figures(s, WEEK).times.overall.stages
    assert stages[Stage.QUEUE].median == 30 * 60 + 60 * 60  # arrived 07:00 BCP time, opened 08:30
    assert stages[Stage.AGENCY_START].median == 90 * 60  # 08:30 → 10:00
    assert_same_figures(db)


def test_a_read_only_copy_computes_from_the_records(tmp_path, registry, people, db):
    if db.path is None:
        pytest.skip("read-only media are SQLite files")
    Case(db, registry, people, arrived=at(8), opened=at(8.5)).start("customs", at(9))
    path = db.path
    db.dispose()
    copy = Database(path, read_only=True)
    try:
        with copy.read_session() as s:
            result = trs.figures(s, WEEK)
            assert trs_summary.pending(s)  # nothing written
        assert result.times.overall.stages[Stage.AGENCY_START].median == 30 * 60
        assert result.agency_times[trs.Agency.CUSTOMS][trs.AgencyStage.WAIT].median == 30 * 60
    finally:
        copy.dispose()


def test_an_older_database_gets_the_kept_times_on_first_use(tmp_path, registry, people, db, case):
    if db.path is None:
        pytest.skip("the migration test downgrades a SQLite file")
    some_cases(case, seed=3)
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    with db.engine.connect() as connection:
        assert "trs_times" not in {n for (n,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    path = db.path
    db.dispose()
    upgraded = Database(path)
    try:
        assert current_revision(upgraded) == head_revision()
        with upgraded.read_session() as s:
            current = s.scalar(select(func.count()).where(trs.INSPECTIONS.c.is_current.is_(True)))
            assert s.scalar(select(func.count()).select_from(TrsPending)) == current
        assert_same_figures(upgraded)
    finally:
        upgraded.dispose()


def test_a_whole_database_is_recomputed_at_once_above_the_threshold(db, case, monkeypatch):
    some_cases(case, seed=11)
    monkeypatch.setattr(trs_summary, "REBUILD_ABOVE", 3)
    assert_same_figures(db)
