"""``inspector demo`` beyond its full records: clones written in bulk.

A small pool of records is made through the services (``full_records``) and
the rest are clones of them; everything must still pass ``inspector check``,
vary, number references per BCP and year in arrival order, and come out the
same for the same seed.
"""

from __future__ import annotations

import random
import sqlite3
from collections import defaultdict
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from inspector.demo import bulk
from inspector.demo.generator import ANCHOR, PATHS, _made_in_full, _plan, demo_key, generate
from inspector.domain.clock import local
from inspector.services import audit, auth, integrity, inspections
from inspector.services.documents import record_hash, to_document
from inspector.store.database import Database
from inspector.store.models import AuditEntry, JointInspection, Signature

COUNT, SEED, POOL = 150, 7, 20


def _generate(path, registry, seed=SEED, progress=None) -> Database:
    db = Database(path)
    generate(db, registry, inspections=COUNT, seed=seed, full_records=POOL, progress=progress)
    return db


@pytest.fixture(scope="module")
def bulk_db(tmp_path_factory, registry):
    calls: list[tuple[int, int]] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        db = _generate(tmp_path_factory.mktemp("bulk") / "bulk.db", registry,
                       progress=lambda done, total: calls.append((done, total)))
    db.progress_calls = calls
    yield db
    db.dispose()


def _current(session) -> list[JointInspection]:
    return list(session.scalars(select(JointInspection).where(JointInspection.is_current.is_(True))
                                .order_by(JointInspection.id)))


def _documents(db: Database) -> list[dict]:
    with db.read_session() as s:
        return [to_document(i) for i in s.scalars(select(JointInspection).order_by(JointInspection.id))]


def _audit_trail(db: Database) -> list[tuple]:
    with db.read_session() as s:
        return [(e.id, None if e.action.startswith("user.") else e.at, e.username, e.action, e.entity,
                 e.entity_id, e.inspection_uuid, e.old, e.new)
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_most_records_are_clones_and_the_database_checks_clean(bulk_db):
    assert bulk_db.progress_calls == [(n, COUNT) for n in range(1, COUNT + 1)]
    with bulk_db.read_session() as s:
        generated = s.scalar(select(func.count(func.distinct(AuditEntry.inspection_uuid)))
                             .where(AuditEntry.action == "demo.generated"))
        assert len(_current(s)) == COUNT
    assert COUNT - 40 <= generated < COUNT
    report = integrity.run(bulk_db)
    assert report.ok, [f.message() for f in report.findings]
    assert report.locked_records > 60


def test_clones_vary(bulk_db):
    with bulk_db.read_session() as s:
        rows = _current(s)
        assert len({r.status for r in rows}) >= 5
        assert {sec.agency for r in rows for sec in r.sections} == {
            "customs", "veterinary", "phytosanitary", "sanitary_epidemiological"}
        assert len({r.bcp_code for r in rows}) >= 5
        assert len({r.tractor_plate for r in rows}) >= COUNT - 3
        assert len({r.declaration_ref for r in rows}) >= COUNT - 3
        assert len({d.number for r in rows for d in r.documents if d.type == "cmr"}) >= COUNT - 3
        assert len({d.passport_number for r in rows for d in r.drivers}) >= 20
        assert len({round(c.gross_mass_kg) for r in rows for c in r.cargo}) >= COUNT - 10
        assert len({r.arrived_at for r in rows}) >= COUNT - 3


def test_uuids_unique_and_references_sequential_in_arrival_order(bulk_db):
    with bulk_db.read_session() as s:
        rows = _current(s)
        assert len({r.uuid for r in rows}) == COUNT
        assert len({r.reference for r in rows}) == COUNT
        for r in s.scalars(select(JointInspection)):  # every revision keeps its case's reference
            assert r.reference == next(c.reference for c in rows if c.uuid == r.uuid)
    series: dict[tuple[str, int], list] = defaultdict(list)
    for r in rows:
        bcp, year, number = r.reference.split("-")
        assert bcp == r.bcp_code and int(year) == local(r.arrived_at).year
        series[(bcp, int(year))].append((int(number), r.arrived_at))
    for numbered in series.values():
        numbered.sort()
        assert [n for n, _ in numbered] == list(range(1, len(numbered) + 1))
        arrivals = [a for _, a in numbered]
        assert arrivals == sorted(arrivals)


def test_each_revision_has_a_readable_chained_history(bulk_db):
    with bulk_db.read_session() as s:
        assert audit.verify_chain(s) == []
        uuid = s.scalar(select(AuditEntry.inspection_uuid).where(AuditEntry.action == "demo.generated")
                        .order_by(AuditEntry.id.desc()).limit(1))
        revisions = list(s.scalars(select(JointInspection).where(JointInspection.uuid == uuid)))
        entries = audit.history(s, uuid)
    assert [e.new["revision"] for e in entries] == [r.revision for r in revisions]
    first = entries[0].new
    assert first["reference"] == revisions[0].reference
    assert first["events"][0]["action"] == "inspection.created"
    assert all(event["at"] and event["by"] for e in entries for event in e.new["events"])


def test_clone_documents_are_what_the_orm_reads_back(bulk_db, tmp_path):
    """A clone's record hash is computed from its values before the insert: prove them equal."""
    db = Database(bulk_db.backup_to(tmp_path / "copy.db"))
    lookups = bulk.Lookups()
    with db.read_session() as s:
        lookups.keys = {u.id: demo_key(SEED, u.username) for u in auth.list_users(s)}
        shapes: dict[tuple[str, ...], str] = {}  # one case of each history: statuses of its revisions
        for case_uuid in s.scalars(select(JointInspection.uuid).where(JointInspection.is_current.is_(True))
                                   .order_by(JointInspection.id)):
            revisions = inspections.revisions(s, inspections.get(s, case_uuid))
            shapes.setdefault(tuple(r.status for r in revisions), case_uuid)
        templates = [bulk.snapshot(s, case_uuid, "any", lookups) for case_uuid in shapes.values()]
    assert len(shapes) >= 7 and {1, 2, 3} == {len(t.revisions) for t in templates}  # revision 2: returned, amended
    made = []
    with db.session() as s:
        batch = bulk.Batch(s, lookups)
        for n, template in enumerate(templates):
            rng = random.Random(n)
            arrival = ANCHOR - timedelta(days=rng.randint(1, 50), minutes=rng.randint(0, 1439))
            case = batch.add(template, arrival, rng)
            made.append((case.uuid, [case.document(i) for i in range(len(case.revisions))]))
        batch.write()
    with db.read_session() as s:
        for case_uuid, documents in made:
            stored = inspections.revisions(s, inspections.get(s, case_uuid))
            assert [to_document(r) for r in stored] == documents
            for revision in stored:
                assert revision.record_hash == (record_hash(to_document(revision))
                                                if revision.status in ("finalized", "approved", "returned")
                                                else None)
    report = integrity.run(db)
    assert report.ok, [f.message() for f in report.findings]
    db.dispose()
    # Stored exactly as the ORM stores them (same text forms), not merely read back alike.
    with sqlite3.connect(db.path) as raw:
        for table, column, shape in (("inspections", "arrived_at", {("text", 26)}),
                                     ("inspections", "is_current", {("integer", 1)}),
                                     ("answers", "answered_at", {("text", 26)}),
                                     ("documents", "issued_on", {("text", 10)}),
                                     ("reviews", "reviewed_at", {("text", 26)})):
            assert set(raw.execute(f"SELECT DISTINCT typeof({column}), length({column}) FROM {table} "
                                   f"WHERE {column} IS NOT NULL")) == shape, (table, column)
        assert {t for (t,) in raw.execute("SELECT DISTINCT typeof(value) FROM answers")} == {"text"}


def test_same_seed_same_records(bulk_db, tmp_path, registry):
    again = _generate(tmp_path / "again.db", registry)
    try:
        assert _documents(again) == _documents(bulk_db)
        assert _audit_trail(again) == _audit_trail(bulk_db)
    finally:
        again.dispose()


def test_full_records_are_the_first_of_each_path():
    rng = random.Random(3)
    plans = sorted((_plan(rng, n) for n in range(300)), key=lambda p: p.arrival)
    assert _made_in_full(plans, 300) == set(range(300))
    full = _made_in_full(plans, 40)
    assert 40 <= len(full) <= 50
    for path in PATHS:
        positions = [n for n, p in enumerate(plans) if p.path == path]
        chosen = [n for n in positions if n in full]
        assert chosen and chosen == positions[: len(chosen)]


def test_clones_built_on_worker_processes_are_the_same_records(bulk_db, tmp_path, registry, monkeypatch):
    """Several batches built on two worker processes: the same rows as built here, one by one."""
    monkeypatch.setattr(bulk, "BATCH", 40)
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    here, db = Database(tmp_path / "here.db"), Database(tmp_path / "workers.db")
    generate(here, registry, inspections=COUNT, seed=SEED, full_records=POOL, workers=0)
    generate(db, registry, inspections=COUNT, seed=SEED, full_records=POOL, workers=2)
    try:
        assert _documents(db) == _documents(here)
        assert _audit_trail(db) == _audit_trail(here)
        with db.read_session() as s:  # the batches' signatures name the chain's head at their start
            assert len(set(s.scalars(select(Signature.audit_id)))) > COUNT // 40
        report = integrity.run(db)
        assert report.ok, [f.message() for f in report.findings]
    finally:
        here.dispose()
        db.dispose()


def test_where_a_process_cannot_fork_the_clones_are_built_here(bulk_db, tmp_path, registry, monkeypatch):
    """Windows has no fork: asking for workers there builds the same records in this process."""
    import multiprocessing

    monkeypatch.setattr(bulk, "BATCH", 40)
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: pytest.fail("a pool was made"))
    here, db = Database(tmp_path / "here.db"), Database(tmp_path / "no-fork.db")
    generate(here, registry, inspections=COUNT, seed=SEED, full_records=POOL, workers=0)
    generate(db, registry, inspections=COUNT, seed=SEED, full_records=POOL, workers=2)
    try:
        assert _documents(db) == _documents(here)
    finally:
        here.dispose()
        db.dispose()


def test_bulk_clones_keep_the_trigger_kept_tables(bulk_db, tmp_path, monkeypatch):
    """The answers' trigger is left out while clones are written: every case is still listed for the
    dashboard, the trigger is back afterwards, and the drivers' name index holds every driver."""
    monkeypatch.setattr(bulk, "BATCH", 40)
    db = Database(bulk_db.backup_to(tmp_path / "copy.db"))
    db.dispose()
    with sqlite3.connect(db.path) as raw:
        trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'answers_trs_pending_insert'"
        assert raw.execute(trigger).fetchone() == (1,)
        assert (set(raw.execute("SELECT inspection_id FROM trs_pending"))
                == set(raw.execute("SELECT id FROM inspections")))
        raw.execute("INSERT INTO driver_names(driver_names) VALUES ('integrity-check')")
        assert (raw.execute("SELECT count(*) FROM driver_names").fetchone()
                == raw.execute("SELECT count(*) FROM drivers").fetchone())
