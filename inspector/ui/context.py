"""What every window shares: the database, the checklists, who is logged in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from inspector.checklists.registry import ChecklistRegistry
from inspector.services import inspections as inspection_service
from inspector.services.views import RecordView, record_view
from inspector.store.database import Database
from inspector.store.models import User

T = TypeVar("T")


class AppContext(QObject):
    """The running app's state and the one way widgets reach the services."""

    #: the logged-in user changed (User or None when locked/logged out)
    user_changed = Signal(object)
    #: a record was changed by this app (its reference)
    record_changed = Signal(str)
    #: something was saved (for the "saved" indicator)
    saved = Signal()

    def __init__(self, db: Database, registry: ChecklistRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.registry = registry
        self.user: User | None = None

    def set_user(self, user: User | None) -> None:
        self.user = user
        self.user_changed.emit(user)

    def write(self, action: Callable[..., T], *args, **kwargs) -> T:
        """Run one service call in its own transaction (committed on return)."""
        with self.db.session() as session:
            result = action(session, *args, **kwargs)
        self.saved.emit()
        return result

    def read(self, action: Callable[..., T], *args, **kwargs) -> T:
        with self.db.read_session() as session:
            return action(session, *args, **kwargs)

    def view(self, reference: str, revision: int | None = None, with_photos: bool = False) -> RecordView:
        def load(session: Session) -> RecordView:
            inspection = inspection_service.get(session, reference, revision)
            return record_view(session, inspection, self.user, with_photos)
        return self.read(load)

    def change(self, reference: str, action: Callable[..., T], *args, **kwargs) -> T:
        """Apply a service to the current revision of ``reference`` and tell everyone."""
        def apply(session: Session) -> T:
            return action(session, self.user, inspection_service.get(session, reference), *args, **kwargs)
        result = self.write(apply)
        self.record_changed.emit(reference)
        return result
