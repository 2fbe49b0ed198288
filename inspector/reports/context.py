"""What every part of a report is built from: the data, the language, the styles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from inspector.reports.loader import ReportData
from inspector.reports.styles import Styles, frame_width, styles
from inspector.reports.texts import Texts

IMAGE_TYPES = ("image/jpeg", "image/png")


@dataclass(frozen=True)
class Context:
    data: ReportData
    t: Texts
    appendix: bool = False
    st: Styles = field(default_factory=styles)

    @property
    def doc(self) -> Mapping:
        return self.data.document

    @property
    def width(self) -> float:
        return frame_width()

    @cached_property
    def signatures(self) -> frozenset[str]:
        return frozenset(a["drawn_signature"] for a in self.doc["agencies"] if a.get("drawn_signature"))

    @cached_property
    def photo_numbers(self) -> dict[str, int]:
        """Photos in the appendix, numbered in the order they were attached."""
        photos = [a["sha256"] for a in self.doc["attachments"]
                  if a["media_type"] in IMAGE_TYPES and a["sha256"] not in self.signatures]
        return {sha: n for n, sha in enumerate(dict.fromkeys(photos), 1)}
