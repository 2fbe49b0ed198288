"""Part II: one block per agency — checklist, summary, findings, decision, signature."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from inspector.domain.enums import Agency, Decision, Severity
from inspector.domain.i18n import label, tr
from inspector.reports import images
from inspector.reports.blocks import BASE_TABLE, band, grid, key_values, para, titled
from inspector.reports.context import Context
from inspector.reports.findings import AnsweredItem, summarize
from inspector.reports.styles import FINDING_FILL, INK, MUTED, SECONDARY_COLOR
from inspector.reports.texts import DASH, esc

SIGNATURE_BOX = (50 * mm, 16 * mm)


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
        (t("report.checklist"), f"{esc(checklist['id'])} {esc(checklist['version'])} — "
                                f"{t.localized(definition.title)}"),
        (t("report.officer"), t.person(section["officer"])),
        (t("report.period"), f"{t.datetime(section['started_at'])} – {t.datetime(section['finished_at'])}"),
        (t("report.signed_at"), t.datetime(section["signed_at"]) if section["signed_at"]
         else t("report.not_signed")),
    ], st, ctx.width)
    return [titled(title, st.heading, meta, Spacer(1, 1.5 * mm), summary_table(ctx, summary)),
            findings_table(ctx, summary.findings),
            KeepTogether(decision_block(ctx, agency, section))]


def summary_table(ctx: Context, summary) -> Flowable:
    t = ctx.t
    header = [t("report.checked"), t("report.compliant")]
    header += [t.stacked(lambda lang, s=s: f"{tr('report.noncompliant', lang)}: {label(s, lang).lower()}")
               for s in Severity]
    header.append(t("report.not_applicable"))
    values = [summary.checked, summary.compliant, *(summary.noncompliant[s] for s in Severity),
              summary.not_applicable]
    row = [f"<b>{t.number(v)}</b>" for v in values]
    width = ctx.width / len(header)
    return grid(header, [row], [width] * len(header), ctx.st, right=range(len(header)))


def findings_table(ctx: Context, findings: list[AnsweredItem]) -> Flowable:
    t, st = ctx.t, ctx.st
    title = t.stacked(lambda lang: f"{tr('report.findings', lang)} ({len(findings)})")
    if not findings:
        return titled(t("report.findings"), st.subheading, para(t("report.no_findings"), st.body))
    rows = []
    for n, f in enumerate(findings, 1):
        rows.append([str(n), t.localized(f.item.text), t.answer(f.item, f.answer["value"]),
                     t.enum(f.item.severity), note_markup(ctx, f.answer)])
    return grid(["№", t("report.item"), t("report.answer"), t("report.severity"), t("report.note")], rows,
                [8 * mm, 61 * mm, 24 * mm, 27 * mm, 54 * mm], st, title=title,
                extra=[("BACKGROUND", (0, 1), (-1, -1), FINDING_FILL)])


def note_markup(ctx: Context, answer: Mapping) -> str:
    """The officer's note, with references to the photos taken for the item."""
    t = ctx.t
    note = esc(answer.get("note") or "")
    photos = answer.get("photos") or []
    if not photos:
        return note or DASH
    if ctx.appendix:
        refs = ", ".join(tr("report.photo_ref", t.lang, number=ctx.photo_numbers[p])
                         for p in photos if p in ctx.photo_numbers)
    else:
        refs = tr("report.photo_count", t.lang, count=len(photos))
    refs_markup = f'<font color="{SECONDARY_COLOR}">[{esc(refs)}]</font>' if refs else ""
    return f"{note}<br/>{refs_markup}" if note and refs_markup else (note or refs_markup or DASH)


def decision_block(ctx: Context, agency: Agency, section: Mapping) -> list[Flowable]:
    t, st = ctx.t, ctx.st
    decision = section.get("decision")
    # Named with the agency: the block may open a page of its own.
    pairs = [(t.stacked(lambda lang: f"{tr('report.agency_decision', lang)}: {label(agency, lang)}"),
              f"<b>{t.enum(Decision(decision))}</b>" if decision else t("report.no_decision"))]
    if section.get("remarks"):
        pairs.append((t("report.remarks"), esc(section["remarks"])))
    if section.get("returned_comment"):
        pairs.append((t("report.returned_comment"), esc(section["returned_comment"])))
    officer = section.get("signed_by") or section.get("officer")
    pairs.append((t("report.officer"), t.person(officer)))
    pairs.append((t("report.signature"), signature_cell(ctx, section)))
    return [Spacer(1, 1.5 * mm), key_values(pairs, st, ctx.width, columns=1, label_share=0.26)]


def signature_cell(ctx: Context, section: Mapping | None, box=SIGNATURE_BOX) -> Flowable:
    """The drawn signature when one was attached, else a line to sign on."""
    t, st = ctx.t, ctx.st
    sha = section.get("drawn_signature") if section else None
    blob = ctx.data.blobs.get(sha) if sha else None
    signed = bool(section and section.get("signed_at"))
    content: list[Flowable]
    if blob is not None:
        try:
            content = [images.fitted(sha, blob.data, *box)]
        except images.ImageError:
            content = [para(t("report.image_unreadable", name=sha[:12]), st.small)]
    else:
        content = [Spacer(1, box[1])]
    caption = t.datetime(section["signed_at"]) if signed else t("report.not_signed")
    cell = Table([[content], [para(caption, st.small)]], colWidths=[box[0]], hAlign="LEFT")
    cell.setStyle(TableStyle(BASE_TABLE + [
        ("LINEBELOW", (0, 0), (0, 0), 0.6, INK if signed else MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return cell
