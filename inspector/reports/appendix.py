"""The optional appendix: every answered checklist item, then the photos."""

from __future__ import annotations

import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from inspector.domain.enums import Agency
from inspector.domain.i18n import label, tr
from inspector.reports import images
from inspector.reports.agencies import note_markup
from inspector.reports.blocks import BASE_TABLE, band, grid, para, titled
from inspector.reports.context import IMAGE_TYPES, Context
from inspector.reports.findings import summarize
from inspector.reports.styles import FINDING_FILL
from inspector.reports.texts import esc

log = logging.getLogger(__name__)

PHOTO_COLUMNS = 2
PHOTO_HEIGHT = 62 * mm


def appendix(ctx: Context, agencies: list[Agency] | None = None) -> list[Flowable]:
    t, st = ctx.t, ctx.st
    story: list[Flowable] = [PageBreak(), *band(t("report.appendix"), st, ctx.width)]
    for section in ctx.doc["agencies"]:
        agency = Agency(section["agency"])
        if agencies and agency not in agencies:
            continue
        story += answered_checklist(ctx, agency, section)
    story += photos(ctx, agencies)
    return story


LONG_NOTE = 300  # characters: beyond, the note column of the answered checklist is widened


def answered_checklist(ctx: Context, agency: Agency, section) -> list[Flowable]:
    t, st = ctx.t, ctx.st
    definition = ctx.data.definitions[agency.value]
    summary = summarize(section, definition)
    by_item = {a.item.id: a for a in summary.answered}
    title = t.stacked(lambda lang: f"{label(agency, lang)} — {section['checklist']['id']} "
                                   f"{section['checklist']['version']}")
    if not by_item:
        return [titled(title, st.heading, para(t("report.no_answers"), st.body))]
    story: list[Flowable] = []
    # The agency's heading opens its first table: it cannot be left alone at a page foot.
    pending_title: list[Flowable] = [para(title, st.heading)]
    for s_number, checklist_section in enumerate(definition.sections, 1):
        rows, findings, long_notes = [], [], False
        for i_number, item in enumerate(checklist_section.items, 1):
            answered = by_item.get(item.id)
            if answered is None:
                continue
            answer = t.answer(item, answered.answer["value"])
            if answered.finding:
                answer = f"<b>{answer}</b><br/>{t.enum(item.severity)}"
                findings.append(len(rows) + 1)
            rows.append([f"{s_number}.{i_number}", t.localized(item.text), answer,
                         note_markup(ctx, answered.answer) if _has_note(answered.answer) else ""])
            long_notes |= len(answered.answer.get("note") or "") > LONG_NOTE
        if not rows:
            continue
        story.append(grid(["№", t("report.item"), t("report.answer"), t("report.note")], rows,
                          # Long notes get the room: a 2,000-character note in a narrow column fills pages.
                          [10 * mm, 64 * mm, 28 * mm, 72 * mm] if long_notes else [10 * mm, 88 * mm, 32 * mm, 44 * mm],
                          st,
                          title=pending_title + [para(t.localized(checklist_section.title), st.subheading)],
                          extra=[("BACKGROUND", (0, r), (-1, r), FINDING_FILL) for r in findings]))
        pending_title = []
    return story


def _has_note(answer) -> bool:
    return bool(answer.get("note") or answer.get("photos"))


def photos(ctx: Context, agencies: list[Agency] | None = None) -> list[Flowable]:
    """Photos two to a row; each stays with its caption (a table row never splits)."""
    t, st = ctx.t, ctx.st
    wanted = {a.value for a in agencies} if agencies else None
    shown, others = [], []
    seen: set[str] = set()
    for attachment in ctx.doc["attachments"]:
        sha = attachment["sha256"]
        if sha in seen or sha in ctx.signatures:
            continue
        if wanted is not None and attachment.get("agency") not in wanted:
            continue
        seen.add(sha)
        if attachment["media_type"] in IMAGE_TYPES and sha in ctx.photo_numbers:
            shown.append(attachment)
        else:
            others.append(attachment)
    story: list[Flowable] = []
    if shown:
        column = ctx.width / PHOTO_COLUMNS
        cells = [photo_cell(ctx, a, column - 6 * mm) for a in shown]
        rows = [cells[n:n + PHOTO_COLUMNS] for n in range(0, len(cells), PHOTO_COLUMNS)]
        rows[-1] += [""] * (PHOTO_COLUMNS - len(rows[-1]))
        # The heading is the first row, never split from the first photos.
        rows.insert(0, [para(t("report.photos"), st.heading)] + [""] * (PHOTO_COLUMNS - 1))
        table = Table(rows, colWidths=[column] * PHOTO_COLUMNS, hAlign="LEFT")
        table.setStyle(TableStyle(BASE_TABLE + [
            ("SPAN", (0, 0), (-1, 0)),
            ("NOSPLIT", (0, 0), (-1, 1)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 7),
            ("ALIGN", (0, 1), (-1, -1), "CENTER"),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 4 * mm),
        ]))
        story.append(table)
    if others:
        lines = [para(f"{esc(a['filename'])} — {esc(a.get('caption') or '')}", st.body) for a in others]
        story.append(titled(t("report.other_attachments"), st.subheading, *lines))
    return story


def photo_cell(ctx: Context, attachment, width: float) -> list[Flowable]:
    t, st = ctx.t, ctx.st
    sha = attachment["sha256"]
    number = ctx.photo_numbers[sha]
    blob = ctx.data.blobs.get(sha)
    try:
        if blob is None:
            raise images.ImageError("not loaded")
        image: Flowable = images.fitted(sha, blob.data, width, PHOTO_HEIGHT)
    except images.ImageError as exc:
        log.warning("photo %s of %s not shown: %s", sha[:12], ctx.doc["reference"], exc)
        image = para(t("report.image_unreadable", name=attachment["filename"]), st.small)
    agency = attachment.get("agency")
    caption = f"<b>{esc(t.inline('report.photo_caption', number=number))}</b>"
    if attachment.get("caption"):
        caption += f" — {esc(attachment['caption'])}"
    meta = esc(attachment["filename"])
    item = _items_of_photos(ctx).get(sha)
    if item:
        meta = f"{esc(t.enum_inline(Agency(item[0])))} {esc(item[1])} · {meta}"
    elif agency:
        meta = f"{esc(t.enum_inline(Agency(agency)))} · {meta}"
    when = ctx.data.attached_at.get(sha)
    if when:
        meta += " · " + esc(" / ".join(t.each(lambda lang: tr("report.attached_at", lang,
                                                               time=t.datetime(when, lang)))))
    low = images.low_resolution(sha)
    if low:
        meta += " · " + esc(" / ".join(t.each(lambda lang: tr("report.low_resolution", lang,
                                                               width=low[0], height=low[1]))))
    return [image, Spacer(1, 1 * mm), para(caption, st.caption), para(meta, st.caption)]


def _items_of_photos(ctx: Context) -> dict[str, tuple[str, str]]:
    """Which checklist item (agency, number) each photo was taken for."""
    out: dict[str, tuple[str, str]] = {}
    for section in ctx.doc["agencies"]:
        numbers = ctx.item_numbers.get(section["agency"], {})
        for answer in section["answers"]:
            for sha in answer.get("photos") or []:
                out.setdefault(sha, (section["agency"], numbers.get(answer["item"], "")))
            if isinstance(answer.get("value"), list):
                for sha in answer["value"]:
                    if isinstance(sha, str) and len(sha) == 64:
                        out.setdefault(sha, (section["agency"], numbers.get(answer["item"], "")))
    return out
