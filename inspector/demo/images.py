"""Generated pictures standing in for officers' photos and drawn signatures in demo data."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw

PHOTO_SIZE = (800, 600)  # enough pixels to print a photo at 150 dpi and more


def photo_png(rng: random.Random, width: int = PHOTO_SIZE[0], height: int = PHOTO_SIZE[1]) -> bytes:
    """A JPEG with a sky, a horizon, a truck-like box and a seal — unique per ``rng`` draw.

    (The name is historical: the photo is a JPEG, as a phone camera takes it.)
    """
    sky = (rng.randint(120, 190), rng.randint(160, 210), rng.randint(200, 240))
    ground = (rng.randint(110, 160), rng.randint(100, 130), rng.randint(70, 100))
    image = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(image)
    horizon = rng.randint(height // 3, height // 2)
    draw.rectangle([0, horizon, width, height], fill=ground)
    x0, x1 = sorted(rng.sample(range(40, width - 40), 2))
    y0 = rng.randint(horizon - 160, horizon - 40)
    box = (rng.randint(40, 200), rng.randint(40, 200), rng.randint(40, 200))
    draw.rectangle([x0, y0, x1, horizon + 80], fill=box, outline=(30, 30, 30), width=3)
    for x in range(x0 + 20, x1 - 10, 40):
        draw.line([x, y0 + 10, x, horizon + 70], fill=tuple(max(0, c - 40) for c in box), width=2)
    seal = (x0 + (x1 - x0) // 2, (y0 + horizon) // 2)
    draw.ellipse([seal[0] - 12, seal[1] - 12, seal[0] + 12, seal[1] + 12], fill=(200, 30, 30))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=72)
    return out.getvalue()


def signature_png(rng: random.Random, width: int = 360, height: int = 120) -> bytes:
    """A drawn signature: a dark blue flourish on a transparent background."""
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    loops = rng.randint(3, 6)
    for n in range(120):
        t = n / 119
        x = 15 + t * (width - 30)
        y = height / 2 + math.sin(t * loops * math.pi * 2 + rng.random()) * height * 0.28 * (1 - t * 0.5)
        points.append((x, y + rng.uniform(-2, 2)))
    draw.line(points, fill=(20, 30, 110, 255), width=4, joint="curve")
    draw.line([(width * 0.2, height * 0.8), (width * 0.85, height * 0.72)], fill=(20, 30, 110, 255), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
