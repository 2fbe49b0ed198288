"""Time Release Study figures: where trucks wait, what the agencies decide.

The WCO Time Release Study splits the time from a truck's arrival to its
release into stages, by agency and by lane, and reports the median and the
75th and 90th percentiles. Every stage here is read from timestamps the
records already hold (docs/trs.md defines each one):

    arrival → opened → first section started → last section signed
            → consolidated decision → finalized → released

A case's timeline is its original revision's (revision 0): the truck was
released or held when that revision was finalized; corrections made later in
new revisions are paperwork, not waiting. Its release is the earliest release
recorded in any revision (a hold lifted by an amendment releases the truck
then). The filters, decisions and findings are the current revision's.

Counts are SQL aggregates. Durations are computed by the database in whole
seconds per case — the critical path over parallel sections is an SQL
MIN/MAX — and their nearest-rank percentiles are picked in Python from the
sorted column: the same code on SQLite and PostgreSQL, about ten times faster
than SQLite's window functions over 100,000 cases (docs/trs.md, "Speed").
"""

from __future__ import annotations

import math
from collections import Counter
from functools import partial
from operator import is_not, itemgetter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Integer, and_, case, exists, func, select, text, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from inspector.domain.clock import BCP_TIME_ZONE, now_utc
from inspector.domain.enums import LOCKED_STATUSES, Agency, Decision, Direction, Procedure, RiskLane, Status
from inspector.domain.errors import ValidationError
from inspector.store.models import AgencySection, CargoLine, JointInspection

FORMAT = "bcp-trs/1"
PERCENTS = (50, 75, 90)
MAX_DAYS = 3660  # ten years: a longer period is a typing error


class Stage(StrEnum):
    """One stage of the time release, in order; ``total`` is arrival → release."""

    QUEUE = "queue"  # arrival → inspection opened
    AGENCY_START = "agency_start"  # opened → first agency section started
    INSPECTION = "inspection"  # first section started → last section signed (critical path)
    DECISION = "decision"  # last section signed → consolidated decision confirmed
    FINALIZATION = "finalization"  # decision confirmed → record finalized
    RELEASE = "release"  # finalized → released
    TOTAL = "total"  # arrival → released


class AgencyStage(StrEnum):
    """One agency's part: waiting for it, its own inspection, and both."""

    WAIT = "wait"  # inspection opened → the agency's section started
    WORK = "work"  # section started → section signed
    TOTAL = "total"  # inspection opened → section signed


@dataclass(frozen=True)
class TrsFilter:
    """Records that arrived in [start, end), narrowed by the other fields."""

    start: datetime
    end: datetime
    bcp_code: str | None = None
    direction: Direction | None = None
    procedure: Procedure | None = None
    lane: RiskLane | None = None
    agency: Agency | None = None
    hs_chapter: str | None = None

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("TrsFilter needs aware datetimes")
        if self.end <= self.start:
            raise ValidationError("trs.empty_period", field="to")
        if self.end - self.start > timedelta(days=MAX_DAYS):
            raise ValidationError("trs.period_too_long", field="to", days=MAX_DAYS)
        if self.hs_chapter is not None and not (
                len(self.hs_chapter) == 2 and self.hs_chapter.isdigit() and self.hs_chapter != "00"):
            raise ValidationError("trs.bad_hs_chapter", field="hs_chapter", value=self.hs_chapter)

    @classmethod
    def days(cls, first: date, last: date, **narrowing) -> TrsFilter:
        """Whole days in the BCP's time zone, ``first`` to ``last`` inclusive."""
        if last < first:
            raise ValidationError("trs.empty_period", field="to")
        start = datetime.combine(first, time(0), tzinfo=BCP_TIME_ZONE)
        end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=BCP_TIME_ZONE)
        return cls(start, end, **narrowing)

    def previous(self) -> TrsFilter:
        """The period of equal length just before this one, same narrowing."""
        length = self.end - self.start
        return replace(self, start=self.start - length, end=self.start)

    @property
    def first_day(self) -> date:
        return self.start.astimezone(BCP_TIME_ZONE).date()

    @property
    def last_day(self) -> date:
        return (self.end.astimezone(BCP_TIME_ZONE) - timedelta(microseconds=1)).date()

    def narrowing(self) -> dict[str, str]:
        """The narrowing fields that are set, as plain strings."""
        fields = {"bcp": self.bcp_code, "direction": self.direction, "procedure": self.procedure,
                  "lane": self.lane, "agency": self.agency, "hs_chapter": self.hs_chapter}
        return {k: str(v) for k, v in fields.items() if v}


# -- portable SQL ---------------------------------------------------------------------

class epoch(FunctionElement):  # noqa: N801 - reads as the SQL function it compiles to
    """Whole seconds since 1970 of a stored UTC time; NULL stays NULL."""

    type = Integer()
    inherit_cache = True


@compiles(epoch, "sqlite")
def _epoch_sqlite(element, compiler, **kw) -> str:
    # SQLite keeps the UTC times as text. unixepoch() (3.38+) reads them four
    # times faster than strftime('%s'), which older libraries fall back to.
    inner = compiler.process(element.clauses, **kw)
    version = getattr(compiler.dialect.dbapi, "sqlite_version_info", (0,))
    return f"unixepoch({inner})" if version >= (3, 38) else f"CAST(strftime('%s', {inner}) AS INTEGER)"


@compiles(epoch, "postgresql")
def _epoch_postgresql(element, compiler, **kw) -> str:
    return "CAST(EXTRACT(EPOCH FROM %s) AS BIGINT)" % compiler.process(element.clauses, **kw)


class epoch_floor(epoch):  # noqa: N801
    """:class:`epoch` rounded down, as a day boundary needs (SQLite's unixepoch() already is)."""

    inherit_cache = True


@compiles(epoch_floor, "postgresql")
def _epoch_floor_postgresql(element, compiler, **kw) -> str:
    return "CAST(FLOOR(EXTRACT(EPOCH FROM %s)) AS BIGINT)" % compiler.process(element.clauses, **kw)


INSPECTIONS = JointInspection.__table__
SECTIONS = AgencySection.__table__
LOCKED = [s.value for s in LOCKED_STATUSES]
OPEN = [Status.DRAFT.value, Status.IN_PROGRESS.value]


def narrowed(c, f: TrsFilter) -> list:
    """WHERE terms on ``c``, an alias of ``inspections``, for the current revisions in ``f``."""
    terms = [c.c.is_current.is_(True), c.c.arrived_at >= f.start, c.c.arrived_at < f.end]
    if f.bcp_code:
        terms.append(c.c.bcp_code == f.bcp_code)
    if f.direction:
        terms.append(c.c.direction == f.direction.value)
    if f.procedure:
        terms.append(c.c.procedure == f.procedure.value)
    if f.lane:
        terms.append(c.c.risk_lane == f.lane.value)
    if f.agency:  # an alias: the findings' scope selects from the sections too
        sx = SECTIONS.alias("sx")
        terms.append(exists().where(sx.c.inspection_id == c.c.id, sx.c.agency == f.agency.value))
    if f.hs_chapter:
        cargo = CargoLine.__table__
        terms.append(exists().where(cargo.c.inspection_id == c.c.id, cargo.c.hs_code >= f.hs_chapter,
                                    cargo.c.hs_code < f.hs_chapter + "\uffff"))
    return terms


CASE_COLUMNS = ("id", "uuid", "bcp_code", "risk_lane", "status", "decision", "arrived_at", "origin_id",
                "opened_at", "confirmed_at", "finalized_at", "released_at")
_ORDER = CASE_COLUMNS + ("direction", "procedure")


def cases(f: TrsFilter | None, ids: Sequence[int] | None = None, needs: Sequence[str] = CASE_COLUMNS):
    """One row per case in ``f``: the current revision's facts, the original
    revision's timeline (``origin_id`` is revision 0's row) and the first release.
    ``ids`` narrows it to these current revisions (``f`` None: every current
    revision); ``needs`` names the columns wanted (SQLite carries every column
    of a UNION through, used or not)."""
    c, o, x = INSPECTIONS.alias("c"), INSPECTIONS.alias("o"), INSPECTIONS.alias("x")

    def columns(origin, released):
        every = {"id": c.c.id, "uuid": c.c.uuid, "bcp_code": c.c.bcp_code, "risk_lane": c.c.risk_lane,
                 "status": c.c.status, "decision": c.c.decision, "arrived_at": c.c.arrived_at,
                 "origin_id": origin.c.id, "opened_at": origin.c.created_at,
                 "confirmed_at": origin.c.decision_confirmed_at, "finalized_at": origin.c.finalized_at,
                 "released_at": released, "direction": c.c.direction, "procedure": c.c.procedure}
        return [every[name].label(name) for name in _ORDER if name in needs]

    where = (narrowed(c, f) if f is not None else [c.c.is_current.is_(True)]) + (
        [c.c.id.in_(list(ids))] if ids is not None else [])
    # Most cases have one revision: no self-join for them.
    original = select(*columns(c, c.c.released_at)).where(c.c.revision == 0, *where)
    first_release = select(func.min(x.c.released_at)).where(x.c.uuid == c.c.uuid).scalar_subquery()
    corrected = (select(*columns(o, first_release))
                 .select_from(c.join(o, and_(o.c.uuid == c.c.uuid, o.c.revision == 0)))
                 .where(c.c.revision > 0, *where))
    return union_all(original, corrected).subquery("cases")


def fetch_tuples(session: Session, statement) -> list[tuple]:
    """Every row of ``statement`` as plain tuples straight from the driver.

    For the 100,000-row results of the time figures SQLAlchemy's Row objects
    (and transposing them) cost more than the query: the statement is compiled
    with its values inlined — SQLAlchemy quotes them, and every value here is
    validated or an enum — and run on the session's own connection.
    """
    connection = session.connection()
    dialect = connection.dialect
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.paramstyle in ("format", "pyformat"):
        sql = sql.replace("%%", "%")  # no parameters follow: the driver takes the text as it is
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def analytic(session: Session) -> Session:
    """Ready ``session`` for these aggregate queries.

    PostgreSQL compiles "expensive" plans with its JIT, which spends longer
    optimizing than the dashboard's queries take to run (1.0 of 1.3 s for the
    stage times of 100,000 cases), and splits an index read in order among
    parallel workers whose sorted streams are then merged again (0.50 s
    against 0.22 s for the per-lane times read from ``trs_times``): both off,
    for this transaction only.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    return session


# -- figures ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Percentiles:
    """Nearest-rank percentiles of durations in seconds (None without values)."""

    count: int
    median: int | None = None
    p75: int | None = None
    p90: int | None = None

    @classmethod
    def of_sorted(cls, values: Sequence[int]) -> Percentiles:
        n = len(values)
        if not n:
            return cls(0)
        # The smallest value with at least p % of the values at or below it. Times
        # recorded out of order (a pre-arrival draft, a release time typed in) count as 0.
        return cls(n, *(max(0, values[max(0, math.ceil(p * n / 100) - 1)]) for p in PERCENTS))

    @classmethod
    def of(cls, values: Iterable[int | None]) -> Percentiles:
        return cls.of_sorted(sorted(filter(_not_none, values)))


@dataclass(frozen=True)
class Totals:
    inspections: int
    released: int  # a release time is recorded
    held: int  # finalized without a release
    open: int  # not finalized yet
    decisions: dict[str, int]  # consolidated decisions of finalized records


@dataclass(frozen=True)
class AgencyTotals:
    agency: Agency
    sections: int
    signed: int
    decisions: dict[str, int]  # the agency's signed decisions


@dataclass(frozen=True)
class TrendPoint:
    start: date  # the day, or the Monday of the week
    inspections: int
    released: int
    total: Percentiles  # arrival → release of the released ones


@dataclass(frozen=True)
class GroupTimes:
    """Stage times of one group of cases: all of them, one lane, one BCP."""

    key: str
    inspections: int
    released: int
    stages: dict[Stage, Percentiles]


@dataclass(frozen=True)
class StageTimes:
    overall: GroupTimes
    lanes: list[GroupTimes]
    bcps: list[GroupTimes]
    trend: list[TrendPoint]
    bucket: str  # "day" or "week"


@dataclass(frozen=True)
class Waiting:
    agency: Agency
    sections: int  # open sections of unfinished records, now
    oldest_opened: datetime | None  # when the longest-waiting of them was opened


def totals(session: Session, f: TrsFilter) -> Totals:
    from inspector.services import trs_summary

    analytic(session)
    if trs_summary.usable(session):
        return trs_summary.totals(session, f)
    k = cases(f, needs=("status", "decision", "released_at"))
    locked = k.c.status.in_(LOCKED)
    held = and_(locked, k.c.released_at.is_(None))
    rows = session.execute(
        select(k.c.decision, func.count(), func.count(k.c.released_at), func.sum(case((held, 1), else_=0)),
               func.sum(case((locked, 1), else_=0)))
        .group_by(k.c.decision)).all()
    count = sum(r[1] for r in rows)
    released = sum(r[2] for r in rows)
    held_count = sum(r[3] or 0 for r in rows)
    decisions = {r[0]: int(r[4]) for r in rows if r[0] is not None and r[4]}
    # Released: a release is recorded in some revision (a returned record being
    # corrected was released all the same). Held: finalized without one.
    return Totals(count, released, held_count, count - released - held_count,
                  dict(sorted(decisions.items(), key=lambda kv: Decision(kv[0]).rank)))


def agency_totals(session: Session, f: TrsFilter) -> list[AgencyTotals]:
    """Sections and signed decisions per agency, in the current revisions."""
    from inspector.services import trs_summary

    analytic(session)
    if trs_summary.usable(session):
        return trs_summary.agency_totals(session, f)
    c, s = INSPECTIONS.alias("c"), SECTIONS
    rows = session.execute(
        select(s.c.agency, s.c.decision, func.count(), func.count(s.c.signed_at))
        .select_from(c.join(s, s.c.inspection_id == c.c.id)).where(*narrowed(c, f))
        .group_by(s.c.agency, s.c.decision)).all()
    found: dict[str, dict] = {}
    for agency, decision, count, signed in rows:
        entry = found.setdefault(agency, {"sections": 0, "signed": 0, "decisions": {}})
        entry["sections"] += count
        entry["signed"] += signed
        if decision is not None and signed:
            entry["decisions"][decision] = signed
    return [AgencyTotals(a, e["sections"], e["signed"],
                         dict(sorted(e["decisions"].items(), key=lambda kv: Decision(kv[0]).rank)))
            for a in Agency if (e := found.get(a.value))]


def waiting(session: Session, bcp_code: str | None = None) -> list[Waiting]:
    """Unsigned sections of records still being inspected, per agency, now."""
    analytic(session)
    c, s = INSPECTIONS.alias("c"), SECTIONS
    query = (select(s.c.agency, func.count(), func.min(c.c.created_at))
             .select_from(c.join(s, s.c.inspection_id == c.c.id))
             .where(c.c.is_current.is_(True), c.c.status.in_(OPEN), s.c.signed_at.is_(None))
             .group_by(s.c.agency))
    if bcp_code:
        query = query.where(c.c.bcp_code == bcp_code)
    found = {agency: (count, oldest) for agency, count, oldest in session.execute(query)}
    return [Waiting(a, *found.get(a.value, (0, None))) for a in Agency]


def _materialized(cte, session: Session):
    """Compute ``cte`` once: SQLite would otherwise inline it and run its
    correlated subqueries once per use (AS MATERIALIZED: SQLite 3.35+, PostgreSQL 12+)."""
    dialect = session.get_bind().dialect
    version = getattr(dialect.dbapi, "sqlite_version_info", (0,)) if dialect.name == "sqlite" else (99,)
    return cte.prefix_with("MATERIALIZED") if version >= (3, 35) else cte


def durations_statement(f: TrsFilter, session: Session, bucket: str = "day", with_uuid: bool = False):
    """Per case: lane, BCP, the day (or week's Monday) of arrival as days since
    1970 in BCP time, and each stage in seconds (``with_uuid``: the case's uuid first)."""
    k = cases(f, needs=("uuid", "risk_lane", "bcp_code", "arrived_at", "origin_id", "opened_at", "confirmed_at",
                        "finalized_at", "released_at") if with_uuid else (
        "risk_lane", "bcp_code", "arrived_at", "origin_id", "opened_at", "confirmed_at", "finalized_at",
        "released_at"))
    t = case_times(k, session, [k.c.uuid] if with_uuid else [])
    day = day_number(t.c.arrived, f, bucket)
    return select(*([t.c.uuid] if with_uuid else []), func.coalesce(t.c.risk_lane, ""), t.c.bcp_code, day,
                  *stage_durations(t).values())


def case_times(k, session: Session, extra: Sequence = ()):
    """The timeline of each case of ``k`` (a :func:`cases` subquery) in epoch seconds,
    computed once: its ``extra`` columns, lane, BCP and arrived … released."""
    s = SECTIONS
    first_started = select(func.min(epoch(s.c.started_at))).where(s.c.inspection_id == k.c.origin_id)
    # The agencies inspect in parallel: the stage ends when the last one signs.
    last_signed = select(case((func.count() == func.count(s.c.signed_at), func.max(epoch(s.c.signed_at))))) \
        .where(s.c.inspection_id == k.c.origin_id)
    return _materialized(select(
        *extra, k.c.risk_lane, k.c.bcp_code, epoch(k.c.arrived_at).label("arrived"),
        epoch(k.c.opened_at).label("opened"), first_started.scalar_subquery().label("started"),
        last_signed.scalar_subquery().label("signed"), epoch(k.c.confirmed_at).label("confirmed"),
        epoch(k.c.finalized_at).label("finalized"), epoch(k.c.released_at).label("released")).cte("case_times"),
        session)


def stage_durations(t) -> dict[Stage, object]:
    """Each stage of :func:`case_times` ``t`` in seconds (NULL without both of its times)."""
    return {Stage.QUEUE: t.c.opened - t.c.arrived, Stage.AGENCY_START: t.c.started - t.c.opened,
            Stage.INSPECTION: t.c.signed - t.c.started, Stage.DECISION: t.c.confirmed - t.c.signed,
            Stage.FINALIZATION: t.c.finalized - t.c.confirmed, Stage.RELEASE: t.c.released - t.c.finalized,
            Stage.TOTAL: t.c.released - t.c.arrived}


def day_number(arrived, f: TrsFilter, bucket: str):
    """The day (or the week's Monday) of ``arrived`` (epoch seconds) as days since 1970 in BCP time."""
    offset = int(f.start.astimezone(BCP_TIME_ZONE).utcoffset().total_seconds())
    day = (arrived + offset) // 86400
    if bucket == "week":  # 1970-01-01 was a Thursday: weeks start on the Monday 3 days before
        day = day - (day + 3) % 7
    return day


def stage_times(session: Session, f: TrsFilter, bucket: str | None = None) -> StageTimes:
    """Stage percentiles overall, per lane and per BCP, and the trend of arrival → release."""
    from inspector.services import trs_summary

    analytic(session)
    bucket = bucket or default_bucket(f)
    if trs_summary.usable(session):
        return trs_summary.stage_times(session, f, bucket)
    rows = fetch_tuples(session, durations_statement(f, session, bucket))
    return times_of(rows, f, bucket)


def default_bucket(f: TrsFilter) -> str:
    return "day" if f.end - f.start <= timedelta(days=62) else "week"


_EPOCH_DAY = date(1970, 1, 1)


def times_of(rows: Sequence[Sequence], f: TrsFilter, bucket: str | None = None) -> StageTimes:
    """The stage figures of the rows :func:`durations_statement` returns.

    Whole columns at a time (zip, sorted, itemgetter): 100,000 cases are a
    few C loops, not a Python loop per case.
    """
    bucket = bucket or default_bucket(f)
    columns = list(zip(*rows)) if rows else [()] * (3 + len(Stage))
    lanes, bcps, days = columns[0], columns[1], columns[2]
    stages = dict(zip(Stage, columns[3:]))
    total = stages[Stage.TOTAL]
    overall = GroupTimes("", len(total), _count(total), {s: Percentiles.of(v) for s, v in stages.items()})
    lane_times = [GroupTimes(lane or "", len(part[Stage.TOTAL]), _count(part[Stage.TOTAL]),
                             {s: Percentiles.of(v) for s, v in part.items()})
                  for lane, part in sorted(_split(lanes, stages).items(), key=lambda kv: _lane_rank(kv[0]))]
    bcp_times = [GroupTimes(code or "", len(part[Stage.TOTAL]), _count(part[Stage.TOTAL]),
                            {Stage.TOTAL: Percentiles.of(part[Stage.TOTAL])})
                 for code, part in sorted(_split(bcps, {Stage.TOTAL: total}).items(), key=lambda kv: kv[0] or "")]
    by_day = _split(days, {Stage.TOTAL: total})
    trend = []
    for start in _bucket_starts(f, bucket):
        part = by_day.get((start - _EPOCH_DAY).days, {Stage.TOTAL: ()})[Stage.TOTAL]
        trend.append(TrendPoint(start, len(part), _count(part), Percentiles.of(part)))
    return StageTimes(overall, lane_times, bcp_times, trend, bucket)


_not_none = partial(is_not, None)


def _count(values: Sequence) -> int:
    return len(values) - values.count(None)


def _split(keys: Sequence, columns: dict) -> dict[object, dict]:
    """``columns`` cut into one part per key (the order within a part is kept)."""
    if not keys:
        return {}
    order = sorted(range(len(keys)), key=keys.__getitem__)
    pick = itemgetter(*order) if len(order) > 1 else lambda values: (values[order[0]],)
    picked = {name: pick(values) for name, values in columns.items()}
    parts, start = {}, 0
    for key, length in sorted(Counter(keys).items()):
        parts[key] = {name: values[start:start + length] for name, values in picked.items()}
        start += length
    return parts


def _bucket_starts(f: TrsFilter, bucket: str) -> list[date]:
    day, last = f.first_day, f.last_day
    if bucket == "week":
        day -= timedelta(days=day.weekday())
    step = timedelta(days=7 if bucket == "week" else 1)
    starts = []
    while day <= last:
        starts.append(day)
        day += step
    return starts


def _lane_rank(lane: str | None) -> int:
    order = [lane.value for lane in RiskLane]
    return order.index(lane) if lane in order else len(order)


def agency_durations_statement(f: TrsFilter):
    """Per section of the original revision: agency, wait, work and both, in seconds."""
    k = cases(f, needs=("origin_id", "opened_at"))
    s = SECTIONS
    opened, started, signed = epoch(k.c.opened_at), epoch(s.c.started_at), epoch(s.c.signed_at)
    return (select(s.c.agency, started - opened, signed - started, signed - opened)
            .select_from(k.join(s, s.c.inspection_id == k.c.origin_id)).order_by(s.c.agency))


def agency_times(session: Session, f: TrsFilter) -> dict[Agency, dict[AgencyStage, Percentiles]]:
    from inspector.services import trs_summary

    analytic(session)
    if trs_summary.usable(session):
        return trs_summary.agency_times(session, f)
    rows = fetch_tuples(session, agency_durations_statement(f))
    return agency_times_of(rows)


def agency_times_of(rows: Sequence[Sequence]) -> dict[Agency, dict[AgencyStage, Percentiles]]:
    """The rows come ordered by agency: each agency's part is one slice of each column."""
    columns = list(zip(*rows)) if rows else [()] * 4
    result, start = {}, 0
    counts = Counter(columns[0])
    for agency in sorted(counts):
        end = start + counts[agency]
        if agency in {a.value for a in Agency}:
            result[Agency(agency)] = {stage: Percentiles.of(columns[1 + n][start:end])
                                      for n, stage in enumerate(AgencyStage)}
        start = end
    return {agency: result[agency] for agency in Agency if agency in result}


# -- everything at once ---------------------------------------------------------------------

@dataclass(frozen=True)
class Figures:
    """Everything the dashboard and the TRS report show, for one filter."""

    filter: TrsFilter
    totals: Totals
    agencies: list[AgencyTotals]
    times: StageTimes
    agency_times: dict[Agency, dict[AgencyStage, Percentiles]]
    findings: list  # of trs_findings.FindingCount, most frequent first
    lanes: list  # of trs_findings.LaneRate
    waiting: list[Waiting]
    computed_at: datetime = field(default_factory=now_utc)


def figures(session: Session, f: TrsFilter, *, findings_limit: int = 10, with_waiting: bool = True) -> Figures:
    """Every figure of the dashboard and the TRS report for ``f``."""
    from inspector.services import trs_findings, trs_summary

    trs_summary.bring_up_to_date(session)
    agencies = agency_totals(session, f)
    return Figures(
        filter=f,
        totals=totals(session, f),
        agencies=agencies,
        times=stage_times(session, f),
        agency_times=agency_times(session, f),
        findings=trs_findings.most_frequent(session, f, agencies, limit=findings_limit),
        lanes=trs_findings.physical_rates(session, f),
        waiting=waiting(session, f.bcp_code) if with_waiting else [],
    )
