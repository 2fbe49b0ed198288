"""A bundle of more than 500 cases, merged per table per batch of 200 cases (the fast path).

- Everything arrives field for field, and ``inspector check`` passes after the import.
- A case in the middle of a batch that the sender may not bring (its reference is
  another case's) is refused record by record, into the conflicts list; every
  other case of the batch is imported.
- One tampered document in the middle of the bundle (an answer changed after the
  officer signed: the workstation key re-signed the manifest, not the officer)
  refuses the bundle whole: nothing is imported.
"""

from __future__ import annotations

import json

import pytest

from inspector.cli.main import main
from inspector.exchange.errors import BundleRejected
from inspector.exchange.importer import import_bundle
from inspector.exchange.merge import EXPUNGE_EVERY
from inspector.services.documents import record_hash
from inspector.store.models import ExchangeConflict

from tests.core.conftest import PASSWORD
from tests.exchange.conftest import DEMO_RECORDS
from tests.exchange.helpers import (DEMO_SEED, IMPORTER, bundle_documents, clone_bundle, database_documents, dump,
                                    importer, resign, rewrite)
from tests.exchange.test_roundtrip import trusting

COPIES = -(-510 // DEMO_RECORDS)  # more than 500 cases


@pytest.fixture(scope="module")
def large_bundle(demo_bundle, bcp_keys, tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "large.zip"
    cases = clone_bundle(demo_bundle, path, COPIES, bcp_keys)
    assert cases > 500 and cases > 2 * EXPUNGE_EVERY
    return path


def _middle_case(members: dict[str, bytes]) -> list[str]:
    """The record members of the case in the middle of the bundle (in the middle of a batch)."""
    uuids = sorted({name.split("/")[1] for name in members if name.startswith("records/")})
    middle = uuids[EXPUNGE_EVERY + EXPUNGE_EVERY // 2]
    return sorted(name for name in members if name.startswith(f"records/{middle}/"))


@pytest.mark.slow
def test_a_large_bundle_arrives_field_for_field_and_check_passes(large_bundle, bcp_keys, hq, hq_keys, tmp_path,
                                                                  monkeypatch):
    trusting(hq, bcp_keys)
    summary = import_bundle(hq, large_bundle, actor=importer(hq), keystore=hq_keys)
    original = bundle_documents(large_bundle)
    assert summary.merge.inserted == len(original) and summary.merge.conflicts == 0
    assert database_documents(hq) == original
    hq.dispose()
    monkeypatch.setenv("INSPECTOR_PASSWORD", PASSWORD)
    assert main(["--db", str(tmp_path / "hq.db"), "check", "--user", IMPORTER]) == 0


@pytest.mark.slow
def test_a_case_taking_another_cases_reference_is_refused_alone(large_bundle, bcp_keys, hq, hq_keys, tmp_path):
    refused_case: dict = {}

    def take_reference(members):
        names = _middle_case(members)
        previous = json.loads(members[sorted(n for n in members if n.startswith("records/")
                                             and n < names[0])[-1]])
        for name in names:
            doc = json.loads(members[name])
            doc["reference"] = previous["reference"]
            resign(doc, DEMO_SEED)  # signed by its officers: only the reference is wrong
            members[name] = json.dumps(doc).encode("utf-8")
            refused_case[(doc["uuid"], doc["revision"])] = name

    bundle = rewrite(large_bundle, tmp_path / "taken.zip", take_reference, keystore=bcp_keys)
    trusting(hq, bcp_keys)
    summary = import_bundle(hq, bundle, actor=importer(hq), keystore=hq_keys)
    documents = bundle_documents(bundle)
    assert summary.merge.conflicts == len(refused_case) > 0
    assert summary.merge.inserted == len(documents) - len(refused_case)
    assert database_documents(hq) == {k: v for k, v in documents.items() if k not in refused_case}
    with hq.read_session() as session:
        reasons = {(c.uuid, c.revision): c.reason for c in session.query(ExchangeConflict)}
    assert reasons == dict.fromkeys(refused_case, "reference_taken")


@pytest.mark.slow
def test_one_tampered_document_in_the_middle_refuses_the_bundle_whole(large_bundle, bcp_keys, hq, hq_keys,
                                                                      tmp_path):
    tampered = {}

    def tamper(members):
        for name in _middle_case(members):
            doc = json.loads(members[name])
            signed = [a for a in doc["agencies"] if a.get("signature") and a["answers"]]
            if signed:
                signed[0]["answers"][0]["note"] = "changed after signing"
                if doc["record_hash"]:
                    doc["record_hash"] = record_hash(doc)  # anyone can; only the officer can sign
                members[name] = json.dumps(doc).encode("utf-8")
                tampered["name"] = name
                return
        raise AssertionError("the middle case has no signed section with answers")

    bundle = rewrite(large_bundle, tmp_path / "tampered.zip", tamper, keystore=bcp_keys)
    trusting(hq, bcp_keys)
    actor = importer(hq)
    before = dump(hq)
    with pytest.raises(BundleRejected) as refused:
        import_bundle(hq, bundle, actor=actor, keystore=hq_keys)
    message = refused.value.message()
    assert tampered["name"] in message and "signature" in message, message
    assert dump(hq) == before
