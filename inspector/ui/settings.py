"""Application settings, declared once with their type and default (QSettings)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if value is None:
            return self.default
        if self.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        try:
            return self.type(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


LANGUAGE = Option("ui/language", str, "en")
#: offer the pseudo-language (brackets, accents, +40% length) for checking screens; or INSPECTOR_PSEUDO=1
PSEUDO_LOCALE = Option("debug/pseudo_locale", bool, False)
IDLE_LOCK_MINUTES = Option("security/idle_lock_minutes", int, 10)
LAST_USERNAME = Option("login/last_username", str, "")
MAIN_GEOMETRY = Option("window/main_geometry", QByteArray, QByteArray())
EDITOR_GEOMETRY = Option("window/editor_geometry", QByteArray, QByteArray())


def sync_url(database: str) -> Option[str]:
    """The central database this database syncs with (``database``: its file or URL); kept
    without any password, which is asked for each time and never stored."""
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
    return Option(f"exchange/sync_url_{digest}", str, "")


def open_settings() -> QSettings:
    return QSettings("BCP Inspector", "BCP Inspector")
