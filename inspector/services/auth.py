"""Accounts: argon2id password hashes, log-in with lockout, re-authentication.

Passwords never leave this module in any form but an argon2id hash, and are
never logged. The password also opens the user's signing key
(:mod:`inspector.services.keys`): a log-in or a password re-entry unlocks it
for that moment only (:class:`IdentityConfirmation`), never to be stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.domain import validation
from inspector.domain.clock import now_utc
from inspector.domain.enums import Agency, Role
from inspector.domain.errors import AuthenticationFailed, Conflict, ValidationError
from inspector.services import audit, encryption, keys
from inspector.services.permissions import require_admin
from inspector.store.database import Database
from inspector.store.models import AuditEntry, User

log = logging.getLogger(__name__)

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
CONFIRMATION_VALID_FOR = timedelta(minutes=5)

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("auth.password_too_short", field="password", min=MIN_PASSWORD_LENGTH)
    if len(password) > 256:
        raise ValidationError("validation.too_long", field="password", max=256)
    validation.check_characters(password, "password")  # argon2 hashes UTF-8: no lone surrogates


def _verify(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    return True


def _check_password(session: Session, user: User | None, password: str, action: str) -> User:
    now = now_utc()
    if user is None:
        # Spend the same time as a real check so usernames cannot be probed.
        _hasher.hash(password or "x")
        raise AuthenticationFailed("auth.failed")
    if not user.active:
        raise AuthenticationFailed("auth.inactive")
    if user.locked_until is not None and user.locked_until > now:
        raise AuthenticationFailed("auth.locked", minutes=_minutes_left(user.locked_until, now))
    if not _verify(user, password):
        user.failed_attempts += 1
        audit.record(session, user, f"{action}.failed", "user", user.id,
                     new={"failed_attempts": user.failed_attempts})
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.locked_until = now + LOCKOUT
            user.failed_attempts = 0
            audit.record(session, user, "user.locked", "user", user.id,
                         new={"locked_until": user.locked_until.isoformat()})
            raise AuthenticationFailed("auth.locked", minutes=int(LOCKOUT.total_seconds() // 60))
        raise AuthenticationFailed("auth.failed")
    if user.failed_attempts or user.locked_until:
        user.failed_attempts = 0
        user.locked_until = None
    return user


def _rehash_if_needed(user: User, password: str, private: Ed25519PrivateKey) -> None:
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        keys.seal_account(user, private)


def kdf_cost() -> keys.KdfCost:
    """The key-wrapping cost: the same argon2id cost as the password hashes."""
    return keys.KdfCost(_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)


def _slot_cost():
    """The cost of the key-file slot that the password opens: the same argon2id cost."""
    from inspector.store.keyfile import KdfCost

    return KdfCost(_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)


UPGRADE_ACTION = "signatures.introduced"


def _unlock(session: Session, user: User, password: str) -> Ed25519PrivateKey:
    """The user's signing key, opened with the password just verified.

    An account from before signatures gets its key now, if its password hash
    is still the one migration 0004 recorded. A key that does not open, or
    does not match the recorded public key, means the account was changed
    outside the app: refused.
    """
    if user.private_key:
        private = keys.unwrap(user.private_key, password, user.username)
        if private is None or keys.encode_public(private.public_key()) != user.public_key:
            audit.record(session, user, "user.key_refused", "user", user.id)
            log.warning("the signing key of user %s does not open with its password", user.id)
            raise AuthenticationFailed("auth.key_tampered", username=user.username)
    else:
        recorded = _upgrade_digests(session).get(user.username)
        if recorded is None or recorded != keys.password_digest(user.password_hash):
            audit.record(session, user, "user.key_refused", "user", user.id)
            log.warning("user %s has a password but no signing key and is not an upgraded account", user.id)
            raise AuthenticationFailed("auth.key_tampered", username=user.username)
        private = keys.issue(session, user, password, "upgrade", kdf_cost())
    if not keys.account_sealed(user):  # details or password hash changed outside the app
        audit.record(session, user, "user.key_refused", "user", user.id)
        raise AuthenticationFailed("auth.key_tampered", username=user.username)
    return private


def _upgrade_digests(session: Session) -> dict[str, str]:
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == UPGRADE_ACTION)
                           .order_by(AuditEntry.id).limit(1))
    accounts = (entry.new or {}).get("accounts") if entry is not None and isinstance(entry.new, dict) else None
    return accounts if isinstance(accounts, dict) else {}


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 59) // 60)


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username.strip().lower()))


def authenticate(session: Session, username: str, password: str) -> User:
    """Log in. Failures count towards the lockout and are audited.

    The caller commits the session even when this raises, so that failed
    attempts are kept.
    """
    user = _check_password(session, find_user(session, username or ""), password or "", "login")
    private = _unlock(session, user, password or "")
    _rehash_if_needed(user, password or "", private)
    encryption.ensure_slot(session, user.username, password or "", _slot_cost())
    keys.remember_login_key(user, private)
    audit.record(session, user, "login", "user", user.id)
    return user


@dataclass(frozen=True)
class IdentityConfirmation:
    """Proof that ``user_id`` re-entered their password at ``at``, with the
    signing key that password unlocked (in memory only, for signing now)."""

    user_id: int
    at: datetime
    signing_key: Ed25519PrivateKey | None = field(default=None, repr=False, compare=False)


def confirm_identity(session: Session, user: User, password: str) -> IdentityConfirmation:
    """Re-enter the password: unlocks the signing key for the act that follows."""
    _check_password(session, user, password or "", "reauth")
    private = _unlock(session, user, password or "")
    _rehash_if_needed(user, password or "", private)
    return IdentityConfirmation(user.id, now_utc(), private)


def check_confirmation(user: User, confirmation: IdentityConfirmation | None) -> Ed25519PrivateKey:
    """The signing key of a fresh confirmation by ``user`` (refused otherwise)."""
    if (confirmation is None or confirmation.user_id != user.id or confirmation.signing_key is None
            or now_utc() - confirmation.at > CONFIRMATION_VALID_FOR):
        raise AuthenticationFailed("auth.reauth_required")
    if keys.encode_public(confirmation.signing_key.public_key()) != user.public_key:
        raise AuthenticationFailed("auth.key_tampered", username=user.username)
    return confirmation.signing_key


def _admin_key(actor: User, confirmation: IdentityConfirmation | None) -> Ed25519PrivateKey:
    """The key an administrator vouches with: a password re-entry, or their log-in's."""
    private = confirmation.signing_key if confirmation is not None and confirmation.user_id == actor.id \
        else keys.login_key(actor)
    if private is None:
        raise AuthenticationFailed("auth.reauth_required")
    if keys.encode_public(private.public_key()) != actor.public_key:
        raise AuthenticationFailed("auth.key_tampered", username=actor.username)
    return private


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def create_user(session: Session, actor: User | None, *, username: str, full_name: str,
                role: Role | str, agency: Agency | str | None, password: str,
                badge_number: str | None = None, confirmation: IdentityConfirmation | None = None,
                signing_key: Ed25519PrivateKey | None = None) -> User:
    """Create an account with its signing key. Only an admin may (vouching for
    the new key with theirs), except the very first admin account.
    ``signing_key`` is for the demo generator only (reproducible keys)."""
    first_account = not has_users(session)
    admin_key = None
    if not first_account:
        require_admin(actor)
        admin_key = _admin_key(actor, confirmation)
    name = validation.text(username, "username", max_length=64).lower()
    if not all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name):
        raise ValidationError("auth.username_chars", field="username", value=username)
    role = validation.choice(role, Role, "role")
    if first_account and role is not Role.ADMIN:
        raise ValidationError("auth.first_admin", field="role")
    agency = validation.choice(agency, Agency, "agency") if agency else None
    if role is Role.OFFICER and agency is None:
        raise ValidationError("auth.officer_agency", field="agency")
    if find_user(session, name) is not None:
        raise Conflict("auth.username_taken", username=name)
    user = User(username=name, full_name=validation.text(full_name, "full_name"),
                role=role.value, agency=agency.value if agency else None,
                badge_number=validation.optional_text(badge_number, "badge_number", max_length=32),
                password_hash=hash_password(password), active=True, failed_attempts=0,
                created_at=now_utc())
    session.add(user)
    session.flush()
    audit.record(session, actor or user, "user.created", "user", user.id,
                 new={"username": user.username, "full_name": user.full_name, "role": user.role,
                      "agency": user.agency, "badge_number": user.badge_number})
    encryption.password_set(session, user.username, password, _slot_cost())
    if first_account:
        keys.remember_login_key(user, keys.issue(session, user, password, "first", kdf_cost(), private=signing_key))
    else:
        keys.issue(session, user, password, "created", kdf_cost(), certifier=actor, certifier_key=admin_key,
                   private=signing_key)
    return user


def set_active(session: Session, actor: User, user: User, active: bool) -> None:
    require_admin(actor)
    if user.id == actor.id and not active:
        raise Conflict("auth.cannot_deactivate_self")
    if user.active != active:
        audit.record(session, actor, "user.activated" if active else "user.deactivated", "user",
                     user.id, old={"active": user.active}, new={"active": active})
        user.active = active
        if not active:  # a reactivated account opens the database again after a password reset
            encryption.user_removed(session, user.username)


def change_password(session: Session, actor: User, user: User, new_password: str,
                    old_password: str | None = None, confirmation: IdentityConfirmation | None = None) -> None:
    """Users change their own password (knowing the old one): their signing key
    is re-wrapped under the new one. An admin resets anyone else's: that makes a
    new key pair, vouched for by the admin's key (earlier signatures stay
    verifiable with the earlier key)."""
    if actor.id == user.id:
        if not _verify(user, old_password or ""):
            raise AuthenticationFailed("auth.failed")
        check_password_strength(new_password)
        private = _unlock(session, user, old_password or "")
        user.password_hash = hash_password(new_password)
        keys.rewrap(user, private, new_password, kdf_cost())
        keys.seal_account(user, private)
        keys.remember_login_key(user, private)
    else:
        require_admin(actor)
        admin_key = _admin_key(actor, confirmation)
        user.password_hash = hash_password(new_password)
        keys.issue(session, user, new_password, "reset", kdf_cost(), certifier=actor, certifier_key=admin_key)
    if user.active:
        encryption.password_set(session, user.username, new_password, _slot_cost())
    user.failed_attempts = 0
    user.locked_until = None
    audit.record(session, actor, "user.password_changed", "user", user.id)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def login(db: Database, username: str, password: str) -> User:
    """Log in, keeping the failed-attempt count even when the attempt fails.

    Returns a detached user, usable as the acting user of later sessions.
    On read-only media the password is checked but nothing can be recorded.
    """
    if getattr(db, "read_only", False):
        return _login_read_only(db, username, password)
    return _committed(db, lambda session: authenticate(session, username, password))


def _login_read_only(db: Database, username: str, password: str) -> User:
    with db.read_session() as session, session.no_autoflush:
        user = _check_password(session, find_user(session, username or ""), password or "", "login")
        session.expunge(user)
        session.rollback()
    return user


def reauthenticate(db: Database, user: User, password: str) -> IdentityConfirmation:
    """Password re-entry before signing; failures count towards the lockout."""
    def confirm(session: Session) -> IdentityConfirmation:
        return confirm_identity(session, session.get(User, user.id), password)

    return _committed(db, confirm)


def _committed(db: Database, action):
    failure: AuthenticationFailed | None = None
    with db.session() as session:
        try:
            result = action(session)
        except AuthenticationFailed as exc:
            failure = exc
    if failure is not None:
        raise failure
    return result
