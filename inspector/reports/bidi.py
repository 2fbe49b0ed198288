"""Right-to-left text in report paragraphs: lines in reading order, words in display order.

A paragraph holding Persian, Dari or Pashto keeps its text in logical
(reading) order; ReportLab breaks it into lines in that order, HarfBuzz
shapes each word (joined letters, laid out right to left). Only when a line is
drawn are its words put in display order — the Unicode bidirectional
algorithm (UAX #9) applied to whole words: runs of right-to-left words read
from the right, a Latin plate or number inside them keeps its own direction.
Breaking first and reordering each line after is what the algorithm asks
(rule L1–L2 work line by line), so a long note wraps with its first words on
its first line.

A word too long for its column (no space in 300 letters) is cut with a
hyphen at the end of each piece (:func:`hyphenate_forced_splits`), rather
than cut silently.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _paragraph

from inspector.reports import fonts

_RTL = frozenset(("R", "AL"))
_NUMBER = frozenset(("EN", "AN"))
_PIECES = re.compile(r" +|[^ ]+")
_TAGS = re.compile(r"<[^>]*>")


def direction(text: str) -> str | None:
    """``"R"`` or ``"L"``: the direction of the first strong letter of ``text``; None without one."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return "R"
        if kind == "L":
            return "L"
    return None


def markup_is_rtl(markup: str) -> bool:
    """Whether a paragraph's markup reads right to left (its first strong letter does)."""
    return direction(_TAGS.sub("", markup)) == "R"


def _word_kind(text: str) -> str:
    found = direction(text)
    if found is not None:
        return found
    return "EN" if any(unicodedata.bidirectional(ch) in _NUMBER for ch in text) else "N"


def display_order(kinds: list[str], rtl: bool) -> list[int]:
    """The display order (left to right) of words of the given kinds — ``R``,
    ``L``, ``EN`` (a number) or ``N`` (neutral: punctuation, dashes) — on a
    line whose paragraph direction is right to left when ``rtl``: UAX #9 rules
    W7, N1–N2, I1–I2 and L2 with a whole word for a character."""
    base = 1 if rtl else 0
    resolved: list[str] = []
    strong = "R" if rtl else "L"
    for kind in kinds:  # W7: a number after Latin letters (or in a Latin paragraph) is Latin
        if kind == "EN" and strong == "L":
            kind = "L"
        if kind in ("L", "R"):
            strong = kind
        resolved.append(kind)
    # N1/N2: neutrals between words of one direction take it (numbers count as R), else the paragraph's.
    as_strong = ["R" if k == "EN" else k for k in resolved]
    for i, kind in enumerate(resolved):
        if kind != "N":
            continue
        before = next((k for k in reversed(as_strong[:i]) if k != "N"), "R" if rtl else "L")
        after = next((k for k in as_strong[i + 1:] if k != "N"), "R" if rtl else "L")
        resolved[i] = before if before == after else ("R" if rtl else "L")
    # I1/I2: embedding levels.
    levels = [(2 if kind in ("L", "EN") else 1) if base else (0 if kind == "L" else 1 if kind == "R" else 2)
              for kind in resolved]
    order = list(range(len(kinds)))
    if not order:
        return order
    lowest_odd = min((lv for lv in levels if lv % 2), default=None)
    if lowest_odd is None:
        return order
    for level in range(max(levels), lowest_odd - 1, -1):  # L2: reverse every run at this level or higher
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = reversed(order[i:j])
            i = j
    return order


def _reordered_frags(frags: list, rtl: bool) -> list | None:
    """The frags of one line (logical order) re-cut and put in display order; None to leave it."""
    pieces: list[tuple[object, str, bool]] = []  # (frag, text, is_space)
    for frag in frags:
        text = getattr(frag, "text", None)
        if text is None or hasattr(frag, "cbDefn"):
            return None
        for match in _PIECES.finditer(text):
            pieces.append((frag, text[match.start():match.end()], match.group().startswith(" ")))
    words = [list(group) for is_space, group in groupby(pieces, key=lambda p: p[2])]
    lead = words.pop(0) if words and words[0][0][2] else []
    tail = words.pop() if words and words[-1][0][2] else []
    spaces = words[1::2]
    words = words[0::2]
    order = display_order([_word_kind("".join(p[1] for p in word)) for word in words], rtl)
    chunks = [lead]
    for n, index in enumerate(order):
        chunks += [spaces[n - 1]] if n else []  # the spaces stay where they were, between words
        chunks.append(words[index])
    chunks.append(tail)
    return [frag.clone(text=text) for chunk in chunks for frag, text, _ in chunk]


class BidiParagraph(Paragraph):
    """A paragraph with right-to-left text: broken into lines in reading
    order, each line drawn with its words in display order."""

    def drawPara(self, debug=0):  # noqa: N802 - ReportLab API
        paragraph = self.blPara
        if paragraph.kind != 1:
            return super().drawPara(debug)
        lines = paragraph.lines
        saved = [line.words for line in lines]
        try:
            for segment in _segments(lines):  # the lines between two line breaks
                rtl = direction("".join(getattr(f, "text", "") for line in segment for f in line.words)) == "R"
                for line in segment:
                    reordered = _reordered_frags(line.words, rtl)
                    if reordered is not None:
                        line.words = reordered
            return super().drawPara(debug)
        finally:
            for line, words in zip(lines, saved):
                line.words = words


def _segments(lines: list) -> list[list]:
    out: list[list] = [[]]
    for line in lines:
        out[-1].append(line)
        if getattr(line, "lineBreak", False):
            out.append([])
    return [segment for segment in out if segment]


def right_aligned(style):
    """A left-aligned style set flush right (for a paragraph that reads right to left)."""
    return style if style.alignment != TA_LEFT else style.clone(f"{style.name}-rtl", alignment=TA_RIGHT)


# -- over-long words ----------------------------------------------------------------------------------


class _ForcedWordHY(_paragraph._SplitWordHY):
    """A piece of an over-long word cut at the end of a line, a hyphen added."""


class _ForcedFragHY(_paragraph._SplitFragHY):
    """The same for a word of several frags."""


def _hyphenated(text: str, font_name: str) -> bool:
    """Whether a piece of a cut word takes a hyphen: not a Chinese, Japanese or Korean one (those
    scripts break between any two characters) nor one in a face without a hyphen (the CJK face)."""
    return bool(text) and font_name != fonts.CJK and unicodedata.east_asian_width(text[-1]) not in ("W", "F")


def _forced_split_word(w, lineWidth, maxWidths, lineno, fontName, fontSize, encoding="utf8"):  # noqa: N803
    if not _hyphenated(w, fontName) or any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in w):
        return _original_split_word(w, lineWidth, maxWidths, lineno, fontName, fontSize, encoding)
    hyphen = stringWidth("-", fontName, fontSize)
    parts = _original_split_word(w, lineWidth + hyphen, [m - hyphen for m in maxWidths], lineno,
                                 fontName, fontSize, encoding)
    return [_ForcedWordHY(p + "-" if p else p) for p in parts[:-1]] + parts[-1:]


def _forced_split_frag_word(w, maxWidth, maxWidths, lineno):  # noqa: N803
    style = w[1][0]
    hyphen = stringWidth("-", style.fontName, style.fontSize)
    parts = _original_split_frag_word(w, maxWidth - hyphen, [m - hyphen for m in maxWidths], lineno)
    out = []
    for part in parts[:-1]:
        frag, text = part[-1]
        if not _hyphenated(text, frag.fontName):
            out.append(part)
            continue
        out.append(_ForcedFragHY([part[0] + hyphen, *part[1:-1], (frag, text + "-")]))
    return out + parts[-1:]


_original_split_word = _paragraph._splitWord
_original_split_frag_word = _paragraph._splitFragWord


def hyphenate_forced_splits() -> None:
    """Make ReportLab end every piece of a word it must cut (one wider than
    the whole line) with a hyphen; a paragraph wrapped again joins the pieces
    without it."""
    _paragraph._splitWord = _forced_split_word
    _paragraph._splitFragWord = _forced_split_frag_word
