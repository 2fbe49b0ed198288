"""Small generated PNG pictures standing in for officers' photos in demo data."""

from __future__ import annotations

import random
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def photo_png(rng: random.Random, width: int = 160, height: int = 120) -> bytes:
    """A PNG with a sky, a horizon and a box shape — unique per ``rng`` draw."""
    sky = (rng.randint(120, 190), rng.randint(160, 210), rng.randint(200, 240))
    ground = (rng.randint(110, 160), rng.randint(100, 130), rng.randint(70, 100))
    box = (rng.randint(40, 200), rng.randint(40, 200), rng.randint(40, 200))
    horizon = rng.randint(height // 3, height // 2)
    bx0, bx1 = sorted(rng.sample(range(10, width - 10), 2))
    by0 = rng.randint(horizon - 30, horizon)
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            if bx0 <= x <= bx1 and by0 <= y <= horizon + 30:
                pixel = box
            else:
                pixel = sky if y < horizon else ground
            rows.extend(pixel)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + _chunk(b"IEND", b""))
