"""Date-time editors that show and take times in the BCP's time zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from inspector.domain.clock import BCP_TIME_ZONE, now_utc

ASHGABAT = QTimeZone(b"Asia/Ashgabat")
FORMAT = "dd.MM.yyyy HH:mm"


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), ASHGABAT)


def from_edit(edit: QDateTimeEdit) -> datetime:
    """The edited time, aware, in the BCP's zone."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), BCP_TIME_ZONE)


def time_edit(name: str, moment: datetime | None = None) -> QDateTimeEdit:
    """A calendar-popup editor in Asia/Ashgabat time, set to ``moment`` (default: now)."""
    edit = QDateTimeEdit(to_qt(moment or now_utc()))
    edit.setObjectName(name)
    edit.setTimeZone(ASHGABAT)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(FORMAT)
    return edit
