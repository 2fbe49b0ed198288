"""Freezing checklist definitions into the database and reading them back.

A record always renders with the definition it was made with: the first use of
``(id, version)`` stores its full content; later the same pair must carry the
same content, or it is refused.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.checklists.loader import LoadResult, load_data, load_file
from inspector.checklists.model import ChecklistDefinition
from inspector.checklists.source import Problem
from inspector.domain.clock import now_utc
from inspector.domain.errors import Conflict, ValidationError
from inspector.services import audit
from inspector.services.permissions import require_admin
from inspector.store.models import FrozenChecklist, User


def frozen(session: Session, checklist_id: str, version: str) -> FrozenChecklist | None:
    return session.scalar(select(FrozenChecklist).where(
        FrozenChecklist.checklist_id == checklist_id, FrozenChecklist.version == version))


def freeze(session: Session, definition: ChecklistDefinition) -> FrozenChecklist:
    """The frozen row for ``definition``, created on first use."""
    row = frozen(session, definition.id, definition.version)
    if row is not None:
        if row.sha256 != definition.sha256:
            raise Conflict("checklist.frozen_differs", id=definition.id, version=definition.version)
        return row
    row = FrozenChecklist(checklist_id=definition.id, version=definition.version,
                          agency=definition.agency.value, sha256=definition.sha256,
                          definition=dict(definition.data), frozen_at=now_utc())
    session.add(row)
    session.flush()
    audit.record(session, None, "checklist.frozen", "checklist", f"{definition.id}@{definition.version}",
                 new={"sha256": definition.sha256})
    return row


def definition_of(row: FrozenChecklist) -> ChecklistDefinition:
    """The definition a frozen row holds (parsed once per content hash)."""
    cached = _BY_HASH.get(row.sha256)
    if cached is None:
        cached = _BY_HASH[row.sha256] = load_data(row.definition, f"checklist {row.sha256[:12]}")
    return cached


_BY_HASH: dict[str, ChecklistDefinition] = {}


def check_against_database(session: Session, result: LoadResult) -> LoadResult:
    """Adds a problem when the file reuses a frozen (id, version) with other content."""
    d = result.definition
    if d is None:
        return result
    row = frozen(session, d.id, d.version)
    if row is not None and row.sha256 != d.sha256:
        result.problems.append(Problem(1, ("version",), "checklist.frozen_differs",
                                       {"id": d.id, "version": d.version}))
        result.definition = None
    return result


def install(session: Session, actor: User, path: Path, user_dir: Path) -> ChecklistDefinition:
    """An administrator adds a checklist version from a file (validated first)."""
    require_admin(actor)
    result = check_against_database(session, load_file(path))
    if not result.ok:
        raise ValidationError("checklist.invalid_file", field="file",
                              details="\n".join(result.messages()))
    d = result.definition
    user_dir.mkdir(parents=True, exist_ok=True)
    target = user_dir / f"{d.id}-{d.version}.yaml"
    if target.exists() and target.read_bytes() != Path(path).read_bytes():
        raise Conflict("checklist.already_installed", id=d.id, version=d.version)
    shutil.copyfile(path, target)
    freeze(session, d)
    audit.record(session, actor, "checklist.installed", "checklist", f"{d.id}@{d.version}",
                 new={"file": target.name, "sha256": d.sha256})
    return d
