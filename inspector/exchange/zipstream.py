"""A write-only zip whose memory does not grow with the number of members.

``zipfile.ZipFile`` keeps a ``ZipInfo`` for every member until ``close()``
writes the central directory. A bundle has one member per record revision, so
that list grows with the export. Here each member's central-directory record
is encoded as soon as the member is written and spooled to a temporary file;
``close()`` copies the spool and writes the end records (ZIP64 when needed).
"""

from __future__ import annotations

import shutil
import struct
import tempfile
import zipfile

_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_LOCATOR = struct.Struct("<4sLQL")
_LIMIT32 = 0xFFFFFFFF
_LIMIT16 = 0xFFFF


def central_record(info: zipfile.ZipInfo) -> bytes:
    """The central-directory record of ``info``, as zipfile itself writes it."""
    dt = info.date_time
    dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
    dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
    zip64 = []
    file_size, compress_size, offset = info.file_size, info.compress_size, info.header_offset
    if file_size > zipfile.ZIP64_LIMIT or compress_size > zipfile.ZIP64_LIMIT:
        zip64 += [file_size, compress_size]
        file_size = compress_size = _LIMIT32
    if offset > zipfile.ZIP64_LIMIT:
        zip64.append(offset)
        offset = _LIMIT32
    extra = info.extra
    min_version = 0
    if zip64:
        extra = struct.pack("<HH" + "Q" * len(zip64), 1, 8 * len(zip64), *zip64) + extra
        min_version = zipfile.ZIP64_VERSION
    filename, flag_bits = info._encodeFilenameFlags()
    record = _CENTRAL.pack(
        b"PK\x01\x02", max(min_version, info.create_version), info.create_system,
        max(min_version, info.extract_version), info.reserved, flag_bits, info.compress_type, dostime, dosdate,
        info.CRC, compress_size, file_size, len(filename), len(extra), len(info.comment), 0,
        info.internal_attr, info.external_attr, offset)
    return record + filename + extra + info.comment


class StreamingZipFile(zipfile.ZipFile):
    """``ZipFile(handle, "w")`` for writing only, in constant memory.

    Call :meth:`spool` after each member is written (``BundleWriter.add`` does);
    names are not remembered, so the caller keeps member names unique.
    """

    def __init__(self, handle, *, compression: int = zipfile.ZIP_DEFLATED) -> None:
        super().__init__(handle, "w", compression=compression, allowZip64=True)
        self._directory = tempfile.TemporaryFile()
        self._entries = 0

    def spool(self) -> None:
        """Move the central-directory records of the members written so far to disk."""
        for info in self.filelist:
            self._directory.write(central_record(info))
            self.NameToInfo.pop(info.filename, None)
        self._entries += len(self.filelist)
        self.filelist = []

    def _write_end_record(self) -> None:  # zipfile calls this from close()
        self.spool()
        start = self.start_dir
        self._directory.seek(0)
        shutil.copyfileobj(self._directory, self.fp)
        self._directory.close()
        end = self.fp.tell()
        count, size, offset = self._entries, end - start, start
        if count > _LIMIT16 or offset > _LIMIT32 or size > _LIMIT32:
            self.fp.write(_END64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, offset))
            self.fp.write(_END64_LOCATOR.pack(b"PK\x06\x07", 0, end, 1))
            count, size, offset = min(count, _LIMIT16), min(size, _LIMIT32), min(offset, _LIMIT32)
        self.fp.write(_END.pack(b"PK\x05\x06", 0, 0, count, count, size, offset, 0))
        self.fp.flush()
