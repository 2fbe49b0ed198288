"""Writing a report file so that a failure never leaves half a PDF behind."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from inspector.domain.errors import DomainError
from inspector.domain.i18n import tr

log = logging.getLogger(__name__)


class ReportWriteError(DomainError):
    """The report cannot be written where the user asked."""


def write_pdf(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically: a temporary file in the same
    folder, flushed to disk, then renamed over the target."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ReportWriteError("report.cannot_write", path=str(target), reason=tr("report.is_a_folder"))
    if not folder.is_dir():
        raise ReportWriteError("report.cannot_write", path=str(target), reason=tr("report.not_a_folder"))
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ReportWriteError("report.cannot_write", path=str(target),
                               reason=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":  # mkstemp makes the file private; a report is an ordinary file
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise ReportWriteError("report.cannot_write", path=str(target),
                               reason=exc.strerror or str(exc)) from None
    except BaseException:
        _remove(temporary)
        raise
    log.info("report written to %s (%d bytes)", target, len(data))
    return target


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        log.warning("could not remove the temporary file %s", path)
