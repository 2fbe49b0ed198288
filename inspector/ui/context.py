"""What every window shares: the database, the checklists, who is logged in.

Views learn about changes through signals that say what changed, as Qt's
model/view does with ``dataChanged`` on one index: an answer (one item of one
section) is ``answer_changed``, a signature ``section_signed``; anything that
changes the record as a whole (status, consignment, agencies, a new revision)
is ``record_changed``. A view that is hidden notes that it is stale and reads
again when it is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the log-in dialog is up before the storage layer is imported
    from sqlalchemy.orm import Session

    from inspector.checklists.registry import ChecklistRegistry
    from inspector.services.views import RecordView, SectionState
    from inspector.store.database import Database
    from inspector.store.models import User

T = TypeVar("T")


class AppContext(QObject):
    """The running app's state and the one way widgets reach the services."""

    #: the logged-in user changed (User or None when locked/logged out)
    user_changed = Signal(object)
    #: a record changed as a whole — status, consignment, agencies, decision, revision (its reference)
    record_changed = Signal(str)
    #: one item of an agency section changed — answer, note or photos (reference, agency, item id);
    #: the record's status did not change (if it did, record_changed follows)
    answer_changed = Signal(str, str, str)
    #: an agency section was signed (reference, agency); record_changed follows
    section_signed = Signal(str, str)
    #: something was saved (for the "saved" indicator)
    saved = Signal()
    #: someone asks to lock the workstation; the main window does it (the widget asking)
    lock_requested = Signal(object)
    #: someone asks to hand the workstation to another user; the main window does it (the widget asking)
    switch_requested = Signal(object)

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

    def change_item(self, reference: str, agency: str, item_id: str | None, action: Callable[..., object],
                    *args, **kwargs) -> SectionState:
        """Apply a service that changes one item of one agency section (an answer, its note or
        photos; None: it may change several); returns what changed, and tells only who shows it."""
        from inspector.services import inspections as inspection_service
        from inspector.services import sections
        from inspector.services.views import section_state

        def apply(session: Session) -> tuple[SectionState, str]:
            inspection = inspection_service.get(session, reference, with_sections=True)
            before = inspection.status
            result = action(session, self.user, inspection, *args, **kwargs)
            if action is sections.record_answer:  # it returns the item's answer as it is now
                return section_state(session, inspection, agency, item_id, answer=result), before
            return section_state(session, inspection, agency, item_id), before
        state, before = self.write(apply)
        self.answer_changed.emit(reference, agency, item_id or "")
        if state.status.value != before:
            self.record_changed.emit(reference)
        return state

    def sign_section(self, reference: str, agency: str, action: Callable[..., T], *args, **kwargs) -> T:
        """Apply the service that signs an agency section; tells about the signature, then the record."""
        from inspector.services import inspections as inspection_service

        def apply(session: Session) -> T:
            return action(session, self.user, inspection_service.get(session, reference), *args, **kwargs)
        result = self.write(apply)
        self.section_signed.emit(reference, agency)
        self.record_changed.emit(reference)
        return result

    def request_lock(self, asking: QWidget | None = None) -> None:
        self.lock_requested.emit(asking)

    def request_switch_user(self, asking: QWidget | None = None) -> None:
        self.switch_requested.emit(asking)
