"""Date and date-time fields that take what an officer types, in the BCP's time zone.

A field is a line edit plus a calendar button. It shows dates as the language
writes them (dd.MM.yyyy in ru and tk, ISO in en) and reads any of the usual
forms whatever the language (``25.11.2026``, ``5.3.2026``, ``2026-11-25``,
``25/11/2026``, ``25112026``, two-digit years, with ``14:30`` or ``1430`` for
a time). Text that is not a date is never dropped or replaced: it stays in the
field, marked, with the reason in a tooltip, until it is corrected. The
calendar opens at the field's date, or at today when it is empty.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from inspector.domain.clock import BCP_TIME_ZONE, format_date, local, now_utc
from inspector.domain.i18n import current_language
from inspector.ui.style import INVALID_STYLE

_DATE_FORMS = (
    re.compile(r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4}|\d{2})$"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})$"),
    re.compile(r"(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{2})$"),
)
_TIME_FORMS = (
    re.compile(r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})$"),
    re.compile(r"(?P<h>\d{2})(?P<mi>\d{2})$"),
    re.compile(r"(?P<h>\d{1,2})$"),
)


def parse_date(text: str) -> date | None:
    """The date ``text`` names, or None when it names none (including 31.11.)."""
    text = text.strip()
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            year = int(match["y"])
            if len(match["y"]) == 2:
                year += 2000
            try:
                return date(year, int(match["m"]), int(match["d"]))
            except ValueError:
                return None
    return None


def parse_datetime(text: str) -> datetime | None:
    """A date and a time of day in the BCP's zone (aware), or None."""
    parts = text.strip().replace("T", " ").split()
    if len(parts) != 2:
        return None
    day = parse_date(parts[0])
    if day is None:
        return None
    for form in _TIME_FORMS:
        match = form.match(parts[1])
        if match:
            try:
                moment = time(int(match["h"]), int(match.groupdict().get("mi") or 0))
            except ValueError:
                return None
            return datetime.combine(day, moment, tzinfo=BCP_TIME_ZONE)
    return None


def date_text(day: date | None, lang: str | None = None) -> str:
    return format_date(day, lang or current_language()) if day else ""


def datetime_text(moment: datetime | None, lang: str | None = None) -> str:
    if moment is None:
        return ""
    moment = local(moment)
    return f"{date_text(moment.date(), lang)} {moment:%H:%M}"


def date_pattern(lang: str | None = None) -> str:
    """How the language writes a date, for placeholders and hints."""
    return "YYYY-MM-DD" if (lang or current_language()) == "en" else QCoreApplication.translate(
        "bcp_time", "DD.MM.YYYY")


class _CalendarPopup(QCalendarWidget):
    """The calendar under a field; Enter or a click picks, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


class _TypedField(QWidget):
    """Shared by the date and the date-time field."""

    #: the officer finished editing and the field holds a new valid value (or was emptied)
    edited = Signal()
    #: the typed text is not a date; the message says why (empty when corrected)
    invalid = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.optional = optional
        self.line = QLineEdit()
        self.line.setObjectName(f"{name}_text")
        self.line.editingFinished.connect(self._finished)
        self.line.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName(f"{name}_calendar")
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self._value = None
        self._error = ""
        self._retranslate()

    # -- to be given by the two kinds -------------------------------------------------

    def _parse(self, text: str):
        raise NotImplementedError

    def _format(self, value) -> str:
        raise NotImplementedError

    def _pattern(self) -> str:
        raise NotImplementedError

    def _day(self, value) -> date | None:
        raise NotImplementedError

    def _with_day(self, day: date):
        raise NotImplementedError

    # -- the value ------------------------------------------------------------------------

    def value(self):
        return self._value

    def set_value(self, value) -> None:
        """Show ``value`` (None: empty); clears a pending mistake."""
        self._value = value
        self.line.setText(self._format(value))
        self._set_error("")

    @property
    def error(self) -> str:
        return self._error

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - as QLineEdit
        self.line.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.line.isReadOnly()

    def text(self) -> str:
        return self.line.text()

    def _finished(self) -> None:
        text = self.line.text().strip()
        if not text:
            if not self.optional:
                self._set_error(QCoreApplication.translate("bcp_time", "A date is needed here ({pattern}).")
                                .format(pattern=self._pattern()))
                return
            value = None
        else:
            value = self._parse(text)
            if value is None:
                self._set_error(QCoreApplication.translate(
                    "bcp_time", "“{text}” is not a date. Type it as {pattern}.").format(
                        text=text, pattern=self._pattern()))
                return
        self._set_error("")
        self.line.setText(self._format(value))
        if value != self._value:
            self._value = value
            self.edited.emit()

    def commit(self) -> None:
        """Take what is typed now (as leaving the field would)."""
        self._finished()

    def _set_error(self, message: str) -> None:
        changed = message != self._error
        self._error = message
        self.line.setStyleSheet(INVALID_STYLE if message else "")
        self.line.setToolTip(message or self._pattern())
        if changed:
            self.invalid.emit(message)

    # -- the calendar -----------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.line.isReadOnly():
            return
        popup = _CalendarPopup(self)
        day = self._day(self._parse(self.line.text()) or self._value) or local(now_utc()).date()
        popup.setSelectedDate(QDate(day.year, day.month, day.day))
        popup.picked.connect(self._picked)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        popup.setFocus()
        self.popup = popup

    def _picked(self, day: QDate) -> None:
        self.line.setText(self._format(self._with_day(day.toPython())))
        self.line.setFocus()
        self._finished()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.line.setPlaceholderText(self._pattern())
        if not self._error:
            self.line.setText(self._format(self._value))
            self.line.setToolTip(self._pattern())
        self.calendar_button.setToolTip(QCoreApplication.translate("bcp_time", "Calendar (F4)"))


class DateField(_TypedField):
    """A calendar date (for documents, expiry dates …); value: ``date`` or None."""

    def _parse(self, text: str) -> date | None:
        return parse_date(text)

    def _format(self, value: date | None) -> str:
        return date_text(value)

    def _pattern(self) -> str:
        return date_pattern()

    def _day(self, value: date | None) -> date | None:
        return value

    def _with_day(self, day: date) -> date:
        return day


class DateTimeField(_TypedField):
    """A moment in BCP time; value: an aware ``datetime`` (Asia/Ashgabat) or None."""

    def _parse(self, text: str) -> datetime | None:
        moment = parse_datetime(text)
        if moment is None and (day := parse_date(text)) is not None:
            # A date alone keeps the time of day already there (or midnight).
            held = local(self._value).time() if self._value else time(0, 0)
            moment = datetime.combine(day, held, tzinfo=BCP_TIME_ZONE)
        return moment

    def _format(self, value: datetime | None) -> str:
        return datetime_text(value)

    def _pattern(self) -> str:
        return date_pattern() + " " + QCoreApplication.translate("bcp_time", "HH:MM")

    def _day(self, value: datetime | None) -> date | None:
        return local(value).date() if value else None

    def _with_day(self, day: date) -> datetime:
        held = local(self._value).time() if self._value else local(now_utc()).time().replace(second=0)
        return datetime.combine(day, held, tzinfo=BCP_TIME_ZONE)


def time_edit(name: str, moment: datetime | None = None, *, optional: bool = False) -> DateTimeField:
    """A date-time field in Asia/Ashgabat time, set to ``moment`` (default: now, to the minute)."""
    field = DateTimeField(name, optional=optional)
    field.set_value(local(moment or now_utc()).replace(second=0, microsecond=0))
    return field


def date_edit(name: str, day: date | None = None) -> DateField:
    field = DateField(name)
    field.set_value(day)
    return field


def from_edit(edit: DateTimeField) -> datetime:
    """The edited time, aware, in the BCP's zone (the shown value if the typed text is wrong)."""
    return edit.value()


__all__ = ["DateField", "DateTimeField", "time_edit", "date_edit", "from_edit", "parse_date", "parse_datetime",
           "date_text", "datetime_text"]
