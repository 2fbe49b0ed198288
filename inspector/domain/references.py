"""Case references: ``FRB-2026-000042``, or ``FRB-2026-A-000042`` with the workstation's code.

Workstations of one BCP number their cases offline, each from 1. So that two
of them never hand out the same reference, each gets a short **workstation
code** at first start (one letter, optionally followed by a letter or digit,
chosen by the administrator, unique per BCP and checked at head office) and
carries it in every new reference. References made before a workstation had
a code keep their form.
"""

from __future__ import annotations

import re

CODE = re.compile(r"^[A-Z][A-Z0-9]?$")
REFERENCE = re.compile(r"^(?P<bcp>[A-Z]{3})-(?P<year>[0-9]{4})-(?:(?P<code>[A-Z][A-Z0-9]?)-)?(?P<number>[0-9]{6})$")
PATTERN = REFERENCE.pattern.replace("?P<bcp>", "").replace("?P<year>", "").replace("?P<code>", "") \
    .replace("?P<number>", "")


def make(bcp: str, year: int, number: int, code: str | None = None) -> str:
    middle = f"{code}-" if code else ""
    return f"{bcp}-{year:04d}-{middle}{number:06d}"


def code_of(reference: str) -> str | None:
    """The workstation code a reference carries (None: an older reference, or not one of ours)."""
    match = REFERENCE.match(reference)
    return match["code"] if match else None


def counter_key(reference: str) -> tuple[str, int, int]:
    """``(counter name, year, number)``: each workstation code counts on its own (``FRB-A``)."""
    match = REFERENCE.match(reference)
    if match is None:
        raise ValueError(f"not a reference: {reference}")
    name = f"{match['bcp']}-{match['code']}" if match["code"] else match["bcp"]
    return name, int(match["year"]), int(match["number"])
