"""Starting the desktop application from the command line.

Kept free of Qt imports at module level so the CLI starts fast and the core
stays importable without PySide6 installed.

On Linux, Qt's X11 platform plugin needs system libraries that a bare
installation lacks; without them Qt aborts the process with a message that
blames one library while others are missing too. So before Qt starts, the
plugin's libraries are checked and a missing one is named with the package
that provides it (Debian/Ubuntu names; README lists them all).
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from inspector.domain.i18n import tr

log = logging.getLogger(__name__)

#: shared libraries of Qt's xcb platform plugin → the Debian/Ubuntu package providing each
XCB_PACKAGES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def run_app(db: str | None, lang: str | None) -> int:
    missing = missing_libraries()
    if missing:
        packages = " ".join(sorted({XCB_PACKAGES.get(name, name) for name in missing}))
        log.error("the xcb platform plugin lacks %s", ", ".join(missing))
        sys.stderr.write(tr("app.missing_libraries", libraries=", ".join(missing), packages=packages) + "\n")
        return 1
    try:
        from inspector.ui.application import main as ui_main
    except ImportError as exc:
        sys.stderr.write(tr("app.unavailable", reason=str(exc)) + "\n")
        return 1
    return ui_main(db, lang)


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will load its X11 (xcb) plugin: Linux, no other platform asked for,
    and not a Wayland-only session (where Qt takes its Wayland plugin)."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:  # "xcb", "xcb:option=…", or a list of fallbacks "wayland;xcb": the first is tried first
        return platform.split(";")[0].split(":")[0].strip() == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.origin:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(environ: dict[str, str] | None = None) -> list[str]:
    """The shared libraries Qt's xcb plugin needs and cannot find (empty when it is not used)."""
    if not uses_xcb(environ):
        return []
    plugin = xcb_plugin()
    if plugin is None:
        return []
    ldd = shutil.which("ldd")
    if ldd is not None:
        qt_lib = plugin.parents[2] / "lib"
        targets = [plugin, *sorted(qt_lib.glob("libQt6XcbQpa.so*"))[:1]]
        try:
            result = subprocess.run([ldd, *map(str, targets)], capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("ldd failed on %s: %s", plugin, exc)
        else:
            return sorted(set(_NOT_FOUND.findall(result.stdout)))
    missing = []
    for name in XCB_PACKAGES:  # no ldd: try loading each one
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing
