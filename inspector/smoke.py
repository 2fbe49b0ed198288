"""``inspector --smoke-test``: prove an installation (or a frozen build) works.

Creates a temporary database, runs the migrations, loads every checklist,
records a demo inspection, builds the report in every language mode and opens
the main window offscreen. Exits 0, or 1 naming the step that failed.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def _steps(folder: Path) -> list[tuple[str, Callable[[dict], object]]]:
    def database(state: dict) -> str:
        from sqlalchemy import text

        from inspector.store import keyfile
        from inspector.store.database import Database
        from inspector.store.migrate import current_revision, head_revision

        # Encrypted, as every new database is (issue 15): the build carries SQLCipher.
        state["db"] = Database(folder / "smoke.db", key=keyfile.new_database_key())
        assert current_revision(state["db"]) == head_revision()
        with state["db"].engine.connect() as connection:
            version = connection.execute(text("PRAGMA cipher_version")).scalar()
        if not version:
            raise RuntimeError("the database is not encrypted: SQLCipher is missing")
        return f"{head_revision()}, SQLCipher {version}"

    def checklists(state: dict) -> str:
        from inspector.checklists.registry import ChecklistRegistry

        state["registry"] = registry = ChecklistRegistry()
        if registry.failed or len({d.agency for d in registry.all()}) != 4:
            raise RuntimeError(f"checklists not loaded: {[r.filename for r in registry.failed]}")
        return f"{len(registry.all())} definitions"

    def inspection(state: dict) -> str:
        from inspector.demo.generator import generate

        generate(state["db"], state["registry"], inspections=8, seed=1)
        return "8 records"

    def report(state: dict) -> str:
        from inspector import reports
        from inspector.services import inspections, queries

        with state["db"].read_session() as session:
            rows = queries.page(session, queries.InspectionFilter(), 0, 1)
            data = reports.load(session, inspections.get(session, rows[0].reference))
        pages = []
        for mode in reports.MODES:
            pdf = reports.build_consolidated(data, mode, appendix=True)
            if not pdf.data.startswith(b"%PDF"):
                raise RuntimeError(f"report in {mode} is not a PDF")
            pages.append(f"{mode}:{pdf.pages}")
        return ", ".join(pages)

    def window(state: dict) -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from inspector.services import auth
        from inspector.ui.application import create_application
        from inspector.ui.context import AppContext
        from inspector.ui.main_window import MainWindow

        app = create_application()
        ctx = AppContext(state["db"], state["registry"])
        with state["db"].read_session() as session:
            ctx.user = next(u for u in auth.list_users(session) if u.role == "officer")
        main = MainWindow(ctx)
        main.show()
        main.inspections.refresh()
        app.processEvents()
        rows = main.inspections.model.rowCount()
        main.close()
        if rows == 0:
            raise RuntimeError("the inspection list is empty")
        return f"{rows} rows listed"

    def dashboard(state: dict) -> str:
        from datetime import date, timedelta

        from inspector.reports.trs_charts import ALL
        from inspector.services import trs
        from inspector.ui.chart_view import renders

        today = date.today()
        with state["db"].read_session() as session:
            figures = trs.figures(session, trs.TrsFilter.days(today - timedelta(days=3000), today))
        for name, chart in ALL.items():
            if not renders(chart(figures, "tk")):
                raise RuntimeError(f"the {name} chart does not render")
        return f"{len(ALL)} charts, {figures.totals.inspections} record(s)"

    def postgresql(state: dict) -> str:
        """Head office's sync needs psycopg and its libpq: the standalone build must carry them."""
        import importlib.util

        if importlib.util.find_spec("psycopg") is None and not getattr(sys, "frozen", False):
            return "psycopg not installed (head office only: pip install .[postgresql])"
        import psycopg
        from sqlalchemy import create_engine

        create_engine("postgresql+psycopg://smoke@127.0.0.1/smoke").dispose()  # the dialect loads; no connection
        return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {psycopg.pq.version()}"

    return [("database and migrations", database), ("checklists", checklists),
            ("demo inspection", inspection), ("reports in every language", report),
            ("main window", window), ("dashboard charts", dashboard), ("PostgreSQL driver", postgresql)]


def run() -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="inspector-smoke-") as folder:
        state: dict = {}
        for name, step in _steps(Path(folder)):
            try:
                detail = step(state)
            except Exception as exc:  # the point is to name what broke
                log.error("smoke test failed at %s", name, exc_info=True)
                sys.stderr.write(f"smoke test FAILED at: {name}: {exc}\n")
                sys.stderr.write("".join(traceback.format_exception_only(type(exc), exc)))
                return 1
            print(f"ok  {name}: {detail}")
        if "db" in state:
            state["db"].dispose()
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    return 0
