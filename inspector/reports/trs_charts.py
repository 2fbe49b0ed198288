"""The Time Release Study's charts from its figures — one definition for the
TRS report and the dashboard. Region keys name the records behind each part
(:mod:`inspector.services.trs_records` finds them)."""

from __future__ import annotations

from datetime import date

from inspector.checklists.model import localize
from inspector.domain.bcps import bcp_name
from inspector.domain.enums import RiskLane
from inspector.domain import l10n
from inspector.domain.i18n import label, tr
from inspector.reports import charts
from inspector.reports.charts import Chart
from inspector.services.trs import AgencyStage, Figures, Stage

STAGES = [s for s in Stage if s is not Stage.TOTAL] + [Stage.TOTAL]


def lane_name(lane: str, lang: str) -> str:
    return label(RiskLane(lane), lang) if lane in {r.value for r in RiskLane} else tr("trs.no_lane", lang)


def bucket_label(day: date, bucket: str, lang: str) -> str:
    return l10n.format_day_month(day, lang)


def stage_chart(f: Figures, lang: str, width: float = 480, titled: bool = True) -> Chart:
    stages = f.times.overall.stages
    return charts.percentile_bars(
        tr("trs.stages", lang) if titled else "", [label(s, lang) for s in STAGES], [("stage", s.value) for s in STAGES],
        [(tr("trs.median", lang), charts.MEDIAN, [stages[s].median for s in STAGES]),
         (tr("trs.p75", lang), charts.P75, [stages[s].p75 for s in STAGES]),
         (tr("trs.p90", lang), charts.P90, [stages[s].p90 for s in STAGES])], lang, width=width)


def agency_chart(f: Figures, lang: str, width: float = 480, titled: bool = True) -> Chart:
    agencies = list(f.agency_times)
    times = [f.agency_times[a] for a in agencies]
    return charts.percentile_bars(
        tr("trs.agency_times", lang) if titled else "", [label(a, lang) for a in agencies], [("agency", a.value) for a in agencies],
        [(label(AgencyStage.WAIT, lang) + " · " + tr("trs.median", lang), charts.P75,
          [t[AgencyStage.WAIT].median for t in times]),
         (label(AgencyStage.WORK, lang) + " · " + tr("trs.median", lang), charts.MEDIAN,
          [t[AgencyStage.WORK].median for t in times]),
         (label(AgencyStage.WORK, lang) + " · " + tr("trs.p90", lang), charts.P90,
          [t[AgencyStage.WORK].p90 for t in times])],
        lang, width=width, height=80 + 34 * max(1, len(agencies)), legend_rows=2)


def decisions_chart(f: Figures, lang: str, width: float = 480) -> Chart:
    return charts.decisions_by_agency(tr("trs.decisions", lang), [(a.agency, a.decisions) for a in f.agencies],
                                      lang, width=width, height=110 + 24 * max(1, len(f.agencies)))


def lane_chart(f: Figures, lang: str, width: float = 480, titled: bool = True) -> Chart:
    lanes = f.times.lanes
    return charts.percentile_bars(
        tr("trs.lane_times", lang) if titled else "", [lane_name(g.key, lang) for g in lanes], [("lane", g.key) for g in lanes],
        [(tr("trs.median", lang), charts.MEDIAN, [g.stages[Stage.TOTAL].median for g in lanes]),
         (tr("trs.p90", lang), charts.P90, [g.stages[Stage.TOTAL].p90 for g in lanes])],
        lang, width=width, height=70 + 26 * max(1, len(lanes)))


def physical_chart(f: Figures, lang: str, width: float = 480) -> Chart:
    return charts.count_bars(
        tr("trs.physical", lang), [lane_name(r.lane, lang) for r in f.lanes], [("physical", r.lane) for r in f.lanes],
        [r.rate or 0 for r in f.lanes], lang, percent=True, axis="trs.axis_share", width=width,
        height=50 + 20 * max(1, len(f.lanes)), color=charts.MEDIAN)


def trend_chart(f: Figures, lang: str, width: float = 480, titled: bool = True) -> Chart:
    points = f.times.trend
    return charts.trend_lines(
        tr(f"trs.trend_{f.times.bucket}", lang) if titled else "", [bucket_label(p.start, f.times.bucket, lang) for p in points],
        [(f.times.bucket, p.start.isoformat()) for p in points],
        [p.total.median for p in points], [p.total.p90 for p in points], lang, width=width,
        nothing="trs.none_released" if f.totals.inspections else "trs.nothing")


def volume_chart(f: Figures, lang: str, width: float = 480) -> Chart:
    points = f.times.trend
    return charts.count_columns(
        tr("trs.inspections", lang), [bucket_label(p.start, f.times.bucket, lang) for p in points],
        [(f.times.bucket, p.start.isoformat()) for p in points], [p.inspections for p in points], lang,
        width=width)


def findings_chart(f: Figures, lang: str, width: float = 480, titled: bool = True) -> Chart:
    return charts.count_bars(
        tr("trs.findings", lang) if titled else "", [localize(x.text, lang) for x in f.findings],
        [("finding", x.agency.value, x.item) for x in f.findings], [x.count for x in f.findings], lang,
        width=width, height=46 + 18 * max(1, len(f.findings)), label_width=min(240, width * 0.45))


def bcp_chart(f: Figures, lang: str, width: float = 480, titled: bool = True) -> Chart:
    bcps = f.times.bcps
    return charts.percentile_bars(
        tr("trs.bcp_times", lang) if titled else "", [bcp_name(g.key, lang) or g.key for g in bcps], [("bcp", g.key) for g in bcps],
        [(tr("trs.median", lang), charts.MEDIAN, [g.stages[Stage.TOTAL].median for g in bcps]),
         (tr("trs.p90", lang), charts.P90, [g.stages[Stage.TOTAL].p90 for g in bcps])],
        lang, width=width, height=70 + 24 * max(1, len(bcps)), label_width=150)


def waiting_chart(f: Figures, lang: str, width: float = 480) -> Chart:
    return charts.count_bars(
        tr("trs.waiting", lang), [label(w.agency, lang) for w in f.waiting], [("waiting", w.agency.value)
                                                                             for w in f.waiting],
        [w.sections for w in f.waiting], lang, axis="trs.sections", width=width,
        height=50 + 20 * max(1, len(f.waiting)), color=charts.P90, nothing="trs.none_waiting")


ALL = {"stages": stage_chart, "agencies": agency_chart, "decisions": decisions_chart, "lanes": lane_chart,
       "physical": physical_chart, "trend": trend_chart, "volume": volume_chart, "findings": findings_chart,
       "bcps": bcp_chart, "waiting": waiting_chart}
