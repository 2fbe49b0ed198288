"""Who may do what (SPEC §3 "Users"). Each check raises PermissionDenied."""

from __future__ import annotations

from inspector.domain.enums import Agency, Role
from inspector.domain.errors import PermissionDenied
from inspector.store.models import JointInspection, User


def role(user: User | None) -> Role | None:
    return Role(user.role) if user else None


def require_user(actor: User | None) -> User:
    if actor is None:
        raise PermissionDenied("perm.login_required")
    return actor


def require_admin(actor: User | None) -> None:
    if role(actor) is not Role.ADMIN:
        raise PermissionDenied("perm.admin_only")


def require_supervisor(actor: User | None) -> None:
    if role(actor) is not Role.SUPERVISOR:
        raise PermissionDenied("perm.supervisor_only")


def require_can_create(actor: User | None) -> None:
    """Officers and supervisors open inspections; ``None`` is the local system
    bringing in pre-arrival data as a draft."""
    if actor is not None and role(actor) not in (Role.OFFICER, Role.SUPERVISOR):
        raise PermissionDenied("perm.cannot_create")


def is_lead(actor: User | None, inspection: JointInspection) -> bool:
    return actor is not None and inspection.lead_officer_id == actor.id


def require_can_edit_consignment(actor: User | None, inspection: JointInspection) -> None:
    """The lead officer, customs officers and supervisors edit the consignment part."""
    actor = require_user(actor)
    if is_lead(actor, inspection) or role(actor) is Role.SUPERVISOR:
        return
    if role(actor) is Role.OFFICER and (
            actor.agency == Agency.CUSTOMS or inspection.lead_officer_id is None):
        return
    raise PermissionDenied("perm.consignment")


def require_agency_officer(actor: User | None, agency: Agency | str) -> None:
    """Only an officer of the section's own agency answers, decides and signs it."""
    actor = require_user(actor)
    if role(actor) is not Role.OFFICER:
        raise PermissionDenied("perm.officers_only")
    if actor.agency != Agency(agency).value:
        raise PermissionDenied("perm.other_agency", agency=Agency(agency))


def require_lead_or_supervisor(actor: User | None, inspection: JointInspection) -> None:
    actor = require_user(actor)
    if not (is_lead(actor, inspection) or role(actor) is Role.SUPERVISOR):
        raise PermissionDenied("perm.lead_or_supervisor")
