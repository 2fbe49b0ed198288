"""One writer per database: a second instance is told so and writes nothing (SPEC §9)."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys

import pytest

from inspector.cli.main import main
from inspector.store import lock
from inspector.store.database import Database

HOLDER = ("import sys\n"
          "from inspector.store import lock\n"
          "held = lock.acquire(sys.argv[1])\n"
          "print('held', flush=True)\n"
          "sys.stdin.read()\n")


@pytest.fixture
def other_instance():
    """Start another process holding the lock of a database (the app, say); returns it."""
    started = []

    def start(path):
        child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline() == "held\n", child.stderr.read()
        started.append(child)
        return child

    yield start
    for child in started:
        child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def dump(path):
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def database(tmp_path, capsys):
    path = tmp_path / "bcp.db"
    Database(path).dispose()  # plain: dump() reads it with Python's sqlite3 (encryption: tests/security)
    assert run(capsys, "--db", str(path), "demo", "--inspections", "2")[0] == 0
    return path


def test_a_second_process_is_refused_naming_the_holder(database, other_instance):
    holder = other_instance(database)
    with pytest.raises(lock.DatabaseInUse) as refused:
        lock.acquire(database)
    message = refused.value.message()
    assert f"process {holder.pid}" in message and socket.gethostname() in message
    assert "open for writing in another BCP Inspector" in message


def test_cli_writers_are_refused_while_readers_still_work(database, other_instance, capsys, tmp_path):
    holder = other_instance(database)
    before = dump(database)
    code, _, err = run(capsys, "--db", str(database), "demo", "--inspections", "1")
    assert code == 1 and f"process {holder.pid}" in err and "Traceback" not in err
    source = tmp_path / "pre.json"
    source.write_text('{"bcp": "FRB", "direction": "entry", "procedure": "import"}', "utf-8")
    code, _, err = run(capsys, "--db", str(database), "inspections", "create", "--from", str(source))
    assert code == 1 and "open for writing" in err
    code, _, err = run(capsys, "--db", str(database), "restore", str(database))
    assert code == 1 and "open for writing" in err
    assert dump(database) == before
    code, out, _ = run(capsys, "--db", str(database), "inspections", "list", "--format", "json")
    assert code == 0 and out.count('"reference"') == 2
    assert run(capsys, "--db", str(database), "check")[0] == 0


def test_a_killed_holder_leaves_no_stale_lock(database, other_instance):
    holder = other_instance(database)
    holder.kill()  # a crash or power cut: no chance to clean up
    holder.wait()
    assert lock.holder(database)["pid"] == holder.pid  # the note remains …
    with lock.acquire(database):  # … but the OS released the lock with the process
        assert lock.holder(database)["pid"] != holder.pid


def test_within_one_process_the_lock_is_shared_and_released_with_the_last_handle(
        database, other_instance):
    first = lock.acquire(database)
    second = lock.acquire(database)
    first.release()
    first.release()  # idempotent
    with pytest.raises(lock.DatabaseInUse):
        other_instance_holds(database)
    second.release()
    assert lock.lock_path(database).exists()  # never deleted: see the module's docstring
    assert lock.holder(database) is None
    other_instance(database)  # free for another process now


def other_instance_holds(path):
    result = subprocess.run([sys.executable, "-c", "import sys\nfrom inspector.store import lock\n"
                             "try:\n    lock.acquire(sys.argv[1])\n"
                             "except lock.DatabaseInUse as e:\n    print(e.message()); sys.exit(3)\n",
                             str(path)], capture_output=True, text=True)
    if result.returncode == 3:
        raise lock.DatabaseInUse(path, {})
    assert result.returncode == 0, result.stderr


def test_a_new_database_is_created_under_the_lock(tmp_path, capsys, other_instance):
    path = tmp_path / "new.db"
    other_instance(path)
    code, _, err = run(capsys, "--db", str(path), "inspections", "list")
    assert code == 1 and "open for writing" in err
    assert not path.exists()


def test_the_lock_file_sits_next_to_the_database(tmp_path):
    db = Database(tmp_path / "x.db")
    db.dispose()
    with lock.acquire(tmp_path / "x.db") as held:
        assert held.path == tmp_path / "x.db.lock"
        note = lock.holder(tmp_path / "x.db")
        assert note["host"] == socket.gethostname() and note["started_at"]
