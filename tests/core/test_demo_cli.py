"""``inspector demo`` tells a newcomer every account it made and their password."""

from __future__ import annotations

from inspector.cli.main import main
from inspector.demo import vocabulary
from inspector.services import auth, encryption
from inspector.store.database import Database

ROLES = {"admin": "Administrator", "supervisor": "Supervisor", "officer": "Officer"}


def test_demo_names_every_account_with_its_role_and_agency_and_the_password(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--inspections", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith(f"{len(vocabulary.OFFICERS)} demo accounts, all with the password: ")
    password = out[1].rsplit(": ", 1)[1]
    accounts = out[2:]
    assert len(accounts) == len(vocabulary.OFFICERS)
    encryption.unlock(path, "admin", password)  # a new database is encrypted (issue 15)
    db = Database(path)
    try:
        with db.read_session() as session:
            users = auth.list_users(session)
        for user in users:
            line = next(line for line in accounts if f"  {user.username}  " in line)
            assert line.strip().startswith(ROLES[user.role]) and line.endswith(user.full_name)
            assert ("all agencies" in line) == (user.agency is None)
        for username in ("admin", "snazarowa", "jkakayewa"):  # the password works for every role
            assert auth.login(db, username, password).username == username
    finally:
        db.dispose()
    assert accounts[0].split()[0] == "Administrator" and accounts[1].split()[0] == "Supervisor"
