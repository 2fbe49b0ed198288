"""The bundled Unicode fonts every report is set in (SPEC §5).

DejaVu Sans covers Turkmen Latin (ä ç ň ö ş ü ý ž — Latin Extended-A),
Cyrillic, Georgian, Armenian, Greek and the Arabic letters of Persian, Dari
and Pashto. It is registered *shapable*: a paragraph holding right-to-left
text asks for HarfBuzz shaping (``shaping=1``), so Arabic-script letters join
as they should; HarfBuzz reads the font only then. (A second registration of
the same file cannot do it: ReportLab hands back the first one, unshapable.) ``BCPCJK`` — a subset of Droid Sans Fallback made
by ``scripts/subset_cjk_font.py`` — prints Chinese, Japanese and Korean names.

The TTF files and their licences live in ``resources/fonts``; each PDF embeds
the subset it uses, so it prints the same on any machine. No standard-14 font
(Helvetica …) is ever referenced.
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
CJK = "BCPCJK"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "BCPCJK.ttf",
}
SHAPABLE = (REGULAR, BOLD)
LICENCES = ("LICENSE-DejaVu.txt", "LICENSE-DroidSansFallback.txt")

FAMILIES = ((REGULAR, BOLD), (CJK, CJK))  # (regular, bold) faces

_lock = threading.Lock()
_registered: set[str] = set()


def register(*names: str) -> str:
    """Register fonts with ReportLab once per process (default: the main
    face, regular and bold); returns the family name.

    The CJK face is registered when a text first needs it (most reports
    hold none). Safe to call from any thread
    (the app builds reports in a worker).
    """
    wanted = names or (REGULAR, BOLD)
    if _registered.issuperset(wanted):
        return FAMILY
    with _lock:
        for family in FAMILIES:
            if not set(family) & set(wanted) or _registered.issuperset(family):
                continue
            for name in family:
                if name not in _registered:
                    path = resource_path("fonts", FILES[name])
                    pdfmetrics.registerFont(TTFont(name, str(path), shapable=name in SHAPABLE))
                    log.debug("registered font %s from %s", name, path)
            # <b> in paragraphs picks the bold face. No italic face is bundled
            # (the reports use none): <i> stays upright rather than falling
            # back to a standard-14 font. The CJK face has no bold.
            regular, bold = family
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
            _registered.update(family)
    return FAMILY


_covered: dict[str, frozenset[int]] = {}


def covered(name: str = REGULAR) -> frozenset[int]:
    """The code points the registered face ``name`` has glyphs for."""
    if name not in _covered:
        register(name)
        _covered[name] = frozenset(pdfmetrics.getFont(name).face.charWidths)
    return _covered[name]
