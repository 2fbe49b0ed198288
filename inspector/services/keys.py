"""Users' signing keys: Ed25519 pairs whose private half only the password opens.

The private key is stored as a small JSON envelope (``bcp-user-key/1``): the
32 raw bytes encrypted with AES-256-GCM under a key derived from the password
with argon2id (its own random salt and the cost it was made with), the
username and key fingerprint as associated data, so an envelope copied to
another account does not open.

Every key ever issued is a ``user_keys`` row with a signed **statement** that
vouches for it (``kind: key``):

- ``first``: the very first account, self-signed (the root);
- ``created`` / ``reset``: signed by the administrator who created the
  account or reset its password (with the key their log-in or password
  re-entry unlocked);
- ``upgrade``: an account from before signatures (migration 0004) gets its
  key at its next log-in, self-signed, and only with the very password hash
  the migration recorded;
- ``imported``: came with a bundle; trusted through the bundle.

The **account seal** is the user's own signature over their details and
password hash: changing a password hash (or name, role, agency, badge) in the
file without the user's key breaks it, and ``inspector check`` says so.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import weakref
from dataclasses import dataclass
from datetime import datetime

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain.clock import iso, now_utc
from inspector.services.documents import jcs
from inspector.store.models import UserKey, User

log = logging.getLogger(__name__)

ENVELOPE = "bcp-user-key/1"
STATEMENT = "bcp-signature/1"
ORIGINS = ("first", "created", "reset", "upgrade", "imported")


@dataclass(frozen=True)
class KdfCost:
    time_cost: int
    memory_cost: int  # KiB
    parallelism: int


# -- primitives -----------------------------------------------------------------------------

def raw_public(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte key, in hex (as workstation keys)."""
    return hashlib.sha256(raw_public(public_key)).hexdigest()


def encode_public(public_key: Ed25519PublicKey) -> str:
    return base64.b64encode(raw_public(public_key)).decode("ascii")


def decode_public(text: str | None) -> Ed25519PublicKey | None:
    """The key from the base64 of its raw bytes, or None if it is not one."""
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(str(text), validate=True))
    except (binascii.Error, ValueError, TypeError):
        return None


def sign(private_key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(private_key.sign(message)).decode("ascii")


def verify(public_key: Ed25519PublicKey | None, value: str | None, message: bytes) -> bool:
    if public_key is None or not value:
        return False
    try:
        public_key.verify(base64.b64decode(value, validate=True), message)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, cost: KdfCost) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=cost.time_cost,
                           memory_cost=cost.memory_cost, parallelism=cost.parallelism, hash_len=32,
                           type=Type.ID)


def wrap(private_key: Ed25519PrivateKey, password: str, username: str, cost: KdfCost) -> str:
    """The private key as an encrypted envelope (JSON text)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    raw = private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
    fp = fingerprint(private_key.public_key())
    sealed = AESGCM(_derive(password, salt, cost)).encrypt(nonce, raw, _aad(username, fp))
    return json.dumps({"format": ENVELOPE, "kdf": "argon2id", "t": cost.time_cost, "m": cost.memory_cost,
                       "p": cost.parallelism, "salt": _b64(salt), "nonce": _b64(nonce), "fingerprint": fp,
                       "key": _b64(sealed)}, sort_keys=True, separators=(",", ":"))


def unwrap(envelope: str | None, password: str, username: str) -> Ed25519PrivateKey | None:
    """The private key, or None when the password (or the envelope) does not open it."""
    try:
        data = json.loads(envelope or "")
        if data.get("format") != ENVELOPE or data.get("kdf") != "argon2id":
            return None
        cost = KdfCost(int(data["t"]), int(data["m"]), int(data["p"]))
        if not (1 <= cost.time_cost <= 64 and 8 <= cost.memory_cost <= 4 * 1024 * 1024 and 1 <= cost.parallelism <= 64):
            return None
        salt = base64.b64decode(data["salt"], validate=True)
        nonce = base64.b64decode(data["nonce"], validate=True)
        sealed = base64.b64decode(data["key"], validate=True)
        raw = AESGCM(_derive(password, salt, cost)).decrypt(nonce, sealed, _aad(username, data["fingerprint"]))
        key = Ed25519PrivateKey.from_private_bytes(raw)
    except (ValueError, KeyError, TypeError, binascii.Error, InvalidTag):
        return None
    return key if fingerprint(key.public_key()) == data["fingerprint"] else None


def _aad(username: str, fp: str) -> bytes:
    return f"{ENVELOPE}\n{username}\n{fp}".encode("utf-8")


# -- the key unlocked at log-in (memory only) -------------------------------------------------

_login_keys: weakref.WeakKeyDictionary[User, Ed25519PrivateKey] = weakref.WeakKeyDictionary()


def remember_login_key(user: User, private_key: Ed25519PrivateKey) -> None:
    """Keep the key a log-in unlocked with this user object, for acts that an
    administrator vouches for (new accounts, password resets). Never written anywhere."""
    _login_keys[user] = private_key


def login_key(user: User | None) -> Ed25519PrivateKey | None:
    return _login_keys.get(user) if user is not None else None


# -- statements -------------------------------------------------------------------------------

def person(user: User) -> dict:
    return {"username": user.username, "full_name": user.full_name, "role": user.role,
            "agency": user.agency, "badge_number": user.badge_number}


def password_digest(password_hash: str | None) -> str | None:
    return None if password_hash is None else hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


def account_statement(user: User, key_fingerprint: str) -> bytes:
    return jcs({"format": STATEMENT, "kind": "account", "user": person(user),
                "password_sha256": password_digest(user.password_hash), "key": key_fingerprint}).encode("utf-8")


def seal_account(user: User, private_key: Ed25519PrivateKey) -> None:
    user.account_seal = sign(private_key, account_statement(user, fingerprint(private_key.public_key())))


def account_sealed(user: User) -> bool:
    public = decode_public(user.public_key)
    return public is not None and verify(public, user.account_seal, account_statement(user, fingerprint(public)))


def key_statement(user: User, public_key: Ed25519PublicKey, origin: str, created_at: datetime, *,
                  signer: User, signer_key: str, replaces: str | None, checkpoint: tuple[int, str]) -> str:
    return jcs({"format": STATEMENT, "kind": "key", "user": person(user), "public_key": encode_public(public_key),
                "origin": origin, "created_at": iso(created_at), "password_sha256": password_digest(user.password_hash),
                "replaces": replaces, "signer": signer.username, "key": signer_key,
                "checkpoint": {"id": checkpoint[0], "hash": checkpoint[1]}})


# -- issuing keys ------------------------------------------------------------------------------

def current_key(session: Session, user: User) -> UserKey | None:
    if not user.public_key:
        return None
    return session.scalar(select(UserKey).where(UserKey.user_id == user.id,
                                                UserKey.public_key == user.public_key))


def issue(session: Session, user: User, password: str, origin: str, cost: KdfCost, *,
          certifier: User | None = None, certifier_key: Ed25519PrivateKey | None = None,
          private: Ed25519PrivateKey | None = None) -> Ed25519PrivateKey:
    """A new key pair for ``user``: wrapped under ``password``, recorded, vouched for, sealed.

    ``certifier``/``certifier_key`` vouch for it (an administrator); without
    them the new key vouches for itself (``first`` and ``upgrade`` only).
    ``private`` is for the demo generator only (keys derived from its seed).
    """
    from inspector.services import audit

    if origin not in ORIGINS:
        raise ValueError(origin)
    private = private or Ed25519PrivateKey.generate()
    public = private.public_key()
    fp = fingerprint(public)
    now = now_utc()
    previous = current_key(session, user)
    if previous is not None and previous.retired_at is None:
        previous.retired_at = now
    signer, signer_key = (certifier, certifier_key) if certifier_key is not None else (user, private)
    signer_fp = fingerprint(signer_key.public_key())
    user.public_key = encode_public(public)
    user.private_key = wrap(private, password, user.username, cost)
    session.flush()
    head = audit.head(session)
    statement = key_statement(user, public, origin, now, signer=signer, signer_key=signer_fp,
                              replaces=previous.fingerprint if previous is not None else None, checkpoint=head)
    row = UserKey(user_id=user.id, fingerprint=fp, public_key=user.public_key, origin=origin, created_at=now,
                  certified_by=signer_fp, statement=statement, certificate=sign(signer_key, statement.encode("utf-8")))
    session.add(row)
    seal_account(user, private)
    session.flush()
    audit.record(session, signer, "user.key_issued", "user", user.id,
                 new={"username": user.username, "origin": origin, "fingerprint": fp,
                      "public_key": user.public_key, "certified_by": signer_fp,
                      "replaces": previous.fingerprint if previous is not None else None})
    log.info("issued a %s signing key %s for user %s", origin, fp[:16], user.id)
    return private


def rewrap(user: User, private_key: Ed25519PrivateKey, new_password: str, cost: KdfCost) -> None:
    """The same key under a new password (the user changes their own password)."""
    user.private_key = wrap(private_key, new_password, user.username, cost)


def statement_of(row: UserKey) -> dict | None:
    try:
        data = json.loads(row.statement or "")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
