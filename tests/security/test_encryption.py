"""Encryption at rest, from the thief's side (issue 15).

Someone copies the workstation's folder — the database, its ``-wal`` left by a
crash, every backup, the key file — and looks for the drivers' passports and
names, the plates and the officers' names in the raw bytes; or tries to open
the database with a wrong password, a wrong recovery key, another database's
key file or a damaged one. Everything goes through the real ``inspector``
command (in this process, and in child processes killed mid-write).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.services import auth, encryption
from inspector.store import cipher, keyfile

from tests.core.conftest import consignment

ADMIN_PASSWORD = "Admin-Secret-2026"
OFFICER_PASSWORD = "Officer-Secret-2026"

# What must not be readable: the driver's passport and names, the plates, the officer, a seal, the cargo.
NEEDLES = ["A1846203", "Dovletmyrat Annayev", "Döwletmyrat Annaýew", "AG 1234 AG", "AG 5678 AG",
           "Aman Amanow", "TM 004512", "Говядина бескостная", "Frigorífico Sul"]


def run(capsys, monkeypatch, *args, stdin: str = "", env: dict | None = None):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    for name in ("INSPECTOR_USER", "INSPECTOR_PASSWORD", "INSPECTOR_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def found_in(data: bytes) -> list[str]:
    hits = []
    for needle in NEEDLES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if needle.encode(encoding) in data or needle.upper().encode(encoding) in data:
                hits.append(f"{needle} ({encoding})")
    return hits


def digest_all(folder: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def make_site(tmp_path: Path, capsys, monkeypatch, *, plain: bool = False) -> tuple[Path, str]:
    """A post's database made through the command line: admin, officer, one record, a backup."""
    path = tmp_path / "site" / "bcp.db"
    if plain:
        from inspector.store.database import Database

        path.parent.mkdir(parents=True)
        Database(path).dispose()
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "users", "add", "--username", "admin",
                       "--name", "Admin Adminow", "--role", "admin", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    recovery = re.search(r"\n    (\S+)\n", err)
    assert plain or recovery, err
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "users", "add", "--username", "aman",
                       "--name", "Aman Amanow", "--role", "officer", "--agency", "customs",
                       "--admin", "admin", stdin=f"{ADMIN_PASSWORD}\n{OFFICER_PASSWORD}\n")
    assert code == 0, err
    source = tmp_path / "pre-arrival.json"
    source.write_text(json.dumps(consignment(), ensure_ascii=False), "utf-8")
    login = {"INSPECTOR_USER": "aman", "INSPECTOR_PASSWORD": OFFICER_PASSWORD}
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "inspections", "create", "--from", str(source),
                       env=login)
    assert code == 0, err
    source.unlink()
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "backup", env=login)
    assert code == 0, err
    return path, recovery.group(1) if recovery else ""


# -- the raw bytes -------------------------------------------------------------------------------

WRITER = r"""
import os, sys
from inspector.services import encryption, inspections
from inspector.store.database import Database
from inspector.checklists.registry import ChecklistRegistry
from inspector.services import auth
import json
path, password, source = sys.argv[1], sys.argv[2], sys.argv[3]
if password:
    encryption.unlock(path, "aman", password)
db = Database(path, migrate=False)
officer = auth.login(db, "aman", password or sys.argv[4])
with db.session() as s:
    inspections.create(s, officer, json.load(open(source, encoding="utf-8")), ChecklistRegistry())
print("committed", flush=True)
sys.stdin.readline()  # killed here: the WAL keeps the record
"""


def _crash_with_wal(path: Path, tmp_path: Path, password: str, plain_password: str = "") -> None:
    source = tmp_path / "second.json"
    source.write_text(json.dumps(consignment(), ensure_ascii=False), "utf-8")
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), password, str(source), plain_password],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.startswith("committed"), child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL) if os.name == "posix" else child.kill()
        child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()
        child.stdin.close()
    source.unlink()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL keeps the WAL")
def test_no_passport_name_or_plate_in_the_database_its_wal_or_any_backup(tmp_path, capsys, monkeypatch):
    path, _ = make_site(tmp_path, capsys, monkeypatch)
    _crash_with_wal(path, tmp_path, OFFICER_PASSWORD)
    files = [p for p in (tmp_path / "site").rglob("*") if p.is_file()]
    wal = path.with_name(path.name + "-wal")
    assert wal in files and wal.stat().st_size > 0, "the crash left a WAL to search"
    backups = [p for p in files if p.parent.name == "backups"]
    assert len(backups) >= 2  # the day's first backup and the manual one
    searched = 0
    for file in files:
        data = file.read_bytes()
        searched += len(data)
        assert not found_in(data), f"{file.name} shows {found_in(data)}"
        if file in backups or file == path:
            assert cipher.is_encrypted_header(data[:100]), file
    with capsys.disabled():
        print(f"\nsearched {searched} bytes in {len(files)} files: nothing found")

    # And the records are all there for whoever logs in.
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                         "--format", "json", env={"INSPECTOR_PASSWORD": OFFICER_PASSWORD})
    assert code == 0, err
    assert [r["tractor_plate"] for r in json.loads(out)] == ["AG 1234 AG", "AG 1234 AG"]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL keeps the WAL")
def test_the_same_search_finds_everything_in_a_plain_database(tmp_path, capsys, monkeypatch):
    """The control: the search above would see the data if it were there."""
    path, _ = make_site(tmp_path, capsys, monkeypatch, plain=True)
    _crash_with_wal(path, tmp_path, "", OFFICER_PASSWORD)
    wal = path.with_name(path.name + "-wal")
    assert found_in(path.read_bytes() + wal.read_bytes())
    assert any(found_in(p.read_bytes()) for p in (path.parent / "backups").iterdir())


# -- wrong ways in -----------------------------------------------------------------------------------

def test_wrong_password_is_a_log_in_failure_and_counts_towards_the_lockout(tmp_path, capsys, monkeypatch):
    path, _ = make_site(tmp_path, capsys, monkeypatch)
    before = {p: d for p, d in digest_all(path.parent).items() if p.name != "bcp.db.keys"}
    for attempt in range(1, 6):
        code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                             env={"INSPECTOR_PASSWORD": "not-the-password"})
        assert code == 1 and not out
        expected = "Wrong username or password" if attempt < 5 else "the account is locked for 15 min"
        assert expected in err and "Traceback" not in err, err
    # Locked now: even the right password waits (as the app's own lockout does).
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                       env={"INSPECTOR_PASSWORD": OFFICER_PASSWORD})
    assert code == 1 and "locked" in err
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--user", "nobody", "inspections", "list",
                       env={"INSPECTOR_PASSWORD": OFFICER_PASSWORD})
    assert code == 1 and "Wrong username or password" in err  # an unknown name says the same
    after = {p: d for p, d in digest_all(path.parent).items() if p.name != "bcp.db.keys"}
    assert after == before, "nothing but the key file's failure count changed"
    # The admin still gets in.
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--user", "admin", "users", "list",
                       env={"INSPECTOR_PASSWORD": ADMIN_PASSWORD})
    assert code == 0, err


def test_no_user_no_way_in(tmp_path, capsys, monkeypatch):
    path, _ = make_site(tmp_path, capsys, monkeypatch)
    before = digest_all(path.parent)
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "inspections", "list")
    assert code == 1 and not out and "is encrypted: give --user" in err
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "check")
    assert code == 1 and not out
    assert digest_all(path.parent) == before


def test_wrong_or_malformed_recovery_key_opens_nothing(tmp_path, capsys, monkeypatch):
    path, recovery = make_site(tmp_path, capsys, monkeypatch)
    before = digest_all(path.parent)
    target = tmp_path / "copy.db"
    wrong = keyfile.new_recovery_key()
    for key, message in ((wrong, "The recovery key does not open this database"),
                         ("ABCDE-12345", "That is not a recovery key"),
                         (recovery[:-1] + ("A" if recovery[-1] != "A" else "B"),
                          "The recovery key does not open this database")):
        code, out, err = run(capsys, monkeypatch, "--db", str(path), "decrypt", "--to", str(target),
                             env={"INSPECTOR_RECOVERY_KEY": key})
        assert code == 1 and message in err and "Traceback" not in err, err
        code, out, err = run(capsys, monkeypatch, "--db", str(path), "inspections", "list",
                             env={"INSPECTOR_RECOVERY_KEY": key})
        assert code == 1 and message in err, err
    assert not target.exists()
    assert digest_all(path.parent) == before
    # The right one, typed in lower case with spaces: a plain copy for the investigator.
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "decrypt", "--to", str(target),
                         env={"INSPECTOR_RECOVERY_KEY": recovery.lower().replace("-", " ")})
    assert code == 0, err
    assert found_in(target.read_bytes())
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM inspections").fetchone() == (1,)
    connection.close()
    assert digest_all(path.parent) == before


def test_a_key_file_from_another_database_or_a_damaged_one_is_refused(tmp_path, capsys, monkeypatch):
    path, _ = make_site(tmp_path, capsys, monkeypatch)
    other, _ = make_site(tmp_path / "other", capsys, monkeypatch)  # same names and passwords
    keys = keyfile.path_for(path)
    original = keys.read_bytes()
    login = {"INSPECTOR_PASSWORD": OFFICER_PASSWORD}
    cases = {
        "another database's key file": (keyfile.path_for(other).read_bytes(),
                                        "does not open with the key from its key file"),
        "cut short": (original[: len(original) // 2], "is damaged or cut short"),
        "empty": (b"", "is damaged or cut short"),
        "not JSON": (b"\x00\xff" * 50, "is damaged or cut short"),
        "a slot moved to another user": (None, "Wrong username or password"),
    }
    for name, (content, message) in cases.items():
        if content is None:  # the admin's wrapped key put in aman's slot: bound to its name, refused
            data = json.loads(original)
            kf = keyfile.KeyFile(path, data)
            data["slots"][kf.slot_name("aman")] = dict(data["slots"][kf.slot_name("admin")])
            content = json.dumps(data).encode()
            login_as = {"INSPECTOR_PASSWORD": ADMIN_PASSWORD}
            keys.write_bytes(content)
            before = digest_all(path.parent)
            before.pop(keys)
            code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections",
                                 "list", env=login_as)
            assert code == 1 and message in err and "Traceback" not in err, (name, err)
            assert {p: d for p, d in digest_all(path.parent).items() if p in before} == before, name
            continue
        else:
            login_as = login
        keys.write_bytes(content)
        before = digest_all(path.parent)
        code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                             env=login_as)
        assert code == 1 and message in err and "Traceback" not in err, (name, err)
        assert digest_all(path.parent) == before, name
    keys.unlink()
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                       env=login)
    assert code == 1 and "is missing" in err or "not a database" in err, err
    keys.write_bytes(original)
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                         env=login)
    assert code == 0 and "AG 1234 AG" in out, err


def test_a_plain_file_put_in_place_of_the_encrypted_database_is_refused(tmp_path, capsys, monkeypatch):
    """An attacker who cannot read the database swaps in a plain one of their own making."""
    path, _ = make_site(tmp_path, capsys, monkeypatch)
    forged, _ = make_site(tmp_path / "forged", capsys, monkeypatch, plain=True)
    path.write_bytes(forged.read_bytes())
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                       env={"INSPECTOR_PASSWORD": OFFICER_PASSWORD})
    assert code == 1 and "is not encrypted, but its key file says it should be" in err, err


# -- accounts and slots ------------------------------------------------------------------------------

def test_adding_resetting_and_deactivating_users_rewraps_the_key(tmp_path, capsys, monkeypatch):
    from inspector.services import auth
    from inspector.store.database import Database

    path, _ = make_site(tmp_path, capsys, monkeypatch)
    encryption.unlock(path, "admin", ADMIN_PASSWORD)
    db = Database(path)
    try:
        admin = auth.login(db, "admin", ADMIN_PASSWORD)
        with db.session() as s:
            auth.create_user(s, admin, username="merdan", full_name="Merdan Gylyjow", role="officer",
                             agency="veterinary", password="Merdan-Secret-1")
        with db.session() as s:
            aman = auth.find_user(s, "aman")
            auth.change_password(s, admin, aman, "Reset-By-Admin-1")
        with db.session() as s:
            auth.set_active(s, admin, auth.find_user(s, "merdan"), False)
    finally:
        db.dispose()
    cipher.forget_key(path)
    kf = keyfile.KeyFile.load(path)
    with pytest.raises(Exception) as refused:
        kf.open_with_password("merdan", "Merdan-Secret-1")  # deactivated: no slot
    assert refused.value.key == "auth.failed"
    with pytest.raises(Exception) as refused:
        kf.open_with_password("aman", OFFICER_PASSWORD)  # the old password
    assert refused.value.key == "auth.failed"
    assert kf.open_with_password("aman", "Reset-By-Admin-1") == kf.open_with_password("admin", ADMIN_PASSWORD)
    raw = keyfile.path_for(path).read_text("utf-8")
    assert "aman" not in raw and "admin" not in raw and "merdan" not in raw  # no list of who works here


# -- converting -------------------------------------------------------------------------------------

def test_encrypt_converts_a_plain_database_and_its_backups_in_place(tmp_path, capsys, monkeypatch):
    path, _ = make_site(tmp_path, capsys, monkeypatch, plain=True)
    assert found_in(path.read_bytes())
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "admin", "encrypt",
                         env={"INSPECTOR_PASSWORD": ADMIN_PASSWORD})
    assert code == 0, err
    assert keyfile.KeyFile.load(path).has_user("admin") and not keyfile.KeyFile.load(path).has_user("aman")
    recovery = re.search(r"\n    (\S+)\n", err).group(1)
    for file in [p for p in path.parent.rglob("*") if p.is_file()]:
        assert not found_in(file.read_bytes()), file
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "inspections", "list",
                         env={"INSPECTOR_RECOVERY_KEY": recovery})
    assert code == 0 and "AG 1234 AG" in out, err
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "encrypt")
    assert code == 1 and "is encrypted already" in err
    # The officer's first log-in where the database is open gives their password a slot.
    from inspector.services import auth
    from inspector.store.database import Database

    encryption.unlock_with_recovery(path, recovery)
    db = Database(path)
    try:
        auth.login(db, "aman", OFFICER_PASSWORD)
    finally:
        db.dispose()
    cipher.forget_key(path)
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                         env={"INSPECTOR_PASSWORD": OFFICER_PASSWORD})
    assert code == 0 and "AG 1234 AG" in out, err


ENCRYPT_CUT = r"""
import os, sys
from inspector.store import convert
real = os.replace
def cut(src, dst, *a, **k):
    if str(dst) == sys.argv[1]:
        os.kill(os.getpid(), 9)  # the power goes just before the swap
    return real(src, dst, *a, **k)
os.replace = cut
convert.encrypt_in_place(__import__("pathlib").Path(sys.argv[1]))
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_an_interrupted_encryption_leaves_the_plain_original_intact(tmp_path, capsys, monkeypatch):
    path, _ = make_site(tmp_path, capsys, monkeypatch, plain=True)
    original = path.read_bytes()
    result = subprocess.run([sys.executable, "-c", ENCRYPT_CUT, str(path)], capture_output=True, text=True)
    assert result.returncode == -9, result.stderr
    assert path.read_bytes() == original
    assert keyfile.path_for(path).exists()  # the pending key file it left …
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "inspections", "list")
    assert code == 0 and "AG 1234 AG" in out, err  # … is undone at the next start; the plain file works
    assert not keyfile.path_for(path).exists()


# -- a crash during autosave ---------------------------------------------------------------------

KILLS = 10
AUTOSAVE = r"""
import sys
from inspector.services import auth, encryption, inspections, sections
from inspector.store.database import Database
path, password, run, reference = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
encryption.unlock(path, "aman", password)
db = Database(path, migrate=False)
officer = auth.login(db, "aman", password)
for seq in range(100000):
    value = run * 100 + seq % 100
    with db.session() as s:  # one answer, one transaction: the app's autosave
        sections.record_answer(s, officer, inspections.get(s, reference), "customs", "declared_gross_mass",
                               value, note=f"run {run} answer {seq}")
    print(f"{value}\trun {run} answer {seq}", flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_during_autosave_on_the_encrypted_database_loses_no_answer(tmp_path, capsys, monkeypatch):
    import random

    path, _ = make_site(tmp_path, capsys, monkeypatch)
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "inspections", "list",
                         "--format", "json", env={"INSPECTOR_PASSWORD": OFFICER_PASSWORD})
    reference = json.loads(out)[0]["reference"]
    rng = random.Random()
    reported = []
    for run_no in range(1, KILLS + 1):
        child = subprocess.Popen([sys.executable, "-c", AUTOSAVE, str(path), OFFICER_PASSWORD, str(run_no),
                                  reference], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines: queue.Queue = queue.Queue()

        def read(stream=child.stdout, into=lines):
            for line in stream:
                into.put(line)
            into.put(None)
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            first = lines.get(timeout=120)
            assert first is not None, child.stderr.read()
            lines.put(first)
            time.sleep(rng.uniform(0, 0.3))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=60)
        reader.join(timeout=60)
        child.stdout.close()
        child.stderr.close()
        while (line := lines.get()) is not None:
            if line.endswith("\n"):
                value, note = line.rstrip("\n").split("\t")
                reported.append((int(value), note))
    key = encryption.unlock(path, "aman", OFFICER_PASSWORD)
    connection = cipher.connect(path, key=key)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        audited = {(json.loads(row[0])["value"], json.loads(row[0])["note"]) for row in connection.execute(
            "SELECT new FROM audit_log WHERE action = 'answer.recorded'") if row[0]}
    finally:
        connection.close()
    lost = [answer for answer in reported if answer not in audited]
    with capsys.disabled():
        print(f"\n{KILLS} kills, {len(reported)} answers reported, {len(lost)} lost")
    assert len(reported) >= KILLS and not lost


# -- head office -------------------------------------------------------------------------------------

def test_sync_refuses_a_central_database_without_tls(tmp_path, capsys, monkeypatch):
    from inspector.store.database import Database

    path = tmp_path / "bcp.db"
    Database(path).dispose()
    before = digest_all(tmp_path)
    for url in ("postgresql+psycopg://sync@127.0.0.1:9/central",
                "postgresql+psycopg://sync@127.0.0.1:9/central?sslmode=prefer",
                "postgresql+psycopg://sync@127.0.0.1:9/central?sslmode=disable"):
        code, out, err = run(capsys, monkeypatch, "--db", str(path), "sync", "--to", url)
        assert code == 1 and "does not ask for TLS" in err and "Traceback" not in err, err
    assert digest_all(tmp_path) == before  # refused before anything was opened or connected


# -- bundles sealed to head office -------------------------------------------------------------------

def test_exported_bundles_are_sealed_to_head_office_and_open_only_there(tmp_path, capsys, monkeypatch):
    from inspector.exchange import sealing
    from inspector.exchange.importer import import_bundle
    from inspector.exchange.keys import Keystore, PublicKeyFile
    from inspector.exchange.trust import trust
    from inspector.store.database import Database

    path, _ = make_site(tmp_path, capsys, monkeypatch)
    login = {"INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": ADMIN_PASSWORD}
    private, public = tmp_path / "hq-seal.key", tmp_path / "hq-seal.pub"
    code, _, err = run(capsys, monkeypatch, "keys", "seal-key", "-o", str(private), "--public", str(public))
    assert code == 0, err
    assert oct(private.stat().st_mode & 0o777) == "0o600"
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "keys", "seal-to", str(public), env=login)
    assert code == 0, err
    bundle = tmp_path / "usb" / "frb.zip"
    bundle.parent.mkdir()
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "export", "-o", str(bundle), env=login)
    assert code == 0 and "sealed" in err, err
    data = bundle.read_bytes()
    assert data.startswith(sealing.MAGIC) and not found_in(data) and not zipfile.is_zipfile(bundle)

    # Head office: without its key, or with another, nothing is imported.
    hq_path = tmp_path / "hq.db"
    hq = Database(hq_path)
    with hq.session() as s:
        trust(s, None, PublicKeyFile(Keystore().public_key()))
        auth.create_user(s, None, username="hqadmin", full_name="Head Office", role="admin", agency=None,
                         password=ADMIN_PASSWORD)
    hq.dispose()
    importer = {"INSPECTOR_PASSWORD": ADMIN_PASSWORD}  # imports need a logged-in administrator (issue 13)
    other_private, other_public = tmp_path / "other.key", tmp_path / "other.pub"
    sealing.make_key_pair(other_private, other_public)
    for extra, message in (((), "is sealed to head office: give --seal-key"),
                           (("--seal-key", str(other_private)), "does not open with this key"),
                           (("--seal-key", str(other_public)), "is not a sealing key file")):
        code, _, err = run(capsys, monkeypatch, "--db", str(hq_path), "import", str(bundle), "--user", "hqadmin",
                           *extra, env=importer)
        assert code == 1 and message in err and "Traceback" not in err, err
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    code, _, err = run(capsys, monkeypatch, "--db", str(hq_path), "import", str(cut), "--user", "hqadmin",
                       "--seal-key", str(private), env=importer)
    assert code == 1 and "does not open with this key" in err, err
    # With it: the records arrive.
    with sealing.opened(bundle, sealing.read_private(private)) as plain:
        with zipfile.ZipFile(plain) as archive:  # the control: unsealed, the records are readable
            assert found_in(b"".join(archive.read(name) for name in archive.namelist()))
        hq = Database(hq_path)
        try:
            actor = auth.login(hq, "hqadmin", ADMIN_PASSWORD)
            summary = import_bundle(hq, plain, keystore=Keystore(tmp_path / "hq-keys"), actor=actor)
        finally:
            hq.dispose()
    assert summary.merge.inserted == 1
    assert not plain.exists()  # the unsealed copy is gone with its temporary folder


def test_an_encrypted_backup_restores_with_the_databases_key_and_a_foreign_one_is_refused(
        tmp_path, capsys, monkeypatch):
    path, _ = make_site(tmp_path, capsys, monkeypatch)
    login = {"INSPECTOR_USER": "aman", "INSPECTOR_PASSWORD": OFFICER_PASSWORD}
    other, _ = make_site(tmp_path / "other", capsys, monkeypatch)
    foreign = sorted((other.parent / "backups").iterdir())[-1]
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "restore", str(foreign), env=login)
    assert code == 1 and "Traceback" not in err and "left untouched" in err, err
    backup = sorted((path.parent / "backups").iterdir())[-1]
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "restore", str(backup), env=login)
    assert code == 0, err
    assert all(cipher.is_encrypted_header(p.read_bytes()[:100]) for p in (path.parent / "backups").iterdir())
    code, out, err = run(capsys, monkeypatch, "--db", str(path), "inspections", "list", env=login)
    assert code == 0 and "AG 1234 AG" in out, err


def test_a_new_recovery_key_replaces_the_old_one_and_only_an_admin_makes_it(tmp_path, capsys, monkeypatch):
    path, old = make_site(tmp_path, capsys, monkeypatch)
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--user", "aman", "recovery-key",
                       env={"INSPECTOR_PASSWORD": OFFICER_PASSWORD})
    assert code == 1 and "Traceback" not in err and "RECOVERY KEY" not in err, err
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--user", "admin", "recovery-key",
                       env={"INSPECTOR_PASSWORD": ADMIN_PASSWORD})
    assert code == 0, err
    new = re.search(r"\n    (\S+)\n", err).group(1)
    kf = keyfile.KeyFile.load(path)
    with pytest.raises(keyfile.KeyFileError):
        kf.open_with_recovery(old)
    assert kf.open_with_recovery(new) == kf.open_with_password("admin", ADMIN_PASSWORD)
