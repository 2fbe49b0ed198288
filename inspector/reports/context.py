"""What every part of a report is built from: the data, the language, the styles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from inspector.checklists.model import ChecklistDefinition
from inspector.domain.clock import now_utc
from inspector.domain.enums import Status
from inspector.reports.loader import ReportData, drawn_signature
from inspector.reports.styles import Styles, frame_width, styles
from inspector.reports.texts import Texts

IMAGE_TYPES = ("image/jpeg", "image/png")


@dataclass(frozen=True)
class Context:
    data: ReportData
    t: Texts
    appendix: bool = False
    st: Styles = field(default_factory=styles)
    printed_at: datetime = field(default_factory=now_utc)

    @property
    def doc(self) -> Mapping:
        return self.data.document

    @property
    def width(self) -> float:
        return frame_width()

    @property
    def final(self) -> bool:
        """A finalized (locked) revision: the only copy a driver signs for."""
        return self.data.locked

    @property
    def status(self) -> Status:
        return Status(self.doc["status"])

    @cached_property
    def signatures(self) -> frozenset[str]:
        """Drawn signatures, this revision's and earlier ones': never printed as photos."""
        current = {drawn_signature(a) for a in self.doc["agencies"]} - {None}
        return frozenset(current) | self.data.former_signatures

    @cached_property
    def photo_numbers(self) -> dict[str, int]:
        """Photos in the appendix, numbered in the order they were attached."""
        photos = [a["sha256"] for a in self.doc["attachments"]
                  if a["media_type"] in IMAGE_TYPES and a["sha256"] not in self.signatures]
        return {sha: n for n, sha in enumerate(dict.fromkeys(photos), 1)}

    @cached_property
    def item_numbers(self) -> dict[str, dict[str, str]]:
        """``section.item`` numbers of every checklist item, by agency: findings,
        the appendix and the reviewer's remarks all cite items by these."""
        return {agency: numbering(definition) for agency, definition in self.data.definitions.items()}

    @cached_property
    def remarks(self) -> dict[tuple[str, str | None], list[str]]:
        """The reviewer's remarks that led to this revision, by (agency, item)."""
        out: dict[tuple[str, str | None], list[str]] = {}
        for remark in self.data.remarks:
            out.setdefault((remark.get("agency"), remark.get("item")), []).append(remark.get("remark") or "")
        return out


def numbering(definition: ChecklistDefinition) -> dict[str, str]:
    return {item.id: f"{s}.{i}" for s, section in enumerate(definition.sections, 1)
            for i, item in enumerate(section.items, 1)}
