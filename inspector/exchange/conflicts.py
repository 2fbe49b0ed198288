"""Conflicts kept aside by an import or sync, for a supervisor to look at.

A conflict is an incoming copy of a locked revision that differs from ours
(or names a person differently). Ours is never changed; the incoming document
is kept whole in ``exchange_conflicts``. A supervisor reads it, settles the
matter outside the record (an amendment at the BCP, usually) and marks the
conflict resolved with a note; the document stays for the record.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain import validation
from inspector.domain.clock import now_utc
from inspector.domain.i18n import tr
from inspector.domain.messages import MESSAGES
from inspector.domain.errors import Conflict, NotFound
from inspector.services import audit, permissions
from inspector.store.models import ExchangeConflict, User

log = logging.getLogger(__name__)


def reason_text(reason: str, lang: str | None = None) -> str:
    """Why a record was set aside, in the reader's language (the code itself if unknown)."""
    key = f"exchange.conflict_reason.{reason}"
    return tr(key, lang) if key in MESSAGES else reason


def pending(session: Session, limit: int = 500) -> list[ExchangeConflict]:
    """Unresolved conflicts, oldest first."""
    return list(session.scalars(select(ExchangeConflict).where(ExchangeConflict.resolved_at.is_(None))
                                .order_by(ExchangeConflict.received_at, ExchangeConflict.id).limit(limit)))


def resolve(session: Session, actor: User, conflict_id: int, note: str) -> ExchangeConflict:
    """A supervisor closes a conflict, saying what was done about it."""
    permissions.require_supervisor(actor)
    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None:
        raise NotFound("exchange.conflict_not_found", id=conflict_id)
    if conflict.resolved_at is not None:
        raise Conflict("exchange.conflict_resolved", id=conflict_id)
    conflict.resolution = validation.text(note, "note", max_length=2000, multiline=True)
    conflict.resolved_at = now_utc()
    conflict.resolved_by_id = actor.id
    audit.record(session, actor, "exchange.conflict_resolved", "inspection", conflict.reference,
                 inspection_uuid=conflict.uuid,
                 new={"conflict": conflict.id, "revision": conflict.revision, "note": conflict.resolution})
    return conflict
