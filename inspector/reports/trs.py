"""The Time Release Study report: a period's figures against the previous
period of equal length, with the dashboard's charts (SPEC §6 ``inspector trs``).

Figures come from :mod:`inspector.services.trs`; the charts are the same
drawings the dashboard shows (:mod:`inspector.reports.trs_charts`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from inspector.checklists.model import localize
from inspector.domain.bcps import bcp_name
from inspector.domain.clock import format_date, format_datetime
from inspector.domain import l10n
from inspector.domain.i18n import label, tr
from inspector.reports import trs_charts
from inspector.reports.blocks import grid, heading, key_values, para
from inspector.reports.page import Furniture, ReportPdf, render
from inspector.reports.styles import frame_width, styles
from inspector.reports.texts import DASH, esc
from inspector.services.trs import AgencyStage, Figures, Percentiles, Stage, TrsFilter

LANGUAGES = ("en", "ru", "tk")


def duration(seconds: int | None, lang: str) -> str:
    """``2 h 05 min``, or ``35 min`` under an hour."""
    if seconds is None:
        return DASH
    whole = int(round(seconds / 60))
    if whole < 60:
        return tr("trs.duration_minutes", lang, minutes=whole)
    return tr("report.duration", lang, hours=whole // 60, minutes=f"{whole % 60:02d}")


def number(value: int | None, lang: str) -> str:
    return DASH if value is None else l10n.format_integer(value, lang)


def percent(share: float | None, lang: str) -> str:
    return DASH if share is None else l10n.format_percent(share, 1, lang)


def change(now: int | None, before: int | None, lang: str) -> str:
    """The difference in time, signed; faster is shown in green, slower in red."""
    if now is None or before is None:
        return DASH
    minutes = round((now - before) / 60)
    if minutes == 0:
        return "±0"
    colour = "#2e7d32" if minutes < 0 else "#b71c1c"
    sign = "−" if minutes < 0 else "+"
    text = duration(abs(minutes) * 60, lang)
    return f'<font color="{colour}">{sign}{text}</font>'


def period_text(f: TrsFilter, lang: str) -> str:
    return f"{format_date(f.first_day, lang)} – {format_date(f.last_day, lang)}"


def narrowing_text(f: TrsFilter, lang: str) -> str:
    parts = []
    if f.bcp_code:
        parts.append(f"{esc(bcp_name(f.bcp_code, lang) or f.bcp_code)} ({esc(f.bcp_code)})")
    for value in (f.direction, f.procedure, f.lane, f.agency):
        if value is not None:
            parts.append(esc(label(value, lang)))
    if f.hs_chapter:
        parts.append(f"HS {esc(f.hs_chapter)}")
    return ", ".join(parts) or esc(tr("trs.no_filters", lang))


def trs_story(now: Figures, before: Figures, lang: str, database: str = "") -> list[Flowable]:
    st = styles()
    width = frame_width()
    story: list[Flowable] = [
        para(esc(tr("trs.title", lang)), st.title), para(esc(tr("trs.subtitle", lang)), st.subtitle),
        Spacer(1, 3 * mm),
        key_values([
            (esc(tr("report.bcp", lang)), esc(bcp_name(now.filter.bcp_code, lang) or now.filter.bcp_code)
             if now.filter.bcp_code else esc(tr("trs.all_bcps", lang))),
            (esc(tr("trs.period", lang)), period_text(now.filter, lang)),
            (esc(tr("trs.filters", lang)), narrowing_text(now.filter, lang)),
            (esc(tr("trs.previous", lang)), period_text(before.filter, lang)),
        ], st, width, columns=2, label_share=0.3),
        Spacer(1, 2 * mm),
        para(esc(tr("trs.computed", lang, time=format_datetime(now.computed_at, lang), db=database)), st.small),
    ]
    story += _key_figures(now, before, lang, width)
    if not now.totals.inspections:
        return story + [Spacer(1, 4 * mm), para(esc(tr("trs.nothing", lang)), st.body)]
    story += _stages(now, before, lang, width)
    story += _agencies(now, before, lang, width)
    story += _lanes(now, before, lang, width)
    story += _trend(now, lang, width)
    story += _findings(now, lang, width)
    if not now.filter.bcp_code and len(now.times.bcps) > 1:
        story += _bcps(now, before, lang, width)
    story += _definitions(lang, width)
    return story


def _section(title: str, lang: str) -> list[Flowable]:
    return heading(esc(tr(title, lang)), styles().heading, room=70 * mm)


def _key_figures(now: Figures, before: Figures, lang: str, width: float) -> list[Flowable]:
    st = styles()
    a, b = now.totals, before.totals
    ta, tb = now.times.overall.stages[Stage.TOTAL], before.times.overall.stages[Stage.TOTAL]
    rows = [[esc(tr(key, lang)), number(x, lang), number(y, lang), ""] for key, x, y in (
        ("trs.inspections", a.inspections, b.inspections), ("trs.released", a.released, b.released),
        ("trs.held", a.held, b.held), ("trs.open", a.open, b.open))]
    for key, attr in (("trs.median", "median"), ("trs.p75", "p75"), ("trs.p90", "p90")):
        x, y = getattr(ta, attr), getattr(tb, attr)
        rows.append([f"{esc(tr('stage.total', lang))}: {esc(tr(key, lang))}", duration(x, lang), duration(y, lang),
                     change(x, y, lang)])
    header = ["", esc(tr("trs.period", lang)), esc(tr("trs.previous", lang)), esc(tr("trs.change", lang))]
    return [Spacer(1, 3 * mm), grid(header, rows, [width * 0.46, width * 0.18, width * 0.18, width * 0.18], st,
                                    right=(1, 2, 3))]


def _percentile_cells(p: Percentiles, lang: str) -> list[str]:
    return [number(p.count, lang), duration(p.median, lang), duration(p.p75, lang), duration(p.p90, lang)]


def _stages(now: Figures, before: Figures, lang: str, width: float) -> list[Flowable]:
    st = styles()
    rows = []
    for stage in trs_charts.STAGES:
        p, q = now.times.overall.stages[stage], before.times.overall.stages[stage]
        rows.append([esc(label(stage, lang)), *_percentile_cells(p, lang), change(p.median, q.median, lang)])
    header = [esc(tr("trs.stage", lang)), esc(tr("trs.count", lang)), esc(tr("trs.median", lang)),
              esc(tr("trs.p75", lang)), esc(tr("trs.p90", lang)), esc(tr("trs.change", lang))]
    widths = _widths(width, [0.34, 0.1, 0.14, 0.14, 0.14, 0.14])
    return [*_section("trs.stages", lang), trs_charts.stage_chart(now, lang, width, titled=False).drawing, Spacer(1, 2 * mm),
            grid(header, rows, widths, st, right=(1, 2, 3, 4, 5)),
            para(esc(tr("trs.stages_note", lang)), st.small)]


def _agencies(now: Figures, before: Figures, lang: str, width: float) -> list[Flowable]:
    st = styles()
    rows = []
    totals = {a.agency: a for a in now.agencies}
    for agency, times in now.agency_times.items():
        earlier = before.agency_times.get(agency, {})
        work, wait, whole = times[AgencyStage.WORK], times[AgencyStage.WAIT], times[AgencyStage.TOTAL]
        previous = earlier.get(AgencyStage.TOTAL)
        rows.append([esc(label(agency, lang)), number(totals[agency].sections if agency in totals else None, lang),
                     duration(wait.median, lang), duration(work.median, lang), duration(work.p90, lang),
                     duration(whole.median, lang), change(whole.median, previous.median if previous else None, lang)])
    header = [esc(tr("trs.agency", lang)), esc(tr("trs.sections", lang)),
              esc(label(AgencyStage.WAIT, lang)) + "<br/>" + esc(tr("trs.median", lang)),
              esc(label(AgencyStage.WORK, lang)) + "<br/>" + esc(tr("trs.median", lang)),
              esc(label(AgencyStage.WORK, lang)) + "<br/>" + esc(tr("trs.p90", lang)),
              esc(label(AgencyStage.TOTAL, lang)) + "<br/>" + esc(tr("trs.median", lang)),
              esc(tr("trs.change", lang))]
    widths = _widths(width, [0.24, 0.11, 0.13, 0.13, 0.13, 0.14, 0.12])
    return [*_section("trs.agency_times", lang), trs_charts.agency_chart(now, lang, width, titled=False).drawing,
            Spacer(1, 2 * mm), grid(header, rows, widths, st, right=(1, 2, 3, 4, 5, 6)), Spacer(1, 3 * mm),
            KeepTogether([trs_charts.decisions_chart(now, lang, width).drawing])]


def _lanes(now: Figures, before: Figures, lang: str, width: float) -> list[Flowable]:
    st = styles()
    physical = {r.lane: r for r in now.lanes}
    earlier = {g.key: g for g in before.times.lanes}
    rows = []
    for group in now.times.lanes:
        total = group.stages[Stage.TOTAL]
        previous = earlier.get(group.key)
        rows.append([esc(trs_charts.lane_name(group.key, lang)), number(group.inspections, lang), number(group.released, lang),
                     duration(total.median, lang), duration(total.p90, lang),
                     change(total.median, previous.stages[Stage.TOTAL].median if previous else None, lang),
                     percent(physical[group.key].rate if group.key in physical else None, lang)])
    header = [esc(tr("trs.lane", lang)), esc(tr("trs.inspections", lang)), esc(tr("trs.released", lang)),
              esc(tr("trs.median", lang)), esc(tr("trs.p90", lang)), esc(tr("trs.change", lang)),
              esc(tr("trs.physical_rate", lang))]
    widths = _widths(width, [0.2, 0.12, 0.12, 0.14, 0.14, 0.14, 0.14])
    return [*_section("trs.lane_times", lang), trs_charts.lane_chart(now, lang, width, titled=False).drawing, Spacer(1, 2 * mm),
            grid(header, rows, widths, st, right=(1, 2, 3, 4, 5, 6)), Spacer(1, 3 * mm),
            KeepTogether([trs_charts.physical_chart(now, lang, width).drawing])]


def _trend(now: Figures, lang: str, width: float) -> list[Flowable]:
    return [*_section(f"trs.trend_{now.times.bucket}", lang), trs_charts.trend_chart(now, lang, width, titled=False).drawing,
            trs_charts.volume_chart(now, lang, width).drawing]


def _findings(now: Figures, lang: str, width: float) -> list[Flowable]:
    st = styles()
    if not now.findings:
        return []
    rows = [[str(n), esc(label(f.agency, lang)), esc(localize(f.text, lang)), esc(label(f.severity, lang)),
             number(f.count, lang), percent(f.share, lang)] for n, f in enumerate(now.findings, 1)]
    header = ["№", esc(tr("trs.agency", lang)), esc(tr("trs.finding_item", lang)), esc(tr("report.severity", lang)),
              esc(tr("trs.count", lang)), esc(tr("trs.share", lang))]
    widths = _widths(width, [0.05, 0.17, 0.44, 0.1, 0.1, 0.14])
    return [*_section("trs.findings", lang), trs_charts.findings_chart(now, lang, width, titled=False).drawing,
            Spacer(1, 2 * mm), grid(header, rows, widths, st, right=(0, 4, 5))]


def _bcps(now: Figures, before: Figures, lang: str, width: float) -> list[Flowable]:
    st = styles()
    earlier = {g.key: g for g in before.times.bcps}
    rows = []
    for group in now.times.bcps:
        total = group.stages[Stage.TOTAL]
        previous = earlier.get(group.key)
        rows.append([esc(bcp_name(group.key, lang) or group.key) + f" ({esc(group.key)})", number(group.inspections, lang),
                     number(group.released, lang), duration(total.median, lang), duration(total.p90, lang),
                     change(total.median, previous.stages[Stage.TOTAL].median if previous else None, lang)])
    header = [esc(tr("trs.bcp", lang)), esc(tr("trs.inspections", lang)), esc(tr("trs.released", lang)),
              esc(tr("trs.median", lang)), esc(tr("trs.p90", lang)), esc(tr("trs.change", lang))]
    widths = _widths(width, [0.3, 0.13, 0.13, 0.15, 0.15, 0.14])
    return [*_section("trs.bcp_times", lang), trs_charts.bcp_chart(now, lang, width, titled=False).drawing, Spacer(1, 2 * mm),
            grid(header, rows, widths, st, right=(1, 2, 3, 4, 5))]


#: What starts and ends each stage (docs/trs.md), as the report's last table says.
DEFINITIONS = {
    Stage.QUEUE: ("report.arrived", "trs.def.opened"),
    Stage.AGENCY_START: ("trs.def.opened", "trs.def.first_started"),
    Stage.INSPECTION: ("trs.def.first_started", "trs.def.last_signed"),
    Stage.DECISION: ("trs.def.last_signed", "trs.def.confirmed"),
    Stage.FINALIZATION: ("trs.def.confirmed", "trs.def.finalized"),
    Stage.RELEASE: ("trs.def.finalized", "trs.def.released"),
    Stage.TOTAL: ("report.arrived", "trs.def.released"),
}


def _definitions(lang: str, width: float) -> list[Flowable]:
    st = styles()
    rows = [[esc(label(stage, lang)), esc(tr(start, lang)), esc(tr(end, lang))]
            for stage, (start, end) in DEFINITIONS.items()]
    header = [esc(tr("trs.stage", lang)), esc(tr("trs.def.from", lang)), esc(tr("trs.def.to", lang))]
    return [*_section("trs.definitions", lang),
            grid(header, rows, _widths(width, [0.34, 0.33, 0.33]), st),
            para(esc(tr("trs.def.note", lang)), st.small)]


def _widths(width: float, shares: Sequence[float]) -> list[float]:
    scale = width / sum(shares)
    return [s * scale for s in shares]


def build_trs(now: Figures, before: Figures, lang: str = "en", database: str = "") -> ReportPdf:
    lang = lang if lang in LANGUAGES else "en"
    where = now.filter.bcp_code or tr("trs.all_bcps", lang)
    left = f"{where} · {period_text(now.filter, lang)}"
    furniture = Furniture(left=left, running_title=tr("trs.title", lang),
                          page_text=lambda page, pages: tr("report.page", lang, page=page, pages=pages))
    return render(trs_story(now, before, lang, database), furniture, title=f"{tr('trs.title', lang)} {left}",
                  subject=left, lang=lang)

