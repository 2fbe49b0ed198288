"""The core's message catalogue, shared by the CLI, the UI and the reports.

Core texts (domain errors, names of statuses, decisions, agencies …) are kept
in gettext catalogues, one per language (:mod:`inspector.domain.catalogues`,
docs/translating.md). Qt widgets translate their own texts with Qt's tools;
whatever comes from the core goes through :func:`tr`.

A plural text takes its number as ``count``: ``tr("list.shown", count=5)``
picks the form the language needs for 5 ("5 записей").
"""

from __future__ import annotations

import logging
from enum import Enum

from inspector.domain import catalogues
from inspector.domain.catalogues import SOURCE_LANGUAGE, Catalogue
from inspector.domain.messages import MESSAGES, PENDING

log = logging.getLogger(__name__)

_current = SOURCE_LANGUAGE
_pseudo = False
_loaded: dict[str, Catalogue | None] = {}
_languages: tuple[str, ...] | None = None


def set_pseudo(on: bool) -> None:
    """Show the current language's texts in the pseudo-language (a debug setting, see
    :mod:`inspector.domain.pseudo`); texts asked for in another language are unchanged."""
    global _pseudo
    _pseudo = on


def pseudo_on() -> bool:
    return _pseudo


def reload() -> None:
    """Forget the loaded catalogues (after the locale folder changed)."""
    global _languages, _current
    _loaded.clear()
    _languages = None
    if _current not in languages():
        _current = SOURCE_LANGUAGE


def languages() -> tuple[str, ...]:
    """The languages the catalogues hold, English first: what the language menus offer."""
    global _languages
    if _languages is None:
        _languages = catalogues.available() or (SOURCE_LANGUAGE,)
    return _languages


def set_language(lang: str) -> None:
    global _current
    if lang not in languages():
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def current_language() -> str:
    return _current


def _catalogue(lang: str) -> Catalogue | None:
    if lang not in _loaded:
        _loaded[lang] = catalogues.load(lang) if lang in languages() else None
    return _loaded[lang]


def _own_text(key: str, lang: str, count: int | None) -> str | None:
    catalogue = _catalogue(lang)
    text = catalogue.text(key, count) if catalogue is not None else None
    if text is None and key in PENDING:  # a call not yet moved into the catalogues
        pending = PENDING[key].get(lang)
        if isinstance(pending, tuple):
            rule = catalogue.plural if catalogue is not None else (lambda n: int(n != 1))
            index = rule(count) if count is not None else len(pending) - 1
            pending = pending[min(max(index, 0), len(pending) - 1)]
        text = pending or None
    return text


def tr(key: str, lang: str | None = None, /, **params: object) -> str:
    """The text for ``key`` in ``lang`` (default: the current language).

    The English text when ``lang`` lacks it; the key itself (and a warning in
    the log) when no language has it.
    """
    asked = lang
    lang = lang or _current
    count = params.get("count")
    count = count if isinstance(count, int) and not isinstance(count, bool) else None
    text = _own_text(key, lang, count)
    if text is None and lang != SOURCE_LANGUAGE:
        text = _own_text(key, SOURCE_LANGUAGE, count)
    if text is None:
        log.warning("missing message %r", key)
        text = key
    elif _pseudo and asked in (None, _current):
        from inspector.domain.pseudo import pseudo

        text = pseudo(text)
    try:  # always: a text without parameters may still write literal braces as {{ }}
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        if params:
            log.warning("message %r does not take %r", key, sorted(params))
    return text


def has(key: str) -> bool:
    """Whether ``key`` is a message (in English, the source language)."""
    return _own_text(key, SOURCE_LANGUAGE, None) is not None


def keys() -> list[str]:
    english = _catalogue(SOURCE_LANGUAGE)
    return sorted(set(english.entries if english is not None else ()) | set(PENDING))


def texts(key: str) -> dict[str, str] | None:
    """``{lang: text}`` of ``key`` in every language that has its own text (plural: the general form)."""
    if not has(key):
        return None
    found = {lang: _own_text(key, lang, None) for lang in languages()}
    return {lang: text for lang, text in found.items() if text is not None}


def report_modes() -> tuple[str, ...]:
    """The report languages: every language with a catalogue, and Turkmen with Russian under it (``tk+ru``)."""
    found = languages()
    return found + (("tk+ru",) if {"tk", "ru"} <= set(found) else ())


def language_name(lang: str) -> str:
    """The language's name in itself, for the language menus ("Русский")."""
    return tr("language.name", lang) if lang in languages() else lang


def label(value: Enum | str, lang: str | None = None) -> str:
    """The display name of an enum value such as ``Decision.DETAIN``."""
    if isinstance(value, Enum):
        key = f"{type(value).__name__.lower()}.{value.value}"
    else:
        key = value
    return tr(key, lang) if has(key) else str(getattr(value, "value", value))


__all__ = ["MESSAGES", "current_language", "has", "keys", "label", "language_name", "languages", "pseudo_on",
           "reload", "report_modes", "set_language", "set_pseudo", "texts", "tr"]
