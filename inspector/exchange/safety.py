"""A bundle is a zip from elsewhere: what it may contain, checked before anything is read.

Everything here looks only at the zip's central directory (sizes, names,
flags) — no member is decompressed before its entry has passed. Reading then
enforces the same limits again, because a central directory can lie about
sizes: a member is read in chunks and abandoned as soon as it yields more
than it declared.
"""

from __future__ import annotations

import logging
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from inspector.exchange.errors import BundleRejected

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_BYTES = 64  # an Ed25519 signature
KEYS = "keys/users.json"  # the officers' public keys (bcp-user-keys/1)
MAX_KEYS = 4 * 1024 * 1024
CHUNK = 64 * 1024

RECORD_NAME = re.compile(r"^records/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/"
                         r"(0|[1-9][0-9]{0,5})\.json$")
ATTACHMENT_NAME = re.compile(r"^attachments/([0-9a-f]{64})$")
AUDIT_NAME = re.compile(r"^audit/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$")
CHECKLIST_NAME = re.compile(r"^checklists/([a-z][a-z0-9_]{0,63})@([0-9]{1,9}(?:\.[0-9]{1,9}){0,3})\.json$")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold. Generous for a year of a busy BCP, small for a bomb."""

    max_members: int = 200_000
    max_central_directory: int = 64 * 1024 * 1024
    max_document: int = 4 * 1024 * 1024        # one record revision's JSON
    max_checklist: int = 2 * 1024 * 1024
    max_audit: int = 16 * 1024 * 1024          # one case's audit trail
    max_attachment: int = 32 * 1024 * 1024     # the app stores files up to 20 MiB
    max_manifest: int = 64 * 1024 * 1024
    max_total: int = 8 * 1024 * 1024 * 1024
    max_ratio: int = 200                       # uncompressed : compressed
    ratio_floor: int = 64 * 1024               # tiny members may compress better, harmlessly


DEFAULT_LIMITS = Limits()


def kind_of(name: str) -> str | None:
    """``record``, ``audit``, ``attachment``, ``checklist``, ``keys``, ``manifest``, ``signature`` or None."""
    if name == MANIFEST:
        return "manifest"
    if name == SIGNATURE:
        return "signature"
    if name == KEYS:
        return "keys"
    for kind, pattern in (("record", RECORD_NAME), ("audit", AUDIT_NAME), ("attachment", ATTACHMENT_NAME),
                          ("checklist", CHECKLIST_NAME)):
        if pattern.fullmatch(name):
            return kind
    return None


def size_limit(kind: str, limits: Limits) -> int:
    return {"record": limits.max_document, "audit": limits.max_audit, "attachment": limits.max_attachment,
            "checklist": limits.max_checklist, "manifest": limits.max_manifest,
            "signature": SIGNATURE_BYTES, "keys": MAX_KEYS}[kind]


def shown(name: str) -> str:
    """A member name safe to print: control characters escaped, length bounded."""
    text = name.encode("unicode_escape").decode("ascii")
    return text if len(text) <= 120 else text[:117] + "…"


def unsafe_name(name: str) -> bool:
    parts = name.split("/")
    return (not name or name.startswith("/") or "\\" in name or "\x00" in name
            or bool(_DRIVE.match(name)) or any(p in ("", ".", "..") for p in parts[:-1])
            or parts[-1] in (".", "..") or any(ord(ch) < 32 for ch in name))


def precheck(handle: BinaryIO, limits: Limits) -> None:
    """Count the members from the end-of-central-directory record, before zipfile parses it.

    zipfile loads the whole central directory into memory; a forged one with
    millions of entries is refused here first.
    """
    handle.seek(0, 2)
    size = handle.tell()
    tail_size = min(size, 22 + 65535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise BundleRejected("exchange.not_a_bundle")
    _sig, _disk, _cd_disk, _n_disk, entries, cd_size, _cd_offset, _comment = struct.unpack(
        "<4s4H2LH", tail[at:at + 22])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:  # zip64: the real counts are in its own record
        locator = tail[at - 20:at] if at >= 20 else b""
        if len(locator) != 20 or locator[:4] != b"PK\x06\x07":
            raise BundleRejected("exchange.not_a_bundle")
        offset = struct.unpack("<Q", locator[8:16])[0]
        if offset + 56 > size:
            raise BundleRejected("exchange.not_a_bundle")
        handle.seek(offset)
        record = handle.read(56)
        if record[:4] != b"PK\x06\x06":
            raise BundleRejected("exchange.not_a_bundle")
        entries, cd_size = struct.unpack("<QQ", record[32:48])
    if entries > limits.max_members:
        raise BundleRejected("exchange.too_many_members", count=entries, max=limits.max_members)
    if cd_size > limits.max_central_directory:
        raise BundleRejected("exchange.too_many_members", count=entries, max=limits.max_members)
    handle.seek(0)


def check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Every member's name, type and sizes, from the central directory alone."""
    if len(infos) > limits.max_members:
        raise BundleRejected("exchange.too_many_members", count=len(infos), max=limits.max_members)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if unsafe_name(name) or unsafe_name(getattr(info, "orig_filename", name)):
            raise BundleRejected("exchange.unsafe_name", name=shown(name))
        if name in seen:
            raise BundleRejected("exchange.duplicate_member", name=shown(name))
        seen.add(name)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir():
            raise BundleRejected("exchange.not_a_file", name=shown(name))
        if info.flag_bits & 0x1:
            raise BundleRejected("exchange.encrypted_member", name=shown(name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRejected("exchange.compression", name=shown(name))
        kind = kind_of(name)
        if kind is None:
            raise BundleRejected("exchange.unexpected_member", name=shown(name))
        if info.file_size > info.compress_size * limits.max_ratio and info.file_size > limits.ratio_floor:
            raise BundleRejected("exchange.zip_bomb", name=shown(name), ratio=limits.max_ratio)
        if info.file_size > size_limit(kind, limits):
            raise BundleRejected("exchange.member_too_large", name=shown(name),
                                 max_mb=max(1, size_limit(kind, limits) // (1024 * 1024)))
        total += info.file_size
        if total > limits.max_total:
            raise BundleRejected("exchange.bundle_too_large", max_mb=limits.max_total // (1024 * 1024))
    for required in (MANIFEST, SIGNATURE):
        if required not in seen:
            raise BundleRejected("exchange.unsigned" if required == SIGNATURE else "exchange.no_manifest")


def chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    """A member's bytes in chunks, never more than it declared nor than ``limit``."""
    bound = min(info.file_size, limit)
    read = 0
    try:
        with archive.open(info) as stream:
            while True:
                block = stream.read(min(CHUNK, bound - read + 1))
                if not block:
                    break
                read += len(block)
                if read > bound:
                    raise BundleRejected("exchange.member_size_lies", name=shown(info.filename))
                yield block
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError) as exc:
        log.info("member %s unreadable: %s", info.filename, exc)
        raise BundleRejected("exchange.damaged_member", name=shown(info.filename)) from None
    if read != info.file_size:
        raise BundleRejected("exchange.member_size_lies", name=shown(info.filename))


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    return b"".join(chunks(archive, info, limit))
