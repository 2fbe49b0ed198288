"""A pseudo-language for testing the screens: every translated text comes out
bracketed, accented and about 40% longer, "[Ínšpééçţíóóñš···]".

A text on screen without brackets was never translated (or was looked up
under the wrong context); a text cut short shows the layout has no room for
the longer Russian and Turkmen words. Placeholders (``{name}``, ``%n``,
``%1``), HTML tags, entities and ``&`` accelerators are kept as they are.
"""

from __future__ import annotations

import math
import re

OPEN, CLOSE, PAD = "[", "]", "·"
GROWTH = 0.4

_ACCENTS = str.maketrans({
    "a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "y": "ý", "c": "ç", "n": "ñ", "s": "š", "z": "ž",
    "A": "Á", "E": "É", "I": "Í", "O": "Ó", "U": "Ú", "Y": "Ý", "C": "Ç", "N": "Ñ", "S": "Š", "Z": "Ž",
})
_VOWELS = set("aeiouyAEIOUY")
# What must survive untouched: placeholders, Qt's %1 and %n, tags, entities, escaped ampersands.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]*>|&[a-zA-Z]+;|&&")


def _word(text: str) -> str:
    """Accented, with every second vowel doubled (longer words, as in Russian and Turkmen)."""
    out = []
    doubled = False
    for char in text:
        out.append(char.translate(_ACCENTS))
        if char in _VOWELS:
            if doubled:
                out.append(char.translate(_ACCENTS))
            doubled = not doubled
    return "".join(out)


def pseudo(text: str) -> str:
    """``text`` in the pseudo-language; empty stays empty."""
    if not text:
        return text
    parts, kept, last = [], 0, 0
    for match in _KEEP.finditer(text):
        parts.append(_word(text[last:match.start()]))
        parts.append(match.group())
        kept += len(match.group())
        last = match.end()
    parts.append(_word(text[last:]))
    body = "".join(parts)
    visible = len(text) - kept
    missing = math.ceil(visible * (1 + GROWTH)) - (len(body) - kept)
    return OPEN + body + PAD * max(0, missing) + CLOSE


def is_pseudo(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)
