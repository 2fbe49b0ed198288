"""Export and import from the app, with progress and a summary."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.checklists.registry import ChecklistRegistry
from inspector.demo.generator import generate
from inspector.services import auth, queries
from inspector.store.database import Database
from inspector.ui.context import AppContext
from inspector.ui.dialogs import exchange as exchange_dialog

from tests.ui.conftest import PASSWORD


def test_export_then_import_into_another_database(qtbot, qapp, tmp_path, monkeypatch):
    bcp_db = Database(tmp_path / "bcp.db")
    summary = generate(bcp_db, ChecklistRegistry(), inspections=12, seed=4)
    bcp = AppContext(bcp_db, ChecklistRegistry())
    bcp.set_user(auth.login(bcp_db, "admin", summary.password))
    bundle = tmp_path / "out.zip"
    monkeypatch.setattr(exchange_dialog.BundleFiles, "save", staticmethod(lambda parent, name: bundle))
    monkeypatch.setattr(exchange_dialog.BundleFiles, "open", staticmethod(lambda parent: bundle))
    dialog = exchange_dialog.ExchangeDialog(bcp)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.wait()
    assert bundle.exists() and "Exported 12 records" in dialog.summary.text()

    hq_db = Database(tmp_path / "hq.db")
    with hq_db.session() as s:
        admin = auth.create_user(s, None, username="hqadmin", full_name="Head Office", role="admin",
                                 agency=None, password=PASSWORD)
        auth.create_user(s, admin, username="analyst", full_name="Aýna Analitik", role="supervisor",
                         agency=None, password=PASSWORD)
    hq = AppContext(hq_db, ChecklistRegistry())
    hq.set_user(auth.login(hq_db, "analyst", PASSWORD))
    incoming = exchange_dialog.ExchangeDialog(hq)
    qtbot.addWidget(incoming)
    qtbot.mouseClick(incoming.import_button, Qt.MouseButton.LeftButton)
    incoming.wait()
    revisions = bcp.read(lambda s: s.execute(queries.select(queries.func.count(queries.JointInspection.id))).scalar())
    assert f"{revisions} new" in incoming.summary.text(), incoming.summary.text()
    assert hq.read(queries.count, queries.InspectionFilter()) == 12
    qtbot.mouseClick(incoming.import_button, Qt.MouseButton.LeftButton)
    incoming.wait()
    assert "0 new" in incoming.summary.text() and f"{revisions} already here" in incoming.summary.text()
    assert hq.read(queries.count, queries.InspectionFilter()) == 12
    bcp_db.dispose()
    hq_db.dispose()


def test_a_damaged_bundle_is_refused_with_a_message(qtbot, qapp, tmp_path, monkeypatch):
    db = Database(tmp_path / "hq.db")
    with db.session() as s:
        admin = auth.create_user(s, None, username="hqadmin", full_name="Head Office", role="admin",
                                 agency=None, password=PASSWORD)
    ctx = AppContext(db, ChecklistRegistry())
    ctx.set_user(auth.login(db, "hqadmin", PASSWORD))
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip file")
    monkeypatch.setattr(exchange_dialog.BundleFiles, "open", staticmethod(lambda parent: junk))
    monkeypatch.setattr(exchange_dialog, "show_error", lambda parent, exc: None)
    dialog = exchange_dialog.ExchangeDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.wait()
    assert dialog.summary.text() and dialog.import_button.isEnabled()
    assert ctx.read(queries.count, queries.InspectionFilter()) == 0
    assert admin
    db.dispose()
