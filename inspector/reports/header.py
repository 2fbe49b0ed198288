"""Page 1 header: BCP, title, reference, date, revision, status and the QR code."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inspector.domain.bcps import bcp_name
from inspector.domain.enums import Status
from inspector.domain.i18n import tr
from inspector.reports.blocks import BASE_TABLE, boxed, key_values, para
from inspector.reports.context import Context
from inspector.reports.page import Furniture
from inspector.reports.qr import payload, qr_drawing
from inspector.reports.styles import NOTICE_FILL
from inspector.reports.texts import esc

HASH_PREFIX = 16  # hex digits of the record hash in every page's footer
QR_SIZE = 31 * mm
QR_COLUMN = 36 * mm


def revision_text(ctx: Context) -> str:
    revision = ctx.doc["revision"]
    return ctx.t("report.amendment", number=revision) if revision else ctx.t("report.original")


def inspection_date(ctx: Context) -> str:
    moment = ctx.doc["arrived_at"] or ctx.doc["created_at"]
    return ctx.t.date(datetime.fromisoformat(moment)) if moment else "—"


def header(ctx: Context, title: str) -> list[Flowable]:
    """The block that opens page 1; ``title`` is markup (already localized)."""
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
    ], st, left_width - 4 * mm, columns=2, label_share=0.36)
    left = [para(authority, st.subtitle), Spacer(1, 1.5 * mm), para(title, st.title), facts]
    right = [qr_drawing(payload(doc, ctx.data.record_hash), QR_SIZE),
             para(esc(doc["uuid"]), st.code)]
    table = Table([[left, right]], colWidths=[left_width, QR_COLUMN])
    table.setStyle(TableStyle(BASE_TABLE + [
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 4),
        ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table, Spacer(1, 2 * mm), *notices(ctx)]


def notices(ctx: Context) -> list[Flowable]:
    """Warnings a reader must not miss: not final, superseded, amended."""
    t, st, doc = ctx.t, ctx.st, ctx.doc
    out: list[Flowable] = []
    if not ctx.data.locked:
        out += [boxed([para(t("report.preliminary"), st.notice)], ctx.width, NOTICE_FILL), Spacer(1, 2 * mm)]
    if not ctx.data.is_current:
        out += [boxed([para(t("report.superseded"), st.notice)], ctx.width, NOTICE_FILL), Spacer(1, 2 * mm)]
    amendment = doc.get("amendment")
    if amendment:
        pairs = [(t("report.amendment_reason"), esc(amendment.get("reason") or "—")),
                 (t("report.amended_by"), t.person(amendment.get("by")))]
        out += [boxed([para(f"<b>{revision_text(ctx)}</b>", st.body),
                       key_values(pairs, st, ctx.width - 12 * mm, columns=1, label_share=0.3)],
                      ctx.width, NOTICE_FILL),
                Spacer(1, 2 * mm)]
    return out


def page_furniture(ctx: Context, running_title: str | None = None) -> Furniture:
    """Footer of every page: reference (and amendment), hash prefix, page N of M."""
    t, doc = ctx.t, ctx.doc
    left = doc["reference"]
    if doc["revision"]:
        left += " · " + t.inline("report.amendment", number=doc["revision"])
    return Furniture(
        left=left,
        running_title=running_title or t.inline("report.short_title"),
        page_text=lambda page, pages: t.inline("report.page", " · ", page=page, pages=pages),
        centre=f"SHA-256 {ctx.data.record_hash[:HASH_PREFIX]}",
    )
