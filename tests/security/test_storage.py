"""The database's files against what users and disks do to them (issue 10 §4).

Output files named over the database, its WAL or its backups; files left
readable by others; read-only media; a full disk; an empty file; a WAL that
does not belong to the file beside it; paths with ``%``, ``?`` and ``#``.
Each case goes through the ``inspector`` command (in-process, or as a real
process where a disk limit or a kill is involved) and asserts the message
the user reads and that no byte of the database changed unless it should.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.store import backup, cipher, files, keyfile
from inspector.store.keyfile import KeyFile
from inspector.store.database import Database

from tests.security.media import FullDisk, read_only
from tests.security.test_wal_locks import inspector_command

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes, mounts and signals")


def run(capsys, *args) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A database of 4 demo records, closed (no -wal left)."""
    from argon2 import PasswordHasher

    from inspector.checklists.registry import ChecklistRegistry
    from inspector.demo.generator import generate
    from inspector.services import auth

    path = tmp_path_factory.mktemp("template") / "bcp.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        db = Database(path)
        try:
            generate(db, ChecklistRegistry(), inspections=4, seed=3)
        finally:
            db.dispose()
    return path


@pytest.fixture
def site(template, tmp_path):
    path = tmp_path / "site" / "bcp.db"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    return path


def first_reference(capsys, path) -> str:
    code, out, err = run(capsys, "--db", str(path), "inspections", "list", "--format", "json")
    assert code == 0, err
    return json.loads(out)[0]["reference"]


# -- output files ----------------------------------------------------------------------------

COMMANDS = {
    "report": lambda ref: ["report", ref, "-o"],
    "export": lambda ref: ["export", "-o"],
    "keys export": lambda ref: ["keys", "export", "-o"],
}
TARGETS = {  # name -> (path relative to the database, the words of the refusal, refused even with --force)
    "the database": (lambda db: db, "is the database or one of its working files", True),
    "its -wal": (lambda db: files.sidecar(db, "-wal"), "is the database or one of its working files", True),
    "its -shm": (lambda db: files.sidecar(db, "-shm"), "is the database or one of its working files", True),
    "its lock file": (lambda db: db.with_name(db.name + ".lock"), "is the database or one", True),
    "a backup": (lambda db: backup.list_backups(db)[0].path, "is a backup of the database", True),
    "a new name among the backups": (lambda db: backup.backup_dir(db) / "new.pdf", "is a backup", True),
    "the database by another name": (lambda db: db.parent / "." / ".." / db.parent.name / db.name,
                                     "is the database", True),
    "a folder": (lambda db: db.parent, "is a folder", True),
    "an existing file": (lambda db: db.parent / "old.pdf", "exists already", False),
}


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("command", COMMANDS)
def test_outputs_never_replace_the_database_or_its_backups(site, capsys, command, target):
    reference = first_reference(capsys, site)
    assert run(capsys, "--db", str(site), "backup")[0] == 0
    assert run(capsys, "--db", str(site), "users", "list")[0] == 0
    (site.parent / "old.pdf").write_bytes(b"an older report")
    # Another process's view: the -wal and -shm exist. In this process it must use the store's own SQLite
    # (SQLCipher's): two SQLite libraries in one process drop each other's POSIX locks (store/cipher.py).
    holder = cipher.connect(site)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM inspections").fetchall()
    try:
        make, words, always = TARGETS[target]
        path = make(site)
        everything = {p: digest(p) for p in site.parent.rglob("*") if p.is_file()}
        args = ["--db", str(site), *COMMANDS[command](reference), str(path)]
        code, out, err = run(capsys, *args)
        assert code == 1 and words in err, (out, err)
        assert "Traceback" not in err and "Unexpected" not in err
        assert {p: digest(p) for p in everything} == everything, "refused, nothing changed"
        code, out, err = run(capsys, *args, "--force")
        if always:
            assert code == 1 and words in err, (out, err)
            assert {p: digest(p) for p in everything} == everything, "refused, nothing changed"
        else:
            assert code == 0, err
            assert path.read_bytes() != b"an older report"
            others = [p for p in everything if p != path and not p.name.endswith(("-wal", "-shm"))]
            assert {p: digest(p) for p in others} == {p: everything[p] for p in others}
    finally:
        holder.rollback()
        holder.close()


def test_reports_into_a_folder_never_go_into_the_backups_or_over_a_file(site, capsys, tmp_path):
    assert run(capsys, "--db", str(site), "backup")[0] == 0
    backups = backup.backup_dir(site)
    before = {p: digest(p) for p in backups.iterdir()}
    code, _, err = run(capsys, "--db", str(site), "report", "--since", "2000-01-01", "-o", str(backups))
    assert code == 1 and "is a backup of the database" in err, err
    assert {p: digest(p) for p in backups.iterdir()} == before
    folder = tmp_path / "out"
    folder.mkdir()
    reference = first_reference(capsys, site)
    (folder / f"{reference}-en.pdf").write_bytes(b"kept")
    code, _, err = run(capsys, "--db", str(site), "report", "--since", "2000-01-01", "-o", str(folder))
    assert code == 1 and "exists already" in err, err
    assert (folder / f"{reference}-en.pdf").read_bytes() == b"kept"
    code, _, err = run(capsys, "--db", str(site), "report", "--since", "2000-01-01", "-o", str(folder), "--force")
    assert code == 0, err
    assert (folder / f"{reference}-en.pdf").read_bytes().startswith(b"%PDF")


# -- private files --------------------------------------------------------------------------

def test_databases_backups_keys_locks_and_logs_are_private(tmp_path, capsys, monkeypatch):
    os.umask(0o022)  # the usual default: without care, files would be readable by everyone
    data = tmp_path / "home" / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home" / "cache"))
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("correct horse battery\ncorrect horse battery\n"))
    code, _, err = run(capsys, "users", "add", "--username", "admin", "--name", "Admin Adminow",
                       "--role", "admin")
    assert code == 0, err
    monkeypatch.setenv("INSPECTOR_USER", "admin")  # the new database is encrypted: log in (issue 15)
    monkeypatch.setenv("INSPECTOR_PASSWORD", "correct horse battery")
    assert run(capsys, "backup")[0] == 0
    assert run(capsys, "keys", "show")[0] == 0
    from inspector import logs
    from inspector.paths import default_database

    database = default_database()
    from inspector.services import encryption

    encryption.unlock(database, "admin", "correct horse battery")
    db = Database(database)
    with db.session() as session:  # the -wal and -shm exist while a connection writes
        session.execute(__import__("sqlalchemy").text("UPDATE settings SET value = value"))
        sidecars = [files.sidecar(database, "-wal"), files.sidecar(database, "-shm")]
        sidecar_modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in sidecars if p.exists()}
    db.dispose()
    created = [database, *backup.backup_dir(database).iterdir(), database.with_name(database.name + ".lock")]
    created += [p for p in data.rglob("*") if p.is_file() and "key" in p.name]
    for handler in __import__("logging").getLogger().handlers:
        if isinstance(handler, logs.PrivateRotatingFileHandler):
            created.append(Path(handler.baseFilename))
    modes = {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in created}
    assert set(modes.values()) == {"0o600"}, modes
    assert sidecar_modes and set(sidecar_modes.values()) == {0o600}, sidecar_modes
    folders = {str(p.parent) for p in created}
    assert all(stat.S_IMODE(Path(f).stat().st_mode) == 0o700 for f in folders), {
        f: oct(stat.S_IMODE(Path(f).stat().st_mode)) for f in folders}


# -- read-only media ---------------------------------------------------------------------------

def test_read_only_media_open_for_reading_and_refuse_writes_clearly(site, capsys, tmp_path):
    reference = first_reference(capsys, site)
    before = {p: digest(p) for p in site.parent.rglob("*") if p.is_file()}
    pre_arrival = tmp_path / "pre.json"
    pre_arrival.write_text("{}", encoding="utf-8")
    with read_only(site.parent):
        assert not os.access(site, os.W_OK)
        code, out, err = run(capsys, "--db", str(site), "inspections", "list")
        assert code == 0 and reference in out, err
        assert "opened for reading only" in err
        code, out, err = run(capsys, "--db", str(site), "check")
        assert code == 0, err
        code, out, err = run(capsys, "--db", str(site), "report", reference, "-o", str(tmp_path / "r.pdf"))
        assert code == 0, err
        for args in (["demo", "--inspections", "1"], ["inspections", "create", "--from", str(pre_arrival)],
                     ["backup"], ["restore", str(site)]):
            code, out, err = run(capsys, "--db", str(site), *args)
            assert code == 1, (args, out, err)
            assert "damaged" not in err and "Unexpected" not in err and "Traceback" not in err, err
            assert "cannot be written" in err or "is on read-only media" in err, (args, err)
    assert {p: digest(p) for p in site.parent.rglob("*") if p.is_file()} == before


# -- a full disk -------------------------------------------------------------------------------

def test_a_full_disk_says_so_and_leaves_nothing_half_written(template, tmp_path):
    with FullDisk(tmp_path / "stick", free=48 * 1024) as disk:
        path = disk.put(template)
        command = [*inspector_command(), "--db", str(path)]
        assert disk.run(*command, "check").returncode == 0
        # Records until the disk is full (the demo cannot add to it: it could not sign for the accounts
        # already there, whose password it does not know).
        pre_arrival = tmp_path / "pre-arrival.json"
        pre_arrival.write_text(json.dumps({"bcp": "FRB", "direction": "entry", "procedure": "import",
                                           "declaration_ref": "X" * 60}), "utf-8")
        for _ in range(300):
            done = disk.run(*command, "inspections", "create", "--from", str(pre_arrival))
            if done.returncode:
                break
        assert done.returncode == 1, done.stdout + done.stderr
        assert "the disk is full or failing" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and "Unexpected" not in done.stderr
        done = disk.run(*command, "backup")
        assert done.returncode == 1 and "failed" in done.stderr, done.stdout + done.stderr
        assert not list(backup.backup_dir(path).glob("*")), "no backup and no half of one"
        reference = json.loads(disk.run(*command, "inspections", "list", "--format", "json").stdout)[0]
        done = disk.run(*command, "report", reference["reference"], "-o", str(path.parent / "r.pdf"))
        assert done.returncode == 1 and "r.pdf" in done.stderr, done.stdout + done.stderr
        assert not list(path.parent.glob("*r.pdf*"))
        disk.make_room()
        done = disk.run(*command, "check")  # every record whole: integrity, audit chain, record hashes
        assert done.returncode == 0, done.stdout + done.stderr


# -- an empty file, and a new database -------------------------------------------------------------

def test_an_empty_database_file_is_refused_never_made_new(tmp_path, capsys):
    path = tmp_path / "bcp.db"
    path.touch()
    for args in (["inspections", "list"], ["users", "add", "--username", "x", "--name", "X Y", "--role", "admin"],
                 ["check"], ["backup"]):
        code, _, err = run(capsys, "--db", str(path), *args)
        assert code == 1 and "is empty (0 bytes)" in err, (args, err)
        assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bcp.db"]


CREATE = r"""
import sys
import alembic.command
from inspector.store.database import Database
print("start", flush=True)
Database(sys.argv[1]).dispose()
print("made", flush=True)
"""


def test_a_new_database_is_complete_or_absent_whenever_its_creation_is_cut(tmp_path):
    """Killed at random moments while the first start creates the file: never an empty file left."""
    rng = random.Random()
    for attempt in range(16):
        path = tmp_path / f"new-{attempt}.db"
        child = subprocess.Popen([sys.executable, "-c", CREATE, str(path)], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline() == "start\n"
        time.sleep(rng.uniform(0, 0.7))  # creating and migrating takes about half a second
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if path.exists():
            assert path.stat().st_size > 0
            Database(path).dispose()  # a sound database of ours
    assert not [p for p in tmp_path.glob("new-*") if p.stat().st_size == 0]
    Database(tmp_path / "next.db").dispose()  # the next creation clears what the killed ones left
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# -- a WAL that does not belong to its database -----------------------------------------------

WAL_WRITER = r"""
import sys
from inspector.store import lock
from inspector.store.database import Database
from sqlalchemy import text
held = lock.acquire(sys.argv[1])
held.note_database()
db = Database(sys.argv[1])
with db.engine.begin() as connection:
    connection.execute(text("INSERT INTO settings (key, value) VALUES ('late', 'only in the WAL')"))
print("committed", flush=True)
sys.stdin.read()
"""


def crash_with_a_wal(path: Path) -> None:
    """A writer (holding the lock, as the app does) commits, then the power goes: the commit is in -wal only."""
    writer = subprocess.Popen([sys.executable, "-c", WAL_WRITER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "committed\n"
    writer.kill()
    writer.wait()
    writer.stdin.close()
    writer.stdout.close()
    assert files.sidecar(path, "-wal").stat().st_size > 0


def late_rows(path: Path) -> int:
    key = KeyFile.load(path).open_without_password() if keyfile.exists(path) else None  # a new one: encrypted
    connection = cipher.connect(f"file:{path}?mode=ro", uri=True, key=key)
    try:
        return connection.execute("SELECT count(*) FROM settings WHERE key = 'late'").fetchone()[0]
    finally:
        connection.close()


def test_the_wal_of_a_crash_is_replayed_onto_its_own_database(site, capsys):
    crash_with_a_wal(site)
    code, _, err = run(capsys, "--db", str(site), "inspections", "list")
    assert code == 0 and "write-ahead log" not in err, err
    assert late_rows(site) == 1
    assert not list(site.parent.glob("*.kept"))


def test_a_wal_left_beside_a_replaced_database_is_set_aside_not_replayed(site, capsys, template):
    crash_with_a_wal(site)
    wal_bytes = files.sidecar(site, "-wal").read_bytes()
    moved_in = site.with_name("from-usb.db")
    shutil.copyfile(template, moved_in)
    os.replace(moved_in, site)  # the administrator puts another copy in its place
    code, out, err = run(capsys, "--db", str(site), "inspections", "list")
    assert code == 0, err
    assert "did not belong to" in err and "was not applied" in err, err
    kept = list(site.parent.glob("bcp.db-wal.*.kept"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal_bytes, "kept, byte for byte"
    assert late_rows(site) == 0
    assert run(capsys, "--db", str(site), "check")[0] == 0


def test_an_orphan_wal_is_set_aside_and_the_user_told(site, capsys):
    crash_with_a_wal(site)
    wal_bytes = files.sidecar(site, "-wal").read_bytes()
    site.unlink()  # the database went; its WAL stayed
    code, out, err = run(capsys, "--db", str(site), "inspections", "list")
    assert "did not belong to" in err, err
    kept = list(site.parent.glob("bcp.db-wal.*.kept"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal_bytes
    assert code == 0 and late_rows(site) == 0  # a new, empty database: nothing replayed into it


def test_a_wal_in_use_by_a_running_writer_is_never_moved(site, capsys):
    """A WAL some process has open is live: hands off, and readers still work beside it."""
    writer = subprocess.Popen([sys.executable, "-c", WAL_WRITER, str(site)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline() == "committed\n"
        code, _, err = run(capsys, "--db", str(site), "inspections", "list")
        assert code == 0 and "write-ahead log" not in err
        assert files.sidecar(site, "-wal").exists()
    finally:
        writer.kill()
        writer.wait()
        writer.stdin.close()
        writer.stdout.close()
    assert late_rows(site) == 1


# -- paths with URL characters ----------------------------------------------------------------

@pytest.mark.parametrize("name", ["a%20b.db", "what?.db", "x#y.db", "100%.db", "a b?c=d#e%3F.db"])
def test_db_paths_with_url_characters_open_exactly_that_file(tmp_path, capsys, monkeypatch, name):
    folder = tmp_path / "site"
    folder.mkdir()
    path = folder / name
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("correct horse battery\ncorrect horse battery\n"))
    code, _, err = run(capsys, "--db", str(path), "users", "add", "--username", "admin", "--name",
                       "Admin Adminow", "--role", "admin")
    assert code == 0, err
    monkeypatch.setenv("INSPECTOR_PASSWORD", "correct horse battery")  # encrypted: log in (issue 15)
    code, out, err = run(capsys, "--db", str(path), "--user", "admin", "users", "list")
    assert code == 0 and "admin" in out, err
    assert {p.name for p in folder.iterdir() if p.is_file()} == {name, name + ".lock", name + ".keys"}
    key = KeyFile.load(path).open_with_password("admin", "correct horse battery")
    connection = cipher.connect(f"{path.as_uri()}?mode=ro", uri=True, key=key)
    try:
        assert connection.execute("SELECT count(*) FROM users").fetchone() == (1,)
    finally:
        connection.close()
