"""Render the main screens offscreen into docs/screenshots/ (1366×768).

    python scripts/screenshots.py [--lang tk ru] [--out docs/screenshots]

Builds a throwaway demo database, logs in as demo officers and a supervisor,
and saves one PNG per screen and language.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from inspector.checklists.registry import ChecklistRegistry  # noqa: E402
from inspector.demo.generator import generate  # noqa: E402
from inspector.services import auth, inspections, queries  # noqa: E402
from inspector.store.database import Database  # noqa: E402
from inspector.ui import i18n  # noqa: E402
from inspector.ui.application import create_application  # noqa: E402
from inspector.ui.context import AppContext  # noqa: E402
from inspector.ui.dialogs.login import LoginDialog  # noqa: E402
from inspector.ui.main_window import MainWindow  # noqa: E402

SIZE = (1366, 768)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def shoot(widget, path: Path, app: QApplication) -> None:
    widget.resize(*SIZE)
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def pick(ctx: AppContext, status: str, agency: str | None = None) -> str:
    rows = ctx.read(queries.page, queries.InspectionFilter(statuses=(queries.Status(status),)), 0, 200)
    for row in rows:
        if agency is None or agency in row.agencies:
            return row.reference
    return rows[0].reference


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["tk", "ru"])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "demo.db")
        summary = generate(db, ChecklistRegistry(), inspections=120, seed=7)
        with db.session() as s:
            admin = auth.find_user(s, "admin")
            inspections.set_workstation_bcp(s, admin, "FRB")
        ctx = AppContext(db, ChecklistRegistry())
        for lang in args.lang:
            i18n.install(lang)
            login = LoginDialog(ctx, LoginDialog.LOGIN, "mgylyjow")
            login.password.setText("••••••••")
            login.adjustSize()
            login.show()
            settle(app)
            login.grab().save(str(out / f"login-{lang}.png"))
            login.close()

            ctx.set_user(auth.login(db, "jkakayewa", summary.password) if auth_exists(ctx, "jkakayewa")
                         else auth.login(db, first_vet(ctx), summary.password))
            window = MainWindow(ctx)
            window.inspections.refresh()
            shoot(window, out / f"inspections-{lang}.png", app)
            reference = pick(ctx, "in_progress", "veterinary")
            editor = window.open_record(reference)
            shoot(editor, out / f"consignment-{lang}.png", app)
            vet_tab = editor.agency_tabs.get("veterinary") or next(iter(editor.agency_tabs.values()))
            editor.tabs.setCurrentWidget(vet_tab)
            shoot(editor, out / f"checklist-{lang}.png", app)
            editor.close()
            finalized = pick(ctx, "approved")
            editor = window.open_record(finalized)
            editor.tabs.setCurrentWidget(editor.decision)
            shoot(editor, out / f"decision-{lang}.png", app)
            editor.close()

            ctx.set_user(auth.login(db, "bsaparow" if auth_exists(ctx, "bsaparow") else supervisor(ctx),
                                    summary.password))
            window.navigation.setCurrentRow(1)
            shoot(window, out / f"review-{lang}.png", app)
            window.close()
        db.dispose()
    return 0


def auth_exists(ctx: AppContext, username: str) -> bool:
    return ctx.read(auth.find_user, username) is not None


def first_vet(ctx: AppContext) -> str:
    return next(u.username for u in ctx.read(auth.list_users) if u.agency == "veterinary" and u.role == "officer")


def supervisor(ctx: AppContext) -> str:
    return next(u.username for u in ctx.read(auth.list_users) if u.role == "supervisor")


if __name__ == "__main__":
    sys.exit(main())
