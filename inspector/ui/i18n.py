"""Switching the UI language at run time with Qt's translation system.

Sources are ``resources/i18n/inspector_<lang>.ts`` (Qt Linguist). A build
compiles them to ``.qm``; a source checkout compiles them on first use into
the user cache folder with the ``lrelease`` that ships with PySide6. Core
texts (statuses, decisions, checklist items …) follow the same language
through :func:`inspector.domain.i18n.set_language`.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from inspector.domain import i18n as core_i18n
from inspector.paths import APP_NAME, resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}  # the built-in ones; see languages()
_installed: list[QTranslator] = []


def _lrelease() -> Path | None:
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease"):
        if (folder / name).exists():
            return folder / name
    return None


def qm_file(lang: str) -> Path | None:
    """The compiled translation for ``lang``: bundled, or compiled now from the .ts."""
    bundled = resource_path("i18n", f"inspector_{lang}.qm")
    source = resource_path("i18n", f"inspector_{lang}.ts")
    if bundled.exists() and (not source.exists() or bundled.stat().st_mtime >= source.stat().st_mtime):
        return bundled
    if not source.exists():
        return None
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"
    target = cache / f"inspector_{lang}.qm"
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


def languages() -> dict[str, str]:
    """The languages to choose from: those the core's catalogues hold (resources/locale), each by its own name."""
    return {code: core_i18n.language_name(code) for code in core_i18n.languages()}


def install(lang: str) -> None:
    """Make ``lang`` the UI language; widgets receive QEvent.LanguageChange."""
    if lang not in core_i18n.languages():
        lang = "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    core_i18n.set_language(lang)
    if lang != "en":
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt ships no Turkmen: its standard dialogs fall back to Russian there.
        for candidate in ((lang,) if lang == "ru" else ("tk", "ru")):
            if qt_translator.load(f"qtbase_{candidate}", qt_dir):
                app.installTranslator(qt_translator)
                _installed.append(qt_translator)
                break
        ours = QTranslator(app)
        path = qm_file(lang)
        if path is not None and ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no translation loaded for %s", lang)
    QLocale.setDefault(QLocale(lang) if QLocale(lang).language() != QLocale.Language.C else QLocale("en"))
    # Texts from the core changed language even where Qt had nothing to swap:
    # tell every window now (widgets pass the event on to their children).
    for window in QApplication.topLevelWidgets():
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
