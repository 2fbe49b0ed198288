"""Accounts: argon2id password hashes, log-in with lockout, re-authentication.

Passwords never leave this module in any form but an argon2id hash, and are
never logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector.domain import validation
from inspector.domain.clock import now_utc
from inspector.domain.enums import Agency, Role
from inspector.domain.errors import AuthenticationFailed, Conflict, ValidationError
from inspector.services import audit
from inspector.services.permissions import require_admin
from inspector.store.database import Database
from inspector.store.models import User

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
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


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
    audit.record(session, user, "login", "user", user.id)
    return user


@dataclass(frozen=True)
class IdentityConfirmation:
    """Proof that ``user_id`` re-entered their password at ``at`` (to sign)."""

    user_id: int
    at: datetime


def confirm_identity(session: Session, user: User, password: str) -> IdentityConfirmation:
    _check_password(session, user, password or "", "reauth")
    return IdentityConfirmation(user.id, now_utc())


def check_confirmation(user: User, confirmation: IdentityConfirmation | None) -> None:
    if (confirmation is None or confirmation.user_id != user.id
            or now_utc() - confirmation.at > CONFIRMATION_VALID_FOR):
        raise AuthenticationFailed("auth.reauth_required")


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def create_user(session: Session, actor: User | None, *, username: str, full_name: str,
                role: Role | str, agency: Agency | str | None, password: str,
                badge_number: str | None = None) -> User:
    """Create an account. Only an admin may, except the very first admin account."""
    first_account = not has_users(session)
    if not first_account:
        require_admin(actor)
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
    return user


def set_active(session: Session, actor: User, user: User, active: bool) -> None:
    require_admin(actor)
    if user.id == actor.id and not active:
        raise Conflict("auth.cannot_deactivate_self")
    if user.active != active:
        audit.record(session, actor, "user.activated" if active else "user.deactivated", "user",
                     user.id, old={"active": user.active}, new={"active": active})
        user.active = active


def change_password(session: Session, actor: User, user: User, new_password: str,
                    old_password: str | None = None) -> None:
    """Users change their own password (knowing the old one); an admin resets any."""
    if actor.id == user.id:
        if not _verify(user, old_password or ""):
            raise AuthenticationFailed("auth.failed")
    else:
        require_admin(actor)
    user.password_hash = hash_password(new_password)
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
