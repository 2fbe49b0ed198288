"""Time at the border: stored in UTC, shown in the BCP's time zone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

BCP_TIME_ZONE = ZoneInfo("Asia/Ashgabat")

_fixed_now: ContextVar[datetime | None] = ContextVar("fixed_now", default=None)


def now_utc() -> datetime:
    """The current time in UTC, to the second (or the time set by :func:`at`)."""
    fixed = _fixed_now.get()
    if fixed is not None:
        return fixed
    return datetime.now(timezone.utc).replace(microsecond=0)


@contextmanager
def at(moment: datetime) -> Iterator[None]:
    """Let services see ``moment`` as now: the demo replays realistic shifts."""
    token = _fixed_now.set(moment.astimezone(timezone.utc))
    try:
        yield
    finally:
        _fixed_now.reset(token)


def local(moment: datetime) -> datetime:
    """``moment`` in the BCP's time zone (Asia/Ashgabat, UTC+5)."""
    return moment.astimezone(BCP_TIME_ZONE)


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 with the BCP's offset, as ``bcp-inspection/1`` writes times."""
    return local(moment).isoformat() if moment else None


def format_date(day: date | datetime, lang: str) -> str:
    """The date as ``lang`` writes it (:func:`inspector.domain.l10n.format_date`)."""
    from inspector.domain import l10n  # l10n reads local() from here

    return l10n.format_date(day, lang)


def format_datetime(moment: datetime, lang: str) -> str:
    """Date and 24-hour time in the BCP's zone (:func:`inspector.domain.l10n.format_datetime`)."""
    from inspector.domain import l10n

    return l10n.format_datetime(moment, lang)
