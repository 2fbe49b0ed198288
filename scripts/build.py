"""Build the standalone one-folder bundle and smoke-test it.

    python scripts/build.py

Needs PyInstaller (``pip install -e ".[build]"``). The bundle is
``dist/bcp-inspector/``; its executable is run with ``--smoke-test``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_size(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_translations.py"),
                    str(ROOT / "build" / "i18n")], check=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "catalogues.py"), "compile"], check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    str(ROOT / "build.spec")], check=True, cwd=ROOT)
    bundle = ROOT / "dist" / "bcp-inspector"
    executable = bundle / ("bcp-inspector.exe" if os.name == "nt" else "bcp-inspector")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run([str(executable), "--smoke-test"], env=env)
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB)")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
