"""The consolidated single-window report (SPEC §5): header and page-1 decision
summary, Part I consignment, Part II every agency, Part III conditions,
seals, onward movement, review, revisions, legal basis and appeal, then the
consolidated decision with the signatures; optional appendix.

A pure function: :class:`ReportData` in, PDF out. :func:`consolidated_story`
gives the flowables alone; :func:`inspector.reports.page.render` lays them out.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from inspector.domain.i18n import tr
from inspector.reports.agencies import part_two
from inspector.reports.appendix import appendix as appendix_part
from inspector.reports.conclusion import decision_and_signatures, part_three
from inspector.reports.consignment import part_one
from inspector.reports.context import Context
from inspector.reports.header import header, metadata, page_furniture
from inspector.reports.loader import ReportData
from inspector.reports.page import ReportPdf, render
from inspector.reports.texts import Texts


def consolidated_story(ctx: Context) -> list[Flowable]:
    story = header(ctx, ctx.t("report.title"))
    story += part_one(ctx)
    story += part_two(ctx)
    story += part_three(ctx)
    story += decision_and_signatures(ctx)
    if ctx.appendix:
        story += appendix_part(ctx)
    return story


def build_consolidated(data: ReportData, lang: str = "en", *, appendix: bool = False,
                       printed_at: datetime | None = None) -> ReportPdf:
    """The consolidated single-window report of one record revision.

    ``lang`` is ``en``, ``ru``, ``tk`` or ``tk+ru`` (bilingual); ``printed_at``
    (default: now) is printed in the footer of every page.
    """
    ctx = context(data, lang, appendix, printed_at)
    return render(consolidated_story(ctx), page_furniture(ctx), **metadata(ctx, tr("report.title", ctx.t.lang)))


def context(data: ReportData, lang: str, appendix: bool, printed_at: datetime | None) -> Context:
    if printed_at is None:
        return Context(data, Texts(lang), appendix)
    return Context(data, Texts(lang), appendix, printed_at=printed_at)
