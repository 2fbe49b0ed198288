"""The QR code on page 1: a printed copy can be checked against the database or the officers' keys.

Payload (uppercase, QR alphanumeric mode, ``*``-separated; see
:func:`inspector.services.signatures.qr_payload` and docs/bcp-inspection-format.md)::

    BCP2*{reference}*{revision}*{status}*{record hash, base32}[*{key id}*{finalization signature, base32}]

e.g. ``BCP2*FRB-2026-000042*0*A*SRJ…*3FA2C4D1E0B9*M4Q…``. The status is one
letter (D draft, I in progress, C completed, F finalized, A approved, R
returned, S superseded: a revision a later one replaced); the key id is the first 12 hex digits of the lead officer's key
fingerprint; the signature is theirs over ``BCP2*REF*REV*HASH``, so the code
alone proves who finalized what. A record not finalized carries no signature
and the hash of its content as it is now.

The same text is written into the PDF's metadata (Keywords) when the code is
drawn, so ``inspector verify FILE.pdf`` reads it without decoding an image.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from inspector.reports import fonts
from inspector.services.signatures import QR_PREFIX, ScannedCode, parse_qr, qr_payload

PREFIX = QR_PREFIX


def payload(document: Mapping, digest: str, superseded: bool = False) -> str:
    """The code of one copy: ``superseded`` puts ``S`` in place of the status letter."""
    return qr_payload(dict(document), digest, superseded)


def parse(text: str) -> ScannedCode:
    """The fields of a payload (for checking a printed copy)."""
    code = parse_qr(text)
    if code is None:
        raise ValueError("not a BCP Inspector report code")
    return code


class _CodeDrawing(Drawing):
    """A QR code drawing that also leaves its text in the PDF's metadata."""

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - ReportLab API
        text = self.__dict__.get("_payload_text")  # outside ReportLab's checked attributes
        if text and hasattr(canvas, "setKeywords"):
            canvas.setKeywords(text)
        return super().drawOn(canvas, x, y, _sW)


def qr_drawing(text: str, size: float) -> Drawing:
    """A square QR code drawing of ``size`` points (quiet zone included)."""
    widget = QrCodeWidget(text, barLevel="M", barWidth=size, barHeight=size, x=0, y=0)
    # A Drawing starts its graphics state with Helvetica unless told otherwise;
    # even unused, that would put a standard-14 font into the page resources.
    drawing = _CodeDrawing(size, size, initialFontName=fonts.REGULAR, initialFontSize=8)
    drawing.__dict__["_payload_text"] = text
    drawing.add(widget)
    return drawing
