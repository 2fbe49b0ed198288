"""The attacker who can write the database file but knows no password.

Each case edits a copy of one database with plain ``sqlite3`` — dropping the
triggers that would stop an honest mistake, recomputing every unkeyed hash the
way anyone can (the record hash with the documented algorithm, the audit chain
with its published formula) — then runs ``inspector check`` (must fail and
name what changed) and, where the change touches a record, ``inspector
report`` and ``inspections show`` (must refuse it). ``CASES`` is the count of
tamper cases tried; every one must be detected.
"""

from __future__ import annotations

import json
import shutil
from contextlib import contextmanager
import sqlite3
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from inspector.checklists.registry import ChecklistRegistry
from inspector.cli.main import main
from inspector.domain.errors import AuthenticationFailed
from inspector.services import auth, inspections, keys, workflow
from inspector.services.documents import jcs, record_hash, sha256_hex, to_document
from inspector.store.database import Database

from tests.core.conftest import PASSWORD, consignment
from tests.core.helpers import answer_section, confirmed, sign_section

ATTACKER_PASSWORD = "i-know-this-one"


class Staff:
    pass


def _people(db) -> Staff:
    staff = Staff()
    with db.session() as s:
        staff.admin = auth.create_user(s, None, username="admin", full_name="Admin Adminow", role="admin",
                                       agency=None, password=PASSWORD)
        for attr, username, name, agency, role in (
                ("customs", "aman", "Aman Amanow", "customs", "officer"),
                ("vet", "merdan", "Merdan Gylyjow", "veterinary", "officer"),
                ("supervisor", "chief", "Batyr Orazow", None, "supervisor"),
                ("supervisor2", "deputy", "Myrat Ataýew", None, "supervisor")):
            setattr(staff, attr, auth.create_user(s, staff.admin, username=username, full_name=name, role=role,
                                                  agency=agency, password=PASSWORD, badge_number=f"B-{username}"))
    return staff


def _finalized(db, staff, registry, reviewed: bool) -> str:
    with db.session() as s:
        reference = inspections.create(s, staff.customs, consignment(), registry).reference
        inspections.set_agencies(s, staff.customs, inspections.get(s, reference), ["customs", "veterinary"],
                                 registry)
    for officer, agency in ((staff.customs, "customs"), (staff.vet, "veterinary")):
        answer_section(db, officer, reference, agency)
        sign_section(db, officer, reference, agency)
    with db.session() as s:
        inspection = inspections.get(s, reference)
        workflow.confirm_decision(s, staff.customs, inspection)
        workflow.finalize(s, staff.customs, inspection, confirmation=confirmed(s, staff.customs))
    if reviewed:
        with db.session() as s:
            workflow.review(s, staff.supervisor, inspections.get(s, reference), "approved", "Correct",
                            confirmation=confirmed(s, staff.supervisor))
    return reference


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Approved A, finalized B, completed C (both sections signed), in-progress D with answers."""
    path = tmp_path_factory.mktemp("tamper") / "bcp.db"
    registry = ChecklistRegistry()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        db = Database(path)
        staff = _people(db)
        refs = {"A": _finalized(db, staff, registry, reviewed=True),
                "B": _finalized(db, staff, registry, reviewed=False)}
        with db.session() as s:
            refs["D"] = inspections.create(s, staff.customs, consignment(), registry).reference
        answer_section(db, staff.customs, refs["D"], "customs")
        with db.session() as s:
            refs["C"] = inspections.create(s, staff.customs, consignment(), registry).reference
        answer_section(db, staff.customs, refs["C"], "customs")
        sign_section(db, staff.customs, refs["C"], "customs")  # last: its checkpoint pins nearly the whole trail
        db.dispose()
    return path, refs


@pytest.fixture
def copy(template, tmp_path, capsys):
    path, refs = template
    target = tmp_path / "bcp.db"
    shutil.copy(path, target)
    assert run(capsys, "--db", str(target), "check")[0] == 0  # clean before the attack
    return target, refs


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@contextmanager
def untriggered(path: Path):
    """The attacker's tool: plain sqlite3, triggers out of the way during the edit and put back after."""
    with sqlite3.connect(path) as connection:
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _ in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        yield connection
        for _, text in triggers:
            connection.execute(text)


def sql(path: Path, *statements: tuple) -> None:
    with untriggered(path) as connection:
        for statement in statements:
            connection.execute(*statement) if isinstance(statement, tuple) else connection.execute(statement)


def one(path: Path, query: str, *params):
    with sqlite3.connect(path) as connection:
        return connection.execute(query, params).fetchone()


def document_of(path: Path, reference: str) -> dict:
    db = Database(path)
    try:
        with db.read_session() as s:
            return to_document(inspections.get(s, reference))
    finally:
        db.dispose()


def recompute_chain(path: Path, start_id: int = 1) -> None:
    """Recompute every audit entry's link and hash from ``start_id`` on, as anyone can."""
    from inspector.services.audit import GENESIS

    with untriggered(path) as connection:
        rows = connection.execute("SELECT id, at, user_id, username, action, entity, entity_id, inspection_uuid, "
                                  "old, new FROM audit_log ORDER BY id").fetchall()
        previous = GENESIS
        for row in rows:
            entry_id, at, user_id, username, action, entity, entity_id, uuid, old, new = row
            if entry_id >= start_id:
                from datetime import datetime, timezone

                moment = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
                payload = {"id": entry_id, "at": moment.isoformat(), "user_id": user_id, "username": username,
                           "action": action, "entity": entity, "entity_id": entity_id, "inspection_uuid": uuid,
                           "old": None if old is None else json.loads(old),
                           "new": None if new is None else json.loads(new), "prev_hash": previous}
                digest = sha256_hex(json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                                               default=str))
                connection.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                                   (previous, digest, entry_id))
                previous = digest
            else:
                previous = connection.execute("SELECT hash FROM audit_log WHERE id = ?", (entry_id,)).fetchone()[0]


def refused(capsys, path: Path, reference: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(path), "report", reference, "-o", str(tmp_path / "r.pdf"))
    assert code == 1 and "is not genuine" in err and "Traceback" not in err, err
    assert not (tmp_path / "r.pdf").exists()
    code, out, err = run(capsys, "--db", str(path), "inspections", "show", reference)
    assert code == 1 and "is not genuine" in err and not out, err


def check_names(capsys, path: Path, *words: str) -> str:
    code, _, err = run(capsys, "--db", str(path), "check")
    assert code == 1, err
    for word in words:
        assert word in err, (word, err)
    return err


# -- the cases -----------------------------------------------------------------------------

def edit_finalized_record_with_its_hash(path, refs, tmp_path, capsys):
    reference = refs["A"]
    doc = document_of(path, reference)
    doc["vehicle"]["tractor_plate"] = "AG 0000 AG"
    forged = record_hash(doc)
    sql(path, ("UPDATE inspections SET tractor_plate = 'AG 0000 AG', record_hash = ? WHERE reference = ?",
               (forged, reference)),
        ("UPDATE signatures SET sha256 = ? WHERE kind = 'finalization' AND inspection_uuid = ?", (forged, doc["uuid"])))
    check_names(capsys, path, reference, "finalization signature")
    refused(capsys, path, reference, tmp_path)


def edit_finalized_record_and_claim_it_predates_signatures(path, refs, tmp_path, capsys):
    reference = refs["B"]
    doc = document_of(path, reference)
    doc["cargo"][0]["gross_mass_kg"] = 1.5
    doc["hash_format"] = 1
    forged = record_hash(doc)
    sql(path, ("UPDATE cargo_lines SET gross_mass_kg = 1.5 WHERE inspection_id = "
               "(SELECT id FROM inspections WHERE reference = ?)", (reference,)),
        ("UPDATE inspections SET hash_format = 1, record_hash = ?, finalization_signature_id = NULL "
         "WHERE reference = ?", (forged, reference)))
    check_names(capsys, path, reference, "not among the records finalized before signatures existed")
    refused(capsys, path, reference, tmp_path)


def insert_audit_entry_with_the_chain_recomputed(path, refs, tmp_path, capsys):
    at = one(path, "SELECT at FROM audit_log WHERE id = 30")[0]
    sql(path, "UPDATE audit_log SET id = id + 100000 WHERE id > 30",
        "UPDATE audit_log SET id = id - 100000 + 1 WHERE id > 100000",
        ("INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id, inspection_uuid, old, new, "
         "prev_hash, hash) VALUES (31, ?, NULL, 'system', 'login', 'user', '1', NULL, NULL, NULL, '', '')", (at,)))
    recompute_chain(path)
    err = check_names(capsys, path, "audit trail before entry")
    assert "Audit entry" not in err  # the chain itself holds: only the signatures can tell
    refused(capsys, path, refs["A"], tmp_path)


def change_an_answer_with_no_audit_entry(path, refs, tmp_path, capsys):
    reference = refs["D"]
    item = one(path, "SELECT a.item_id FROM answers a JOIN agency_sections s ON s.id = a.section_id "
                     "JOIN inspections i ON i.id = s.inspection_id WHERE i.reference = ? "
                     "AND a.value = '\"yes\"' ORDER BY a.id LIMIT 1", reference)[0]
    sql(path, ("UPDATE answers SET value = '\"no\"' WHERE item_id = ? AND section_id IN (SELECT s.id FROM "
               "agency_sections s JOIN inspections i ON i.id = s.inspection_id WHERE i.reference = ?)",
               (item, reference)))
    check_names(capsys, path, reference, f"customs/{item}", "changed with no audit entry")


def add_an_answer_with_no_audit_entry(path, refs, tmp_path, capsys):
    reference = refs["D"]
    section = one(path, "SELECT s.id FROM agency_sections s JOIN inspections i ON i.id = s.inspection_id "
                        "WHERE i.reference = ? AND s.agency = 'customs'", reference)[0]
    sql(path, ("INSERT INTO answers (section_id, item_id, value, note, photos, answered_at) "
               "VALUES (?, 'forged_item', '\"yes\"', NULL, NULL, '2026-11-27 09:00:00.000000')", (section,)))
    check_names(capsys, path, reference, "customs/forged_item", "added with no audit entry")


def change_a_signed_section(path, refs, tmp_path, capsys):
    reference = refs["C"]
    sql(path, ("UPDATE agency_sections SET remarks = 'All fine' WHERE agency = 'customs' AND inspection_id = "
               "(SELECT id FROM inspections WHERE reference = ?)", (reference,)))
    check_names(capsys, path, reference, "customs section was changed after it was signed")
    refused(capsys, path, reference, tmp_path)


def delete_an_approval_and_set_the_status_back(path, refs, tmp_path, capsys):
    reference = refs["A"]
    sql(path, ("DELETE FROM reviews WHERE inspection_id = (SELECT id FROM inspections WHERE reference = ?)",
               (reference,)),
        ("UPDATE inspections SET status = 'finalized' WHERE reference = ?", (reference,)))
    check_names(capsys, path, reference, "an approval was deleted")


def approve_with_a_forged_supervisor(path, refs, tmp_path, capsys):
    """A new supervisor account with a self-made key, statement and seal, approving B with it."""
    from datetime import datetime, timezone
    from types import SimpleNamespace

    reference = refs["B"]
    private = Ed25519PrivateKey.generate()
    public = keys.encode_public(private.public_key())
    fp = keys.fingerprint(private.public_key())
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    fake = SimpleNamespace(username="fake", full_name="Fake Chief", role="supervisor", agency=None,
                           badge_number=None, password_hash=hasher.hash(ATTACKER_PASSWORD), public_key=public)
    audit_id, audit_hash = one(path, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    statement = keys.key_statement(fake, private.public_key(), "created", datetime.now(timezone.utc), signer=fake,
                                   signer_key=fp, replaces=None, checkpoint=(audit_id, audit_hash))
    seal = keys.sign(private, keys.account_statement(fake, fp))
    doc = document_of(path, reference)
    review = {"outcome": "approved", "reviewer": {"username": "fake", "full_name": "Fake Chief", "badge_number": None,
                                                  "agency": None, "role": "supervisor"},
              "reviewed_at": "2026-11-27T15:00:00+05:00", "comment": None, "agencies": [], "remarks": []}
    from inspector.services.documents import review_hash
    from inspector.services.signatures import act_statement

    digest = review_hash(doc, review)
    value = keys.sign(private, act_statement("review", doc["uuid"], doc["revision"], None, digest, "fake", fp,
                                             review["reviewed_at"], {"id": audit_id, "hash": audit_hash}))
    sql(path, ("INSERT INTO users (id, username, full_name, role, agency, badge_number, password_hash, active, "
               "failed_attempts, created_at, public_key, private_key, account_seal) VALUES (99, 'fake', "
               "'Fake Chief', 'supervisor', NULL, NULL, ?, 1, 0, '2026-11-27 09:00:00.000000', ?, NULL, ?)",
               (fake.password_hash, public, seal)),
        ("INSERT INTO user_keys (user_id, fingerprint, public_key, origin, created_at, certified_by, statement, "
         "certificate) VALUES (99, ?, ?, 'created', '2026-11-27 09:00:00.000000', ?, ?, ?)",
         (fp, public, fp, statement, keys.sign(private, statement.encode()))),
        ("INSERT INTO signatures (id, kind, inspection_uuid, revision, agency, signer_id, key_fingerprint, signed_at, "
         "sha256, audit_id, audit_hash, value) VALUES (999, 'review', ?, 0, NULL, 99, ?, "
         "'2026-11-27 10:00:00.000000', ?, ?, ?, ?)", (doc["uuid"], fp, digest, audit_id, audit_hash, value)),
        ("INSERT INTO reviews (inspection_id, reviewer_id, outcome, comment, agencies, remarks, reviewed_at, "
         "signature_id) SELECT id, 99, 'approved', NULL, '[]', '[]', '2026-11-27 10:00:00.000000', 999 "
         "FROM inspections WHERE reference = ?", (reference,)),
        ("UPDATE inspections SET status = 'approved' WHERE reference = ?", (reference,)))
    check_names(capsys, path, "fake", "was not issued by an administrator")
    refused(capsys, path, reference, tmp_path)


def replace_the_admin_password_hash(path, refs, tmp_path, capsys):
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    sql(path, ("UPDATE users SET password_hash = ? WHERE username = 'admin'", (hasher.hash(ATTACKER_PASSWORD),)))
    check_names(capsys, path, "Account admin", "changed outside the app")
    db = Database(path)
    try:  # and the attacker cannot even log in with it: the key does not open
        with pytest.raises(AuthenticationFailed, match="signing key of admin"):
            auth.login(db, "admin", ATTACKER_PASSWORD)
    finally:
        db.dispose()


def swap_an_officers_key_and_re_sign(path, refs, tmp_path, capsys):
    """The attacker's own key in the officer's place, every signature of theirs made again with it."""
    private = Ed25519PrivateKey.generate()
    public = keys.encode_public(private.public_key())
    fp = keys.fingerprint(private.public_key())
    old_fp, user_id = one(path, "SELECT k.fingerprint, u.id FROM user_keys k JOIN users u ON u.id = k.user_id "
                                "WHERE u.username = 'merdan'")
    doc = document_of(path, refs["A"])
    vet = next(a for a in doc["agencies"] if a["agency"] == "veterinary")["signature"]
    statement = jcs({"format": "bcp-signature/1", "kind": "section", "uuid": doc["uuid"], "revision": None,
                     "agency": "veterinary", "sha256": vet["sha256"], "signer": "merdan", "key": fp,
                     "signed_at": vet["signed_at"], "checkpoint": vet["checkpoint"]}).encode()
    sql(path, ("UPDATE user_keys SET fingerprint = ?, public_key = ? WHERE fingerprint = ?", (fp, public, old_fp)),
        ("UPDATE users SET public_key = ? WHERE id = ?", (public, user_id)),
        ("UPDATE signatures SET key_fingerprint = ?, value = ? WHERE value = ?",
         (fp, keys.sign(private, statement), vet["value"])))
    check_names(capsys, path, "merdan", "replaced or changed outside the app")
    refused(capsys, path, refs["A"], tmp_path)


def truncate_the_audit_tail(path, refs, tmp_path, capsys):
    last = one(path, "SELECT max(id) FROM audit_log")[0]
    sql(path, ("DELETE FROM audit_log WHERE id > ?", (last - 25,)))
    check_names(capsys, path, f"ends at entry {last - 25}", "its end was cut off")
    refused(capsys, path, refs["C"], tmp_path)


def reuse_a_signature_from_another_record(path, refs, tmp_path, capsys):
    reference = refs["C"]
    other = one(path, "SELECT s.e_signature_id FROM agency_sections s JOIN inspections i ON i.id = s.inspection_id "
                      "WHERE i.reference = ? AND s.agency = 'customs'", refs["B"])[0]
    sql(path, ("UPDATE agency_sections SET e_signature_id = ? WHERE agency = 'customs' AND inspection_id = "
               "(SELECT id FROM inspections WHERE reference = ?)", (other, reference)))
    check_names(capsys, path, reference, "belongs to another record or section")
    refused(capsys, path, reference, tmp_path)


def undo_a_finalization(path, refs, tmp_path, capsys):
    reference = refs["B"]
    sql(path, ("UPDATE inspections SET status = 'completed', record_hash = NULL, finalization_signature_id = NULL, "
               "finalized_at = NULL, finalized_by_id = NULL WHERE reference = ?", (reference,)))
    check_names(capsys, path, reference, "finalized, but the record is open again")


CASES = [edit_finalized_record_with_its_hash, edit_finalized_record_and_claim_it_predates_signatures,
         insert_audit_entry_with_the_chain_recomputed, change_an_answer_with_no_audit_entry,
         add_an_answer_with_no_audit_entry, change_a_signed_section, delete_an_approval_and_set_the_status_back,
         approve_with_a_forged_supervisor, replace_the_admin_password_hash, swap_an_officers_key_and_re_sign,
         truncate_the_audit_tail, reuse_a_signature_from_another_record, undo_a_finalization]


@pytest.mark.parametrize("attack", CASES, ids=[c.__name__ for c in CASES])
def test_tampering_is_detected(attack, copy, tmp_path, capsys):
    path, refs = copy
    attack(path, refs, tmp_path, capsys)


def test_what_stays_out_of_reach_locally_is_only_after_the_last_checkpoint(copy, capsys):
    """Entries appended after the last signature are not pinned by any checkpoint (docs/reliability.md)."""
    path, _ = copy
    last, previous = one(path, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    sql(path, ("INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id, inspection_uuid, old, "
               "new, prev_hash, hash) VALUES (?, '2026-11-27 09:00:00.000000', NULL, 'system', 'login', 'user', '1', "
               "NULL, NULL, NULL, ?, '')", (last + 1, previous)))
    recompute_chain(path, last + 1)
    assert run(capsys, "--db", str(path), "check")[0] == 0  # the documented limit: a new tail entry passes


def test_a_genuine_database_checks_clean_and_its_reports_print(copy, capsys, tmp_path):
    path, refs = copy
    for reference in refs.values():
        code, _, err = run(capsys, "--db", str(path), "report", reference, "-o", str(tmp_path / f"{reference}.pdf"))
        assert code == 0, err
