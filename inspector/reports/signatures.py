"""Signature blocks: one per signer, saying exactly what was signed and how.

An officer's block reads "Signed electronically by NAME (badge), DATE TIME
TZ" with the key fingerprint when the section carries an Ed25519 signature,
the drawn signature beside it when one was attached, and a line to sign on
otherwise. Unsigned, it says so. The lead officer who confirms the
consolidated decision has a block; the official stamp has its place; the
driver acknowledges only a final copy.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inspector.domain.i18n import tr
from inspector.reports import images
from inspector.reports.blocks import BASE_TABLE, RowTable, para
from inspector.reports.context import Context
from inspector.reports.loader import drawn_signature, electronic_signature
from inspector.reports.styles import HEADER_FILL, INK, MUTED, RULE
from inspector.reports.texts import DASH, esc

DRAWN_BOX = (48 * mm, 15 * mm)
STAMP_BOX = (45 * mm, 32 * mm)


def fingerprint(value: str) -> str:
    """``AB12 CD34 …``: a hex fingerprint in groups of four, easy to read out."""
    text = "".join(ch for ch in value.upper() if ch.isalnum())
    return " ".join(text[n:n + 4] for n in range(0, len(text), 4))


def statement(ctx: Context, user: Mapping | None, signed_at: str | None, signature: Mapping | None,
              key: str = "report.signed_electronically") -> str:
    """What the block says about the signature, in every language of the report."""
    t = ctx.t
    if not signed_at:
        return f"<b>{t('report.not_signed')}</b>"
    text = t.stacked(lambda lang: tr(key, lang, who=t.person_text(user, lang), time=t.datetime(signed_at, lang)))
    if signature and signature.get("key_fingerprint"):
        text += "<br/>" + t.stacked(lambda lang: tr("report.key_fingerprint", lang,
                                                    fingerprint=fingerprint(signature["key_fingerprint"])))
    return text


def drawn(ctx: Context, sha: str | None, signed: bool, box=DRAWN_BOX) -> Flowable:
    """The drawn signature when one was attached, else a line to sign on."""
    blob = ctx.data.blobs.get(sha) if sha else None
    content: Flowable
    if blob is not None:
        try:
            content = images.fitted(sha, blob.data, *box)
        except images.ImageError:
            content = para(ctx.t("report.image_unreadable", name=sha[:12]), ctx.st.small)
    else:
        content = Spacer(1, box[1])
    cell = Table([[content], [para(ctx.t("report.signature"), ctx.st.small)]], colWidths=[box[0]], hAlign="LEFT")
    cell.setStyle(TableStyle(BASE_TABLE + [
        ("LINEBELOW", (0, 0), (0, 0), 0.6, INK if signed else MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return cell


def block(ctx: Context, role: str, user: Mapping | None, signed_at: str | None, signature: Mapping | None,
          drawn_sha: str | None, width: float | None = None, key: str = "report.signed_electronically") -> Table:
    """One signer: role, name, the signature statement; the drawn signature beside."""
    width = width or ctx.width
    st = ctx.st
    left = [para(f"<b>{role}</b>", st.cell), para(ctx.t.person(user), st.value),
            para(statement(ctx, user, signed_at, signature, key), st.small)]
    table = RowTable([[left, drawn(ctx, drawn_sha, bool(signed_at))]],
                     colWidths=[width - DRAWN_BOX[0] - 8 * mm, DRAWN_BOX[0] + 8 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(BASE_TABLE + [
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def section_block(ctx: Context, section: Mapping, role: str, width: float | None = None) -> Table:
    officer = section.get("signed_by") or section.get("officer")
    return block(ctx, role, officer, section.get("signed_at"), electronic_signature(section),
                 drawn_signature(section), width)


def lead_block(ctx: Context) -> Table:
    """The lead officer who confirms the consolidated decision."""
    decision = ctx.doc.get("decision") or {}
    user = decision.get("confirmed_by") or ctx.doc.get("lead_officer")
    signature = decision.get("signature") if isinstance(decision.get("signature"), Mapping) else None
    signed_at = decision.get("confirmed_at")
    final = ctx.doc.get("finalization")  # the finalization signature, when the confirmer also finalized
    if signature is None and isinstance(final, Mapping) and \
            (final.get("signed_by") or {}).get("username") == (user or {}).get("username"):
        signature, signed_at = final, final.get("signed_at")
    # Confirming is not signing: only a key signature is printed as "signed electronically".
    key = "report.signed_electronically" if signature else "report.confirmed_by"
    return block(ctx, ctx.t("report.lead_confirms"), user, signed_at, signature, None, key=key)


def stamp_and_driver(ctx: Context) -> Table:
    """The official stamp's place and, on a final copy only, the driver's acknowledgement."""
    t, st = ctx.t, ctx.st
    stamp = Table([[para(t("report.stamp"), st.caption)]], colWidths=[STAMP_BOX[0]], rowHeights=[STAMP_BOX[1]])
    stamp.setStyle(TableStyle(BASE_TABLE + [("BOX", (0, 0), (-1, -1), 0.4, MUTED, None, (2, 2)),
                                            ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    if ctx.final and ctx.data.is_current:
        driver = _driver_acknowledgement(ctx, ctx.width - STAMP_BOX[0] - 6 * mm)
    else:
        driver = [para(t("report.no_acknowledgement"), st.small)]
    table = Table([[driver, stamp]], colWidths=[ctx.width - STAMP_BOX[0] - 4 * mm, STAMP_BOX[0] + 4 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle(BASE_TABLE + [("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return table


def _driver_acknowledgement(ctx: Context, width: float) -> list[Flowable]:
    t, st = ctx.t, ctx.st
    story: list[Flowable] = [para(t("report.acknowledgement"), st.body)]
    rows = []
    for driver in ctx.doc["drivers"] or [{}]:
        name = f"<b>{esc(driver.get('name_latin') or '')}</b>" if driver.get("name_latin") else DASH
        if driver.get("name_original") and driver["name_original"] != driver.get("name_latin"):
            name += f"<br/>{esc(driver['name_original'])}"
        rows.append([para(t("report.driver"), st.cell), para(name, st.cell), Spacer(1, 12 * mm)])
    table = RowTable(rows, colWidths=[width * 0.22, width * 0.43, width * 0.35], hAlign="LEFT")
    table.setStyle(TableStyle(BASE_TABLE + [
        ("LINEBELOW", (2, 0), (2, -1), 0.6, INK), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
    ]))
    return story + [table]
