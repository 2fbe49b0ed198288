"""What a report says, in its language mode: ``en``, ``ru``, ``tk`` or ``tk+ru``.

Texts are returned as Paragraph markup (escaped). In the bilingual mode the
two languages are equals: a label is stacked, the Turkmen line and the Russian
line under it in the same size and weight. :meth:`Texts.inline` gives the
one-line form for the page furniture. Dates follow the first language (tk and
ru write dd.MM.yyyy, en ISO 8601); times are shown in Asia/Ashgabat with the
offset (``UTC+5``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from itertools import groupby
from xml.sax.saxutils import escape

from inspector.checklists.model import Item, localize
from inspector.domain.bcps import bcp_name
from inspector.domain.clock import format_date, format_datetime, local
from inspector.domain.countries import country_name
from inspector.domain import l10n
from inspector.domain.enums import REPORT_MODES, QuestionType
from inspector.domain.i18n import label, report_modes, tr
from inspector.reports import fonts

MODES = REPORT_MODES  # the built-in ones; modes() adds the languages found in resources/locale
modes = report_modes
NBSP = "\u00a0"
DASH = "—"


def esc(text: object) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept, each script
    in a font that prints it (see :func:`printable`). Right-to-left text stays
    in reading order: :func:`inspector.reports.blocks.para` lays it out."""
    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n")
    if text.isascii():
        return escape(text).replace("\n", "<br/>")
    return _markup(text)


@lru_cache(maxsize=8192)
def _markup(text: str) -> str:
    """:func:`esc` of a text that is not plain ASCII (labels recur in every table: kept)."""
    return "<br/>".join(_line_markup(line) for line in text.split("\n"))


@lru_cache(maxsize=1)
def _main_chars() -> frozenset[str]:
    """The characters the main face prints."""
    return frozenset(map(chr, fonts.covered(fonts.REGULAR)))


def _line_markup(line: str) -> str:
    line = printable(line)
    if all(ch in _main_chars() or ch.isspace() for ch in set(line)):
        return escape(line)  # one face prints it all
    main = fonts.covered(fonts.REGULAR)
    out: list[str] = []
    for in_main, run in groupby(line, key=lambda ch: ch.isspace() or ord(ch) in main):
        text = escape("".join(run))
        out.append(text if in_main else f'<font name="{fonts.CJK}">{text}</font>')
    return "".join(out)


def _unprintable(ch: str) -> bool:
    return not ch.isspace() and ord(ch) not in fonts.covered(fonts.REGULAR) \
        and ord(ch) not in fonts.covered(fonts.CJK)  # the CJK face is read only when a text needs it


def _script(ch: str) -> str:
    word = unicodedata.name(ch, "?").split()[0]
    return word if word in ("CJK", "?") else word.capitalize()


def printable(text: str) -> str:
    """``text`` with every run of characters no bundled font has a glyph for
    replaced by the name of their script, e.g. ``[Tamil]`` or ``[CJK]`` (a CJK
    character outside the bundled subset).

    Names print in their own script — Latin, Cyrillic, Georgian, Armenian,
    Greek, Arabic script (Persian, Dari, Pashto), Chinese, Japanese, Korean;
    otherwise the reader sees which script the name was written in rather
    than empty boxes. The record itself keeps the original text.
    """
    if text.isascii() or not any(_unprintable(ch) for ch in set(text)):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if not _unprintable(text[i]):
            out.append(text[i])
            i += 1
            continue
        j = i + 1
        while j < n:  # one marker for the whole run, spaces and marks inside it included
            if _unprintable(text[j]) or unicodedata.category(text[j]) in ("Mn", "Me", "Cf"):
                j += 1
                continue
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k > j and k < n and _unprintable(text[k]):
                j = k
                continue
            break
        out.append(f"[{_script(text[i])}]")
        i = j
    return "".join(out)


def utc_offset(moment: datetime) -> str:
    """``UTC+5`` (``UTC+5:30``) of ``moment`` shown in the BCP's time zone."""
    offset = local(moment).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def nobreak(text: str) -> str:
    """A plate, seal or document number that must not be split across lines."""
    return text.replace(" ", NBSP)  # lines break only at spaces (and inside over-long words)


def format_number(value: float | int, decimals: int, lang: str) -> str:
    """``20,500.5`` in English; ``20 500,5`` in Russian and Turkmen (CLDR, :mod:`inspector.domain.l10n`)."""
    return l10n.format_number(value, decimals, lang)


class Texts:
    """Labels and values of one report in one language mode."""

    def __init__(self, mode: str) -> None:
        if mode not in modes():
            raise ValueError(f"unsupported report language {mode!r}")
        self.mode = mode
        self.languages: tuple[str, ...] = tuple(mode.split("+"))
        self.lang = self.languages[0]

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    # -- labels ----------------------------------------------------------------------

    def each(self, render: Callable[[str], str]) -> list[str]:
        """``render(lang)`` for every language of the mode, repeats dropped."""
        seen: list[str] = []
        for lang in self.languages:
            text = render(lang)
            if text not in seen:
                seen.append(text)
        return seen

    def stacked(self, render: Callable[[str], str]) -> str:
        first, *rest = self.each(render)
        markup = esc(first)
        for other in rest:
            markup += f"<br/>{esc(other)}"
        return markup

    def __call__(self, key: str, **params: object) -> str:
        """The catalogue text ``key`` as markup (stacked when bilingual)."""
        return self.stacked(lambda lang: tr(key, lang, **params))

    def inline(self, key: str, sep: str = " / ", **params: object) -> str:
        """The catalogue text on one line (plain text, not markup)."""
        return sep.join(self.each(lambda lang: tr(key, lang, **params)))

    def enum(self, value: Enum | None) -> str:
        if value is None:
            return DASH
        return self.stacked(lambda lang: label(value, lang))

    def enum_inline(self, value: Enum | None) -> str:
        if value is None:
            return DASH
        return " / ".join(self.each(lambda lang: label(value, lang)))

    def localized(self, text: Mapping[str, str] | None) -> str:
        """A checklist's own localized text (item, section, option)."""
        return self.stacked(lambda lang: localize(text, lang))

    def bcp(self, code: str | None) -> str:
        return self.stacked(lambda lang: bcp_name(code, lang))

    def country(self, code: str | None) -> str:
        if not code:
            return DASH
        return self.stacked(lambda lang: f"{country_name(code, lang)} ({code})"
                            if country_name(code, lang) != code else code)

    def country_code(self, code: str | None) -> str:
        """A country in a narrow table cell: its name in each language, then the code."""
        if not code:
            return DASH
        names = [n for n in self.each(lambda lang: country_name(code, lang)) if n != code]
        return "<br/>".join(esc(n) for n in names) + ("<br/>" if names else "") + esc(f"({code})" if names else code)

    # -- values ------------------------------------------------------------------------

    def date(self, value: str | date | None) -> str:
        if not value:
            return DASH
        day = date.fromisoformat(value) if isinstance(value, str) else value
        return format_date(day, self.lang)

    def datetime(self, value: str | datetime | None, lang: str | None = None) -> str:
        """Date and time in the BCP's time zone, with its offset: ``27.11.2026 09:00 UTC+5``."""
        if not value:
            return DASH
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        return f"{format_datetime(moment, lang or self.lang)}{NBSP}{utc_offset(moment)}"

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        return DASH if value is None else format_number(value, decimals, self.lang)

    def answer(self, item: Item, value: object) -> str:
        """An answer as the language says it: Yes/No, option labels, numbers with unit."""
        if value is None or value == [] or value == "":
            return DASH
        t = item.type
        if t in (QuestionType.YES_NO, QuestionType.YES_NO_NA):
            return self(f"report.answer_{value}") if value in ("yes", "no", "na") else esc(value)
        if t is QuestionType.CHOICE:
            return self.stacked(lambda lang: item.option_label(str(value), lang))
        if t is QuestionType.MULTI_CHOICE:
            values = value if isinstance(value, list) else [value]
            return self.stacked(lambda lang: "; ".join(item.option_label(str(v), lang) for v in values))
        if t is QuestionType.NUMBER and isinstance(value, (int, float)):
            text = format_number(value, item.decimals, self.lang)
            unit = item.unit_label(self.lang)
            return esc(f"{text}{NBSP}{unit}" if unit else text)
        if t is QuestionType.DATE and isinstance(value, str):
            try:
                return self.date(value)
            except ValueError:
                return esc(value)
        if t is QuestionType.PHOTO:
            count = len(value) if isinstance(value, list) else 1
            return self("report.photo_count", count=count)
        return esc(value)

    def person_text(self, user: Mapping | None, lang: str) -> str:
        """``Full Name (badge GS-10863)`` as plain text in one language."""
        if not user:
            return DASH
        name = user.get("full_name") or user.get("username") or DASH
        if user.get("badge_number"):
            name += " (" + nobreak(tr("report.badge", lang, badge=user["badge_number"])) + ")"
        return name

    def person(self, user: Mapping | None, *, badge: bool = True) -> str:
        """``Full Name (badge GS-10863)`` from a document's user reference (the
        badge in each language of the report)."""
        if not user:
            return DASH
        name = esc(user.get("full_name") or user.get("username") or DASH)
        if badge and user.get("badge_number"):
            badges = self.each(lambda lang: tr("report.badge", lang, badge=user["badge_number"]))
            name += " (" + " / ".join(esc(nobreak(b)) for b in badges) + ")"
        return name
