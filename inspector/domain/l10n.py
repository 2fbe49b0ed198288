"""Dates, times and numbers as each language writes them, from CLDR through Babel.

The one place the UI, the CLI and the reports format them: a language added to
``resources/locale`` gets its own formats from CLDR with no code (a language
CLDR does not know, such as the test pseudo-language, is written as English).
Plural forms of counted texts come from the catalogues' ``Plural-Forms``
(:func:`inspector.domain.i18n.tr` with ``count=``), which follow CLDR too.

Exceptions, on purpose: English dates are ISO 8601 (``2026-03-14``; CLDR's
``3/14/26`` reads the other way round to half of the English-speaking officers
at a border), and times are 24-hour everywhere (a shift log, not a diary).
"""

from __future__ import annotations

import decimal
from datetime import date, datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _cldr_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal
from babel.numbers import format_percent as format_percent_cldr

from inspector.domain.clock import local

_DATE_PATTERNS = {"en": "yyyy-MM-dd"}  # else CLDR's short date: dd.MM.y in Russian and Turkmen


@lru_cache(maxsize=64)
def cldr_locale(lang: str) -> Locale:
    """The CLDR locale of ``lang``; English when CLDR does not know it."""
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_date(day: date | datetime, lang: str) -> str:
    """``2026-03-14`` in English, ``14.03.2026`` in Russian and Turkmen; a time is first put in the BCP's zone."""
    if isinstance(day, datetime):
        day = local(day).date()
    locale = cldr_locale(lang)
    pattern = _DATE_PATTERNS.get(lang) or _DATE_PATTERNS.get(locale.language) or "short"
    return _cldr_date(day, pattern, locale=locale)


def format_time(moment: datetime, lang: str) -> str:
    """``14:05`` in the BCP's time zone."""
    return format_skeleton("Hm", local(moment), locale=cldr_locale(lang))


def format_datetime(moment: datetime, lang: str) -> str:
    return f"{format_date(moment, lang)} {format_time(moment, lang)}"


def format_number(value: float | int | decimal.Decimal, decimals: int, lang: str) -> str:
    """``20,500.5`` in English, ``20 500,5`` (no-break space) in Russian and Turkmen."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    # rounded as Python rounds the float (what the answer stored), not Babel's half-even on its decimal text
    exact = decimal.Decimal(f"{value:.{max(decimals, 0)}f}")
    return format_decimal(exact, format=pattern, locale=cldr_locale(lang), decimal_quantization=True)


def format_integer(value: int, lang: str) -> str:
    """``1,204`` in English, ``1 204`` in Russian and Turkmen."""
    return format_number(value, 0, lang)


def format_percent(share: float, decimals: int, lang: str) -> str:
    """``share`` (0.125) as ``12.5%`` in English, ``12,5 %`` in Russian: CLDR's percent pattern and spacing."""
    pattern = cldr_locale(lang).percent_formats[None].pattern
    if decimals > 0:
        pattern = pattern.replace("#,##0", "#,##0." + "0" * decimals, 1)
    return format_percent_cldr(share, format=pattern, locale=cldr_locale(lang), decimal_quantization=True)


def format_day_month(day: date, lang: str) -> str:
    """A chart's day label: ``03-14`` in English (as its ISO dates), ``14.03`` in Russian and Turkmen."""
    if _DATE_PATTERNS.get(lang) or _DATE_PATTERNS.get(cldr_locale(lang).language):
        return _cldr_date(day, "MM-dd", locale=cldr_locale(lang))
    return format_skeleton("MMdd", day, locale=cldr_locale(lang))
