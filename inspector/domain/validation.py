"""Field rules shared by every way data comes in: forms, pre-arrival JSON,
checklist files, answers, accounts.

Each function returns the normalized value or raises
:class:`~inspector.domain.errors.ValidationError` naming the field (by its
path in the data; messages show its label, see :mod:`inspector.domain.fields`).

Text is refused when it carries characters a reader cannot see or that change
what is shown around them: control characters (a new line and a tab only in
multi-line notes), lone surrogates, bidirectional overrides, embeddings and
isolates, zero-width and other invisible format characters, line and paragraph
separators and Unicode non-characters.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation

from inspector.domain.bcps import BCPS
from inspector.domain.countries import COUNTRY_CODES
from inspector.domain.errors import ValidationError
from inspector.domain.fields import FieldName

MAX_GROSS_MASS_KG = 100_000  # a road train's cargo stays well under this
MAX_PACKAGES = 1_000_000
MAX_DIGITS = 15  # significant digits a number may have: what a double keeps exactly
MAX_NUMBER_TEXT = 40  # characters of a number written as text
MIN_YEAR, MAX_YEAR = 1900, 2100
SHOWN = 40  # characters of a refused value quoted in a message
_LARGEST = Decimal(10) ** MAX_DIGITS  # no field takes a number this large

Field = str | FieldName

_PLATE = re.compile(r"[A-Z0-9](?:[A-Z0-9 -]{0,13}[A-Z0-9])?")
_HS = re.compile(r"[0-9]{4,10}")
_HS_GROUPED = re.compile(r"[0-9]{4}(?:[. ][0-9]{2}){1,3}")  # "1512.21.00", "0202 30 00 00"
_BCP = re.compile(r"[A-Z]{3}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
                        r"(?:Z|[+-][0-9]{2}:[0-9]{2})?")
# HS chapters 01–97 except 77 (reserved); 98–99 are national and not used here.
_HS_CHAPTERS = frozenset(f"{n:02d}" for n in range(1, 98)) - {"77"}


# -- text ------------------------------------------------------------------------------------

def refused_character(value: str, *, multiline: bool = False) -> tuple[str, str] | None:
    """The first character ``value`` may not carry, as (message key, "U+XXXX"), or None."""
    allowed = "\n\t" if multiline else ""
    for ch in value:
        if ch.isprintable() or ch == " ":
            continue  # the common case, decided fast (printable excludes Cc, Cf, Cs, Zl, Zp, Cn)
        if ch in allowed:
            continue
        code = ord(ch)
        category = unicodedata.category(ch)
        if category == "Cc":
            return "validation.control_chars", f"U+{code:04X}"
        if category == "Cs":
            return "validation.surrogate", f"U+{code:04X}"
        if category in ("Cf", "Zl", "Zp") or _noncharacter(code):
            return "validation.invisible_chars", f"U+{code:04X}"
        # Other unprintable characters (unassigned in this Python's Unicode, private use,
        # spaces other than U+0020) are visible or harmless: kept.
    return None


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def check_characters(value: str, field: Field, *, multiline: bool = False) -> None:
    found = refused_character(value, multiline=multiline)
    if found is not None:
        key, code = found
        raise ValidationError(key, field=field, code=code)


def text(value: object, field: Field, *, max_length: int = 200, required: bool = True,
         multiline: bool = False) -> str:
    """A clean one-line (or multi-line) text, trimmed, in NFC, bounded."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("validation.not_text", field=field)
    if multiline:
        value = value.replace("\r\n", "\n")
    check_characters(value, field, multiline=multiline)
    value = unicodedata.normalize("NFC", value.strip())
    if required and not value:
        raise ValidationError("validation.required", field=field)
    if len(value) > max_length:
        raise ValidationError("validation.too_long", field=field, max=max_length)
    return value


def optional_text(value: object, field: Field, *, max_length: int = 200,
                  multiline: bool = False) -> str | None:
    result = text(value, field, max_length=max_length, required=False, multiline=multiline)
    return result or None


def shown(value: object) -> str:
    """A refused value as a message quotes it: one line, at most :data:`SHOWN` characters."""
    if isinstance(value, str):
        result = value
    elif isinstance(value, int) and not isinstance(value, bool):
        result = _int_head(value)
    elif isinstance(value, (bool, float, Decimal)) or value is None:
        result = str(value)
    else:
        result = repr(value)
    # Unseen characters are written as escapes ("\n", "\u202e"), so the message stays one line
    # and shows what is wrong; a lone surrogate could not even be printed.
    result = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in result)
    return result if len(result) <= SHOWN else result[:SHOWN - 1] + "…"


def _int_head(value: int) -> str:
    """The first digits of an integer too long for ``str`` (over 4300 digits) to print."""
    size = abs(value)
    if size < 10 ** 100:
        return str(value)
    excess = max(0, int(size.bit_length() * 0.30103) - SHOWN)
    return ("-" if value < 0 else "") + str(size // 10 ** excess)[:SHOWN] + "…"


# -- codes -----------------------------------------------------------------------------------

def plate(value: object, field: Field = "plate", *, required: bool = True) -> str | None:
    """A vehicle plate in Latin letters and digits, spaces and hyphens allowed."""
    raw = text(value, field, max_length=40, required=required)
    if not raw:
        return None
    normalized = re.sub(r"\s+", " ", raw.upper())
    if not _PLATE.fullmatch(normalized) or not any(ch.isdigit() for ch in normalized):
        raise ValidationError("validation.plate", field=field, value=shown(raw))
    return normalized


def hs_code(value: object, field: Field = "hs_code") -> str:
    """An HS code **written as text**: 4 to 10 digits, or the dotted form "1512.21.00".

    A JSON number is refused: 0202 loses its leading zero and 1512.10 its last one.
    """
    if not isinstance(value, str):
        raise ValidationError("validation.hs_code_text", field=field, value=shown(value))
    check_characters(value, field)  # "0202\n" is not a code with a space trimmed off
    raw = value.strip()
    code = raw.replace(".", "").replace(" ", "") if _HS_GROUPED.fullmatch(raw) else raw
    if not _HS.fullmatch(code) or code[:2] not in _HS_CHAPTERS:
        raise ValidationError("validation.hs_code", field=field, value=shown(raw))
    return code


def country(value: object, field: Field = "country") -> str:
    if isinstance(value, str):
        check_characters(value, field)
    code = value.strip().upper() if isinstance(value, str) else None
    if code not in COUNTRY_CODES:
        raise ValidationError("validation.country", field=field, value=shown(value))
    return code


def bcp_code(value: object, field: Field = "bcp") -> str:
    """The code of a border crossing point this application knows (``FRB``, ``SRG`` …)."""
    if isinstance(value, str):
        check_characters(value, field)
    code = value.strip().upper() if isinstance(value, str) else None
    if code is None or not _BCP.fullmatch(code):
        raise ValidationError("validation.bcp", field=field, value=shown(value))
    if code not in BCPS:
        raise ValidationError("validation.bcp_unknown", field=field, value=code,
                              known=", ".join(BCPS))
    return code


# -- numbers ---------------------------------------------------------------------------------

def decimal(value: object, field: Field, *, minimum: float | None = None, maximum: float | None = None,
            decimals: int | None = None, accept_text: bool = False, key: str = "validation.number") -> Decimal:
    """A finite number as a :class:`Decimal`, within its field's range.

    Refused: booleans, NaN and infinities, more than :data:`MAX_DIGITS`
    significant digits or :data:`MAX_NUMBER_TEXT` characters, more than
    ``decimals`` places, anything outside ``minimum``..``maximum``.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)) or (
            isinstance(value, str) and not accept_text):
        raise ValidationError(key, field=field, value=shown(value))
    if isinstance(value, str):
        check_characters(value, field)
        written = value.strip().replace(",", ".")
        if not written.isascii():  # Decimal would read other scripts' digits ("١٢", "１２")
            raise ValidationError(key, field=field, value=shown(value))
        if len(written) > MAX_NUMBER_TEXT:
            raise ValidationError("validation.number_too_long", field=field, value=shown(value),
                                  max=MAX_DIGITS)
    elif isinstance(value, int) and abs(value) >= 10 ** MAX_NUMBER_TEXT:
        raise ValidationError("validation.number_too_long", field=field, value=shown(value), max=MAX_DIGITS)
    else:
        written = repr(value) if isinstance(value, float) else value
    try:
        number = Decimal(written)
    except (InvalidOperation, ValueError):
        raise ValidationError(key, field=field, value=shown(value)) from None
    if not number.is_finite():
        raise ValidationError(key, field=field, value=shown(value))
    _sign, _digits, exponent = number.as_tuple()
    digits = number.normalize().as_tuple().digits  # 100000000000000.0 has one significant digit
    if len(digits) > MAX_DIGITS or abs(exponent) > 2 * MAX_NUMBER_TEXT or abs(number) >= _LARGEST:
        raise ValidationError("validation.number_too_long", field=field, value=shown(value), max=MAX_DIGITS)
    if decimals is not None:
        places = -number.normalize().as_tuple().exponent
        if places > decimals:
            raise ValidationError("validation.decimals", field=field, decimals=decimals)
    if minimum is not None and number < Decimal(repr(minimum)):
        raise ValidationError("validation.below_min", field=field, min=plain(minimum))
    if maximum is not None and number > Decimal(repr(maximum)):
        raise ValidationError("validation.above_max", field=field, max=plain(maximum))
    return number


def plain(number: float) -> str:
    """A limit as a message prints it: ``45``, ``0.3``, ``-18``."""
    return f"{number:g}" if abs(number) < 1e15 else str(number)


def gross_mass(value: object, field: Field = "gross_mass_kg") -> float:
    """Kilograms, above zero, at most :data:`MAX_GROSS_MASS_KG`, kept to the gram."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError("validation.number", field=field, value=shown(value))
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError("validation.number", field=field, value=shown(value))
    if value <= 0:
        raise ValidationError("validation.mass_positive", field=field, value=shown(value))
    if value > MAX_GROSS_MASS_KG:
        raise ValidationError("validation.mass_too_large", field=field, value=shown(value),
                              max=MAX_GROSS_MASS_KG)
    grams = round(float(value), 3)
    if grams <= 0:
        raise ValidationError("validation.mass_rounds_to_zero", field=field, value=shown(value))
    return grams


def packages(value: object, field: Field = "packages") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("validation.integer", field=field, value=shown(value))
    if not 1 <= value <= MAX_PACKAGES:
        raise ValidationError("validation.packages", field=field, value=shown(value), max=MAX_PACKAGES)
    return value


# -- dates and times -------------------------------------------------------------------------

def iso_date(value: object, field: Field = "date") -> date:
    """A calendar date ``YYYY-MM-DD`` between :data:`MIN_YEAR` and :data:`MAX_YEAR`."""
    if isinstance(value, str):
        check_characters(value, field)
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("validation.date", field=field, value=shown(value)) from None
    else:
        raise ValidationError("validation.date", field=field, value=shown(value))
    _in_years(day.year, field, value)
    return day


def timestamp(value: object, field: Field = "time") -> datetime:
    """An ISO 8601 date-time **with** an offset, returned in UTC."""
    if isinstance(value, str):
        check_characters(value, field)
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and _TIMESTAMP.fullmatch(value.strip()):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("validation.timestamp", field=field, value=shown(value)) from None
    else:
        raise ValidationError("validation.timestamp", field=field, value=shown(value))
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError("validation.timestamp_offset", field=field, value=shown(value))
    _in_years(moment.year, field, value)
    return moment.astimezone(timezone.utc)


def _in_years(year: int, field: Field, value: object) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("validation.year_range", field=field, value=shown(value),
                              min=MIN_YEAR, max=MAX_YEAR)


def release_after_arrival(arrived_at: datetime | None, released_at: datetime | None) -> None:
    if arrived_at and released_at and released_at < arrived_at:
        raise ValidationError("validation.release_before_arrival", field="released_at")


def choice(value: object, allowed: type, field: Field):
    """One value of the StrEnum ``allowed``."""
    if value is None or value == "":
        raise ValidationError("validation.required", field=field)
    try:
        return allowed(value)
    except (ValueError, TypeError):
        raise ValidationError("validation.choice", field=field, value=shown(value),
                              allowed=", ".join(m.value for m in allowed)) from None
