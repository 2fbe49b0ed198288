"""Export and import rows of the benchmark table (run by benchmarks/run.py).

Each run happens in a child process so its peak memory (tracemalloc) is its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from datetime import datetime, timezone
from pathlib import Path

CHILD = r"""
import json, sys, time, tracemalloc
from pathlib import Path
from inspector.exchange.keys import Keystore
from inspector.store.database import Database
mode, db_path, bundle, keys, traced = sys.argv[1:6]
db = Database(db_path)
keystore = Keystore(Path(keys))
if mode == "prepare":  # an import needs a logged-in administrator (made before any timed run)
    from inspector.services import auth
    with db.session() as session:
        auth.create_user(session, None, username="bench.admin", full_name="Benchmark", role="admin",
                         agency=None, password="benchmark password 1")
    sys.exit(0)
actor = None
if mode == "import":
    from inspector.services import auth
    actor = auth.login(db, "bench.admin", "benchmark password 1")
if traced == "1":
    tracemalloc.start()
started, cpu = time.perf_counter(), time.process_time()
if mode == "export":
    from inspector.exchange.export import export_bundle
    summary = export_bundle(db, Path(bundle), keystore=keystore)
    count = summary.records
else:
    from inspector.exchange.importer import import_bundle
    summary = import_bundle(db, Path(bundle), actor=actor, keystore=keystore)
    count = summary.merge.inserted
elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced == "1" else None
print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak, "count": count}))
"""


def _child(*args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, *args], check=True, capture_output=True, text=True)
    lines = result.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def _bare_zip(bundle: Path, target: Path) -> float:
    """zipfile alone: the same members read and written again (no records, no signature)."""
    started = time.perf_counter()
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
    return time.perf_counter() - started


def _bare_export(source: Path, target: Path, batch: int = 50) -> float:
    """sqlite3 + json + hashlib + zipfile, the same work as the export without the ORM: the same
    rows read a page of 50 current cases at a time (every revision with its drivers, documents,
    cargo, seals, sections and answers, attachments, reviews, signatures and people, each case's
    audit entries), one canonical-JSON member per revision and per case's audit trail, each file
    and checklist once, every member hashed, deflated, and a manifest listing them all."""
    import sqlite3

    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    started = time.perf_counter()

    def dump(value: object) -> bytes:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str).encode()

    def rows(sql: str, keys: list) -> list[dict]:
        marks = ", ".join("?" for _ in keys)
        return [dict(r) for r in connection.execute(sql.format(marks=marks), keys)]

    def by(items: list[dict], key: str) -> dict:
        grouped: dict = {}
        for item in items:
            grouped.setdefault(item[key], []).append(item)
        return grouped

    users = {r["id"]: dict(r) for r in connection.execute(
        "SELECT id, username, full_name, badge_number, agency, role FROM users")}
    members, shared, last = [], set(), ""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        def add(name: str, data: bytes, compress: bool = True) -> None:
            out.writestr(name, data, zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
            members.append({"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})

        while True:
            uuids = [r[0] for r in connection.execute(
                "SELECT uuid FROM inspections WHERE is_current AND uuid > ? ORDER BY uuid LIMIT ?", (last, batch))]
            if not uuids:
                break
            last = uuids[-1]
            revisions = rows("SELECT * FROM inspections WHERE uuid IN ({marks}) ORDER BY uuid, revision", uuids)
            ids = [r["id"] for r in revisions]
            children = {table: by(rows(f"SELECT * FROM {table} WHERE inspection_id IN ({{marks}}) ORDER BY id",
                                       ids), "inspection_id")
                        for table in ("drivers", "documents", "cargo_lines", "seals", "agency_sections",
                                      "attachments", "reviews")}
            sections = [s for group in children["agency_sections"].values() for s in group]
            answers = by(rows("SELECT * FROM answers WHERE section_id IN ({marks}) ORDER BY id",
                              [s["id"] for s in sections]), "section_id")
            signatures = {r["id"]: r for r in rows("SELECT * FROM signatures WHERE inspection_uuid IN ({marks})",
                                                   uuids)}
            for revision in revisions:
                own = {table: children[table].get(revision["id"], []) for table in children}
                for section in own["agency_sections"]:
                    section["answers"] = answers.get(section["id"], [])
                    section["officer"] = users.get(section["officer_id"])
                    section["signature"] = signatures.get(section["e_signature_id"])
                    if section["checklist_id"] not in shared:
                        shared.add(section["checklist_id"])
                        definition = connection.execute("SELECT checklist_id, version, definition FROM "
                                                        "checklist_definitions WHERE id = ?",
                                                        (section["checklist_id"],)).fetchone()
                        add(f"checklists/{definition[0]}@{definition[1]}.json", dump(json.loads(definition[2])))
                for attachment in own["attachments"]:
                    if attachment["sha256"] not in shared:
                        shared.add(attachment["sha256"])
                        data = connection.execute("SELECT data FROM attachment_blobs WHERE sha256 = ?",
                                                  (attachment["sha256"],)).fetchone()[0]
                        add(f"attachments/{attachment['sha256']}", data, compress=False)
                document = {**revision, **own, "lead_officer": users.get(revision["lead_officer_id"]),
                            "created_by": users.get(revision["created_by_id"]),
                            "finalization": signatures.get(revision["finalization_signature_id"])}
                add(f"records/{revision['uuid']}/{revision['revision']}.json", dump(document))
            for uuid, entries in by(rows("SELECT * FROM audit_log WHERE inspection_uuid IN ({marks}) ORDER BY id",
                                         uuids), "inspection_uuid").items():
                add(f"audit/{uuid}.json", dump({"format": "bcp-audit/1", "uuid": uuid, "entries": entries}))
        out.writestr("manifest.json", dump({"format": "bcp-bundle/1", "members": members}))
    connection.close()
    return time.perf_counter() - started


def _bare_read(bundle: Path) -> float:
    """zipfile + json alone: every member read and every document parsed (no database)."""
    started = time.perf_counter()
    with zipfile.ZipFile(bundle) as source:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith(".json"):
                json.loads(data)
    return time.perf_counter() - started


def _time(text: str | None) -> str | None:
    """A document's time as the database stores it (UTC, SQLite's text form)."""
    if text is None:
        return None
    return datetime.fromisoformat(text).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def _bare_import(bundle: Path, target: Path) -> float:
    """zipfile + hashlib + json + sqlite3, the same work as the import without its checks: every member
    read and hashed against the manifest, every document parsed, and the same rows inserted into the
    same schema (an empty database made by the app before the clock starts) with ``executemany`` per
    table, one transaction: users, checklists, files, signatures, revisions with their drivers,
    documents, cargo, seals, sections, answers, attachments and reviews, each case's origin and
    imported audit entries, and one chained audit entry (SHA-256) per revision."""
    import sqlite3

    connection = sqlite3.connect(target)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    started = time.perf_counter()
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    with zipfile.ZipFile(bundle) as source:
        manifest = json.loads(source.read("manifest.json"))
        listed = {m["name"]: m for m in manifest["members"]}
        origin = manifest["workstation"]["id"]

        def read(name: str) -> bytes:
            data = source.read(name)
            if hashlib.sha256(data).hexdigest() != listed[name]["sha256"]:
                raise ValueError(name)
            return data

        cursor = connection.cursor()
        next_id = {t: (cursor.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0)
                   for t in ("users", "checklist_definitions", "signatures", "inspections", "agency_sections",
                             "audit_log")}
        prev_hash = cursor.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]

        def new_id(table: str) -> int:
            next_id[table] += 1
            return next_id[table]

        users = {row[0]: row[1] for row in cursor.execute("SELECT username, id FROM users")}
        checklists: dict[tuple, int] = {}
        tables: dict[str, list[tuple]] = {}

        def add(table: str, *values) -> None:
            tables.setdefault(table, []).append(values)

        def user(ref: dict | None) -> int | None:
            if ref is None:
                return None
            if ref["username"] not in users:
                users[ref["username"]] = new_id("users")
                add("users", users[ref["username"]], ref["username"], ref["full_name"], ref.get("agency"),
                    "officer", ref.get("badge_number"), None, False, 0, now, ref.get("role"))
            return users[ref["username"]]

        signatures: dict[str, int] = {}

        def signature(kind: str, doc: dict, ref: dict | None, agency: str | None) -> int | None:
            if ref is None:
                return None
            if ref["value"] not in signatures:
                signatures[ref["value"]] = new_id("signatures")
                add("signatures", signatures[ref["value"]], kind, doc["uuid"], doc["revision"], agency,
                    user(ref["signed_by"]), ref["key_fingerprint"], _time(ref["signed_at"]), ref["sha256"],
                    ref["checkpoint"]["id"], ref["checkpoint"]["hash"], ref["value"])
            return signatures[ref["value"]]

        for name in listed:
            if name.startswith("checklists/"):
                data = read(name)
                definition = json.loads(data)
                checklists[(definition["id"], definition["version"])] = new_id("checklist_definitions")
                add("checklist_definitions", checklists[(definition["id"], definition["version"])],
                    definition["id"], definition["version"], definition["agency"], hashlib.sha256(data).hexdigest(),
                    data.decode("utf-8"), now)
            elif name.startswith("attachments/"):
                data = read(name)
                add("attachment_blobs", name.split("/")[1], "image/jpeg", len(data), data, now)
            elif name.startswith("keys/"):
                json.loads(read(name))
        seen_cases: set[str] = set()
        for name in sorted(n for n in listed if n.startswith("records/")):
            doc = json.loads(read(name))
            uuid = doc["uuid"]
            if uuid not in seen_cases:
                seen_cases.add(uuid)
                add("case_origins", uuid, origin, None, doc["bcp"], manifest["workstation"]["fingerprint"],
                    listed[name].get("changes"), now)
                audit_name = f"audit/{uuid}.json"
                if audit_name in listed:
                    for e in json.loads(read(audit_name))["entries"]:
                        add("imported_audit", origin, e["id"], _time(e["at"]), e["user_id"], e["username"],
                            e["action"], e["entity"], e["entity_id"], uuid, json.dumps(e["old"]),
                            json.dumps(e["new"]), e["prev_hash"], e["hash"], manifest["bundle"], now)
            inspection_id = new_id("inspections")
            vehicle, transit = doc["vehicle"], doc.get("transit") or {}
            decision, amendment = doc["decision"] or {}, doc.get("amendment") or {}
            checkpoint = doc.get("checkpoint") or {}
            add("inspections", inspection_id, uuid, doc["revision"], True, doc["reference"], doc["bcp"],
                doc["direction"], doc["procedure"], doc.get("risk_lane"), doc.get("declaration_ref"), doc["status"],
                _time(doc["arrived_at"]), _time(doc["released_at"]), vehicle["tractor_plate"],
                vehicle["trailer_plate"], vehicle["country"], transit.get("route"), transit.get("exit_bcp"),
                _time(transit.get("deadline")), decision.get("value"), decision.get("note"),
                user(decision.get("confirmed_by")), _time(decision.get("confirmed_at")), user(doc.get("lead_officer")),
                user(doc.get("created_by")), _time(doc["created_at"]), _time(listed[name]["updated_at"]),
                _time(doc.get("finalized_at")), user(doc.get("finalized_by")), doc.get("record_hash"),
                amendment.get("reason"), user(amendment.get("by")), doc.get("hash_format", 1), checkpoint.get("id"),
                checkpoint.get("hash"), signature("finalization", doc, doc.get("finalization"), None))
            for n, d in enumerate(doc["drivers"]):
                add("drivers", inspection_id, n, d["name_latin"], d["name_original"], d["passport_number"],
                    d["nationality"])
            for n, d in enumerate(doc["documents"]):
                add("documents", inspection_id, n, d["type"], d["number"], d["issuer"], d["date"])
            for n, c in enumerate(doc["cargo"]):
                add("cargo_lines", inspection_id, n, c["description"], c["hs_code"], c["packages"],
                    c["gross_mass_kg"], c["origin_country"], c["consignor"], c["consignee"])
            for n, x in enumerate(doc["seals"]):
                add("seals", inspection_id, n, x["number"], x["status"], x["new_number"], x["affixed_by"])
            for a in doc["agencies"]:
                section_id = new_id("agency_sections")
                add("agency_sections", section_id, inspection_id, a["agency"],
                    checklists.get((a["checklist"]["id"], a["checklist"]["version"]), 1), user(a["officer"]),
                    _time(a.get("started_at")), _time(a.get("finished_at")), a["decision"], a["remarks"],
                    _time(a["signed_at"]), user(a.get("signed_by")), a.get("drawn_signature"),
                    a.get("returned_comment"), signature("section", doc, a.get("signature"), a["agency"]))
                answered_at = _time(a.get("finished_at") or a.get("started_at") or doc["created_at"])
                for x in a["answers"]:
                    add("answers", section_id, x["item"], json.dumps(x["value"]), x["note"],
                        json.dumps(x["photos"]) if x["photos"] else None, answered_at, user(a["officer"]))
            for x in doc["attachments"]:
                add("attachments", inspection_id, x["sha256"], x["filename"], x["caption"], x["agency"],
                    _time(doc["created_at"]))
            review = doc["review"]
            if review is not None:
                add("reviews", inspection_id, user(review["reviewer"]), review["outcome"], review["comment"],
                    json.dumps(review["agencies"]), json.dumps(review["remarks"]), _time(review["reviewed_at"]),
                    signature("review", doc, review.get("signature"), None))
            entry = {"at": now, "action": "exchange.revision_imported", "uuid": uuid, "revision": doc["revision"],
                     "prev_hash": prev_hash}
            prev_hash = hashlib.sha256(json.dumps(entry, sort_keys=True).encode("utf-8")).hexdigest()
            add("audit_log", new_id("audit_log"), now, None, "bench", "exchange.revision_imported", "inspection",
                doc["reference"], uuid, None, json.dumps(entry), entry["prev_hash"], prev_hash)
    columns = {
        "users": "id, username, full_name, agency, role, badge_number, password_hash, active, failed_attempts, "
                 "created_at, record_role",
        "checklist_definitions": "id, checklist_id, version, agency, sha256, definition, frozen_at",
        "attachment_blobs": "sha256, media_type, size, data, created_at",
        "signatures": "id, kind, inspection_uuid, revision, agency, signer_id, key_fingerprint, signed_at, sha256, "
                      "audit_id, audit_hash, value",
        "inspections": "id, uuid, revision, is_current, reference, bcp_code, direction, procedure, risk_lane, "
                       "declaration_ref, status, arrived_at, released_at, tractor_plate, trailer_plate, "
                       "vehicle_country, transit_route, transit_exit_bcp, transit_deadline, decision, decision_note, "
                       "decision_confirmed_by_id, decision_confirmed_at, lead_officer_id, created_by_id, created_at, "
                       "updated_at, finalized_at, finalized_by_id, record_hash, amendment_reason, amended_by_id, "
                       "hash_format, finalized_audit_id, finalized_audit_hash, finalization_signature_id",
        "drivers": "inspection_id, position, name_latin, name_original, passport_number, nationality",
        "documents": "inspection_id, position, type, number, issuer, issued_on",
        "cargo_lines": "inspection_id, position, description, hs_code, packages, gross_mass_kg, origin_country, "
                       "consignor, consignee",
        "seals": "inspection_id, position, number, status, new_number, affixed_by",
        "agency_sections": "id, inspection_id, agency, checklist_id, officer_id, started_at, finished_at, decision, "
                           "remarks, signed_at, signed_by_id, signature_sha256, returned_comment, e_signature_id",
        "answers": "section_id, item_id, value, note, photos, answered_at, answered_by_id",
        "attachments": "inspection_id, sha256, filename, caption, agency, added_at",
        "reviews": "inspection_id, reviewer_id, outcome, comment, agencies, remarks, reviewed_at, signature_id",
        "case_origins": "uuid, workstation_id, workstation_code, bcp_code, key_fingerprint, changes, recorded_at",
        "imported_audit": "origin, origin_id, at, user_id, username, action, entity, entity_id, inspection_uuid, "
                          "old, new, prev_hash, hash, received_in, received_at",
        "audit_log": "id, at, user_id, username, action, entity, entity_id, inspection_uuid, old, new, prev_hash, "
                     "hash",
    }
    with connection:
        for table, names in columns.items():
            if tables.get(table):
                marks = ", ".join("?" for _ in names.split(","))
                connection.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", tables[table])
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def exchange_rows(folder: Path, _big: Path, sizes: tuple[int, ...] = (1_000, 10_000)) -> list:
    """Timed runs without tracemalloc; the heap peaks come from separate traced runs."""
    from benchmarks.run import Row, demo_database

    rows = []
    keys = folder / "keys"
    for records in sizes:
        source = demo_database(folder, records)
        bundle = folder / f"bundle-{records}.zip"
        bundle.unlink(missing_ok=True)
        exported = _child("export", str(source), str(bundle), str(keys), "0")
        bare_export = _bare_export(source, _fresh(folder / "bare.zip"))
        empty = _fresh(folder / "import-empty.db")
        _child("prepare", str(empty), str(bundle), str(keys), "0")
        target, bare_target = _fresh(folder / f"import-{records}.db"), _fresh(folder / "bare-import.db")
        shutil.copyfile(empty, target)
        shutil.copyfile(empty, bare_target)
        imported = _child("import", str(target), str(bundle), str(keys), "0")
        bare_import = _bare_import(bundle, bare_target)
        # The heap peaks, in runs of their own (tracemalloc slows Python down several times).
        export_peak = _child("export", str(source), str(folder / "traced.zip"), str(keys), "1")["peak_mb"]
        shutil.copyfile(empty, _fresh(folder / "traced.db"))
        import_peak = _child("import", str(folder / "traced.db"), str(bundle), str(keys), "1")["peak_mb"]
        rate = records / imported["seconds"]
        rows.append(Row(f"export {records:,} records (peak heap {export_peak:.0f} MB)",
                        exported["seconds"] * 1000, bare_export * 1000, "ms", "≤ 2× bare, bounded memory",
                        exported["seconds"] <= 2 * bare_export and export_peak < 64))
        rows.append(Row(f"import {records:,} records ({rate:,.0f} cases/s, peak heap {import_peak:.0f} MB)",
                        imported["seconds"] * 1000, bare_import * 1000, "ms",
                        "≤ 3× bare, ≥ 1,000 cases/s, bounded memory",
                        imported["seconds"] <= 3 * bare_import and rate >= 1000 and import_peak < 128))
        if os.environ.get("INSPECTOR_TEST_PG_URL"):
            seconds = sync_seconds(source, folder, os.environ["INSPECTOR_TEST_PG_URL"])
            rows.append(Row(f"sync {records:,} records to PostgreSQL ({records / seconds:,.0f} cases/s)",
                            seconds * 1000, None, "ms", "≥ 500 cases/s", records / seconds >= 500))
    return rows


def sync_seconds(source: Path, folder: Path, server_url: str) -> float:
    """``sync`` of a copy of ``source`` into a new, empty central database on ``server_url`` (made, with
    its schema, before the clock starts; dropped after)."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from inspector.exchange.sync import sync
    from inspector.store.database import Database

    name = f"inspector_bench_{uuid.uuid4().hex[:12]}"
    server = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    copy = _fresh(folder / "sync-source.db")
    shutil.copyfile(source, copy)
    local = Database(copy)
    Database(url).dispose()
    try:
        started = time.perf_counter()
        sync(local, url, checklist_dir=folder / "sync-checklists")
        return time.perf_counter() - started
    finally:
        local.dispose()
        with server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()
