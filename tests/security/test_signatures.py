"""Signatures from the outside: an upgraded 0003 database, printed reports checked by verify, the
QR code read back at 150 dpi, the canonical form recomputed by an independent JavaScript program,
passwords and keys."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest
from alembic import command
from pypdf import PdfReader

from inspector.cli.main import main
from inspector.domain.errors import AuthenticationFailed, PermissionDenied
from inspector.services import auth, inspections, workflow
from inspector.services.documents import jcs, jcs_number, record_hash, to_document
from inspector.store.database import Database
from inspector.store.migrate import alembic_config

from tests.core.conftest import PASSWORD, db, make_inspection, people, registry  # noqa: F401 - fixtures
from tests.core.helpers import answer_section, complete, confirmed, finalize, sign_section


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- a database from before signatures -----------------------------------------------------------

def test_a_0003_database_upgrades_its_records_stay_genuine_and_users_get_keys_at_log_in(
        db, people, make_inspection, tmp_path, capsys):
    """Users and a finalized record in a database at migration 0003 (its rows copied from one made
    today, less what 0003 did not have: keys, signatures, the new hash form), then upgraded."""
    ref = make_inspection()
    finalize(db, people, ref)
    open_ref = make_inspection()
    legacy = _legacy_hash(db, ref)
    db.dispose()
    old = tmp_path / "old.db"
    at_0003 = Database(old, migrate=False)
    config = alembic_config(at_0003)
    with at_0003.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    at_0003.dispose()
    with sqlite3.connect(old) as c:
        c.execute("ATTACH DATABASE ? AS head", (str(db.path),))
        triggers = c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _ in triggers:
            c.execute(f"DROP TRIGGER {name}")
        for table in ("users", "checklist_definitions", "reference_counters", "settings", "inspections", "drivers",
                      "documents", "cargo_lines", "seals", "agency_sections", "answers", "attachment_blobs",
                      "attachments", "reviews", "audit_log"):
            columns = ", ".join(row[1] for row in c.execute(f"PRAGMA main.table_info({table})"))
            c.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM head.{table}")
        c.execute("UPDATE inspections SET record_hash = ? WHERE reference = ?", (legacy, ref))
        c.execute("DELETE FROM audit_log WHERE action = 'user.key_issued'")
        c.execute("UPDATE audit_log SET new = json_remove(new, '$.key', '$.sha256', '$.signature', '$.checkpoint') "
                  "WHERE action IN ('section.signed', 'inspection.finalized')")
        for _, text in triggers:  # as 0003 left them
            c.execute(text)
        c.commit()
        c.execute("DETACH DATABASE head")
    _renumber(old)
    upgraded = Database(old)  # migrates 0003 -> 0004
    try:
        code, out, err = run(capsys, "--db", str(old), "check")
        assert code == 0, err
        code, out, _ = run(capsys, "--db", str(old), "inspections", "show", ref)
        assert code == 0 and legacy in out
        user = auth.login(upgraded, "aman", PASSWORD)  # the key is made now, from the known password
        assert user.public_key
        answer_section(upgraded, user, open_ref, "customs")
        sign_section(upgraded, user, open_ref, "customs")
        code, _, err = run(capsys, "--db", str(old), "check")
        assert code == 0, err
        # The pre-signature record cannot be edited and passed off as one (its hash was recorded).
        doc = _document(upgraded, ref)
        doc["vehicle"]["trailer_plate"] = "AG 0000 AG"
        sql(old, ("UPDATE inspections SET trailer_plate = 'AG 0000 AG', record_hash = ? WHERE reference = ?",
                  (record_hash(doc), ref)))
        code, _, err = run(capsys, "--db", str(old), "check")
        assert code == 1 and "changed since signatures were introduced" in err
    finally:
        upgraded.dispose()


def _renumber(path):
    """Audit ids without the removed entries, and the chain recomputed (as the old code had written it)."""
    from tests.security.test_tamper import untriggered

    with untriggered(path) as c:
        ids = [row[0] for row in c.execute("SELECT id FROM audit_log ORDER BY id")]
        for new_id, old_id in enumerate(ids, 1):
            c.execute("UPDATE audit_log SET id = ? WHERE id = ?", (-new_id, old_id))
        c.execute("UPDATE audit_log SET id = -id")
    _rechain(path)


def _legacy_hash(db, reference):
    doc = _document(db, reference)
    return record_hash({**doc, "hash_format": 1})


def _document(db, reference):
    with db.read_session() as s:
        return to_document(inspections.get(s, reference))


def _rechain(path):
    from tests.security.test_tamper import recompute_chain

    recompute_chain(path)


def sql(path, *statements):
    from tests.security.test_tamper import sql as attacker_sql

    attacker_sql(path, *statements)


def test_an_account_whose_password_hash_changed_before_its_first_log_in_gets_no_key(
        db, people, tmp_path, capsys):
    from argon2 import PasswordHasher

    db.dispose()
    path = tmp_path / "old.db"
    shutil.copy(db.path, path)
    sql(path, "DELETE FROM user_keys", "UPDATE users SET public_key = NULL, private_key = NULL, account_seal = NULL",
        ("INSERT INTO audit_log (id, at, username, action, entity, entity_id, new, prev_hash, hash) "
         "VALUES ((SELECT max(id) + 1 FROM audit_log), '2026-11-27 09:00:00.000000', 'system', "
         "'signatures.introduced', 'database', '0004', ?, '', '')",
         (json.dumps({"accounts": {}, "legacy_records": 0,
                      "legacy_digest": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}),)),
        ("UPDATE users SET password_hash = ? WHERE username = 'aman'",
         (PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("attacker-password"),)))
    _rechain(path)
    other = Database(path)
    try:
        with pytest.raises(AuthenticationFailed, match="changed outside the app"):
            auth.login(other, "aman", "attacker-password")
    finally:
        other.dispose()


# -- passwords and keys ---------------------------------------------------------------------------

def test_a_password_change_keeps_the_key_and_a_reset_makes_a_new_one_old_signatures_still_verify(
        db, people, make_inspection, capsys):
    ref = make_inspection()
    finalize(db, people, ref)
    with db.session() as s:
        before = s.get(type(people.customs), people.customs.id).public_key
        auth.change_password(s, people.customs, s.get(type(people.customs), people.customs.id), "new password 1",
                             PASSWORD)
    with db.session() as s:
        assert s.get(type(people.customs), people.customs.id).public_key == before
    auth.login(db, "aman", "new password 1")
    admin = auth.login(db, "admin", PASSWORD)
    with db.session() as s:
        auth.change_password(s, admin, s.get(type(people.customs), people.customs.id), "reset password 2")
    with db.session() as s:
        assert s.get(type(people.customs), people.customs.id).public_key != before
    auth.login(db, "aman", "reset password 2")
    code, _, err = run(capsys, "--db", str(db.path), "check")
    assert code == 0, err  # the record signed with the earlier key still verifies
    assert run(capsys, "--db", str(db.path), "inspections", "show", ref)[0] == 0


def test_an_administrator_without_an_unlocked_key_cannot_vouch_for_a_new_account(db, people):
    with db.session() as s:
        admin = s.get(type(people.admin), people.admin.id)  # loaded, not logged in: no key in memory
        with pytest.raises(AuthenticationFailed, match="Re-enter your password"):
            auth.create_user(s, admin, username="x", full_name="X", role="officer", agency="customs",
                             password="password 123")
        user = auth.create_user(s, admin, username="y", full_name="Y", role="officer", agency="customs",
                                password="password 123", confirmation=confirmed(s, admin))
        assert user.public_key


def test_signing_needs_the_password_and_the_finalizer_cannot_approve(db, people, make_inspection, registry):
    ref = make_inspection()
    complete(db, people, ref)
    with db.session() as s:
        inspection = inspections.get(s, ref)
        workflow.confirm_decision(s, people.supervisor, inspection)
        with pytest.raises(AuthenticationFailed):
            workflow.finalize(s, people.supervisor, inspection)
        workflow.finalize(s, people.supervisor, inspection, confirmation=confirmed(s, people.supervisor))
    with db.session() as s, pytest.raises(PermissionDenied, match="another supervisor"):
        workflow.review(s, people.supervisor, inspections.get(s, ref), "approved",
                        confirmation=confirmed(s, people.supervisor))


# -- printed reports -------------------------------------------------------------------------------

@pytest.fixture
def approved_report(db, people, make_inspection, tmp_path, capsys):
    ref = make_inspection()
    finalize(db, people, ref)
    with db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, ref), "approved",
                        confirmation=confirmed(s, people.supervisor))
    pdf = tmp_path / "report.pdf"
    assert run(capsys, "--db", str(db.path), "report", ref, "-o", str(pdf))[0] == 0
    return ref, pdf


def test_verify_a_genuine_report_against_the_database_and_against_exported_keys(
        db, approved_report, tmp_path, capsys):
    ref, pdf = approved_report
    keywords = PdfReader(pdf).metadata.get("/Keywords")
    assert keywords.startswith(f"BCP2*{ref}*0*A*")  # readable with any PDF library
    code, out, _ = run(capsys, "--db", str(db.path), "verify", str(pdf))
    assert code == 0 and out.startswith(f"Genuine: {ref} revision 0, Approved, signed by Aman Amanow (B-aman)")
    keys_file = tmp_path / "officers.json"
    assert run(capsys, "--db", str(db.path), "keys", "export", "--officers", "-o", str(keys_file))[0] == 0
    code, out, _ = run(capsys, "verify", "--qr", keywords, "--keys", str(keys_file))
    assert code == 0 and "Genuine signature" in out
    elsewhere = tmp_path / "third-party.db"
    assert run(capsys, "--db", str(elsewhere), "keys", "trust", str(keys_file))[0] == 0
    code, out, _ = run(capsys, "--db", str(elsewhere), "verify", str(pdf))
    assert code == 0 and "signed by Aman Amanow" in out


def test_verify_refuses_forged_codes(db, approved_report, tmp_path, capsys):
    ref, pdf = approved_report
    text = PdfReader(pdf).metadata.get("/Keywords")
    fields = text.split("*")
    keys_file = tmp_path / "officers.json"
    run(capsys, "--db", str(db.path), "keys", "export", "--officers", "-o", str(keys_file))
    other_hash = "A" * 52
    for forged, reason in (("*".join(fields[:4] + [other_hash] + fields[5:]), "does not match"),
                           ("*".join([fields[0], ref.replace("1", "2"), *fields[2:]]), "not genuine"),
                           ("hello", "Not a BCP Inspector report code")):
        code, _, err = run(capsys, "verify", "--qr", forged, "--keys", str(keys_file))
        assert code == 1 and err.count("\n") == 1, err
    code, _, err = run(capsys, "--db", str(db.path), "verify", "--qr", "*".join(fields[:4] + [other_hash] + fields[5:]))
    assert code == 1 and "printed record hash" in err
    code, _, err = run(capsys, "--db", str(db.path), "verify", "--qr", "*".join(fields[:3] + ["F"] + fields[4:]))
    assert code == 0  # printed before its approval: still the same signed record
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_bytes(b"%PDF-1.4 nothing")
    code, _, err = run(capsys, "--db", str(db.path), "verify", str(not_pdf))
    assert code == 1 and "Traceback" not in err


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbarimg (zbar-tools) or pdftoppm (poppler-utils) missing")
def test_the_qr_code_reads_back_at_150_dpi(approved_report, tmp_path):
    ref, pdf = approved_report
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    image = next(tmp_path.glob("page*.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True)
    assert read.stdout.strip() == PdfReader(pdf).metadata.get("/Keywords")


# -- the canonical form, recomputed independently --------------------------------------------------

JS_SNIPPET = r"""
// docs/bcp-inspection-format.md: the record hash of a bcp-inspection/1 document (hash_format 2)
const crypto = require("crypto");
function canonical(value) {
  if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
  if (value !== null && typeof value === "object")
    return "{" + Object.keys(value).sort().map(k => JSON.stringify(k) + ":" + canonical(value[k])).join(",") + "}";
  return JSON.stringify(value);
}
function recordHash(doc) {
  const skip = new Set(["status", "review", "record_hash", "finalization", "hash_format"]);
  const content = Object.fromEntries(Object.entries(doc).filter(([k]) => !skip.has(k)));
  return crypto.createHash("sha256").update(canonical(content), "utf8").digest("hex");
}
const docs = JSON.parse(require("fs").readFileSync(0, "utf8"));
console.log(JSON.stringify(docs.map(recordHash)));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node (JavaScript) missing")
def test_an_independent_javascript_program_recomputes_every_record_hash(db, people, make_inspection, tmp_path):
    refs = [make_inspection(cargo=[{"description": "Beef", "hs_code": "0202300000", "packages": 10,
                                    "gross_mass_kg": mass, "origin_country": "BR"}])
            for mass in (5473.0, 20500.5, 0.1, 99999.99, 12.0)]
    for ref in refs[:2]:
        finalize(db, people, ref)
    documents = [_document(db, ref) for ref in refs]
    ours = [record_hash(d) for d in documents]
    script = tmp_path / "hash.js"
    script.write_text(JS_SNIPPET, "utf-8")
    theirs = subprocess.run(["node", str(script)], input=json.dumps(documents), capture_output=True, text=True,
                            check=True)
    assert json.loads(theirs.stdout) == ours
    assert documents[0]["record_hash"] == ours[0]


@pytest.mark.parametrize("value, text", [(5473.0, "5473"), (20500.5, "20500.5"), (0.1, "0.1"), (1e-7, "1e-7"),
                                         (1e21, "1e+21"), (1e20, "100000000000000000000"), (-0.0, "0"),
                                         (123.456e-10, "1.23456e-8"), (7, "7"), (2 ** 53 - 1, "9007199254740991")])
def test_numbers_are_written_as_ecmascript_writes_them(value, text):
    assert jcs_number(value) == text


@pytest.mark.skipif(shutil.which("node") is None, reason="node (JavaScript) missing")
def test_canonical_json_matches_javascript_on_awkward_values():
    values = [{"b": [1.0, 2.5, -3e-9, 1e300], "a": "Döwletmyrat \u2028 \" \\ \n \x01", "é": None, "Z": True},
              {"\ud7ff": 1, "\U0001f600": 2, "\ue000": 3}]
    script = ("const v = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "function c(x){if(Array.isArray(x))return '['+x.map(c).join(',')+']';"
              "if(x!==null&&typeof x==='object')return '{'+Object.keys(x).sort().map(k=>JSON.stringify(k)+':'+c(x[k])).join(',')+'}';"
              "return JSON.stringify(x);}"
              "console.log(JSON.stringify(v.map(c)));")
    out = subprocess.run(["node", "-e", script], input=json.dumps(values), capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [jcs(v) for v in values]
