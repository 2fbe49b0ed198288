"""What every window shares: the database, the checklists, who is logged in."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the log-in dialog is up before the storage layer is imported
    from sqlalchemy.orm import Session

    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services.views import RecordView
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

    def __init__(self, db: Database | None,
                 registry: ChecklistRegistry | Callable[[], ChecklistRegistry],
                 parent: QObject | None = None) -> None:
        """``db`` is None while the app opens it behind the log-in dialog; ``registry``
        may be a function that loads it, called on first use (or by :meth:`preload`)."""
        super().__init__(parent)
        self.db = db
        self._registry = registry
        self._registry_lock = threading.Lock()
        self.user: User | None = None

    @property
    def registry(self) -> ChecklistRegistry:
        with self._registry_lock:  # a worker may be loading it (preload)
            if callable(self._registry):
                self._registry = self._registry()
            return self._registry

    @registry.setter
    def registry(self, registry: ChecklistRegistry) -> None:
        with self._registry_lock:
            self._registry = registry

    def preload(self) -> None:
        """Load the checklists now (from a worker), so that their first use does not wait."""
        self.registry  # noqa: B018 - the property loads them

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
        from inspector.services import inspections as inspection_service
        from inspector.services.views import record_view

        def load(session: Session) -> RecordView:
            inspection = inspection_service.get(session, reference, revision)
            return record_view(session, inspection, self.user, with_photos)
        return self.read(load)

    def change(self, reference: str, action: Callable[..., T], *args, **kwargs) -> T:
        """Apply a service to the current revision of ``reference`` and tell everyone."""
        from inspector.services import inspections as inspection_service

        def apply(session: Session) -> T:
            return action(session, self.user, inspection_service.get(session, reference), *args, **kwargs)
        result = self.write(apply)
        self.record_changed.emit(reference)
        return result
