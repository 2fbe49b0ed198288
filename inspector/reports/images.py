"""Photos and drawn signatures as flowables: scaled to fit, decoded once.

Officers' photos come straight from phone cameras (several megapixels). A
printed photo needs far fewer pixels, so large images are reduced once and
kept by their SHA-256 (content-addressed, so the key never goes stale); the
next report of the same record reuses them.
"""

from __future__ import annotations

import io
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image

log = logging.getLogger(__name__)

MAX_PIXELS = 1000  # longest side kept: ~300 dpi over the widest photo a report prints (81 mm)
CACHE_SIZE = 64


@dataclass(frozen=True)
class Prepared:
    data: bytes  # JPEG (embedded as is) or PNG
    width: int
    height: int
    kind: str  # "jpeg" or "png"


class ImageError(Exception):
    """The bytes are not an image ReportLab can draw."""


_cache: OrderedDict[str, Prepared] = OrderedDict()
_lock = threading.Lock()


def prepared(sha256: str, data: bytes) -> Prepared:
    with _lock:
        hit = _cache.get(sha256)
        if hit is not None:
            _cache.move_to_end(sha256)
            return hit
    result = _prepare(data)
    with _lock:
        _cache[sha256] = result
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _prepare(data: bytes) -> Prepared:
    try:
        with PILImage.open(io.BytesIO(data)) as img:
            width, height = img.size
            if max(width, height) <= MAX_PIXELS:
                img.load()
                return Prepared(data, width, height, "jpeg" if img.format == "JPEG" else "png")
            is_jpeg = img.format == "JPEG"
            scale = MAX_PIXELS / max(width, height)
            target = (max(1, round(width * scale)), max(1, round(height * scale)))
            if is_jpeg:
                img.draft("RGB", target)  # the decoder scales by 1/2, 1/4, 1/8 itself: fast
            # BOX (the mean of the pixels each new one covers) reduces as smoothly as
            # BILINEAR does here, in 60 % of the time (a 1200-pixel draft to 1000).
            img = img.resize(target, PILImage.Resampling.BOX, reducing_gap=2.0)
            out = io.BytesIO()
            if is_jpeg or img.mode not in ("RGBA", "LA", "P"):
                img.convert("RGB").save(out, "JPEG", quality=85)
            else:
                img.save(out, "PNG")
            return Prepared(out.getvalue(), *img.size, "jpeg" if out.getvalue()[:2] == b"\xff\xd8" else "png")
    except (OSError, ValueError, PILImage.DecompressionBombError) as exc:
        raise ImageError(str(exc)) from exc


MIN_DPI = 150  # a photo is never enlarged beyond this: it prints smaller, and says so
_low: dict[str, tuple[int, int]] = {}


def low_resolution(sha256: str) -> tuple[int, int] | None:
    """(width, height) in pixels of a photo printed smaller than its box for lack of pixels."""
    return _low.get(sha256)


def fitted(sha256: str, data: bytes, max_width: float, max_height: float) -> Flowable:
    """An Image flowable no larger than the box, keeping the aspect ratio, and
    never enlarged beyond :data:`MIN_DPI`."""
    image = prepared(sha256, data)
    scale = min(max_width / image.width, max_height / image.height)
    if scale > 72 / MIN_DPI:
        scale = 72 / MIN_DPI
        with _lock:
            _low[sha256] = (image.width, image.height)
    # Only a PNG may be transparent (a drawn signature); asking ReportLab to look
    # for transparency in a JPEG would decode it for nothing.
    kind = JpegImage if image.kind == "jpeg" else Image
    flowable = kind(io.BytesIO(image.data), width=image.width * scale, height=image.height * scale,
                    mask="auto" if image.kind == "png" else None)
    flowable.hAlign = "CENTER"
    return flowable


class _JpegReader(ImageReader):
    """A JPEG that goes into the PDF as it is. ReportLab names every image it
    draws by hashing its decoded pixels (a photo decoded and hashed at each
    report, though it embeds the JPEG's own bytes); the JPEG's bytes name it
    as well."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data

    def getRGBData(self) -> bytes:  # noqa: N802 - ReportLab API
        self._dataA = None  # no soft mask: a JPEG is opaque
        return self._jpeg


class JpegImage(Image):
    """An Image flowable of a JPEG, drawn without decoding it."""

    def __getattr__(self, name: str):
        if name == "_img" and self.__dict__.get("_file") is not None:
            self._img = _JpegReader(self._file.getvalue())
            self._file = None
            return self._img
        return super().__getattr__(name)
