"""Before Qt starts: missing system libraries of Qt's X11 plugin are named, with their packages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from inspector import app
from inspector.cli.main import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                                reason="the X11 plugin's libraries are checked on Linux, with ldd")


@pytest.fixture
def plugin_needing_a_library_nobody_has(tmp_path):
    """A copy of Qt's xcb plugin whose libxcb-icccm.so.4 is renamed libxcb-icccm.so.9 (same length)."""
    real = app.xcb_plugin()
    if real is None:
        pytest.skip("PySide6 without its xcb plugin")
    qt = real.parents[2]
    copy = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    copy.parent.mkdir(parents=True)
    (tmp_path / "Qt" / "lib").symlink_to(qt / "lib")
    data = real.read_bytes()
    assert b"libxcb-icccm.so.4\0" in data
    copy.write_bytes(data.replace(b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.9\0"))
    return copy


def test_the_missing_library_is_found_whatever_else_is_installed(plugin_needing_a_library_nobody_has, monkeypatch):
    monkeypatch.setattr(app, "xcb_plugin", lambda: plugin_needing_a_library_nobody_has)
    assert "libxcb-icccm.so.9" in app.missing_libraries({"QT_QPA_PLATFORM": "xcb"})
    assert app.missing_libraries({"QT_QPA_PLATFORM": "offscreen"}) == []
    assert app.missing_libraries({"WAYLAND_DISPLAY": "wayland-0"}) == []


def test_the_app_names_them_and_exits_instead_of_letting_qt_abort(plugin_needing_a_library_nobody_has,
                                                                  monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(app, "xcb_plugin", lambda: plugin_needing_a_library_nobody_has)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert main(["--db", str(tmp_path / "bcp.db")]) == 1
    err = capsys.readouterr().err
    assert "libxcb-icccm.so.9" in err and "sudo apt install" in err and "Traceback" not in err
    assert not (tmp_path / "bcp.db").exists()  # nothing was opened


def test_on_this_machine_the_message_names_the_packages_ldd_finds_missing(tmp_path):
    """The real plugin, the real command: each library ldd cannot find is named with its package."""
    plugin = app.xcb_plugin()
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    missing = set(re.findall(r"^\s*(\S+)\s+=>\s+not found", out, re.MULTILINE))
    if not missing:
        pytest.skip("every library of the xcb plugin is installed here")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    result = subprocess.run([sys.executable, "-m", "inspector.cli.main", "--db", str(tmp_path / "bcp.db")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    for name in missing:
        assert name in result.stderr and app.XCB_PACKAGES.get(name, name) in result.stderr
