"""The names users know fields by, for messages that point at a field.

Services name a field by its path in the data (``documents[0].date``,
``vehicle.tractor_plate``, ``full_name``) so that code can tell which input was
wrong; a message shows the field's label in the reader's language instead
("Document 1: date", «Документ 1: дата»). Labels are catalogue texts
``field.<name>`` (top level), ``field.<parent>.<name>`` (inside an object or a
list line) and ``field.<list>.line`` ("Document {n}") for list lines. A
checklist item is named by its own question text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from inspector.domain.i18n import tr
from inspector.domain.messages import MESSAGES

_NAME = r"[a-z][a-z0-9_]*"
_PATH = re.compile(rf"{_NAME}(?:\[[0-9]{{1,6}}\])?(?:\.{_NAME}(?:\[[0-9]{{1,6}}\])?)*")
_SEGMENT = re.compile(rf"({_NAME})(?:\[([0-9]+)\])?")
MAX_QUOTED = 80  # a checklist question quoted in a message is cut after this many characters


@dataclass(frozen=True)
class FieldName:
    """A field as a message names it: ``key`` for code, :meth:`render` for people.

    ``texts`` is the field's own label in each language (a checklist item's
    question); ``part`` a part of that item (``note``, ``photos``);
    ``verbatim`` shows the key itself (a file's name).
    """

    key: str
    texts: Mapping[str, str] | None = None
    part: str | None = None
    verbatim: bool = False  # a file name or a command-line value, shown as it is

    def render(self, lang: str | None = None) -> str:
        if self.verbatim:
            return self.key
        if self.texts:
            text = self.texts.get(lang or "") or self.texts.get("en") or next(iter(self.texts.values()))
            quoted = text if len(text) <= MAX_QUOTED else text[:MAX_QUOTED - 1].rstrip() + "…"
            name = tr("field.item", lang, text=quoted)
            return tr(f"field.item_{self.part}", lang, item=name) if self.part else name
        return label_of(self.key, lang)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class FieldNames:
    """Several fields for one message ("“Body temperature”, “Dose rate”")."""

    names: tuple[FieldName, ...]

    def render(self, lang: str | None = None) -> str:
        return ", ".join(name.render(lang) for name in self.names)

    def __str__(self) -> str:
        return self.render()


def field_name(field: str | FieldName) -> FieldName:
    return field if isinstance(field, FieldName) else FieldName(str(field))


def label_of(key: str, lang: str | None = None) -> str:
    """``cargo[2].hs_code`` → "Cargo line 3: HS code"; a key without a label stays as it is."""
    if not _PATH.fullmatch(key):
        return key
    parts: list[str] = []
    parent = None
    for segment in key.split("."):
        name, index = _SEGMENT.fullmatch(segment).groups()
        qualified = f"field.{parent}.{name}" if parent else f"field.{name}"
        if index is not None:
            line_key = f"field.{name}.line"
            if line_key not in MESSAGES:
                return key
            parts.append(tr(line_key, lang, n=int(index) + 1))
        elif qualified in MESSAGES:
            parts.append(tr(qualified, lang))
        else:
            return key
        parent = name
    return ": ".join(parts)
