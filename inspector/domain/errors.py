"""Domain errors: expected refusals that carry a translatable message."""

from __future__ import annotations

from enum import Enum

from inspector.domain.fields import FieldName, field_name
from inspector.domain.i18n import current_language, label, tr


class DomainError(Exception):
    """A refusal the user should read: bad input, a forbidden action, a conflict.

    ``key`` names a message in the catalogue; ``params`` fill it in. The CLI
    prints :meth:`message` and exits 1; the UI shows it in a dialog.
    """

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        params = {k: _render(v, lang) for k, v in self.params.items()}
        return tr(self.key, lang, **params)


def _render(value: object, lang: str | None) -> object:
    if callable(getattr(value, "render", None)):  # a FieldName, an option label: in the reader's language
        return value.render(lang)
    return label(value, lang) if isinstance(value, Enum) else value


class ValidationError(DomainError):
    """Input that does not satisfy the rules of its field.

    ``field`` is the field's path in the data (``documents[0].date``), kept in
    :attr:`field` for code; messages show its label ("Document 1: date").
    """

    def __init__(self, key: str, /, field: str | FieldName = "", **params: object) -> None:
        name = field_name(field)
        self.field = name.key
        super().__init__(key, field=name, **params)


class PermissionDenied(DomainError):
    """The acting user's role or agency does not allow this action."""


class NotFound(DomainError):
    """An unknown reference, uuid, user or checklist."""


class Conflict(DomainError):
    """The action does not fit the record's current state (locked, signed …)."""


class AuthenticationFailed(DomainError):
    """Wrong username or password, a locked or inactive account."""
