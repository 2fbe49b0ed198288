"""``inspector demo``: realistic, varied, reproducible joint inspections.

Every record is made through the same services the app uses — accounts,
drafts, answers, signatures, review, amendments — with the clock set to
plausible times of a BCP shift, so the audit trail, the statuses and the
timings all look like real work. The same seed gives the same records.

Made that way, 100,000 records would take hours: beyond ``full_records``
(400 by default) only the first records of each path are made through the
services, and the others are varied clones of those, written in bulk
(:mod:`inspector.demo.bulk`).
"""

from __future__ import annotations

import hashlib
import heapq
import os
import random
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from inspector.checklists.answers import visible_items
from inspector.checklists.model import ChecklistDefinition, Item
from inspector.checklists.registry import ChecklistRegistry
from inspector.demo import bulk, values, vocabulary as vocab
from inspector.demo.images import photo_png, signature_png
from inspector.demo.remarks import REMARKS
from inspector.domain import clock
from inspector.domain.enums import Agency, Decision, QuestionType, Role, Severity
from inspector.domain.errors import DomainError
from inspector.services import attachments, auth, inspections, sections, workflow
from inspector.services.auth import IdentityConfirmation
from inspector.store.database import Database
from inspector.store.models import AgencySection, JointInspection, User

ANCHOR = datetime(2026, 11, 26, 18, 0, tzinfo=clock.BCP_TIME_ZONE)  # fixed: same seed, same data
HISTORY_DAYS = 60

# How far each record gets, with weights. The first records take each path once.
PATHS = {
    "draft": 6, "in_progress": 10, "completed": 6, "finalized": 18, "approved": 44,
    "returned": 4, "returned_fixed": 4, "amended": 5, "held": 3,
}
BCP_WEIGHTS = {"FRB": 22, "SRG": 20, "SRH": 12, "IMN": 8, "ART": 10, "GDN": 10, "DSG": 10, "TMB": 8}
NOTE_LANGUAGES = (("tk", 6), ("ru", 3), ("en", 1))


@dataclass
class DemoSummary:
    inspections: int
    password: str | None
    usernames: list[str] = field(default_factory=list)


@dataclass
class Staff:
    officers: dict[Agency, list[User]]
    supervisors: list[User]
    note_language: dict[int, str]
    # Each account's signing key, unlocked once per run (argon2 per signature would be slow).
    keys: dict[int, Ed25519PrivateKey] = field(default_factory=dict)

    def officer(self, rng: random.Random, agency: Agency) -> User:
        return rng.choice(self.officers[agency])

    def confirmation(self, user: User, at: datetime) -> IdentityConfirmation:
        """As if ``user`` had just re-entered their password (the demo knows it)."""
        return IdentityConfirmation(user.id, at, self.keys[user.id])


FULL_RECORDS = 400  # made through the services; more records are variations of these
MIN_TEMPLATES = 2  # records of each path made through the services, at least


def generate(db: Database, registry: ChecklistRegistry, *, inspections: int = 200, seed: int = 1,
             progress: Callable[[int, int], None] | None = None,
             full_records: int = FULL_RECORDS, workers: int | None = None) -> DemoSummary:
    """``inspections`` records in arrival order; ``progress(done, total)`` after each is written.

    Up to ``full_records`` records, all are made through the services (one
    transaction each). Beyond that, on SQLite, only the first ones of each path
    are; the others are clones of those, :data:`bulk.BATCH` per transaction.
    """
    if workers is None:  # build clones on the other cores (one process writes)
        workers = min(os.cpu_count() or 1, 4) if inspections >= 10 * bulk.BATCH else 0
    rng = random.Random(seed)
    staff, password = _accounts(db, rng, seed)
    plans = sorted((_plan(rng, n) for n in range(inspections)), key=lambda p: p.arrival)
    full = _made_in_full(plans, full_records if db.is_sqlite else len(plans))
    templates: dict[str, list[bulk.Template]] = {}
    lookups = bulk.Lookups(keys=staff.keys)
    done = 0
    while done < len(plans):
        plan = plans[done]
        if done in full:
            with db.session() as session:
                record = _Record(session, registry, staff, random.Random(plan.seed), plan)
                record.build()
                case_uuid = record.inspection.uuid
            if len(full) < len(plans):
                with db.read_session() as session:
                    templates.setdefault(plan.path, []).append(
                        bulk.snapshot(session, case_uuid, plan.path, lookups))
            end = done + 1
        else:  # clones until the next record made in full
            end = done
            while end < len(plans) and end not in full:
                end += 1

            bulk.clone_all(db, lookups, templates, [(p.seed, p.path, p.arrival) for p in plans[done:end]],
                           workers=workers, progress=_Counting(progress, done, len(plans)) if progress else None)
            done = end
            continue
        if progress:
            for n in range(done + 1, end + 1):
                progress(n, len(plans))
        done = end
    return DemoSummary(inspections, password, [o[0] for o in vocab.OFFICERS])


class _Counting:
    """``progress(done, total)`` for each record of a run of clones, told how many of the run are written."""

    def __init__(self, progress: Callable[[int, int], None], start: int, total: int) -> None:
        self.progress, self.start, self.shown, self.total = progress, start, start, total

    def __call__(self, written: int) -> None:
        for n in range(self.shown + 1, self.start + written + 1):
            self.progress(n, self.total)
        self.shown = self.start + written


def _made_in_full(plans: list[Plan], full_records: int) -> set[int]:
    """Which plans (by position) are made through the services.

    All of them up to ``full_records``; beyond, the earliest ones of each path,
    about in proportion to the paths' weights, so every clone has templates
    of its own path made before it.
    """
    if len(plans) <= full_records:
        return set(range(len(plans)))
    total = sum(PATHS.values())
    quota = {path: max(MIN_TEMPLATES, round(full_records * weight / total)) for path, weight in PATHS.items()}
    full = set()
    for n, plan in enumerate(plans):
        if quota[plan.path] > 0:
            quota[plan.path] -= 1
            full.add(n)
    return full


# -- accounts ---------------------------------------------------------------------

def demo_key(seed: int, username: str) -> Ed25519PrivateKey:
    """The demo account's signing key, derived from the seed: the same seed gives the same
    signatures (demo data only: anyone who knows the seed has these keys)."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"bcp-demo/{seed}/{username}".encode()).digest())


def _accounts(db: Database, rng: random.Random, seed: int) -> tuple[Staff, str | None]:
    """The demo's officers, supervisors and admin; created once per database, at the start of its history."""
    password = None
    with db.session() as session, clock.at(ANCHOR - timedelta(days=HISTORY_DAYS + 1)):
        existing = {u.username: u for u in auth.list_users(session)}
        missing = [o for o in vocab.OFFICERS if o[0] not in existing]
        if missing:
            password = secrets.token_urlsafe(9)
            admin = next((u for u in existing.values() if u.role == Role.ADMIN.value), None)
            if existing:  # the demo cannot vouch for new accounts with someone else's administrator
                raise DomainError("demo.needs_admin")
            for username, name_tk, _name_ru, agency, role, badge in sorted(
                    missing, key=lambda o: o[4] != Role.ADMIN.value):
                user = auth.create_user(session, admin, username=username, full_name=name_tk,
                                        role=role, agency=agency, password=password,
                                        badge_number=badge, signing_key=demo_key(seed, username))
                existing[username] = user
                if role == Role.ADMIN.value and admin is None:
                    admin = user
        users = [existing[o[0]] for o in vocab.OFFICERS]
        if password is None:
            raise DomainError("demo.cannot_sign")
        unlocked = {u.id: auth.confirm_identity(session, u, password).signing_key for u in users}
    officers: dict[Agency, list[User]] = {a: [] for a in Agency}
    for user in users:
        if user.role == Role.OFFICER.value:
            officers[Agency(user.agency)].append(user)
    languages = [lang for lang, weight in NOTE_LANGUAGES for _ in range(weight)]
    staff = Staff(officers, [u for u in users if u.role == Role.SUPERVISOR.value],
                  {u.id: rng.choice(languages) for u in users}, unlocked)
    return staff, password


# -- one record ---------------------------------------------------------------------

@dataclass
class Plan:
    seed: int
    path: str
    arrival: datetime


def _plan(rng: random.Random, n: int) -> Plan:
    names = list(PATHS)
    path = names[n] if n < len(names) else rng.choices(names, weights=list(PATHS.values()))[0]
    recent = {"draft": 0.5, "in_progress": 0.6, "completed": 1, "held": 3, "finalized": 6,
              "returned": 8}.get(path, HISTORY_DAYS)
    arrival = ANCHOR - timedelta(minutes=rng.randint(30, int(recent * 24 * 60)))
    return Plan(rng.getrandbits(64), path, arrival.replace(second=0))


class _Record:
    """Builds one record along its plan, advancing a simulated clock."""

    def __init__(self, session: Session, registry: ChecklistRegistry, staff: Staff,
                 rng: random.Random, plan: Plan) -> None:
        self.session, self.registry, self.staff, self.rng, self.plan = session, registry, staff, rng, plan
        self.now = plan.arrival
        self.bcp = rng.choices(list(BCP_WEIGHTS), weights=list(BCP_WEIGHTS.values()))[0]
        self.lead = staff.officer(rng, Agency.CUSTOMS)
        self.inspection: JointInspection | None = None
        self.findings: dict[str, Severity] = {}
        self.officers: dict[str, User] = {}  # who answered each agency's section

    def later(self, low: int, high: int) -> datetime:
        self.now += timedelta(seconds=self.rng.randint(low, high))
        return self.now

    def call(self, fn, *args, **kwargs):
        with clock.at(self.now):
            return fn(self.session, *args, **kwargs)

    def build(self) -> None:
        path = self.plan.path
        data = values.consignment(self.rng, self.bcp, self.plan.arrival)
        persian = values.driver_entry(vocab.PERSIAN_DRIVER)
        if path == "amended" and persian not in data["drivers"]:  # the record that shows everything
            data["drivers"][0] = persian
        self.later(120, 900)
        self.inspection = self.call(inspections.create, self.lead, data, self.registry,
                                    record_uuid=str(uuid.UUID(int=self.rng.getrandbits(128), version=4)))
        if path == "draft":
            return
        sections_ = list(self.inspection.sections)
        self.inspect_together(sections_, partial_last=path == "in_progress", sign=path != "in_progress")
        if path == "in_progress":
            return
        if path == "completed":
            return
        self.finalize()
        if path in ("finalized", "held"):
            return
        if path.startswith("returned") or path == "amended":
            agency = self.worst_agency()
            self.later(1800, 20 * 3600)
            comment = vocab.text(self.rng.choice(vocab.RETURN_COMMENTS), "ru")
            supervisor = self.rng.choice(self.staff.supervisors)
            self.inspection = self.call(workflow.review, supervisor, self.inspection, "returned", comment,
                                        [agency], remarks=self.remarks_on(agency),
                                        confirmation=self.staff.confirmation(supervisor, self.now))
            if path == "returned":
                return
            self.correct(agency)
            self.finalize()
            if path == "returned_fixed":
                return
        self.approve()
        if path == "amended":  # returned, corrected, approved, then amended: revision 2
            self.later(3600, 3 * 24 * 3600)
            reason = vocab.text(self.rng.choice(vocab.AMENDMENT_REASONS), "ru")
            self.inspection = self.call(workflow.amend, self.lead, self.inspection, reason,
                                        [Agency.CUSTOMS])
            self.correct(Agency.CUSTOMS)
            self.finalize()
            self.approve()

    def remarks_on(self, agency: Agency) -> list[dict[str, str]]:
        """The supervisor's remark on the agency's first finding, if it has one."""
        section = sections.section_of(self.inspection, agency)
        finding = next((a.item_id for a in section.answers if a.note), None)
        if finding is None:
            return []
        text = vocab.text(self.rng.choice(vocab.RETURN_COMMENTS), "ru")
        return [{"agency": agency.value, "item": finding, "remark": text}]

    # -- steps ---------------------------------------------------------------------

    def inspect_together(self, sections_: list[AgencySection], *, partial_last: bool, sign: bool) -> None:
        """The agencies' officers inspect side by side, as a joint inspection does:
        each section keeps its own pace, and the steps of all of them are taken
        in time order (so the audit trail stays in order)."""
        pending: list[tuple[datetime, int, Iterator[datetime]]] = []

        def advance(n: int, steps: Iterator[datetime]) -> None:
            when = next(steps, None)  # takes the step due now, then says when the next one is
            if when is not None:
                heapq.heappush(pending, (when, n, steps))

        start = self.now
        for n, section in enumerate(sections_):
            advance(n, self.section_steps(section, start, partial=partial_last and n == len(sections_) - 1,
                                          sign=sign))
        while pending:
            self.now, n, steps = heapq.heappop(pending)
            advance(n, steps)

    def section_steps(self, section: AgencySection, start: datetime, *, partial: bool,
                      sign: bool) -> Iterator[datetime]:
        """One officer's work on a section, yielding the time of each next step."""
        pace = random.Random(self.rng.getrandbits(64))
        officer = self.officers.setdefault(section.agency, self.staff.officer(self.rng, Agency(section.agency)))
        definition = sections.definition(section)
        rate = self.rng.choices((0.0, 0.05, 0.15), weights=(70, 24, 6))[0]
        if self.plan.path in ("returned", "returned_fixed", "held", "amended"):
            rate = max(rate, 0.08)
        when = start + timedelta(seconds=pace.randint(300, 1800))  # the officer arrives at the truck
        items = list(definition.items.values())
        stop = pace.randint(len(items) // 4, len(items) // 2) if partial else len(items)
        for item in items[:stop]:
            # An item without show_if is always visible: only the others need the answers so far.
            if item.show_if is not None and item.id not in visible_items(definition, sections.answer_map(section)):
                continue
            if not item.required and self.rng.random() < 0.3:
                continue
            when += timedelta(seconds=pace.randint(15, 120))
            yield when
            self.answer(section, officer, definition, item, rate, advance=False)
        if not sign:
            return
        when += timedelta(seconds=pace.randint(60, 600))
        yield when
        self.decide(section)
        when += timedelta(seconds=pace.randint(20, 120))
        yield when
        self.sign(officer, Agency(section.agency), advance=False)

    def answer(self, section: AgencySection, officer: User, definition: ChecklistDefinition,
               item: Item, rate: float, advance: bool = True) -> None:
        finding = item.can_be_finding and self.rng.random() < rate
        value = values.answer(self.rng, item, finding, self.inspection)
        if value is None:
            return
        note = photos = None
        if finding:
            self.findings[section.agency] = max(
                self.findings.get(section.agency, Severity.MINOR), item.severity, key=_severity_rank)
            note = vocab.text(self.rng.choice(vocab.FINDING_NOTES[values.note_theme(item)]),
                              self.staff.note_language[officer.id])
        wants_photo = item.type is QuestionType.PHOTO or (
            finding and (self.plan.path == "amended" or self.rng.random() < 0.4))
        if wants_photo:
            attachment = self.call(attachments.add, officer, self.inspection, photo_png(self.rng),
                                   f"IMG_{self.rng.randint(1000, 9999)}.png",
                                   caption=(note or item.text.get("tk"))[:200], agency=section.agency)
            if item.type is QuestionType.PHOTO:
                value = [attachment.sha256]
            else:
                photos = [attachment.sha256]
        if advance:
            self.later(15, 120)
        self.call(sections.record_answer, officer, self.inspection, section.agency, item.id, value,
                  note=note, photos=photos)

    def decide(self, section: AgencySection) -> None:
        agency = Agency(section.agency)
        definition = sections.definition(section)
        transit = bool(self.inspection.transit_route or self.inspection.transit_exit_bcp)
        decision = values.decision(self.rng, self.findings.get(section.agency), definition.outcomes,
                                   held=self.plan.path == "held", transit=transit)
        officer = self.officers.setdefault(section.agency, self.staff.officer(self.rng, agency))
        remarks = vocab.text(self.rng.choice(REMARKS[decision]), self.staff.note_language[officer.id])
        self.call(sections.set_decision, officer, self.inspection, agency, decision, remarks)

    def sign(self, officer: User, agency: Agency, advance: bool = True) -> None:
        """Sign with the password; on the amended records, with a drawn signature too."""
        if advance:
            self.later(20, 120)
        drawn = None
        if self.plan.path == "amended":
            drawn = self.call(attachments.add, officer, self.inspection, signature_png(self.rng),
                              "signature.png").sha256
        self.call(sections.sign, officer, self.inspection, agency, self.staff.confirmation(officer, self.now),
                  signature_sha256=drawn)

    def finalize(self) -> None:
        self.later(300, 3600)
        self.call(workflow.confirm_decision, self.lead, self.inspection)
        self.later(60, 900)
        self.call(workflow.finalize, self.lead, self.inspection,
                  confirmation=self.staff.confirmation(self.lead, self.now))

    def approve(self) -> None:
        self.later(1800, 30 * 3600)
        supervisor = self.rng.choice(self.staff.supervisors)
        self.call(workflow.review, supervisor, self.inspection, "approved",
                  confirmation=self.staff.confirmation(supervisor, self.now))

    def correct(self, agency: Agency) -> None:
        """The reopened section's officer revises the remarks and signs again."""
        section = sections.section_of(self.inspection, agency)
        self.later(1800, 6 * 3600)
        officer = self.officers.setdefault(section.agency, self.staff.officer(self.rng, agency))
        remarks = vocab.text(self.rng.choice(REMARKS[Decision(section.decision)]),
                             self.staff.note_language[officer.id])
        self.call(sections.set_decision, officer, self.inspection, agency, section.decision, remarks)
        self.sign(officer, agency)

    def worst_agency(self) -> Agency:
        if not self.findings:
            return Agency(self.rng.choice(self.inspection.sections).agency)
        return Agency(max(self.findings, key=lambda a: _severity_rank(self.findings[a])))


def _severity_rank(severity: Severity) -> int:
    return {Severity.MINOR: 0, Severity.MAJOR: 1, Severity.CRITICAL: 2}[severity]

