"""Autosave on an encrypted database (SQLCipher) against the same autosave on a plain one (issue 15).

Both databases are made the same way (an admin, a veterinary officer, one
record) and opened the same way, through SQLCipher's SQLite — one with a key,
one without. One answer with its audit entry is recorded through the services
and committed (WAL, synchronous=FULL), as the app's autosave does; the two
alternate save by save, so both meet the same disk. Target: ≤ 1.3× (issue 15).
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path


def _site(path: Path, key: bytes | None):
    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services import auth, inspections
    from inspector.store.database import Database
    from tests.core.conftest import PASSWORD, consignment

    for suffix in ("", "-wal", "-shm", ".keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = Database(path, key=key)
    with db.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="A", role="admin", agency=None,
                                 password=PASSWORD)
        vet = auth.create_user(s, admin, username="vet", full_name="V", role="officer", agency="veterinary",
                               password=PASSWORD)
        reference = inspections.create(s, vet, consignment(), ChecklistRegistry()).reference
    return db, vet, reference


def autosave_ms(folder: Path, saves: int) -> tuple[float, float]:
    """(encrypted, plain) median milliseconds of one autosave."""
    from inspector.services import inspections, sections

    sites = {"encrypted": _site(folder / "autosave-encrypted.db", os.urandom(32)),
             "plain": _site(folder / "autosave-plain.db", None)}
    values = iter(["yes", "no"] * (saves + 100))
    times: dict[str, list[float]] = {name: [] for name in sites}

    def save(name: str) -> float:
        db, vet, reference = sites[name]
        started = time.perf_counter()
        with db.session() as s:
            sections.record_answer(s, vet, inspections.get(s, reference), "veterinary",
                                   "vet_certificate_present", next(values))
        return (time.perf_counter() - started) * 1000

    for _ in range(10):  # warm up: caches, prepared statements
        save("encrypted")
        save("plain")
    for n in range(saves):
        order = ("encrypted", "plain") if n % 2 else ("plain", "encrypted")
        for name in order:
            times[name].append(save(name))
    for db, _, _ in sites.values():
        db.dispose()
    return statistics.median(times["encrypted"]), statistics.median(times["plain"])


def encryption_rows(folder: Path, repeat: int) -> list:
    from benchmarks.run import Row

    encrypted, plain = autosave_ms(folder, max(40, repeat * 40))
    return [Row("autosave, encrypted database (vs the same, plain)", encrypted, plain, "ms", "≤ 1.3×",
                encrypted <= 1.3 * plain)]
