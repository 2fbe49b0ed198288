"""The trust model from the attacker's side: two workstations of one BCP and head office (issue 13).

Head office runs on PostgreSQL (the server of ``INSPECTOR_TEST_PG_URL``), the
two workstations on SQLite files, each with its own accounts, key and
workstation code. Every attack goes through a real bundle and a real import;
each is refused (whole, or record by record into the conflicts list), and the
legitimate round trip — BCP → head office review → back to the BCP — ends
with the same records on both sides and ``check`` passing on both.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from inspector.checklists.registry import ChecklistRegistry
from inspector.domain import clock
from inspector.domain.errors import PermissionDenied
from inspector.exchange.errors import BundleRejected
from inspector.exchange.export import Selection, export_bundle
from inspector.exchange.importer import import_bundle
from inspector.exchange.keys import Keystore, own_public_key_file, workstation_id
from inspector.exchange.trust import trust
from inspector.services import auth, inspections, integrity, keys, signatures, workflow
from inspector.services.documents import canonical_json, review_hash
from inspector.store.database import Database
from inspector.store.models import ExchangeConflict, JointInspection, User

from tests.core.conftest import PASSWORD, People, consignment
from tests.core.helpers import answer_section, confirmed, finalize, sign_section
from tests.exchange.conftest import pg, pg_server, pg_url  # noqa: F401 - fixtures
from tests.exchange.helpers import database_documents, dump, rewrite, staff

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=clock.BCP_TIME_ZONE)
REGISTRY = ChecklistRegistry()


@dataclass
class Workstation:
    db: Database
    keys: Keystore
    people: People | None = None
    admin: User | None = None
    count: int = 0

    @property
    def id(self) -> str:
        with self.db.session() as session:
            return workstation_id(session)

    def bundle(self, folder: Path, selection: Selection | None = None) -> Path:
        self.count += 1
        path = folder / f"{self.keys.path.parent.name}-{self.count}.zip"
        export_bundle(self.db, path, keystore=self.keys, selection=selection)
        return path

    def take(self, bundle: Path):
        return import_bundle(self.db, bundle, actor=self.admin, keystore=self.keys).merge


def bcp(tmp_path: Path, name: str, code: str | None) -> Workstation:
    db = Database(tmp_path / f"{name}.db")
    people = staff(db, name[-1])
    with db.session() as s:
        inspections.set_workstation_bcp(s, people.admin, "FRB")
        if code:
            inspections.set_workstation_code(s, people.admin, code)
    return Workstation(db, Keystore(tmp_path / f"{name}-keys"), people, auth.login(db, people.admin.username, PASSWORD))


def new_case(ws: Workstation, **overrides) -> str:
    with ws.db.session() as s:
        return inspections.create(s, ws.people.customs, consignment(**overrides), REGISTRY).reference


def trusting(receiver: Workstation, sender: Workstation, name: str, head_office: bool = False) -> None:
    with sender.db.session() as s:
        key_file = own_public_key_file(s, sender.keys)
    with receiver.db.session() as s:
        trust(s, None, key_file, name, head_office=head_office)


def conflicts_of(ws: Workstation) -> list[tuple[str, str]]:
    with ws.db.read_session() as s:
        return sorted((c.reference, c.reason) for c in s.scalars(select(ExchangeConflict)))


def uuid_of(ws: Workstation, reference: str) -> str:
    with ws.db.read_session() as s:
        return inspections.get(s, reference).uuid


@pytest.fixture
def office(tmp_path, pg):  # noqa: F811 - the PostgreSQL fixture
    """Two workstations of Farap (codes A and B) and head office on PostgreSQL, trusting each other."""
    one, two = bcp(tmp_path, "ws1", "A"), bcp(tmp_path, "ws2", "B")
    hq = Workstation(pg, Keystore(tmp_path / "hq-keys"))
    with pg.session() as s:
        admin = auth.create_user(s, None, username="hq.admin", full_name="HQ Admin", role="admin", agency=None,
                                 password=PASSWORD)
        auth.create_user(s, admin, username="hq.chief", full_name="HQ Chief", role="supervisor", agency=None,
                         password=PASSWORD)
        auth.create_user(s, admin, username="hq.clerk", full_name="HQ Clerk", role="officer", agency="customs",
                         password=PASSWORD)
    hq.admin = auth.login(pg, "hq.admin", PASSWORD)
    for ws in (one, two):
        trusting(hq, ws, f"Farap {ws.db.path.stem}")
        trusting(ws, hq, "Head office", head_office=True)
    yield one, two, hq
    for ws in (one, two):
        ws.db.dispose()


def test_two_workstations_and_head_office_every_attack_is_refused_and_a_review_round_trip_ends_identical(
        office, tmp_path):
    one, two, hq = office
    out = tmp_path / "bundles"
    out.mkdir()
    attacks: list[str] = []

    # -- references: both number offline, each with its own code ------------------------------
    with clock.at(T0):
        first, second = new_case(one), new_case(two)
        finalized = new_case(one)
        finalize(one.db, one.people, finalized)
    assert first == "FRB-2026-A-000001" and second == "FRB-2026-B-000001"
    merged = hq.take(one.bundle(out))
    assert (merged.inserted, merged.conflicts) == (2, 0)
    merged = hq.take(two.bundle(out))
    assert (merged.inserted, merged.conflicts) == (1, 0)

    # -- 1. an import needs a logged-in supervisor or administrator ----------------------------
    bundle = one.bundle(out)
    attacks.append("import without log-in")
    with pytest.raises(PermissionDenied):
        import_bundle(hq.db, bundle, actor=None)
    attacks.append("import by an officer")
    with pytest.raises(PermissionDenied):
        import_bundle(hq.db, bundle, actor=auth.login(hq.db, "hq.clerk", PASSWORD))

    # -- 2. workstation two replaces workstation one's open record (plate changed, answers wiped) --
    before = dump(hq.db, audit=False)
    first_uuid = uuid_of(one, first)

    def hijack(members):
        name = f"records/{first_uuid}/0.json"
        doc = json.loads(one_document(one, first))
        doc["vehicle"]["tractor_plate"] = "XX 0000 XX"
        for a in doc["agencies"]:
            a["answers"] = []
        members[name] = canonical_json(doc).encode("utf-8")
    attacks.append("another workstation replaces an open record")
    forged = rewrite(two.bundle(out), out / "hijack.zip", hijack, keystore=two.keys)
    merged = hq.take(forged)
    assert merged.changed == 0 and (first, "not_owner") in conflicts_of(hq)
    assert dump(hq.db, audit=False)["documents"] == before["documents"]
    # The owner's real later copy is taken (not skipped as "older").
    with clock.at(T0 + timedelta(hours=1)):
        answer_section(one.db, one.people.customs, first, "customs")
    merged = hq.take(one.bundle(out))
    assert merged.replaced == 1 and database_documents(hq.db)[(first_uuid, 0)] == database_documents(one.db)[
        (first_uuid, 0)]

    # -- 3. a record for another BCP, and a reference re-used for a new uuid ---------------------
    attacks.append("a record of another BCP")
    with clock.at(T0):
        other_bcp = new_case(two, bcp="SRG")
    attacks.append("another workstation's reference re-used for a new uuid")
    with clock.at(T0):
        copied = new_case(two)
    with two.db.engine.begin() as c:  # the attacker edits their own file before exporting
        c.exec_driver_sql("UPDATE inspections SET reference = ? WHERE reference = ?", (first, copied))
    merged = hq.take(two.bundle(out))
    assert (other_bcp, "other_bcp") in conflicts_of(hq)
    assert ("FRB-2026-A-000001", "other_workstation_code") in conflicts_of(hq)
    with hq.db.read_session() as s:
        assert s.scalar(select(JointInspection.id).where(JointInspection.bcp_code == "SRG")) is None

    # -- 4. a workstation key speaking for another workstation ------------------------------------
    attacks.append("a trusted key claiming another workstation's id")
    with pytest.raises(BundleRejected, match="claims to come from workstation"):
        hq.take(rewrite(one.bundle(out), out / "claim.zip", keystore=two.keys, workstation=one.id))

    # -- 5. on a shared OS account: an approval under head office's supervisor's name ----------------
    attacks.append("an approval signed with a key made up for a local supervisor")
    forged = forge_approval(one, finalized, out, "hq.chief", "HQ Chief")
    with pytest.raises(BundleRejected, match="may not bring a new key for an account of this database"):
        hq.take(forged)
    attacks.append("an approval without any signature")
    forged = forge_approval(one, finalized, out, "hq.chief", "HQ Chief", unsigned=True)
    with pytest.raises(BundleRejected, match="no signature"):
        hq.take(forged)

    # -- 6. a bundle naming an administrator brings only an inactive officer --------------------------
    with hq.db.read_session() as s:
        placeholder = s.scalar(select(User).where(User.username == one.people.supervisor.username))
        assert placeholder is None or (placeholder.role == "officer" and not placeholder.active)
        admins = {u.username for u in s.scalars(select(User).where(User.role.in_(("admin", "supervisor"))))}
    assert admins == {"hq.admin", "hq.chief"}

    # -- 7. a clock running ahead does not pin a record -------------------------------------------------
    attacks.append("a clock a year ahead pins a record")
    with clock.at(T0 + timedelta(days=365)):
        third = new_case(one)
    hq.take(one.bundle(out))
    with clock.at(T0 + timedelta(hours=2)):
        answer_section(one.db, one.people.customs, third, "customs")
    merged = hq.take(one.bundle(out))
    assert merged.replaced == 1 and merged.stale == 0

    # -- 8. head office without the head-office mark cannot review a BCP's case ----------------------------
    with hq.db.session() as s:
        chief = s.scalar(select(User).where(User.username == "hq.chief"))
        workflow.review(s, chief, inspections.get(s, finalized), "returned", "Seal number differs",
                        agencies=["customs"], remarks=[{"agency": "customs", "remark": "Check the seal"}],
                        confirmation=confirmed(s, chief))
    back = hq.bundle(out, Selection(origin=one.id))
    attacks.append("head office's bundle brings another workstation's cases")
    merged = two.take(back)
    assert merged.changed == 0 and merged.conflicts > 0 and {r for _, r in conflicts_of(two)} == {"not_owner"}
    attacks.append("a review from a workstation not trusted as head office")
    with one.db.session() as s:
        s.execute(text("UPDATE trusted_keys SET head_office = :no"), {"no": False})
    merged = one.take(back)
    assert merged.changed == 0 and (finalized, "not_owner") in conflicts_of(one)
    with one.db.session() as s:
        s.execute(text("UPDATE trusted_keys SET head_office = :yes"), {"yes": True})

    # -- the legitimate round trip: the return reaches the BCP, the officer corrects, head office approves --
    merged = one.take(back)
    assert (merged.reviewed, merged.inserted, merged.conflicts) == (1, 1, 0)
    with one.db.read_session() as s:
        current = inspections.get(s, finalized)
        assert (current.revision, current.status) == (1, "in_progress")
        customs = current.section("customs")
        assert customs.signed_at is None and customs.returned_comment == "Seal number differs"
        assert all(sec.signed_at is not None for sec in current.sections if sec.agency != "customs")
    with clock.at(T0 + timedelta(hours=3)):
        sign_section(one.db, one.people.customs, finalized, "customs")
        with one.db.session() as s:
            record = inspections.get(s, finalized)
            workflow.confirm_decision(s, one.people.customs, record)
            workflow.finalize(s, one.people.customs, record, confirmation=confirmed(s, one.people.customs))
    merged = hq.take(one.bundle(out))
    assert merged.replaced == 1
    with hq.db.session() as s:
        chief = s.scalar(select(User).where(User.username == "hq.chief"))
        workflow.review(s, chief, inspections.get(s, finalized), "approved", confirmation=confirmed(s, chief))
    merged = one.take(hq.bundle(out, Selection(origin=one.id)))
    assert merged.reviewed == 1 and merged.conflicts == 0

    case = uuid_of(one, finalized)
    ours = {k: v for k, v in database_documents(one.db).items() if k[0] == case}
    theirs = {k: v for k, v in database_documents(hq.db).items() if k[0] == case}
    assert ours == theirs and len(ours) == 2 and json.loads(ours[(case, 1)])["status"] == "approved"
    assert integrity.run(one.db).ok, integrity.run(one.db)
    assert integrity.run(hq.db).ok, integrity.run(hq.db)
    assert len(attacks) == 11


def one_document(ws: Workstation, reference: str) -> str:
    return database_documents(ws.db)[(uuid_of(ws, reference), 0)]


def forge_approval(ws: Workstation, reference: str, out: Path, username: str, full_name: str,
                   unsigned: bool = False) -> Path:
    """What someone at the BCP's keyboard can make: an approval under a supervisor's name, with a key
    made up for that supervisor, in a bundle signed with the workstation key."""
    fake = keys.Ed25519PrivateKey.generate()
    fp = keys.fingerprint(fake.public_key())
    case = uuid_of(ws, reference)

    def change(members):
        name = f"records/{case}/0.json"
        doc = json.loads(members[name])
        reviewer = {"username": username, "full_name": full_name, "badge_number": None, "agency": None,
                    "role": "supervisor"}
        review = {"outcome": "approved", "reviewer": reviewer, "reviewed_at": "2026-11-27T12:00:00+05:00",
                  "comment": None, "agencies": [], "remarks": [], "signature": None}
        doc["status"] = "approved"
        doc["review"] = review
        if not unsigned:
            ref = {"algorithm": "ed25519", "key_fingerprint": fp, "signed_by": reviewer,
                   "signed_at": review["reviewed_at"], "sha256": review_hash(doc, review),
                   "checkpoint": {"id": 1, "hash": "0" * 64}, "value": None}
            ref["value"] = keys.sign(fake, signatures.statement_of_ref("review", doc, ref))
            review["signature"] = ref
        members[name] = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        listing = json.loads(members["keys/users.json"])
        listing["keys"].append({"username": username, "full_name": full_name, "badge_number": None,
                                "fingerprint": fp, "public_key": keys.encode_public(fake.public_key()),
                                "origin": "imported", "created_at": "2026-11-27T12:00:00+05:00",
                                "retired_at": None, "certified_by": None, "statement": None, "certificate": None})
        members["keys/users.json"] = json.dumps(listing, sort_keys=True, separators=(",", ":")).encode()
    return rewrite(ws.bundle(out), out / f"approval-{hashlib.sha256(fp.encode()).hexdigest()[:6]}.zip", change,
                   keystore=ws.keys)
