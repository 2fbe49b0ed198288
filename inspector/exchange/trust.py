"""Public keys of other workstations whose bundles this database accepts.

Trust is per database: head office trusts each BCP workstation's key once
(``inspector keys trust FILE``), after comparing the fingerprint with the BCP
by phone. This workstation's own key is always trusted, so it can take back
its own bundles.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain import validation
from inspector.domain.clock import now_utc
from inspector.domain.errors import NotFound
from inspector.exchange.keys import Keystore, PublicKeyFile, decode_public_key, encode_public_key
from inspector.services import audit, permissions
from inspector.services.audit import SYSTEM_USERNAME
from inspector.store.models import TrustedKey, User

log = logging.getLogger(__name__)


def trust(session: Session, actor: User | None, key_file: PublicKeyFile, name: str | None = None, *,
          head_office: bool = False) -> tuple[TrustedKey, bool]:
    """Trust a workstation's key; returns the row and whether it is new.

    ``head_office``: the key is head office's, whose bundles may bring reviews
    of cases this workstation owns. ``actor`` ``None`` is the local command
    line (like pre-arrival input); a logged-in user must be an administrator.
    """
    if actor is not None:
        permissions.require_admin(actor)
    label = validation.optional_text(name, "name", max_length=200) or _default_name(key_file)
    row = session.scalar(select(TrustedKey).where(TrustedKey.fingerprint == key_file.fingerprint))
    if row is not None:
        if name and row.name != label:
            audit.record(session, actor, "exchange.key_renamed", "trusted_key", row.fingerprint[:16],
                         old={"name": row.name}, new={"name": label})
            row.name = label
        if head_office and not row.head_office:
            audit.record(session, actor, "exchange.key_head_office", "trusted_key", row.fingerprint[:16],
                         old={"head_office": False}, new={"head_office": True})
            row.head_office = True
        return row, False
    row = TrustedKey(fingerprint=key_file.fingerprint, public_key=encode_public_key(key_file.public_key),
                     name=label, workstation_id=key_file.workstation, bcp_code=key_file.bcp,
                     added_at=now_utc(), added_by=actor.username if actor else SYSTEM_USERNAME,
                     head_office=head_office)
    session.add(row)
    session.flush()
    audit.record(session, actor, "exchange.key_trusted", "trusted_key", row.fingerprint[:16],
                 new={"fingerprint": row.fingerprint, "name": row.name, "workstation": row.workstation_id,
                      "bcp": row.bcp_code, "head_office": head_office})
    log.info("trusted key %s (%s)", row.fingerprint, row.name)
    return row, True


def untrust(session: Session, actor: User | None, fingerprint_prefix: str) -> TrustedKey:
    """Stop accepting bundles signed by a key (named by a unique fingerprint prefix)."""
    if actor is not None:
        permissions.require_admin(actor)
    prefix = fingerprint_prefix.replace(" ", "").lower()
    rows = list(session.scalars(select(TrustedKey).where(TrustedKey.fingerprint.startswith(prefix)))) \
        if len(prefix) >= 8 else []
    if len(rows) != 1:
        raise NotFound("exchange.key_not_trusted", fingerprint=fingerprint_prefix)
    row = rows[0]
    session.delete(row)
    audit.record(session, actor, "exchange.key_untrusted", "trusted_key", row.fingerprint[:16],
                 old={"fingerprint": row.fingerprint, "name": row.name})
    return row


def trusted_keys(session: Session) -> list[TrustedKey]:
    return list(session.scalars(select(TrustedKey).order_by(TrustedKey.name, TrustedKey.fingerprint)))


OWN_KEY_NAME = "this workstation"


@dataclass(frozen=True)
class TrustedSigner:
    """A key whose bundles this database accepts, with what trusting it said about it."""

    key: Ed25519PublicKey
    name: str
    workstation: str | None = None  # the workstation it was trusted as (None: not stated)
    bcp: str | None = None
    head_office: bool = False
    own: bool = False


def trusted_signer(session: Session, fingerprint: str, keystore: Keystore | None) -> TrustedSigner | None:
    """The trusted key with this fingerprint: our own, or one trusted in this database."""
    if keystore is not None and keystore.path.exists() and keystore.fingerprint() == fingerprint:
        return TrustedSigner(keystore.public_key(), OWN_KEY_NAME, own=True)
    row = session.scalar(select(TrustedKey).where(TrustedKey.fingerprint == fingerprint))
    if row is None:
        return None
    return TrustedSigner(decode_public_key(row.public_key), row.name, row.workstation_id, row.bcp_code,
                         bool(row.head_office))


def trusted_key(session: Session, fingerprint: str,
                keystore: Keystore | None) -> tuple[Ed25519PublicKey, str] | None:
    """The trusted key with this fingerprint and its name: our own, or one trusted in this database."""
    found = trusted_signer(session, fingerprint, keystore)
    return (found.key, found.name) if found is not None else None


def bind_workstation(session: Session, actor: User | None, fingerprint: str, workstation: str) -> None:
    """A key trusted without a workstation id (a PEM file) speaks for the first workstation it signed for.

    Records belong to workstations: one key must not speak for two of them.
    """
    row = session.scalar(select(TrustedKey).where(TrustedKey.fingerprint == fingerprint))
    if row is not None and row.workstation_id is None:
        row.workstation_id = workstation[:64]
        audit.record(session, actor, "exchange.key_bound", "trusted_key", row.fingerprint[:16],
                     new={"workstation": row.workstation_id})


def _default_name(key_file: PublicKeyFile) -> str:
    parts = [p for p in (key_file.bcp, key_file.workstation) if p]
    return " ".join(parts) or key_file.fingerprint[:16]
