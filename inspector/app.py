"""Starting the desktop application from the command line.

Kept free of Qt imports at module level so the CLI starts fast and the core
stays importable without PySide6 installed.
"""

from __future__ import annotations

import sys

from inspector.domain.i18n import tr


def run_app(db: str | None, lang: str | None) -> int:
    try:
        from inspector.ui.application import main as ui_main
    except ImportError as exc:
        sys.stderr.write(tr("app.unavailable", reason=str(exc)) + "\n")
        return 1
    return ui_main(db, lang)
