"""A validated checklist definition, as the rest of the program sees it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from inspector.checklists.conditions import Condition
from inspector.domain.enums import Agency, Decision, QuestionType, Severity

Localized = Mapping[str, str]

CHOICE_TYPES = (QuestionType.CHOICE, QuestionType.MULTI_CHOICE)
YES_NO_TYPES = (QuestionType.YES_NO, QuestionType.YES_NO_NA)


def localize(text: Localized | None, lang: str) -> str:
    """A localized text in ``lang``, falling back to English."""
    if not text:
        return ""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Option:
    value: str
    label: Localized
    exclusive: bool = False  # multi_choice: chosen alone or not at all ("none")


@dataclass(frozen=True)
class NumberRule:
    """``noncompliant_if: {above: X, below: Y}`` for number items."""

    above: float | None = None
    below: float | None = None

    def breached(self, value: float) -> bool:
        return (self.above is not None and value > self.above) or (
            self.below is not None and value < self.below)


@dataclass(frozen=True)
class Item:
    id: str
    type: QuestionType
    text: Localized
    section: str
    help: Localized | None = None
    required: bool = False
    options: tuple[Option, ...] = ()
    unit: str | None = None
    unit_texts: Localized | None = None  # when the unit is written per language ("µSv/h", "мкЗв/ч")
    min: float | None = None
    max: float | None = None
    decimals: int = 0
    max_length: int = 2000
    noncompliant_values: frozenset[str] = frozenset()
    noncompliant_number: NumberRule | None = None
    severity: Severity | None = None
    show_if: Condition | None = None

    @property
    def option_values(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.options)

    def option_label(self, value: str, lang: str) -> str:
        for option in self.options:
            if option.value == value:
                return localize(option.label, lang)
        return value

    def unit_label(self, lang: str) -> str | None:
        """The unit as ``lang`` writes it."""
        return localize(self.unit_texts, lang) if self.unit_texts else self.unit

    @property
    def can_be_finding(self) -> bool:
        return self.severity is not None


@dataclass(frozen=True)
class Section:
    id: str
    title: Localized
    items: tuple[Item, ...]


@dataclass(frozen=True)
class AppliesWhen:
    always: bool = False
    hs_chapters: frozenset[str] = frozenset()

    def matches(self, hs_codes: Iterable[str]) -> bool:
        return self.always or any(code[:2] in self.hs_chapters for code in hs_codes)


@dataclass(frozen=True)
class OutcomeText:
    """What the report prints with an agency's decision (``outcome_texts``):
    the legal basis of the decision and how it may be appealed."""

    legal_basis: Localized | None = None
    appeal: Localized | None = None


@dataclass(frozen=True)
class ChecklistDefinition:
    id: str
    version: str
    agency: Agency
    languages: tuple[str, ...]
    title: Localized
    applies_when: AppliesWhen
    outcomes: tuple[Decision, ...]
    sections: tuple[Section, ...]
    data: Mapping[str, object] = field(repr=False, compare=False)
    outcome_texts: Mapping[Decision, OutcomeText] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def items(self) -> dict[str, Item]:
        return {item.id: item for section in self.sections for item in section.items}

    @cached_property
    def order(self) -> dict[str, int]:
        """Each item's place in the checklist."""
        return {item_id: place for place, item_id in enumerate(self.items)}

    @cached_property
    def controlling_items(self) -> frozenset[str]:
        """Items some ``show_if`` looks at: only their answers can hide others."""
        return frozenset().union(*(i.show_if.items() for i in self.items.values() if i.show_if))

    @cached_property
    def canonical_json(self) -> str:
        """The definition as frozen in the database and carried in bundles."""
        return json.dumps(self.data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_json.encode("utf-8")).hexdigest()

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)

    def item(self, item_id: str) -> Item | None:
        return self.items.get(item_id)


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
