"""The one error the store raises for files it cannot use (a catalogue key and its values)."""

from __future__ import annotations

from inspector.domain.errors import DomainError


class DatabaseError(DomainError):
    """The database cannot be opened or used as a BCP Inspector database."""
