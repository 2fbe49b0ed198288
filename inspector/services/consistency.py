"""Cross-checks between the parts of a record, so that the printed report
never contradicts itself (issue: "say only what is true").

A record's checklist answers, its consignment part and its decisions are
entered by different officers on different screens. Before a record is
finalized, :func:`require_consistent` refuses one whose parts disagree:

- customs recorded new seals in its answers that the seals table does not
  carry (the report's "seals after inspection" would miss them);
- a seal is recorded as intact while customs found the seals broken or
  missing (or the other way round);
- a decision that sends the consignment back, refuses it or destroys it,
  while an onward transit route or exit BCP is recorded;
- a TIR transit without a TIR carnet among the documents.

The same reading of the answers (:func:`measures`, :func:`new_seals_in_answers`)
feeds Part III of the report: samples, treatment and new seals come from one
source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from inspector.checklists.model import ChecklistDefinition
from inspector.domain.enums import Decision, DocumentType, Procedure
from inspector.domain.errors import Conflict
from inspector.services.documents import to_document

# kind → agency → (trigger item, detail items…) in the built-in checklists
MEASURE_ITEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "samples": {"veterinary": ("lab_sample_taken", "lab_tests", "sample_reference"),
                "phytosanitary": ("lab_sample_taken", "lab_sample_reason", "lab_sample_number"),
                "sanitary_epidemiological": ("samples_taken", "sample_reference")},
    "treatment": {"sanitary_epidemiological": ("sanitary_treatment", "treatment_agent", "treatment_certificate"),
                  "veterinary": ("vehicle_disinfected",)},
}
NOT_DONE = ("no", "na", "none", "not_required", "not_needed")
RESEAL_APPLIED, NEW_SEALS, SEAL_STATUS = "reseal_applied", "new_seal_numbers", "seal_status"  # customs items
# agency → the date item where its checklist records when the consignment must leave the country
DEADLINE_ITEMS = {"customs": "transit_deadline", "veterinary": "exit_deadline"}
NO_ONWARD_MOVEMENT = (Decision.RETURN_TO_ORIGIN, Decision.REFUSE_ENTRY, Decision.DESTROY)
_SEAL_SPLIT = re.compile(r"[,;\n]+")


@dataclass(frozen=True)
class Measure:
    kind: str  # "samples" or "treatment"
    agency: str
    answers: tuple[tuple[str, object], ...]  # (item id, value), the trigger first


def answers_of(section: Mapping) -> dict[str, object]:
    return {a["item"]: a["value"] for a in section["answers"]}


def _section(doc: Mapping, agency: str) -> Mapping | None:
    return next((a for a in doc["agencies"] if a["agency"] == agency), None)


def measures(doc: Mapping, definitions: Mapping[str, ChecklistDefinition]) -> list[Measure]:
    """Samples taken and treatment ordered, as the agencies answered them."""
    out = []
    for kind, by_agency in MEASURE_ITEMS.items():
        for section in doc["agencies"]:
            items = by_agency.get(section["agency"])
            definition = definitions.get(section["agency"])
            if not items or definition is None or items[0] not in definition.items:
                continue
            values = answers_of(section)
            trigger = values.get(items[0])
            if trigger in (None, "", []) or trigger in NOT_DONE:
                continue
            out.append(Measure(kind, section["agency"], tuple(
                (item, values[item]) for item in items if values.get(item) not in (None, "", []))))
    return out


def deadlines_in_answers(doc: Mapping) -> list[tuple[str, str]]:
    """(agency, date) of each deadline to leave the country an agency recorded in its checklist answers."""
    out = []
    for section in doc["agencies"]:
        item = DEADLINE_ITEMS.get(section["agency"])
        value = answers_of(section).get(item) if item else None
        if isinstance(value, str) and value:
            out.append((section["agency"], value))
    return out


def seal_key(number: str) -> str:
    """Seal numbers compare without spaces, dashes and case ("TM 00-4512" is "tm004512")."""
    return "".join(ch for ch in number.lower() if ch.isalnum())


def new_seals_in_answers(doc: Mapping) -> list[str]:
    """The new seal numbers customs recorded in its checklist answers."""
    customs = _section(doc, "customs")
    if customs is None:
        return []
    values = answers_of(customs)
    text = values.get(NEW_SEALS)
    if values.get(RESEAL_APPLIED) != "yes" or not isinstance(text, str):
        return []
    return [n.strip() for n in _SEAL_SPLIT.split(text) if n.strip()]


def unrecorded_new_seals(doc: Mapping) -> list[str]:
    """New seals in customs' answers that the seals table does not carry."""
    recorded = {seal_key(s["new_number"]) for s in doc["seals"] if s.get("new_number")}
    return [n for n in new_seals_in_answers(doc) if seal_key(n) not in recorded]


def contradictions(doc: Mapping) -> list[Conflict]:
    """Every disagreement between the parts of the record ``doc`` (a
    ``bcp-inspection/1`` document), each as the refusal a user would read."""
    found: list[Conflict] = []
    missing = unrecorded_new_seals(doc)
    if missing:
        found.append(Conflict("consistency.new_seals_not_recorded", seals=", ".join(missing)))
    customs = _section(doc, "customs")
    answered = answers_of(customs).get(SEAL_STATUS) if customs else None
    statuses = {s["status"] for s in doc["seals"]}
    if answered in ("broken", "missing") and statuses == {"intact"}:
        found.append(Conflict("consistency.seals_found_broken", answer=answered))
    if answered == "intact" and statuses & {"broken", "missing"}:
        found.append(Conflict("consistency.seals_found_intact"))
    transit = doc.get("transit") or {}
    decision = (doc.get("decision") or {}).get("value")
    if decision and Decision(decision) in NO_ONWARD_MOVEMENT and (transit.get("route") or transit.get("exit_bcp")):
        found.append(Conflict("consistency.transit_with_return", decision=Decision(decision)))
    if doc.get("procedure") == Procedure.TIR_TRANSIT.value and not any(
            d["type"] == DocumentType.TIR_CARNET.value for d in doc["documents"]):
        found.append(Conflict("consistency.tir_without_carnet"))
    return found


def require_consistent(inspection) -> None:
    """Refuse to finalize a record whose parts contradict each other (the first contradiction)."""
    found = contradictions(to_document(inspection))
    if found:
        raise found[0]
