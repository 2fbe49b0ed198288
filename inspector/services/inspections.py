"""Opening a joint inspection, editing its consignment and its agencies."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, joinedload

from inspector.checklists.registry import ChecklistRegistry
from inspector.domain.clock import local, now_utc
from inspector.domain.enums import Agency, Status
from inspector.domain import references
from inspector.domain.errors import Conflict, NotFound, ValidationError
from inspector.services import audit, consignment, permissions
from inspector.services.checklists import freeze
from inspector.store.models import AgencySection, JointInspection, ReferenceCounter, Setting, User

SETTING_BCP = "bcp_code"
SETTING_CODE = "workstation_code"


_UNREAD = object()


def next_reference(session: Session, bcp_code: str, year: int, *, code: object = _UNREAD) -> str:
    """``{BCP}-{YYYY}-{NNNNNN}``, or ``{BCP}-{YYYY}-{CODE}-{NNNNNN}`` once the workstation has a
    code: sequential per BCP (and workstation code) and year, unique across workstations.

    ``code``: the workstation's code when the caller has read it already (many references in one
    transaction, as the demo's bulk records make)."""
    if code is _UNREAD:
        code = workstation_code(session)
    name = f"{bcp_code}-{code}" if code else bcp_code
    counter = session.get(ReferenceCounter, (name, year))
    if counter is None:
        counter = ReferenceCounter(bcp_code=name, year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    if counter.last_number > 999_999:
        raise Conflict("inspection.reference_exhausted", bcp=name, year=year)
    return references.make(bcp_code, year, counter.last_number, code)


def workstation_code(session: Session) -> str | None:
    row = session.get(Setting, SETTING_CODE)
    return row.value if row else None


def set_workstation_code(session: Session, actor: User | None, code: str) -> str:
    """The administrator gives this workstation its short code (once: references carry it).

    ``actor`` ``None`` is the local command line at first start, before any account exists.
    """
    if actor is not None:
        permissions.require_admin(actor)
    value = (code or "").strip().upper()
    if not references.CODE.fullmatch(value):
        raise ValidationError("inspection.workstation_code_invalid", field="code", value=(code or "")[:8])
    row = session.get(Setting, SETTING_CODE)
    if row is not None and row.value != value:
        raise Conflict("inspection.workstation_code_set", code=row.value)
    if row is None:
        session.add(Setting(key=SETTING_CODE, value=value))
        audit.record(session, actor, "settings.workstation_code", "setting", SETTING_CODE, new=value)
    return value


def workstation_bcp(session: Session) -> str | None:
    row = session.get(Setting, SETTING_BCP)
    return row.value if row else None


def set_workstation_bcp(session: Session, actor: User, code: str) -> None:
    permissions.require_admin(actor)
    code = consignment.bcp_code(code)
    row = session.get(Setting, SETTING_BCP)
    old = row.value if row else None
    if row is None:
        session.add(Setting(key=SETTING_BCP, value=code))
    else:
        row.value = code
    audit.record(session, actor, "settings.bcp", "setting", SETTING_BCP, old=old, new=code)


def create(session: Session, actor: User | None, data: Mapping[str, object],
           registry: ChecklistRegistry, *, record_uuid: str | None = None) -> JointInspection:
    """A new draft from consignment data (form input or pre-arrival JSON).

    Agencies default to those the cargo's HS codes call for (customs always);
    the data may name them instead.
    """
    permissions.require_can_create(actor)
    data = dict(data)
    if "bcp" not in data and (code := workstation_bcp(session)):
        data["bcp"] = code
    parsed = consignment.parse(data)
    if parsed.released_at is not None:
        raise ValidationError("inspection.release_on_create", field="released_at")
    now = now_utc()
    arrived = parsed.header.get("arrived_at")
    year = local(arrived or now).year
    inspection = JointInspection(
        uuid=record_uuid or str(uuidlib.uuid4()), revision=0, is_current=True,
        reference=next_reference(session, parsed.header["bcp_code"], year),
        status=Status.DRAFT.value, created_at=now, updated_at=now,
        created_by_id=actor.id if actor else None,
        lead_officer_id=actor.id if actor and permissions.role(actor) else None,
    )
    for key in consignment.HEADER_FIELDS:
        setattr(inspection, key, None)
    consignment.apply(inspection, parsed)
    session.add(inspection)
    hs_codes = [line["hs_code"] for line in parsed.lists.get("cargo", [])]
    agencies = parsed.agencies or registry.propose_agencies(hs_codes)
    if Agency.CUSTOMS not in agencies:
        agencies.insert(0, Agency.CUSTOMS)
    session.flush()
    audit.record(session, actor, "inspection.created", "inspection", inspection.reference,
                 inspection_uuid=inspection.uuid,
                 new={"reference": inspection.reference, **_jsonable_header(parsed.header),
                      **parsed.lists})
    for agency in agencies:
        _add_section(session, actor, inspection, agency, registry)
    return inspection


def _jsonable_header(header: Mapping[str, object]) -> dict[str, object]:
    return {k: (val.isoformat() if hasattr(val, "isoformat") else val) for k, val in header.items()}


def _add_section(session: Session, actor: User | None, inspection: JointInspection,
                 agency: Agency, registry: ChecklistRegistry) -> AgencySection:
    definition = registry.latest(agency)
    if definition is None:
        raise NotFound("checklist.none_for_agency", agency=agency)
    frozen = freeze(session, definition)
    section = AgencySection(agency=agency.value, checklist=frozen)
    inspection.sections.append(section)
    session.flush()
    audit.record(session, actor, "section.added", "section", section.id,
                 inspection_uuid=inspection.uuid,
                 new={"agency": agency.value, "checklist": f"{definition.id}@{definition.version}"})
    return section


def require_editable(inspection: JointInspection) -> None:
    status = Status(inspection.status)
    if not inspection.is_current:
        raise Conflict("inspection.superseded", reference=inspection.reference,
                       revision=inspection.revision)
    if status.locked:
        raise Conflict("inspection.locked", reference=inspection.reference, status=status)
    if not status.editable:
        raise Conflict("inspection.not_editable", reference=inspection.reference, status=status)


def update_consignment(session: Session, actor: User, inspection: JointInspection,
                       changes: Mapping[str, object]) -> dict[str, object]:
    """Change any consignment fields (autosave); returns what changed."""
    require_editable(inspection)
    permissions.require_can_edit_consignment(actor, inspection)
    parsed = consignment.parse(changes, partial=True)
    if parsed.agencies is not None or parsed.released_at is not None:
        raise ValidationError("inspection.not_consignment", field="agencies")
    old, new = consignment.apply(inspection, parsed)
    if new:
        _take_lead_if_none(inspection, actor)
        inspection.updated_at = now_utc()
        audit.record(session, actor, "consignment.updated", "inspection", inspection.reference,
                     inspection_uuid=inspection.uuid, old=old, new=new)
    return new


def _take_lead_if_none(inspection: JointInspection, actor: User) -> None:
    if inspection.lead_officer_id is None:
        inspection.lead_officer_id = actor.id


def set_agencies(session: Session, actor: User, inspection: JointInspection,
                 agencies: list[Agency | str], registry: ChecklistRegistry) -> None:
    """The lead officer adjusts which agencies take part (customs always).

    An agency whose section already holds answers or a signature cannot be
    removed: that would lose recorded work.
    """
    require_editable(inspection)
    permissions.require_can_edit_consignment(actor, inspection)
    wanted = [Agency(a) for a in agencies]
    if Agency.CUSTOMS not in wanted:
        raise ValidationError("inspection.customs_always", field="agencies")
    current = {Agency(s.agency): s for s in inspection.sections}
    for agency, section in current.items():
        if agency not in wanted:
            if section.answers or section.signed_at or section.decision:
                raise Conflict("inspection.section_has_work", agency=agency)
            inspection.sections.remove(section)
            audit.record(session, actor, "section.removed", "section", section.id,
                         inspection_uuid=inspection.uuid, old={"agency": agency.value})
    for agency in wanted:
        if agency not in current:
            _add_section(session, actor, inspection, agency, registry)
    _take_lead_if_none(inspection, actor)
    inspection.updated_at = now_utc()


def get(session: Session, ref_or_uuid: str, revision: int | None = None, *,
        with_sections: bool = False) -> JointInspection:
    """A record by reference or uuid: its current revision unless one is named.

    ``with_sections``: its agency sections and their frozen checklists come in the same query
    (for a change to one section, which needs both: an answer).
    """
    key = (ref_or_uuid or "").strip()
    by_uuid = len(key) == 36 and key.count("-") == 4
    query = _GET[by_uuid, revision is not None, with_sections]
    found = session.scalars(query, {"key": key if by_uuid else key.upper(), "revision": revision}).unique().all()
    if not found:
        raise NotFound("inspection.not_found", key=key)
    if len(found) > 1:  # two cases under one reference (made before workstation codes): never pick one
        column = JointInspection.uuid if by_uuid else JointInspection.reference
        uuids = sorted(session.scalars(select(JointInspection.uuid).where(column == key.upper()).distinct()))
        raise Conflict("inspection.reference_ambiguous", reference=key.upper(), uuids=", ".join(uuids[:5]))
    return found[0]


def _get_query(by_uuid: bool, by_revision: bool, with_sections: bool):
    column = JointInspection.uuid if by_uuid else JointInspection.reference
    query = select(JointInspection).where(column == bindparam("key"))
    # coalesce(): an expression, so that no planner takes the (is_current, arrived_at) index and walks
    # every current record (25 ms at 100,000 records, 260 ms at 1M) instead of the reference's or
    # uuid's own index (0.01 ms): SQLite without statistics (no ANALYZE) prefers the former.
    query = query.where(JointInspection.revision == bindparam("revision")) if by_revision else query.where(
        func.coalesce(JointInspection.is_current, False).is_(True))
    if with_sections:
        query = query.options(joinedload(JointInspection.sections).joinedload(AgencySection.checklist))
    return query


# built once: building and keying a statement costs more than running it
_GET = {(u, r, w): _get_query(u, r, w) for u in (False, True) for r in (False, True) for w in (False, True)}


def revisions(session: Session, inspection: JointInspection) -> list[JointInspection]:
    return list(session.scalars(select(JointInspection).where(
        JointInspection.uuid == inspection.uuid).order_by(JointInspection.revision)))
