"""Synchronizing with head office from the exchange dialog (issue 13 §4), as a supervisor types
and clicks: the URL, the TLS box, Synchronize, a progress bar, the command's summary.

The central database is a real PostgreSQL server (tests marked ``postgresql``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import inspect as schema_of

from inspector.checklists.registry import ChecklistRegistry
from inspector.demo.generator import generate
from inspector.services import auth, queries
from inspector.store.database import Database
from inspector.ui import settings
from inspector.ui.context import AppContext
from inspector.ui.dialogs import exchange as exchange_dialog

from tests.exchange.conftest import pg_server, pg_url  # noqa: F401 - the PostgreSQL fixtures

postgresql = pytest.mark.postgresql
RECORDS = 12
SUPERVISOR, OFFICER = "snazarowa", "mgylyjow"
SECRET = "never-stored-Parol-1"
WAIT = 180_000  # ms: a fresh central database is created (every migration) on the first sync


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("sync-demo") / "demo.db"
    db = Database(path)
    summary = generate(db, ChecklistRegistry(), inspections=RECORDS, seed=4)
    db.dispose()
    return path, summary.password


@pytest.fixture
def workstation(demo_file, tmp_path):
    """A copy of the demo database (a sync writes its watermark there), and its users' password."""
    source, password = demo_file
    path = tmp_path / "bcp.db"
    shutil.copyfile(source, path)
    db = Database(path)
    yield db, password
    db.dispose()


def dialog_for(qtbot, workstation, username: str):
    db, password = workstation
    ctx = AppContext(db, ChecklistRegistry())
    ctx.set_user(auth.login(db, username, password))
    dialog = exchange_dialog.ExchangeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def synchronize(qtbot, dialog, *, expect: str) -> str:
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled() and expect in dialog.summary.text(), timeout=WAIT)
    return dialog.summary.text()


def central_records(url: str) -> int:
    central = Database(url)
    try:
        with central.read_session() as session:
            return queries.count(session, queries.InspectionFilter())
    finally:
        central.dispose()


@postgresql
def test_a_supervisor_synchronizes_from_the_dialog_with_progress(qtbot, qapp, workstation, pg_url):  # noqa: F811
    dialog = dialog_for(qtbot, workstation, SUPERVISOR)
    assert dialog.sync_box.isVisible()
    assert not dialog.sync_insecure.isChecked()  # off unless ticked
    qtbot.keyClicks(dialog.sync_url, pg_url)
    qtbot.keyClicks(dialog.sync_password, SECRET)  # the test server trusts local connections: ignored there
    qtbot.mouseClick(dialog.sync_insecure, Qt.MouseButton.LeftButton)
    assert dialog.sync_insecure.isChecked()
    seen = []
    advance = dialog._advance
    dialog._advance = lambda done, total: (seen.append((done, total, dialog.progress.isVisible())),
                                           advance(done, total))
    text = synchronize(qtbot, dialog, expect="Synchronized with")
    assert f"{RECORDS} record(s) sent (" in text and "0 conflict(s)" in text, text
    assert seen and seen[-1] == (RECORDS, RECORDS, True)  # a determinate bar, fed by the service
    assert not dialog.progress.isVisible() and not dialog.cancel_sync_button.isVisible()
    assert central_records(pg_url) == RECORDS  # every record is on the PostgreSQL side
    text = synchronize(qtbot, dialog, expect="Synchronized with")  # the second sync has nothing to send
    assert "0 record(s) sent (0 new" in text, text
    assert central_records(pg_url) == RECORDS
    # The URL is remembered for this database; the password nowhere (settings or database).
    db = dialog.ctx.db
    remembered = settings.sync_url(str(db.path.resolve())).get(settings.open_settings())
    assert remembered == pg_url
    qsettings = settings.open_settings()
    qsettings.sync()
    config = Path(qsettings.fileName()).read_bytes()
    assert pg_url.encode() in config and SECRET.encode() not in config
    assert not any(SECRET.encode() in p.read_bytes() for p in db.path.parent.glob("bcp.db*"))
    again = exchange_dialog.ExchangeDialog(dialog.ctx)  # opened again: the URL is there, the password not
    qtbot.addWidget(again)
    assert again.sync_url.text() == pg_url and again.sync_password.text() == ""


@postgresql
def test_a_url_without_tls_is_refused_unless_the_box_is_ticked(qtbot, qapp, workstation, pg_url):  # noqa: F811
    dialog = dialog_for(qtbot, workstation, SUPERVISOR)
    qtbot.keyClicks(dialog.sync_url, pg_url)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    from inspector.domain.i18n import tr

    refusal = dialog.summary.text()  # the command's message, with the box in place of its --insecure
    assert "does not ask for TLS" in refusal and dialog.sync_insecure.text() in refusal
    assert "--insecure" not in refusal
    assert dialog.sync_button.isEnabled() and not dialog.progress.isVisible()
    central = Database(pg_url, migrate=False)
    try:
        assert schema_of(central.engine).get_table_names() == []  # nothing was opened or sent
    finally:
        central.dispose()


@postgresql
def test_cancel_stops_between_batches_and_the_next_sync_sends_the_rest(qtbot, qapp, workstation,
                                                                       pg_url):  # noqa: F811
    dialog = dialog_for(qtbot, workstation, SUPERVISOR)
    qtbot.keyClicks(dialog.sync_url, pg_url)
    qtbot.mouseClick(dialog.sync_insecure, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_sync_button.isVisible()
    qtbot.mouseClick(dialog.cancel_sync_button, Qt.MouseButton.LeftButton)  # while the central database is made
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled(), timeout=WAIT)
    assert "stopped" in dialog.summary.text() and "Traceback" not in dialog.summary.text()
    # The batch under way was committed whole; the watermark did not move: the next sync sends every
    # record again and finds the ones already there identical.
    text = synchronize(qtbot, dialog, expect="Synchronized with")
    assert f"{RECORDS} record(s) sent (0 new" in text, text
    assert central_records(pg_url) == RECORDS


def test_a_lost_link_says_to_sync_again_and_never_shows_a_traceback(qtbot, qapp, workstation):
    dialog = dialog_for(qtbot, workstation, SUPERVISOR)
    qtbot.keyClicks(dialog.sync_url, "postgresql+psycopg://sync@127.0.0.1:9/central")  # nothing listens there
    qtbot.mouseClick(dialog.sync_insecure, Qt.MouseButton.LeftButton)
    text = synchronize(qtbot, dialog, expect="run the sync again when the link is back")
    assert "Traceback" not in text and dialog.export_button.isEnabled()


def test_an_officer_does_not_see_the_sync_part(qtbot, qapp, workstation):
    dialog = dialog_for(qtbot, workstation, OFFICER)
    assert not dialog.sync_box.isVisible()
    dialog.synchronize()  # even if reached: the core refuses, nothing is opened
    assert "Only an administrator or a supervisor" in dialog.summary.text()
    admin = dialog_for(qtbot, workstation, "admin")
    assert admin.sync_box.isVisible()
