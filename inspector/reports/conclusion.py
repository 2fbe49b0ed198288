"""Part III: conditions and measures, seals after inspection, onward movement,
release and review, revisions, legal basis and appeal — then the consolidated
decision with the lead officer's block, the stamp and the driver's
acknowledgement, kept on one page."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from inspector.domain.enums import Agency, Decision, ReviewOutcome, SealStatus, Status
from inspector.domain.i18n import label, tr
from inspector.reports.blocks import band, grid, key_values, para, titled
from inspector.reports.context import Context
from inspector.reports.signatures import lead_block, stamp_and_driver
from inspector.reports.summary import decision_state, verdict_text
from inspector.reports.texts import DASH, esc, nobreak
from inspector.services.consistency import (
    NO_ONWARD_MOVEMENT,
    deadlines_in_answers,
    measures,
    new_seals_in_answers,
    seal_key,
)

CONDITIONAL = (Decision.RELEASE_CONDITIONAL, Decision.TREATMENT_REQUIRED, Decision.HOLD_FOR_LAB, Decision.DETAIN)


def part_three(ctx: Context) -> list[Flowable]:
    t, st, doc, width = ctx.t, ctx.st, ctx.doc, ctx.width
    story: list[Flowable] = band(t("report.part3"), st, width)
    story += conditions(ctx) + reseal(ctx) + onward(ctx)
    released = doc["released_at"]
    pairs = [
        (t("report.released_at"), f"<b>{t.datetime(released)}</b>" if released else t("report.not_released")),
        (t("report.dwell"), duration(ctx, dwell_minutes(doc["arrived_at"], released))),
        (t("report.finalized"), _who_when(ctx, doc["finalized_by"], doc["finalized_at"])),
        (t("report.review"), review_text(ctx)),
        (t("report.status"), t.enum(Status(doc["status"]))),
        (t("report.record_hash"), record_hash_cell(ctx)),
    ]
    story.append(titled(t("report.release_review"), st.subheading,
                        key_values(pairs, st, width, columns=1, label_share=0.26)))
    story += revisions(ctx) + legal(ctx)
    return story


def decision_pairs(ctx: Context) -> list[tuple[str, object]]:
    t = ctx.t
    state = decision_state(ctx.doc)
    pairs: list[tuple[str, object]] = [(t("report.consolidated"), para(verdict_text(ctx, state), ctx.st.decision))]
    if state.confirmed:
        if state.note:
            pairs.append((t("report.decision_note"), esc(state.note)))
    elif state.decision is not None:
        pairs.append((t("report.status"), f"<b>{t('report.proposed_not_confirmed')}</b>"))
    restricting = [a for a in ctx.doc["agencies"] if a.get("decision") and not Decision(a["decision"]).releases]
    if restricting:
        pairs.append((t("report.held_by"), t.stacked(
            lambda lang: ", ".join(f"{label(Agency(a['agency']), lang)} — {label(Decision(a['decision']), lang)}"
                                   for a in restricting))))
    return pairs


def decision_and_signatures(ctx: Context, title: str | None = None) -> list[Flowable]:
    """The decision with the lead officer's block, the stamp and the driver, on one page."""
    t, st = ctx.t, ctx.st
    block = [para(title or t("report.decision_and_signatures"), st.heading),
             key_values(decision_pairs(ctx), st, ctx.width, columns=1, label_share=0.26),
             Spacer(1, 2 * mm), lead_block(ctx), Spacer(1, 2 * mm), stamp_and_driver(ctx)]
    return [KeepTogether(block)]


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


def conditions(ctx: Context) -> list[Flowable]:
    """Conditions of a conditional release, treatment ordered, samples taken:
    each agency's own words (remarks) and what its answers record."""
    t, doc = ctx.t, ctx.doc
    rows = []
    for section in doc["agencies"]:
        decision = section.get("decision")
        if decision and Decision(decision) in CONDITIONAL and section.get("remarks"):
            rows.append([t.enum(Agency(section["agency"])), t.enum(Decision(decision)), esc(section["remarks"])])
    for measure in measures(doc, ctx.data.definitions):
        definition = ctx.data.definitions[measure.agency]
        lines = []
        for item_id, value in measure.answers:
            item = definition.item(item_id)
            lines.append(f"{t.localized(item.text)}: <b>{t.answer(item, value)}</b>")
        rows.append([t.enum(Agency(measure.agency)), t(f"report.measure_{measure.kind}"), "<br/>".join(lines)])
    title = t("report.conditions")
    if not rows:
        return [titled(title, ctx.st.subheading, para(t("report.no_conditions"), ctx.st.small))]
    return [grid([t("report.agency"), t("report.measure"), t("report.details")], rows,
                 [38 * mm, 40 * mm, ctx.width - 78 * mm], ctx.st, title=title)]


def reseal(ctx: Context) -> list[Flowable]:
    """Seals after inspection: the seals table and the new seals customs
    recorded in its answers, as one list."""
    t = ctx.t
    seals = ctx.doc["seals"]
    title = t("report.after_inspection")
    rows = [[str(n), esc(nobreak(s["number"])), t.enum(SealStatus(s["status"])),
             f"<b>{esc(nobreak(s['new_number']))}</b>" if s["new_number"] else DASH, esc(s["affixed_by"] or DASH)]
            for n, s in enumerate(seals, 1)]
    recorded = {seal_key(s["new_number"]) for s in seals if s.get("new_number")}
    for number in new_seals_in_answers(ctx.doc):
        if seal_key(number) not in recorded:
            rows.append([str(len(rows) + 1), DASH, DASH, f"<b>{esc(nobreak(number))}</b>",
                         t("report.seal_from_checklist")])
    if not rows:
        return [titled(title, ctx.st.subheading, para(t("report.none_recorded"), ctx.st.small))]
    story: list[Flowable] = [grid(
        ["№", t("report.seal_number"), t("report.seal_status"), t("report.new_seal"), t("report.affixed_by")],
        rows, [8 * mm, 38 * mm, 36 * mm, 38 * mm, ctx.width - 120 * mm], ctx.st, title=title)]
    if not any(r[3] != DASH for r in rows):
        story += [Spacer(1, 1 * mm), para(t("report.no_reseal"), ctx.st.small)]
    return story


def onward(ctx: Context) -> list[Flowable]:
    """Onward movement: the transit route and deadline — or, when the decision
    sends the consignment back, refuses or destroys it, only the deadline."""
    t, conditions_ = ctx.t, ctx.doc.get("transit") or {}
    state = decision_state(ctx.doc)
    if state.decision in NO_ONWARD_MOVEMENT:
        deadline = conditions_.get("deadline")
        key = "report.deadline_destroy" if state.decision is Decision.DESTROY else "report.deadline_return"
        if deadline:
            text = f"<b>{t.datetime(deadline)}</b>"
        elif state.decision is not Decision.DESTROY and deadlines_in_answers(ctx.doc):
            # The record's transit part has none, an agency's checklist has one: print that, saying where from.
            text = "<br/>".join(
                f"<b>{t.date(day)}</b> ("
                + esc(" / ".join(t.each(lambda lang, a=agency: tr("report.deadline_from_checklist", lang,
                                                                   agency=label(Agency(a), lang))))) + ")"
                for agency, day in deadlines_in_answers(ctx.doc))
        else:
            text = t("report.deadline_not_set")
        return [titled(t(key), ctx.st.subheading, para(text, ctx.st.body))]
    title = t("report.transit")
    if not conditions_:
        return [titled(title, ctx.st.subheading, para(t("report.no_transit"), ctx.st.small))]
    exit_bcp = conditions_.get("exit_bcp")
    return [titled(title, ctx.st.subheading, key_values([
        (t("report.route"), esc(conditions_.get("route") or DASH)),
        (t("report.exit_bcp"), f"{t.bcp(exit_bcp)} ({esc(exit_bcp)})" if exit_bcp else DASH),
        (t("report.deadline"), f"<b>{t.datetime(conditions_.get('deadline'))}</b>"),
    ], ctx.st, ctx.width, columns=1, label_share=0.26))]


def revisions(ctx: Context) -> list[Flowable]:
    """Each revision: a supervisor's return or an amendment, when, by whom,
    why, which sections were reopened, and the hash of the revision before."""
    t = ctx.t
    if not ctx.data.history:
        return []
    rows = []
    for event in ctx.data.history:
        kind = t("report.kind_returned") if event.kind == "returned" else t("report.kind_amended")
        reopened = t.stacked(lambda lang, e=event: ", ".join(label(Agency(a), lang) for a in e.reopened)) \
            if event.reopened else DASH
        rows.append([str(event.revision), kind, f"{t.datetime(event.at)}<br/>{t.person(event.by)}",
                     esc(event.reason or DASH), reopened,
                     para(esc(event.previous_hash or DASH), ctx.st.code)])
    return [grid(["№", t("report.revision_kind"), t("report.revision_when_who"), t("report.amendment_reason"),
                  t("report.reopened"), t("report.previous_hash")], rows,
                 [8 * mm, 24 * mm, 40 * mm, ctx.width - 130 * mm, 28 * mm, 30 * mm], ctx.st,
                 title=t("report.revisions"))]


def legal(ctx: Context) -> list[Flowable]:
    """The legal basis of each agency's decision and the right of appeal,
    as the agency's checklist definition words them."""
    t = ctx.t
    rows = []
    for section in ctx.doc["agencies"]:
        decision = section.get("decision")
        if not decision:
            continue
        text = ctx.data.definitions[section["agency"]].outcome_texts.get(Decision(decision))
        basis = t.localized(text.legal_basis) if text and text.legal_basis else DASH
        appeal = t.localized(text.appeal) if text and text.appeal else DASH
        rows.append([t.enum(Agency(section["agency"])), t.enum(Decision(decision)), basis, appeal])
    if not rows:
        return []
    return [grid([t("report.agency"), t("report.agency_decision_short"), t("report.legal_basis"),
                  t("report.appeal")], rows, [36 * mm, 30 * mm, (ctx.width - 66 * mm) / 2, (ctx.width - 66 * mm) / 2],
                 ctx.st, title=t("report.legal_and_appeal"))]
