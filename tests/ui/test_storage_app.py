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
