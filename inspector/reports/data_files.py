"""Tables written for spreadsheets and statistics packages: CSV and XLSX.

CSV is UTF-8 with a byte-order mark, so Excel opens Cyrillic and Turkmen text
correctly; times are ISO 8601 with the BCP's offset, booleans TRUE/FALSE,
decimals with a point. XLSX (openpyxl, streamed in write-only mode) keeps the
types — numbers, dates and times in BCP time, booleans — with a frozen, filtered
header row. Both are written to a temporary file next to the target and renamed
over it at the end, so a failure never leaves half a file.
"""

from __future__ import annotations

import csv
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from inspector.domain.errors import DomainError

log = logging.getLogger(__name__)

XLSX_MAX_ROWS = 1_048_576  # rows on one worksheet, the header included


class DataFileError(DomainError):
    """The data file cannot be written where the user asked."""


def csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


@contextmanager
def _atomic(path: Path, mode: str, **kwargs):
    """A temporary file beside ``path``, renamed over it when the block succeeds."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DataFileError("export.cannot_write", path=str(path), reason=os.strerror(2))
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DataFileError("export.cannot_write", path=str(path), reason=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, mode, **kwargs) as out:
            yield out, temporary
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":  # mkstemp makes it private; a data file is an ordinary file
            mask = os.umask(0o022)
            os.umask(mask)
            os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except OSError as exc:
        _remove(temporary)
        raise DataFileError("export.cannot_write", path=str(path), reason=exc.strerror or str(exc)) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        log.warning("could not remove the temporary file %s", path)


def write_text(path: str | os.PathLike, text: str) -> None:
    with _atomic(Path(path).expanduser(), "w", encoding="utf-8", newline="") as (out, _):
        out.write(text)


def write_csv(path: str | os.PathLike | None, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write one table (to standard output when ``path`` is None); returns the number of data rows."""
    if path is None:
        return _csv_to(sys.stdout, header, rows)
    target = Path(path).expanduser()
    with _atomic(target, "w", encoding="utf-8-sig", newline="") as (out, _):
        count = _csv_to(out, header, rows)
    log.info("wrote %s (%d rows)", target, count)
    return count


def _csv_to(out, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    writer = csv.writer(out)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([csv_value(v) for v in row])
        count += 1
    return count


Sheet = tuple[str, Sequence[tuple[str, str]], Iterable[Sequence]]  # (title, [(column, kind)], rows)


def write_xlsx(path: str | os.PathLike, sheets: Sequence[Sheet],
               progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Write a workbook with one worksheet per table; returns rows per sheet."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path).expanduser()
    counts: dict[str, int] = {}
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        for n, (name, kind) in enumerate(columns, 1):
            sheet.column_dimensions[get_column_letter(n)].width = _width(name, kind)
        head = []
        for name, _ in columns:
            cell = WriteOnlyCell(sheet, value=name)
            cell.font = bold
            head.append(cell)
        sheet.append(head)
        formats = [_format(kind) for _, kind in columns]
        count = 0
        for row in rows:
            cells = []
            for value, number_format in zip(row, formats):
                if isinstance(value, datetime):
                    value = value.replace(tzinfo=None)  # already in BCP time
                cell = WriteOnlyCell(sheet, value=value)
                if number_format and value is not None:
                    cell.number_format = number_format
                cells.append(cell)
            sheet.append(cells)
            count += 1
            if progress and count % 10_000 == 0:
                progress(count)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
        counts[title] = count
    with _atomic(target, "wb") as (out, _):
        workbook.save(out)
    log.info("wrote %s (%s)", target, counts)
    return counts


def _format(kind: str) -> str | None:
    return {"datetime": "yyyy-mm-dd hh:mm:ss", "date": "yyyy-mm-dd", "float": "0.0##"}.get(kind)


def _width(name: str, kind: str) -> float:
    return max(len(name) + 2, {"datetime": 19, "date": 11, "bool": 8, "int": 8, "float": 10}.get(kind, 14))
