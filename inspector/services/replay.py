"""Replaying the audit trail against the records: every answer and decision must be explained.

Every answer, note, photo list, agency decision and remark is changed by a
service that writes an audit entry with the old and the new state
(``answer.recorded``, ``answer.cleared_hidden``, ``section.decision``). So the
current state of a case must equal its *baseline* with the audited changes
applied:

- a case made here starts empty;
- a case imported (``exchange.revision_imported``/``replaced``) or generated
  in bulk by the demo (``demo.generated``) starts from the state its entry
  records as a digest per section.

Run backwards: each item touched since the baseline must hold the value of its
last entry; putting back the value it had before its first entry must give
the baseline. Whatever differs was changed without an audit entry, and
``inspector check`` names it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.services.documents import jcs, sha256_hex
from inspector.store.models import AgencySection, AuditEntry, JointInspection

ANSWER_ACTIONS = ("answer.recorded", "answer.cleared_hidden")
DECISION_ACTION = "section.decision"
BASELINE_ACTIONS = ("exchange.revision_imported", "exchange.revision_replaced", "demo.generated")
REVIEW_ACTIONS = ("review.approved", "review.returned")
FINALIZED_ACTION = "inspection.finalized"
ACTIONS = (*ANSWER_ACTIONS, DECISION_ACTION, *BASELINE_ACTIONS, *REVIEW_ACTIONS, FINALIZED_ACTION)


def answer_state(answer) -> dict | None:
    """An answer as the audit trail records it (``sections._state``)."""
    if answer is None:
        return None
    return {"value": answer.value, "note": answer.note, "photos": answer.photos}


def _digest(answers: dict[str, dict], decision: str | None, remarks: str | None) -> str:
    return sha256_hex(jcs({"answers": answers, "decision": decision, "remarks": remarks}))


EMPTY = _digest({}, None, None)


def section_digest(section) -> str:
    answers = {a.item_id: answer_state(a) for a in section.answers}
    return _digest(answers, section.decision, section.remarks)


def section_digests(inspection) -> dict[str, str]:
    """What a baseline entry records: each section's state, as a digest."""
    return {s.agency: section_digest(s) for s in inspection.sections}


@dataclass(frozen=True)
class Difference:
    key: str  # catalogue key
    params: dict


_ENTRY_COLUMNS = select(AuditEntry.id, AuditEntry.action, AuditEntry.entity_id, AuditEntry.inspection_uuid,
                        AuditEntry.old, AuditEntry.new)


def entries_for(session: Session, uuids: Iterable[str]) -> dict[str, list]:
    """The entries that matter for replay, by case, oldest first (rows with the columns replay reads)."""
    found: dict[str, list] = defaultdict(list)
    for entry in session.execute(_ENTRY_COLUMNS.where(AuditEntry.inspection_uuid.in_(list(uuids)),
                                                      AuditEntry.action.in_(ACTIONS))
                                 .order_by(AuditEntry.id)):
        found[entry.inspection_uuid].append(entry)
    return found


def section_agencies(session: Session, uuids: Iterable[str]) -> dict[str, str]:
    """Section row id (as audit entries name it) -> agency, for every revision of these cases."""
    rows = session.execute(select(AgencySection.id, AgencySection.agency).join(JointInspection)
                           .where(JointInspection.uuid.in_(list(uuids))))
    return {str(section_id): agency for section_id, agency in rows}


def replay(inspection: JointInspection, entries: list[AuditEntry], agencies: dict[str, str]) -> list[Difference]:
    """The differences between the current revision ``inspection`` and its audit trail."""
    where = {"reference": inspection.reference}
    out: list[Difference] = []
    out += _reviews(inspection, entries)
    start, baseline = 0, None
    for n, entry in enumerate(entries):
        new = entry.new if isinstance(entry.new, dict) else {}
        if entry.action in BASELINE_ACTIONS and new.get("revision", inspection.revision) <= inspection.revision:
            start, baseline = n + 1, new.get("sections") if isinstance(new.get("sections"), dict) else "unknown"
    first_old: dict[tuple[str, str], object] = {}
    last_new: dict[tuple[str, str], object] = {}
    for entry in entries[start:]:
        if entry.action in ANSWER_ACTIONS and entry.entity_id and "/" in entry.entity_id:
            key = tuple(entry.entity_id.split("/", 1))
        elif entry.action == DECISION_ACTION and str(entry.entity_id) in agencies:
            key = (agencies[str(entry.entity_id)], "")  # "" is the section's decision and remarks
        else:
            continue
        first_old.setdefault(key, entry.old)
        last_new[key] = entry.new
    for section in inspection.sections:
        agency = section.agency
        current = {a.item_id: answer_state(a) for a in section.answers}
        decision = {"decision": section.decision, "remarks": section.remarks}
        for (a, item), value in last_new.items():
            if a != agency:
                continue
            now = decision if item == "" else current.get(item)
            if _normal(now) != _normal(value):
                key = "replay.decision_differs" if item == "" else "replay.answer_differs"
                out.append(Difference(key, {**where, "agency": agency, "item": item}))
        before = dict(current)
        before_decision = dict(decision)
        for (a, item), old in first_old.items():
            if a != agency:
                continue
            if item == "":
                before_decision = old if isinstance(old, dict) else {"decision": None, "remarks": None}
            elif old is None:
                before.pop(item, None)
            else:
                before[item] = old
        if baseline is None:  # made here: nothing existed before the first entry
            for item in sorted(before):
                out.append(Difference("replay.answer_unrecorded", {**where, "agency": agency, "item": item}))
            if before_decision.get("decision") is not None or before_decision.get("remarks") is not None:
                out.append(Difference("replay.decision_differs", {**where, "agency": agency, "item": ""}))
        elif baseline != "unknown":
            expected = baseline.get(agency, EMPTY)
            if _digest(before, before_decision.get("decision"), before_decision.get("remarks")) != expected:
                out.append(Difference("replay.section_differs", {**where, "agency": agency}))
    return out


def _reviews(inspection: JointInspection, entries: list[AuditEntry]) -> list[Difference]:
    """A review or finalization the audit trail holds for this revision but the record no longer shows."""
    out = []
    reviewed = [e for e in entries if e.action in REVIEW_ACTIONS and isinstance(e.new, dict)
                and e.new.get("revision") == inspection.revision]
    if reviewed and inspection.status == "finalized":
        out.append(Difference("sig.orphan_review", {"reference": inspection.reference,
                                                    "revision": inspection.revision,
                                                    "outcome": reviewed[-1].new.get("status")}))
    finalized = [e for e in entries if e.action == FINALIZED_ACTION and isinstance(e.new, dict)
                 and e.new.get("revision") == inspection.revision]
    if finalized and inspection.status not in ("finalized", "approved", "returned"):
        out.append(Difference("replay.finalization_undone", {"reference": inspection.reference,
                                                             "revision": inspection.revision}))
    return out


def _normal(state: object) -> object:
    """Compare as JSON does (1 and 1.0 alike, tuples as lists)."""
    return None if state is None else jcs(state)
