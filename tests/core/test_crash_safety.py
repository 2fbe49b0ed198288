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
import queue
import random
import sqlite3
import subprocess
import sys
import threading
import time

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
