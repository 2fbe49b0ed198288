"""Part III: consolidated decision, seals after inspection, transit, release,
review, and the signatures of every officer and the driver."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from inspector.domain.decisions import most_restrictive
from inspector.domain.enums import Agency, Decision, ReviewOutcome, SealStatus, Status
from inspector.domain.i18n import label, tr
from inspector.reports.agencies import signature_cell
from inspector.reports.blocks import band, grid, key_values, para, signature_table, titled
from inspector.reports.context import Context
from inspector.reports.texts import DASH, esc


def part_three(ctx: Context) -> list[Flowable]:
    t, st, doc, width = ctx.t, ctx.st, ctx.doc, ctx.width
    story: list[Flowable] = band(t("report.part3"), st, width)
    story.append(key_values(decision_pairs(ctx), st, width, columns=1, label_share=0.26))
    story += reseal(ctx) + transit(ctx)
    released = doc["released_at"]
    pairs = [
        (t("report.released_at"), f"<b>{t.datetime(released)}</b>" if released else t("report.not_released")),
        (t("report.dwell"), duration(ctx, dwell_minutes(doc["arrived_at"], released))),
        (t("report.lead_officer"), t.person(doc["lead_officer"])),
        (t("report.finalized"), _who_when(ctx, doc["finalized_by"], doc["finalized_at"])),
        (t("report.review"), review_text(ctx)),
        (t("report.status"), t.enum(Status(doc["status"]))),
        (t("report.record_hash"), record_hash_cell(ctx)),
    ]
    story.append(titled(t("report.release_review"), st.subheading,
                        key_values(pairs, st, width, columns=1, label_share=0.26)))
    return story


def decision_pairs(ctx: Context) -> list[tuple[str, object]]:
    t, doc = ctx.t, ctx.doc
    decision = doc.get("decision")
    if decision:
        pairs = [(t("report.consolidated"), f'<font size="+1.5"><b>{t.enum(Decision(decision["value"]))}</b></font>')]
        if decision.get("note"):
            pairs.append((t("report.decision_note"), esc(decision["note"])))
        pairs.append((t("report.confirmed"), _who_when(ctx, decision.get("confirmed_by"),
                                                       decision.get("confirmed_at"))))
    else:
        c = _consolidation(doc)
        if c.decision is None:
            names = lambda lang: ", ".join(label(a, lang) for a in c.pending)  # noqa: E731
            text = t.stacked(lambda lang: tr("report.decision_pending", lang, agencies=names(lang)))
        else:
            text = t.stacked(lambda lang: tr("report.decision_proposed", lang, decision=label(c.decision, lang)))
        pairs = [(t("report.consolidated"), f"<b>{text}</b>")]
    restricting = [Agency(a["agency"]) for a in doc["agencies"]
                   if a.get("decision") and not Decision(a["decision"]).releases]
    if restricting:
        pairs.append((t("report.held_by"), t.stacked(
            lambda lang: ", ".join(f"{label(a, lang)} — {label(Decision(_decision_of(doc, a)), lang)}"
                                   for a in restricting))))
    return pairs


def _decision_of(doc: Mapping, agency: Agency) -> str:
    return next(a["decision"] for a in doc["agencies"] if a["agency"] == agency.value)


def _consolidation(doc: Mapping):
    return most_restrictive({Agency(a["agency"]): Decision(a["decision"])
                             if a.get("decision") and a.get("signed_at") else None
                             for a in doc["agencies"]})


def _who_when(ctx: Context, user: Mapping | None, when: str | None) -> str:
    if not user and not when:
        return DASH
    return f"{ctx.t.person(user)}, {ctx.t.datetime(when)}" if user else ctx.t.datetime(when)


def dwell_minutes(arrived: str | datetime | None, released: str | datetime | None) -> int | None:
    """Whole minutes from arrival to release (the WCO Time Release Study measure)."""
    if not arrived or not released:
        return None
    start = datetime.fromisoformat(arrived) if isinstance(arrived, str) else arrived
    end = datetime.fromisoformat(released) if isinstance(released, str) else released
    return int((end - start).total_seconds() // 60)


def duration(ctx: Context, minutes: int | None) -> str:
    """``27 h 05 min`` in the report's language(s)."""
    if minutes is None:
        return DASH
    return ctx.t.stacked(lambda lang: tr("report.duration", lang, hours=minutes // 60,
                                         minutes=f"{minutes % 60:02d}"))


def review_text(ctx: Context) -> str:
    t, review = ctx.t, ctx.doc.get("review")
    if not review:
        return t("report.not_reviewed")
    who = _who_when(ctx, review["reviewer"], review["reviewed_at"])
    text = f"<b>{t.enum(ReviewOutcome(review['outcome']))}</b><br/>{who}"
    if review.get("comment"):
        text += f"<br/>{esc(review['comment'])}"
    return text


def record_hash_cell(ctx: Context) -> Flowable:
    digest = ctx.data.record_hash
    markup = esc(digest)
    if not ctx.data.locked:
        markup += f"<br/>({esc(ctx.t.inline('report.hash_of_current'))})"
    return para(markup, ctx.st.code)


def reseal(ctx: Context) -> list[Flowable]:
    t = ctx.t
    seals = ctx.doc["seals"]
    title = t("report.after_inspection")
    if not seals:
        return [titled(title, ctx.st.subheading, para(t("report.none_recorded"), ctx.st.small))]
    rows = [[str(n), esc(s["number"]), t.enum(SealStatus(s["status"])),
             f"<b>{esc(s['new_number'])}</b>" if s["new_number"] else DASH, esc(s["affixed_by"] or DASH)]
            for n, s in enumerate(seals, 1)]
    story: list[Flowable] = [grid(
        ["№", t("report.seal_number"), t("report.seal_status"), t("report.new_seal"), t("report.affixed_by")],
        rows, [8 * mm, 38 * mm, 36 * mm, 38 * mm, 54 * mm], ctx.st, title=title)]
    if not any(s["new_number"] for s in seals):
        story += [Spacer(1, 1 * mm), para(t("report.no_reseal"), ctx.st.small)]
    return story


def transit(ctx: Context) -> list[Flowable]:
    t, conditions = ctx.t, ctx.doc.get("transit")
    title = t("report.transit")
    if not conditions:
        return [titled(title, ctx.st.subheading, para(t("report.no_transit"), ctx.st.small))]
    exit_bcp = conditions.get("exit_bcp")
    return [titled(title, ctx.st.subheading, key_values([
        (t("report.route"), esc(conditions.get("route") or DASH)),
        (t("report.exit_bcp"), f"{t.bcp(exit_bcp)} ({esc(exit_bcp)})" if exit_bcp else DASH),
        (t("report.deadline"), f"<b>{t.datetime(conditions.get('deadline'))}</b>"),
    ], ctx.st, ctx.width, columns=1, label_share=0.26))]


def signatures(ctx: Context, agencies: list[Agency] | None = None) -> list[Flowable]:
    """Signature lines for every involved agency's officer and every driver."""
    t, st, doc = ctx.t, ctx.st, ctx.doc
    rows = []
    for section in doc["agencies"]:
        agency = Agency(section["agency"])
        if agencies and agency not in agencies:
            continue
        officer = section.get("signed_by") or section.get("officer")
        rows.append([t.enum(agency), t.person(officer), signature_cell(ctx, section, (44 * mm, 11 * mm))])
    for driver in doc["drivers"] or [{}]:
        name = esc(driver.get("name_latin") or "")
        if driver.get("name_original") and driver["name_original"] != driver.get("name_latin"):
            name += f"<br/>{esc(driver['name_original'])}"
        rows.append([t("report.driver"), name, ""])
    table = signature_table(rows, [t("report.party"), t("report.name"), t("report.signature")],
                            [52 * mm, 70 * mm, 52 * mm], st, row_height=17 * mm)
    return [titled(t("report.signatures"), st.subheading, para(t("report.acknowledgement"), st.body),
                   Spacer(1, 1 * mm), table)]
