"""``inspector sync --to URL``: push records to the central database, pull accounts and checklists.

**Push.** "New and changed since the last successful sync" is read from the
audit trail, not from clocks: every change to a record appends an audit entry
naming its uuid, and audit ids only grow. The watermark is the highest audit
id a completed sync covered (kept in ``settings`` per target). The cases
changed above it are sent in batches, every revision of each, through the
same merge rules as a bundle import; each batch is one transaction on the
central database. The watermark moves only after the last batch committed,
so an interrupted sync simply starts again from the old watermark, and
revisions already there are recognized as identical and skipped: there is
never a second copy.

**Pull.** Checklist versions frozen centrally and unknown here are frozen
here too, and a version newer than any this workstation has is also written to
the user checklist folder, so new inspections use it. Accounts: officers and
supervisors that head office manages (with a password hash) are created here
with the same argon2id hash and active flag, so an officer can log in at any
BCP with one password. A deactivation at head office reaches every BCP. Local
accounts are never changed otherwise (a local password change stays local),
administrator accounts are never pulled (each workstation keeps its own
administration), and the inactive placeholders the central database creates
for people named in records are never pulled.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from inspector.checklists.loader import load_data
from inspector.checklists.model import version_key
from inspector.domain.clock import now_utc
from inspector.domain.enums import Role
from inspector.domain.errors import DomainError, PermissionDenied, ValidationError
from inspector.exchange import audit_trail, user_keys
from inspector.exchange.errors import SyncFailed
from inspector.exchange.export import frozen_definition
from inspector.exchange.files import atomic_output
from inspector.exchange.keys import workstation_id
from inspector.exchange.merge import Merger, MergeSummary, lock_for_merge
from inspector.exchange.ownership import Sender, owners
from inspector.exchange.plain import Loader
from inspector.paths import user_checklist_dir
from inspector.services import audit
from inspector.services.checklists import freeze, frozen
from inspector.services.documents import canonical_json, to_document
from inspector.services.inspections import workstation_bcp, workstation_code
from inspector.store.database import Database
from inspector.store.engine import uses_tls
from inspector.store.models import AttachmentBlob, AuditEntry, FrozenChecklist, Setting, User

log = logging.getLogger(__name__)

BATCH = 50  # cases per central transaction (a few MB of rows on each side)
PULLED_ROLES = (Role.OFFICER.value, Role.SUPERVISOR.value)


@dataclass
class SyncSummary:
    target: str
    cases: int = 0
    batches: int = 0
    push: MergeSummary = field(default_factory=MergeSummary)
    checklists_pulled: int = 0
    checklist_files: list[str] = field(default_factory=list)
    accounts_pulled: int = 0
    accounts_deactivated: int = 0
    accounts_skipped: int = 0


def watermark_key(url: str) -> str:
    """One watermark per central database (the URL without its password)."""
    shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
    return "sync_watermark:" + hashlib.sha256(shown.encode("utf-8")).hexdigest()[:24]


def require_can_sync(actor: User | None) -> None:
    """Whoever syncs answers for it, as for an import: a logged-in, active administrator or
    supervisor (the sync sends this workstation's records and brings accounts back)."""
    if actor is None:
        raise PermissionDenied("exchange.sync_needs_login")
    if Role(actor.role) not in (Role.ADMIN, Role.SUPERVISOR) or not actor.active:
        raise PermissionDenied("exchange.sync_role")


def check_target(url: str, *, insecure: bool = False) -> None:
    """Refuse, before anything is opened, a target that is not a database URL, and one
    without TLS (passports and names must not cross the link in the clear) unless
    ``insecure`` says it is a test server on this machine."""
    if "://" not in url:
        raise ValidationError("exchange.sync_unreachable", field="to", target=url, reason="URL")
    try:
        secure = uses_tls(url)
    except (ArgumentError, ValueError):
        raise ValidationError("exchange.sync_unreachable", field="to", target=_safe(url), reason="URL") from None
    if not secure and not insecure:
        raise ValidationError("crypt.sync_needs_tls", field="to")


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` (asked for, never stored) put in; ``url`` itself if there is none."""
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    """What may be remembered of ``url``: everything but a password typed into it."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return "" if "@" in url else url  # unparsable: keep nothing that could hide a password
    return parsed.set(password=None).render_as_string(hide_password=False) if parsed.password else url


def open_central(url: str) -> Database:
    try:
        return Database(url)
    except DomainError as exc:
        if exc.key == "database.unreadable":  # no link, wrong password …: try again later
            raise SyncFailed("exchange.sync_unreachable", target=_safe(url),
                             reason=str(exc.params.get("reason", ""))[:200]) from None
        raise
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        log.error("cannot open the central database %s: %s", _safe(url), exc)
        raise SyncFailed("exchange.sync_unreachable", target=_safe(url),
                         reason=str(getattr(exc, "orig", exc)).splitlines()[0][:200]) from None


def sync(local: Database, url: str, *, batch: int = BATCH, checklist_dir: Path | None = None,
         progress: Callable[[int, int], None] | None = None,
         after_batch: Callable[[int], None] | None = None) -> SyncSummary:
    """Push changed records to ``url`` and pull accounts and checklist versions from it."""
    central = open_central(url)
    summary = SyncSummary(central.display_name)
    try:
        _push(local, central, url, batch, summary, progress, after_batch)
        _pull(local, central, checklist_dir or user_checklist_dir(), summary)
    except SQLAlchemyError as exc:
        log.exception("sync to %s failed", central.display_name)
        raise SyncFailed("exchange.sync_unreachable", target=central.display_name,
                         reason=str(getattr(exc, "orig", exc)).splitlines()[0][:200]) from None
    finally:
        central.dispose()
    return summary


# -- push --------------------------------------------------------------------------------

def _push(local: Database, central: Database, url: str, batch: int, summary: SyncSummary,
          progress, after_batch) -> None:
    key = watermark_key(url)
    with central.session() as session:
        central_id = workstation_id(session)  # a recreated central database starts from zero again
    with local.session() as session:
        source = f"{workstation_bcp(session) or '-'} workstation {workstation_id(session)} sync"
        sender = Sender(workstation=workstation_id(session), bcp=workstation_bcp(session),
                        code=workstation_code(session))
        row = session.get(Setting, key)
        since = _watermark(row.value if row else None, central_id)
        upto = session.scalar(select(func.max(AuditEntry.id))) or 0
        total = session.scalar(select(func.count(func.distinct(AuditEntry.inspection_uuid))).where(
            AuditEntry.id > since, AuditEntry.id <= upto, AuditEntry.inspection_uuid.is_not(None))) or 0
    for uuids in _changed(local, since, upto, batch):
        with local.read_session() as mine, central.session() as theirs:
            lock_for_merge(theirs)
            merger = Merger(theirs, source=source, actor=None, sender=sender, blob_source=_blob_reader(mine),
                            checklist_source=lambda cid, version: frozen_definition(mine, cid, version))
            known = owners(mine, uuids, sender.workstation)
            trails = audit_trail.local_entries(mine, uuids)
            revisions = Loader(mine).revisions(uuids)  # plain rows, not an ORM graph
            merger.prefetch(sorted({(r.uuid, r.reference) for r in revisions}))
            documents = [(to_document(revision), revision.updated_at) for revision in revisions]
            merger.prefetch_people_and_files([document for document, _updated_at in documents])
            case: list = []
            for document, updated_at in documents:
                if case and case[-1][0]["uuid"] != document["uuid"]:
                    uuid = case[0][0]["uuid"]
                    merger.merge_case(case, *reversed(known[uuid]), trails.get(uuid))
                    case = []
                case.append((document, updated_at))
            if case:
                uuid = case[0][0]["uuid"]
                merger.merge_case(case, *reversed(known[uuid]), trails.get(uuid))
            merger.flush()
            user_keys.store(theirs, user_keys.parse(json.loads(user_keys.to_json(mine))), None, source)
        summary.push.add(merger.summary)  # committed
        summary.cases += len(uuids)
        summary.batches += 1
        if after_batch:
            after_batch(summary.batches)
        if progress:
            progress(summary.cases, total)
    with local.session() as session:  # every batch is in: the next sync starts after ``upto``
        row = session.get(Setting, key)
        value = f"{upto}@{central_id}"
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(session, None, "exchange.synced", "setting", key,
                     old={"watermark": since}, new={"watermark": upto, "target": central.display_name,
                                                   "cases": summary.cases, **summary.push.to_json()})


def _watermark(value: str | None, central_id: str) -> int:
    """``"<audit id>@<central database id>"``; another central database means zero."""
    number, _, target = (value or "").partition("@")
    return int(number) if number.isdigit() and target == central_id else 0


def _changed(local: Database, since: int, upto: int, batch: int) -> Iterator[list[str]]:
    """The uuids of cases with audited changes in (since, upto], a batch at a time."""
    last = ""
    while True:
        with local.read_session() as session:
            uuids = list(session.scalars(
                select(AuditEntry.inspection_uuid).where(
                    AuditEntry.id > since, AuditEntry.id <= upto, AuditEntry.inspection_uuid > last)
                .group_by(AuditEntry.inspection_uuid).order_by(AuditEntry.inspection_uuid).limit(batch)))
        if not uuids:
            return
        yield uuids
        last = uuids[-1]


def _blob_reader(session) -> Callable[[str], bytes]:
    def read(digest: str) -> bytes:
        return session.scalar(select(AttachmentBlob.data).where(AttachmentBlob.sha256 == digest))
    return read


# -- pull --------------------------------------------------------------------------------

def _pull(local: Database, central: Database, checklist_dir: Path, summary: SyncSummary) -> None:
    with central.read_session() as theirs:
        definitions = [(r.checklist_id, r.version, r.sha256, r.definition)
                       for r in theirs.scalars(select(FrozenChecklist).order_by(FrozenChecklist.id))]
        accounts = [(u.username, u.full_name, u.agency, u.role, u.badge_number, u.password_hash, u.active,
                     (u.public_key, u.private_key, u.account_seal))
                    for u in theirs.scalars(select(User).where(User.password_hash.is_not(None),
                                                                User.role.in_(PULLED_ROLES)))]
        central_keys = user_keys.parse(json.loads(user_keys.to_json(theirs)))
    with local.session() as session:
        newest: dict[str, tuple[int, ...]] = {}
        for row in session.scalars(select(FrozenChecklist)):
            newest[row.checklist_id] = max(newest.get(row.checklist_id, ()), version_key(row.version))
        for checklist_id, version, sha256, data in definitions:
            _pull_checklist(session, checklist_id, version, sha256, data, newest, checklist_dir, summary)
        for account in accounts:
            _pull_account(session, account, central.display_name, summary)
        session.flush()  # the accounts' keys come along (the password opens them here as there)
        user_keys.store(session, [k for k in central_keys if k["username"] in {a[0] for a in accounts}], None,
                        central.display_name)


def _pull_checklist(session, checklist_id: str, version: str, sha256: str, data: dict,
                    newest: dict, checklist_dir: Path, summary: SyncSummary) -> None:
    if frozen(session, checklist_id, version) is not None:
        return  # known here (a differing one is refused when a record brings it)
    try:
        definition = load_data(data, f"{checklist_id}@{version}")
    except (ValueError, TypeError, KeyError):
        log.warning("central checklist %s %s is not valid; not pulled", checklist_id, version)
        return
    if definition.sha256 != sha256:
        log.warning("central checklist %s %s does not match its hash; not pulled", checklist_id, version)
        return
    is_newest = version_key(version) > newest.get(checklist_id, ())
    freeze(session, definition)
    summary.checklists_pulled += 1
    if is_newest:
        # JSON is YAML: the checklist loader reads this file like any other.
        target = checklist_dir / f"{checklist_id}-{version}.yaml"
        if not target.exists():
            checklist_dir.mkdir(parents=True, exist_ok=True)
            with atomic_output(target) as handle:
                handle.write(canonical_json(dict(definition.data)).encode("utf-8") + b"\n")
            summary.checklist_files.append(target.name)


def _pull_account(session, account: tuple, central_name: str, summary: SyncSummary) -> None:
    username, full_name, agency, role, badge, password_hash, active, (public, private, seal) = account
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        user = User(username=username, full_name=full_name, agency=agency, role=role, badge_number=badge,
                    password_hash=password_hash, active=active, failed_attempts=0,
                    created_at=now_utc(), public_key=public, private_key=private, account_seal=seal)
        session.add(user)
        session.flush()
        summary.accounts_pulled += 1
        audit.record(session, None, "exchange.user_pulled", "user", user.id,
                     new={"username": username, "full_name": full_name, "role": role, "agency": agency,
                          "badge_number": badge, "active": active, "from": central_name})
        return
    same_person = (user.full_name, user.agency, user.record_role or user.role, user.badge_number) \
        == (full_name, agency, role, badge)
    if not same_person:
        summary.accounts_skipped += 1
        log.warning("account %s differs from the central one; not changed", username)
        return
    if user.password_hash is None and not user.active:
        # A placeholder made by an import: head office's account completes it.
        user.password_hash, user.active, user.role, user.record_role = password_hash, active, role, None
        user.public_key, user.private_key, user.account_seal = public, private, seal
        summary.accounts_pulled += 1
        audit.record(session, None, "exchange.user_pulled", "user", user.id,
                     old={"active": False}, new={"active": active, "from": central_name})
    elif user.active and not active:
        user.active = False
        summary.accounts_deactivated += 1
        audit.record(session, None, "user.deactivated", "user", user.id, old={"active": True},
                     new={"active": False, "from": central_name})


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL is shown as "-", never with a password
        return "-"
