"""The single-agency report: one agency's part of a record, for that
agency's own files — the page-1 summary with the consolidated decision, the
consignment, its checklist block, and the consolidated decision with the
lead officer's block and the driver's acknowledgement; its answered checklist
and photos on request."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from inspector.domain.enums import Agency
from inspector.domain.errors import ValidationError
from inspector.domain.i18n import label, tr
from inspector.reports.agencies import agency_block
from inspector.reports.appendix import appendix as appendix_part
from inspector.reports.blocks import band
from inspector.reports.conclusion import decision_and_signatures
from inspector.reports.consignment import part_one
from inspector.reports.consolidated import context
from inspector.reports.context import Context
from inspector.reports.header import header, metadata, page_furniture
from inspector.reports.loader import ReportData
from inspector.reports.page import ReportPdf, render


def _title(agency: Agency):
    return lambda lang: f"{tr('report.title_agency', lang)}: {label(agency, lang)}"


def agency_story(ctx: Context, agency: Agency) -> list[Flowable]:
    story = header(ctx, ctx.t.stacked(_title(agency)))
    story += part_one(ctx)
    story += band(ctx.t("report.part2_agency"), ctx.st, ctx.width)
    story += agency_block(ctx, agency)
    # The driver acknowledges the consolidated decision: print it, not just this agency's.
    story += decision_and_signatures(ctx)
    if ctx.appendix:
        story += appendix_part(ctx, [agency])
    return story


def build_agency(data: ReportData, agency: Agency | str, lang: str = "en", *,
                 appendix: bool = False, printed_at: datetime | None = None) -> ReportPdf:
    """``agency``'s report of one record revision; refused if it took no part."""
    agency = Agency(agency)
    if data.section(agency.value) is None:
        raise ValidationError("report.agency_not_involved", field="agency", agency=agency,
                              reference=data.document["reference"])
    ctx = context(data, lang, appendix, printed_at)
    running = " / ".join(ctx.t.each(_title(agency)))
    return render(agency_story(ctx, agency), page_furniture(ctx, running),
                  **metadata(ctx, _title(agency)(ctx.t.lang)))
