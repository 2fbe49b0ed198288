"""Part II: one block per agency — checklist, summary, findings, decision, signature."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from inspector.domain.enums import Agency, Severity
from inspector.domain.i18n import label, tr
from inspector.reports import images
from inspector.reports.blocks import BASE_TABLE, RowTable, band, grid, key_values, para, titled
from inspector.reports.context import IMAGE_TYPES, Context
from inspector.reports.findings import AnsweredItem, SectionSummary, summarize
from inspector.reports.signatures import section_block
from inspector.reports.styles import FINDING_FILL, NOTICE_FILL
from inspector.reports.summary import agency_decision_text
from inspector.reports.texts import DASH, esc

THUMB = (34 * mm, 24 * mm)  # a photo beside its finding


def part_two(ctx: Context, agencies: list[Agency] | None = None) -> list[Flowable]:
    """All four agencies (an absent one "not involved"), or just those named."""
    story: list[Flowable] = band(ctx.t("report.part2"), ctx.st, ctx.width)
    shown = agencies or list(Agency)
    for number, agency in enumerate(shown, 1):
        prefix = f"II.{number}. " if len(shown) > 1 else ""
        story += agency_block(ctx, agency, prefix)
    return story


def agency_title(ctx: Context, agency: Agency, prefix: str) -> str:
    return ctx.t.stacked(lambda lang: prefix + label(agency, lang))


def agency_block(ctx: Context, agency: Agency, prefix: str = "") -> list[Flowable]:
    t, st = ctx.t, ctx.st
    title = agency_title(ctx, agency, prefix)
    section = ctx.data.section(agency.value)
    if section is None:
        return [titled(title, st.heading, para(t("report.not_involved"), st.body))]
    definition = ctx.data.definitions[agency.value]
    summary = summarize(section, definition)
    checklist = section["checklist"]
    meta = key_values([
        (t("report.checklist"), f"{t.localized(definition.title)} ({esc(checklist['id'])}, "
                                f"{esc(checklist['version'])})"),
        (t("report.officer"), t.person(section["officer"])),
        (t("report.period"), f"{t.datetime(section['started_at'])} – {t.datetime(section['finished_at'])}"),
    ], st, ctx.width, columns=1, label_share=0.26)
    story: list[Flowable] = [titled(title, st.heading, meta, Spacer(1, 1.5 * mm), summary_table(ctx, summary))]
    story.append(findings_table(ctx, agency, summary))
    remarks = general_remarks(ctx, agency)
    if remarks is not None:
        story.append(remarks)
    story.append(KeepTogether(decision_block(ctx, agency, section)))
    return story


def summary_table(ctx: Context, summary: SectionSummary) -> Flowable:
    t = ctx.t
    header = [t("report.checked"), t("report.compliant")]
    header += [t.stacked(lambda lang, s=s: f"{tr('report.noncompliant', lang)}: {label(s, lang).lower()}")
               for s in Severity]
    header += [t("report.not_applicable"), t("report.information")]
    values = [summary.checked, summary.compliant, *(summary.noncompliant[s] for s in Severity),
              summary.not_applicable, summary.information]
    row = [f"<b>{t.number(v)}</b>" for v in values]
    # Each heading on whole words in every language ("Соответствует", "незначительное").
    widths = [20 * mm, 24 * mm, 26 * mm, 26 * mm, 26 * mm, 24 * mm]
    widths.append(ctx.width - sum(widths))
    return grid(header, [row], widths, ctx.st, right=range(len(header)))


def findings_table(ctx: Context, agency: Agency, summary: SectionSummary) -> Flowable:
    """The non-compliant findings, numbered as in the checklist (2.4), each with
    the officer's note, its photos and any remark of the reviewer."""
    t, st = ctx.t, ctx.st
    findings = summary.findings
    if not summary.answered:
        # Nothing answered is not the same as nothing found.
        return titled(t("report.findings"), st.subheading, para(t("report.no_answers_yet"), st.body))
    if not findings:
        return titled(t("report.findings"), st.subheading, para(t("report.no_findings"), st.body))
    title = t.stacked(lambda lang: f"{tr('report.findings', lang)} ({len(findings)})")
    numbers = ctx.item_numbers[agency.value]
    rows = [[esc(numbers.get(f.item.id, "")), t.localized(f.item.text), t.answer(f.item, f.answer["value"]),
             t.enum(f.item.severity), note_cell(ctx, agency, f)] for f in findings]
    return grid(["№", t("report.item"), t("report.answer"), t("report.severity"), t("report.note")], rows,
                [11 * mm, 48 * mm, 30 * mm, 27 * mm, ctx.width - 116 * mm], st, title=title,
                extra=[("BACKGROUND", (0, 1), (-1, -1), FINDING_FILL)])


def note_cell(ctx: Context, agency: Agency, finding: AnsweredItem) -> list[Flowable] | str:
    """The note, the reviewer's remark on this item, and the photos (thumbnails
    with the time they were attached when the bytes are at hand)."""
    st = ctx.st
    parts: list[Flowable] = [para(note_markup(ctx, finding.answer), st.cell)]
    for remark in ctx.remarks.get((agency.value, finding.item.id), []):
        parts.append(remark_box(ctx, remark, ctx.width - 120 * mm))
    for sha in finding.answer.get("photos") or []:
        thumb = thumbnail(ctx, sha)
        if thumb is not None:
            parts += [Spacer(1, 1 * mm), *thumb]
    return parts


def thumbnail(ctx: Context, sha: str) -> list[Flowable] | None:
    blob = ctx.data.blobs.get(sha)
    attachment = next((a for a in ctx.doc["attachments"] if a["sha256"] == sha), None)
    if blob is None or attachment is None or attachment["media_type"] not in IMAGE_TYPES:
        return None
    try:
        image = images.fitted(sha, blob.data, *THUMB)
    except images.ImageError:
        return None
    image.hAlign = "LEFT"
    caption = photo_caption(ctx, sha)
    # One unsplittable cell: a photo never parts from its caption at a page break.
    together = Table([[[image, para(caption, ctx.st.small)]]], hAlign="LEFT")
    together.setStyle(TableStyle(BASE_TABLE + [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return [together]


def photo_caption(ctx: Context, sha: str) -> str:
    """``Photo 3 · attached 27.11.2026 09:41 UTC+5`` in the report's languages."""
    t = ctx.t
    number = ctx.photo_numbers.get(sha)
    when = ctx.data.attached_at.get(sha)
    parts = []
    if number:
        parts.append(" / ".join(t.each(lambda lang: tr("report.photo_caption", lang, number=number))))
    if when:
        parts.append(" / ".join(t.each(lambda lang: tr("report.attached_at", lang, time=t.datetime(when, lang)))))
    return esc(" · ".join(parts))


def remark_box(ctx: Context, remark: str, width: float) -> Table:
    """A reviewer's remark, shaded so it is not taken for the officer's note."""
    t = ctx.t
    box = RowTable([[para(f"<b>{t('report.reviewer_remark')}</b><br/>{esc(remark)}", ctx.st.cell)]],
                   colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle(BASE_TABLE + [("BACKGROUND", (0, 0), (-1, -1), NOTICE_FILL),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    return box


def general_remarks(ctx: Context, agency: Agency) -> Flowable | None:
    """Reviewer's remarks on this section that name no finding of it."""
    findings = {f.item.id for f in summarize(ctx.data.section(agency.value),
                                            ctx.data.definitions[agency.value]).findings}
    numbers = ctx.item_numbers[agency.value]
    rows = []
    for (remark_agency, item), texts in ctx.remarks.items():
        if remark_agency != agency.value or item in findings:
            continue
        where = esc(numbers.get(item, item)) if item else DASH
        rows += [[where, esc(text)] for text in texts]
    if not rows:
        return None
    return grid(["№", ctx.t("report.reviewer_remark")], rows, [14 * mm, ctx.width - 14 * mm], ctx.st,
                title=ctx.t("report.reviewer_remarks"), extra=[("BACKGROUND", (0, 1), (-1, -1), NOTICE_FILL)])


def note_markup(ctx: Context, answer: Mapping) -> str:
    """The officer's note, with the numbers of the item's photos in the appendix."""
    t = ctx.t
    note = esc(answer.get("note") or "")
    photos = [p for p in answer.get("photos") or [] if p in ctx.photo_numbers]
    if not photos:
        return note or DASH
    refs = " / ".join(t.each(lambda lang: ", ".join(tr("report.photo_ref", lang, number=ctx.photo_numbers[p])
                                                     for p in photos)))
    refs_markup = f"[{esc(refs)}]"
    return f"{note}<br/>{refs_markup}" if note else refs_markup


def decision_block(ctx: Context, agency: Agency, section: Mapping) -> list[Flowable]:
    """The agency's decision as it stands, its remarks, and its officer's signature block."""
    t, st = ctx.t, ctx.st
    # Named with the agency: the block may open a page of its own.
    pairs = [(t.stacked(lambda lang: f"{tr('report.agency_decision', lang)}: {label(agency, lang)}"),
              agency_decision_text(ctx, section))]
    if section.get("remarks"):
        pairs.append((t("report.remarks"), esc(section["remarks"])))
    if section.get("returned_comment"):
        pairs.append((t("report.returned_comment"), esc(section["returned_comment"])))
    role = t.stacked(lambda lang: f"{tr('report.officer', lang)} — {label(agency, lang)}")
    return [Spacer(1, 1.5 * mm), key_values(pairs, st, ctx.width, columns=1, label_share=0.26),
            Spacer(1, 1.5 * mm), section_block(ctx, section, role)]
