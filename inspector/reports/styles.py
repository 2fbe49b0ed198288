"""Paragraph and table styles of the reports: one look for every report.

Every style names the bundled font explicitly: ReportLab's defaults would
otherwise fall back to Helvetica, a standard-14 font that is not embedded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from inspector.reports import fonts

PAGE = A4
# Text starts 18 mm from the paper's edge; the frame adds its own padding.
FRAME_PADDING = 6
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
HEADER_FILL = colors.HexColor("#e6e9ee")
BAND_FILL = colors.HexColor("#d5dde8")
FINDING_FILL = colors.HexColor("#fbeaea")
NOTICE_FILL = colors.HexColor("#fff4d6")
SECONDARY_COLOR = "#5a5a5a"  # the second language of a bilingual label


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    band: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    head_center: ParagraphStyle
    decision: ParagraphStyle
    notice: ParagraphStyle
    code: ParagraphStyle
    caption: ParagraphStyle
    verdict: ParagraphStyle
    footer_size: float = 7.0


def _style(name: str, size: float, leading: float, *, bold: bool = False, color=INK,
           align: int = TA_LEFT, **extra) -> ParagraphStyle:
    font = fonts.BOLD if bold else fonts.REGULAR
    # A word too long for its column breaks after its own hyphen first
    # ("Sanitariýa-|epidemiologiýa"), the hyphen kept; only a word without one is cut.
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=color,
                          alignment=align, bulletFontName=fonts.REGULAR, embeddedHyphenation=2, **extra)


@lru_cache(maxsize=1)
def styles() -> Styles:
    fonts.register()
    return Styles(
        title=_style("title", 14, 17, bold=True, spaceAfter=2 * mm),
        subtitle=_style("subtitle", 8.5, 11, color=MUTED),
        band=_style("band", 10.5, 13, bold=True),
        heading=_style("heading", 10, 12.5, bold=True, spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        subheading=_style("subheading", 8.5, 11, bold=True, spaceBefore=2.5 * mm, spaceAfter=1 * mm),
        body=_style("body", 8.5, 11, spaceAfter=1 * mm),
        small=_style("small", 7, 9, color=MUTED),
        label=_style("label", 7.5, 9.5, color=MUTED),
        value=_style("value", 8.5, 10.5),
        cell=_style("cell", 8, 10),
        cell_right=_style("cell_right", 8, 10, align=TA_RIGHT),
        cell_center=_style("cell_center", 8, 10, align=TA_CENTER),
        head=_style("head", 7, 9, bold=True),
        head_right=_style("head_right", 7, 9, bold=True, align=TA_RIGHT),
        head_center=_style("head_center", 7, 9, bold=True, align=TA_CENTER),
        decision=_style("decision", 10, 12.5, bold=True),
        notice=_style("notice", 8.5, 11, bold=True),
        code=_style("code", 7, 9, wordWrap="CJK"),  # hashes and ids break anywhere
        caption=_style("caption", 7, 9, color=MUTED, align=TA_CENTER),
        verdict=_style("verdict", 15, 18.5, bold=True),
    )


def frame_width(pagesize=PAGE) -> float:
    """The width the story may fill (inside the frame's padding)."""
    return pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
