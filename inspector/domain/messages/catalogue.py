"""The shared dictionary of texts and the helper that fills it."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}


def add(key: str, en: str, ru: str, tk: str) -> None:
    """Register ``key`` in English, Russian and Turkmen (keys are unique)."""
    if key in MESSAGES:
        raise ValueError(f"message {key!r} defined twice")
    MESSAGES[key] = {"en": en, "ru": ru, "tk": tk}
