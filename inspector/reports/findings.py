"""An agency section's answers read against its checklist: summary and findings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from inspector.checklists.answers import is_answered, is_finding, visible_items
from inspector.checklists.model import ChecklistDefinition, Item
from inspector.domain.enums import Severity


@dataclass(frozen=True)
class AnsweredItem:
    item: Item
    answer: Mapping  # {item, value, note, photos}
    finding: bool


@dataclass(frozen=True)
class SectionSummary:
    """Counts as SPEC §5 lists them. Only an item with a compliance rule
    (``noncompliant_if``) can be compliant: a number, date or document number
    recorded for information is counted apart.
    checked = compliant + non-compliant + not applicable + information."""

    checked: int
    compliant: int
    noncompliant: dict[Severity, int]
    not_applicable: int
    answered: tuple[AnsweredItem, ...]  # visible answered items, checklist order
    information: int = 0

    @property
    def findings(self) -> list[AnsweredItem]:
        return [a for a in self.answered if a.finding]


def summarize(section: Mapping, definition: ChecklistDefinition) -> SectionSummary:
    """Only items shown for these answers count (a hidden item is not printed)."""
    answers = {a["item"]: a for a in section["answers"]}
    values = {item_id: a["value"] for item_id, a in answers.items()}
    visible = visible_items(definition, values)
    answered = tuple(
        AnsweredItem(item, answers[item.id], is_finding(item, answers[item.id]["value"]))
        for item in definition.items.values()
        if item.id in visible and item.id in answers and is_answered(answers[item.id]["value"]))
    noncompliant = {s: 0 for s in Severity}
    for a in answered:
        if a.finding and a.item.severity is not None:
            noncompliant[a.item.severity] += 1
    na = sum(1 for a in answered if a.answer["value"] == "na")
    compliant = sum(1 for a in answered if a.item.can_be_finding and not a.finding and a.answer["value"] != "na")
    findings = sum(noncompliant.values())
    return SectionSummary(len(answered), compliant, noncompliant, na, answered,
                          information=len(answered) - compliant - findings - na)
