"""Reading bundles and databases back for comparison; making bundles a test needs."""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from inspector.domain.clock import iso
from inspector.exchange.export import BundleWriter, revisions_of
from inspector.exchange.keys import Keystore, encode_public_key
from inspector.exchange.manifest import Manifest, Member, parse, signed_digest
from inspector.services.documents import canonical_json, record_hash, to_document
from inspector.store.models import (
    AttachmentBlob,
    AuditEntry,
    Base,
    ExchangeConflict,
    FrozenChecklist,
    JointInspection,
    ReferenceCounter,
    User,
)

REJECTED = "The bundle was refused and nothing was imported"
IMPORTER = "hq.admin"


def importer(db, username: str = IMPORTER):
    """The logged-in administrator an import needs (made as the first account of an empty database)."""
    from inspector.services import auth
    from tests.core.conftest import PASSWORD

    with db.session() as session:
        if auth.find_user(session, username) is None:
            first = not auth.has_users(session)
            admin = None if first else auth.login(db, "admin", PASSWORD)
            auth.create_user(session, admin, username=username, full_name="Head Office Administrator",
                             role="admin", agency=None, password=PASSWORD)
    return auth.login(db, username, PASSWORD)


def bundle_documents(path: Path) -> dict[tuple[str, int], str]:
    """Each record member's canonical JSON, by (uuid, revision)."""
    with zipfile.ZipFile(path) as archive:
        result = {}
        for name in archive.namelist():
            if name.startswith("records/"):
                doc = json.loads(archive.read(name))
                result[(doc["uuid"], doc["revision"])] = canonical_json(doc)
        return result


def bundle_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def database_documents(db) -> dict[tuple[str, int], str]:
    with db.read_session() as session:
        uuids = list(session.scalars(select(JointInspection.uuid).distinct()))
        result = {}
        for start in range(0, len(uuids), 200):
            for inspection in revisions_of(session, uuids[start:start + 200]):
                result[(inspection.uuid, inspection.revision)] = canonical_json(to_document(inspection))
            session.expunge_all()
        return result


def dump(db, *, audit: bool = True) -> dict:
    """A logical dump: every table's row count, every document, the facts an import may change."""
    with db.read_session() as session:
        counts = {table.name: session.scalar(select(func.count()).select_from(table))
                  for table in Base.metadata.sorted_tables if audit or table.name != "audit_log"}
        users = sorted((u.username, u.full_name, u.active, u.password_hash is None)
                       for u in session.scalars(select(User)))
        conflicts = sorted((c.uuid, c.revision, c.incoming_sha256) for c in session.scalars(select(ExchangeConflict)))
        blobs = sorted(session.execute(select(AttachmentBlob.sha256, AttachmentBlob.size)).all())
        checklists = sorted(session.execute(select(FrozenChecklist.checklist_id, FrozenChecklist.version,
                                                   FrozenChecklist.sha256)).all())
        counters = sorted(session.execute(select(ReferenceCounter.bcp_code, ReferenceCounter.year,
                                                 ReferenceCounter.last_number)).all())
        current = sorted(session.execute(select(JointInspection.uuid, JointInspection.revision)
                                         .where(JointInspection.is_current.is_(True))).all())
        last_audit = session.scalar(select(func.max(AuditEntry.id))) if audit else None
    return {"counts": counts, "users": users, "conflicts": conflicts, "blobs": blobs, "checklists": checklists,
            "counters": counters, "current": current, "documents": database_documents(db),
            "last_audit": last_audit}


def rewrite(source: Path, target: Path, change=None, *, keystore: Keystore | None = None,
            refresh_manifest: bool = True, workstation: str | None = None) -> Path:
    """A copy of a bundle after ``change(members)``; re-listed and re-signed with ``keystore``.

    ``refresh_manifest=False`` keeps the original manifest and signature: what
    someone altering a bundle without the key can do.
    """
    members = bundle_members(source)
    manifest_raw, signature = members.pop("manifest.json"), members.pop("manifest.sig")
    if change is not None:
        change(members)
    if refresh_manifest:
        old = parse(manifest_raw)
        updated = {m.name: m.updated_at for m in old.members}
        changes = {m.name: m.changes for m in old.members}
        old.members = [Member(name, len(data), hashlib.sha256(data).hexdigest(),
                              updated.get(name) or (datetime.now(timezone.utc) if name.startswith("records/") else None),
                              changes.get(name))
                       for name, data in members.items()]
        if workstation is not None:
            old.workstation_id = workstation
        if keystore is not None:
            old.public_key = encode_public_key(keystore.public_key())
            old.fingerprint = keystore.fingerprint()
        manifest_raw = old.to_bytes()
        signature = (keystore.sign(signed_digest(hashlib.sha256(manifest_raw))) if keystore is not None
                     else signature)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", manifest_raw)
        archive.writestr("manifest.sig", signature)
    return target


def edit_document(members: dict[str, bytes], name: str, edit) -> None:
    """Change one record document and keep it self-consistent (its record hash)."""
    doc = json.loads(members[name])
    edit(doc)
    if doc.get("record_hash"):
        doc["record_hash"] = record_hash(doc)
    members[name] = canonical_json(doc).encode("utf-8")


def first_record(members: dict[str, bytes], status: str | None = None) -> str:
    for name in sorted(members):
        if name.startswith("records/") and (status is None or json.loads(members[name])["status"] == status):
            return name
    raise AssertionError(f"no record with status {status}")


DEMO_SEED = 3  # tests/exchange/conftest.py's demo database


def resign(doc: dict, seed: int) -> None:
    """Sign a demo document's acts again after changing it (the demo's keys come from its seed):
    what the demo's officers would have signed, had the case been this one."""
    from inspector.demo.generator import demo_key
    from inspector.services import keys, signatures
    from inspector.services.documents import review_hash, section_hash

    def sign(kind, ref, digest, agency=None):
        if ref is None:
            return
        ref["sha256"] = digest
        statement = signatures.statement_of_ref(kind, doc, ref, agency)
        ref["value"] = keys.sign(demo_key(seed, ref["signed_by"]["username"]), statement)

    for a in doc["agencies"]:
        sign("section", a.get("signature"), section_hash(doc["uuid"], a), a["agency"])
    if doc.get("record_hash"):
        doc["record_hash"] = record_hash(doc)
    sign("finalization", doc.get("finalization"), doc.get("record_hash"))
    if doc.get("review"):
        sign("review", doc["review"].get("signature"), review_hash(doc, doc["review"]))


def clone_bundle(source: Path, target: Path, copies: int, keystore: Keystore) -> int:
    """A bundle of ``copies`` variants of every case in ``source``: fresh uuids and references.

    Written member by member with the exporter's own writer; returns the number of cases.
    """
    members = bundle_members(source)
    old = parse(members["manifest.json"])
    updated = {m.name: m.updated_at for m in old.members}
    manifest = Manifest(bundle=str(uuidlib.uuid4()), created_at=iso(datetime.now(timezone.utc)), bcp=old.bcp,
                        workstation_id=old.workstation_id, public_key=encode_public_key(keystore.public_key()),
                        fingerprint=keystore.fingerprint(), software="tests")
    cases = set()
    with open(target, "wb") as handle:
        writer = BundleWriter(handle, keystore, manifest)
        for name, data in members.items():
            if name.startswith(("attachments/", "checklists/", "keys/")):
                writer.add(name, data, compress=name.startswith("checklists/"))
        for copy in range(copies):
            for name in sorted(n for n in members if n.startswith("records/")):
                doc = json.loads(members[name])
                doc["uuid"] = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"{doc['uuid']}/{copy}"))
                bcp, year, number = doc["reference"].split("-")
                doc["reference"] = f"{bcp}-{year}-{copy * 1000 + int(number):06d}"
                resign(doc, DEMO_SEED)
                writer.add_record(doc, updated[name])
                cases.add(doc["uuid"])
        writer.close()
    return len(cases)


def staff(db, suffix: str):
    """A workstation's accounts (usernames are unique across the service: head office provisions them)."""
    from inspector.services import auth
    from tests.core.conftest import PASSWORD, People

    with db.session() as s:
        admin = auth.create_user(s, None, username=f"admin{suffix}", full_name=f"Admin {suffix}", role="admin",
                                 agency=None, password=PASSWORD)

        def add(username, name, agency, role="officer"):
            return auth.create_user(s, admin, username=f"{username}{suffix}", full_name=name, role=role,
                                    agency=agency, password=PASSWORD, badge_number=f"B-{username}{suffix}")

        return People(admin=admin, customs=add("aman", f"Aman {suffix}", "customs"),
                      customs2=add("serdar", f"Serdar {suffix}", "customs"),
                      vet=add("merdan", f"Merdan {suffix}", "veterinary"),
                      phyto=add("ayna", f"Ayna {suffix}", "phytosanitary"),
                      sanepid=add("dowran", f"Dowran {suffix}", "sanitary_epidemiological"),
                      supervisor=add("chief", f"Chief {suffix}", None, role="supervisor"))
