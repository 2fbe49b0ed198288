"""BCP Inspector's performance, measured against the bare libraries in one run.

    python benchmarks/run.py [--records 100000] [--repeat 5] [--data benchmarks/.data]

Prints one table: each figure, the bare-library baseline measured in the same
run, their ratio, and the target from SPEC §10. Data (a 100,000-record demo
database …) is generated once into --data and reused.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Row:
    name: str
    ours: float
    bare: float | None
    unit: str
    target: str
    met: bool

    def cells(self) -> list[str]:
        ratio = f"{self.ours / self.bare:.2f}×" if self.bare else "—"
        bare = f"{self.bare:.1f} {self.unit}" if self.bare is not None else "—"
        return [self.name, f"{self.ours:.1f} {self.unit}", bare, ratio, self.target, "yes" if self.met else "NO"]


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# -- data ------------------------------------------------------------------------------

def demo_database(folder: Path, records: int) -> Path:
    path = folder / f"demo-{records}.db"
    if not path.exists():
        print(f"generating {records} demo records into {path} (once) …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "inspector.cli.main", "--db", str(path), "demo",
                        "--inspections", str(records), "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
    return path


# -- measurements ----------------------------------------------------------------------

def startup(db_path: Path, repeat: int) -> Row:
    script = Path(__file__).with_name("startup.py")

    def run(*args: str) -> None:
        subprocess.run([sys.executable, str(script), *args], check=True, capture_output=True)

    run("app", str(db_path))  # warm the file cache once
    ours = median_ms(lambda: run("app", str(db_path)), repeat)
    bare = median_ms(lambda: run("bare"), repeat)
    return Row("start-up to the main window", ours, bare, "ms", "≤ 2× bare", ours <= 2 * bare)


def inspection_list(db_path: Path, repeat: int) -> list[Row]:
    """The list page on the real widgets (query, model, painting) against sqlite3
    running the very same SQL, compiled from the service's query."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services import queries
    from inspector.store.database import Database
    from inspector.ui.application import create_application
    from inspector.ui.context import AppContext
    from inspector.ui.pages.inspections import InspectionsPage

    app = create_application()
    ctx = AppContext(Database(db_path), ChecklistRegistry())
    page = InspectionsPage(ctx)
    page.resize(1200, 700)
    page.show()

    def show(search: str) -> None:
        page.search.setText(search)
        page.apply()
        app.processEvents()

    show("")
    plates = [row.tractor_plate for row in page.model.rows[::37]][:repeat]
    ours_first = median_ms(lambda: show(""), repeat)
    searches = list(plates)
    ours_search = median_ms(lambda: show(searches.pop(0)), repeat)

    def sql(flt: queries.InspectionFilter) -> str:
        statement = queries.page_statement(flt, 0, 200)
        return str(statement.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))

    connection = sqlite3.connect(db_path)
    first_sql = sql(queries.InspectionFilter())
    bare_first = median_ms(lambda: connection.execute(first_sql).fetchall(), repeat)
    search_sqls = [sql(queries.InspectionFilter(search=plate)) for plate in plates]
    bare_search = median_ms(lambda: connection.execute(search_sqls.pop(0)).fetchall(), repeat)
    connection.close()
    count = ctx.read(queries.count, queries.InspectionFilter())
    ctx.db.dispose()
    return [Row(f"list of {count:,} records: first screen", ours_first, bare_first, "ms", "≤ 100 ms",
                ours_first <= 100),
            Row(f"list of {count:,} records: plate search", ours_search, bare_search, "ms", "≤ 100 ms",
                ours_search <= 100)]


def autosave(folder: Path, repeat: int) -> Row:
    """One answer with its audit entry, through the services, committed; and
    sqlite3 writing the same rows (answer, audit entry, record timestamp)."""
    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services import auth, inspections, sections
    from inspector.store.database import SQLITE_PRAGMAS, Database
    from tests.core.conftest import PASSWORD, consignment

    path = folder / "autosave.db"
    path.unlink(missing_ok=True)
    db = Database(path)
    with db.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="A", role="admin", agency=None,
                                 password=PASSWORD)
        vet = auth.create_user(s, admin, username="vet", full_name="V", role="officer", agency="veterinary",
                               password=PASSWORD)
        reference = inspections.create(s, vet, consignment(), ChecklistRegistry()).reference
    values = iter(["yes", "no"] * 10_000)

    def ours() -> None:
        with db.session() as s:
            sections.record_answer(s, vet, inspections.get(s, reference), "veterinary",
                                   "vet_certificate_present", next(values))

    ours()
    ours_ms = median_ms(ours, repeat * 20)
    db.dispose()
    bare_path = folder / "autosave-bare.db"
    bare_path.unlink(missing_ok=True)
    connection = sqlite3.connect(bare_path, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    connection.executescript(
        "CREATE TABLE answers (id INTEGER PRIMARY KEY, section_id INT, item_id TEXT, value TEXT, note TEXT,"
        " answered_at TEXT, UNIQUE (section_id, item_id));"
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT, action TEXT, uuid TEXT, old TEXT, new TEXT,"
        " prev TEXT, hash TEXT); CREATE INDEX ix_audit_uuid ON audit (uuid);"
        "CREATE TABLE records (id INTEGER PRIMARY KEY, updated_at TEXT); INSERT INTO records VALUES (1, '');")

    def bare() -> None:
        value = next(values)
        connection.execute("BEGIN")
        connection.execute("INSERT INTO answers (section_id, item_id, value, answered_at) VALUES (1, 'q', ?, 'now')"
                           " ON CONFLICT (section_id, item_id) DO UPDATE SET value = excluded.value", (value,))
        connection.execute("INSERT INTO audit (at, action, uuid, old, new, prev, hash) VALUES "
                           "('now', 'answer', 'u', '{}', ?, 'p', 'h')", (value,))
        connection.execute("UPDATE records SET updated_at = 'now' WHERE id = 1")
        connection.execute("COMMIT")

    bare_ms = median_ms(bare, repeat * 20)
    connection.close()
    return Row("autosave of one answer (+ audit entry)", ours_ms, bare_ms, "ms", "≤ 3× bare", ours_ms <= 3 * bare_ms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data", default=str(Path(__file__).with_name(".data")))
    parser.add_argument("--pg", help="a PostgreSQL server for the dashboard rows (default: INSPECTOR_TEST_PG_URL)")
    parser.add_argument("--only", default="startup,list,autosave,click,report,exchange,dashboard",
                        help="comma-separated rows to measure (default: all)")
    args = parser.parse_args(argv)
    folder = Path(args.data)
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only.split(","))
    big = demo_database(folder, args.records) if wanted & {"startup", "list", "dashboard"} else None
    rows: list[Row] = []
    if "startup" in wanted:
        rows.append(startup(big, args.repeat))
    if "list" in wanted:
        rows += inspection_list(big, args.repeat)
    if "autosave" in wanted:
        rows.append(autosave(folder, args.repeat))
    if "click" in wanted:
        from benchmarks.click import click_rows

        rows += click_rows(folder, args.repeat)
    if "report" in wanted:
        from benchmarks.report import report_rows

        rows += report_rows(folder, args.repeat)
    if "exchange" in wanted:
        from benchmarks.exchange import exchange_rows

        rows += exchange_rows(folder, big)
    if "dashboard" in wanted:
        from benchmarks.trs import rows as dashboard_rows

        rows += dashboard_rows(folder, big, args.repeat, args.pg)
    headers = ["measure", "BCP Inspector", "bare library", "ratio", "target (SPEC §10)", "met"]
    table = [headers] + [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
    for n, line in enumerate(table):
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
