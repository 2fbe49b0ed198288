"""Reading JSON that people and other systems hand us, strictly.

Python's ``json`` keeps the last of two equal keys (so ``{"hs_code": "0202",
"hs_code": "9999"}`` silently means the second), reads ``NaN`` and
``Infinity``, and stops with an unhelpful ``ValueError`` on an integer of more
than 4300 digits. Here a repeated key is refused, and over-long integers reach
the field rules as :class:`LongNumber` so that the message names the field.
``NaN`` and ``Infinity`` come through as floats, which every number rule refuses
with the field's name.
"""

from __future__ import annotations

import json

from inspector.domain.errors import ValidationError
from inspector.domain.fields import FieldName
from inspector.domain.validation import MAX_NUMBER_TEXT, shown

MAX_DEPTH = 64  # nesting: documents need 5 levels


class LongNumber:
    """An integer written with more digits than any field takes; never a number to the rules."""

    def __init__(self, digits: str) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return self.digits[:MAX_NUMBER_TEXT] + "…"

    __str__ = __repr__


def _integer(digits: str) -> int | LongNumber:
    return int(digits) if len(digits) <= MAX_NUMBER_TEXT else LongNumber(digits)


def _pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValidationError("json.duplicate_key", field="document", key=shown(key))
        result[key] = value
    return result


def loads(raw: bytes | str, source: str) -> object:
    """The JSON value in ``raw`` (UTF-8, an optional BOM); ``source`` names it in messages."""
    name = FieldName(source, verbatim=True)
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        value = json.loads(text, object_pairs_hook=_pairs, parse_int=_integer)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        detail = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise ValidationError("cli.bad_json", field=name, detail=detail) from None
    if _depth(value) > MAX_DEPTH:
        raise ValidationError("cli.bad_json", field=name, detail="nested too deeply")
    return value


def _depth(value: object) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


# -- machine-written JSON (bundles, manifests, key files) -------------------------------------

class StrictJSONError(ValueError):
    """A repeated key, NaN or Infinity, or an integer longer than any field, in strict JSON."""


def _unique_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise StrictJSONError("a key is given twice in one object")
    return result


def _short_integer(digits: str) -> int:
    if len(digits) > MAX_NUMBER_TEXT:
        raise StrictJSONError("an integer with too many digits")
    return int(digits)


def _no_constant(name: str) -> float:
    raise StrictJSONError(f"{name} is not JSON")


def strict(text: str) -> object:
    """``json.loads`` for what programs write: anything ambiguous raises ValueError.

    Two readers of ``{"a": 1, "a": 2}`` may disagree on what it says, and a
    4301-digit integer makes ``json`` itself raise; here both are one refusal.
    """
    return json.loads(text, object_pairs_hook=_unique_pairs, parse_int=_short_integer,
                      parse_constant=_no_constant)

