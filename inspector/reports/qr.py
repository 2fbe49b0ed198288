"""The QR code on page 1: a printed copy can be checked against the database.

Payload (plain text, ``|``-separated, no spaces)::

    BCPI1|{reference}|{revision}|{uuid}|{record SHA-256}

e.g. ``BCPI1|FRB-2026-000042|0|0b5c…|9f2e…``. ``BCPI1`` names the payload
format. The hash is the stored record hash of a finalized revision, or the
hash of the current content of one that is not finalized yet.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from inspector.reports import fonts

PREFIX = "BCPI1"


def payload(document: Mapping, digest: str) -> str:
    return "|".join((PREFIX, document["reference"], str(document["revision"]), document["uuid"], digest))


def parse(text: str) -> dict[str, str]:
    """The fields of a payload (for checking a printed copy)."""
    parts = text.split("|")
    if len(parts) != 5 or parts[0] != PREFIX:
        raise ValueError("not a BCP Inspector report code")
    return dict(zip(("format", "reference", "revision", "uuid", "sha256"), parts))


def qr_drawing(text: str, size: float) -> Drawing:
    """A square QR code drawing of ``size`` points (quiet zone included)."""
    widget = QrCodeWidget(text, barLevel="M", barWidth=size, barHeight=size, x=0, y=0)
    # A Drawing starts its graphics state with Helvetica unless told otherwise;
    # even unused, that would put a standard-14 font into the page resources.
    drawing = Drawing(size, size, initialFontName=fonts.REGULAR, initialFontSize=8)
    drawing.add(widget)
    return drawing
