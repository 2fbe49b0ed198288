"""New cases are inserted per table per batch; cases already here go the one-by-one way in between.

A bundle mixing both, with a batch of one case (so the two ways alternate), ends
with the same documents on both sides and ``check`` passing — on SQLite, where
the batch counts ids on from the table's highest, and ids must never collide
with rows the other way inserted in between.
"""

from __future__ import annotations

from datetime import timedelta

from inspector.domain import clock
from inspector.exchange import importer, merge
from inspector.services import integrity
from inspector.store.database import Database

from tests.core.helpers import answer_section, sign_section
from tests.exchange.helpers import database_documents
from tests.exchange.test_audit_trail import head_office
from tests.exchange.test_trust import T0, bcp, new_case, trusting, uuid_of


def test_new_and_known_cases_in_one_bundle_in_batches_of_one(tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "EXPUNGE_EVERY", 1)
    monkeypatch.setattr(importer, "EXPUNGE_EVERY", 1)
    one = bcp(tmp_path, "ws1", "A")
    hq = head_office(Database(tmp_path / "hq.db"), tmp_path)
    trusting(hq, one, "Farap 1")
    out = tmp_path / "bundles"
    out.mkdir()
    with clock.at(T0):
        known = [new_case(one) for _ in range(3)]
    assert hq.take(one.bundle(out)).inserted == 3
    with clock.at(T0 + timedelta(minutes=10)):
        fresh = [new_case(one) for _ in range(6)]
        for reference in known + fresh[:3]:
            answer_section(one.db, one.people.customs, reference, "customs")
        sign_section(one.db, one.people.customs, known[0], "customs")
    merged = hq.take(one.bundle(out))
    assert (merged.inserted, merged.replaced, merged.conflicts) == (6, 3, 0)
    ours = {k: v for k, v in database_documents(one.db).items()}
    assert database_documents(hq.db) == ours
    assert {uuid_of(one, r) for r in known + fresh} == {k[0] for k in ours}
    assert integrity.run(hq.db).ok, integrity.run(hq.db).findings
    one.db.dispose()
    hq.db.dispose()
