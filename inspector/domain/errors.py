"""Domain errors: expected refusals that carry a translatable message."""

from __future__ import annotations

from enum import Enum

from inspector.domain.i18n import label, tr


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
        params = {k: _render(v, lang) for k, v in self.params.items()}
        return tr(self.key, lang, **params)


def _render(value: object, lang: str | None) -> object:
    return label(value, lang) if isinstance(value, Enum) else value


class ValidationError(DomainError):
    """Input that does not satisfy the rules of its field."""

    def __init__(self, key: str, /, field: str = "", **params: object) -> None:
        self.field = field
        super().__init__(key, field=field, **params)


class PermissionDenied(DomainError):
    """The acting user's role or agency does not allow this action."""


class NotFound(DomainError):
    """An unknown reference, uuid, user or checklist."""


class Conflict(DomainError):
    """The action does not fit the record's current state (locked, signed …)."""


class AuthenticationFailed(DomainError):
    """Wrong username or password, a locked or inactive account."""
