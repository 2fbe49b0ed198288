"""The checklist definitions available on this workstation.

Built-in files ship in ``inspector/checklists/builtin``; the user checklist
folder holds newer versions an administrator added. For each agency the newest
version is used for new inspections; older ones stay loadable because records
freeze the definition they were made with.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from inspector.checklists.loader import LoadResult, load_file
from inspector.checklists.model import ChecklistDefinition
from inspector.domain.enums import Agency

log = logging.getLogger(__name__)

BUILTIN_DIR = Path(__file__).resolve().parent / "builtin"


@lru_cache(maxsize=1)
def builtin_results() -> tuple[LoadResult, ...]:
    """The built-in files, parsed once per process."""
    return tuple(load_file(path) for path in sorted(BUILTIN_DIR.glob("*.yaml")))


class ChecklistRegistry:
    """Definitions by (id, version), with the files that failed to load."""

    def __init__(self, user_dir: Path | None = None) -> None:
        self.user_dir = user_dir
        self.results: list[LoadResult] = list(builtin_results())
        if user_dir is not None and user_dir.is_dir():
            self.results += [load_file(p) for p in sorted(user_dir.glob("*.y*ml"))]
        self.definitions: dict[tuple[str, str], ChecklistDefinition] = {}
        for result in self.results:
            if not result.ok:
                log.warning("checklist %s not loaded: %s", result.filename, result.messages("en"))
                continue
            d = result.definition
            known = self.definitions.get((d.id, d.version))
            if known is not None and known.sha256 != d.sha256:
                log.warning("checklist %s %s in %s differs from an earlier file; ignored",
                            d.id, d.version, result.filename)
                continue
            self.definitions[(d.id, d.version)] = d

    @property
    def failed(self) -> list[LoadResult]:
        return [r for r in self.results if not r.ok]

    def all(self) -> list[ChecklistDefinition]:
        return sorted(self.definitions.values(), key=lambda d: (d.agency.value, d.id, d.version_key))

    def get(self, checklist_id: str, version: str | None = None) -> ChecklistDefinition | None:
        matching = [d for d in self.definitions.values() if d.id == checklist_id
                    and (version is None or d.version == version)]
        return max(matching, key=lambda d: d.version_key, default=None)

    def latest(self, agency: Agency) -> ChecklistDefinition | None:
        """The newest version of the agency's checklist (its own id preferred)."""
        candidates = [d for d in self.definitions.values() if d.agency is agency]
        own = [d for d in candidates if d.id == agency.value] or candidates
        return max(own, key=lambda d: d.version_key, default=None)

    def propose_agencies(self, hs_codes: Iterable[str]) -> list[Agency]:
        """Agencies whose checklist applies to these HS codes; customs always."""
        codes = list(hs_codes)
        proposed = [Agency.CUSTOMS]
        for agency in Agency:
            definition = self.latest(agency)
            if agency is not Agency.CUSTOMS and definition and definition.applies_when.matches(codes):
                proposed.append(agency)
        return proposed
