"""The dependency direction of SPEC §2, and a core free of Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "inspector"

# Each layer may import only the layers listed for it (and itself).
ALLOWED = {
    "domain": set(),
    "checklists": {"domain"},
    "store": {"domain", "checklists"},
    "services": {"domain", "checklists", "store"},
    "demo": {"domain", "checklists", "store", "services"},
    "reports": {"domain", "checklists", "store", "services"},
    "exchange": {"domain", "checklists", "store", "services"},
    "cli": {"domain", "checklists", "store", "services", "reports", "exchange", "demo", "app"},
    "ui": {"domain", "checklists", "store", "services", "reports", "exchange", "demo"},
}
TOP_LEVEL = {"paths", "logs", "app", "smoke", "__init__", "__main__"}


def _layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_layers_import_only_what_stands_to_their_left():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        for module in _imports(path):
            parts = module.split(".")
            if parts[0] != "inspector" or len(parts) < 2:
                continue
            target = parts[1]
            if target == layer or target in TOP_LEVEL - {"app"} or target in ALLOWED.get(layer, set()):
                continue
            if layer in TOP_LEVEL:
                continue
            wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not wrong, wrong


def test_the_core_never_imports_pyside6():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if _layer(p) != "ui" and any(m.split(".")[0] == "PySide6" for m in _imports(p))]
    assert not offenders
    code = ("import sys, pkgutil, importlib, inspector\n"
            "for m in pkgutil.walk_packages(inspector.__path__, 'inspector.'):\n"
            "    if not m.name.startswith('inspector.ui'): importlib.import_module(m.name)\n"
            "from inspector.cli.main import main\n"
            "main(['checklists', 'list'])\n"
            "assert 'PySide6' not in sys.modules, 'PySide6 was imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
