"""Switching the UI language at run time with Qt's translation system.

Sources are ``resources/i18n/inspector_<lang>.ts`` (Qt Linguist). A build
compiles them to ``.qm``; a source checkout compiles them on first use into
the user cache folder with the ``lrelease`` that ships with PySide6. Core
texts (statuses, decisions, checklist items …) follow the same language
through :func:`inspector.domain.i18n.set_language`.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from inspector.domain import i18n as core_i18n
from inspector.domain.pseudo import pseudo
from inspector.paths import APP_NAME, resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}  # the built-in ones; see languages()
#: the pseudo-language for testing the screens (INSPECTOR_PSEUDO=1 or the debug setting)
PSEUDO = "pseudo"
_installed: list[QTranslator] = []


def _lrelease() -> Path | None:
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease"):
        if (folder / name).exists():
            return folder / name
    return None


def qm_file(lang: str) -> Path | None:
    """The compiled translation ``inspector_<lang>`` (or a full name such as ``qtbase_tk``):
    bundled, or compiled now from the .ts."""
    name = lang if "_" in lang else f"inspector_{lang}"
    bundled = resource_path("i18n", f"{name}.qm")
    source = resource_path("i18n", f"{name}.ts")
    if bundled.exists() and (not source.exists() or bundled.stat().st_mtime >= source.stat().st_mtime):
        return bundled
    if not source.exists():
        return None
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"
    target = cache / f"{name}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease to compile %s", source)
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)],
                            capture_output=True, text=True,
                            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    if result.returncode != 0:
        log.warning("lrelease failed for %s: %s", source, result.stderr.strip())
        return None
    return target


def _load(name: str, folder: Path | None = None) -> QTranslator | None:
    """A translator for ``name`` (``inspector_ru``, ``qtbase_tk`` …): ours, or Qt's from ``folder``."""
    translator = QTranslator(QCoreApplication.instance())
    if folder is not None:
        return translator if translator.load(name, str(folder)) else None
    path = qm_file(name)
    return translator if path is not None and translator.load(str(path)) else None


def _qt_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def translators(lang: str) -> list[QTranslator]:
    """What ``lang`` needs, lowest priority first (Qt asks the last installed first).

    Qt's own texts (standard buttons, file and print dialogs): Qt's Russian for
    ru, with ``qtfix_ru`` for the few it lacks; for tk our ``qtbase_tk`` in
    front of Qt's Russian (what Qt leaves untranslated in Turkmen is at least
    in a language every officer reads).
    English needs ours too: its plural forms ("1 record", "2 records").
    """
    names: list[tuple[str, Path | None]] = {
        "en": [("inspector_en", None)],
        "ru": [("qtbase_ru", _qt_folder()), ("qtfix_ru", None), ("inspector_ru", None)],
        "tk": [("qtbase_ru", _qt_folder()), ("qtbase_tk", None), ("inspector_tk", None)],
    }.get(lang, [(f"qtbase_{lang}", _qt_folder()), (f"inspector_{lang}", None)])  # a language added as data
    loaded = []
    for name, folder in names:
        translator = _load(name, folder)
        if translator is None:
            log.warning("no translation %s loaded for %s", name, lang)
        else:
            loaded.append(translator)
    return loaded


def pseudo_enabled() -> bool:
    """The pseudo-language is offered when ``INSPECTOR_PSEUDO=1`` or the debug setting is on."""
    from inspector.ui import settings

    return os.environ.get("INSPECTOR_PSEUDO") == "1" or settings.PSEUDO_LOCALE.get(settings.open_settings())


def languages() -> dict[str, str]:
    """The languages to choose from: those the core's catalogues hold (resources/locale), each by its own
    name, and the pseudo-language when enabled."""
    found = {code: core_i18n.language_name(code) for code in core_i18n.languages()}
    return {**found, PSEUDO: "[Pseudo]"} if pseudo_enabled() else found


class PseudoTranslator(QTranslator):
    """Every text our translations know, in the pseudo-language (:mod:`inspector.domain.pseudo`).

    A text is "known" when the Russian or the Turkmen translations have it under
    the same context, so a string missing from the .ts files, or looked up
    under a context lupdate did not give it, stays plain English on screen.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.english = [t for t in (_load("inspector_en"),) if t is not None]
        self.known = [t for t in (_load("inspector_ru"), _load("qtbase_tk")) if t is not None]

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        if not any(t.translate(context, source, disambiguation, n) for t in self.known):
            return None  # a null string: Qt asks the next translator, then shows the source
        english = next((text for t in self.english if (text := t.translate(context, source, disambiguation, n))),
                       source)
        return pseudo(english)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install(lang: str) -> None:
    """Make ``lang`` the UI language; widgets receive QEvent.LanguageChange."""
    if lang not in core_i18n.languages() and not (lang == PSEUDO and pseudo_enabled()):
        lang = "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    core_i18n.set_language("en" if lang == PSEUDO else lang)
    core_i18n.set_pseudo(lang == PSEUDO)
    for translator in [PseudoTranslator(app)] if lang == PSEUDO else translators(lang):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(lang) if QLocale(lang).language() != QLocale.Language.C else QLocale("en"))
    # Texts from the core changed language even where Qt had nothing to swap:
    # tell every window now (widgets pass the event on to their children).
    for window in QApplication.topLevelWidgets():
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))


def current() -> str:
    """The UI language, ``pseudo`` included."""
    return PSEUDO if core_i18n.pseudo_on() else core_i18n.current_language()


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
