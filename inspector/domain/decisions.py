"""Consolidation of agency decisions (SPEC §3 "Decisions")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from inspector.domain.enums import Agency, Decision


@dataclass(frozen=True)
class Consolidation:
    """The default consolidated decision and what still holds the vehicle."""

    decision: Decision | None
    pending: tuple[Agency, ...]  # involved agencies that have not decided yet
    restricting: tuple[Agency, ...]  # agencies whose decision is not a release

    @property
    def released(self) -> bool:
        return self.decision is not None and self.decision.releases and not self.pending


def most_restrictive(decisions: Mapping[Agency, Decision | None]) -> Consolidation:
    """The consolidated decision defaults to the most restrictive agency decision.

    The vehicle is released only when every involved agency released it; a hold
    names the agencies still pending or restricting.
    """
    pending = tuple(a for a, d in decisions.items() if d is None)
    decided = {a: d for a, d in decisions.items() if d is not None}
    restricting = tuple(a for a, d in decided.items() if not d.releases)
    if pending or not decided:
        return Consolidation(None, pending, restricting)
    worst = max(decided.values(), key=lambda d: d.rank)
    return Consolidation(worst, (), restricting)
