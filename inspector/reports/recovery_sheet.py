"""The recovery sheet: the recovery key of an encrypted database, to print and lock away.

One A4 page: what the key is for, the database it opens, the key as groups of
characters (large, a monospaced face) and the same key as a QR code
(ReportLab's own widget). The key is never put in the PDF's metadata.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspector.domain import clock
from inspector.domain.i18n import current_language, tr
from inspector.reports import fonts
from inspector.store import files


def write_recovery_sheet(target: Path, recovery_key: str, database: Path) -> Path:
    """Write the sheet to ``target`` (private to the user, replaced whole)."""
    fonts.register()
    lang = current_language()
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    width, height = A4
    canvas = Canvas(str(temp), pagesize=A4, initialFontName=fonts.REGULAR, initialFontSize=10)
    canvas.setTitle(tr("crypt.sheet_title", lang))
    canvas.setAuthor("BCP Inspector")
    y = height - 30 * mm
    canvas.setFont(fonts.BOLD, 18)
    canvas.drawString(20 * mm, y, tr("crypt.sheet_title", lang))
    canvas.setFont(fonts.REGULAR, 10)
    y -= 10 * mm
    for line in (tr("crypt.sheet_database", lang, path=str(database)),
                 tr("crypt.sheet_made", lang, time=clock.format_datetime(clock.now_utc(), lang))):
        canvas.drawString(20 * mm, y, line)
        y -= 6 * mm
    y -= 8 * mm
    canvas.setFont(fonts.BOLD, 20)
    groups = recovery_key.split("-")
    for row in (groups[:4], groups[4:]):
        canvas.drawString(20 * mm, y, "  ".join(row))
        y -= 11 * mm
    size = 60 * mm
    drawing = Drawing(size, size, initialFontName=fonts.REGULAR, initialFontSize=8)
    drawing.add(QrCodeWidget(recovery_key, barLevel="M", barWidth=size, barHeight=size, x=0, y=0))
    drawing.drawOn(canvas, 20 * mm, y - size)
    y -= size + 10 * mm
    canvas.setFont(fonts.REGULAR, 10)
    for key in ("crypt.sheet_use", "crypt.sheet_keep"):
        for line in _wrap(tr(key, lang), 95):
            canvas.drawString(20 * mm, y, line)
            y -= 5.5 * mm
        y -= 3 * mm
    canvas.showPage()
    canvas.save()
    files.make_private(temp)
    files.fsync(temp)
    os.replace(temp, target)
    return target


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])
