"""Accounts (SPEC §9): lockout after 5 failures for 15 minutes, audited; no
plaintext password anywhere — logs, database, backups; the first account is
an administrator created interactively, never a default one."""

from __future__ import annotations

import io
import logging
import sqlite3
import sys
from datetime import timedelta

import pytest

from inspector.cli.main import main
from inspector.domain import clock
from inspector.domain.errors import AuthenticationFailed, ValidationError
from inspector.services import auth, encryption
from inspector.store import cipher
from inspector.store.database import Database
from inspector.store.keyfile import KeyFile
from inspector.store.models import AuditEntry

from tests.core.conftest import PASSWORD


def run(capsys, monkeypatch, *args, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def audit_actions(db, username):
    with db.read_session() as s:
        return [e.action for e in s.query(AuditEntry).filter(AuditEntry.username == username)
                .order_by(AuditEntry.id)]


def test_five_failures_lock_the_account_for_15_minutes_and_are_audited(db, people):
    start = clock.now_utc()
    with clock.at(start):
        for attempt in range(1, 5):
            with pytest.raises(AuthenticationFailed, match="Wrong username or password"):
                auth.login(db, "aman", f"wrong {attempt}")
        with pytest.raises(AuthenticationFailed, match="locked for 15 min"):
            auth.login(db, "aman", "wrong 5")
        with pytest.raises(AuthenticationFailed, match="locked"):
            auth.login(db, "aman", PASSWORD)  # even the right password, while locked
    assert audit_actions(db, "aman")[-6:] == ["login.failed"] * 5 + ["user.locked"]
    with clock.at(start + timedelta(minutes=14)):
        with pytest.raises(AuthenticationFailed, match="locked for 1 min"):
            auth.login(db, "aman", PASSWORD)
    with clock.at(start + timedelta(minutes=15, seconds=1)):
        assert auth.login(db, "aman", PASSWORD).username == "aman"
    assert audit_actions(db, "aman")[-1] == "login"


def test_failed_password_re_entry_to_sign_counts_towards_the_lockout(db, people):
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.reauthenticate(db, people.vet, "not my password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.reauthenticate(db, people.vet, "not my password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.reauthenticate(db, people.vet, PASSWORD)
    assert audit_actions(db, "merdan")[-6:] == ["reauth.failed"] * 5 + ["user.locked"]


SECRETS = {
    "admin": "Admin-Secret-4711",
    "officer": "Officer-Secret-0815",
    "wrong": "Wrong-Guess-Secret-2222",
    "new": "Changed-Secret-9999",
    "short": "Sh0rt!",
    "long": "L" * 300,
}


def test_no_password_reaches_the_log_the_database_or_a_backup(tmp_path, capsys, monkeypatch):
    """Everything at DEBUG, SQL with its parameters included; then look for the
    plaintext in every byte written under the test's folder."""
    log_file = tmp_path / "debug.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", "sqlalchemy.engine", "inspector")}
    root.addHandler(handler)
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        path = tmp_path / "site" / "bcp.db"
        db_arg = ("--db", str(path))
        code, _, err = run(capsys, monkeypatch, *db_arg, "users", "add", "--username", "admin",
                           "--name", "Aýna Admin", "--role", "admin", stdin=SECRETS["short"] + "\n")
        assert code == 1 and "at least 8 characters" in err
        code, _, err = run(capsys, monkeypatch, *db_arg, "users", "add", "--username", "admin",
                           "--name", "Aýna Admin", "--role", "admin", stdin=SECRETS["admin"] + "\n")
        assert code == 0, err
        for _ in range(6):  # the admin mistypes until locked out
            code, _, err = run(capsys, monkeypatch, *db_arg, "users", "add", "--username", "aman",
                               "--name", "Aman Amanow", "--role", "officer", "--agency", "customs",
                               "--admin", "admin", stdin=f"{SECRETS['wrong']}\n{SECRETS['officer']}\n")
            assert code == 1 and ("Wrong username or password" in err or "locked" in err)
        keys = KeyFile.load(path)  # the mistypes counted in the key file too (the database is encrypted)
        for slot in keys.slots.values():
            slot.pop("locked_until", None)
        keys.save()
        encryption.unlock(path, "admin", SECRETS["admin"])
        db = Database(path)
        try:
            with db.session() as s:
                admin = auth.find_user(s, "admin")
                admin.locked_until = None  # an administrator's reset, so the test goes on
            admin = auth.login(db, "admin", SECRETS["admin"])
            with db.session() as s:
                officer = auth.create_user(s, admin, username="aman", full_name="Aman Amanow",
                                           role="officer", agency="customs", password=SECRETS["officer"])
                for bad in (SECRETS["short"], SECRETS["long"]):
                    with pytest.raises(ValidationError):
                        auth.create_user(s, admin, username="bad", full_name="Bad", role="officer",
                                         agency="customs", password=bad)
            with pytest.raises(AuthenticationFailed):
                auth.login(db, "aman", SECRETS["wrong"])
            with pytest.raises(AuthenticationFailed):
                auth.login(db, SECRETS["officer"], SECRETS["officer"])  # password typed as the name
            officer = auth.login(db, "aman", SECRETS["officer"])
            auth.reauthenticate(db, officer, SECRETS["officer"])
            with db.session() as s:
                auth.change_password(s, officer, s.get(type(officer), officer.id), SECRETS["new"],
                                     SECRETS["officer"])
            assert auth.login(db, "aman", SECRETS["new"])
        finally:
            db.dispose()
        code, _, err = run(capsys, monkeypatch, *db_arg, "--user", "admin", "backup",
                           stdin=SECRETS["admin"] + "\n")
        assert code == 0, err
    finally:
        root.removeHandler(handler)
        handler.close()
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)

    logged = log_file.read_text("utf-8")
    assert "INSERT INTO users" in logged and "INSERT INTO audit_log" in logged  # it did log, in detail
    assert "Aýna Admin" not in logged and "Aman Amanow" not in logged  # never the values (issue 15)
    written = {f: f.read_bytes() for f in tmp_path.rglob("*") if f.is_file()}
    assert any(f.suffix == ".db" and f.parent.name == "backups" for f in written)
    for name, secret in SECRETS.items():
        for file, content in written.items():
            assert secret.encode("utf-8") not in content, f"the {name} password is in {file}"
    plain = tmp_path / "plain-copy.db"  # the database is encrypted: read a plain copy of it
    cipher.export(path, plain, source_key=encryption.unlock(path, "admin", SECRETS["admin"]),
                  destination_key=None)
    with sqlite3.connect(plain) as connection:
        dumped = "\n".join(connection.iterdump())
    connection.close()
    assert "$argon2id$" in dumped
    assert not any(secret in dumped for secret in SECRETS.values())


def test_the_first_account_is_an_admin_made_interactively_and_there_is_no_default(
        tmp_path, capsys, monkeypatch):
    path = tmp_path / "first.db"
    db = Database(path)
    with db.read_session() as s:
        assert not auth.has_users(s)  # no built-in account, so no default password
    db.dispose()
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "users", "add", "--username", "aman",
                       "--name", "Aman", "--role", "officer", "--agency", "customs", stdin="long-enough-1\n")
    assert code == 1 and "The first account must be an administrator" in err
    answers = iter(["first-secret-1", "first-secret-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    try:
        code = main(["--db", str(path), "users", "add", "--username", "admin", "--name", "Admin",
                     "--role", "admin"])
    except SystemExit as exit_:
        code = exit_.code
    _, err = capsys.readouterr()
    assert code == 1 and "The two passwords differ" in err
    answers = iter(["first-secret-1", "first-secret-1"])
    assert main(["--db", str(path), "users", "add", "--username", "admin", "--name", "Admin",
                 "--role", "admin"]) == 0
    db = Database(path)
    try:
        assert auth.login(db, "admin", "first-secret-1").role == "admin"
    finally:
        db.dispose()
