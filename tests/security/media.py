"""Disks that misbehave, made real: read-only media and a full disk.

As root (the CI container) a folder becomes a read-only bind mount or a tiny
tmpfs — the kernel refuses the writes exactly as a write-protected USB stick
or a full disk would. As another user, read-only is file modes (which bind a
non-root user like a read-only mount), and a full disk is a file-size limit
(``RLIMIT_FSIZE``) on the command's process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(folder: Path) -> None:
    # Lazily: a process still holding a file there must not leave the mount behind.
    subprocess.run(["umount", "--lazy", str(folder)], check=True, capture_output=True)


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` and everything in it cannot be written while the block runs."""
    if IS_ROOT:
        if not _mount("--bind", str(folder), str(folder)):
            pytest.skip("root without mount(8) rights: no way to make a read-only folder")
        try:
            if not _mount("-o", "remount,bind,ro", str(folder)):
                pytest.skip("cannot remount read-only")
            yield
        finally:
            _umount(folder)
        return
    modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


class FullDisk:
    """A folder on a disk with ``free`` bytes left; ``run`` runs a command there."""

    def __init__(self, folder: Path, free: int) -> None:
        self.folder = folder
        self.free = free
        self.mounted = False
        self.limit: int | None = None

    def __enter__(self) -> FullDisk:
        self.folder.mkdir(parents=True, exist_ok=True)
        if IS_ROOT and _mount("-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(self.folder)):
            self.mounted = True
        return self

    def put(self, source: Path) -> Path:
        """Copy ``source`` in, then leave only ``free`` bytes on the disk."""
        target = self.folder / source.name
        shutil.copyfile(source, target)
        if self.mounted:
            stats = os.statvfs(self.folder)
            filler = stats.f_bavail * stats.f_frsize - self.free
            with open(self.folder / "filler", "wb") as handle:
                handle.write(b"\0" * max(0, filler))
        else:
            self.limit = target.stat().st_size + self.free
        return target

    def run(self, *command: str, env: dict | None = None) -> subprocess.CompletedProcess:
        if self.limit is not None:  # no tmpfs: a file-size limit on the process, writes past it fail
            wrapper = ("import os, resource, signal, sys\n"
                       "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
                       f"resource.setrlimit(resource.RLIMIT_FSIZE, ({self.limit}, {self.limit}))\n"
                       "os.execv(sys.argv[1], sys.argv[1:])\n")
            command = (sys.executable, "-c", wrapper, *command)
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)

    def make_room(self) -> None:
        (self.folder / "filler").unlink(missing_ok=True)
        self.limit = None

    def __exit__(self, *exc_info) -> None:
        if self.mounted:
            _umount(self.folder)
