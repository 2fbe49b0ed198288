"""Officers' public keys travelling with records (``keys/users.json``, ``bcp-user-keys/1``).

A bundle carries every signing key its database knows, each with the signed
statement that vouched for it where it was issued, so that head office (or a
BCP taking back a review) can verify the records' signatures. An imported key
is stored as ``imported``: trusted through the workstation signature of the
bundle that brought it (issue 13 will tie keys to the workstations that may
issue them). ``inspector keys export --officers`` writes the same list for a
third party's ``inspector verify --keys``.
"""

from __future__ import annotations

import json
import logging
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain.clock import iso, now_utc
from inspector.exchange.errors import BundleRejected
from inspector.exchange.records import USERNAME, parse_time
from inspector.services import audit, keys
from inspector.store.models import User, UserKey

log = logging.getLogger(__name__)

FORMAT = "bcp-user-keys/1"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def listing(session: Session) -> list[dict]:
    """Every key of this database, oldest first."""
    rows = session.execute(select(UserKey, User.username, User.full_name, User.badge_number)
                           .join(User, User.id == UserKey.user_id).order_by(UserKey.id))
    return [{"username": username, "full_name": full_name, "badge_number": badge, "fingerprint": k.fingerprint,
             "public_key": k.public_key, "origin": k.origin, "created_at": iso(k.created_at),
             "retired_at": iso(k.retired_at), "certified_by": k.certified_by, "statement": k.statement,
             "certificate": k.certificate} for k, username, full_name, badge in rows]


def to_json(session: Session) -> bytes:
    return json.dumps({"format": FORMAT, "keys": listing(session)}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def parse(data: object, name: str = "keys/users.json") -> list[dict]:
    """The keys of a ``bcp-user-keys/1`` document, each checked (the key matches its fingerprint)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("keys"), list):
        raise BundleRejected("exchange.bad_keys", name=name)
    out = []
    for entry in data["keys"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("username"), str) \
                or not USERNAME.match(entry["username"]) or not _HEX64.match(str(entry.get("fingerprint"))):
            raise BundleRejected("exchange.bad_keys", name=name)
        public = keys.decode_public(entry.get("public_key"))
        if public is None or keys.fingerprint(public) != entry["fingerprint"]:
            raise BundleRejected("exchange.bad_keys", name=name)
        try:
            created = parse_time(entry.get("created_at")) or now_utc()
        except (TypeError, ValueError):
            raise BundleRejected("exchange.bad_keys", name=name) from None
        out.append({"username": entry["username"], "full_name": _text(entry.get("full_name"), 200),
                    "badge_number": _text(entry.get("badge_number"), 32), "fingerprint": entry["fingerprint"],
                    "public_key": entry["public_key"], "created_at": created,
                    "statement": _text(entry.get("statement"), 8000),
                    "certificate": _text(entry.get("certificate"), 128),
                    "certified_by": entry.get("certified_by") if _HEX64.match(str(entry.get("certified_by"))) else None})
    return out


def _text(value: object, limit: int) -> str | None:
    return value if isinstance(value, str) and len(value) <= limit else None


def store(session: Session, entries: list[dict], actor: User | None, source: str) -> int:
    """Keep the keys not known here, for accounts known here (by username). Returns how many."""
    added = 0
    for entry in entries:
        if session.scalar(select(UserKey.id).where(UserKey.fingerprint == entry["fingerprint"])) is not None:
            continue
        user = session.scalar(select(User).where(User.username == entry["username"]))
        if user is None:
            continue  # nobody here signed with it: nothing to verify
        session.add(UserKey(user_id=user.id, fingerprint=entry["fingerprint"], public_key=entry["public_key"],
                            origin="imported", created_at=entry["created_at"], certified_by=entry["certified_by"],
                            statement=entry["statement"], certificate=entry["certificate"]))
        session.flush()
        added += 1
        audit.record(session, actor, "exchange.key_imported", "user", user.id,
                     new={"username": user.username, "fingerprint": entry["fingerprint"],
                          "public_key": entry["public_key"], "source": source[:200]})
    return added


def trust_officers(session: Session, entries: list[dict], source: str) -> int:
    """Officers' keys from a ``keys export --officers`` file, for verifying printed reports here.

    People not known here get an inactive account without a password (as an
    import makes them): nobody can log in with it.
    """
    for entry in entries:
        if session.scalar(select(User.id).where(User.username == entry["username"])) is None:
            user = User(username=entry["username"], full_name=entry["full_name"] or entry["username"],
                        badge_number=entry["badge_number"], role="officer", agency=None, password_hash=None,
                        active=False, failed_attempts=0, created_at=now_utc())
            session.add(user)
            session.flush()
            audit.record(session, None, "exchange.user_created_inactive", "user", user.id,
                         new={"username": user.username, "full_name": user.full_name, "source": source[:200]})
    return store(session, entries, None, source)


def read_file(path) -> list[dict] | None:
    """The keys of a ``bcp-user-keys/1`` file, or None when the file is another kind of key file."""
    from pathlib import Path

    try:
        data = json.loads(Path(path).read_text("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return parse(data, str(path))
