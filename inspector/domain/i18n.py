"""The core's message catalogue, shared by the CLI, the UI and the reports.

Core texts (domain errors, names of statuses, decisions, agencies …) are kept
in :mod:`inspector.domain.messages` in English, Russian and Turkmen. Qt widgets
translate their own texts with Qt's tools; whatever comes from the core goes
through :func:`tr`.
"""

from __future__ import annotations

import logging
from enum import Enum

from inspector.domain.enums import LANGUAGES
from inspector.domain.messages import MESSAGES

log = logging.getLogger(__name__)

_current = "en"
_pseudo = False


def set_pseudo(on: bool) -> None:
    """Show the current language's texts in the pseudo-language (a debug setting, see
    :mod:`inspector.domain.pseudo`); texts asked for in another language are unchanged."""
    global _pseudo
    _pseudo = on


def pseudo_on() -> bool:
    return _pseudo


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def current_language() -> str:
    return _current


def tr(key: str, lang: str | None = None, /, **params: object) -> str:
    """The text for ``key`` in ``lang`` (default: the current language)."""
    entry = MESSAGES.get(key)
    if entry is None:
        log.warning("missing message %r", key)
        text = key
    else:
        text = entry.get(lang or _current) or entry["en"]
        if _pseudo and lang in (None, _current):
            from inspector.domain.pseudo import pseudo

            text = pseudo(text)
    try:  # always: a text without parameters may still write literal braces as {{ }}
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        if params:
            log.warning("message %r does not take %r", key, sorted(params))
    return text


def label(value: Enum | str, lang: str | None = None) -> str:
    """The display name of an enum value such as ``Decision.DETAIN``."""
    if isinstance(value, Enum):
        key = f"{type(value).__name__.lower()}.{value.value}"
    else:
        key = value
    return tr(key, lang) if key in MESSAGES else str(getattr(value, "value", value))
