"""A damaged, tampered, unsigned, untrusted or unsafe bundle is refused whole, the database untouched."""

from __future__ import annotations

import hashlib
import json
import stat
import time
import tracemalloc
import warnings
import zipfile

import pytest

from inspector.cli.main import main
from inspector.exchange import importer
from inspector.exchange.errors import BundleRejected
from inspector.exchange.export import export_bundle
from inspector.exchange.importer import import_bundle
from inspector.exchange.keys import Keystore, PublicKeyFile
from inspector.exchange.safety import Limits, chunks
from inspector.exchange.trust import trust
from inspector.store.database import Database

from tests.core.conftest import PASSWORD
from tests.exchange.helpers import (REJECTED, bundle_documents, database_documents, dump, edit_document,
                                    first_record, rewrite)
from tests.exchange.helpers import importer as logged_in_admin


@pytest.fixture
def hq(tmp_path, bcp_keys):
    """Head office, trusting the BCP's key, with a dump taken before each refusal."""
    db = Database(tmp_path / "hq.db")
    with db.session() as session:
        trust(session, None, PublicKeyFile(bcp_keys.public_key(), None, None))
    yield db
    db.dispose()


def refused(hq, bundle, hq_keys, match: str, **kwargs) -> str:
    actor = logged_in_admin(hq)  # logged in first: the log-in is audited, the refused import is not
    before = dump(hq)
    with pytest.raises(BundleRejected) as caught:
        import_bundle(hq, bundle, actor=actor, keystore=hq_keys, **kwargs)
    message = caught.value.message()
    assert match in message, message
    assert "\n" not in message
    assert dump(hq) == before
    return message


def test_one_byte_changed_in_one_member(demo_bundle, hq, hq_keys, tmp_path):
    def flip(members):
        name = first_record(members, "approved")
        data = bytearray(members[name])
        data[len(data) // 2] ^= 0x01
        members[name] = bytes(data)

    bad = rewrite(demo_bundle, tmp_path / "bad.zip", flip, refresh_manifest=False)
    refused(hq, bad, hq_keys, "does not match its SHA-256 in the manifest")


def test_one_byte_changed_in_the_zip_file(demo_bundle, hq, hq_keys, tmp_path):
    raw = bytearray(demo_bundle.read_bytes())
    with zipfile.ZipFile(demo_bundle) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith("records/") and i.compress_size > 200)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + info.compress_size // 2] ^= 0xFF
    bad = tmp_path / "flipped.zip"
    bad.write_bytes(bytes(raw))
    refused(hq, bad, hq_keys, "")


def test_signed_by_an_untrusted_key(demo_path, hq, hq_keys, tmp_path):
    stranger = Keystore(tmp_path / "stranger")
    bundle = tmp_path / "stranger.zip"
    db = Database(demo_path)
    try:
        export_bundle(db, bundle, keystore=stranger)
    finally:
        db.dispose()
    message = refused(hq, bundle, hq_keys, "does not trust")
    assert stranger.fingerprint()[:4] in message


def test_manifest_changed_after_signing(demo_bundle, hq, hq_keys, tmp_path):
    members = {}
    with zipfile.ZipFile(demo_bundle) as archive:
        for info in archive.infolist():
            members[info.filename] = archive.read(info)
    manifest = json.loads(members["manifest.json"])
    manifest["bcp"] = "SRG"
    members["manifest.json"] = json.dumps(manifest).encode()
    bad = tmp_path / "forged.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    refused(hq, bad, hq_keys, "signature does not match")


def test_unsigned_bundle(demo_bundle, hq, hq_keys, tmp_path):
    bad = tmp_path / "unsigned.zip"
    with zipfile.ZipFile(demo_bundle) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            if info.filename != "manifest.sig":
                target.writestr(info, source.read(info))
    refused(hq, bad, hq_keys, "not signed")


def test_a_member_named_to_climb_out(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    """Listed in the manifest and properly signed: refused for its name alone, before extraction."""
    bad = rewrite(demo_bundle, tmp_path / "climb.zip", lambda m: m.update({"../../x": b"owned"}), keystore=bcp_keys)
    refused(hq, bad, hq_keys, "could write outside its folder")
    assert not (tmp_path.parent / "x").exists()


@pytest.mark.parametrize("name", ["/etc/cron.d/x", "..\\..\\x", "C:/Windows/x", "records/../../x",
                                  "attachments/./x", "a//b", "x\x01y"])
def test_unsafe_names(demo_bundle, bcp_keys, hq, hq_keys, tmp_path, name):
    bad = rewrite(demo_bundle, tmp_path / "unsafe.zip", lambda m: m.update({name: b"x"}), keystore=bcp_keys)
    refused(hq, bad, hq_keys, "outside its folder")


def test_duplicate_member_names(demo_bundle, hq, hq_keys, tmp_path):
    bad = tmp_path / "twice.zip"
    with zipfile.ZipFile(demo_bundle) as source, zipfile.ZipFile(bad, "w") as target, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate we make on purpose
        names = [i.filename for i in source.infolist()]
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr(names[0], b"{}")
    refused(hq, bad, hq_keys, "appears twice")


def test_symlink_member(demo_bundle, hq, hq_keys, tmp_path):
    bad = tmp_path / "link.zip"
    with zipfile.ZipFile(demo_bundle) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        link = zipfile.ZipInfo("attachments/" + "a" * 64)
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        target.writestr(link, "/etc/passwd")
    refused(hq, bad, hq_keys, "is a link or a folder")


def test_zip_bomb_is_refused_before_anything_is_decompressed(demo_bundle, hq, hq_keys, tmp_path):
    bad = tmp_path / "bomb.zip"
    with zipfile.ZipFile(demo_bundle) as source, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        zeros = bytes(1024 * 1024)
        with target.open("attachments/" + "0" * 64, "w") as member:
            for _ in range(512):  # 512 MiB of zeros …
                member.write(zeros)
    assert bad.stat().st_size < 2 * 1024 * 1024  # … in under 2 MB
    tracemalloc.start()
    started = time.perf_counter()
    try:
        refused(hq, bad, hq_keys, "zip bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 30
    assert peak < 64 * 1024 * 1024


def test_too_many_members_is_refused_from_the_central_directory(demo_bundle, hq, hq_keys):
    refused(hq, demo_bundle, hq_keys, "more than the 10 allowed", limits=Limits(max_members=10))


def test_missing_and_extra_members(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    def drop(members):
        del members[next(n for n in members if n.startswith("attachments/"))]

    missing = rewrite(demo_bundle, tmp_path / "missing.zip", drop, refresh_manifest=False)
    refused(hq, missing, hq_keys, "listed in the manifest but missing")
    extra = rewrite(demo_bundle, tmp_path / "extra.zip",
                    lambda m: m.update({"attachments/" + "b" * 64: b"\x89PNG\r\n\x1a\nextra"}),
                    refresh_manifest=False)
    refused(hq, extra, hq_keys, "is not listed in the manifest")


def test_a_document_that_breaks_the_schema(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    def bad_hs(members):
        name = first_record(members, "approved")
        edit_document(members, name, lambda d: d["cargo"][0].update(hs_code="12AB"))

    bad = rewrite(demo_bundle, tmp_path / "schema.zip", bad_hs, keystore=bcp_keys)
    message = refused(hq, bad, hq_keys, "cargo[0].hs_code")
    assert "12AB" in message


def test_a_document_not_in_normal_form(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    def no_seconds(members):
        name = first_record(members, "draft")
        edit_document(members, name, lambda d: d.update(arrived_at=d["arrived_at"][:16] + "+05:00"))

    bad = rewrite(demo_bundle, tmp_path / "form.zip", no_seconds, keystore=bcp_keys)
    refused(hq, bad, hq_keys, "not written as BCP Inspector writes records")


def test_a_locked_record_whose_hash_does_not_match(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    def change(members):
        name = first_record(members, "approved")
        doc = json.loads(members[name])
        doc["agencies"][0]["remarks"] = "changed after finalizing"
        members[name] = json.dumps(doc).encode()

    bad = rewrite(demo_bundle, tmp_path / "hash.zip", change, keystore=bcp_keys)
    refused(hq, bad, hq_keys, "does not match its record hash")


def test_an_unknown_checklist_version(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    def drop_checklists(members):
        for name in [n for n in members if n.startswith("checklists/")]:
            del members[name]

    bad = rewrite(demo_bundle, tmp_path / "nochecklist.zip", drop_checklists, keystore=bcp_keys)
    refused(hq, bad, hq_keys, "neither in the bundle nor in this database")


def test_a_checklist_differing_from_the_frozen_one(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services.checklists import freeze

    with hq.session() as session:
        freeze(session, ChecklistRegistry().get("customs"))

    def retitle(members):
        name = next(n for n in members if n.startswith("checklists/customs@"))
        data = json.loads(members[name])
        data["title"]["en"] = "Another customs checklist"
        members[name] = json.dumps(data).encode()

    bad = rewrite(demo_bundle, tmp_path / "differs.zip", retitle, keystore=bcp_keys)
    refused(hq, bad, hq_keys, "differs from the one frozen in this database")


def test_a_file_that_is_not_a_bundle(hq, hq_keys, tmp_path):
    bad = tmp_path / "notes.zip"
    bad.write_bytes(b"just some notes " * 100)
    refused(hq, bad, hq_keys, "not a bundle")


def test_a_document_changed_between_verification_and_merge_is_not_taken(demo_bundle, bcp_keys, hq, hq_keys,
                                                                        tmp_path, monkeypatch):
    """The file may change on the stick after it was verified: the merge takes each document as it
    was checked (spooled by the verification), never the bundle's member again."""
    bundle = tmp_path / "stick.zip"
    bundle.write_bytes(demo_bundle.read_bytes())
    changed = {}

    def flip(members):
        changed["name"] = first_record(members, "approved")
        edit_document(members, changed["name"], lambda d: d.update(declaration_ref="CHANGED"))

    swapped = rewrite(demo_bundle, tmp_path / "swapped.zip", flip, refresh_manifest=False)
    verify = importer.verify_bundle

    def verify_then_swap(*args, **kwargs):
        result = verify(*args, **kwargs)
        bundle.write_bytes(swapped.read_bytes())
        return result

    monkeypatch.setattr(importer, "verify_bundle", verify_then_swap)
    import_bundle(hq, bundle, actor=logged_in_admin(hq), keystore=hq_keys)
    assert database_documents(hq) == bundle_documents(demo_bundle)
    assert "CHANGED" not in str(database_documents(hq))


def test_a_file_changed_between_verification_and_merge_rolls_back(demo_bundle, bcp_keys, hq, hq_keys,
                                                                  tmp_path, monkeypatch):
    """Files are read from the bundle again for the merge: each is re-checked against its hash."""
    bundle = tmp_path / "stick.zip"
    bundle.write_bytes(demo_bundle.read_bytes())

    def flip(members):
        name = next(n for n in sorted(members) if n.startswith("attachments/"))
        members[name] = members[name][:-1] + bytes([members[name][-1] ^ 1])

    swapped = rewrite(demo_bundle, tmp_path / "swapped.zip", flip, refresh_manifest=False)
    verify = importer.verify_bundle

    def verify_then_swap(*args, **kwargs):
        result = verify(*args, **kwargs)
        bundle.write_bytes(swapped.read_bytes())
        return result

    monkeypatch.setattr(importer, "verify_bundle", verify_then_swap)
    refused(hq, bundle, hq_keys, "does not match its SHA-256")


def test_a_member_longer_than_it_declares_is_cut_off(tmp_path):
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("attachments/" + "c" * 64, bytes(range(256)) * 400)
    with zipfile.ZipFile(path) as archive:
        info = archive.infolist()[0]
        info.file_size = 1000  # what a forged central directory would say
        with pytest.raises(BundleRejected):
            b"".join(chunks(archive, info, 10_000_000))


def test_cli_refusal_is_one_clear_line_and_exit_1(demo_path, tmp_path, capsys, monkeypatch):
    stranger = Keystore(tmp_path / "stranger")
    bundle = tmp_path / "stranger.zip"
    db = Database(demo_path)
    try:
        export_bundle(db, bundle, keystore=stranger)
    finally:
        db.dispose()
    target = tmp_path / "hq.db"
    hq = Database(target)
    logged_in_admin(hq)  # head office's administrator, who imports
    hq.dispose()
    monkeypatch.setenv("INSPECTOR_PASSWORD", PASSWORD)
    code = main(["--db", str(target), "--lang", "ru", "import", str(bundle), "--user", "hq.admin"])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("Пакет отклонён, ничего не импортировано:")
    assert err.count("\n") == 1 and "Traceback" not in err
    code = main(["--db", str(target), "import", str(bundle), "--user", "hq.admin"])
    _out, err = capsys.readouterr()
    assert code == 1 and err.startswith(REJECTED)


def test_signature_member_of_the_wrong_size(demo_bundle, hq, hq_keys, tmp_path):
    bad = tmp_path / "longsig.zip"
    with zipfile.ZipFile(demo_bundle) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, data + b"x" if info.filename == "manifest.sig" else data)
    refused(hq, bad, hq_keys, "larger than")


def test_attachment_that_is_not_what_its_name_says(demo_bundle, bcp_keys, hq, hq_keys, tmp_path):
    def swap(members):
        name = next(n for n in members if n.startswith("attachments/"))
        members[name] = b"\x89PNG\r\n\x1a\n" + b"another picture"

    bad = rewrite(demo_bundle, tmp_path / "swapped.zip", swap, keystore=bcp_keys)
    message = refused(hq, bad, hq_keys, "does not match its SHA-256")
    assert hashlib.sha256(b"").hexdigest()[:4] not in message
