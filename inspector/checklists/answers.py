"""What an answer to a checklist item may be, and what it means.

``validate_answer`` accepts exactly the values an item allows (SPEC §4) and
returns them in their stored form; ``is_finding`` tells a non-compliant answer;
``visible_items`` applies ``show_if`` in checklist order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date

from inspector.checklists.model import ChecklistDefinition, Item, localize
from inspector.domain import validation
from inspector.domain.enums import QuestionType
from inspector.domain.errors import ValidationError
from inspector.domain.fields import FieldName

_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_PHOTOS = 20
MAX_NOTE = 2000

Answer = object  # str | float | int | list[str] | None


def field_of(item: Item, part: str | None = None) -> FieldName:
    """The item as messages name it: by its question, in the reader's language."""
    return FieldName(item.id, texts=item.text, part=part)


def validate_answer(item: Item, value: object) -> Answer:
    """The stored form of ``value`` for ``item``, or ValidationError.

    ``None`` clears an answer and is always accepted here (whether the item may
    stay unanswered is decided when the section is signed).
    """
    if value is None:
        return None
    t = item.type
    field = field_of(item)
    if t in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        allowed = ("yes", "no", "na") if t is QuestionType.YES_NO_NA else ("yes", "no")
        if not isinstance(value, str) or value not in allowed:
            raise ValidationError("answer.one_of", field=field, allowed=" / ".join(allowed))
        return value
    if t is QuestionType.CHOICE:
        if not isinstance(value, str) or value not in item.option_values:
            raise ValidationError("answer.option", field=field, value=validation.shown(value))
        return value
    if t is QuestionType.MULTI_CHOICE:
        return _options(item, value, field)
    if t is QuestionType.NUMBER:
        return _number(item, value, field)
    if t is QuestionType.TEXT:
        if not isinstance(value, str):
            raise ValidationError("answer.text", field=field)
        return validation.text(value, field, max_length=item.max_length, required=False,
                               multiline=True) or None
    if t is QuestionType.DATE:
        if isinstance(value, date):
            return validation.iso_date(value, field).isoformat()
        if not isinstance(value, str):
            raise ValidationError("answer.date", field=field, value=validation.shown(value))
        return validation.iso_date(value, field).isoformat()
    if t is QuestionType.PHOTO:
        return photo_hashes(value, field)
    raise AssertionError(f"unknown question type {t}")  # the validator admits no other


def validate_note(item: Item, value: object) -> str | None:
    """An answer's note: multi-line text, at most :data:`MAX_NOTE` characters."""
    return validation.optional_text(value, field_of(item, "note"), max_length=MAX_NOTE, multiline=True)


def _options(item: Item, value: object, field: FieldName) -> list[str]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValidationError("answer.options_list", field=field)
    unknown = [v for v in value if v not in item.option_values]
    if unknown:
        raise ValidationError("answer.option", field=field, value=validation.shown(unknown[0]))
    if len(set(value)) != len(value):
        raise ValidationError("answer.duplicate_option", field=field)
    exclusive = [o for o in item.options if o.exclusive and o.value in value]
    if exclusive and len(value) > 1:
        raise ValidationError("answer.exclusive_option", field=field,
                              option=_OptionLabel(exclusive[0].label))
    # Keep the checklist's order so equal selections store equally.
    return [v for v in item.option_values if v in value]


class _OptionLabel:
    """An option's label, rendered in the message's language."""

    def __init__(self, label: Mapping[str, str]) -> None:
        self.label = label

    def render(self, lang: str | None) -> str:
        return localize(self.label, lang or "en")


def photo_hashes(value: object, field: str | FieldName) -> list[str]:
    if not isinstance(value, (list, tuple)) or not all(
            isinstance(v, str) and _SHA256.fullmatch(v) for v in value):
        raise ValidationError("answer.photos", field=field)
    if len(value) > MAX_PHOTOS:
        raise ValidationError("answer.too_many_photos", field=field, max=MAX_PHOTOS)
    return list(dict.fromkeys(value))


def _number(item: Item, value: object, field: FieldName) -> int | float:
    number = validation.decimal(value, field, minimum=item.min, maximum=item.max, decimals=item.decimals,
                                accept_text=True)
    result = float(number)
    if not math.isfinite(result):
        raise ValidationError("validation.number", field=field, value=validation.shown(value))
    return int(number) if item.decimals == 0 else result


def is_finding(item: Item, value: Answer) -> bool:
    """True when ``value`` is a non-compliant answer to ``item``."""
    if value is None:
        return False
    if item.noncompliant_number is not None and isinstance(value, (int, float)):
        return item.noncompliant_number.breached(value)
    if item.noncompliant_values:
        if isinstance(value, list):
            return any(v in item.noncompliant_values for v in value)
        return value in item.noncompliant_values
    return False


def visible_items(definition: ChecklistDefinition, answers: Mapping[str, Answer]) -> set[str]:
    """The ids of items shown for these answers.

    A hidden item's answer counts as not given, so an item that depends on a
    hidden one is judged as if that one had no answer.
    """
    visible: set[str] = set()
    effective: dict[str, Answer] = {}
    for item in definition.items.values():
        if item.show_if is None or item.show_if.holds(effective):
            visible.add(item.id)
            if item.id in answers:
                effective[item.id] = answers[item.id]
    return visible


def is_answered(value: Answer) -> bool:
    return value is not None and value != [] and value != ""

