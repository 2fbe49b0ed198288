"""Texts still written as Python calls, waiting to move into the gettext catalogues.

The core's texts live in ``resources/locale/<lang>/LC_MESSAGES/inspector.po``
(see :mod:`inspector.domain.catalogues`). A branch started before the move may
still add ``_m(key, en, ru, tk)`` calls in a module of this package: they work
(:func:`inspector.domain.i18n.tr` reads them after the catalogues) until
``scripts/messages_to_po.py`` moves them, and ``tests/core/test_catalogues.py``
fails while any is left.
"""

from __future__ import annotations

PENDING: dict[str, dict[str, str | tuple[str, ...]]] = {}


def add(key: str, en: str | tuple[str, ...], ru: str | tuple[str, ...], tk: str | tuple[str, ...]) -> None:
    """Register ``key`` in English, Russian and Turkmen (keys are unique)."""
    if key in PENDING:
        raise ValueError(f"message {key!r} defined twice")
    PENDING[key] = {"en": en, "ru": ru, "tk": tk}
