"""The per-answer audit trail travels with the case (issue 13 §4): who answered what, when, in which section.

Written from the attacker's side: a bundle whose audit entries were changed (with
or without the signing key), audit entries for a case the signer does not own or
the bundle does not carry, another workstation's entries relayed, an imported
entry edited in head office's database — each refused or found by ``check``; and
the legitimate round trip BCP → head office (PostgreSQL) → BCP keeps every entry
identical, and a second import adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector.domain import clock
from inspector.exchange.errors import BundleRejected
from inspector.exchange.export import Selection
from inspector.exchange.keys import Keystore
from inspector.services import audit, auth, inspections, integrity, workflow
from inspector.store.database import Database
from inspector.store.models import AuditEntry, ImportedAuditEntry, User

from tests.core.conftest import PASSWORD
from tests.core.helpers import answer_section, confirmed, finalize
from tests.exchange.conftest import pg, pg_server, pg_url  # noqa: F401 - fixtures
from tests.exchange.helpers import database_documents, dump, rewrite
from tests.exchange.test_roundtrip import run
from tests.exchange.test_trust import T0, Workstation, bcp, new_case, trusting, uuid_of


def head_office(db: Database, tmp_path: Path) -> Workstation:
    hq = Workstation(db, Keystore(tmp_path / "hq-keys"))
    with db.session() as s:
        admin = auth.create_user(s, None, username="hq.admin", full_name="HQ Admin", role="admin", agency=None,
                                 password=PASSWORD)
        auth.create_user(s, admin, username="hq.chief", full_name="HQ Chief", role="supervisor", agency=None,
                         password=PASSWORD)
    hq.admin = auth.login(db, "hq.admin", PASSWORD)
    return hq


def own_trail(ws: Workstation, uuid: str) -> list[tuple]:
    """The workstation's own chain entries about a case."""
    with ws.db.read_session() as s:
        return [(e.id, e.at, e.username, e.action, e.entity_id, e.old, e.new, e.prev_hash, e.hash)
                for e in s.scalars(select(AuditEntry).where(AuditEntry.inspection_uuid == uuid)
                                   .order_by(AuditEntry.id))]


def imported_trail(ws: Workstation, uuid: str, origin: str) -> list[tuple]:
    with ws.db.read_session() as s:
        return [(e.origin_id, e.at, e.username, e.action, e.entity_id, e.old, e.new, e.prev_hash, e.hash)
                for e in s.scalars(select(ImportedAuditEntry).where(
                    ImportedAuditEntry.inspection_uuid == uuid, ImportedAuditEntry.origin == origin)
                    .order_by(ImportedAuditEntry.origin_id))]


def imported_count(ws: Workstation) -> int:
    with ws.db.read_session() as s:
        return s.scalar(select(func.count()).select_from(ImportedAuditEntry))


def audit_member(members: dict[str, bytes], uuid: str) -> dict:
    return json.loads(members[f"audit/{uuid}.json"])


@pytest.fixture
def farap(tmp_path):
    """A BCP workstation with one answered case, and head office (SQLite) trusting it."""
    one = bcp(tmp_path, "ws1", "A")
    hq = head_office(Database(tmp_path / "hq.db"), tmp_path)
    trusting(hq, one, "Farap 1")
    with clock.at(T0):
        reference = new_case(one)
    with clock.at(T0 + timedelta(minutes=5)):
        answer_section(one.db, one.people.customs, reference, "customs", findings=())
    out = tmp_path / "bundles"
    out.mkdir()
    yield one, hq, reference, out
    one.db.dispose()
    hq.db.dispose()


def test_who_answered_what_reaches_head_office_shown_in_the_history_and_a_second_import_adds_nothing(
        farap, capsys):
    one, hq, reference, out = farap
    uuid = uuid_of(one, reference)
    mine = own_trail(one, uuid)
    answers = [e for e in mine if e[3] == "answer.recorded"]
    assert len(answers) > 10 and all(e[2] == one.people.customs.username for e in answers)

    merged = hq.take(one.bundle(out))
    assert merged.inserted == 1 and merged.audit_imported == len(mine) and merged.audit_refused == 0
    assert imported_trail(hq, uuid, one.id) == mine  # verbatim: ids, times, values, hashes
    assert integrity.run(hq.db).ok, integrity.run(hq.db).findings

    # The history head office shows (the record's history tab reads audit.history) and `show --history`.
    with hq.db.read_session() as s:
        shown = [(e.username, e.action, e.entity_id) for e in audit.history(s, uuid)]
    assert [(e[2], e[3], e[4]) for e in mine] == [x for x in shown if x[1] in {e[3] for e in mine}][:len(mine)]
    code, text, err = run(capsys, "--db", str(hq.db.path), "inspections", "show", reference, "--history")
    assert code == 0, err
    first_answer = answers[0]
    assert f"{first_answer[2]} [{one.id}]  answer.recorded  {first_answer[4]}" in text
    assert json.dumps(first_answer[6]["value"]) in text

    # Again, and a newer bundle with more answers: only the new entries come in, nothing twice.
    before = dump(hq.db)
    again = hq.take(one.bundle(out))
    assert again.audit_imported == 0 and again.changed == 0
    after = dump(hq.db)
    assert after["counts"] == {**before["counts"], "audit_log": before["counts"]["audit_log"] + 1}
    with clock.at(T0 + timedelta(minutes=20)):
        answer_section(one.db, one.people.customs, reference, "customs", seed=7)
        other = new_case(one)  # one bundle with a new case and a case head office has: one digest of both
        answer_section(one.db, one.people.customs, other, "customs")
    grown = own_trail(one, uuid)
    merged = hq.take(one.bundle(out))
    assert merged.audit_imported == len(grown) - len(mine) + len(own_trail(one, uuid_of(one, other)))
    assert imported_trail(hq, uuid, one.id) == grown
    assert integrity.run(hq.db).ok


def test_changed_audit_entries_refuse_the_bundle_whole(farap):
    one, hq, reference, out = farap
    uuid = uuid_of(one, reference)
    bundle = one.bundle(out)
    before = dump(hq.db)
    name = f"audit/{uuid}.json"

    def change_value(members):  # "the officer answered no", after the fact
        trail = audit_member(members, uuid)
        entry = next(e for e in trail["entries"] if e["action"] == "answer.recorded")
        entry["new"]["value"] = "tampered"
        members[name] = json.dumps(trail).encode("utf-8")

    # Without the key: the member no longer matches the signed manifest.
    with pytest.raises(BundleRejected, match="does not match its SHA-256"):
        hq.take(rewrite(bundle, out / "t1.zip", change_value, refresh_manifest=False))
    # With the workstation's key (someone at the BCP): the entry no longer matches its own hash.
    with pytest.raises(BundleRejected, match="does not match its hash"):
        hq.take(rewrite(bundle, out / "t2.zip", change_value, keystore=one.keys))

    def rehash(members):  # the entry's hash made again: the next entry's link breaks
        trail = audit_member(members, uuid)
        entries = trail["entries"]
        n = next(i for i, e in enumerate(entries) if e["action"] == "answer.recorded"
                 and entries[i + 1]["id"] == e["id"] + 1)
        entries[n]["new"]["value"] = "tampered"
        entries[n]["hash"] = audit.entry_hash(_Row(entries[n], uuid))
        members[name] = json.dumps(trail).encode("utf-8")

    with pytest.raises(BundleRejected, match="does not match its hash or its chain"):
        hq.take(rewrite(bundle, out / "t3.zip", rehash, keystore=one.keys))

    def badly_formed(members):
        trail = audit_member(members, uuid)
        trail["entries"][0]["username"] = "x" * 65
        members[name] = json.dumps(trail).encode("utf-8")

    with pytest.raises(BundleRejected, match="audit trail is not valid"):
        hq.take(rewrite(bundle, out / "t4.zip", badly_formed, keystore=one.keys))
    assert dump(hq.db) == before


class _Row:
    """An entry of a bundle as ``audit.entry_hash`` reads it."""

    def __init__(self, entry: dict, uuid: str) -> None:
        from datetime import datetime

        self.__dict__.update(entry)
        self.at = datetime.fromisoformat(entry["at"])
        self.inspection_uuid = uuid


def test_audit_entries_for_a_case_the_signer_does_not_own_are_refused(farap, tmp_path):
    one, hq, reference, out = farap
    uuid = uuid_of(one, reference)
    hq.take(one.bundle(out))
    taken = imported_trail(hq, uuid, one.id)
    two = bcp(tmp_path, "ws2", "B")
    trusting(hq, two, "Farap 2")
    with clock.at(T0):
        own_case = new_case(two)
    with clock.at(T0 + timedelta(minutes=1)):
        answer_section(two.db, two.people.customs, own_case, "customs")
    honest = two.bundle(out)
    one_bundle = one.bundle(out)

    # 1. workstation two carries workstation one's case and its own "history" of it.
    def hijack(members):
        from tests.exchange.helpers import bundle_members

        theirs = bundle_members(one_bundle)
        for name, data in theirs.items():
            if name.startswith(("records/", "attachments/", "checklists/")):
                members[name] = data
        trail = audit_member(members, uuid_of(two, own_case))
        trail["uuid"] = uuid
        for entry in trail["entries"]:
            entry["username"] = one.people.customs.username  # "it was their officer"
        members[f"audit/{uuid}.json"] = _rehashed(trail, uuid)

    merged = hq.take(rewrite(honest, out / "hijack.zip", hijack, keystore=two.keys))
    assert merged.audit_refused > 0
    assert imported_trail(hq, uuid, two.id) == [] and imported_trail(hq, uuid, one.id) == taken

    # 2. an audit trail of a case the bundle does not carry: refused whole.
    def orphan(members):
        trail = audit_member(members, uuid_of(two, own_case))
        trail["uuid"] = uuid
        members[f"audit/{uuid}.json"] = _rehashed(trail, uuid)

    before = dump(hq.db)
    with pytest.raises(BundleRejected, match="audit trail of a case the bundle does not carry"):
        hq.take(rewrite(honest, out / "orphan.zip", orphan, keystore=two.keys))
    assert dump(hq.db) == before

    # 3. workstation two relays entries of workstation one's chain for its own case: not taken.
    def relay(members):
        own = uuid_of(two, own_case)
        trail = json.loads(_rehashed({**audit_member(members, own), "origin": one.id}, own))
        members[f"audit/{own}.json"] = json.dumps(trail).encode("utf-8")

    count = imported_count(hq)
    merged = hq.take(rewrite(honest, out / "relay.zip", relay, keystore=two.keys))
    assert merged.audit_imported == 0 and merged.audit_refused == len(own_trail(two, uuid_of(two, own_case)))
    assert imported_count(hq) == count and imported_trail(hq, uuid_of(two, own_case), one.id) == []
    # Its own case's entries (they came with step 1, once) are its own chain's, verbatim.
    assert imported_trail(hq, uuid_of(two, own_case), two.id) == own_trail(two, uuid_of(two, own_case))
    assert hq.take(honest).audit_imported == 0
    assert integrity.run(hq.db).ok
    two.db.dispose()


def _rehashed(trail: dict, uuid: str) -> bytes:
    """The trail with every entry's hash and link made again (what a key holder can do)."""
    previous = None
    for entry in trail["entries"]:
        if previous is not None and entry["id"] == previous["id"] + 1:
            entry["prev_hash"] = previous["hash"]
        entry["hash"] = audit.entry_hash(_Row(entry, uuid))
        previous = entry
    return json.dumps(trail).encode("utf-8")


def test_an_imported_entry_edited_in_head_offices_database_is_found_by_check(farap):
    one, hq, reference, out = farap
    hq.take(one.bundle(out))
    assert integrity.run(hq.db).ok
    with hq.db.engine.begin() as c:  # an attacker with the file: the append-only trigger dropped and put back
        sql = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'imported_audit_append_only_update'"
                                ).scalar()
        c.exec_driver_sql("DROP TRIGGER imported_audit_append_only_update")
        c.exec_driver_sql("UPDATE imported_audit SET username = 'someone.else' WHERE id = 5")
        c.exec_driver_sql(sql)
    report = integrity.run(hq.db)
    assert [(f.key, f.params) for f in report.findings] == [("audit.imported_mismatch", {"id": 5})]
    code = None
    with hq.db.engine.begin() as c:  # deleting one (with its trigger out of the way) breaks the import's digest
        sql = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'imported_audit_append_only_delete'"
                                ).scalar()
        c.exec_driver_sql("DROP TRIGGER imported_audit_append_only_delete")
        c.exec_driver_sql("DELETE FROM imported_audit WHERE id = 5")
        c.exec_driver_sql(sql)
        code = c.exec_driver_sql("SELECT id FROM audit_log WHERE action = 'exchange.bundle_imported'").scalar()
    report = integrity.run(hq.db)
    assert [(f.key, f.params) for f in report.findings] == [("audit.imported_set", {"id": code})]


def test_round_trip_through_head_office_on_postgresql_keeps_every_entry_identical(tmp_path, pg):  # noqa: F811
    one = bcp(tmp_path, "ws1", "A")
    hq = head_office(pg, tmp_path)
    trusting(hq, one, "Farap 1")
    trusting(one, hq, "Head office", head_office=True)
    out = tmp_path / "bundles"
    out.mkdir()
    with clock.at(T0):
        reference = new_case(one)
        finalize(one.db, one.people, reference)
    uuid = uuid_of(one, reference)
    merged = hq.take(one.bundle(out))
    assert merged.inserted == 1 and merged.audit_imported == len(own_trail(one, uuid))
    assert imported_trail(hq, uuid, one.id) == own_trail(one, uuid)

    with clock.at(T0 + timedelta(hours=1)), pg.session() as s:
        chief = s.scalar(select(User).where(User.username == "hq.chief"))
        workflow.review(s, chief, inspections.get(s, reference), "approved", confirmation=confirmed(s, chief))
    back = hq.bundle(out, Selection(origin=one.id))
    merged = one.take(back)
    assert merged.reviewed == 1 and merged.audit_imported == len(own_trail(hq, uuid))
    assert "review.approved" in {e[3] for e in imported_trail(one, uuid, hq.id)}
    assert imported_trail(one, uuid, hq.id) == own_trail(hq, uuid)
    # Nothing of the BCP's own chain came back as "imported".
    assert imported_trail(one, uuid, one.id) == []

    # The BCP's chain now says it took the review: that entry reaches head office, once.
    again = one.bundle(out)
    assert hq.take(again).audit_imported == 1
    assert imported_trail(hq, uuid, one.id) == own_trail(one, uuid)
    counts = imported_count(one), imported_count(hq)
    assert one.take(back).audit_imported == 0 and hq.take(again).audit_imported == 0
    assert (imported_count(one), imported_count(hq)) == counts
    with one.db.read_session() as s:
        history = audit.history(s, uuid)
    assert {e.username for e in history} >= {one.people.customs.username, "hq.chief"}
    assert database_documents(one.db) == database_documents(hq.db)
    assert integrity.run(one.db).ok, integrity.run(one.db).findings
    assert integrity.run(hq.db).ok, integrity.run(hq.db).findings
    one.db.dispose()


def test_sync_brings_the_audit_trail_to_the_central_database_once(tmp_path, pg_url):  # noqa: F811
    from inspector.exchange.sync import sync

    one = bcp(tmp_path, "ws1", "A")
    with clock.at(T0):
        reference = new_case(one)
    with clock.at(T0 + timedelta(minutes=5)):
        answer_section(one.db, one.people.customs, reference, "customs")
    uuid = uuid_of(one, reference)
    sync(one.db, pg_url, checklist_dir=tmp_path / "checklists")
    central = Database(pg_url)
    with central.read_session() as s:
        rows = [(e.origin_id, e.hash) for e in s.scalars(select(ImportedAuditEntry).where(
            ImportedAuditEntry.inspection_uuid == uuid).order_by(ImportedAuditEntry.origin_id))]
    assert rows == [(e[0], e[8]) for e in own_trail(one, uuid)]
    with clock.at(T0 + timedelta(minutes=9)):
        answer_section(one.db, one.people.customs, reference, "customs", seed=5)
    sync(one.db, pg_url, checklist_dir=tmp_path / "checklists")
    with central.read_session() as s:
        count = s.scalar(select(func.count()).select_from(ImportedAuditEntry))
        assert integrity.run(central).ok
    assert count == len(own_trail(one, uuid))
    central.dispose()
    one.db.dispose()


def test_history_digest_helper_matches_what_the_chain_recorded(farap):
    """The local chain's entry about an import names the SHA-256 of the imported entries' hashes."""
    one, hq, reference, out = farap
    hq.take(one.bundle(out))
    with hq.db.read_session() as s:
        new = s.scalar(select(AuditEntry.new).where(AuditEntry.action == "exchange.bundle_imported"))
        hashes = [h for (h,) in s.execute(select(ImportedAuditEntry.hash).order_by(ImportedAuditEntry.id))]
    assert new["audit_imported"] == len(hashes)
    assert new["audit_sha256"] == hashlib.sha256("".join(hashes).encode("ascii")).hexdigest()

