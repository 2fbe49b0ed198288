"""``inspector sync``: records to the central database, accounts and checklists back.

The central database is PostgreSQL at head office; the tests marked
``postgresql`` run against a real server, the others use a second SQLite file
(the same code path, every CI run).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from inspector.checklists.loader import load_data
from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.enums import Agency, Status
from inspector.domain.errors import AuthenticationFailed
from inspector.exchange import merge as merge_module
from inspector.exchange.errors import SyncFailed
from inspector.exchange.keys import PublicKeyFile
from inspector.exchange.sync import sync, watermark_key
from inspector.services import auth, integrity, queries
from inspector.services.checklists import freeze
from inspector.store.database import Database
from inspector.store.migrate import alembic_config, current_revision, head_revision
from inspector.store.models import JointInspection, Setting, User

from tests.core.conftest import PASSWORD
from tests.exchange.helpers import bundle_documents, database_documents, importer

postgresql = pytest.mark.postgresql


@pytest.fixture
def bcp(tmp_path, demo_path):
    """A BCP workstation's database full of records (a copy: sync writes its watermark)."""
    path = tmp_path / "bcp.db"
    shutil.copyfile(demo_path, path)
    db = Database(path)
    yield db
    db.dispose()


@pytest.fixture
def central_file(tmp_path):
    return f"sqlite:///{tmp_path / 'central.db'}"


def revision_counts(db) -> tuple[int, int]:
    with db.read_session() as session:
        rows = session.scalar(select(func.count()).select_from(JointInspection))
        distinct = session.scalar(select(func.count()).select_from(
            select(JointInspection.uuid, JointInspection.revision).distinct().subquery()))
    return rows, distinct


def check_synced(bcp, central_url) -> None:
    central = Database(central_url)
    try:
        assert database_documents(central) == database_documents(bcp)
        rows, distinct = revision_counts(central)
        assert rows == distinct == revision_counts(bcp)[0]
        report = integrity.run(central)
        assert report.ok, [f.message() for f in report.findings]
    finally:
        central.dispose()


def sync_then_nothing(bcp, url, tmp_path):
    first = sync(bcp, url, checklist_dir=tmp_path / "checklists")
    rows, _ = revision_counts(bcp)
    assert first.push.inserted == rows and first.cases > 0
    check_synced(bcp, url)
    second = sync(bcp, url, checklist_dir=tmp_path / "checklists")
    assert second.cases == 0 and second.push.revisions == 0
    return first


def test_sync_to_a_central_file_then_nothing_moves(bcp, central_file, tmp_path):
    sync_then_nothing(bcp, central_file, tmp_path)


def interrupted_then_resumed(bcp, url, tmp_path, monkeypatch):
    """A batch commits, the next one dies halfway through; a second run completes with one copy of each."""
    merged = {"cases": 0}
    real = merge_module.Merger.merge_case

    def dies_in_the_second_batch(self, revisions, *owner):
        merged["cases"] += 1
        if merged["cases"] == 15:
            raise KeyboardInterrupt  # the officer closes the laptop
        return real(self, revisions, *owner)

    monkeypatch.setattr(merge_module.Merger, "merge_case", dies_in_the_second_batch)
    with pytest.raises(KeyboardInterrupt):
        sync(bcp, url, batch=10, checklist_dir=tmp_path / "checklists")
    central = Database(url)
    try:
        assert len({u for u, _ in database_documents(central)}) == 10  # the first batch, committed
    finally:
        central.dispose()
    with bcp.read_session() as session:
        assert session.get(Setting, watermark_key(url)) is None  # not advanced
    monkeypatch.setattr(merge_module.Merger, "merge_case", real)
    resumed = sync(bcp, url, batch=10, checklist_dir=tmp_path / "checklists")
    assert resumed.push.unchanged == sum(1 for (u, _r) in database_documents(bcp)
                                         if u in _first_cases(bcp, 10))
    check_synced(bcp, url)
    assert sync(bcp, url, checklist_dir=tmp_path / "checklists").cases == 0


def _first_cases(bcp, count: int) -> set[str]:
    with bcp.read_session() as session:
        return set(session.scalars(select(JointInspection.uuid).distinct().order_by(JointInspection.uuid)
                                   .limit(count)))


def test_interrupted_sync_to_a_file_resumes_without_duplicates(bcp, central_file, tmp_path, monkeypatch):
    interrupted_then_resumed(bcp, central_file, tmp_path, monkeypatch)


def test_an_unreachable_central_database_is_one_clear_message(bcp, tmp_path):
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/inspector"
    with pytest.raises(SyncFailed) as caught:
        sync(bcp, url, checklist_dir=tmp_path / "checklists")
    message = caught.value.message()
    assert "Cannot use the central database" in message and "secret" not in message
    with bcp.read_session() as session:
        assert session.get(Setting, watermark_key(url)) is None


def test_a_recreated_central_database_gets_everything_again(bcp, tmp_path):
    url = f"sqlite:///{tmp_path / 'central.db'}"
    sync(bcp, url, checklist_dir=tmp_path / "checklists")
    (tmp_path / "central.db").unlink()
    again = sync(bcp, url, checklist_dir=tmp_path / "checklists")
    assert again.push.inserted == revision_counts(bcp)[0]


def test_changes_after_a_sync_are_pushed_next_time(bcp, central_file, tmp_path):
    from inspector.demo.generator import demo_key
    from inspector.domain.clock import now_utc
    from inspector.services import inspections, workflow
    from inspector.services.auth import IdentityConfirmation

    sync(bcp, central_file, checklist_dir=tmp_path / "checklists")
    with bcp.session() as session:
        supervisor = session.scalar(select(User).where(User.role == "supervisor"))
        waiting = session.scalar(select(JointInspection).where(JointInspection.status == Status.FINALIZED,
                                                               JointInspection.is_current.is_(True)))
        reference = waiting.reference
        workflow.review(session, supervisor, inspections.get(session, reference), "approved",
                        confirmation=IdentityConfirmation(supervisor.id, now_utc(), demo_key(3, supervisor.username)))
    result = sync(bcp, central_file, checklist_dir=tmp_path / "checklists")
    assert (result.cases, result.push.reviewed) == (1, 1)
    check_synced(bcp, central_file)


# -- pulling accounts and checklists ---------------------------------------------------------------

def head_office_accounts(central: Database) -> None:
    with central.session() as s:
        admin = auth.create_user(s, None, username="hq.admin", full_name="Head Office Admin", role="admin",
                                 agency=None, password=PASSWORD)
        auth.create_user(s, admin, username="new.officer", full_name="Täze Işgär", role="officer",
                         agency="veterinary", password=PASSWORD, badge_number="V-900")
        auth.create_user(s, admin, username="roving.chief", full_name="Gezelenç Başlyk", role="supervisor",
                         agency=None, password=PASSWORD)


def newer_customs_checklist() -> dict:
    data = json.loads(json.dumps(dict(ChecklistRegistry().get("customs").data)))
    data["version"] = "2099.1"
    data["title"]["en"] = "Customs border check (head office update)"
    return data


def pull_accounts_and_checklists(bcp, url, tmp_path):
    central = Database(url)
    try:
        head_office_accounts(central)
        with central.session() as s:
            freeze(s, load_data(newer_customs_checklist()))
    finally:
        central.dispose()
    folder = tmp_path / "user-checklists"
    result = sync(bcp, url, checklist_dir=folder)
    assert result.accounts_pulled == 2 and result.checklists_pulled == 1
    assert result.checklist_files == ["customs-2099.1.yaml"]
    assert ChecklistRegistry(folder).latest(Agency.CUSTOMS).version == "2099.1"
    with bcp.read_session() as session:
        names = {u.username: u for u in session.scalars(select(User))}
    assert "hq.admin" not in names  # administration stays local
    assert names["new.officer"].active and names["new.officer"].full_name == "Täze Işgär"
    assert auth.login(bcp, "new.officer", PASSWORD).username == "new.officer"  # the same password
    # Records' people at head office are inactive placeholders: never pulled back over real accounts.
    assert all(u.password_hash for u in names.values() if u.username != "system")
    # A deactivation at head office reaches the BCP.
    central = Database(url)
    try:
        with central.session() as s:
            officer = s.scalar(select(User).where(User.username == "new.officer"))
            officer.active = False
    finally:
        central.dispose()
    result = sync(bcp, url, checklist_dir=folder)
    assert result.accounts_deactivated == 1
    with pytest.raises(AuthenticationFailed):
        auth.login(bcp, "new.officer", PASSWORD)


def test_pull_accounts_and_checklists_from_a_file(bcp, central_file, tmp_path):
    pull_accounts_and_checklists(bcp, central_file, tmp_path)


# -- PostgreSQL -----------------------------------------------------------------------------------

@postgresql
def test_migrations_run_on_postgresql_up_and_down(pg):
    assert current_revision(pg) == head_revision()
    assert {"trusted_keys", "exchange_conflicts", "inspections", "audit_log"} <= set(pg.table_names())
    config = alembic_config(pg)
    with pg.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "trusted_keys" not in pg.table_names()
    with pg.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert current_revision(pg) == head_revision()


@postgresql
def test_sync_to_postgresql_then_nothing_moves(bcp, pg_url, tmp_path):
    sync_then_nothing(bcp, pg_url, tmp_path)


@postgresql
def test_interrupted_sync_to_postgresql_resumes_without_duplicates(bcp, pg_url, tmp_path, monkeypatch):
    interrupted_then_resumed(bcp, pg_url, tmp_path, monkeypatch)


@postgresql
def test_pull_accounts_and_checklists_from_postgresql(bcp, pg_url, tmp_path):
    pull_accounts_and_checklists(bcp, pg_url, tmp_path)


@postgresql
def test_a_supervisor_at_head_office_filters_by_bcp(bcp, pg_url, tmp_path):
    sync(bcp, pg_url, checklist_dir=tmp_path / "checklists")
    central = Database(pg_url)
    try:
        with bcp.read_session() as here, central.read_session() as there:
            bcps = sorted(set(here.scalars(select(JointInspection.bcp_code))))
            assert len(bcps) > 2
            for code in bcps:
                f = queries.InspectionFilter(bcp_code=code)
                assert queries.count(there, f) == queries.count(here, f) > 0
                rows = queries.page(there, f, 0, 500)
                assert {r.bcp_code for r in rows} == {code}
                assert [r.uuid for r in rows] == [r.uuid for r in queries.page(here, f, 0, 500)]
            plate = here.scalar(select(JointInspection.tractor_plate).where(
                JointInspection.tractor_plate.is_not(None)).limit(1))
            f = queries.InspectionFilter(search=plate[:4])
            assert queries.count(there, f) == queries.count(here, f) > 0
            f = queries.InspectionFilter(bcp_code=bcps[0], statuses=(Status.FINALIZED,))
            assert queries.count(there, f) == queries.count(here, f)
            assert len(queries.review_queue(there)) == len(queries.review_queue(here))
    finally:
        central.dispose()


@postgresql
def test_locked_records_and_the_audit_log_are_protected_on_postgresql(bcp, pg_url, tmp_path):
    sync(bcp, pg_url, checklist_dir=tmp_path / "checklists")
    central = Database(pg_url)
    try:
        for statement in ("UPDATE inspections SET tractor_plate = 'XX 0000' WHERE status = 'approved'",
                          "DELETE FROM inspections WHERE status = 'finalized'",
                          "UPDATE answers SET note = 'x' WHERE section_id IN (SELECT s.id FROM agency_sections s "
                          "JOIN inspections i ON i.id = s.inspection_id WHERE i.status = 'approved')",
                          "DELETE FROM audit_log WHERE id = 1"):
            with pytest.raises(DBAPIError, match="cannot be (changed|deleted)"):
                with central.engine.begin() as connection:
                    connection.execute(text(statement))
        with central.engine.begin() as connection:  # what the review is allowed to change
            connection.execute(text("UPDATE inspections SET status = 'approved' WHERE status = 'finalized'"))
    finally:
        central.dispose()


def cli(*args: str) -> subprocess.CompletedProcess:
    """The command as an officer runs it: its own process, its connections closed at exit."""
    return subprocess.run([sys.executable, "-m", "inspector.cli.main", *args], capture_output=True, text=True,
                          timeout=600)


@postgresql
def test_cli_import_into_postgresql_and_sync(demo_bundle, bcp_keys, pg_url, tmp_path, bcp, demo_password,
                                             monkeypatch):
    key_file = tmp_path / "frb.key"
    key_file.write_bytes(PublicKeyFile(bcp_keys.public_key(), None, None).to_json())
    assert cli("--db", pg_url, "keys", "trust", str(key_file)).returncode == 0
    central = Database(pg_url)
    importer(central)  # head office's administrator answers for the import
    central.dispose()
    monkeypatch.setenv("INSPECTOR_PASSWORD", PASSWORD)
    result = cli("--db", pg_url, "import", str(demo_bundle), "--user", "hq.admin")
    assert result.returncode == 0, result.stderr
    assert "0 conflict" in result.stdout
    assert cli("--db", pg_url, "check").returncode == 0
    result = cli("--db", pg_url, "inspections", "list", "--format", "json")
    assert len(json.loads(result.stdout)) == len({u for u, _ in database_documents(bcp)})
    # The BCP's own sync then finds every record already there.
    result = cli("--db", str(bcp.path), "sync", "--to", pg_url)  # the test server has no TLS: refused …
    assert result.returncode == 1 and "TLS" in result.stderr and "Traceback" not in result.stderr
    result = cli("--db", str(bcp.path), "sync", "--to", pg_url, "--insecure")  # … unless asked for, by
    assert result.returncode == 1 and "needs a supervisor" in result.stderr  # a supervisor who logs in
    monkeypatch.setenv("INSPECTOR_PASSWORD", demo_password)
    result = cli("--db", str(bcp.path), "sync", "--to", pg_url, "--insecure", "--user", "mgylyjow")
    assert result.returncode == 1 and "Only an administrator or a supervisor" in result.stderr  # an officer
    result = cli("--db", str(bcp.path), "sync", "--to", pg_url, "--insecure", "--user", "snazarowa")
    assert result.returncode == 0, result.stderr
    assert "(0 new" in result.stdout and "0 conflict" in result.stdout
    again = tmp_path / "again.zip"
    assert cli("--db", pg_url, "export", "-o", str(again)).returncode == 0
    # Head office hands the BCP's records out exactly as they came (only the BCP may import them
    # as its own: another database refuses them as not the sender's, tests/exchange/test_trust.py).
    assert bundle_documents(again) == database_documents(bcp)
