"""A workbook is a zip from elsewhere: checked before any spreadsheet library reads it.

An ``.xlsx`` file comes from a methodologist's e-mail or a USB stick, so it is
treated like a bundle (``inspector/exchange/safety.py`` does the same for
bundles; the checklist layer cannot import the exchange layer, and the words
differ): the end-of-central-directory record is read first, so a forged
directory of a million entries is refused before ``zipfile`` parses it; then
every entry's sizes, flags and compression ratio; then every member is
decompressed in chunks — never more than it declared — and its XML is searched
for document type declarations (entity expansion, "billion laughs"), which a
spreadsheet never needs. External links and macros are refused: a checklist is
data and may not point anywhere else.

The limits are far above any real checklist (a 500-item, three-language
checklist is a workbook of about 100 KiB) and low enough that a hostile file
costs little time and memory.
"""

from __future__ import annotations

import logging
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_CENTRAL_DIRECTORY = 1024 * 1024
MAX_MEMBER_BYTES = 32 * 1024 * 1024           # a worksheet: streamed row by row
MAX_DOCUMENT_BYTES = 1024 * 1024              # any other XML part: openpyxl parses it whole (styles)
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 4 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small members may compress better, harmlessly
CHUNK = 64 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")


@dataclass
class WorkbookRefused(Exception):
    """The whole file is refused; ``key`` names a catalogue message."""

    key: str
    params: dict[str, object] = field(default_factory=dict)


def check_file(path: Path) -> None:
    """Raises :class:`WorkbookRefused` unless ``path`` is a zip safe to hand to openpyxl."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WorkbookRefused("workbook.file_too_large", {"max_mb": MAX_FILE_BYTES // (1024 * 1024)})
        with path.open("rb") as handle:
            _check_handle(handle, size)
    except OSError as exc:
        raise WorkbookRefused("workbook.unreadable", {"reason": exc.strerror or str(exc)}) from None


def _check_handle(handle: BinaryIO, size: int) -> None:
    head = handle.read(8)
    if head == _OLE_MAGIC:
        raise WorkbookRefused("workbook.old_or_protected")
    if not head.startswith(b"PK"):
        raise WorkbookRefused("workbook.not_xlsx")
    _precheck_directory(handle, size)
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise WorkbookRefused("workbook.not_xlsx") from None
    with archive:
        infos = archive.infolist()
        _check_entries(infos)
        for info in infos:
            _scan_member(archive, info)


def _precheck_directory(handle: BinaryIO, size: int) -> None:
    """Count the entries from the end-of-central-directory record, before zipfile parses it."""
    tail_size = min(size, 22 + 65535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise WorkbookRefused("workbook.not_xlsx")
    entries, directory_size = struct.unpack("<HL", tail[at + 10:at + 16])
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:  # zip64: no workbook needs it
        raise WorkbookRefused("workbook.too_many_parts", {"max": MAX_MEMBERS})
    if entries > MAX_MEMBERS or directory_size > MAX_CENTRAL_DIRECTORY:
        raise WorkbookRefused("workbook.too_many_parts", {"max": MAX_MEMBERS})
    handle.seek(0)


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise WorkbookRefused("workbook.too_many_parts", {"max": MAX_MEMBERS})
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise WorkbookRefused("workbook.not_xlsx")
    total = 0
    for info in infos:
        name = info.filename
        lowered = name.lower()
        if lowered.startswith("xl/externallinks/"):
            raise WorkbookRefused("workbook.external_links")
        if lowered.endswith("vbaproject.bin"):
            raise WorkbookRefused("workbook.macros")
        if info.flag_bits & 0x1:
            raise WorkbookRefused("workbook.old_or_protected")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise WorkbookRefused("workbook.not_xlsx")
        if info.file_size > RATIO_FLOOR and info.file_size > max(1, info.compress_size) * MAX_RATIO:
            raise WorkbookRefused("workbook.zip_bomb", {"part": _shown(name), "ratio": MAX_RATIO})
        limit = _limit(lowered)
        if info.file_size > limit:
            raise WorkbookRefused("workbook.part_too_large",
                                  {"part": _shown(name), "max_mb": limit // (1024 * 1024)})
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise WorkbookRefused("workbook.too_large_unpacked", {"max_mb": MAX_TOTAL_BYTES // (1024 * 1024)})


def _limit(name: str) -> int:
    if name == "xl/sharedstrings.xml":
        return MAX_SHARED_STRINGS_BYTES
    if name.startswith("xl/worksheets/") or not name.endswith(_XML_SUFFIXES):
        return MAX_MEMBER_BYTES
    return MAX_DOCUMENT_BYTES


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Decompress in chunks, never beyond the declared size; look for DTDs in XML parts."""
    is_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    read = 0
    carry = b""
    try:
        with archive.open(info) as stream:
            while True:
                block = stream.read(min(CHUNK, info.file_size - read + 1))
                if not block:
                    break
                read += len(block)
                if read > info.file_size:
                    raise WorkbookRefused("workbook.zip_bomb", {"part": _shown(info.filename), "ratio": MAX_RATIO})
                if is_xml:
                    window = carry + block
                    if any(d in window for d in _DECLARATIONS):
                        raise WorkbookRefused("workbook.dtd", {"part": _shown(info.filename)})
                    carry = window[-16:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError,
            NotImplementedError) as exc:
        log.info("workbook part %s unreadable: %s", info.filename, exc)
        raise WorkbookRefused("workbook.damaged", {"part": _shown(info.filename)}) from None


def _shown(name: str) -> str:
    text = name.encode("unicode_escape").decode("ascii")
    return text if len(text) <= 80 else text[:77] + "…"
