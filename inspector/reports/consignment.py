"""Part I: the consignment — procedure, vehicle, drivers, documents, cargo, seals."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from inspector.domain.enums import Direction, DocumentType, Procedure, RiskLane, SealStatus
from inspector.reports import fonts
from inspector.reports.blocks import band, grid, key_values, para, titled
from inspector.reports.context import Context
from inspector.reports.styles import HEADER_FILL, SECONDARY_COLOR
from inspector.reports.texts import DASH, esc


def _enum(ctx: Context, kind, value):
    return ctx.t.enum(kind(value)) if value else DASH


def part_one(ctx: Context) -> list[Flowable]:
    t, st, doc, width = ctx.t, ctx.st, ctx.doc, ctx.width
    vehicle = doc["vehicle"]
    story: list[Flowable] = band(t("report.part1"), st, width)
    story.append(titled(t("report.general"), st.subheading, key_values([
        (t("report.direction"), _enum(ctx, Direction, doc["direction"])),
        (t("report.procedure"), _enum(ctx, Procedure, doc["procedure"])),
        (t("report.risk_lane"), _enum(ctx, RiskLane, doc["risk_lane"])),
        (t("report.declaration"), esc(doc["declaration_ref"] or DASH)),
        (t("report.arrived"), t.datetime(doc["arrived_at"])),
    ], st, width)))
    story.append(titled(t("report.vehicle"), st.subheading, key_values([
        (t("report.tractor_plate"), f"<b>{esc(vehicle['tractor_plate'] or DASH)}</b>"),
        (t("report.trailer_plate"), f"<b>{esc(vehicle['trailer_plate'] or DASH)}</b>"),
        (t("report.vehicle_country"), t.country(vehicle["country"])),
    ], st, width)))
    return story + [drivers(ctx), documents(ctx), cargo(ctx), seals(ctx)]


def none_recorded(ctx: Context, title: str) -> Flowable:
    return titled(title, ctx.st.subheading, para(ctx.t("report.none_recorded"), ctx.st.small))


def drivers(ctx: Context) -> Flowable:
    t = ctx.t
    rows = [[str(n), f"<b>{esc(d['name_latin'])}</b>", esc(d["name_original"] or DASH),
             esc(d["passport_number"] or DASH), t.country_code(d["nationality"])]
            for n, d in enumerate(ctx.doc["drivers"], 1)]
    if not rows:
        return none_recorded(ctx, t("report.drivers"))
    return grid(["№", t("report.name_latin"), t("report.name_original"), t("report.passport"),
                 t("report.nationality")], rows, [8 * mm, 52 * mm, 50 * mm, 28 * mm, 36 * mm], ctx.st,
                title=t("report.drivers"))


def documents(ctx: Context) -> Flowable:
    t = ctx.t
    rows = [[str(n), t.enum(DocumentType(d["type"])), esc(d["number"]), esc(d["issuer"] or DASH),
             t.date(d["date"])] for n, d in enumerate(ctx.doc["documents"], 1)]
    if not rows:
        return none_recorded(ctx, t("report.documents"))
    return grid(["№", t("report.doc_type"), t("report.number"), t("report.issuer"), t("report.doc_date")],
                rows, [8 * mm, 48 * mm, 42 * mm, 54 * mm, 22 * mm], ctx.st, title=t("report.documents"))


def cargo(ctx: Context) -> Flowable:
    t = ctx.t
    lines = ctx.doc["cargo"]
    if not lines:
        return none_recorded(ctx, t("report.cargo"))
    rows = []
    for n, c in enumerate(lines, 1):
        parties = "; ".join(f"{t.inline(key)}: {c[field]}" for key, field in
                            (("report.consignor", "consignor"), ("report.consignee", "consignee")) if c[field])
        description = esc(c["description"])
        if parties:
            description += f'<br/><font size="-1" color="{SECONDARY_COLOR}">{esc(parties)}</font>'
        rows.append([str(n), description, esc(c["hs_code"]), t.number(c["packages"]),
                     t.number(c["gross_mass_kg"], 1), t.country_code(c["origin_country"])])
    packages = sum(c["packages"] or 0 for c in lines)
    mass = sum(c["gross_mass_kg"] or 0 for c in lines)
    rows.append(["", f"<b>{esc(t.inline('report.total'))}</b>", "", f"<b>{t.number(packages)}</b>",
                 f"<b>{t.number(mass, 1)}</b>", ""])
    last = len(rows)
    return grid(["№", t("report.description"), t("report.hs_code"), t("report.packages"),
                 t("report.gross_kg"), t("report.origin")], rows,
                [8 * mm, 78 * mm, 22 * mm, 18 * mm, 22 * mm, 26 * mm], ctx.st, right=(3, 4),
                extra=[("BACKGROUND", (0, last), (-1, last), HEADER_FILL),
                       ("FONTNAME", (0, last), (-1, last), fonts.BOLD)],
                title=t("report.cargo"))


def seals(ctx: Context) -> Flowable:
    t = ctx.t
    rows = [[str(n), f"<b>{esc(s['number'])}</b>", t.enum(SealStatus(s["status"]))]
            for n, s in enumerate(ctx.doc["seals"], 1)]
    if not rows:
        return none_recorded(ctx, t("report.seals"))
    return grid(["№", t("report.seal_number"), t("report.seal_status")], rows,
                [8 * mm, 50 * mm, 50 * mm], ctx.st, title=t("report.seals"))
