"""The dashboard's times kept per case (``trs_times``), and the figures read from them.

Computing a year of stage times from the records reads every section of every
case and parses every timestamp: 0.5–0.8 s of SQL for 100,000 records, and as
much again to hand the 100,000 rows to Python. ``trs_times`` keeps, per case,
the same durations in whole seconds — computed by the very statements
:mod:`inspector.services.trs` runs on the records — one row per case and
measure, indexed by (measure, lane, seconds). A figure is then a
``GROUP BY seconds`` read in index order: the exact distribution as (seconds,
count) pairs, a few thousand rows at most, from which the nearest-rank
percentiles are picked. Nothing is rounded or bucketed: the figures are the
ones the records give.

Kept right whoever writes: triggers on ``inspections`` and ``agency_sections``
(migration 0014) list every changed inspection in ``trs_pending``;
:func:`bring_up_to_date` recomputes those cases (the figures call it first),
and a figure reads ``trs_times`` only when nothing is pending — otherwise,
say on a read-only copy, it computes from the records as before.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import case, delete, exists, func, insert, literal, select, union_all
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from inspector.domain.enums import Agency
from inspector.services.trs import Stage
from inspector.store.errors import DatabaseError
from inspector.store.models import CargoLine, TrsFinding, TrsPending, TrsTime

log = logging.getLogger(__name__)

TIMES = TrsTime.__table__
FINDINGS = TrsFinding.__table__
PENDING = TrsPending.__table__
#: Every case has this stage (it is never NULL): its rows count the cases of a group.
CASE = "queue"
STATE = "state:"  # state:locked|open:1|0 (released):decision — one per case
SECTIONS_KEY = "sec:"  # sec:agency:decision:1|0 (signed) — one per section of the current revision
#: Above this many pending inspections the whole table is computed again in one statement.
REBUILD_ABOVE = 5000
CHUNK = 500

FACTS = ("arrived_at", "day", "bcp_code", "direction", "procedure", "risk_lane")


def agency_measure(agency: str, what: str) -> str:
    return f"{agency}.{what}"


# -- keeping it right ------------------------------------------------------------------------

def pending(session: Session) -> bool:
    """Whether a change to the records is not in ``trs_times`` yet."""
    return session.execute(select(PENDING.c.inspection_id).limit(1)).first() is not None


def bring_up_to_date(session: Session) -> None:
    """Recompute the cases changed since last time, in a transaction of their own.

    Called before the figures are read. Nothing to do is one indexed lookup. A
    database that cannot be written (read-only medium, another process
    writing) is left as it is: the figures then compute from the records.
    """
    store = session.info.get("store")
    if store is None:
        return
    engine = session.get_bind()
    with engine.connect() as connection:
        if connection.execute(select(PENDING.c.inspection_id).limit(1)).first() is None:
            return
    if getattr(store, "read_only", False):
        return
    try:
        with store.session() as writer:
            refresh(writer)
    except (DBAPIError, DatabaseError) as exc:  # locked, full, read-only file: the figures read the records
        log.warning("dashboard times not brought up to date: %s", exc)


def refresh(session: Session) -> int:
    """Recompute in ``session`` the cases of every pending inspection; how many were pending.

    The pending rows are taken with ``DELETE … RETURNING``: a change committed
    meanwhile by another writer leaves a row of its own for next time.
    """
    from inspector.services.trs import INSPECTIONS

    if session.get_bind().dialect.name == "postgresql":  # one refresher at a time (head office)
        session.execute(select(func.pg_advisory_xact_lock(0x7472735F74696D65)))
    taken = sorted(set(session.execute(delete(PENDING).returning(PENDING.c.inspection_id)).scalars()))
    if not taken:
        return 0
    if len(taken) > REBUILD_ABOVE:
        session.execute(delete(TIMES))
        session.execute(delete(FINDINGS))
        _insert(session, None)
        return len(taken)
    i = INSPECTIONS
    for start in range(0, len(taken), CHUNK):
        ids = taken[start:start + CHUNK]
        current = list(session.scalars(select(i.c.id).where(
            i.c.is_current.is_(True), i.c.uuid.in_(select(i.c.uuid).where(i.c.id.in_(ids))))))
        gone = sorted(set(ids) | set(current))
        session.execute(delete(TIMES).where(TIMES.c.current_id.in_(gone)))
        session.execute(delete(FINDINGS).where(FINDINGS.c.current_id.in_(gone)))
        if current:
            _insert(session, current)
    return len(taken)


def _insert(session: Session, ids: Sequence[int] | None) -> None:
    """``trs_times`` rows of the current revisions ``ids`` (None: all of them)."""
    from inspector.services import trs

    k = trs.cases(None, ids, needs=("id", "risk_lane", "bcp_code", "arrived_at", "origin_id", "opened_at",
                                    "confirmed_at", "finalized_at", "released_at", "direction", "procedure"))
    t = trs.case_times(k, session, [k.c.id, k.c.arrived_at.label("arrived_at"), k.c.direction, k.c.procedure])
    facts = [t.c.arrived_at, _day(trs.epoch_floor(t.c.arrived_at)), t.c.bcp_code, t.c.direction, t.c.procedure,
             t.c.risk_lane]
    known = t.c.arrived.is_not(None)
    parts = [select(t.c.id, literal(stage.value), *facts, seconds)
             .where(known, *([seconds.is_not(None)] if stage.value != CASE else []))
             for stage, seconds in trs.stage_durations(t).items()]
    columns = ["current_id", "measure", *FACTS, "seconds"]
    session.execute(insert(TIMES).from_select(columns, union_all(*parts)))
    # Each agency's part, from the original revision's sections; "wait" for every section.
    s = trs.SECTIONS
    arrived = trs.epoch_floor(k.c.arrived_at)
    opened, started, signed = trs.epoch(k.c.opened_at), trs.epoch(s.c.started_at), trs.epoch(s.c.signed_at)
    joined = k.join(s, s.c.inspection_id == k.c.origin_id)
    case_facts = [k.c.arrived_at, _day(arrived), k.c.bcp_code, k.c.direction, k.c.procedure, k.c.risk_lane]
    known = k.c.arrived_at.is_not(None)
    parts = [select(k.c.id, s.c.agency + literal("." + what), *case_facts, seconds)
             .select_from(joined).where(known, *([seconds.is_not(None)] if what != "wait" else []))
             for what, seconds in (("wait", started - opened), ("work", signed - started),
                                   ("total", signed - opened))]
    session.execute(insert(TIMES).from_select(columns, union_all(*parts)))
    _insert_counts(session, ids, columns)
    _insert_findings(session, ids)


def _insert_counts(session: Session, ids: Sequence[int] | None, columns: list[str]) -> None:
    """The rows the counts are read from: per case its ``state:…`` (finalized or not,
    released or not, the consolidated decision), per section of the current revision its
    ``sec:…`` (agency, decision, signed or not); ``seconds`` NULL."""
    from inspector.services import trs

    k = trs.cases(None, ids, needs=("id", "risk_lane", "bcp_code", "status", "decision", "arrived_at",
                                    "released_at", "direction", "procedure"))
    day = _day(trs.epoch_floor(k.c.arrived_at))
    facts = [k.c.arrived_at, day, k.c.bcp_code, k.c.direction, k.c.procedure, k.c.risk_lane]
    state = (literal(STATE) + case((k.c.status.in_(trs.LOCKED), "locked"), else_="open") + ":"
             + case((k.c.released_at.is_(None), "0"), else_="1") + ":" + func.coalesce(k.c.decision, ""))
    session.execute(insert(TIMES).from_select(columns, select(
        k.c.id, state, *facts, literal(None)).where(k.c.arrived_at.is_not(None))))
    c, s = trs.INSPECTIONS.alias("c"), trs.SECTIONS
    section = (literal(SECTIONS_KEY) + s.c.agency + ":" + func.coalesce(s.c.decision, "") + ":"
               + case((s.c.signed_at.is_(None), "0"), else_="1"))
    where_ = [c.c.is_current.is_(True), c.c.arrived_at.is_not(None)] + (
        [c.c.id.in_(list(ids))] if ids is not None else [])
    session.execute(insert(TIMES).from_select(columns, select(
        c.c.id, section, c.c.arrived_at, _day(trs.epoch_floor(c.c.arrived_at)), c.c.bcp_code, c.c.direction,
        c.c.procedure, c.c.risk_lane, literal(None)).select_from(c.join(s, s.c.inspection_id == c.c.id))
        .where(*where_)))


def _insert_findings(session: Session, ids: Sequence[int] | None) -> None:
    """``trs_findings`` rows of the current revisions ``ids`` (None: all of them): the findings
    the same SQL finds as ever (:mod:`trs_findings`), with their case's facts."""
    from inspector.services import trs, trs_findings

    c, s = trs.INSPECTIONS.alias("c"), trs.SECTIONS
    current = [c.c.is_current.is_(True), c.c.arrived_at.is_not(None)] + (
        [c.c.id.in_(list(ids))] if ids is not None else [])
    scope = select(s.c.id).select_from(c.join(s, s.c.inspection_id == c.c.id)).where(*current)
    found = trs_findings.rules(session)
    hits: dict[int, dict[str, str]] = defaultdict(dict)  # section → item → the checklist's agency
    for query in trs_findings._queries(scope, found, per_section=True):
        for group, section_id, _count in session.execute(query):
            agency, _checklist, item = found.groups[group]
            hits[section_id][item.id] = agency
    if not hits:
        return
    facts = select(s.c.id, c.c.id, c.c.arrived_at, _day(trs.epoch_floor(c.c.arrived_at)), c.c.bcp_code,
                   c.c.direction, c.c.procedure, c.c.risk_lane).select_from(c.join(s, s.c.inspection_id == c.c.id))
    rows = []
    found_in = sorted(hits)
    for start in range(0, len(found_in), CHUNK):
        chunk = found_in[start:start + CHUNK]
        for section_id, current_id, arrived_at, day, bcp, direction, procedure, lane in session.execute(
                facts.where(*current, s.c.id.in_(chunk))):
            rows += [{"section_id": section_id, "item_id": item_id, "current_id": current_id, "agency": agency,
                      "arrived_at": arrived_at, "day": day, "bcp_code": bcp, "direction": direction,
                      "procedure": procedure, "risk_lane": lane}
                     for item_id, agency in sorted(hits[section_id].items())]
    if rows:
        session.execute(insert(FINDINGS), rows)


def _day(arrived):
    """The day of arrival (epoch seconds) in BCP time, as days since 1970."""
    from datetime import datetime

    from inspector.domain.clock import BCP_TIME_ZONE

    offset = int(datetime.now(BCP_TIME_ZONE).utcoffset().total_seconds())
    return (arrived + offset) // 86400


# -- reading it ------------------------------------------------------------------------------

def usable(session: Session) -> bool:
    return not pending(session)


def where(f, by_day: bool = True, table=TIMES) -> list:
    """WHERE terms on ``trs_times`` for the cases in ``f`` (as :func:`trs.narrowed`).

    ``by_day`` False hides the day from the planner (``day + 0``) over a long
    period: SQLite then reads the measure's rows in (lane, seconds) order and
    counts them as they come, instead of sorting the period's rows — which the
    day index would offer, faster only for a short period.
    """
    from inspector.services.trs import SECTIONS, default_bucket

    t = table
    first, last = _whole_days(f)
    if first is not None:  # the day's number is in the indexes, not the time
        day = t.c.day if by_day or default_bucket(f) == "day" else t.c.day + 0
        terms = [day >= first, day <= last]
    else:
        terms = [t.c.arrived_at >= f.start, t.c.arrived_at < f.end]
    if f.bcp_code:
        terms.append(t.c.bcp_code == f.bcp_code)
    if f.direction:
        terms.append(t.c.direction == f.direction.value)
    if f.procedure:
        terms.append(t.c.procedure == f.procedure.value)
    if f.lane:
        terms.append(t.c.risk_lane == f.lane.value)
    if f.agency:
        terms.append(exists().where(SECTIONS.c.inspection_id == t.c.current_id, SECTIONS.c.agency == f.agency.value))
    if f.hs_chapter:
        cargo = CargoLine.__table__
        terms.append(exists().where(cargo.c.inspection_id == t.c.current_id, cargo.c.hs_code >= f.hs_chapter,
                                    cargo.c.hs_code < f.hs_chapter + "\uffff"))
    return terms


def _whole_days(f) -> tuple[int | None, int | None]:
    """The first and last day of ``f`` as days since 1970, if ``f`` is whole days in BCP time."""
    from datetime import datetime, time, timedelta

    from inspector.domain.clock import BCP_TIME_ZONE
    from inspector.services.trs import _EPOCH_DAY

    first, last = f.first_day, f.last_day
    if (f.start != datetime.combine(first, time(0), tzinfo=BCP_TIME_ZONE)
            or f.end != datetime.combine(last + timedelta(days=1), time(0), tzinfo=BCP_TIME_ZONE)):
        return None, None
    return (first - _EPOCH_DAY).days, (last - _EPOCH_DAY).days


def lanes_statement(f, measures: Iterable[str]):
    """(measure, lane, seconds, count) of ``measures`` in ``f``, in the lane index's order."""
    t = TIMES
    return (select(t.c.measure, t.c.risk_lane, t.c.seconds, func.count())
            .where(t.c.measure.in_(sorted(measures)), *where(f, by_day=False))
            .group_by(t.c.measure, t.c.risk_lane, t.c.seconds))


def bcps_statement(f):
    t = TIMES
    return (select(t.c.measure, t.c.bcp_code, t.c.seconds, func.count())
            .where(t.c.measure.in_([CASE, "total"]), *where(f, by_day=False))
            .group_by(t.c.measure, t.c.bcp_code, t.c.seconds))


def trend_statements(f) -> list:
    """Cases per day, and (day, seconds, count) of arrival → release: both read in the
    day index's order (a week is its days added up in Python)."""
    t = TIMES
    return [select(t.c.day, func.count()).where(t.c.measure == CASE, *where(f)).group_by(t.c.day),
            select(t.c.day, t.c.seconds, func.count()).where(t.c.measure == Stage.TOTAL.value, *where(f))
            .group_by(t.c.day, t.c.seconds)]


def statements(f) -> dict[str, list]:
    """The statements of each figure read from ``trs_times`` (the benchmark runs them bare)."""
    return {"totals": [counts_statement(f, STATE)], "decisions": [counts_statement(f, SECTIONS_KEY)],
            "stages": [lanes_statement(f, Stage), bcps_statement(f), *trend_statements(f)],
            "agencies": [lanes_statement(f, _agency_measures())]}


def _agency_measures() -> list[str]:
    from inspector.services.trs import AgencyStage

    return [agency_measure(a.value, what) for a in Agency for what in AgencyStage]


def percentiles(counts: dict[int, int]):
    """Nearest-rank percentiles of the values counted in ``counts`` (value → how many)."""
    from inspector.services.trs import PERCENTS, Percentiles

    counts = {value: count for value, count in counts.items() if value is not None}
    n = sum(counts.values())
    if not n:
        return Percentiles(0)
    ranks = [max(1, math.ceil(p * n / 100)) for p in PERCENTS]
    picked, seen, r = [], 0, 0
    for value in sorted(counts):
        seen += counts[value]
        while r < len(ranks) and seen >= ranks[r]:
            picked.append(max(0, value))  # out-of-order times count as no wait
            r += 1
        if r == len(ranks):
            break
    return Percentiles(n, *picked)


def stage_times(session: Session, f, bucket: str):
    """:func:`trs.stage_times` from ``trs_times``."""
    from inspector.services import trs
    from inspector.services.trs import GroupTimes, Stage, StageTimes, TrendPoint

    lanes: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for measure, lane, seconds, count in trs.fetch_tuples(session, lanes_statement(f, Stage)):
        lanes[lane or ""][measure][seconds] += count
    overall: dict[str, Counter] = defaultdict(Counter)
    for part in lanes.values():
        for measure, counts in part.items():
            overall[measure].update(counts)

    def group(key: str, part: dict[str, Counter], stages: Iterable[Stage]) -> GroupTimes:
        return GroupTimes(key, sum(part[CASE].values()), sum(part[Stage.TOTAL.value].values()),
                          {s: percentiles(part[s.value]) for s in stages})

    bcps: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for measure, code, seconds, count in trs.fetch_tuples(session, bcps_statement(f)):
        bcps[code or ""][measure][seconds] += count
    days: dict[int, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    week = bucket == "week"  # 1970-01-01 was a Thursday: weeks start on the Monday 3 days before
    counted, released = trend_statements(f)
    for day, count in trs.fetch_tuples(session, counted):
        days[day - (day + 3) % 7 if week else day][CASE][0] += count
    for day, seconds, count in trs.fetch_tuples(session, released):
        days[day - (day + 3) % 7 if week else day][Stage.TOTAL.value][seconds] += count
    trend = []
    for start in trs._bucket_starts(f, bucket):
        part = days.get((start - trs._EPOCH_DAY).days) or defaultdict(Counter)
        trend.append(TrendPoint(start, sum(part[CASE].values()), sum(part[Stage.TOTAL.value].values()),
                                percentiles(part[Stage.TOTAL.value])))
    return StageTimes(
        group("", overall, Stage),
        [group(lane, part, Stage) for lane, part in sorted(lanes.items(), key=lambda kv: trs._lane_rank(kv[0]))],
        [group(code, part, [Stage.TOTAL]) for code, part in sorted(bcps.items())],
        trend, bucket)


def agency_times(session: Session, f):
    """:func:`trs.agency_times` from ``trs_times``."""
    from inspector.services import trs
    from inspector.services.trs import AgencyStage

    found: dict[str, Counter] = defaultdict(Counter)
    for measure, _lane, seconds, count in trs.fetch_tuples(session, lanes_statement(f, _agency_measures())):
        found[measure][seconds] += count
    return {agency: {stage: percentiles(found[agency_measure(agency.value, stage.value)]) for stage in AgencyStage}
            for agency in Agency if found.get(agency_measure(agency.value, AgencyStage.WAIT.value))}


def finding_statement(f):
    t = FINDINGS
    return select(t.c.agency, t.c.item_id, func.count()).where(*where(f, table=t)).group_by(t.c.agency, t.c.item_id)


def finding_counts(session: Session, f, found) -> dict[int, int]:
    """:func:`trs_findings.finding_counts` from ``trs_findings``: per (agency, item), the count
    under the newest checklist version's rule group (its text and severity are shown)."""
    from inspector.services import trs

    group_of = {}
    for group, (agency, _checklist, item) in sorted(found.groups.items()):
        group_of[(agency, item.id)] = group
    counts: dict[int, int] = {}
    for agency, item_id, count in trs.fetch_tuples(session, finding_statement(f)):
        group = group_of.get((agency, item_id))
        if group is not None:
            counts[group] = counts.get(group, 0) + count
    return counts


def counts_statement(f, key: str):
    """(measure, count) of the ``state:`` or ``sec:`` rows in ``f``, in index order."""
    t = TIMES
    after = key[:-1] + chr(ord(key[-1]) + 1)  # "state;": every measure starting with "state:"
    return (select(t.c.measure, func.count())
            .where(t.c.measure >= key, t.c.measure < after, *where(f, by_day=False))
            .group_by(t.c.measure))


def totals(session: Session, f):
    """:func:`trs.totals` from the kept ``state:`` rows."""
    from inspector.domain.enums import Decision
    from inspector.services import trs

    count = released = held = 0
    decisions: dict[str, int] = defaultdict(int)
    for measure, n in trs.fetch_tuples(session, counts_statement(f, STATE)):
        _, state, was_released, decision = measure.split(":", 3)
        count += n
        released += n if was_released == "1" else 0
        if state == "locked":
            held += n if was_released == "0" else 0
            if decision:
                decisions[decision] += n
    return trs.Totals(count, released, held, count - released - held,
                      dict(sorted(decisions.items(), key=lambda kv: Decision(kv[0]).rank)))


def agency_totals(session: Session, f):
    """:func:`trs.agency_totals` from the kept ``sec:`` rows."""
    from inspector.domain.enums import Decision
    from inspector.services import trs

    found: dict[str, dict] = {}
    for measure, n in trs.fetch_tuples(session, counts_statement(f, SECTIONS_KEY)):
        _, agency, decision, signed = measure.split(":", 3)
        entry = found.setdefault(agency, {"sections": 0, "signed": 0, "decisions": defaultdict(int)})
        entry["sections"] += n
        if signed == "1":
            entry["signed"] += n
            if decision:
                entry["decisions"][decision] += n
    return [trs.AgencyTotals(a, e["sections"], e["signed"],
                             dict(sorted(e["decisions"].items(), key=lambda kv: Decision(kv[0]).rank)))
            for a in Agency if (e := found.get(a.value))]
