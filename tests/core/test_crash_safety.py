"""Killing the process at any moment loses no committed answer and never
corrupts the database (SPEC §9, issue 5).

A child process records answers exactly as the app autosaves them — one
``record_answer`` per ``with db.session()`` transaction — as fast as it can,
and after each commit returns writes the answer to its stdout. The parent
kills it (SIGKILL on POSIX, TerminateProcess on Windows) at random moments,
then opens the database the way the app starts: the start-up check passes,
SQLite's integrity check is ``ok``, and every answer the child reported is in
the database with its value.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from inspector.services import inspections, integrity
from inspector.store import health
from inspector.store.database import Database

from tests.core.conftest import consignment

KILLS = 24
DRAFTS = 6
ITEM = "declared_gross_mass"  # a number item that shows or hides nothing itself

CHILD = r"""
import sys
from sqlalchemy import select
from inspector.services import inspections, sections
from inspector.store.database import Database
from inspector.store.models import User

path, run, references = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
db = Database(path, migrate=False)
with db.session() as s:
    officer = s.scalar(select(User).where(User.username == "aman"))
seq = 0
while seq < 1000:  # values stay within the item's limits (0 to 100 000 kg)
    reference = references[seq % len(references)]
    value = run * 1000 + seq
    note = f"run {run} answer {seq}"
    with db.session() as s:  # one answer, one transaction: the app's autosave
        inspection = inspections.get(s, reference)
        sections.record_answer(s, officer, inspection, "customs", "ITEM", value, note=note)
    print(f"{reference}\t{value}\t{note}", flush=True)
    seq += 1
""".replace("ITEM", ITEM)


def _start(path, run, references):
    return subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(run), *references],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def _answers(path) -> dict[str, tuple[int, str]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT i.reference, a.value, a.note FROM answers a "
            "JOIN agency_sections s ON s.id = a.section_id JOIN inspections i ON i.id = s.inspection_id "
            "WHERE a.item_id = ?", (ITEM,)).fetchall()
    finally:
        connection.close()
    return {reference: (json.loads(value), note) for reference, value, note in rows}


def _audited(path) -> set[tuple[object, str]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT new FROM audit_log WHERE action = 'answer.recorded' AND entity_id = ?",
            (f"customs/{ITEM}",)).fetchall()
    finally:
        connection.close()
    return {(state["value"], state["note"]) for state in (json.loads(r[0]) for r in rows) if state}


def _integrity(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def test_sigkill_at_random_moments_loses_no_reported_answer(db, people, registry):
    db_path = db.path
    references = []
    for _ in range(DRAFTS):
        with db.session() as s:
            references.append(inspections.create(s, people.customs, consignment(), registry).reference)
    db.dispose()  # the children write; this process only looks between kills

    rng = random.Random()  # a different schedule each run; the seed is printed on failure
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    reported: list[tuple[str, int, str]] = []
    last: dict[str, tuple[int, int]] = {}  # reference -> (run, value) last reported
    started = time.monotonic()
    for run in range(1, KILLS + 1):
        child = _start(db_path, run, references)
        lines: queue.Queue = queue.Queue()
        reader = threading.Thread(target=_lines, args=(child.stdout, lines), daemon=True)
        reader.start()
        try:
            if run % 6 == 0:
                time.sleep(rng.uniform(0, 0.5))  # sometimes while it starts and opens the file
            else:
                first = lines.get(timeout=60)  # it has committed and reported one answer
                assert first is not None, f"child ended early: {child.stderr.read()}"
                lines.put(first)
                time.sleep(rng.uniform(0, 0.3))
        finally:
            child.kill()
            child.wait(timeout=60)
        reader.join(timeout=60)
        stderr = child.stderr.read()
        child.stdout.close()
        child.stderr.close()
        while (line := lines.get()) is not None:
            if not line.endswith("\n"):
                continue  # cut off mid-write: not reported
            reference, value, note = line.rstrip("\n").split("\t")
            reported.append((reference, int(value), note))
            last[reference] = (run, int(value))
        context = f"run {run} (seed {seed}); child stderr: {stderr[-2000:]}"

        health.check_on_open(db_path)  # the app's start-up check accepts the crashed file
        assert _integrity(db_path) == ["ok"], context
        stored = _answers(db_path)
        audited = _audited(db_path)
        for reference, value, note in reported:
            assert (value, note) in audited, f"{reference} {value} lost; {context}"
        for reference, (_, value) in last.items():
            current, note = stored[reference]
            # The last reported answer, or one committed after it whose report the kill cut off.
            assert current >= value, f"{reference}: {current} stored, {value} reported last; {context}"
            assert note == f"run {current // 1000} answer {current % 1000}", context
            assert (current, note) in audited, context

    assert len(reported) >= KILLS, "the child should have committed answers in most runs"
    db = Database(db_path)
    try:
        report = integrity.run(db)
    finally:
        db.dispose()
    assert report.ok, [f.message() for f in report.findings]
    assert time.monotonic() - started < 120


# -- many kills, cheaply: a forking parent ------------------------------------------------------

KILLS_MANY = 320

# Imports once, then forks one writer per run: a child starts in milliseconds, so
# hundreds of kills fit in a couple of minutes. Each child opens the database
# itself after the fork and reports each committed answer with one write(2) to
# its own file — the kernel keeps what was written when the process is killed.
ZYGOTE = r"""
import os, sys
from sqlalchemy import select
from inspector.services import inspections, sections
from inspector.store.database import Database
from inspector.store.models import User

path, folder, references = sys.argv[1], sys.argv[2], sys.argv[3:]

def write_answers(run):
    report = os.open(os.path.join(folder, f"run-{run}.txt"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    db = Database(path, migrate=False)
    with db.session() as s:
        officer = s.scalar(select(User).where(User.username == "aman"))
    for seq in range(100000):
        reference = references[seq % len(references)]
        value = run * 100 + seq % 100  # within the item's limits (0 to 100 000 kg)
        note = f"run {run} answer {seq}"
        with db.session() as s:  # one answer, one transaction: the app's autosave
            sections.record_answer(s, officer, inspections.get(s, reference), "customs", "ITEM", value,
                                   note=note)
        os.write(report, f"{reference}\t{value}\t{note}\n".encode())

for line in sys.stdin:
    run = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            write_answers(run)
        except BaseException as exc:
            print(f"writer of run {run} failed: {exc!r}", file=sys.stderr, flush=True)
        os._exit(1)
    print(pid, flush=True)
    os.waitpid(pid, 0)
    print("reaped", flush=True)
""".replace("ITEM", ITEM)


def _new_audit(path, after: int) -> tuple[int, set[tuple[object, str]]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT id, new FROM audit_log WHERE id > ? AND action = 'answer.recorded' AND entity_id = ?",
            (after, f"customs/{ITEM}")).fetchall()
        last = connection.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    finally:
        connection.close()
    return last, {(state["value"], state["note"]) for state in (json.loads(r[1]) for r in rows) if state}


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks one writer per kill")
def test_hundreds_of_kills_at_random_moments_lose_no_committed_answer(db, people, registry, tmp_path):
    """≥ 300 SIGKILLs of a writer recording answers through ``sections.record_answer``,
    each at a random moment (while it opens the file, or between and during its
    commits); after each, the start-up check passes, ``integrity_check`` is ok, every
    reported answer is in the audit trail and each answer row holds the last reported
    value or a later committed one. Takes about two minutes on two cores."""
    db_path = db.path
    references = []
    for _ in range(DRAFTS):
        with db.session() as s:
            references.append(inspections.create(s, people.customs, consignment(), registry).reference)
    db.dispose()
    reports = tmp_path / "reports"
    reports.mkdir()
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(db_path), str(reports), *references],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    audit_seen = 0
    reported_total = lost = 0
    started = time.monotonic()
    last: dict[str, int] = {}
    try:
        for run in range(1, KILLS_MANY + 1):
            zygote.stdin.write(f"{run}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            report = reports / f"run-{run}.txt"
            if run % 5 == 0:
                time.sleep(rng.uniform(0, 0.05))  # while it opens the database
            else:
                deadline = time.monotonic() + 60
                while not (report.exists() and report.stat().st_size) and time.monotonic() < deadline:
                    time.sleep(0.002)
                time.sleep(rng.uniform(0, 0.25))
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pytest.fail(f"the writer of run {run} ended before it was killed (see stderr)")
            assert zygote.stdout.readline() == "reaped\n"
            context = f"kill {run} (seed {seed})"
            lines = report.read_text().splitlines(keepends=True) if report.exists() else []
            reported = [line.rstrip("\n").split("\t") for line in lines if line.endswith("\n")]

            health.check_on_open(db_path)  # the app's start-up check accepts the crashed file
            assert _integrity(db_path) == ["ok"], context
            audit_seen, audited = _new_audit(db_path, audit_seen)
            missing = [(v, n) for _, v, n in reported if (int(v), n) not in audited]
            lost += len(missing)
            assert not missing, f"{len(missing)} reported answers lost; {context}"
            reported_total += len(reported)
            for reference, value, _ in reported:
                last[reference] = int(value)
            stored = _answers(db_path)
            for reference, value in last.items():
                current, note = stored[reference]
                assert note.startswith(f"run {current // 100} answer"), context
                assert current // 100 >= value // 100, context
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=60)
        zygote.stdout.close()
    print(f"\n{KILLS_MANY} kills, {reported_total} answers reported, {lost} lost (seed {seed}), "
          f"{time.monotonic() - started:.0f} s")
    assert reported_total >= KILLS_MANY // 2, "the writers should have committed answers in most runs"
    db = Database(db_path)
    try:
        report = integrity.run(db)
    finally:
        db.dispose()
    assert report.ok, [f.message() for f in report.findings]
