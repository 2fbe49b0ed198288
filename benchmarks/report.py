"""Report rows of the benchmark table (run by benchmarks/run.py).

- one 4-agency record (about 100 answered items, six 2400×1800 photos) built
  in-process, against bare ReportLab building the same story;
- the whole ``inspector report`` process, against that in-process time;
- a batch of 100 reports in one ``inspector report`` process, against 100
  times the in-process report.

Nothing else runs in the timed code (no tracemalloc, no profiler).
"""

from __future__ import annotations

import io
import random
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
    with db.read_session() as s:
        data = load(s, inspections.get(s, reference))
    stories = [consolidated_story(Context(data, Texts(LANG), True)) for _ in range(repeat)]
    bare_ms = median_ms(lambda: SimpleDocTemplate(io.BytesIO()).build(stories.pop()), repeat)
    db.dispose()
    items = sum(len(a["answers"]) for a in data.document["agencies"])
    photos = len(data.document["attachments"])

    def process() -> None:
        subprocess.run(_command(path, reference, "-o", str(out / "process.pdf")), check=True,
                       capture_output=True)

    process()  # the file cache warm, as for the in-process figure
    process_ms = median_ms(process, repeat)

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
        Row("  the same as a whole `inspector report` process", process_ms, ours_ms, "ms",
            "≤ 2× in-process", process_ms <= 2 * ours_ms),
        Row(f"  a batch of {BATCH} in one process", batch_ms / 1000, BATCH * ours_ms / 1000, "s",
            f"≤ 1.2× {BATCH} × in-process", batch_ms <= 1.2 * BATCH * ours_ms),
    ]
