"""Export streams: its peak memory does not grow with the number of records (SPEC §10).

Records, documents and files are written and dropped a batch at a time; the
zip's central-directory entries and the manifest's member lines are spooled to
temporary files, and the manifest is streamed into the bundle while it is
hashed for the signature. Three times the records cost no more memory.
"""

from __future__ import annotations

import gc
import tracemalloc

import pytest

from inspector.exchange.export import export_bundle
from inspector.exchange.importer import import_bundle
from inspector.exchange.keys import Keystore
from inspector.store.database import Database

from tests.exchange.helpers import clone_bundle, importer


def peak_of_export(db: Database, target, keystore: Keystore) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        export_bundle(db, target, keystore=keystore, batch=20)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_export_memory_does_not_grow_with_the_number_of_records(demo_bundle, bcp_keys, tmp_path):
    peaks = {}
    for copies in (1, 3):
        source = tmp_path / f"clones-{copies}.zip"
        cases = clone_bundle(demo_bundle, source, copies, bcp_keys)
        db = Database(tmp_path / f"db-{copies}.db")
        try:
            import_bundle(db, source, actor=importer(db), keystore=bcp_keys)
            peak_of_export(db, tmp_path / "warm-up.zip", bcp_keys)  # caches, compiled queries
            peaks[cases] = peak_of_export(db, tmp_path / f"out-{copies}.zip", bcp_keys)
        finally:
            db.dispose()
    (small, small_peak), (large, large_peak) = sorted(peaks.items())
    assert large == 3 * small
    # A batch's worth of rows and documents, whatever the count: per extra record well under the
    # ~0.5 KB a zip entry and a manifest line kept in memory would cost (a record itself ~200 KB).
    assert large_peak < 1.1 * small_peak + (large - small) * 128, peaks
