"""Writing output files atomically: a bundle on a USB stick is whole or absent.

The file is written to a temporary name in the same folder, flushed to disk,
and renamed over the target only when complete; a crash or a full stick
leaves the previous file (if any) untouched and no half-written bundle that
could be carried to head office.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from inspector.domain.errors import ValidationError

log = logging.getLogger(__name__)


@contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ValidationError("exchange.cannot_write", field=str(target), path=str(target),
                              reason=exc.strerror or str(exc)) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ValidationError("exchange.cannot_write", field=str(target), path=str(target),
                              reason=exc.strerror or str(exc)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
