"""Export and import rows of the benchmark table (run by benchmarks/run.py).

Each run happens in a child process so its peak memory (tracemalloc) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

CHILD = r"""
import json, sys, time, tracemalloc
from pathlib import Path
from inspector.exchange.keys import Keystore
from inspector.store.database import Database
mode, db_path, bundle, keys = sys.argv[1:5]
db = Database(db_path)
keystore = Keystore(Path(keys))
actor = None
if mode == "import":  # an import needs a logged-in administrator (made before the timed run)
    from inspector.services import auth
    with db.session() as session:
        auth.create_user(session, None, username="bench.admin", full_name="Benchmark", role="admin",
                         agency=None, password="benchmark password 1")
    actor = auth.login(db, "bench.admin", "benchmark password 1")
tracemalloc.start()
started = time.perf_counter()
if mode == "export":
    from inspector.exchange.export import export_bundle
    summary = export_bundle(db, Path(bundle), keystore=keystore)
    count = summary.records
else:
    from inspector.exchange.importer import import_bundle
    summary = import_bundle(db, Path(bundle), actor=actor, keystore=keystore)
    count = summary.merge.inserted
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "peak_mb": tracemalloc.get_traced_memory()[1] / 2**20, "count": count}))
"""


def _child(*args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, *args], check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _bare_zip(bundle: Path, target: Path) -> float:
    """zipfile alone: the same members read and written again (no records, no signature)."""
    started = time.perf_counter()
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
    return time.perf_counter() - started


def _bare_read(bundle: Path) -> float:
    """zipfile + json alone: every member read and every document parsed."""
    started = time.perf_counter()
    with zipfile.ZipFile(bundle) as source:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith(".json"):
                json.loads(data)
    return time.perf_counter() - started


def exchange_rows(folder: Path, _big: Path) -> list:
    from benchmarks.run import Row, demo_database

    rows = []
    keys = folder / "keys"
    for records in (1_000, 10_000):
        source = demo_database(folder, records)
        bundle = folder / f"bundle-{records}.zip"
        bundle.unlink(missing_ok=True)
        exported = _child("export", str(source), str(bundle), str(keys))
        target = folder / f"import-{records}.db"
        target.unlink(missing_ok=True)
        for sidecar in ("-wal", "-shm"):
            Path(str(target) + sidecar).unlink(missing_ok=True)
        imported = _child("import", str(target), str(bundle), str(keys))
        bare_export = _bare_zip(bundle, folder / "bare.zip")
        bare_import = _bare_read(bundle)
        rows.append(Row(f"export {records:,} records (peak heap {exported['peak_mb']:.0f} MB)",
                        exported["seconds"] * 1000, bare_export * 1000, "ms", "bounded memory",
                        exported["peak_mb"] < 64))
        rows.append(Row(f"import {records:,} records (peak heap {imported['peak_mb']:.0f} MB)",
                        imported["seconds"] * 1000, bare_import * 1000, "ms", "bounded memory",
                        imported["peak_mb"] < 128))
    return rows
