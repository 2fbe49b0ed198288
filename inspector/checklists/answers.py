"""What an answer to a checklist item may be, and what it means.

``validate_answer`` accepts exactly the values an item allows (SPEC §4) and
returns them in their stored form; ``is_finding`` tells a non-compliant answer;
``visible_items`` applies ``show_if`` in checklist order.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from inspector.checklists.model import ChecklistDefinition, Item
from inspector.domain.enums import QuestionType
from inspector.domain.errors import ValidationError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_PHOTOS = 20

Answer = object  # str | float | int | list[str] | None


def validate_answer(item: Item, value: object) -> Answer:
    """The stored form of ``value`` for ``item``, or ValidationError.

    ``None`` clears an answer and is always accepted here (whether the item may
    stay unanswered is decided when the section is signed).
    """
    if value is None:
        return None
    t = item.type
    field = item.id
    if t in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
        allowed = ("yes", "no", "na") if t is QuestionType.YES_NO_NA else ("yes", "no")
        if value not in allowed:
            raise ValidationError("answer.one_of", field=field, allowed=" / ".join(allowed))
        return value
    if t is QuestionType.CHOICE:
        if not isinstance(value, str) or value not in item.option_values:
            raise ValidationError("answer.option", field=field, value=value)
        return value
    if t is QuestionType.MULTI_CHOICE:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ValidationError("answer.options_list", field=field)
        unknown = [v for v in value if v not in item.option_values]
        if unknown:
            raise ValidationError("answer.option", field=field, value=unknown[0])
        if len(set(value)) != len(value):
            raise ValidationError("answer.duplicate_option", field=field)
        # Keep the checklist's order so equal selections store equally.
        return [v for v in item.option_values if v in value]
    if t is QuestionType.NUMBER:
        return _number(item, value)
    if t is QuestionType.TEXT:
        if not isinstance(value, str):
            raise ValidationError("answer.text", field=field)
        text = unicodedata.normalize("NFC", value.strip())
        if not text:
            return None
        if len(text) > item.max_length:
            raise ValidationError("validation.too_long", field=field, max=item.max_length)
        if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
            raise ValidationError("validation.control_chars", field=field)
        return text
    if t is QuestionType.DATE:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str) and _ISO_DATE.match(value):
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise ValidationError("answer.date", field=field, value=value)
    if t is QuestionType.PHOTO:
        return photo_hashes(value, field)
    raise AssertionError(f"unknown question type {t}")  # the validator admits no other


def photo_hashes(value: object, field: str) -> list[str]:
    if not isinstance(value, (list, tuple)) or not all(
            isinstance(v, str) and _SHA256.match(v) for v in value):
        raise ValidationError("answer.photos", field=field)
    if len(value) > MAX_PHOTOS:
        raise ValidationError("answer.too_many_photos", field=field, max=MAX_PHOTOS)
    return list(dict.fromkeys(value))


def _number(item: Item, value: object) -> int | float:
    field = item.id
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise ValidationError("answer.number", field=field, value=value)
    try:
        number = Decimal(value.strip().replace(",", ".")) if isinstance(value, str) else Decimal(
            repr(value) if isinstance(value, float) else value)
    except InvalidOperation:
        raise ValidationError("answer.number", field=field, value=value) from None
    if not number.is_finite():
        raise ValidationError("answer.number", field=field, value=value)
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > item.decimals:
        raise ValidationError("answer.decimals", field=field, decimals=item.decimals)
    if item.min is not None and number < Decimal(repr(item.min)):
        raise ValidationError("answer.below_min", field=field, min=_plain(item.min))
    if item.max is not None and number > Decimal(repr(item.max)):
        raise ValidationError("answer.above_max", field=field, max=_plain(item.max))
    result = float(number)
    if not math.isfinite(result):
        raise ValidationError("answer.number", field=field, value=value)
    return int(number) if item.decimals == 0 else result


def _plain(number: float) -> str:
    return f"{number:g}"


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

