"""The bundled Unicode font family every report is set in (SPEC §5).

DejaVu Sans covers Turkmen Latin (ä ç ň ö ş ü ý ž — Latin Extended-A) and
Cyrillic. The TTF files and their licence live in ``resources/fonts``; each
PDF embeds the subset it uses, so it prints the same on any machine. No
standard-14 font (Helvetica …) is ever referenced.
"""

from __future__ import annotations

import logging
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inspector.paths import resource_path

log = logging.getLogger(__name__)

REGULAR = "BCPSans"
BOLD = "BCPSans-Bold"
FAMILY = REGULAR

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
}
LICENCE = "LICENSE-DejaVu.txt"

_lock = threading.Lock()
_registered = False


def register() -> str:
    """Register the family with ReportLab once per process; returns its name.

    Safe to call from any thread (the app builds reports in a worker).
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            for name, filename in FILES.items():
                path = resource_path("fonts", filename)
                pdfmetrics.registerFont(TTFont(name, str(path)))
                log.debug("registered font %s from %s", name, path)
            # <b> in paragraphs picks the bold face. No italic face is bundled
            # (the reports use none): <i> stays upright rather than falling
            # back to a standard-14 font.
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, REGULAR)
            addMapping(FAMILY, 1, 1, BOLD)
            _registered = True
    return FAMILY


_covered: frozenset[int] | None = None


def covered() -> frozenset[int]:
    """The code points the bundled regular face has glyphs for."""
    global _covered
    if _covered is None:
        register()
        _covered = frozenset(pdfmetrics.getFont(REGULAR).face.charWidths)
    return _covered
