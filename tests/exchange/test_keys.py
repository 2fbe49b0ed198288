"""The workstation's identity and key, public key files, and the keys a database trusts."""

from __future__ import annotations

import json
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from inspector.cli.main import main
from inspector.domain.errors import NotFound
from inspector.exchange.errors import KeyProblem
from inspector.exchange.keys import (
    Keystore,
    PublicKeyFile,
    default_key_dir,
    own_public_key_file,
    read_public_key_file,
    workstation_id,
)
from inspector.exchange.trust import trust, trusted_key, trusted_keys, untrust
from inspector.paths import data_dir
from inspector.store.database import Database
from inspector.store.models import AuditEntry, Setting


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "ws.db")
    yield database
    database.dispose()


def test_the_key_is_made_on_first_use_in_the_user_data_folder_readable_by_its_owner_only():
    keystore = Keystore()
    assert keystore.directory == default_key_dir() == data_dir() / "keys"
    assert not keystore.path.exists()
    fingerprint = keystore.fingerprint()
    assert keystore.path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert stat.S_IMODE(keystore.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keystore.directory.stat().st_mode) == 0o700
    assert Keystore().fingerprint() == fingerprint  # the same key next time
    signature = keystore.sign(b"manifest")
    keystore.public_key().verify(signature, b"manifest")


def test_a_key_file_others_can_read_is_restricted(tmp_path):
    keystore = Keystore(tmp_path / "keys")
    keystore.fingerprint()
    keystore.path.chmod(0o644)
    Keystore(tmp_path / "keys").fingerprint()
    assert stat.S_IMODE(keystore.path.stat().st_mode) == 0o600


def test_a_damaged_key_file_is_a_clear_refusal(tmp_path):
    folder = tmp_path / "keys"
    folder.mkdir(mode=0o700)
    (folder / "workstation-ed25519.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with pytest.raises(KeyProblem, match="cannot be read"):
        Keystore(folder).sign(b"x")


def test_the_workstation_id_is_made_once_and_audited(db):
    with db.session() as session:
        first = workstation_id(session)
    with db.session() as session:
        assert workstation_id(session) == first
        assert session.get(Setting, "workstation_id").value == first
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert actions.count("exchange.workstation_id") == 1


def test_public_key_files_round_trip_and_are_checked(db, tmp_path):
    keystore = Keystore(tmp_path / "keys")
    with db.session() as session:
        own = own_public_key_file(session, keystore)
    path = tmp_path / "ws.key"
    path.write_bytes(own.to_json())
    read = read_public_key_file(path)
    assert read.fingerprint == keystore.fingerprint() and read.workstation == own.workstation
    pem = tmp_path / "ws.pem"
    pem.write_bytes(keystore.public_key().public_bytes(serialization.Encoding.PEM,
                                                       serialization.PublicFormat.SubjectPublicKeyInfo))
    assert read_public_key_file(pem).fingerprint == keystore.fingerprint()
    forged = json.loads(path.read_text())
    forged["fingerprint"] = "0" * 64
    path.write_text(json.dumps(forged))
    with pytest.raises(KeyProblem, match="fingerprint written in the file does not match"):
        read_public_key_file(path)
    path.write_text("not a key")
    with pytest.raises(KeyProblem, match="not a workstation public key file"):
        read_public_key_file(path)
    with pytest.raises(KeyProblem, match="Cannot read"):
        read_public_key_file(tmp_path / "absent.key")


def test_trust_and_untrust(db, tmp_path):
    other = Keystore(tmp_path / "other")
    key_file = PublicKeyFile(other.public_key(), "ws-2", "SRG")
    with db.session() as session:
        row, new = trust(session, None, key_file, "Saragt 2")
        assert new and row.name == "Saragt 2" and row.bcp_code == "SRG"
        _row, new = trust(session, None, key_file)
        assert not new
    with db.read_session() as session:
        assert [r.name for r in trusted_keys(session)] == ["Saragt 2"]
        key, name = trusted_key(session, other.fingerprint(), None)
        assert name == "Saragt 2" and key.public_bytes_raw() == other.public_key().public_bytes_raw()
        assert trusted_key(session, "f" * 64, None) is None
    with db.session() as session:
        with pytest.raises(NotFound):
            untrust(session, None, "abc")  # too short to name one key
        assert untrust(session, None, other.fingerprint()[:12]).name == "Saragt 2"
    with db.read_session() as session:
        assert trusted_key(session, other.fingerprint(), None) is None
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert "exchange.key_trusted" in actions and "exchange.key_untrusted" in actions


def test_own_key_is_trusted_only_once_it_exists(db, tmp_path):
    keystore = Keystore(tmp_path / "keys")
    with db.read_session() as session:
        assert trusted_key(session, "a" * 64, keystore) is None
        assert not keystore.path.exists()  # looking did not make a key
        keystore.fingerprint()
        assert trusted_key(session, keystore.fingerprint(), keystore)[1] == "this workstation"


def test_cli_keys_show_in_three_languages(tmp_path, capsys):
    db = str(tmp_path / "ws.db")
    for lang, label in (("en", "Fingerprint"), ("ru", "Отпечаток"), ("tk", "Barmak yzy")):
        assert main(["--db", db, "--lang", lang, "keys", "show"]) == 0
        out = capsys.readouterr().out
        assert label in out
    fingerprint = Keystore().fingerprint()
    assert " ".join(fingerprint[i:i + 4] for i in range(0, 64, 4)) in out
