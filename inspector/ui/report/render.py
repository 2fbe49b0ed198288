"""Pages of a PDF as QImages, rendered by PDFium at any resolution.

The report is built by the core as PDF bytes; the app shows and prints those
same bytes, so the preview, the printout and the saved file never differ.
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, dpi: float, pages: range | None = None) -> Iterator[QImage]:
    """Each page (or the chosen ones) as an RGB image at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888)
            yield image.copy()  # detach from PDFium's buffer before it is freed
            bitmap.close()
            page.close()
    finally:
        document.close()
