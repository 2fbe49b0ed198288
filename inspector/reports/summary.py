"""Page 1's decision summary: what happens to the truck, at a glance.

As EU TRACES puts the decision in a fixed box and inspection apps put the
score and the flagged items first, a reader who sees only page 1 learns the
consolidated decision (large, boxed, in both languages of a bilingual copy)
and whether it is confirmed or only proposed, each agency's decision and
findings by severity, the flagged items in short, and the risk lane.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from inspector.domain.decisions import most_restrictive
from inspector.domain.enums import Agency, Decision, RiskLane, Severity
from inspector.domain.i18n import label, tr
from inspector.reports.blocks import BASE_TABLE, RowTable, grid, para
from inspector.reports.context import Context
from inspector.reports.findings import SectionSummary, summarize
from inspector.reports.styles import RULE
from inspector.reports.texts import DASH, esc

FLAGGED_SHOWN = 6  # flagged items listed on page 1; the rest are in Part II
RELEASE_FILL = colors.HexColor("#dcefdc")
CAUTION_FILL = colors.HexColor("#fff0c2")
STOP_FILL = colors.HexColor("#f6d0d0")
OPEN_FILL = colors.HexColor("#e9e9e9")


@dataclass(frozen=True)
class DecisionState:
    """The consolidated decision as the record stands: confirmed, proposed, or pending."""

    decision: Decision | None
    confirmed: bool
    pending: tuple[Agency, ...]
    confirmed_by: Mapping | None = None
    confirmed_at: str | None = None
    note: str | None = None


def decision_state(doc: Mapping) -> DecisionState:
    confirmed = doc.get("decision")
    if confirmed:
        return DecisionState(Decision(confirmed["value"]), True, (), confirmed.get("confirmed_by"),
                             confirmed.get("confirmed_at"), confirmed.get("note"))
    # Only a signed agency decision counts: an unsigned one is still a proposal.
    c = most_restrictive({Agency(a["agency"]): Decision(a["decision"])
                          if a.get("decision") and a.get("signed_at") else None for a in doc["agencies"]})
    return DecisionState(c.decision, False, c.pending)


def fill(decision: Decision | None):
    if decision is None:
        return OPEN_FILL
    if decision is Decision.RELEASE:
        return RELEASE_FILL
    if decision in (Decision.RELEASE_CONDITIONAL, Decision.TREATMENT_REQUIRED, Decision.HOLD_FOR_LAB):
        return CAUTION_FILL
    return STOP_FILL


def verdict_text(ctx: Context, state: DecisionState) -> str:
    """The decision in every language of the report, or why there is none yet."""
    t = ctx.t
    if state.decision is None:
        names = lambda lang: ", ".join(label(a, lang) for a in state.pending)  # noqa: E731
        return t.stacked(lambda lang: tr("report.decision_pending", lang, agencies=names(lang)))
    return t.stacked(lambda lang: label(state.decision, lang).upper())


def state_text(ctx: Context, state: DecisionState) -> str:
    t = ctx.t
    if state.confirmed:
        return t.stacked(lambda lang: tr("report.confirmed_by", lang, who=t.person_text(state.confirmed_by, lang),
                                         time=t.datetime(state.confirmed_at, lang)))
    if state.decision is not None:
        return f"<b>{t('report.proposed_not_confirmed')}</b>"
    return ""


def summary_box(ctx: Context) -> list[Flowable]:
    t, st, doc = ctx.t, ctx.st, ctx.doc
    state = decision_state(doc)
    width = ctx.width
    label_width = 46 * mm
    verdict = RowTable([[para(verdict_text(ctx, state), st.verdict)],
                        [para(state_text(ctx, state), st.cell)]], colWidths=[width - label_width - 6 * mm])
    verdict.setStyle(TableStyle(BASE_TABLE + [
        ("BACKGROUND", (0, 0), (-1, -1), fill(state.decision)),
        ("BOX", (0, 0), (-1, -1), 1.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    lane = doc.get("risk_lane")
    rows: list[list] = [
        [para(t("report.consolidated"), st.head), verdict],
        [para(t("report.risk_lane"), st.head), para(f"<b>{t.enum(RiskLane(lane))}</b>" if lane else DASH, st.cell)],
    ]
    box = RowTable(rows, colWidths=[label_width, width - label_width])
    box.setStyle(TableStyle(BASE_TABLE + [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
    ]))
    story: list[Flowable] = [box, Spacer(1, 2 * mm), agencies_table(ctx)]
    flagged = flagged_table(ctx)
    if flagged is not None:
        story += [Spacer(1, 1 * mm), flagged]
    return story


def _summaries(ctx: Context) -> list[tuple[Mapping, SectionSummary]]:
    return [(section, summarize(section, ctx.data.definitions[section["agency"]])) for section in ctx.doc["agencies"]]


def agency_decision_text(ctx: Context, section: Mapping) -> str:
    """The agency's decision as it stands: held (signed), proposed (not signed), or none."""
    t = ctx.t
    decision = section.get("decision")
    if not decision:
        return t("report.no_decision")
    if section.get("signed_at"):
        return f"<b>{t.enum(Decision(decision))}</b>"
    return t.stacked(lambda lang: tr("report.decision_unsigned", lang, decision=label(Decision(decision), lang)))


def agencies_table(ctx: Context) -> Flowable:
    t = ctx.t
    rows = []
    for section, summary in _summaries(ctx):
        counts = [f"<b>{summary.noncompliant[s]}</b>" if summary.noncompliant[s] else "0" for s in Severity]
        rows.append([t.enum(Agency(section["agency"])), agency_decision_text(ctx, section),
                     t.number(summary.checked), *counts])
    header = [t("report.agency"), t("report.agency_decision_short"), t("report.checked"),
              *(t.enum(s) for s in Severity)]
    # Severity columns wide enough for "Незначительное" on one line.
    widths = [35 * mm, 40 * mm, 19 * mm] + [(ctx.width - 94 * mm) / 3] * 3
    return grid(header, rows, widths, ctx.st, right=(2, 3, 4, 5))


def flagged_table(ctx: Context) -> Flowable | None:
    t = ctx.t
    flagged = []
    for section, summary in _summaries(ctx):
        numbers = ctx.item_numbers[section["agency"]]
        for f in summary.findings:
            flagged.append((section["agency"], numbers.get(f.item.id, ""), f))
    if not flagged:
        return None
    order = {s: n for n, s in enumerate(Severity)}
    flagged.sort(key=lambda x: order.get(x[2].item.severity, 9))
    rows = [[esc(number), t.enum_inline(Agency(agency)), t.localized(f.item.text), t.answer(f.item, f.answer["value"]),
             t.enum(f.item.severity)] for agency, number, f in flagged[:FLAGGED_SHOWN]]
    if len(flagged) > FLAGGED_SHOWN:
        more = len(flagged) - FLAGGED_SHOWN
        rows.append(["", "", t("report.more_flagged", count=more), "", ""])
    title = t.stacked(lambda lang: f"{tr('report.flagged', lang)} ({len(flagged)})")
    return grid(["№", t("report.agency"), t("report.item"), t("report.answer"), t("report.severity")], rows,
                [11 * mm, 34 * mm, 70 * mm, 30 * mm, ctx.width - 145 * mm], ctx.st, title=title)
