"""The records behind a figure of the dashboard (click-through to the list).

A key names a part of a chart (:mod:`inspector.reports.trs_charts`):

- a time — ``("stage", s)``, ``("lane", l)``, ``("bcp", code)``, ``("agency", a)`` —
  gives the slowest tenth: the records at or above that group's 90th percentile;
- ``("agency_decision", agency, decision)``: records whose agency decided so;
- ``("physical", lane)``: records of the lane that customs examined physically;
- ``("day", "YYYY-MM-DD")`` / ``("week", monday)``: records that arrived then;
- ``("finding", agency, item)``: records with that finding;
- ``("waiting", agency)``: unfinished records whose agency has not signed (now).

The answer is the set of case uuids, for :class:`~inspector.services.queries.InspectionFilter`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain.clock import BCP_TIME_ZONE
from inspector.domain.enums import Agency
from inspector.services import trs, trs_findings
from inspector.services.trs import INSPECTIONS, OPEN, SECTIONS, Percentiles, Stage, TrsFilter, narrowed

TIME_COLUMNS = {stage: 4 + n for n, stage in enumerate(Stage)}  # in durations_statement(..., with_uuid=True)


def records(session: Session, f: TrsFilter, key: tuple) -> frozenset[str]:
    trs.analytic(session)
    kind, *rest = key
    c, s = INSPECTIONS.alias("c"), SECTIONS
    if kind in ("stage", "lane", "bcp"):
        return _slowest(session, f, kind, rest[0])
    if kind == "agency":
        return _slowest_agency(session, f, Agency(rest[0]))
    if kind == "agency_decision":
        agency, decision = rest
        query = (select(c.c.uuid).select_from(c.join(s, s.c.inspection_id == c.c.id))
                 .where(*narrowed(c, f), s.c.agency == agency, s.c.decision == decision, s.c.signed_at.is_not(None)))
    elif kind == "physical":
        a = trs_findings.ANSWERS
        examined = (select(a.c.section_id).where(
            a.c.item_id == trs_findings.PHYSICAL_EXAM_ITEM,
            trs_findings.VALUE_TEXT.in_([trs_findings._json(v) for v in trs_findings.PHYSICAL_EXAM_VALUES]),
            trs_findings.SHORT_VALUE))
        lane = rest[0] or None
        query = (select(c.c.uuid).select_from(c.join(s, s.c.inspection_id == c.c.id))
                 .where(*narrowed(c, f), s.c.agency == trs_findings.PHYSICAL_EXAM_AGENCY.value, s.c.id.in_(examined),
                        c.c.risk_lane == lane if lane else c.c.risk_lane.is_(None)))
    elif kind in ("day", "week"):
        first = date.fromisoformat(rest[0])
        start = datetime.combine(first, time(0), tzinfo=BCP_TIME_ZONE)
        end = start + timedelta(days=7 if kind == "week" else 1)
        query = select(c.c.uuid).where(*narrowed(c, f), c.c.arrived_at >= start, c.c.arrived_at < end)
    elif kind == "finding":
        agency, item = rest
        found = trs_findings.rules(session)
        groups = {g for g, (a, _, it) in found.groups.items() if a == agency and it.id == item}
        found = trs_findings.Rules([r for r in found.exact if r[0] in groups],
                                   [r for r in found.other if r[0] in groups], found.groups)
        sections = trs_findings.findings_by_section(session, trs_findings.scope(f), found)
        query = select(s.c.inspection_id).where(s.c.id.in_(list(sections)))
        ids = [row[0] for row in session.execute(query)]
        query = select(c.c.uuid).where(c.c.id.in_(ids))
    elif kind == "waiting":
        query = (select(c.c.uuid).select_from(c.join(s, s.c.inspection_id == c.c.id))
                 .where(c.c.is_current.is_(True), c.c.status.in_(OPEN), s.c.signed_at.is_(None),
                        s.c.agency == rest[0]))
        if f.bcp_code:
            query = query.where(c.c.bcp_code == f.bcp_code)
    else:
        raise ValueError(f"unknown figure {key!r}")
    return frozenset(session.scalars(query))


def _slowest(session: Session, f: TrsFilter, kind: str, group: str) -> frozenset[str]:
    """Cases at or above the 90th percentile of the stage (or of arrival → release in a lane or BCP)."""
    rows = trs.fetch_tuples(session, trs.durations_statement(f, session, with_uuid=True))
    if kind == "lane":
        lane = group or ""
        rows = [r for r in rows if (r[1] or "") == lane]
        column = TIME_COLUMNS[Stage.TOTAL]
    elif kind == "bcp":
        rows = [r for r in rows if r[2] == group]
        column = TIME_COLUMNS[Stage.TOTAL]
    else:
        column = TIME_COLUMNS[Stage(group)]
    threshold = Percentiles.of(r[column] for r in rows).p90
    if threshold is None:
        return frozenset()
    return frozenset(r[0] for r in rows if r[column] is not None and max(0, r[column]) >= threshold)


def _slowest_agency(session: Session, f: TrsFilter, agency: Agency) -> frozenset[str]:
    k = trs.cases(f)
    s = SECTIONS
    work = trs.epoch(s.c.signed_at) - trs.epoch(s.c.started_at)
    rows = session.execute(select(k.c.uuid, work).select_from(k.join(s, s.c.inspection_id == k.c.origin_id))
                           .where(s.c.agency == agency.value)).all()
    threshold = Percentiles.of(r[1] for r in rows).p90
    if threshold is None:
        return frozenset()
    return frozenset(r[0] for r in rows if r[1] is not None and max(0, r[1]) >= threshold)

