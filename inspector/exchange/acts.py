"""Every signed act a bundle carries must bear a valid officer signature (issue 13).

A signed section, a finalization and a review are each checked before
anything is written: the signature is present, made by the person the
document names, with a key that is theirs, over exactly this content. The key
is one this database knows for that person, or one the bundle carries for
them (``keys/users.json``) — but a bundle never brings a new key for an
account that lives here (one with a password): otherwise whoever can sign a
bundle could sign a review in the name of a supervisor of this database.

A document from before signatures (``hash_format`` 1) has nothing to verify:
with a signed section, a finalization or a review it is accepted only as a
copy of a locked revision this database already holds with the same record
hash (a hand-made "old" document cannot bring an approval).
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from inspector.domain.enums import Role
from inspector.domain.i18n import tr
from inspector.exchange.errors import BundleRejected
from inspector.services import keys
from inspector.services.documents import HASH_FORMAT, review_hash, section_hash
from inspector.services.signatures import FINALIZATION, REVIEW, SECTION, statement_of_ref
from inspector.store.database import Database
from inspector.store.models import JointInspection, User, UserKey

log = logging.getLogger(__name__)

REVIEWER_ROLES = (Role.SUPERVISOR.value, Role.ADMIN.value)


class SignedActs:
    """Checks the signatures of one bundle's documents (keys looked up once each)."""

    def __init__(self, db: Database, verified) -> None:
        self.db, self.verified = db, verified
        self._local: dict[str, tuple[str, str] | None] = {}  # fingerprint -> (username, public key)
        self._accounts: dict[str, bool] = {}  # username -> lives here (has a password)
        self._carried: dict[str, dict] | None = None
        self._keys: dict[str, object] = {}  # public key text -> the decoded key
        self._verified: set[tuple[str, bytes, str]] = set()  # (key, statement, signature) valid, this case
        self._case: str | None = None

    def check(self, doc: dict, name: str, *, plain: bool = False) -> None:
        """``plain``: the document's canonical JSON is json's (``documents.jcs``)."""
        if doc["uuid"] != self._case:  # a case's revisions come one after another: memory stays flat
            self._case, self._verified = doc["uuid"], set()
        if doc.get("hash_format") != HASH_FORMAT:
            self._legacy(doc, name)
            return
        for a in doc["agencies"]:
            if a["signed_at"] is not None:
                self._act(doc, name, SECTION, a.get("signature"), a["signed_by"],
                          section_hash(doc["uuid"], a, plain=plain), a["agency"])
        if doc.get("finalization") is not None or doc.get("record_hash") is not None:
            self._act(doc, name, FINALIZATION, doc.get("finalization"), doc.get("finalized_by"),
                      doc.get("record_hash"), None)
        review = doc.get("review")
        if review is not None:
            self._act(doc, name, REVIEW, review.get("signature"), review["reviewer"], review_hash(doc, review, plain=plain), None)
            if (review["reviewer"] or {}).get("role") not in REVIEWER_ROLES:
                self._refuse(name, REVIEW, review["reviewer"], None, "exchange.sig_wrong_signer")

    def _legacy(self, doc: dict, name: str) -> None:
        """A document from before signatures with signed acts: only a copy of a revision we hold."""
        signed = [a for a in doc["agencies"] if a["signed_at"] is not None]
        if not signed and doc.get("record_hash") is None and doc.get("review") is None:
            return
        with self.db.read_session() as session:
            held = session.scalar(select(JointInspection.id).where(
                JointInspection.uuid == doc["uuid"], JointInspection.revision == doc["revision"],
                JointInspection.record_hash == doc.get("record_hash"),
                JointInspection.hash_format == doc.get("hash_format"))) if doc.get("record_hash") else None
        if held is None:
            who = signed[0]["signed_by"] if signed else doc.get("finalized_by")
            self._refuse(name, SECTION if signed else FINALIZATION, who, signed[0]["agency"] if signed else None,
                         "exchange.sig_missing")

    def _act(self, doc: dict, name: str, kind: str, ref: dict | None, signer: dict | None, digest: str | None,
             agency: str | None) -> None:
        if ref is None or signer is None:
            self._refuse(name, kind, signer, agency, "exchange.sig_missing")
        if (ref.get("signed_by") or {}).get("username") != signer["username"]:
            self._refuse(name, kind, signer, agency, "exchange.sig_wrong_signer")
        if ref.get("sha256") != digest:
            self._refuse(name, kind, signer, agency, "exchange.sig_other_content")
        public, problem = self._key(ref["key_fingerprint"], signer["username"])
        if problem is not None:
            self._refuse(name, kind, signer, agency, problem)
        # The same signed section comes again in each later revision of its case: verified once.
        statement = statement_of_ref(kind, doc, ref, agency)
        seen = (public, statement, ref.get("value"))
        if seen not in self._verified:
            if not keys.verify(self._decoded(public), ref.get("value"), statement):
                self._refuse(name, kind, signer, agency, "exchange.sig_invalid")
            self._verified.add(seen)

    def _key(self, fingerprint: str, username: str):
        """The person's public key (its text) with this fingerprint, or the catalogue key of why there is
        none."""
        if fingerprint not in self._local:
            with self.db.read_session() as session:
                row = session.execute(select(User.username, UserKey.public_key).join(User, User.id == UserKey.user_id)
                                      .where(UserKey.fingerprint == fingerprint)).first()
            self._local[fingerprint] = tuple(row) if row is not None else None
        local = self._local[fingerprint]
        if local is not None:
            return (local[1], None) if local[0] == username else (None, "exchange.sig_wrong_signer")
        carried = self._carried_keys().get(fingerprint)
        if carried is None or carried["username"] != username:
            return None, "exchange.sig_unknown_key"
        if self._lives_here(username):
            return None, "exchange.sig_key_of_local_account"
        return carried["public_key"], None

    def _decoded(self, public: str):
        if public not in self._keys:
            self._keys[public] = keys.decode_public(public)
        return self._keys[public]

    def _carried_keys(self) -> dict[str, dict]:
        if self._carried is None:
            self._carried = {k["fingerprint"]: k for k in self.verified.user_keys}
        return self._carried

    def _lives_here(self, username: str) -> bool:
        if username not in self._accounts:
            with self.db.read_session() as session:
                self._accounts[username] = session.scalar(select(User.id).where(
                    User.username == username, User.password_hash.is_not(None))) is not None
        return self._accounts[username]

    def _refuse(self, name: str, kind: str, signer: dict | None, agency: str | None, reason: str) -> None:
        what = tr(f"exchange.act_{kind}", agency=agency or "-")
        who = (signer or {}).get("username", "-")
        log.warning("%s: %s of %s refused: %s", name, kind, who, reason)
        raise BundleRejected("exchange.unsigned_act", name=name, what=what, who=who, reason=tr(reason))
