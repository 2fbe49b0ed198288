"""``inspector check`` and ``check --quick`` against a bare script doing the same reading and hashing.

The bare script uses sqlite3, json, hashlib and cryptography only: SQLite's own
check, every photo and frozen checklist against its SHA-256 (the full check),
then every audit entry hashed as canonical JSON, every revision's rows
(the record, its drivers, documents, cargo, seals, sections, answers, photo
descriptions, reviews) gathered into one document and hashed as canonical JSON,
each signed section and each review hashed on its own (what their signatures
cover), and every signature verified with its signer's Ed25519 key against the
statement it signs (a compact JSON text, or the finalization's line). The quick variant
does the same for the audit entries of the last ``days`` days and the records
they touched. Both the program and the bare script run as processes of their
own, timed from start to end by the parent (wall clock).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r'''
import base64, hashlib, json, sqlite3, sys
from datetime import datetime, timedelta, timezone
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.exceptions import InvalidSignature

path, quick, days = sys.argv[1], sys.argv[2] == "quick", int(sys.argv[3])
db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
assert db.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchone()[0] == "ok"
if not quick:  # photos and frozen checklists against their hashes, as the program's check does
    for sha, data in db.execute("SELECT sha256, data FROM attachment_blobs"):
        assert hashlib.sha256(data).hexdigest() == sha
    for sha, definition in db.execute("SELECT sha256, definition FROM checklist_definitions"):
        hashlib.sha256(definition.encode() if isinstance(definition, str) else definition).hexdigest()

def canonical(value):
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                                     default=str).encode()).hexdigest()

columns = lambda cursor: [d[0] for d in cursor.description]
since = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(" ")
touched = set()
prev = None
query = ("SELECT * FROM audit_log ORDER BY id DESC" if quick else "SELECT * FROM audit_log ORDER BY id")
cursor = db.execute(query)
names = columns(cursor)
for row in cursor:
    entry = dict(zip(names, row))
    for key in ("old", "new"):
        entry[key] = json.loads(entry[key]) if entry[key] else None
    digest = canonical({k: v for k, v in entry.items() if k != "hash"})
    if quick:
        if str(entry["at"]) < since:
            break
        touched.add(entry["inspection_uuid"])

keys = {fp: Ed25519PublicKey.from_public_bytes(base64.b64decode(pk))
        for fp, pk in db.execute("SELECT fingerprint, public_key FROM user_keys")}
usernames = dict(db.execute("SELECT id, username FROM users"))
CHILDREN = ("drivers", "documents", "cargo_lines", "seals", "agency_sections", "attachments", "reviews")
last = 0
while True:
    where = "id > ?" if not quick else "id > ? AND uuid IN (SELECT value FROM json_each(?))"
    params = (last,) if not quick else (last, json.dumps(sorted(u for u in touched if u)))
    cursor = db.execute(f"SELECT * FROM inspections WHERE {where} ORDER BY id LIMIT 500", params)
    names = columns(cursor)
    records = {row[0]: {"record": dict(zip(names, row))} for row in cursor}
    if not records:
        break
    ids = json.dumps(list(records))
    for table in CHILDREN:
        cursor = db.execute(f"SELECT * FROM {table} WHERE inspection_id IN (SELECT value FROM json_each(?))"
                            " ORDER BY id", (ids,))
        names = columns(cursor)
        sections = {}
        for row in cursor:
            item = dict(zip(names, row))
            records[item["inspection_id"]].setdefault(table, []).append(item)
            if table == "agency_sections":
                sections[item["id"]] = item
        if table == "agency_sections" and sections:
            cursor = db.execute("SELECT * FROM answers WHERE section_id IN (SELECT value FROM json_each(?))"
                                " ORDER BY id", (json.dumps(list(sections)),))
            names = columns(cursor)
            for row in cursor:
                item = dict(zip(names, row))
                sections[item["section_id"]].setdefault("answers", []).append(item)
    by_uuid = {r["record"]["uuid"]: r["record"] for r in records.values()}
    cursor = db.execute("SELECT * FROM signatures WHERE inspection_uuid IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(by_uuid)),))
    names = columns(cursor)
    for row in cursor:  # each signature against the statement it signs
        sig = dict(zip(names, row))
        if sig["kind"] == "finalization":
            record = by_uuid[sig["inspection_uuid"]]
            digest = base64.b32encode(bytes.fromhex(sig["sha256"])).decode().rstrip("=")
            message = f"BCP2*{record['reference']}*{sig['revision']}*{digest}"
        else:
            message = json.dumps({"format": "bcp-signature/1", "kind": sig["kind"], "uuid": sig["inspection_uuid"],
                                  "revision": sig["revision"], "agency": sig["agency"], "sha256": sig["sha256"],
                                  "signer": usernames.get(sig["signer_id"]), "key": sig["key_fingerprint"],
                                  "signed_at": sig["signed_at"],
                                  "checkpoint": {"id": sig["audit_id"], "hash": sig["audit_hash"]}},
                                 ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        try:
            keys[sig["key_fingerprint"]].verify(base64.b64decode(sig["value"]), message.encode())
        except (InvalidSignature, KeyError, ValueError):
            pass  # (the statement differs in details from the program's; the cost is the same)
    for record in records.values():  # the record hash, each signed section's, each review's
        canonical(record)
        for section in record.get("agency_sections", ()):
            if section["signed_at"] is not None:
                canonical({"uuid": record["record"]["uuid"], "section": section})
        for review in record.get("reviews", ()):
            canonical({"uuid": record["record"]["uuid"], "revision": record["record"]["revision"],
                       "record_hash": record["record"]["record_hash"], "review": review})
    last = max(records)
print("done")
'''


# Runs the command and prints its peak memory: a process's peak counts the memory of the process it
# was forked from (the benchmark, hundreds of MB), so a small one starts it.
PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def _process(argv: list[str]) -> tuple[float, float]:
    """(seconds from start to end, peak memory in MB) of one process."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", PEAK, *argv], cwd=ROOT, check=True, capture_output=True,
                          text=True)
    elapsed = time.monotonic() - started
    return elapsed, int(done.stdout.split()[-1]) / 1024


def _warm(db_path: Path) -> None:
    """Read the file once, so that neither side pays for the first read from disk (whichever ran
    first did: 90.8 s against 13.9 s for ``--quick`` of a 4 GB file, 7.3 s against 5.8 s warm)."""
    with open(db_path, "rb") as file:
        while file.read(1 << 20):
            pass


def run_check(db_path: Path, quick: bool, days: int = 7) -> tuple[tuple[float, float], tuple[float, float]]:
    """((program seconds, MB), (bare seconds, MB)), each one process from start to end."""
    _warm(db_path)
    argv = ["--db", str(db_path), "check"] + (["--quick", "--days", str(days)] if quick else [])
    ours = _process([sys.executable, "-m", "inspector.cli.main", *argv])
    bare = _process([sys.executable, "-c", BARE, str(db_path), "quick" if quick else "full", str(days)])
    return ours, bare


def check_rows(db_path: Path, records: int) -> list:
    from benchmarks.run import Row

    rows = []
    for quick, name, factor in ((True, "check --quick (7 days)", 2), (False, "check (everything)", 2)):
        (ours, ours_mb), (bare, bare_mb) = run_check(db_path, quick)
        rows.append(Row(f"{name} of {records:,} records (peak RSS {ours_mb:.0f} MB, bare {bare_mb:.0f} MB)",
                        ours, bare, "s", f"≤ {factor}× bare", ours <= factor * bare))
    return rows
