"""The page around the story: A4 frame, running header, numbered footer, PDF bytes.

The footer of every page carries the reference, the record hash prefix and
"page N of M". "M" is known only at the end, so the canvas keeps each page's
state and draws the footers when the document is saved (two passes over the
pages, one layout).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from inspector import __version__
from inspector.reports import fonts
from inspector.reports.styles import (
    FRAME_PADDING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE,
    RULE,
)

log = logging.getLogger(__name__)

FOOTER_SIZE = 7
HEADER_SIZE = 7


@dataclass(frozen=True)
class ReportPdf:
    data: bytes
    pages: int


@dataclass(frozen=True)
class Furniture:
    """What every page shows besides the story."""

    left: str  # the reference (and revision)
    running_title: str  # top of pages 2…M
    page_text: Callable[[int, int], str]  # "Page N of M"
    centre: str = ""  # the record hash prefix


def _numbered_canvas(furniture: Furniture) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, 1):
                self.__dict__.update(state)
                _footer(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _footer(canvas: Canvas, furniture: Furniture, number: int, total: int) -> None:
    width, _ = canvas._pagesize
    y = MARGIN_BOTTOM - 9 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, y + 3.5 * mm, width - MARGIN_RIGHT, y + 3.5 * mm)
    canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_LEFT, y, furniture.left)
    canvas.drawCentredString(width / 2, y, furniture.centre)
    canvas.drawRightString(width - MARGIN_RIGHT, y, furniture.page_text(number, total))
    canvas.restoreState()


def _running_header(furniture: Furniture) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = canvas._pagesize
        y = height - MARGIN_TOP + 5 * mm
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, HEADER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, y, furniture.running_title)
        canvas.drawRightString(width - MARGIN_RIGHT, y, furniture.left)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, y - 1.5 * mm, width - MARGIN_RIGHT, y - 1.5 * mm)
        canvas.restoreState()
    return draw


def _first_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    # The story's own header opens page 1; set the font anyway so nothing
    # on this page can fall back to the canvas's initial font.
    canvas.setFont(fonts.REGULAR, 8)


def render(story: list[Flowable], furniture: Furniture, *, title: str, subject: str, lang: str,
           pagesize=PAGE) -> ReportPdf:
    """Lay out ``story`` on A4 pages and return the PDF."""
    fonts.register()
    # Binary streams, not ASCII85: photos would grow by a quarter and be encoded
    # in pure Python (ReportLab's C accelerator is an optional extra).
    rl_config.useA85 = 0
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=pagesize, leftMargin=MARGIN_LEFT - FRAME_PADDING,
        rightMargin=MARGIN_RIGHT - FRAME_PADDING, topMargin=MARGIN_TOP - FRAME_PADDING,
        bottomMargin=MARGIN_BOTTOM - FRAME_PADDING, title=title, subject=subject,
        author="BCP Inspector", creator=f"BCP Inspector {__version__}", lang=lang,
        initialFontName=fonts.REGULAR, initialFontSize=8, initialLeading=10,
    )
    doc.build(story, onFirstPage=_first_page, onLaterPages=_running_header(furniture),
              canvasmaker=_numbered_canvas(furniture))
    log.debug("rendered %r: %d page(s)", subject, doc.page)
    return ReportPdf(out.getvalue(), doc.page)
