"""What the inspections find: the most frequent findings, physical examinations per lane.

A finding is a non-compliant answer as its frozen checklist defines it
(``noncompliant_if``). The database matches those answers itself: the rules
of every frozen checklist become a small table of (item, value) pairs that
drives a search through the answers' ``(item_id, value, section_id)`` index,
so only findings are read — never the millions of compliant answers.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import (
    Float,
    Integer,
    String,
    and_,
    case,
    cast,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    values,
)
from sqlalchemy.orm import Session

from inspector.checklists.model import Item
from inspector.domain.enums import Agency, QuestionType, Severity
from inspector.services.checklists import definition_of
from inspector.services.trs import INSPECTIONS, SECTIONS, AgencyTotals, TrsFilter, analytic, narrowed
from inspector.store.models import Answer, FrozenChecklist

ANSWERS = Answer.__table__
#: The stored JSON text of an answer, compared as text (JSONText would encode the other side again).
VALUE_TEXT = type_coerce(ANSWERS.c.value, String)
#: The condition of the partial index ``ix_answers_finding`` (migration 0005), written
#: into every query that should use it; no finding rule looks at a longer value.
SHORT_VALUE = func.length(VALUE_TEXT) <= literal_column("600")  # literal: the planner must see it

#: The customs checklist item that records the physical examination, and the
#: answers that mean one took place: what the red lane is for.
PHYSICAL_EXAM_AGENCY = Agency.CUSTOMS
PHYSICAL_EXAM_ITEM = "exam_extent"
PHYSICAL_EXAM_VALUES = ("partial", "full")


@dataclass(frozen=True)
class FindingCount:
    agency: Agency
    checklist: str  # checklist id
    item: str  # item id
    text: dict[str, str]  # the item's text per language
    severity: Severity
    count: int  # records with this finding
    share: float  # of the records the agency inspected


@dataclass(frozen=True)
class LaneRate:
    lane: str  # "" for records without a lane
    inspections: int
    physical: int  # of them, physically examined by customs

    @property
    def rate(self) -> float | None:
        return self.physical / self.inspections if self.inspections else None


def _json(value: object) -> str:
    """A value as the answers' JSONText column stores it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass
class Rules:
    """The non-compliance rules of every frozen checklist, grouped for SQL.

    ``exact`` rows are (group, item, JSON value, checklist row id or 0): a 0
    means every frozen checklist that has this item agrees the value is a
    finding, so the answer's section need not be looked up. ``other`` items
    (multi-choice lists, number limits) are matched row by row.
    """

    exact: list[tuple[int, str, str, int]]
    other: list[tuple[int, int, Item]]  # (group, checklist row id, item)
    groups: dict[int, tuple[str, str, Item]]  # group → (agency, checklist id, item of the newest version)


def rules(session: Session) -> Rules:
    by_item: dict[str, list[tuple[int, str, str, Item]]] = defaultdict(list)
    for row in session.scalars(select(FrozenChecklist).order_by(FrozenChecklist.id)):
        for item in definition_of(row).items.values():
            if item.can_be_finding:
                by_item[item.id].append((row.id, row.agency, row.checklist_id, item))
    result = Rules([], [], {})
    for item_id, versions in sorted(by_item.items()):
        same = len({(agency, checklist, _rule(item)) for _, agency, checklist, item in versions}) == 1
        for row_id, agency, checklist, item in versions if not same else versions[-1:]:
            group = len(result.groups) + 1
            result.groups[group] = (agency, checklist, item)
            if item.noncompliant_number is None and item.type is not QuestionType.MULTI_CHOICE:
                result.exact += [(group, item_id, _json(v), 0 if same else row_id)
                                 for v in sorted(item.noncompliant_values)]
            elif same:
                result.other += [(group, r, versions[-1][3]) for r, *_ in versions]
            else:
                result.other.append((group, row_id, item))
    return result


def _rule(item: Item) -> tuple:
    return (item.type, item.noncompliant_values, item.noncompliant_number)


def _other_match(a, item: Item):
    """SQL truth of "this answer is a finding" for a list or number item."""
    if item.noncompliant_number is not None:
        rule = item.noncompliant_number
        # CASE first: no cast is tried on another item's text.
        number = case((a.c.item_id == item.id, cast(a.c.value, Float)))
        breach = ([number > rule.above] if rule.above is not None else []) + (
            [number < rule.below] if rule.below is not None else [])
        return or_(*breach)
    return or_(*(VALUE_TEXT.like(f'%"{_like(v)}"%', escape="\\") for v in sorted(item.noncompliant_values)))


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def scope(f: TrsFilter):
    """The ids of the current revisions' sections in ``f``."""
    s, c = SECTIONS, INSPECTIONS.alias("c")
    return select(s.c.id).select_from(c.join(s, s.c.inspection_id == c.c.id)).where(*narrowed(c, f))


def _queries(sections, found: Rules, per_section: bool):
    """SELECTs of (rule group, [section id,] count) over the findings in ``sections``."""
    a, s = ANSWERS, SECTIONS
    # "section_id + 0": SQLite looks each finding up in the scope's list instead of
    # probing the answers' index once per section in scope.
    in_scope = (a.c.section_id + 0).in_(sections)
    extra = [a.c.section_id] if per_section else []
    if found.exact:
        rule = values(column("grp", Integer), column("item_id", String), column("value", String),
                      column("checklist_row", Integer), name="finding_rule").data(found.exact).cte()
        checklist_of = select(s.c.checklist_id).where(s.c.id == a.c.section_id).scalar_subquery()
        yield (select(rule.c.grp, *extra, func.count())
               .select_from(rule.join(a, and_(a.c.item_id == rule.c.item_id, VALUE_TEXT == rule.c.value)))
               .where(in_scope, SHORT_VALUE, or_(rule.c.checklist_row == 0, checklist_of == rule.c.checklist_row))
               .group_by(rule.c.grp, *extra))
    if found.other:
        checklist = s.alias("sc")
        matches = [and_(a.c.item_id == item.id, checklist.c.checklist_id == row, _other_match(a, item))
                   for _, row, item in found.other]
        group_of = case(*((and_(a.c.item_id == item.id, checklist.c.checklist_id == row), literal(group))
                          for group, row, item in found.other))
        yield (select(group_of, *extra, func.count())
               .select_from(a.join(checklist, checklist.c.id == a.c.section_id))
               .where(a.c.item_id.in_(sorted({item.id for _, _, item in found.other})), in_scope, SHORT_VALUE,
                      or_(*matches))
               .group_by(group_of, *extra))


def finding_counts(session: Session, f: TrsFilter, found: Rules | None = None) -> dict[int, int]:
    """Records with each finding (by rule group) among the current revisions in ``f``."""
    analytic(session)
    found = found or rules(session)
    counts: dict[int, int] = defaultdict(int)
    for query in _queries(scope(f), found, per_section=False):
        for group, count in session.execute(query):
            counts[group] += count
    return dict(counts)


def findings_by_section(session: Session, sections, found: Rules | None = None) -> dict[int, Counter]:
    """Findings per severity of each section in ``sections`` (ids, or a SELECT of ids)."""
    found = found or rules(session)
    result: dict[int, Counter] = defaultdict(Counter)
    for query in _queries(sections, found, per_section=True):
        for group, section_id, count in session.execute(query):
            result[section_id][found.groups[group][2].severity] += count
    return dict(result)


def most_frequent(session: Session, f: TrsFilter, agencies: list[AgencyTotals],
                  limit: int = 10) -> list[FindingCount]:
    """The findings recorded most often, with their share of the agency's inspections."""
    from inspector.services import trs_summary

    analytic(session)
    found = rules(session)
    inspected = {a.agency.value: a.sections for a in agencies}
    merged: dict[tuple[str, str], list] = {}
    counts = (trs_summary.finding_counts(session, f, found) if trs_summary.usable(session)
              else finding_counts(session, f, found))
    for group, count in counts.items():
        agency, checklist, item = found.groups[group]
        entry = merged.setdefault((agency, item.id), [checklist, item, 0])
        entry[2] += count
    result = [FindingCount(Agency(agency), checklist, item.id, dict(item.text), item.severity, count,
                           count / inspected[agency] if inspected.get(agency) else 0.0)
              for (agency, _), (checklist, item, count) in merged.items() if count]
    result.sort(key=lambda r: (-r.count, r.agency.value, r.item))
    return result[:limit] if limit else result


def physical_rates(session: Session, f: TrsFilter) -> list[LaneRate]:
    """Per lane: records, and how many customs examined physically."""
    analytic(session)
    from inspector.services.trs import _lane_rank

    c, s, a = INSPECTIONS.alias("c"), SECTIONS, ANSWERS
    examined = (select(a.c.section_id)
                .where(a.c.item_id == PHYSICAL_EXAM_ITEM, VALUE_TEXT.in_([_json(v) for v in PHYSICAL_EXAM_VALUES]),
                       SHORT_VALUE))
    physical = case((s.c.id.in_(examined), 1), else_=0)
    rows = session.execute(
        select(c.c.risk_lane, func.count(), func.sum(physical))
        .select_from(c.outerjoin(s, and_(s.c.inspection_id == c.c.id, s.c.agency == PHYSICAL_EXAM_AGENCY.value)))
        .where(*narrowed(c, f)).group_by(c.c.risk_lane)).all()
    rates = [LaneRate(lane or "", count, int(examined_count or 0)) for lane, count, examined_count in rows]
    return sorted(rates, key=lambda r: _lane_rank(r.lane or None))
