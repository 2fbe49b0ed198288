"""Make resources/fonts/BCPCJK.ttf: the CJK glyphs the reports print names in.

    python scripts/subset_cjk_font.py /usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf

Source: Droid Sans Fallback (Apache 2.0; Debian package fonts-droid-fallback).
Kept: GB 2312 (simplified Chinese), the frequent level 1 of Big5
(traditional Chinese) and of JIS X 0208 (Japanese), the Hangul syllables of
KS X 1001 (Korean) — names and company names in everyday use — plus CJK
punctuation and full-width forms. A rarer
character prints as "[CJK]" (see inspector/reports/texts.py). Needs fontTools
(a development tool only; the app does not import it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "fonts" / "BCPCJK.ttf"
# (codec, first bytes): GB 2312 whole; the frequent halves of Big5 (level 1)
# and JIS X 0208 (level 1); KS X 1001's Hangul syllables (not its hanja).
CODECS = (("gb2312", range(0xA1, 0xF8)), ("big5", range(0xA1, 0xC7)), ("euc_jp", range(0xA1, 0xD0)),
          ("euc_kr", range(0xA1, 0xC9)))
RANGES = ((0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F), (0xFF00, 0xFFEF))


def characters() -> set[int]:
    wanted: set[int] = set()
    for codec, firsts in CODECS:
        for first in firsts:
            for second in range(0x40, 0xFF):
                try:
                    text = bytes((first, second)).decode(codec)
                except UnicodeDecodeError:
                    continue
                wanted.update(ord(ch) for ch in text if ord(ch) >= 0x2E80)
    for start, end in RANGES:
        wanted.update(range(start, end + 1))
    return wanted


def main(source: str) -> int:
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    font["name"].setName("BCP CJK (subset of Droid Sans Fallback)", 4, 3, 1, 0x409)
    subset.save_font(font, str(TARGET), options)
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
