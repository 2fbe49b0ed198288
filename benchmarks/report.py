"""Report rows of the benchmark table (run by benchmarks/run.py).

- one 4-agency record (about 100 answered items, six 2400×1800 photos) built
  in-process, against bare ReportLab building the same story;
- the whole ``inspector report`` process, against that in-process time;
- a batch of 100 reports in one ``inspector report`` process, against 100
  times the in-process report.

Both process rows are given in wall time and in CPU time: on a shared machine
the CPU time is the steadier figure. ``python -m benchmarks.report`` prints
where a whole process's fixed cost goes (docs/reports.md#speed).

Nothing else runs in the timed code (no tracemalloc, no profiler).
"""

from __future__ import annotations

import io
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.run import Row, median_ms

BATCH = 100
LANG = "tk+ru"


def report_database(folder: Path) -> tuple[Path, str]:
    """A finalized 4-agency record, ~100 answered items, 6 photos."""
    from PIL import Image, ImageDraw

    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services import attachments, auth, inspections, workflow
    from inspector.store.database import Database
    from tests.core import helpers
    from tests.core.conftest import PASSWORD, People, consignment

    path = folder / "report.db"
    reference = "FRB-2026-000001"
    if path.exists():
        return path, reference
    db = Database(path)
    with db.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="Admin Adminow", role="admin",
                                 agency=None, password=PASSWORD)
        add = lambda u, n, a, r="officer": auth.create_user(  # noqa: E731
            s, admin, username=u, full_name=n, role=r, agency=a, password=PASSWORD, badge_number=f"B-{u}")
        people = People(admin, add("aman", "Aman Amanow", "customs"), add("serdar", "Serdar Rejepow", "customs"),
                        add("merdan", "Merdan Gylyjow", "veterinary"), add("ayna", "Aýna Gurbanowa", "phytosanitary"),
                        add("dowran", "Döwran Hallyýew", "sanitary_epidemiological"),
                        add("chief", "Batyr Orazow", None, "supervisor"))
    data = consignment(cargo=[
        {"description": "Говядина замороженная", "hs_code": "0202300000", "packages": 1000,
         "gross_mass_kg": 20500, "origin_country": "BR"},
        {"description": "Täze pomidorlar", "hs_code": "0702000000", "packages": 500, "gross_mass_kg": 5000,
         "origin_country": "TR"},
        {"description": "Alkogolsyz içgiler", "hs_code": "2202100000", "packages": 300, "gross_mass_kg": 3000,
         "origin_country": "IR"}])
    with db.session() as s:
        inspections.create(s, people.customs, data, ChecklistRegistry())
    officers = {"customs": people.customs, "veterinary": people.vet, "phytosanitary": people.phyto,
                "sanitary_epidemiological": people.sanepid}
    for agency, officer in officers.items():
        helpers.answer_section(db, officer, reference, agency, seed=3)
    rng = random.Random(1)
    for n in range(6):
        image = Image.new("RGB", (2400, 1800), (rng.randint(0, 255), 120, 90))
        draw = ImageDraw.Draw(image)
        for _ in range(300):
            x, y = rng.randint(0, 2400), rng.randint(0, 1800)
            draw.rectangle([x, y, x + rng.randint(10, 300), y + rng.randint(10, 300)], fill=(rng.randint(0, 255),) * 3)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=88)
        agency = list(officers)[n % 4]
        with db.session() as s:
            attachments.add(s, officers[agency], inspections.get(s, reference), buffer.getvalue(), f"IMG_{n}.jpg",
                            caption=f"Photo {n}", agency=agency)
    for agency, officer in officers.items():
        helpers.sign_section(db, officer, reference, agency)
    with db.session() as s:
        record = inspections.get(s, reference)
        workflow.confirm_decision(s, people.customs, record)
        workflow.finalize(s, people.customs, record, confirmation=helpers.confirmed(s, people.customs))
    db.dispose()
    return path, reference


def _command(db_path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "inspector.cli.main", "--db", str(db_path), "report", *args,
            "--lang", LANG, "--appendix", "--force"]


def report_rows(folder: Path, repeat: int) -> list[Row]:
    from reportlab.platypus import SimpleDocTemplate

    from inspector.reports import build_consolidated, load
    from inspector.reports.consolidated import consolidated_story
    from inspector.reports.context import Context
    from inspector.reports.output import write_pdf
    from inspector.reports.texts import Texts
    from inspector.services import inspections
    from inspector.store.database import Database

    path, reference = report_database(folder)
    db = Database(path)
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))

    def ours() -> None:
        with db.read_session() as s:
            data = load(s, inspections.get(s, reference))
        write_pdf(out / "one.pdf", build_consolidated(data, LANG, appendix=True).data)

    ours()  # fonts registered and photos reduced once per process, as in the app and a batch
    ours_ms = median_ms(ours, repeat)
    ours_cpu_ms = statistics.median(_cpu_ms(ours) for _ in range(repeat))
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    stories = [consolidated_story(Context(data, Texts(LANG), True)) for _ in range(2 * repeat)]
    bare_ms = median_ms(lambda: SimpleDocTemplate(io.BytesIO()).build(stories.pop()), repeat)
    bare_cpu_ms = statistics.median(_cpu_ms(lambda: SimpleDocTemplate(io.BytesIO()).build(stories.pop()))
                                    for _ in range(repeat))
    db.dispose()
    items = sum(len(a["answers"]) for a in data.document["agencies"])
    photos = len(data.document["attachments"])

    def process() -> None:
        subprocess.run(_command(path, reference, "-o", str(out / "process.pdf")), check=True,
                       capture_output=True)

    process()  # the file cache warm, as for the in-process figure
    process_ms = median_ms(process, repeat)
    process_cpu_ms = statistics.median(_child_cpu_ms(process) for _ in range(repeat))

    batch_out = out / "batch"
    batch_out.mkdir()
    started = time.perf_counter()
    subprocess.run(_command(path, *[reference] * BATCH, "-o", str(batch_out)), check=True, capture_output=True)
    batch_ms = (time.perf_counter() - started) * 1000
    for file in out.rglob("*.pdf"):
        file.unlink()
    return [
        Row(f"4-agency report, {items} items, {photos} photos (in-process)", ours_ms, bare_ms, "ms",
            "≤ 1.3× bare ReportLab", ours_ms <= 1.3 * bare_ms),
        Row("  the same in CPU time", ours_cpu_ms, bare_cpu_ms, "ms", "≤ 1.3× bare ReportLab",
            ours_cpu_ms <= 1.3 * bare_cpu_ms),
        Row("  the same as a whole `inspector report` process", process_ms, ours_ms, "ms",
            "≤ 2× in-process", process_ms <= 2 * ours_ms),
        Row("  the whole process in CPU time", process_cpu_ms, ours_cpu_ms, "ms",
            "≤ 2× in-process", process_cpu_ms <= 2 * ours_cpu_ms),
        Row(f"  a batch of {BATCH} in one process", batch_ms / 1000, BATCH * ours_ms / 1000, "s",
            f"≤ 1.2× {BATCH} × in-process", batch_ms <= 1.2 * BATCH * ours_ms),
    ]


def _cpu_ms(action) -> float:
    started = time.process_time()
    action()
    return (time.process_time() - started) * 1000


def _child_cpu_ms(action) -> float:
    """CPU time (user + system) of the child processes ``action`` ran."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    action()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


# -- where a whole process's fixed cost goes ---------------------------------------------------

# A child process imports in the order `inspector report` does, noting its CPU clock after each
# group, then runs the command's own handler with its steps timed. The groups are imported
# without garbage collection, as the command does.
BREAKDOWN_CHILD = r"""
import contextlib, gc, io, json, sys, time
marks = [("interpreter start, site", time.process_time())]
def mark(name):
    marks.append((name, time.process_time()))
import inspector.cli.main, inspector.cli.report, inspector.cli.commands
mark("our command line (cli.main, cli.report, cli.commands; i18n, logs)")
gc.disable()
import sqlalchemy.orm
mark("SQLAlchemy ORM")
import sqlalchemy.dialects.sqlite, sqlcipher3.dbapi2
mark("SQLAlchemy SQLite dialect, SQLCipher")
import reportlab.platypus
mark("ReportLab platypus")
import reportlab.graphics.barcode.qr, reportlab.pdfbase.ttfonts, PIL.Image, PIL.JpegImagePlugin, PIL.PngImagePlugin
mark("ReportLab QR, Pillow")
import cryptography.hazmat.primitives.asymmetric.ed25519, babel.dates, babel.numbers, argon2
mark("cryptography, Babel, argon2")
import inspector.store.models
mark("our ORM models (declarative classes)")
import inspector.store.database, inspector.services.output
mark("our store (opening and checking a file, backups, SQLCipher keys)")
sqlalchemy.orm.configure_mappers()
mark("SQLAlchemy mapper configuration")
import inspector.reports.batch
mark("our services and report modules")
gc.freeze()  # as the command does once it has imported these
gc.enable()
steps = {}
def timed(module, name, label):
    original = getattr(module, name)
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            steps[label] = steps.get(label, 0.0) + time.process_time() - started
    setattr(module, name, wrapper)
from inspector.reports import batch, fonts, images
from inspector.services import inspections
timed(inspector.cli.commands, "open_database", "open and check the database")
timed(inspections, "get", "read the record")
timed(batch, "load", "read the record")
timed(fonts, "register", "fonts")
timed(images, "prepared", "photos")
timed(batch, "build_consolidated", "build the PDF")
with contextlib.redirect_stdout(io.StringIO()):
    inspector.cli.main.main(sys.argv[1:])
mark("the command")
first = dict(steps)
steps.clear()
with contextlib.redirect_stdout(io.StringIO()):
    inspector.cli.main.main(sys.argv[1:])
print(json.dumps({"marks": marks, "first": first, "again": steps}))
"""


def fixed_cost(folder: Path, repeat: int = 5) -> list[tuple[str, float]]:
    """(step, CPU ms) of a whole ``inspector report`` process, median of ``repeat`` runs.

    The command runs twice in the child: the second run costs what a report
    costs once everything is imported, registered, reduced and compiled.
    """
    path, reference = report_database(folder)
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))
    argv = _command(path, reference, "-o", str(out / "fixed.pdf"))[3:]
    runs = []
    for _ in range(repeat + 1):
        done = subprocess.run([sys.executable, "-c", BREAKDOWN_CHILD, *argv], capture_output=True, text=True,
                              check=True, cwd=Path(__file__).resolve().parents[1])
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    runs = runs[1:]  # the first wrote the bytecode caches
    rows = []
    names = [name for name, _ in runs[0]["marks"]]
    for n, name in enumerate(names):
        ms = statistics.median(1000 * (r["marks"][n][1] - (r["marks"][n - 1][1] if n else 0)) for r in runs)
        if name != "the command":
            rows.append((name, ms))
            continue
        first = {k: statistics.median(1000 * r["first"][k] for r in runs) for k in runs[0]["first"]}
        again = {k: statistics.median(1000 * r["again"].get(k, 0.0) for r in runs) for k in runs[0]["first"]}
        build = first["build the PDF"] - first["fonts"] - first["photos"]
        rows += [("open and check the database", first["open and check the database"]),
                 ("the first report's one-time costs: SQL compiled, locale data, catalogues …",
                  first["read the record"] - again["read the record"] + build - again["build the PDF"]),
                 ("fonts (two TrueType faces read)", first["fonts"]),
                 ("photos reduced (6 × 2400 × 1800 JPEG)", first["photos"]),
                 ("the report itself (read and build, as a second report in the process costs)",
                  again["read the record"] + again["build the PDF"])]
        rows.append(("rest of the command (output checks, writing, closing)", ms - sum(v for _, v in rows[-5:])))
    return rows


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Where the CPU time of a whole `inspector report` goes.")
    parser.add_argument("--data", default=str(Path(__file__).with_name(".data")))
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    folder = Path(options.data)
    folder.mkdir(parents=True, exist_ok=True)
    table = fixed_cost(folder, options.repeat)
    total = sum(ms for _, ms in table)
    print("| step | CPU ms | share |\n|---|---|---|")
    for name, ms in table:
        print(f"| {name} | {ms:.0f} | {100 * ms / total:.0f} % |")
    print(f"| **whole process** | **{total:.0f}** | |")
