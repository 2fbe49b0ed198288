"""Backups, restore and damaged files, driven through the ``inspector`` command (SPEC §9).

The acceptance of issue 5: overwriting 4 KiB in the middle of a database file
makes start-up and ``inspector check`` say so, naming the file and the newest
backup; ``inspector restore`` brings the data back.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from alembic import command

from inspector.cli.main import main
from inspector.domain import clock
from inspector.store import backup, health
from inspector.store import restore as restoring
from inspector.store.database import Database, DatabaseError
from inspector.store.migrate import alembic_config, current_revision, head_revision

from tests.core.test_cli import PRE_ARRIVAL


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def dump(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(capsys, path) -> list[dict]:
    code, out, err = run(capsys, "--db", str(path), "inspections", "list", "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A database with 20 demo records: big enough that its middle is data pages."""
    from argon2 import PasswordHasher

    from inspector.checklists.registry import ChecklistRegistry
    from inspector.demo.generator import generate
    from inspector.services import auth

    path = tmp_path_factory.mktemp("template") / "bcp.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        db = Database(path)
        try:
            generate(db, ChecklistRegistry(), inspections=20, seed=5)
        finally:
            db.dispose()
    return path


@pytest.fixture
def database(template, tmp_path):
    path = tmp_path / "site" / "bcp.db"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    return path


def settle(path) -> None:
    """Close what earlier in-process commands left open, as their processes would on exit.

    The last connection to close checkpoints the WAL into the file; one closing
    after the test damaged the file would write into it.
    """
    gc.collect()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "a connection is still open"


def damage(path, offset: int, data: bytes) -> None:
    settle(path)
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


@pytest.mark.parametrize("fill", ["random", "zeros"])
def test_4kib_overwritten_in_the_middle_is_reported_with_the_newest_backup_then_restored(
        database, capsys, tmp_path, fill):
    source = tmp_path / "pre.json"
    source.write_text(json.dumps(PRE_ARRIVAL), "utf-8")
    code, _, err = run(capsys, "--db", str(database), "inspections", "create", "--from", str(source))
    assert code == 0, err
    daily = [b for b in backup.list_backups(database) if b.reason == "daily"]
    assert len(daily) == 1  # the day's first write made the start-up backup
    code, out, _ = run(capsys, "--db", str(database), "backup")
    assert code == 0 and "Backup written" in out
    newest = backup.list_backups(database)[0]
    assert newest.reason == "manual"
    records = listing(capsys, database)
    assert len(records) == 21

    size = database.stat().st_size
    assert size > 400 * 1024
    rng = random.Random(5)
    damage(database, size // 2, rng.randbytes(4096) if fill == "random" else bytes(4096))
    damaged = sha256(database)

    for args in (["check"], ["inspections", "list"], ["inspections", "create", "--from", str(source)],
                 ["backup"]):
        code, out, err = run(capsys, "--db", str(database), *args)
        assert code == 1, (args, out)
        assert "Traceback" not in err and "Unexpected" not in err
        assert f"{database} is damaged" in err, err
        assert f"Latest good backup: {newest.path}" in err
        assert f'restore "{newest.path}"' in err
    assert sha256(database) == damaged  # never written to, never "repaired"
    with pytest.raises(health.UnusableDatabase) as refused:  # what the app's start-up asks
        health.check_on_open(database)
    assert refused.value.backup.path == newest.path

    code, out, err = run(capsys, "--db", str(database), "restore", str(newest.path))
    assert code == 0, err
    assert f"Restored {database} from {newest.path}" in out
    kept = backup.list_backups(database)[0]
    assert kept.reason == "pre-restore" and f"kept as {kept.path}" in out
    assert run(capsys, "--db", str(database), "check")[0] == 0
    assert listing(capsys, database) == records


@pytest.mark.parametrize("fill", ["random", "zeros"])
def test_4kib_overwritten_anywhere_is_found_by_the_start_up_check(template, tmp_path, fill):
    """Not only the middle: every page of the file, overwritten whole (the case that
    leaves no torn page header on either side), is caught by the quick start-up check."""
    with sqlite3.connect(template) as connection:
        page_size, = connection.execute("PRAGMA page_size").fetchone()
        free, = connection.execute("PRAGMA freelist_count").fetchone()
    connection.close()
    assert free == 0, "a page on the free list holds no data: damage there is harmless"
    data = template.read_bytes()
    copy = tmp_path / "copy.db"
    missed = []
    for start in range(0, len(data), page_size):
        block = random.Random(start).randbytes(4096) if fill == "random" else bytes(4096)
        copy.write_bytes(data[:start] + block + data[start + 4096:])
        try:
            health.examine(copy, "quick")
        except DatabaseError:
            continue
        missed.append(start // page_size + 1)
    assert not missed, f"damage to page(s) {missed} went unnoticed"


@pytest.mark.parametrize("spoil, words", [
    (lambda p: os.truncate(p, p.stat().st_size // 2), "is cut short"),
    (lambda p: damage(p, 0, b"This is not SQLite at all"), "is not a database file"),
    (lambda p: damage(p, 16, b"\x00\x03"), "page size 3"),
    (lambda p: _replace_with_foreign(p), "is not a BCP Inspector database"),
    (lambda p: os.truncate(p, 0), "is empty (0 bytes): it is not a database"),
    (lambda p: p.unlink(), "is missing or empty, but backups of it exist"),
])
def test_unusable_files_are_named_with_the_latest_backup_and_left_alone(database, capsys, spoil, words):
    assert run(capsys, "--db", str(database), "backup")[0] == 0
    good = backup.list_backups(database)[0]
    settle(database)
    spoil(database)
    before = database.read_bytes() if database.exists() else None
    code, _, err = run(capsys, "--db", str(database), "inspections", "list")
    assert code == 1 and words in err, err
    assert f"Latest good backup: {good.path}" in err
    assert (database.read_bytes() if database.exists() else None) == before
    assert run(capsys, "--db", str(database), "restore", str(good.path))[0] == 0
    assert len(listing(capsys, database)) == 20


def _replace_with_foreign(path):
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()


def test_no_backup_is_said_plainly(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(200))
    code, _, err = run(capsys, "--db", str(path), "check")
    assert code == 1 and f"No good backup of it was found in {tmp_path / 'backups'}" in err


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(database):
    with clock.at(datetime(2026, 11, 20, 8, tzinfo=timezone.utc)):
        older = backup.make_backup(database, "manual")
    with clock.at(datetime(2026, 11, 21, 8, tzinfo=timezone.utc)):
        newer = backup.make_backup(database, "manual")
    damage(newer, newer.stat().st_size // 2, bytes(range(256)) * 16)
    assert backup.list_backups(database)[0].path == newer
    assert health.latest_good_backup(database).path == older


def test_the_start_up_backup_is_made_once_a_day_and_rotated(database):
    day = datetime(2026, 11, 1, 6, tzinfo=timezone.utc)
    for n in range(20):
        with clock.at(day + timedelta(days=n)):
            assert backup.daily_backup(database) is not None
        with clock.at(day + timedelta(days=n, hours=12)):
            assert backup.daily_backup(database) is None  # same day in Ashgabat
    with clock.at(day):
        manual = backup.make_backup(database, "manual")
    kept = backup.list_backups(database)
    daily = [b for b in kept if b.reason == "daily"]
    assert len(daily) == backup.KEEP["daily"] == 14
    assert daily[0].created_at == day + timedelta(days=19)
    assert manual in [b.path for b in kept]  # manual backups are never rotated out
    copy = daily[0].path
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert dump(copy) == dump(database)


def test_backup_to_a_file_refuses_to_overwrite(database, capsys, tmp_path):
    out = tmp_path / "usb" / "copy.db"
    code, stdout, _ = run(capsys, "--db", str(database), "backup", "-o", str(out))
    assert code == 0 and str(out) in stdout
    assert dump(out) == dump(database)
    code, _, err = run(capsys, "--db", str(database), "backup", "-o", str(out))
    assert code == 1 and "exists already" in err
    code, _, err = run(capsys, "--db", str(database), "backup", "-o", str(database))
    assert code == 1 and "is the database" in err
    code, _, err = run(capsys, "--db", str(database), "backup", "-o", f"{database}-wal")
    assert code == 1 and "is the database or one of its working files" in err
    assert not os.path.exists(f"{database}-wal")
    code, out, _ = run(capsys, "--db", str(database), "backup", "--list")
    assert code == 0 and out == ""  # -o files are the user's, not in the backups folder


def _tampered(path):
    connection = sqlite3.connect(path)
    trigger = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log_append_only_update'")
    saved = trigger.fetchone()[0]
    connection.execute("DROP TRIGGER audit_log_append_only_update")
    connection.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 30")
    connection.execute(saved)  # put back: only the audit chain shows the edit
    connection.commit()
    connection.close()


def _newer(path):
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("spoil, words", [
    (_tampered, "The backup does not pass the check (1 problem(s)); the first: Audit entry 30"),
    (_newer, "was written by a newer version of BCP Inspector"),
    (lambda p: damage(p, p.stat().st_size // 2, bytes(4096)), "is damaged"),
    (lambda p: damage(p, 0, b"GIF89a"), "is not a database file"),
    (_replace_with_foreign, "is not a BCP Inspector database"),
    (lambda p: p.unlink(), "Cannot read"),
])
def test_restore_refuses_an_unsound_file_and_changes_nothing(database, capsys, tmp_path, spoil, words):
    candidate = tmp_path / "candidate.db"
    shutil.copyfile(database, candidate)
    spoil(candidate)
    before, files = dump(database), _files(database.parent)
    code, _, err = run(capsys, "--db", str(database), "restore", str(candidate))
    assert code == 1, err
    assert err.startswith("Nothing was restored.") or "Cannot read" in err
    assert words in err and "Traceback" not in err
    assert dump(database) == before
    assert _files(database.parent) == files  # no temporary or pre-restore file left


def _files(folder):
    return sorted(name for name in os.listdir(folder) if not name.endswith(".lock"))


def test_restoring_the_database_onto_itself_is_refused(database, capsys):
    code, _, err = run(capsys, "--db", str(database), "restore", str(database))
    assert code == 1 and "is the database itself" in err


def test_an_older_schema_backup_is_migrated_on_the_way_in(tmp_path, capsys, database):
    old_path = tmp_path / "old.db"
    old = Database(old_path, migrate=False)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('bcp_code', 'SRG')")
    old.dispose()
    code, _, err = run(capsys, "--db", str(database), "restore", str(old_path))
    assert code == 0, err
    db = Database(database)
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT value FROM settings").scalar() == "SRG"
    finally:
        db.dispose()
    assert not list(database.parent.glob("*pre-migration*"))
    with sqlite3.connect(old_path) as connection:  # the source itself is never changed
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()


WAL_WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("INSERT INTO settings (key, value) VALUES ('late', 'committed in the WAL')")
connection.commit()
print("committed", flush=True)
sys.stdin.read()
"""


def test_a_stale_wal_is_not_replayed_onto_the_restored_file_and_is_kept(database, capsys):
    assert run(capsys, "--db", str(database), "backup")[0] == 0
    good = backup.list_backups(database)[0]
    writer = subprocess.Popen([sys.executable, "-c", WAL_WRITER, str(database)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "committed\n"
    writer.kill()  # a power cut: the commit sits in bcp.db-wal only
    writer.wait()
    writer.stdin.close()
    writer.stdout.close()
    assert os.path.getsize(f"{database}-wal") > 0
    code, out, err = run(capsys, "--db", str(database), "restore", str(good.path))
    assert code == 0, err
    assert not os.path.exists(f"{database}-wal") or os.path.getsize(f"{database}-wal") == 0
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM settings WHERE key = 'late'").fetchone() == (0,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    kept = backup.list_backups(database)[0]
    with sqlite3.connect(kept.path) as connection:  # the replaced database, its last commit included
        assert connection.execute("SELECT value FROM settings WHERE key = 'late'").fetchone() == (
            "committed in the WAL",)
    connection.close()


def test_a_failed_swap_leaves_the_database_as_it_was(database, monkeypatch):
    good = backup.make_backup(database, "manual")
    before = dump(database)
    real_replace = os.replace

    def replace(src, dst):
        if str(dst) == str(database):
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(restoring.os, "replace", replace)
    with pytest.raises(DatabaseError, match="the database was not replaced"):
        restoring.restore(database, good)
    assert dump(database) == before
    assert not list(database.parent.glob(".*.tmp*"))
