"""Which answer a key press gives, whatever keyboard layout is switched on.

Digits need no layout: 1 yes, 2 no, 3 not applicable; 1–9 the options of a
choice in their order. Letters follow the UI language and are shown on the
buttons: Y/N/A in English, Д/Н/П in Russian, H/Ý/D in Turkmen ("Ýok" is no,
so Y never means yes there). A letter counts by the key it is printed on: a
key typed while another layout is on (Russian ЙЦУКЕН, Turkmen, US) is read as
the letter the language's own layout has on that key. So an officer with the
Russian layout on and the English UI who presses the key marked Y/Н answers
yes, and in the Russian UI the same key means Нет.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from inspector.domain.i18n import current_language

#: each answer's letter per UI language (other languages: English)
LETTERS: dict[str, dict[str, str]] = {
    "en": {"yes": "Y", "no": "N", "na": "A"},
    "ru": {"yes": "Д", "no": "Н", "na": "П"},
    "tk": {"yes": "H", "no": "Ý", "na": "D"},
}
DIGITS = {"yes": 1, "no": 2, "na": 3}

# The letter on each key of the standard layouts, by the key's US letter.
_RUSSIAN = dict(zip("йцукенгшщзхъфывапролджэячсмитьбюё", "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"))
_TURKMEN = {"ž": "`", "ä": "q", "ň": "[", "ö": "]", "ü": "x", "ç": "c", "ý": "v", "ş": "\\"}
_LATIN = set("abcdefghijklmnopqrstuvwxyz")
_KEY_LAYOUT = {"ru": _RUSSIAN, "tk": _TURKMEN}
_NO_ANSWER_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                        | Qt.KeyboardModifier.MetaModifier)


class KeyResult(Enum):
    """What a key did to an item."""

    ANSWERED = "answered"  # an answer was given: move on to the next item
    CHANGED = "changed"    # the answer changed but more may follow (multi-choice): stay
    REFUSED = "refused"    # a character that means nothing here: tell the officer
    IGNORED = "ignored"    # not a character (Tab, arrows, shortcuts): leave it to Qt


def key_of(char: str) -> str | None:
    """The US letter of the key that types ``char`` in a standard layout."""
    char = char.lower()
    if char in _LATIN:
        return char
    return _RUSSIAN.get(char) or _TURKMEN.get(char)


def letter(answer: str, lang: str | None = None) -> str:
    return LETTERS.get(lang or current_language(), LETTERS["en"])[answer]


def typed(event: QKeyEvent) -> str:
    """The character a key press typed ('' for keys that type none or with Ctrl/Alt)."""
    if event.modifiers() & _NO_ANSWER_MODIFIERS:
        return ""
    text = event.text()
    if text and text.isprintable():
        return text[0]
    key = event.key()
    if 0x20 < key < 0x110000:  # Qt's code for a character key is its (upper-case) code point
        return chr(key)
    return ""


def digit(event: QKeyEvent) -> int | None:
    """1–9 from the top row or the keypad, in any layout."""
    char = typed(event)
    if char in "123456789" and char:
        return int(char)
    if not event.modifiers() & _NO_ANSWER_MODIFIERS and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
        return event.key() - Qt.Key.Key_0
    return None


def answer_for(event: QKeyEvent, answers: list[str], lang: str | None = None) -> str | None:
    """The yes/no/na answer ``event`` gives among ``answers``, or None."""
    number = digit(event)
    if number is not None:
        return next((a for a in answers if DIGITS[a] == number), None)
    char = typed(event)
    if not char:
        return None
    lang = lang or current_language()
    pressed = key_of(char)
    for answer in answers:
        shown = letter(answer, lang)
        if char.lower() == shown.lower():
            return answer
        own = _KEY_LAYOUT.get(lang, {}).get(shown.lower()) or (
            shown.lower() if shown.lower() in _LATIN else None)
        if pressed is not None and pressed == own:
            return answer
    return None


def is_character(event: QKeyEvent) -> bool:
    """The key typed a visible character (so not answering with it needs saying)."""
    char = typed(event)
    return bool(char) and not char.isspace()
