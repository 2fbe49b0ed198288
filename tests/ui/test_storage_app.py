"""The app's start on files the disk or the user spoiled (issue 10 §4): read-only
media open for reading with a notice, never "damaged"; an empty file is refused,
never made into a new database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from inspector.domain.errors import DomainError
from inspector.services import auth, inspections
from inspector.ui import application
from inspector.ui.dialogs import backups as backup_dialogs

from tests.core.conftest import consignment
from tests.security.media import read_only


@pytest.fixture
def told(monkeypatch):
    """What the app's message boxes said, by kind."""
    said = {"information": [], "warning": [], "critical": []}
    for kind in said:
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, kind=kind, **k: said[kind].append(text)))
    return said


def test_read_only_media_open_for_reading_with_a_notice(qapp, db_path, as_user, told):
    before = db_path.read_bytes()
    with read_only(db_path.parent):
        opened = application.open_checked(db_path)
        assert opened is not None
        ctx, held = opened
        try:
            assert held is None and ctx.db.read_only
            assert told["information"] and "opened for reading only" in told["information"][0]
            assert not told["critical"] and not told["warning"]
            as_user("aman")
            assert application.log_in(ctx)
            assert ctx.user.username == "aman"
            with pytest.raises(DomainError) as refused:
                ctx.write(lambda s: inspections.create(s, auth.find_user(s, "aman"), consignment(),
                                                       ctx.registry))
            assert "open for reading only" in refused.value.message()
            assert "damaged" not in " ".join(told["information"] + [refused.value.message()])
        finally:
            ctx.db.dispose()
    assert db_path.read_bytes() == before


def test_an_empty_database_file_is_refused_at_start(qapp, tmp_path, monkeypatch, told):
    path = tmp_path / "inspector.db"
    path.touch()
    seen = []
    monkeypatch.setattr(backup_dialogs.RecoveryDialog, "ask",
                        classmethod(lambda cls, problem, parent=None: seen.append(problem.problem())))
    assert application.open_checked(path) is None
    assert seen and "is empty (0 bytes)" in seen[0]
    assert path.stat().st_size == 0


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_open_database_cannot_be_attached_as_a_photo(qtbot, ctx, db_path, monkeypatch, suffix):
    """Reading it would close a descriptor of the open file and drop SQLite's locks on it."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import Qt

    from inspector.services import sections
    from inspector.ui.editor import agency_tab
    from inspector.ui.editor.window import InspectionWindow

    from tests.ui.conftest import PASSWORD

    ctx.set_user(auth.login(ctx.db, "aman", PASSWORD))
    reference = ctx.write(lambda s: inspections.create(s, ctx.user, consignment(), ctx.registry).reference)
    editor = InspectionWindow(ctx, reference)
    qtbot.addWidget(editor)
    tab = editor.agency_tab("customs")
    row = next(r for r in tab.rows.values() if not r.isHidden() and not r.photo.isHidden())
    ctx.change(reference, sections.record_answer, "customs", "declared_gross_mass", 1)  # a -wal and -shm exist
    chosen = Path(f"{db_path}{suffix}")
    assert chosen.exists()
    monkeypatch.setattr(agency_tab.PhotoPicker, "ask", staticmethod(lambda parent: chosen))
    qtbot.mouseClick(row.photo, Qt.MouseButton.LeftButton)
    assert not row.error.isHidden() and "is the open database" in row.error.text()
    script = Path(sys.executable).with_name("inspector")
    reader = subprocess.run([str(script), "--db", str(db_path), "inspections", "list"], capture_output=True)
    assert reader.returncode == 0
    assert Path(f"{db_path}-wal").exists(), "the app's locks held: the reader did not delete its WAL"
    editor.close()
