"""Many demo records fast: variations of records made through the services.

``inspector demo`` makes its first records (and always the first ones of each
path) the slow, honest way — every answer, signature and review through the
services. To show the app with 100,000 records it then writes the rest as
*clones* of those: a clone takes a template record of the same path with all
its revisions and gives it a case of its own — a new uuid, the next reference
of its BCP and year (in arrival order), its own arrival time with every time
and date shifted along, other plates, drivers, cargo masses, seals, document
and declaration numbers — and inserts the rows with ``executemany``, in
batches of :data:`BATCH` records per transaction. Locked revisions are inserted in their final state with the record
hash of the clone's own ``bcp-inspection/1`` document, computed by
:func:`~inspector.services.documents.to_document` over the very values that
are inserted. Each revision gets one ``demo.generated`` audit entry, made by
:func:`~inspector.services.audit.chained_row` as ``audit.record`` makes it and
chained in arrival order, that lists what happened in it.

Clones are signed as the templates were, with the same people's keys (the
generator unlocked them once): each signed section's hash, each finalization's
record hash and each review; their checkpoint is the audit chain's head when
their batch began. A batch's clones are built on worker processes
(:func:`clone_all`): each clone is given its ids, its reference and that
checkpoint, so the records do not depend on how many workers built them; the
main process chains the audit entries and writes the rows while the workers
build the next batch.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from operator import itemgetter
from types import SimpleNamespace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.checklists.model import ChecklistDefinition
from inspector.demo import values, vocabulary as vocab
from inspector.domain import clock, references
from inspector.domain.enums import LOCKED_STATUSES, QuestionType
from inspector.domain.errors import Conflict
from inspector.domain.validation import MAX_GROSS_MASS_KG, MAX_PACKAGES
from inspector.services import audit, keys as user_keys, signatures
from inspector.services.checklists import definition_of
from inspector.services.documents import HASH_FORMAT, record_hash, review_hash, section_hash, to_document
from inspector.services.inspections import workstation_code
from inspector.services.replay import section_digests
from inspector.store.models import (
    AgencySection,
    Answer,
    Attachment,
    AttachmentBlob,
    AuditEntry,
    CargoLine,
    Document,
    Driver,
    FrozenChecklist,
    JointInspection,
    ReferenceCounter,
    Review,
    Seal,
    Signature,
    User,
)
from inspector.store.types import JSONText

BATCH = 2000  # records per transaction
CACHE_KB = 256 * 1024  # SQLite's page cache while writing them

# Child tables of a revision, each in the order its relationship loads it.
CHILDREN = (("drivers", Driver, "position"), ("documents", Document, "position"),
            ("cargo", CargoLine, "position"), ("seals", Seal, "position"),
            ("attachments", Attachment, "id"), ("reviews", Review, "id"))
# Insert order: parents before the rows that refer to them.
TABLES = (("signatures", Signature), ("inspections", JointInspection), ("drivers", Driver), ("documents", Document),
          ("cargo", CargoLine), ("seals", Seal), ("sections", AgencySection), ("answers", Answer),
          ("attachments", Attachment), ("reviews", Review), ("audit", AuditEntry))
INSPECTION_TIMES = ("arrived_at", "released_at", "transit_deadline", "decision_confirmed_at",
                    "created_at", "updated_at", "finalized_at")
SECTION_TIMES = ("started_at", "finished_at", "signed_at")
LOCKED = frozenset(s.value for s in LOCKED_STATUSES)

_DRIVERS_BY_NATIONALITY: dict[str, list[tuple]] = {}
for _driver in vocab.DRIVERS:
    _DRIVERS_BY_NATIONALITY.setdefault(_driver[2], []).append(_driver)


# -- templates ------------------------------------------------------------------------

@dataclass
class Revision:
    """One revision of a template record: its rows as plain column values."""

    row: dict
    lists: dict[str, list[dict]]
    sections: list[tuple[dict, list[tuple[dict, str | None]]]]  # (section, [(answer, how to vary)])


@dataclass
class Template:
    path: str
    revisions: list[Revision]

    @property
    def reference(self) -> str:
        return self.revisions[0].row["reference"]


@dataclass
class Lookups:
    """Users, frozen checklists and attachment blobs as ``to_document`` reads them."""

    users: dict[int, SimpleNamespace] = field(default_factory=dict)
    checklists: dict[int, SimpleNamespace] = field(default_factory=dict)
    blobs: dict[str, SimpleNamespace] = field(default_factory=dict)
    keys: dict[int, Ed25519PrivateKey] = field(default_factory=dict)  # signing keys, by user id

    def load(self, session: Session, blob_hashes: Iterable[str] = ()) -> None:
        u = User.__table__
        for r in session.execute(select(u.c.id, u.c.username, u.c.full_name, u.c.badge_number,
                                        u.c.agency, u.c.role).where(u.c.id.not_in(self.users))):
            self.users[r.id] = SimpleNamespace(**r._mapping)
        c = FrozenChecklist.__table__
        for r in session.execute(select(c).where(c.c.id.not_in(self.checklists))).mappings():
            self.checklists[r["id"]] = SimpleNamespace(**r)
        wanted = set(blob_hashes) - set(self.blobs)
        if wanted:
            b = AttachmentBlob.__table__
            for r in session.execute(select(b.c.sha256, b.c.media_type, b.c.size)
                                     .where(b.c.sha256.in_(wanted))):
                self.blobs[r.sha256] = SimpleNamespace(**r._mapping)

    def definition(self, checklist_id: int) -> ChecklistDefinition:
        return definition_of(self.checklists[checklist_id])


def snapshot(session: Session, case_uuid: str, path: str, lookups: Lookups) -> Template:
    """All revisions of the case ``case_uuid``, read back as stored."""
    t = JointInspection.__table__
    rows = [dict(r) for r in session.execute(
        select(t).where(t.c.uuid == case_uuid).order_by(t.c.revision)).mappings()]
    ids = [r["id"] for r in rows]
    lists: dict[int, dict[str, list[dict]]] = {i: {name: [] for name, _, _ in CHILDREN} for i in ids}
    for name, model, order in CHILDREN:
        table = model.__table__
        for r in session.execute(select(table).where(table.c.inspection_id.in_(ids))
                                  .order_by(table.c[order], table.c.id)).mappings():
            lists[r["inspection_id"]][name].append(dict(r))
    st, at = AgencySection.__table__, Answer.__table__
    sections = [dict(r) for r in session.execute(
        select(st).where(st.c.inspection_id.in_(ids)).order_by(st.c.id)).mappings()]
    answers: dict[int, list[dict]] = {s["id"]: [] for s in sections}
    for r in session.execute(select(at).where(at.c.section_id.in_(list(answers))).order_by(at.c.id)).mappings():
        answers[r["section_id"]].append(dict(r))
    lookups.load(session, {a["sha256"] for i in ids for a in lists[i]["attachments"]})
    by_revision: dict[int, list] = {i: [] for i in ids}
    for s in sections:
        definition = lookups.definition(s["checklist_id"])
        by_revision[s["inspection_id"]].append(
            (s, [(a, _variation(definition, a["item_id"])) for a in answers[s["id"]]]))
    return Template(path, [Revision(r, lists[r["id"]], by_revision[r["id"]]) for r in rows])


def _variation(definition: ChecklistDefinition, item_id: str) -> str | None:
    """How a clone changes this item's answer (None: it keeps it)."""
    item = definition.item(item_id)
    if item is None:
        return None
    if item.type is QuestionType.DATE:
        return "date"
    if item.type is QuestionType.TEXT and item.id in values.GENERATED_TEXTS:
        return "text"
    if item.id in ("declared_gross_mass", "weighed_gross_mass"):
        return "mass"
    return None


# -- clones ---------------------------------------------------------------------------

class Rows:
    """Clones' rows gathered in memory, without a database: ids, references and the audit checkpoint given.

    Every signature of these clones names ``tail`` — the audit chain's newest entry
    when their batch began — as its checkpoint, as a signature made then would.
    Their ``demo.generated`` entries are kept in :attr:`entries` unchained; the
    writer chains them after ``tail`` in order (:meth:`Batch.write`).
    """

    def __init__(self, lookups: Lookups, tail: tuple[int, str]) -> None:
        self.lookups, self.tail = lookups, tail
        self.rows: dict[str, list[dict]] = {name: [] for name, _ in TABLES}
        self.last_id = dict.fromkeys(self.rows, 0)
        self.signatures: dict[int, dict] = {}  # made here, by id (for documents)
        self.entries: list[tuple] = []  # (at, actor id, reference, case uuid, new), oldest first
        self.reference = ""  # the next clone's

    def next_reference(self, bcp: str, year: int) -> str:
        return self.reference

    def next_id(self, table: str) -> int:
        self.last_id[table] += 1
        return self.last_id[table]

    def add(self, template: Template, arrival: datetime, rng: random.Random) -> Clone:
        """The next case: a clone of ``template`` arriving at ``arrival``, varied by ``rng``."""
        case = Clone(self, template, arrival, rng)
        case.build()
        return case


class Batch(Rows):
    """Clones written in one transaction: rows gathered, then inserted per table."""

    def __init__(self, session: Session, lookups: Lookups) -> None:
        super().__init__(lookups, audit.head(session))
        self.session = session
        self.last_id = {name: session.scalar(select(func.max(model.__table__.c.id))) or 0
                        for name, model in TABLES}
        self.counters = References(session)

    def next_reference(self, bcp: str, year: int) -> str:
        return self.counters.next(bcp, year)

    def write(self) -> None:
        """Chain the audit entries, then insert the gathered rows, table by table, with ``executemany``."""
        dialect = self.session.connection().dialect
        self.rows["audit"] = self.chain(self.entries)
        self.entries = []
        insert_rows(self.session, {name: _Insert.of(model, dialect).parameters(self.rows[name])
                                   for name, model in TABLES})
        self.counters.store()
        self.rows = {name: [] for name in self.rows}

    def chain(self, entries: Iterable[tuple]) -> list[dict]:
        rows = chain(self.session, self.lookups, entries)
        if rows:
            self.tail = (rows[-1]["id"], rows[-1]["hash"])
        return rows


def chain(session: Session, lookups: Lookups, entries: Iterable[tuple]) -> list[dict]:
    """``demo.generated`` entries (as :class:`Rows` gathers them) chained after the newest entry,
    as ``audit.record`` would write them; the session's tail is then the last of them."""
    users, out = lookups.users, []
    tail = audit.head(session)
    for at, actor_id, reference, case_uuid, new in entries:
        entry = audit.chained_row(tail, at, users.get(actor_id), "demo.generated", "inspection", reference,
                                inspection_uuid=case_uuid, new=new)
        out.append(entry)
        tail = (entry["id"], entry["hash"])
    audit.appended(session, tail)
    return out


class References:
    """Reference numbers per BCP and year, counted here and stored in ``reference_counters`` by :meth:`store`.

    The numbering is :func:`inspector.services.inspections.next_reference`'s,
    for many references in one transaction without a query for each.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.code = workstation_code(session)
        self.last = {(c.bcp_code, c.year): c.last_number for c in session.scalars(select(ReferenceCounter))}

    def next(self, bcp: str, year: int) -> str:
        name = f"{bcp}-{self.code}" if self.code else bcp
        number = self.last.get((name, year), 0) + 1
        if number > 999_999:
            raise Conflict("inspection.reference_exhausted", bcp=name, year=year)
        self.last[(name, year)] = number
        return references.make(bcp, year, number, self.code)

    def store(self, numbers: dict[tuple[str, int], int] | None = None) -> None:
        """Write the counters (``numbers``: as they were at an earlier moment, by default now)."""
        for (name, year), number in (self.last if numbers is None else numbers).items():
            counter = self.session.get(ReferenceCounter, (name, year))
            if counter is None:
                self.session.add(ReferenceCounter(bcp_code=name, year=year, last_number=number))
            elif counter.last_number != number:
                counter.last_number = number
        self.session.flush()


#: Rows of answers added in bulk list their case in ``trs_pending`` through the row of the
#: case's revision (``inspections_trs_pending_insert``); this trigger would do it again, once per answer.
_ANSWERS_PENDING = "answers_trs_pending_insert"


def insert_rows(session: Session, parameters: dict[str, list[tuple]]) -> None:
    """Insert rows made by :meth:`_Insert.parameters`, parents first, in the session's transaction."""
    connection = session.connection()
    # A batch's rows and their indexes' pages stay in memory until the commit (SQLite's 2 MB
    # default spills them to the log over and over); this connection only.
    connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KB}")
    trigger = None
    if parameters.get("answers") and connection.dialect.name == "sqlite":
        # Dropped and made again in this transaction (a rollback brings it back too): each answer's
        # trigger costs twice the answer's insert, and adds nothing the revision's row does not.
        trigger = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_ANSWERS_PENDING,)).scalar()
        if trigger:
            connection.exec_driver_sql(f"DROP TRIGGER {_ANSWERS_PENDING}")
    for name, model in TABLES:
        if parameters.get(name):
            connection.exec_driver_sql(_Insert.of(model, connection.dialect).sql, parameters[name])
    if trigger:
        connection.exec_driver_sql(trigger)


# -- many clones, built on several processes -----------------------------------------------

#: What the worker processes build from: templates by path, lookups and the SQL dialect. Set
#: before the workers are forked (they inherit it, nothing is sent), and only read.
_WORK: tuple[dict[str, list[Template]], Lookups, object] | None = None


def clone_all(db, lookups: Lookups, templates: dict[str, list[Template]], jobs: list[tuple[int, str, datetime]],
              *, workers: int = 0, batch: int | None = None, progress: Callable[[int], None] | None = None) -> None:
    """One clone per job ``(seed, path, arrival)``, in that (arrival) order, ``batch`` per transaction.

    The clones of a batch are built on ``workers`` processes (none: here), each
    given its clones' ids, references and the audit checkpoint, so the rows are
    the same whatever the number of workers; this process chains their audit
    entries and writes them, and meanwhile the workers build the next batch.
    ``progress(n)`` after each batch with the number of clones written so far.
    """
    global _WORK
    batch = batch or BATCH
    with db.read_session() as session:
        dialect = session.connection().dialect
        tail = audit.head(session)
        last_id = {name: session.scalar(select(func.max(model.__table__.c.id))) or 0 for name, model in TABLES}
    _WORK = (templates, lookups, dialect)
    counts: dict[int, dict[str, int]] = {}
    numbers = None
    batches = [jobs[n:n + batch] for n in range(0, len(jobs), batch)]

    def prepare(jobs_: list[tuple[int, str, datetime]], tail_: tuple[int, str]) -> list[tuple]:
        """Each clone's template (as its seed picks it), ids and reference, split for the workers."""
        items = []
        for seed, path, arrival in jobs_:
            template = random.Random(seed).choice(templates[path])
            if id(template) not in counts:
                counts[id(template)] = _counts(template, lookups)
            bases = dict(last_id)
            for name, n in counts[id(template)].items():
                last_id[name] += n
            items.append((seed, path, arrival, numbers_.next(template.revisions[0].row["bcp_code"],
                                                           clock.local(arrival).year), bases, dict(last_id)))
        parts = max(workers, 1)
        size = -(-len(items) // parts)
        return [(tail_, items[n:n + size]) for n in range(0, len(items), size)]

    pool = None
    if workers and len(batches) > 1:
        import multiprocessing

        # Workers are forked (they inherit the templates); where a process cannot fork (Windows),
        # the clones are built in this process, the same records more slowly.
        if "fork" in multiprocessing.get_all_start_methods():
            pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        with db.session() as session:
            numbers_ = References(session)
        pending = None
        done = 0
        for k, jobs_ in enumerate(batches):
            if pending is None:
                chunks = prepare(jobs_, tail)
                pending = pool.map_async(_build, chunks) if pool else [_build(c) for c in chunks]
                numbers = dict(numbers_.last)
            results = pending.get() if pool else pending
            with db.session() as session:
                if audit.head(session) != tail:
                    raise RuntimeError("the audit chain moved while the demo was writing")
                entries = chain(session, lookups, (e for _, part in results for e in part))
                tail = (entries[-1]["id"], entries[-1]["hash"])
                written = numbers
                if k + 1 < len(batches):  # the workers build the next batch while this one is written
                    chunks = prepare(batches[k + 1], tail)
                    pending = pool.map_async(_build, chunks) if pool else [_build(c) for c in chunks]
                    numbers = dict(numbers_.last)
                parameters: dict[str, list[tuple]] = {name: [] for name, _ in TABLES}
                for part, _ in results:
                    for name, rows in part.items():
                        parameters[name].extend(rows)
                parameters["audit"] = _Insert.of(AuditEntry, dialect).parameters(entries)
                insert_rows(session, parameters)
                numbers_.session = session
                numbers_.store(written)
            done += len(jobs_)
            if progress:
                progress(done)
    finally:
        if pool is not None:
            pool.terminate()
        _WORK = None


def _counts(template: Template, lookups: Lookups) -> dict[str, int]:
    """How many rows of each table a clone of ``template`` has (the same for every clone of it)."""
    rows = Rows(lookups, (0, audit.GENESIS))
    first = template.revisions[0].row
    rows.add(template, first["arrived_at"], random.Random(0))
    return {name: len(made) for name, made in rows.rows.items() if name != "audit"}


def _build(chunk: tuple[tuple[int, str], list[tuple]]) -> tuple[dict[str, list[tuple]], list[tuple]]:
    """Build clones (in a worker): their rows as insert parameters, and their unchained audit entries."""
    tail, items = chunk
    templates, lookups, dialect = _WORK
    rows = Rows(lookups, tail)
    for seed, path, arrival, reference, bases, ends in items:
        rng = random.Random(seed)
        template = rng.choice(templates[path])
        rows.reference, rows.last_id = reference, dict(bases)
        rows.add(template, arrival, rng)
        if rows.last_id != ends:
            raise RuntimeError(f"clone of {template.reference} made other rows than counted")
    return ({name: _Insert.of(model, dialect).parameters(rows.rows[name]) for name, model in TABLES
             if name != "audit"}, rows.entries)


class _Insert:
    """An INSERT of every column of one table, with each column type's bind processor.

    The values go through the very processors SQLAlchemy applies to ``insert()``
    parameters (aware UTC times to SQLite's text form, JSON to sorted compact
    text), so they are stored exactly as the ORM would store them — without
    Core's per-row parameter handling, which costs more than SQLite's insert
    (a third of the writing time). SQLite only (``?`` placeholders, explicit
    ids): the generator clones only on SQLite.
    """

    _cache: dict[tuple[str, str], _Insert] = {}

    def __init__(self, model, dialect) -> None:
        table = model.__table__
        columns = list(table.columns)
        names = [c.name for c in columns]
        self.sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' for _ in names)})")
        self.get = itemgetter(*names)
        self.processors = [(n, _remembering(p) if isinstance(c.type, JSONText) else p)
                           for n, c in enumerate(columns)
                           if (p := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None]

    @classmethod
    def of(cls, model, dialect) -> _Insert:
        key = (model.__tablename__, dialect.name)
        if key not in cls._cache:
            cls._cache[key] = cls(model, dialect)
        return cls._cache[key]

    def parameters(self, rows: list[dict]) -> list[tuple]:
        get, processors = self.get, self.processors
        out = []
        for row in rows:
            values_ = list(get(row))
            for n, process in processors:
                if values_[n] is not None:
                    values_[n] = process(values_[n])
            out.append(tuple(values_))
        return out


class Clone:
    """One new case made from a template: same path and work, another truck and time."""

    def __init__(self, batch: Rows, template: Template, arrival: datetime, rng: random.Random) -> None:
        self.batch, self.template, self.rng = batch, template, rng
        first = template.revisions[0].row
        local_arrival = clock.local(arrival)
        self.arrival = arrival
        self.delta = arrival - first["arrived_at"]  # for times; dates move by whole days
        self.day = local_arrival.date()
        self.days = timedelta(days=(self.day - clock.local(first["arrived_at"]).date()).days)
        self.bcp = first["bcp_code"]
        self.uuid = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
        self.reference = batch.next_reference(self.bcp, local_arrival.year)
        country = first["vehicle_country"] or "TM"
        self.header = {
            "uuid": self.uuid, "reference": self.reference,
            # The template's lane: its answers (a physical examination or not) follow from it.
            "risk_lane": first["risk_lane"],
            "declaration_ref": (values.declaration_ref(rng, local_arrival, first["direction"])
                                if first["declaration_ref"] else None),
            "tractor_plate": values.plate(rng, country) if first["tractor_plate"] else None,
            "trailer_plate": values.plate(rng, country) if first["trailer_plate"] else None,
        }
        self.scale = rng.uniform(0.8, 1.25)  # of the cargo
        first_cargo = template.revisions[0].lists["cargo"]
        self.origin = first_cargo[0]["origin_country"] if first_cargo else None
        self.declared = round(sum(self._mass(c["gross_mass_kg"]) or 0 for c in first_cargo)) or 1000
        self.memo: dict[tuple, object] = {}
        self.used_drivers: set[tuple] = set()
        # What was made, revision by revision: (row, lists, sections) as inserted.
        self.revisions: list[tuple[dict, dict[str, list[dict]], list[tuple[dict, list[dict]]]]] = []

    # -- varying one value consistently across the revisions -----------------------------

    def _once(self, key: tuple, make):
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    def _shift(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else moment + self.delta

    def _mass(self, mass: float | None) -> float | None:
        if mass is None:
            return None
        return min(max(round(mass * self.scale, 1), 0.1), float(MAX_GROSS_MASS_KG))

    def _driver(self, row: dict) -> dict:
        def pick() -> tuple:
            nationality = row["nationality"]
            pool = [d for d in _DRIVERS_BY_NATIONALITY.get(nationality, ()) if d not in self.used_drivers]
            if not pool:
                return (row["name_latin"], row["name_original"], nationality, row["passport_number"])
            chosen = self.rng.choice(pool)
            self.used_drivers.add(chosen)
            return chosen
        d = self._once(("driver", row["name_latin"], row["passport_number"]), pick)
        return {"name_latin": d[0], "name_original": d[1], "nationality": d[2], "passport_number": d[3]}

    def _answer(self, answer: dict, how: str | None, declared: object, cap: float | None) -> object:
        value = answer["value"]
        if how is None or value is None:
            return value
        item = answer["item_id"]
        if how == "date":
            return (date.fromisoformat(value) + self.days).isoformat()
        if how == "text":
            return self._once(("text", item, value), lambda: values.text_answer(
                self.rng, item, self.bcp, self.arrival))
        # The masses follow the cargo: declared is its sum, weighed keeps its ratio to declared.
        ratio = 1.0 if item == "declared_gross_mass" or not declared else value / declared
        mass = round(self.declared * ratio)
        return mass if cap is None else min(mass, int(cap))

    # -- rows ------------------------------------------------------------------------

    def build(self) -> None:
        batch = self.batch
        self.signed: dict[int, dict] = {}  # template section signature id -> the clone's signature row
        for revision in self.template.revisions:
            row = dict(revision.row)
            row.update(self.header, id=batch.next_id("inspections"), record_hash=None,
                       finalization_signature_id=None, finalized_audit_id=None, finalized_audit_hash=None,
                       hash_format=HASH_FORMAT)
            for key in INSPECTION_TIMES:
                row[key] = self._shift(row[key])
            lists = {name: [] for name, _, _ in CHILDREN}
            for name, _, _ in CHILDREN:
                for old in revision.lists[name]:
                    new = dict(old, id=batch.next_id(name), inspection_id=row["id"])
                    self._vary(name, new)
                    lists[name].append(new)
            sections = []
            for old_section, old_answers in revision.sections:
                section = dict(old_section, id=batch.next_id("sections"), inspection_id=row["id"])
                for key in SECTION_TIMES:
                    section[key] = self._shift(section[key])
                definition = batch.lookups.definition(section["checklist_id"])
                declared = next((a["value"] for a, _ in old_answers if a["item_id"] == "declared_gross_mass"),
                                None)
                answers = []
                for old, how in old_answers:
                    cap = definition.items[old["item_id"]].max if how == "mass" else None
                    answers.append(dict(old, id=batch.next_id("answers"), section_id=section["id"],
                                        answered_at=old["answered_at"] + self.delta,
                                        value=self._answer(old, how, declared, cap)))
                sections.append((section, answers))
            self.revisions.append((row, lists, sections))
            self._sign(len(self.revisions) - 1)
        rows = batch.rows
        for row, lists, sections in self.revisions:
            rows["inspections"].append(row)
            for name, _, _ in CHILDREN:
                rows[name].extend(lists[name])
            for section, answers in sections:
                rows["sections"].append(section)
                rows["answers"].extend(answers)
        self._audit()

    def _vary(self, name: str, row: dict) -> None:
        if name == "drivers":
            row.update(self._driver(row))
        elif name == "documents":
            row["number"] = self._once(("document", row["type"], row["number"]), lambda: values.document_number(
                self.rng, row["type"], self.origin, self.day))
            if row["issued_on"] is not None:
                row["issued_on"] += self.days
        elif name == "cargo":
            row["gross_mass_kg"] = self._mass(row["gross_mass_kg"])
            if row["packages"] is not None:
                row["packages"] = min(max(round(row["packages"] * self.scale), 1), MAX_PACKAGES)
        elif name == "seals":
            row["number"] = self._once(("seal", row["number"]), lambda: values.seal_number(self.rng))
            if row["new_number"]:
                row["new_number"] = self._once(("seal", row["new_number"]),
                                               lambda: values.seal_number(self.rng, "TM"))
        elif name == "attachments":
            row["added_at"] = self._shift(row["added_at"])
        elif name == "reviews":
            row["reviewed_at"] = self._shift(row["reviewed_at"])
            row["signature_id"] = None

    # -- signatures ---------------------------------------------------------------------

    def _sign(self, index: int) -> None:
        """Sign the revision's signed sections, then (if locked) its finalization and review."""
        row, lists, sections = self.revisions[index]
        templates = [section.pop("e_signature_id", None) for section, _ in sections]
        for section, _ in sections:
            section["e_signature_id"] = None
        shown_sections = {a["agency"]: a for a in self.document(index)["agencies"]}
        for (section, _answers), template_signature in zip(sections, templates):
            if section["signed_at"] is None:
                continue
            if template_signature in self.signed:  # unchanged since the previous revision
                section["e_signature_id"] = self.signed[template_signature]["id"]
                continue
            shown = shown_sections[section["agency"]]
            signature = self._signature("section", row, section["signed_by_id"], section["signed_at"],
                                        section_hash(row["uuid"], shown), agency=section["agency"])
            section["e_signature_id"] = signature["id"]
            if template_signature is not None:
                self.signed[template_signature] = signature
        if row["status"] not in LOCKED:
            return
        row["finalized_audit_id"], row["finalized_audit_hash"] = self.batch.tail
        digest = record_hash(self.document(index))
        signature = self._signature("finalization", row, row["finalized_by_id"], row["finalized_at"], digest,
                                    message=signatures.finalization_statement(row["reference"], row["revision"],
                                                                              digest))
        row["record_hash"], row["finalization_signature_id"] = digest, signature["id"]
        if lists["reviews"]:
            review = lists["reviews"][-1]
            document = self.document(index)
            shown = document["review"]
            review["signature_id"] = self._signature("review", row, review["reviewer_id"], review["reviewed_at"],
                                                     review_hash(document, shown))["id"]

    def _signature(self, kind: str, row: dict, signer_id: int, signed_at: datetime, digest: str, *,
                   agency: str | None = None, message: bytes | None = None) -> dict:
        batch = self.batch
        private = batch.lookups.keys[signer_id]
        audit_id, audit_hash = batch.tail
        fp = user_keys.fingerprint(private.public_key())
        if message is None:
            message = signatures.act_statement(kind, row["uuid"], row["revision"] if kind == "review" else None,
                                               agency, digest, batch.lookups.users[signer_id].username, fp,
                                               clock.iso(signed_at), {"id": audit_id, "hash": audit_hash})
        signature = {"id": batch.next_id("signatures"), "kind": kind, "inspection_uuid": row["uuid"],
                     "revision": row["revision"], "agency": agency, "signer_id": signer_id, "key_fingerprint": fp,
                     "signed_at": signed_at, "sha256": digest, "audit_id": audit_id, "audit_hash": audit_hash,
                     "value": user_keys.sign(private, message)}
        batch.rows["signatures"].append(signature)
        batch.signatures[signature["id"]] = signature
        return signature

    # -- the document and the audit trail ------------------------------------------

    def view(self, index: int) -> SimpleNamespace:
        """Revision ``index`` shaped like the loaded model, for ``to_document``."""
        row, lists, sections = self.revisions[index]
        look = self.batch.lookups
        user = look.users.get
        view = SimpleNamespace(**row)
        view.drivers = [SimpleNamespace(**d) for d in lists["drivers"]]
        view.documents = [SimpleNamespace(**d) for d in lists["documents"]]
        view.cargo = [SimpleNamespace(**c) for c in lists["cargo"]]
        view.seals = [SimpleNamespace(**s) for s in lists["seals"]]
        view.attachments = [SimpleNamespace(**a, blob=look.blobs[a["sha256"]]) for a in lists["attachments"]]
        view.reviews = [SimpleNamespace(**r, reviewer=user(r["reviewer_id"]), signature=self._signature_view(
            r.get("signature_id"))) for r in lists["reviews"]]
        view.sections = [SimpleNamespace(**s, checklist=look.checklists[s["checklist_id"]],
                                         officer=user(s["officer_id"]), signed_by=user(s["signed_by_id"]),
                                         e_signature=self._signature_view(s.get("e_signature_id")),
                                         answers=[SimpleNamespace(**a) for a in answers])
                         for s, answers in sections]
        view.finalization_signature = self._signature_view(row.get("finalization_signature_id"))
        for key in ("decision_confirmed_by", "lead_officer", "created_by", "finalized_by", "amended_by"):
            setattr(view, key, user(row[f"{key}_id"]))
        return view

    def document(self, index: int) -> dict:
        return to_document(self.view(index))

    def _signature_view(self, signature_id: int | None) -> SimpleNamespace | None:
        if signature_id is None:
            return None
        signature = self.batch.signatures[signature_id]
        return SimpleNamespace(**signature, signer=self.batch.lookups.users[signature["signer_id"]])

    def _audit(self) -> None:
        users = self.batch.lookups.users
        previous = None
        for index, (row, lists, sections) in enumerate(self.revisions):
            start = row["created_at"]
            events: list[tuple[datetime, int | None, str, dict]] = []

            def event(at: datetime | None, user_id: int | None, action: str, **detail) -> None:
                if at is not None and at >= start:
                    events.append((at, user_id, action, detail))

            if previous is None:
                event(start, row["created_by_id"], "inspection.created", bcp=row["bcp_code"],
                      arrived_at=clock.iso(row["arrived_at"]))
            else:
                event(start, row["amended_by_id"],
                      "inspection.returned" if previous["status"] == "returned" else "inspection.amended",
                      reason=row["amendment_reason"])
            for section, answers in sections:
                mine = [a["answered_at"] for a in answers if a["answered_at"] >= start]
                if mine:
                    event(max(mine), section["officer_id"], "answers.recorded", agency=section["agency"],
                          answers=len(mine))
                event(section["signed_at"], section["signed_by_id"], "section.signed",
                      agency=section["agency"], decision=section["decision"])
            event(row["decision_confirmed_at"], row["decision_confirmed_by_id"], "decision.confirmed",
                  decision=row["decision"])
            event(row["finalized_at"], row["finalized_by_id"], "inspection.finalized",
                  record_hash=row["record_hash"])
            for review in lists["reviews"]:
                event(review["reviewed_at"], review["reviewer_id"], f"review.{review['outcome']}",
                      comment=review["comment"])
            events.sort(key=lambda e: e[0])
            self.batch.entries.append((
                start.astimezone(timezone.utc), row["created_by_id"] if previous is None else row["amended_by_id"],
                row["reference"], row["uuid"], {
                    "reference": row["reference"], "revision": row["revision"],
                    "status": row["status"], "pattern": self.template.reference,
                    "sections": section_digests(self.view(index)),
                    "agencies": [s["agency"] for s, _ in sections],
                    "events": [{"at": clock.iso(at), "by": users[u].username if u in users else None,
                                "action": action, **detail}
                               for at, u, action, detail in events]}))
            previous = row


def _remembering(process: Callable[[object], object], limit: int = 50_000) -> Callable[[object], object]:
    """``process`` with its results for scalar values remembered (answers repeat a lot)."""
    known: dict[tuple[type, object], object] = {}

    def remembered(value: object) -> object:
        if isinstance(value, (list, dict)):
            return process(value)
        key = (type(value), value)  # 1, 1.0 and True are equal keys but different JSON
        if key not in known:
            if len(known) >= limit:
                known.clear()
            known[key] = process(value)
        return known[key]
    return remembered
