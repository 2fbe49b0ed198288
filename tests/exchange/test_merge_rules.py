"""What an import does with a record it already has: reviews, newer drafts, conflicts, other people."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from inspector.domain import clock
from inspector.domain.errors import PermissionDenied
from inspector.exchange import conflicts
from inspector.exchange.errors import BundleRejected
from inspector.exchange.export import export_bundle
from inspector.exchange.importer import import_bundle
from inspector.exchange.keys import Keystore, PublicKeyFile
from inspector.exchange.trust import trust
from inspector.services import auth, integrity, inspections, workflow
from inspector.store.database import Database
from inspector.store.models import ExchangeConflict, JointInspection, User

from tests.core.conftest import PASSWORD, db, make_inspection, people, registry  # noqa: F401 - fixtures
from tests.core.helpers import answer_section, confirmed, finalize
from tests.exchange.helpers import database_documents, dump, edit_document, importer, rewrite

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=clock.BCP_TIME_ZONE)


@pytest.fixture
def bcp_key(tmp_path) -> Keystore:
    return Keystore(tmp_path / "bcp-key")


@pytest.fixture
def hq(tmp_path, bcp_key):
    database = Database(tmp_path / "hq.db")
    with database.session() as session:
        trust(session, None, PublicKeyFile(bcp_key.public_key(), None, "FRB"))
    yield database
    database.dispose()


@pytest.fixture
def carry(db, hq, bcp_key, tmp_path):
    """Export the BCP's records and import them at head office; returns the bundle and the summary."""
    count = iter(range(1000))

    def carry_():
        bundle = tmp_path / f"bundle-{next(count)}.zip"
        export_bundle(db, bundle, keystore=bcp_key)
        return bundle, import_bundle(hq, bundle, actor=importer(hq), keystore=Keystore(tmp_path / "hq-key")).merge
    return carry_


def status_at_hq(hq, reference):
    with hq.read_session() as session:
        return [(r.revision, r.status, r.is_current) for r in session.scalars(
            select(JointInspection).where(JointInspection.reference == reference).order_by(JointInspection.revision))]


def test_a_review_made_later_at_the_bcp_reaches_head_office(db, people, make_inspection, hq, carry):
    with clock.at(T0):
        ref = make_inspection()
        finalize(db, people, ref)
    first, merged = carry()
    assert merged.inserted == 1 and status_at_hq(hq, ref) == [(0, "finalized", True)]
    with clock.at(T0 + timedelta(hours=2)), db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, ref), "approved",
                        confirmation=confirmed(s, people.supervisor))
    _, merged = carry()
    assert (merged.reviewed, merged.conflicts) == (1, 0)
    assert status_at_hq(hq, ref) == [(0, "approved", True)]
    assert database_documents(hq) == database_documents(db)
    # The older copy, from before the review, changes nothing and is no conflict.
    before = dump(hq, audit=False)
    again = import_bundle(hq, first, actor=importer(hq), keystore=Keystore(first.parent / "hq-key")).merge
    assert (again.stale, again.conflicts, again.changed) == (1, 0, 0)
    assert dump(hq, audit=False) == before
    assert integrity.run(hq).ok


def test_a_return_for_correction_brings_the_new_revision(db, people, make_inspection, hq, carry):
    with clock.at(T0):
        ref = make_inspection()
        finalize(db, people, ref)
    carry()
    with clock.at(T0 + timedelta(hours=1)), db.session() as s:
        workflow.review(s, people.supervisor, inspections.get(s, ref), "returned", "Seal photo missing",
                        ["customs"], confirmation=confirmed(s, people.supervisor))
    _, merged = carry()
    assert (merged.reviewed, merged.inserted) == (1, 1)
    assert status_at_hq(hq, ref) == [(0, "returned", False), (1, "in_progress", True)]
    assert database_documents(hq) == database_documents(db)


def test_an_open_record_is_replaced_by_a_newer_copy_not_by_an_older_one(db, people, make_inspection, hq, carry):
    with clock.at(T0):
        ref = make_inspection()
    older, merged = carry()
    assert merged.inserted == 1
    with clock.at(T0 + timedelta(minutes=30)):
        answer_section(db, people.customs, ref, "customs")
    _, merged = carry()
    assert merged.replaced == 1
    assert status_at_hq(hq, ref) == [(0, "in_progress", True)]
    assert database_documents(hq) == database_documents(db)
    again = import_bundle(hq, older, actor=importer(hq), keystore=Keystore(older.parent / "hq-key")).merge
    assert (again.stale, again.changed) == (1, 0)
    assert status_at_hq(hq, ref) == [(0, "in_progress", True)]


def test_a_locked_record_rewritten_and_re_signed_with_the_workstation_key_is_refused_whole(
        db, people, make_inspection, hq, carry, bcp_key, tmp_path):
    """Whoever holds the workstation key cannot rewrite a signed section: the officer's signature fails."""
    with clock.at(T0):
        ref = make_inspection()
        finalize(db, people, ref)
    bundle, _ = carry()

    def change(members):
        record = next(m for m in members if m.startswith("records/"))
        edit_document(members, record, lambda d: d["agencies"][0].update(remarks="Written again elsewhere"))

    forged = rewrite(bundle, tmp_path / "forged.zip", change, keystore=bcp_key)
    before = dump(hq, audit=False)
    with pytest.raises(BundleRejected, match="section customs of aman carries no valid officer signature"):
        import_bundle(hq, forged, actor=importer(hq), keystore=Keystore(tmp_path / "hq-key"))
    assert dump(hq, audit=False) == before


def test_another_workstations_copy_of_a_case_is_a_conflict_kept_aside(db, people, make_inspection, hq, carry,
                                                                     tmp_path):
    with hq.session() as s:
        admin = auth.create_user(s, None, username="hq.admin", full_name="HQ Admin", role="admin", agency=None,
                                 password=PASSWORD)
        chief_id = auth.create_user(s, admin, username="hq.chief", full_name="HQ Chief", role="supervisor",
                                    agency=None, password=PASSWORD).id
    other = Keystore(tmp_path / "other-key")
    with hq.session() as s:
        trust(s, None, PublicKeyFile(other.public_key(), "ws-2", "FRB"), "FRB ws-2")
    with clock.at(T0):
        ref = make_inspection()
    bundle, _ = carry()

    def change(members):
        record = next(m for m in members if m.startswith("records/"))
        edit_document(members, record, lambda d: d["vehicle"].update(tractor_plate="AG 0000 AG"))

    forged = rewrite(bundle, tmp_path / "forged.zip", change, keystore=other, workstation="ws-2")
    before = dump(hq, audit=False)
    merged = import_bundle(hq, forged, actor=importer(hq), keystore=Keystore(tmp_path / "hq-key")).merge
    assert (merged.conflicts, merged.new_conflicts, merged.changed) == (1, 1, 0)
    after = dump(hq, audit=False)
    assert after["documents"] == before["documents"]  # the owner's copy stays
    with hq.read_session() as session:
        conflict = session.scalar(select(ExchangeConflict))
        assert conflict.reference == ref and conflict.reason == "not_owner"
        assert conflict.document["vehicle"]["tractor_plate"] == "AG 0000 AG"
        assert conflict.resolved_at is None and "FRB ws-2" in conflict.source
    # The same bundle again: still reported, but nothing new is stored.
    merged = import_bundle(hq, forged, actor=importer(hq), keystore=Keystore(tmp_path / "hq-key")).merge
    assert (merged.conflicts, merged.new_conflicts) == (1, 0)
    assert dump(hq, audit=False) == after
    # A supervisor at head office settles it.
    with hq.session() as s:
        chief = s.get(User, chief_id)
        [waiting] = conflicts.pending(s)
        with pytest.raises(PermissionDenied):
            conflicts.resolve(s, people.customs, waiting.id, "no")
        conflicts.resolve(s, chief, waiting.id, "Asked the BCP which workstation made it")
        assert conflicts.pending(s) == []


def test_a_username_of_another_person_is_a_conflict(db, people, make_inspection, hq, carry):
    with hq.session() as s:
        admin = auth.create_user(s, None, username="admin", full_name="Head Office Admin", role="admin",
                                 agency=None, password=PASSWORD)
        auth.create_user(s, admin, username="aman", full_name="Aman Başga", role="officer", agency="customs",
                         password=PASSWORD)
    with clock.at(T0):
        ref = make_inspection()  # created by the BCP's "aman" (Aman Amanow)
    _, merged = carry()
    assert (merged.inserted, merged.conflicts) == (0, 1)
    with hq.read_session() as session:
        assert session.scalar(select(ExchangeConflict.reason)) == "user_differs"
        assert session.scalar(select(JointInspection).where(JointInspection.reference == ref)) is None
        aman = session.scalar(select(User).where(User.username == "aman"))
        assert aman.full_name == "Aman Başga" and aman.active


def test_people_named_in_records_exist_at_head_office_but_cannot_log_in(db, people, make_inspection, hq, carry):
    with clock.at(T0):
        ref = make_inspection()
        finalize(db, people, ref)
    carry()
    with hq.read_session() as session:
        aman = session.scalar(select(User).where(User.username == "aman"))
        assert not aman.active and aman.password_hash is None
        assert aman.full_name == "Aman Amanow" and aman.badge_number == "B-aman"
    from inspector.domain.errors import AuthenticationFailed

    with pytest.raises(AuthenticationFailed):
        auth.login(hq, "aman", PASSWORD)


def test_documents_in_bundles_validate_against_the_published_schema(db, people, make_inspection, carry):
    jsonschema = pytest.importorskip("jsonschema")
    from pathlib import Path

    schema = json.loads((Path(__file__).parents[2] / "docs" / "bcp-inspection-1.schema.json").read_text("utf-8"))
    with clock.at(T0):
        ref = make_inspection()
        finalize(db, people, ref)
    bundle, _ = carry()
    import zipfile

    with zipfile.ZipFile(bundle) as archive:
        for name in archive.namelist():
            if name.startswith("records/"):
                jsonschema.validate(json.loads(archive.read(name)), schema)
