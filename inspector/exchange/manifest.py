"""``manifest.json`` of a bundle (format ``bcp-bundle/1``): what it holds and who made it.

The manifest names every other member with its size and SHA-256, so that the
detached signature over the manifest's bytes covers the whole bundle.
Record members also carry their revision's ``updated_at``, which the
``bcp-inspection/1`` document does not (an import keeps the newer copy of a
record still being worked on).
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from inspector.domain import json_input
from inspector.domain.references import CODE
from inspector.exchange.errors import BundleRejected
from inspector.exchange.records import parse_time
from inspector.exchange.safety import MANIFEST, SIGNATURE, kind_of, shown

log = logging.getLogger(__name__)

FORMAT = "bcp-bundle/1"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TOP_KEYS = {"format", "bundle", "created_at", "bcp", "workstation", "software", "selection", "counts",
            "members"}


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    size: int
    sha256: str
    updated_at: datetime | None = None  # record members only
    changes: int | None = None  # record members: the owner's change counter of the case (ordering)
    origin: str | None = None  # record members: the workstation (id) that owns the case

    def to_json(self) -> dict:
        entry = {"name": self.name, "size": self.size, "sha256": self.sha256}
        if self.updated_at is not None:
            from inspector.domain.clock import iso

            entry["updated_at"] = iso(self.updated_at)
        if self.changes is not None:
            entry["changes"] = self.changes
        if self.origin is not None:
            entry["origin"] = self.origin
        return entry


def member_line(member: Member) -> bytes:
    return json.dumps(member.to_json(), ensure_ascii=False).encode("utf-8")


@dataclass
class Manifest:
    bundle: str
    created_at: str
    bcp: str | None
    workstation_id: str
    public_key: str
    fingerprint: str
    software: str = ""
    workstation_code: str | None = None  # the code its new references carry
    selection: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)
    members: list[Member] = field(default_factory=list)

    def to_bytes(self, member_lines: Iterable[bytes] | None = None) -> bytes:
        """The manifest's bytes (see :meth:`write`)."""
        out = io.BytesIO()
        self.write(out, member_lines)
        return out.getvalue()

    def write(self, out, member_lines: Iterable[bytes] | None = None) -> None:
        """Write the manifest to ``out``; ``member_lines`` (one JSON object each)
        instead of ``members``.

        The exporter passes its members as lines spooled to a temporary file and
        writes straight into the bundle, so no list of them is built in memory.
        """
        head = {
            "format": FORMAT, "bundle": self.bundle, "created_at": self.created_at, "bcp": self.bcp,
            "workstation": {"id": self.workstation_id, "public_key": self.public_key,
                            "fingerprint": self.fingerprint,
                            **({"code": self.workstation_code} if self.workstation_code else {})},
            "software": self.software, "selection": self.selection, "counts": self.counts,
        }
        text = json.dumps(head, ensure_ascii=False, indent=1)
        out.write(text[:-2].encode("utf-8"))  # all but the closing "\n}"
        out.write(b',\n "members": [')
        if member_lines is None:
            member_lines = (member_line(m) for m in self.members)
        for n, line in enumerate(member_lines):
            out.write(b"\n  " if n == 0 else b",\n  ")
            out.write(line.rstrip(b"\n"))
        out.write(b"\n ]\n}\n")

    @property
    def source(self) -> str:
        """How conflicts and audit entries name where a record came from."""
        return f"{self.bcp or '-'} workstation {self.workstation_id} bundle {self.bundle}"[:200]


def parse(raw: bytes) -> Manifest:
    """The manifest, strictly checked; anything unexpected rejects the bundle."""
    try:
        data = json_input.strict(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: also repeated keys, huge numbers
        raise BundleRejected("exchange.bad_manifest", detail="JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise BundleRejected("exchange.bad_format", found=str(found)[:40], expected=FORMAT)
    _require(set(data) <= TOP_KEYS, "keys")
    ws = data.get("workstation")
    _require(isinstance(ws, dict) and set(ws) <= {"id", "public_key", "fingerprint", "code"}, "workstation")
    _require(ws.get("code") is None or (isinstance(ws["code"], str) and CODE.fullmatch(ws["code"])),
             "workstation.code")
    _require(isinstance(data.get("bundle"), str) and _UUID.fullmatch(data["bundle"]), "bundle")
    _require(_text(ws.get("id"), 64) and _text(ws.get("public_key"), 64), "workstation")
    _require(isinstance(ws.get("fingerprint"), str) and _SHA256.fullmatch(ws["fingerprint"]), "workstation.fingerprint")
    _require(data.get("bcp") is None or _text(data["bcp"], 8), "bcp")
    _require(_text(data.get("created_at"), 40), "created_at")
    _require(isinstance(data.get("members"), list), "members")
    members: list[Member] = []
    names: set[str] = set()
    for entry in data["members"]:
        members.append(_member(entry))
        _require(members[-1].name not in names, "members")
        names.add(members[-1].name)
    return Manifest(bundle=data["bundle"], created_at=data["created_at"], bcp=data.get("bcp"),
                    workstation_id=ws["id"], public_key=ws["public_key"], fingerprint=ws["fingerprint"],
                    software=str(data.get("software") or "")[:100], workstation_code=ws.get("code"),
                    selection=data.get("selection") if isinstance(data.get("selection"), dict) else {},
                    counts=data.get("counts") if isinstance(data.get("counts"), dict) else {},
                    members=members)


def _member(entry: object) -> Member:
    _require(isinstance(entry, dict) and set(entry) <= {"name", "size", "sha256", "updated_at", "changes",
                                                            "origin"}, "members")
    name, size, digest = entry.get("name"), entry.get("size"), entry.get("sha256")
    _require(isinstance(name, str) and isinstance(size, int) and not isinstance(size, bool) and size >= 0
             and isinstance(digest, str) and _SHA256.fullmatch(digest), "members")
    kind = kind_of(name)
    if kind is None or kind in ("manifest", "signature"):
        raise BundleRejected("exchange.unexpected_member", name=shown(name))
    updated_at = None
    if kind == "record":
        try:
            updated_at = parse_time(entry.get("updated_at"))
        except (TypeError, ValueError):
            updated_at = None
        _require(updated_at is not None, f"{shown(name)}.updated_at")
        changes = entry.get("changes")
        _require(changes is None or (isinstance(changes, int) and not isinstance(changes, bool)
                                     and 0 <= changes < 2**31), f"{shown(name)}.changes")
        origin = entry.get("origin")
        _require(origin is None or _text(origin, 64), f"{shown(name)}.origin")
    else:
        _require(not {"updated_at", "changes", "origin"} & set(entry), "members")
        changes = origin = None
    return Member(name, size, digest, updated_at, changes, origin)


def _text(value: object, limit: int) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit and value.isprintable()


def _require(condition: object, where: str) -> None:
    if not condition:
        raise BundleRejected("exchange.bad_manifest", detail=where)


__all__ = ["FORMAT", "MANIFEST", "SIGNATURE", "Manifest", "Member", "parse"]


def signed_digest(digest) -> bytes:
    """What the workstation key signs: a label and the manifest's SHA-256.

    Signing the digest rather than the manifest's bytes lets the exporter
    stream the manifest; the label keeps the signature from meaning anything else.
    """
    return b"bcp-bundle/1 manifest sha256:" + digest.digest()
