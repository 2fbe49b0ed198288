"""Field rules for consignment data: plates, HS codes, masses, dates, texts.

Each function returns the normalized value or raises
:class:`~inspector.domain.errors.ValidationError` naming the field.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timezone

from inspector.domain.countries import COUNTRY_CODES
from inspector.domain.errors import ValidationError

MAX_GROSS_MASS_KG = 100_000  # a road train's cargo stays well under this
MAX_PACKAGES = 1_000_000

_PLATE = re.compile(r"^[A-Z0-9](?:[A-Z0-9 -]{0,13}[A-Z0-9])?$")
_HS = re.compile(r"^[0-9]{4,10}$")
# HS chapters 01–97 except 77 (reserved); 98–99 are national and not used here.
_HS_CHAPTERS = frozenset(f"{n:02d}" for n in range(1, 98)) - {"77"}


def text(value: object, field: str, *, max_length: int = 200, required: bool = True,
         multiline: bool = False) -> str:
    """A clean one-line (or multi-line) text: no control characters, bounded."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("validation.not_text", field=field)
    value = unicodedata.normalize("NFC", value.strip())
    if required and not value:
        raise ValidationError("validation.required", field=field)
    if len(value) > max_length:
        raise ValidationError("validation.too_long", field=field, max=max_length)
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value):
        raise ValidationError("validation.control_chars", field=field)
    return value


def optional_text(value: object, field: str, *, max_length: int = 200,
                  multiline: bool = False) -> str | None:
    result = text(value, field, max_length=max_length, required=False, multiline=multiline)
    return result or None


def plate(value: object, field: str = "plate", *, required: bool = True) -> str | None:
    """A vehicle plate in Latin letters and digits, spaces and hyphens allowed."""
    raw = text(value, field, max_length=40, required=required)
    if not raw:
        return None
    normalized = re.sub(r"\s+", " ", raw.upper())
    if not _PLATE.match(normalized) or not any(ch.isdigit() for ch in normalized):
        raise ValidationError("validation.plate", field=field, value=raw)
    return normalized


def hs_code(value: object, field: str = "hs_code") -> str:
    raw = value if isinstance(value, str) else str(value) if isinstance(value, int) else None
    if raw is None:
        raise ValidationError("validation.hs_code", field=field, value=value)
    code = raw.replace(".", "").replace(" ", "")
    if not _HS.match(code) or code[:2] not in _HS_CHAPTERS:
        raise ValidationError("validation.hs_code", field=field, value=raw)
    return code


def country(value: object, field: str = "country") -> str:
    if not isinstance(value, str) or value.strip().upper() not in COUNTRY_CODES:
        raise ValidationError("validation.country", field=field, value=value)
    return value.strip().upper()


def gross_mass(value: object, field: str = "gross_mass_kg") -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError("validation.number", field=field, value=value)
    if value <= 0:
        raise ValidationError("validation.mass_positive", field=field, value=value)
    if value > MAX_GROSS_MASS_KG:
        raise ValidationError("validation.mass_too_large", field=field, value=value,
                              max=MAX_GROSS_MASS_KG)
    return round(float(value), 3)


def packages(value: object, field: str = "packages") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("validation.integer", field=field, value=value)
    if not 1 <= value <= MAX_PACKAGES:
        raise ValidationError("validation.packages", field=field, value=value, max=MAX_PACKAGES)
    return value


def iso_date(value: object, field: str = "date") -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError("validation.date", field=field, value=value)


def timestamp(value: object, field: str = "time") -> datetime:
    """An ISO 8601 date-time **with** an offset, returned in UTC."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("validation.timestamp", field=field, value=value) from None
    else:
        raise ValidationError("validation.timestamp", field=field, value=value)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError("validation.timestamp_offset", field=field, value=value)
    return moment.astimezone(timezone.utc)


def release_after_arrival(arrived_at: datetime | None, released_at: datetime | None) -> None:
    if arrived_at and released_at and released_at < arrived_at:
        raise ValidationError("validation.release_before_arrival", field="released_at")


def choice(value: object, allowed: type, field: str):
    """One value of the StrEnum ``allowed``."""
    try:
        return allowed(value)
    except ValueError:
        raise ValidationError("validation.choice", field=field, value=value,
                              allowed=", ".join(m.value for m in allowed)) from None
