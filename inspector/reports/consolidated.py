"""The consolidated single-window report (SPEC §5): header, Part I consignment,
Part II every agency, Part III consolidated decision and signatures, optional
appendix.

A pure function: :class:`ReportData` in, PDF out. :func:`consolidated_story`
gives the flowables alone; :func:`inspector.reports.page.render` lays them out.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector.domain.i18n import tr
from inspector.reports.agencies import part_two
from inspector.reports.appendix import appendix as appendix_part
from inspector.reports.conclusion import part_three, signatures
from inspector.reports.consignment import part_one
from inspector.reports.context import Context
from inspector.reports.header import header, page_furniture
from inspector.reports.loader import ReportData
from inspector.reports.page import ReportPdf, render
from inspector.reports.texts import Texts


def consolidated_story(ctx: Context) -> list[Flowable]:
    story = header(ctx, ctx.t("report.title"))
    story += part_one(ctx)
    story += part_two(ctx)
    story += part_three(ctx)
    story += signatures(ctx)
    if ctx.appendix:
        story += appendix_part(ctx)
    return story


def build_consolidated(data: ReportData, lang: str = "en", *, appendix: bool = False) -> ReportPdf:
    """The consolidated single-window report of one record revision.

    ``lang`` is ``en``, ``ru``, ``tk`` or ``tk+ru`` (bilingual).
    """
    ctx = Context(data, Texts(lang), appendix)
    return render(consolidated_story(ctx), page_furniture(ctx), title=tr("report.title", ctx.t.lang),
                  subject=data.document["reference"], lang=ctx.t.lang)
