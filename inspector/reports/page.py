"""The page around the story: A4 frame, running header, numbered footer, PDF bytes.

The footer of every page carries the reference, the record hash prefix,
"page N of M" and when the copy was printed. "M" is known only at the end, so
the canvas keeps each page's state and draws the footers when the document is
saved (two passes over the pages, one layout). A record that is not final,
or a superseded revision, says so on every page: a line above the running
header and a watermark across the page.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
MIN_SIZE = 5
STATUS_SIZE = 8
STATUS_COLOR = colors.HexColor("#b00020")
WATERMARK_ALPHA = 0.13


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
    status: str = ""  # "DRAFT — NOT VALID", "SUPERSEDED by revision N": top of every page
    watermark: tuple[str, ...] = ()  # lines drawn across every page
    printed: str = ""  # when this copy was printed: bottom of every page


def fitted(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """``text`` and a font size at which it fits ``width``: smaller type first,
    then cut with an ellipsis — running lines never overprint each other."""
    while size > MIN_SIZE and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


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
    width, height = canvas._pagesize
    if furniture.watermark:
        _watermark(canvas, furniture.watermark, width, height)
    y = MARGIN_BOTTOM - 9 * mm
    inner = width - MARGIN_LEFT - MARGIN_RIGHT
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, y + 3.5 * mm, width - MARGIN_RIGHT, y + 3.5 * mm)
    canvas.setFillColor(MUTED)
    page = furniture.page_text(number, total)
    page_width = stringWidth(page, fonts.REGULAR, FOOTER_SIZE)
    canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
    canvas.drawRightString(width - MARGIN_RIGHT, y, page)
    centre_width = stringWidth(furniture.centre, fonts.REGULAR, FOOTER_SIZE)
    canvas.drawCentredString(width / 2, y, furniture.centre)
    left, size = fitted(furniture.left, fonts.REGULAR, FOOTER_SIZE, inner / 2 - centre_width / 2 - 3 * mm)
    canvas.setFont(fonts.REGULAR, size)
    canvas.drawString(MARGIN_LEFT, y, left)
    if furniture.printed:
        printed, size = fitted(furniture.printed, fonts.REGULAR, FOOTER_SIZE, inner - page_width)
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawString(MARGIN_LEFT, y - 3.3 * mm, printed)
    canvas.restoreState()


def _watermark(canvas: Canvas, lines: tuple[str, ...], width: float, height: float) -> None:
    """The status across the page, diagonally, light enough to read through."""
    diagonal = (width ** 2 + height ** 2) ** 0.5 * 0.8
    size = min(72.0, min(diagonal / max(stringWidth(line, fonts.BOLD, 1) for line in lines), 200 / len(lines)))
    canvas.saveState()
    canvas.setFillColor(STATUS_COLOR)
    canvas.setFillAlpha(WATERMARK_ALPHA)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(54.7)  # the A4 diagonal
    canvas.setFont(fonts.BOLD, size)
    top = (len(lines) - 1) * size * 0.6
    for n, line in enumerate(lines):
        canvas.drawCentredString(0, top - n * size * 1.2 - size * 0.35, line)
    canvas.restoreState()


def _status_line(canvas: Canvas, furniture: Furniture, width: float, height: float) -> None:
    if not furniture.status:
        return
    text, size = fitted(furniture.status, fonts.BOLD, STATUS_SIZE, width - MARGIN_LEFT - MARGIN_RIGHT)
    canvas.setFont(fonts.BOLD, size)
    canvas.setFillColor(STATUS_COLOR)
    canvas.drawCentredString(width / 2, height - 8 * mm, text)


def _running_header(furniture: Furniture) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = canvas._pagesize
        y = height - MARGIN_TOP + 5 * mm
        inner = width - MARGIN_LEFT - MARGIN_RIGHT
        canvas.saveState()
        _status_line(canvas, furniture, width, height)
        canvas.setFillColor(MUTED)
        right, right_size = fitted(furniture.left, fonts.REGULAR, HEADER_SIZE, inner * 0.45)
        right_width = stringWidth(right, fonts.REGULAR, right_size)
        canvas.setFont(fonts.REGULAR, right_size)
        canvas.drawRightString(width - MARGIN_RIGHT, y, right)
        title, size = fitted(furniture.running_title, fonts.REGULAR, HEADER_SIZE, inner - right_width - 4 * mm)
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawString(MARGIN_LEFT, y, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, y - 1.5 * mm, width - MARGIN_RIGHT, y - 1.5 * mm)
        canvas.restoreState()
    return draw


def _first_page(furniture: Furniture) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        # The story's own header opens page 1; set the font anyway so nothing
        # on this page can fall back to the canvas's initial font.
        width, height = canvas._pagesize
        canvas.saveState()
        _status_line(canvas, furniture, width, height)
        canvas.restoreState()
        canvas.setFont(fonts.REGULAR, 8)
    return draw


def render(story: list[Flowable], furniture: Furniture, *, title: str, subject: str, lang: str,
           pagesize=PAGE, author: str = "BCP Inspector", keywords: str = "") -> ReportPdf:
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
        author=author, keywords=keywords, creator=f"BCP Inspector {__version__}", lang=lang,
        initialFontName=fonts.REGULAR, initialFontSize=8, initialLeading=10,
    )
    doc.build(story, onFirstPage=_first_page(furniture), onLaterPages=_running_header(furniture),
              canvasmaker=_numbered_canvas(furniture))
    log.debug("rendered %r: %d page(s)", subject, doc.page)
    return ReportPdf(out.getvalue(), doc.page)
