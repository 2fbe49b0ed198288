"""The shift summary: the inspections that arrived at a BCP during a day or a
shift, with the agencies' and the consolidated decisions and the dwell time
arrival → release (median and 90th percentile, as the WCO Time Release Study
reports them)."""

from __future__ import annotations

import dataclasses
import math
import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from inspector.domain.clock import BCP_TIME_ZONE, format_date, format_datetime, local, now_utc
from inspector.domain.enums import Agency, Decision, Status
from inspector.domain.i18n import label, tr
from inspector.reports.blocks import BASE_TABLE, grid, key_values, para
from inspector.reports.page import Furniture, ReportPdf, render
from inspector.reports.styles import INK, MARGIN_LEFT, MARGIN_RIGHT, styles
from inspector.reports.texts import DASH, Texts, esc, nobreak, utc_offset
from inspector.store.models import JointInspection

PAGE = landscape(A4)


@dataclass(frozen=True)
class ShiftRow:
    reference: str
    revision: int
    status: str
    arrived_at: datetime | None
    released_at: datetime | None
    tractor_plate: str | None
    trailer_plate: str | None
    decision: str | None
    agencies: tuple[tuple[str, str | None], ...]  # (agency, decision)
    lead_officer: str | None

    @property
    def dwell_minutes(self) -> int | None:
        if self.arrived_at is None or self.released_at is None:
            return None
        return int((self.released_at - self.arrived_at).total_seconds() // 60)


@dataclass(frozen=True)
class Shift:
    start: datetime  # in the BCP's time zone
    end: datetime
    bcp: str | None  # None: every BCP in the database
    rows: tuple[ShiftRow, ...]


def window(day: date, start: time = time(0), end: time | None = None) -> tuple[datetime, datetime]:
    """The shift's start and end in Asia/Ashgabat; an end not after the start is the next day."""
    begin = datetime.combine(day, start, tzinfo=BCP_TIME_ZONE)
    if end is None:
        return begin, begin + timedelta(days=1)
    finish = datetime.combine(day, end, tzinfo=BCP_TIME_ZONE)
    return begin, finish if finish > begin else finish + timedelta(days=1)


def load_shift(session: Session, day: date, bcp: str | None = None, start: time = time(0),
               end: time | None = None) -> Shift:
    """The current revisions of the records that arrived during the shift."""
    begin, finish = window(day, start, end)
    query = (select(JointInspection)
             .where(JointInspection.is_current.is_(True),
                    JointInspection.arrived_at >= begin, JointInspection.arrived_at < finish)
             .options(selectinload(JointInspection.sections), joinedload(JointInspection.lead_officer))
             .order_by(JointInspection.arrived_at, JointInspection.reference))
    if bcp:
        query = query.where(JointInspection.bcp_code == bcp)
    rows = tuple(ShiftRow(
        i.reference, i.revision, i.status, i.arrived_at, i.released_at, i.tractor_plate, i.trailer_plate,
        i.decision, tuple((s.agency, s.decision) for s in i.sections),
        i.lead_officer.full_name if i.lead_officer else None)
        for i in session.scalars(query).unique())
    return Shift(begin, finish, bcp, rows)


@dataclass(frozen=True)
class ShiftFigures:
    count: int
    released: int
    held: int  # finalized without a release
    open: int  # not finalized yet
    dwell_median: float | None  # minutes
    dwell_p90: float | None


def figures(shift: Shift) -> ShiftFigures:
    dwell = sorted(m for r in shift.rows if (m := r.dwell_minutes) is not None)
    locked = [r for r in shift.rows if Status(r.status).locked]
    released = sum(1 for r in locked if r.decision and Decision(r.decision).releases)
    return ShiftFigures(len(shift.rows), released, len(locked) - released, len(shift.rows) - len(locked),
                        statistics.median(dwell) if dwell else None, percentile(dwell, 90))


def percentile(values: list[int], p: float) -> float | None:
    """Nearest-rank percentile of sorted ``values`` (None when empty)."""
    if not values:
        return None
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)]


def _duration(t: Texts, minutes: float | None) -> str:
    if minutes is None:
        return DASH
    whole = int(round(minutes))
    return t.stacked(lambda lang: tr("report.duration", lang, hours=whole // 60, minutes=f"{whole % 60:02d}"))


def _time(t: Texts, moment: datetime | None) -> str:
    return t.datetime(moment) if moment else DASH


def shift_story(shift: Shift, t: Texts) -> list[Flowable]:
    st = styles()
    width = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
    f = figures(shift)
    place = t.bcp(shift.bcp) + f" ({esc(shift.bcp)})" if shift.bcp else t("report.all_bcps")
    period = f"{t.datetime(shift.start)} – {t.datetime(shift.end)}"
    story: list[Flowable] = [para(t("report.shift_title"), st.title), key_values([
        (t("report.bcp"), place), (t("report.shift_period"), period),
        (t("report.inspections"), f"<b>{f.count}</b>"), (t("report.released_count"), str(f.released)),
        (t("report.held_count"), str(f.held)), (t("report.open_count"), str(f.open)),
        (t("report.dwell_median"), _duration(t, f.dwell_median)), (t("report.dwell_p90"), _duration(t, f.dwell_p90)),
    ], st, width, columns=2, label_share=0.34), Spacer(1, 4 * mm)]
    body = _table(shift, t, width, st) if shift.rows else para(t("report.shift_empty"), st.body)
    return story + [body, Spacer(1, 8 * mm), _supervisor(t, width, st)]


def _table(shift: Shift, t: Texts, width: float, st) -> Flowable:
    """One row per inspection, in smaller type; one column per agency and
    times without the date of the shift, so a row is two or three lines high
    in a bilingual copy too (a decision, Turkmen over Russian)."""
    st = dataclasses.replace(st, cell=_small(st.cell), cell_right=_small(st.cell_right), head=_small(st.head),
                             head_right=_small(st.head_right))
    day = local(shift.start).date()

    def clock(moment: datetime | None) -> str:
        if moment is None:
            return DASH
        moment = local(moment)
        return f"{moment:%H:%M}" if moment.date() == day else f"{format_date(moment, t.lang)}<br/>{moment:%H:%M}"

    rows = []
    for n, r in enumerate(shift.rows, 1):
        decisions = dict(r.agencies)
        by_agency = [(t.enum(Decision(decisions[a.value])) if decisions.get(a.value) else DASH)
                     if a.value in decisions else f'<font color="#777777">{t("report.not_involved")}</font>'
                     for a in Agency]
        vehicle = "<br/>".join(esc(nobreak(p)) for p in (r.tractor_plate, r.trailer_plate) if p) or DASH
        reference = f"<b>{esc(r.reference)}</b>"
        if r.revision:
            reference += f"<br/>{esc(t.inline('report.amendment', number=r.revision))}"
        rows.append([str(n), reference, clock(r.arrived_at), vehicle, *by_agency,
                     f"<b>{t.enum(Decision(r.decision))}</b>" if r.decision else DASH,
                     clock(r.released_at), _duration(t, r.dwell_minutes), t.enum(Status(r.status)),
                     esc(r.lead_officer or DASH)])
    header = ["№", t("report.reference"), t("report.arrived"), t("report.vehicle"), *(t.enum(a) for a in Agency),
              t("report.consolidated"), t("report.released_at"), t("report.dwell"), t("report.status"),
              t("report.lead_officer")]
    widths = [6, 30, 15, 21, 22, 22, 22, 28, 24, 15, 19, 18, 20]
    scale = width / (sum(widths) * mm)
    return grid(header, rows, [w * mm * scale for w in widths], st, right=(9,))


def _small(style):
    return ParagraphStyle(f"{style.name}-shift", parent=style, fontSize=style.fontSize - 1,
                          leading=style.leading - 1.5)


def _supervisor(t: Texts, width: float, st) -> Flowable:
    """The shift supervisor signs the summary: name, signature, date and time."""
    line = Table([[para(t("report.shift_checked"), st.body)], [Spacer(1, 10 * mm)],
                  [para(t("report.shift_supervisor"), st.small)]], colWidths=[width * 0.6], hAlign="LEFT")
    line.setStyle(TableStyle(BASE_TABLE + [("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([line])


def build_shift_summary(shift: Shift, lang: str = "en", *, printed_at: datetime | None = None) -> ReportPdf:
    """The shift summary; ``printed_at`` (default: now) is printed on every page."""
    t = Texts(lang)
    day = format_date(shift.start, t.lang)
    where = shift.bcp or tr("report.all_bcps", t.lang)
    left = f"{where} · {day}"
    printed = printed_at or now_utc()
    when = f"{format_datetime(printed, t.lang)} {utc_offset(printed)}"
    furniture = Furniture(left=left, running_title=t.inline("report.shift_title"),
                          page_text=lambda page, pages: t.inline("report.page", " · ", page=page, pages=pages),
                          printed=" / ".join(t.each(lambda lang: tr("report.printed", lang, time=when))))
    return render(shift_story(shift, t), furniture, title=tr("report.shift_title", t.lang),
                  subject=f"{where} {day}", lang=t.lang, pagesize=PAGE)
