"""Compile resources/i18n/*.ts into .qm files with the lrelease shipped by PySide6.

    python scripts/compile_translations.py OUTPUT_DIR

Used by the standalone build (build.spec); a source checkout compiles them on
first use instead (inspector/ui/i18n.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else ROOT / "build" / "i18n")
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(PySide6.__file__).parent
    tool = next((folder / n for n in ("lrelease.exe", "lrelease") if (folder / n).exists()), None)
    if tool is None:
        print("lrelease not found next to PySide6", file=sys.stderr)
        return 1
    for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        target = out / source.with_suffix(".qm").name
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
