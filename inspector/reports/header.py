"""Page 1 header: BCP, title, reference, date, revision, status and the QR code."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inspector.domain.bcps import bcp_name
from inspector.domain.clock import format_datetime
from inspector.domain.enums import Status
from inspector.domain.i18n import tr
from inspector.reports.blocks import BASE_TABLE, boxed, key_values, para
from inspector.reports.context import Context
from inspector.reports.page import Furniture
from inspector.reports.qr import payload, qr_drawing
from inspector.reports.styles import NOTICE_FILL
from inspector.reports.summary import summary_box
from inspector.reports.texts import esc, utc_offset

HASH_PREFIX = 16  # hex digits of the record hash in every page's footer
QR_SIZE = 31 * mm
QR_COLUMN = 36 * mm


def _corrected_after_return(ctx: Context) -> bool:
    last = ctx.data.history[-1] if ctx.data.history else None
    return last is not None and last.revision == ctx.doc["revision"] and last.kind == "returned"


def revision_text(ctx: Context) -> str:
    """``Original``, ``Amendment N``, or ``Revision N, corrected after a return``."""
    revision = ctx.doc["revision"]
    if not revision:
        return ctx.t("report.original")
    if _corrected_after_return(ctx):
        return ctx.t("report.revision_returned", number=revision)
    return ctx.t("report.amendment", number=revision)


def inspection_date(ctx: Context) -> str:
    moment = ctx.doc["arrived_at"] or ctx.doc["created_at"]
    return ctx.t.date(datetime.fromisoformat(moment)) if moment else "—"


def header(ctx: Context, title: str, summary: bool = True) -> list[Flowable]:
    """The block that opens page 1: authority, title, facts and QR code, the
    notices, and the decision summary; ``title`` is markup (already localized)."""
    t, st, doc = ctx.t, ctx.st, ctx.doc
    code = doc["bcp"]
    authority = t.stacked(lambda lang: f"{tr('report.country', lang)} · {tr('report.bcp', lang)}: "
                                       f"{bcp_name(code, lang)} ({code})")
    left_width = ctx.width - QR_COLUMN
    facts = key_values([
        (t("report.reference"), f"<b>{esc(doc['reference'])}</b>"),
        (t("report.date"), inspection_date(ctx)),
        (t("report.revision"), revision_text(ctx)),
        (t("report.status"), t.enum(Status(doc["status"]))),
    ], st, left_width - 4 * mm, columns=2, label_share=0.44)
    left = [para(authority, st.subtitle), Spacer(1, 1.5 * mm), para(title, st.title), facts]
    right = [qr_drawing(payload(doc, ctx.data.record_hash, ctx.data.successor is not None), QR_SIZE),
             para(esc(doc["uuid"]), st.code)]
    table = Table([[left, right]], colWidths=[left_width, QR_COLUMN])
    table.setStyle(TableStyle(BASE_TABLE + [
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 4),
        ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    story: list[Flowable] = [table, Spacer(1, 2 * mm), *notices(ctx)]
    if summary:
        story += summary_box(ctx)
    return story


def notices(ctx: Context) -> list[Flowable]:
    """Warnings a reader must not miss: not final, superseded."""
    t, st = ctx.t, ctx.st
    out: list[Flowable] = []
    if not ctx.final:
        out += [boxed([para(t("report.preliminary"), st.notice)], ctx.width, NOTICE_FILL), Spacer(1, 2 * mm)]
    if ctx.data.successor is not None:
        out += [boxed([para(t("report.superseded_by", number=ctx.data.successor), st.notice)], ctx.width,
                      NOTICE_FILL), Spacer(1, 2 * mm)]
    return out


def status_lines(ctx: Context) -> list[str]:
    """What every page must say about this copy, one entry per language (none for a valid copy)."""
    if not ctx.final:
        return ctx.t.each(lambda lang: tr("report.draft_mark", lang))
    if ctx.data.successor is not None:
        return ctx.t.each(lambda lang: tr("report.superseded_by", lang, number=ctx.data.successor))
    return []


def page_furniture(ctx: Context, running_title: str | None = None) -> Furniture:
    """Every page: the status of the copy (header line and watermark); the
    footer with reference (and revision), hash prefix, page N of M, print time."""
    t, doc = ctx.t, ctx.doc
    left = doc["reference"]
    if doc["revision"]:  # as the header names it: a correction after a return is no amendment
        key = "report.revision_short" if _corrected_after_return(ctx) else "report.amendment"
        left += " · " + t.inline(key, number=doc["revision"])
    status = status_lines(ctx)
    return Furniture(
        left=left,
        running_title=running_title or t.inline("report.short_title"),
        page_text=lambda page, pages: t.inline("report.page", " · ", page=page, pages=pages),
        centre=f"SHA-256 {ctx.data.record_hash[:HASH_PREFIX]}",
        status=" / ".join(status),
        watermark=tuple(status),
        printed=" / ".join(t.each(lambda lang: tr("report.printed", lang, time=_plain_time(ctx, lang)))),
    )


def _plain_time(ctx: Context, lang: str) -> str:
    return f"{format_datetime(ctx.printed_at, lang)} {utc_offset(ctx.printed_at)}"


def metadata(ctx: Context, title: str) -> dict[str, str]:
    """PDF document information: the reference in the title, the BCP as author."""
    doc = ctx.doc
    status = " ".join(status_lines(ctx)[:1])
    return {"title": f"{title} {doc['reference']}" + (f" ({revision_text_plain(ctx)})" if doc["revision"] else ""),
            "subject": " ".join(filter(None, (doc["reference"], status))),
            "author": f"{bcp_name(doc['bcp'], ctx.t.lang)} ({doc['bcp']})",
            "keywords": ", ".join((doc["reference"], doc["uuid"], doc["status"], f"revision {doc['revision']}")),
            "lang": ctx.t.lang}


def revision_text_plain(ctx: Context) -> str:
    revision = ctx.doc["revision"]
    if not revision:
        return tr("report.original", ctx.t.lang)
    key = "report.revision_short" if _corrected_after_return(ctx) else "report.amendment"
    return tr(key, ctx.t.lang, number=revision)
