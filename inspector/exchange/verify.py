"""Checking a bundle whole before anything is written (SPEC §8).

In order: the zip's central directory (member count, names, types, sizes,
compression ratios — nothing decompressed yet); the detached signature of
``manifest.json`` by a trusted key; the member list against the manifest (none
missing, none extra); then every member is read, bounded, and hashed:
checklist definitions must validate, attachments must be the files their
names say, and each record document must satisfy the ``bcp-inspection/1``
schema, the database's limits and normal form, and refer only to checklist
versions known here or carried in the bundle (consistent with those frozen
here) and to files the bundle carries.

The result is a small plan (names, uuids, hashes — never the documents in
memory): each document is checked once, as parsed, and the checked data is
spooled to a private temporary file (``marshal``) for the merge to read back,
so the merge neither reads the bundle's members again nor parses them twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import math
import tempfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import undefer

from inspector.checklists.loader import load_data
from inspector.domain import json_input
from inspector.domain.i18n import tr
from inspector.exchange import audit_trail, records, safety, user_keys
from inspector.exchange.errors import BundleRejected
from inspector.exchange.keys import Keystore, decode_public_key, fingerprint, spaced, verify
from inspector.exchange.manifest import Manifest, Member, parse, signed_digest
from inspector.exchange.schema import check_document
from inspector.exchange import ownership
from inspector.exchange.acts import SignedActs
from inspector.exchange.ownership import Sender
from inspector.exchange.trust import TrustedSigner, trusted_signer
from inspector.services.attachments import media_type
from inspector.services.documents import MAX_SAFE_INTEGER, upgrade_document
from inspector.store.database import Database
from inspector.store.models import AttachmentBlob, FrozenChecklist, User

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RecordEntry:
    name: str
    uuid: str
    revision: int
    sha256: str
    updated_at: datetime
    changes: int | None = None  # the owner's change counter of the case, as the manifest states it
    origin: str | None = None  # the workstation that owns the case, as the manifest states it
    reference: str | None = None
    offset: int = -1  # where the checked document is in VerifiedBundle.spool
    plain: bool = False  # its canonical JSON is json's (documents.jcs)


@dataclass
class VerifiedBundle:
    """What an import will merge; everything in it has been checked."""

    path: Path
    manifest: Manifest
    signer_name: str  # as this database named the trusted key
    sender: Sender  # the workstation the bundle speaks for, as trusting its key said
    records: list[RecordEntry] = field(default_factory=list)  # by uuid, then revision
    members: dict[str, Member] = field(default_factory=dict)
    checklists: dict[tuple[str, str], str] = field(default_factory=dict)  # carried: (id, version) → sha256
    user_keys: list[dict] = field(default_factory=list)  # carried officers' public keys, checked
    audit: dict[str, int] = field(default_factory=dict)  # case uuid -> its checked audit entries in spool
    audit_refused: int = 0  # entries of another chain than the signer's (not taken)
    spool: object = None  # a private temporary file: the checked documents and audit entries (marshal)

    def spooled(self, offset: int) -> object:
        """What was checked and spooled at ``offset`` (a document, or a case's audit entries)."""
        self.spool.seek(offset)
        size = int.from_bytes(self.spool.read(8), "little")
        return marshal.loads(self.spool.read(size))  # (marshal.load from a file reads in small pieces)

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()

    @property
    def signer(self) -> str:
        return self.manifest.fingerprint

    @property
    def source(self) -> str:
        """How conflicts and the audit trail name where records came from."""
        return f"{self.signer_name}: {self.manifest.source}"[:200]


def open_archive(path: Path, limits: safety.Limits) -> tuple:
    """The open file and zip, after the end-of-central-directory precheck."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise BundleRejected("exchange.cannot_read", path=str(path), reason=exc.strerror or str(exc)) from None
    try:
        safety.precheck(handle, limits)
        archive = zipfile.ZipFile(handle)
    except BundleRejected:
        handle.close()
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, KeyError) as exc:
        handle.close()
        log.info("%s is not a zip: %s", path, exc)
        raise BundleRejected("exchange.not_a_bundle") from None
    return handle, archive


def verify_bundle(db: Database, path: Path, *, keystore: Keystore | None = None,
                  limits: safety.Limits = safety.DEFAULT_LIMITS) -> VerifiedBundle:
    handle, archive = open_archive(Path(path), limits)
    with handle, archive:
        infos = archive.infolist()
        safety.check_entries(infos, limits)
        by_name = {info.filename: info for info in infos}
        manifest, signer = _signed_manifest(db, archive, by_name, keystore, limits)
        result = VerifiedBundle(Path(path), manifest, signer.name, _sender(db, manifest, signer))
        result.members = {m.name: m for m in manifest.members}
        manifest.members = []  # (the dict holds them; documents' and audit trails' go once checked)
        _same_members(result.members, by_name)
        result.spool = tempfile.TemporaryFile(prefix="bcp-import-")
        try:
            _Checker(db, archive, by_name, result, limits).run()
        except BaseException:
            result.close()
            raise
    log.info("bundle %s verified: %d revisions signed by %s (%s)", path, len(result.records), signer.name,
             manifest.fingerprint)
    return result


def _signed_manifest(db: Database, archive: zipfile.ZipFile, by_name: dict, keystore: Keystore | None,
                     limits: safety.Limits) -> tuple[Manifest, TrustedSigner]:
    signature = safety.read_member(archive, by_name[safety.SIGNATURE], safety.SIGNATURE_BYTES)
    raw = safety.read_member(archive, by_name[safety.MANIFEST], limits.max_manifest)
    manifest = parse(raw)
    stated_key = decode_public_key(manifest.public_key)
    if fingerprint(stated_key) != manifest.fingerprint:
        raise BundleRejected("exchange.bad_manifest", detail="workstation.fingerprint")
    with db.read_session() as session:
        found = trusted_signer(session, manifest.fingerprint, keystore)
    if found is None:
        raise BundleRejected("exchange.untrusted", fingerprint=spaced(manifest.fingerprint),
                             bcp=manifest.bcp or "-", workstation=manifest.workstation_id)
    if len(signature) != safety.SIGNATURE_BYTES or not verify(found.key, signature,
                                                               signed_digest(hashlib.sha256(raw))):
        raise BundleRejected("exchange.bad_signature")
    if found.workstation is not None and found.workstation != manifest.workstation_id:
        raise BundleRejected("exchange.key_workstation_mismatch", trusted=found.workstation,
                             claimed=manifest.workstation_id[:64])
    return manifest, found


def _sender(db: Database, manifest: Manifest, signer: TrustedSigner) -> Sender:
    """Who the bundle speaks for; a workstation code another workstation of the BCP uses is refused."""
    bcp = signer.bcp or manifest.bcp
    code = manifest.workstation_code
    if bcp and code:
        with db.read_session() as session:
            other = ownership.workstation_of_code(session, bcp, code)
        if other is not None and other != manifest.workstation_id:
            raise BundleRejected("exchange.workstation_code_taken", code=code, bcp=bcp, other=other)
    return Sender(workstation=manifest.workstation_id, bcp=bcp, code=code, fingerprint=manifest.fingerprint,
                  head_office=signer.head_office)


def _same_members(listed: dict[str, Member], by_name: dict[str, zipfile.ZipInfo]) -> None:
    present = set(by_name) - {safety.MANIFEST, safety.SIGNATURE}
    for name in sorted(set(listed) - present):
        raise BundleRejected("exchange.member_missing", name=safety.shown(name))
    for name in sorted(present - set(listed)):
        raise BundleRejected("exchange.member_extra", name=safety.shown(name))
    for name, member in listed.items():
        if by_name[name].file_size != member.size:
            raise BundleRejected("exchange.member_hash", name=safety.shown(name))


def hashed(archive: zipfile.ZipFile, info: zipfile.ZipInfo, member: Member, limit: int,
           keep: bool = True) -> bytes:
    """The member's bytes (or its first bytes when not kept), if its SHA-256 is the manifest's."""
    digest = hashlib.sha256()
    kept: list[bytes] = []
    head = b""
    for block in safety.chunks(archive, info, limit):
        digest.update(block)
        if keep:
            kept.append(block)
        elif not head:
            head = block[:16]
    if digest.hexdigest() != member.sha256:
        raise BundleRejected("exchange.member_hash", name=safety.shown(info.filename))
    return b"".join(kept) if keep else head


def load_json(data: bytes, name: str) -> object:
    try:
        return json_input.strict(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: also repeated keys, huge numbers
        raise BundleRejected("exchange.bad_json", name=safety.shown(name)) from None


class _PlainJSON:
    """Strict JSON (``json_input.strict``) that also notes whether RFC 8785 writes the value as json's C
    encoder does (:func:`~inspector.services.documents.jcs`, ``plain``): no float with an exponent or
    a ``.0`` in Python's writing, no integer beyond ±(2**53 - 1), every key ASCII."""

    def __init__(self) -> None:
        self.plain = True

    def pairs(self, pairs: list[tuple[str, object]]) -> dict[str, object]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise json_input.StrictJSONError("a key is given twice in one object")
        if self.plain and not "".join(result).isascii():
            self.plain = False
        return result

    def integer(self, digits: str) -> int:
        if len(digits) > json_input.MAX_NUMBER_TEXT:
            raise json_input.StrictJSONError("an integer with too many digits")
        value = int(digits)
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            self.plain = False
        return value

    def number(self, text: str) -> float:
        value = float(text)
        written = repr(value)
        if "e" in written or written.endswith(".0") or not math.isfinite(value):
            self.plain = False
        return value

    def constant(self, name: str) -> float:
        raise json_input.StrictJSONError(f"{name} is not JSON")


def load_document(data: bytes, name: str) -> tuple[object, bool]:
    """:func:`load_json` of a record document, and whether it is plain (see :class:`_PlainJSON`)."""
    reading = _PlainJSON()
    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=reading.pairs, parse_int=reading.integer,
                           parse_float=reading.number, parse_constant=reading.constant)
    except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: also repeated keys, huge numbers
        raise BundleRejected("exchange.bad_json", name=safety.shown(name)) from None
    return value, reading.plain


class _Checker:
    """Reads every member once; keeps only what the merge needs to know."""

    def __init__(self, db: Database, archive: zipfile.ZipFile, by_name: dict, result: VerifiedBundle,
                 limits: safety.Limits) -> None:
        self.db, self.archive, self.by_name, self.result, self.limits = db, archive, by_name, result, limits
        self.definitions: dict[tuple[str, str], FrozenChecklist] = {}  # carried or frozen here, transient
        self.blobs: dict[str, AttachmentBlob] = {}
        self.users: dict[tuple, User] = {}
        self.resolver = records.Resolver(user=self._user, checklist=self._checklist, blob=self._blob,
                                         make=records.plain)
        self.acts = SignedActs(db, result)

    def run(self) -> None:
        names = sorted(self.result.members)
        with self.db.read_session() as session:
            # Transient copies, made while the rows are attached (their definitions may be deferred).
            local = {(r.checklist_id, r.version): FrozenChecklist(
                checklist_id=r.checklist_id, version=r.version, agency=r.agency, sha256=r.sha256,
                definition=r.definition)
                for r in session.scalars(select(FrozenChecklist).options(undefer(FrozenChecklist.definition)))}
        for name in names:
            if safety.kind_of(name) == "checklist":
                self._carried_checklist(name, local)
        for key, row in local.items():
            self.definitions.setdefault(key, row)
        for name in names:
            if safety.kind_of(name) == "attachment":
                self._attachment(name)
            elif safety.kind_of(name) == "keys":
                info, member = self._member(name)
                self.result.user_keys = user_keys.parse(
                    load_json(hashed(self.archive, info, member, safety.MAX_KEYS), name), name)
        revisions: dict[str, list[int]] = defaultdict(list)
        references: dict[str, str] = {}
        for name in names:
            if safety.kind_of(name) == "record":
                entry = self._record(name, references)
                revisions[entry.uuid].append(entry.revision)
                self.result.records.append(entry)
        for uuid, numbers in revisions.items():
            if sorted(numbers) != list(range(len(numbers))):
                raise BundleRejected("exchange.revisions_gap", uuid=uuid)
        for name in names:
            if safety.kind_of(name) == "audit":
                self._audit(name, revisions)
        self.result.records.sort(key=lambda e: (e.uuid, e.revision))

    def _member(self, name: str, take: bool = False) -> tuple[zipfile.ZipInfo, Member]:
        """``take``: a document or audit trail, checked once and spooled — the merge never needs its
        manifest entry again (memory)."""
        return self.by_name[name], (self.result.members.pop(name) if take else self.result.members[name])

    def _carried_checklist(self, name: str, local: dict) -> None:
        info, member = self._member(name)
        data = load_json(hashed(self.archive, info, member, self.limits.max_checklist), name)
        checklist_id, version = safety.CHECKLIST_NAME.match(name).groups()
        try:
            definition = load_data(data, name) if isinstance(data, dict) else None
        except (ValueError, TypeError, KeyError, RecursionError):
            definition = None
        if definition is None or (definition.id, definition.version) != (checklist_id, version):
            raise BundleRejected("exchange.bad_checklist", name=safety.shown(name))
        frozen = local.get((checklist_id, version))
        if frozen is not None and frozen.sha256 != definition.sha256:
            raise BundleRejected("exchange.checklist_differs", id=checklist_id, version=version)
        self.result.checklists[(checklist_id, version)] = definition.sha256
        self.definitions[(checklist_id, version)] = FrozenChecklist(
            checklist_id=checklist_id, version=version, agency=definition.agency.value,
            sha256=definition.sha256, definition=dict(definition.data))

    def _attachment(self, name: str) -> None:
        info, member = self._member(name)
        digest = safety.ATTACHMENT_NAME.match(name).group(1)
        if member.sha256 != digest:
            raise BundleRejected("exchange.member_hash", name=safety.shown(name))
        head = hashed(self.archive, info, member, self.limits.max_attachment, keep=False)
        kind = media_type(head)
        if kind is None:
            raise BundleRejected("exchange.bad_attachment", name=safety.shown(name))
        self.blobs[digest] = AttachmentBlob(sha256=digest, media_type=kind, size=member.size)

    def _record(self, name: str, references: dict[str, str]) -> RecordEntry:
        info, member = self._member(name, take=True)
        raw = hashed(self.archive, info, member, self.limits.max_document)
        doc, plain = load_document(raw, name)
        if isinstance(doc, dict):
            doc = upgrade_document(doc)  # written before signatures existed
        problem = check_document(doc)
        if problem is not None:
            raise BundleRejected("exchange.document_invalid", name=safety.shown(name), path=problem.path,
                                 problem=problem.message())
        uuid, revision = safety.RECORD_NAME.match(name).groups()
        if doc["uuid"] != uuid or doc["revision"] != int(revision):
            raise BundleRejected("exchange.document_misnamed", name=safety.shown(name))
        if references.setdefault(uuid, doc["reference"]) != doc["reference"]:
            raise BundleRejected("exchange.document_misnamed", name=safety.shown(name))
        found = records.storage_problem(doc, raw, plain=plain)
        if found is not None:
            path, key, params = found
            raise BundleRejected("exchange.document_invalid", name=safety.shown(name), path=path,
                                 problem=tr(key, **params))
        for a in doc["agencies"]:
            key = (a["checklist"]["id"], a["checklist"]["version"])
            if key not in self.definitions:
                raise BundleRejected("exchange.checklist_unknown", name=safety.shown(name), id=key[0],
                                     version=key[1])
        for digest in sorted(records.blob_refs(doc)):
            if digest not in self.blobs:
                raise BundleRejected("exchange.attachment_missing", name=safety.shown(name), sha=digest[:12])
        if not records.in_normal_form(doc, self.resolver):
            raise BundleRejected("exchange.not_normal_form", name=safety.shown(name))
        self.acts.check(doc, safety.shown(name), plain=plain)
        return RecordEntry(name, uuid, int(revision), member.sha256, member.updated_at, member.changes,
                           member.origin, doc["reference"], self._spool(doc), plain)

    def _spool(self, checked: object) -> int:
        spool = self.result.spool
        offset = spool.tell()
        data = marshal.dumps(checked)
        spool.write(len(data).to_bytes(8, "little"))
        spool.write(data)
        return offset

    def _audit(self, name: str, cases: dict) -> None:
        uuid = safety.AUDIT_NAME.fullmatch(name).group(1)
        if uuid not in cases:
            raise BundleRejected("exchange.audit_without_case", name=safety.shown(name))
        info, member = self._member(name, take=True)
        raw = hashed(self.archive, info, member, self.limits.max_audit)
        doc = load_json(raw, name)
        entries = audit_trail.check(doc, uuid, safety.shown(name), raw)
        if doc["origin"] == self.result.manifest.workstation_id:
            self.result.audit[uuid] = self._spool(entries)
        else:  # another workstation's chain: never relayed, never taken
            self.result.audit_refused += len(entries)
            log.warning("%s carries audit entries of workstation %s, not the signer's: not taken", name,
                        safety.shown(doc["origin"]))

    # -- stand-ins for the normal-form check (never added to a session) --------------

    def _user(self, ref: dict) -> User:
        key = records.profile(ref)
        if key not in self.users:
            self.users[key] = User(username=ref["username"], full_name=ref["full_name"],
                                   badge_number=ref.get("badge_number"), agency=ref.get("agency"),
                                   role=ref.get("role"))
        return self.users[key]

    def _checklist(self, checklist_id: str, version: str) -> FrozenChecklist:
        return self.definitions[(checklist_id, version)]

    def _blob(self, digest: str) -> AttachmentBlob:
        return self.blobs[digest]
