"""Bundles carry records faithfully: export → import → export gives the same documents."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from inspector.cli.main import main
from inspector.domain.enums import Status
from inspector.exchange.export import Selection, export_bundle
from inspector.exchange.importer import import_bundle
from inspector.exchange.keys import Keystore, PublicKeyFile
from inspector.exchange.trust import trust
from inspector.services import audit, integrity
from inspector.services.documents import record_hash
from inspector.store.database import Database
from inspector.store.models import AuditEntry, User

from tests.core.conftest import PASSWORD
from tests.exchange.conftest import DEMO_RECORDS
from tests.exchange.helpers import bundle_documents, bundle_members, database_documents, dump, importer


def trusting(db: Database, keystore: Keystore) -> Database:
    with db.session() as session:
        trust(session, None, PublicKeyFile(keystore.public_key(), None, None), "Farap workstation 1")
    return db


def test_round_trip_gives_the_same_documents_and_hashes(demo_path, demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    trusting(hq, bcp_keys)
    summary = import_bundle(hq, demo_bundle, actor=importer(hq), keystore=hq_keys)
    original = bundle_documents(demo_bundle)
    assert summary.merge.inserted == len(original) > DEMO_RECORDS  # every revision, amendments too
    again = tmp_path / "again.zip"
    export_bundle(hq, again, keystore=hq_keys)
    assert bundle_documents(again) == original
    source = Database(demo_path)
    try:
        assert database_documents(hq) == database_documents(source) == original
    finally:
        source.dispose()
    for text in original.values():
        doc = json.loads(text)
        if doc["record_hash"]:
            assert record_hash(doc) == doc["record_hash"]
    # The attachments and checklist definitions travel byte for byte.
    first, second = bundle_members(demo_bundle), bundle_members(again)
    carried = [n for n in first if n.startswith(("attachments/", "checklists/"))]
    assert carried and all(first[n] == second[n] for n in carried)
    report = integrity.run(hq)
    assert report.ok, [f.message() for f in report.findings]
    assert report.locked_records > 0


def test_importing_the_same_bundle_twice_changes_nothing(demo_bundle, bcp_keys, hq, hq_keys):
    trusting(hq, bcp_keys)
    admin = importer(hq)
    import_bundle(hq, demo_bundle, actor=admin, keystore=hq_keys)
    before = dump(hq, audit=False)
    with hq.read_session() as session:
        last = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    second = import_bundle(hq, demo_bundle, actor=admin, keystore=hq_keys)
    assert second.merge.changed == 0 and second.merge.users_created == 0
    assert second.merge.unchanged == len(bundle_documents(demo_bundle))
    assert dump(hq, audit=False) == before
    # The audit trail notes the attempt, and nothing else.
    with hq.read_session() as session:
        added = list(session.scalars(select(AuditEntry).where(AuditEntry.id > last)))
    assert [e.action for e in added] == ["exchange.bundle_imported"]
    assert integrity.run(hq).ok


def test_import_creates_unknown_people_inactive_without_password_and_audits_each_record(demo_bundle, bcp_keys,
                                                                                         hq, hq_keys):
    trusting(hq, bcp_keys)
    summary = import_bundle(hq, demo_bundle, actor=importer(hq), keystore=hq_keys)
    with hq.read_session() as session:
        users = list(session.scalars(select(User).where(User.username != "hq.admin")))
        assert users and all(not u.active and u.password_hash is None for u in users)
        # Whatever the records call them, a bundle never brings a supervisor or an administrator.
        assert {u.role for u in users} == {"officer"} and {u.record_role for u in users} > {None}
        assert summary.merge.users_created == len(users)
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert actions.count("exchange.revision_imported") == summary.merge.inserted
    assert actions.count("exchange.user_created_inactive") == len(users)
    assert actions[-1] == "exchange.bundle_imported"


def test_references_continue_after_imported_ones(demo_bundle, bcp_keys, hq, hq_keys):
    """A BCP restoring its records from a bundle never hands out a reference twice."""
    trusting(hq, bcp_keys)
    import_bundle(hq, demo_bundle, actor=importer(hq), keystore=hq_keys)
    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services import inspections
    from tests.core.conftest import consignment

    references = {json.loads(t)["reference"] for t in bundle_documents(demo_bundle).values()}
    frb = max(r for r in references if r.startswith("FRB-2026-"))
    with hq.session() as session:
        new = inspections.create(session, None, consignment(bcp="FRB"), ChecklistRegistry())
        assert new.reference not in references
        assert new.reference > frb


def test_selection_by_status_and_day(demo_path, bcp_keys, tmp_path):
    db = Database(demo_path)
    try:
        finalized = tmp_path / "finalized.zip"
        summary = export_bundle(db, finalized, keystore=bcp_keys, selection=Selection(statuses=(Status.FINALIZED,)))
        docs = [json.loads(t) for t in bundle_documents(finalized).values()]
        current = {}
        for doc in docs:
            if doc["revision"] >= current.get(doc["uuid"], {"revision": -1})["revision"]:
                current[doc["uuid"]] = doc
        assert summary.records == len(current) > 0
        assert {d["status"] for d in current.values()} == {"finalized"}
        later = tmp_path / "later.zip"
        export_bundle(db, later, keystore=bcp_keys, selection=Selection(since=date(2026, 11, 26)))
        recent = bundle_documents(later)
        assert 0 < len({u for u, _ in recent}) < DEMO_RECORDS
        tomorrow = tmp_path / "none.zip"
        assert export_bundle(db, tomorrow, keystore=bcp_keys, selection=Selection(since=date(2100, 1, 1))).records == 0
    finally:
        db.dispose()


def test_bundle_layout_and_manifest(demo_bundle, bcp_keys):
    with zipfile.ZipFile(demo_bundle) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        signature = archive.read("manifest.sig")
    assert names[-2:] == ["manifest.json", "manifest.sig"] and len(signature) == 64
    assert manifest["format"] == "bcp-bundle/1"
    assert manifest["workstation"]["fingerprint"] == bcp_keys.fingerprint()
    listed = {m["name"] for m in manifest["members"]}
    assert listed == set(names) - {"manifest.json", "manifest.sig"}
    assert {n.split("/")[0] for n in listed} == {"records", "audit", "attachments", "checklists", "keys"}
    assert all("updated_at" in m for m in manifest["members"] if m["name"].startswith("records/"))


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_import_and_keys(demo_path, tmp_path, capsys, monkeypatch):
    """Two workstations on one machine would share a key; here the BCP's is the user's own."""
    bundle = tmp_path / "out" / "frb.zip"
    bundle.parent.mkdir()
    code, out, err = run(capsys, "--db", str(demo_path), "export", "-o", str(bundle))
    assert code == 0, err
    assert "frb.zip" in out and bundle.exists()
    assert [p.name for p in bundle.parent.iterdir()] == ["frb.zip"]  # no temporary file left
    assert stat.S_IMODE(bundle.stat().st_mode) & 0o077 == 0  # personal data: owner only

    key_file = tmp_path / "frb.key"
    code, out, _ = run(capsys, "--db", str(demo_path), "keys", "export", "-o", str(key_file))
    assert code == 0 and json.loads(key_file.read_text())["format"] == "bcp-workstation-key/1"

    hq = tmp_path / "hq.db"
    # Head office has a key of its own (another user data folder) and trusts the BCP's.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "hq-home"))
    code, out, err = run(capsys, "--db", str(hq), "import", str(bundle))
    assert code != 0 and "--user" in err and "Traceback" not in err  # nobody logged in: nothing read
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, err = run(capsys, "--db", str(hq), "users", "add", "--username", "hq.admin", "--name", "HQ Admin",
                         "--role", "admin")
    assert code == 0, err
    monkeypatch.setenv("INSPECTOR_PASSWORD", "wrong password")
    code, out, err = run(capsys, "--db", str(hq), "import", str(bundle), "--user", "hq.admin")
    assert code != 0 and "Traceback" not in err and not out
    monkeypatch.setenv("INSPECTOR_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--db", str(hq), "import", str(bundle), "--user", "hq.admin")
    assert code == 1 and err.startswith("The bundle was refused") and "trust" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(hq), "keys", "trust", str(key_file), "--name", "Farap 1", "--user", "hq.admin")
    assert code == 0 and "Farap 1" in out  # hq.db is encrypted (issue 15): every command logs in
    code, out, _ = run(capsys, "--db", str(hq), "keys", "list", "--user", "hq.admin")
    assert "Farap 1" in out
    code, out, err = run(capsys, "--db", str(hq), "import", str(bundle), "--user", "hq.admin")
    assert code == 0, err
    assert "new" in out and "0 conflict" in out
    code, out, _ = run(capsys, "--db", str(hq), "check", "--user", "hq.admin")
    assert code == 0

    code, out, _ = run(capsys, "--db", str(hq), "--lang", "tk", "keys", "show", "--user", "hq.admin")
    assert code == 0 and "Barmak yzy" in out


def test_a_failed_export_leaves_no_file(demo_path, bcp_keys, tmp_path, monkeypatch):
    from inspector.exchange import export as export_module

    target = tmp_path / "broken.zip"
    target.write_bytes(b"the previous bundle")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module.BundleWriter, "add_record", fail)
    db = Database(demo_path)
    try:
        with pytest.raises(Exception, match="No space left"):
            export_bundle(db, target, keystore=bcp_keys)
    finally:
        db.dispose()
    assert target.read_bytes() == b"the previous bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["broken.zip"]


def test_audit_of_import_names_the_source(demo_bundle, bcp_keys, hq, hq_keys):
    trusting(hq, bcp_keys)
    import_bundle(hq, demo_bundle, actor=importer(hq), keystore=hq_keys)
    with hq.read_session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "exchange.bundle_imported"))
        assert entry.new["signer"] == bcp_keys.fingerprint()
        assert not audit.verify_chain(session)
