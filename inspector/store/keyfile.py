"""The key file beside an encrypted database: the database key, wrapped once per way in.

``<database>.keys`` is a small JSON file. It never holds the database key or a
password in the clear: each *slot* holds the 32-byte database key encrypted
with AES-256-GCM under a key derived from one secret —

- one slot per active user, under ``argon2id(password, salt)`` (the cost is
  recorded in the slot, so a later, higher cost still opens older slots);
- until the first account exists, an *open* slot under no secret at all (a
  new database holds nothing yet, and there is nobody to log in as); the
  first user's slot replaces it;
- one recovery slot, under ``HKDF-SHA256`` of the recovery key (200 random
  bits shown once at first start as 8 groups of 5 characters, and as a QR code
  on a sheet to lock away; random enough that no slow derivation is needed).

A user's slot is named by an HMAC of the username under the file's own random
id, so the file does not list who works at the post. The slot name is bound to
the ciphertext (GCM's associated data): a slot moved to another name, or from
another key file, does not open. Wrong passwords are counted in the slot
(``failed``, ``locked_until``), because they are tried before the database
— where the accounts' own counters live — can be opened.

The file is only ever replaced whole (temporary file, fsync, rename). It is not
one of the database's SQLite files, so plain Python may read it at any time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector.store import cipher, files
from inspector.paths import KEY_FILE_SUFFIX as SUFFIX  # noqa: F401 - part of this module's interface
from inspector.paths import key_file as path_for
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)

FORMAT = "bcp-inspector-keys/1"
RECOVERY = "recovery"
OPEN = "open"  # a new database before its first account: nobody to log in as, nothing in it yet
MAX_SIZE = 1 << 20
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
RECOVERY_BYTES = 25  # 200 bits: 40 base32 characters
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class KdfCost:
    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


DEFAULT_COST = KdfCost()


class KeyFileError(DatabaseError):
    """The key file is missing, unreadable, damaged or does not open with what was given."""


def exists(database: str | os.PathLike) -> bool:
    return path_for(database).is_file()


def new_database_key() -> bytes:
    return os.urandom(cipher.KEY_SIZE)


# -- recovery keys ----------------------------------------------------------------------

def new_recovery_key() -> str:
    """Eight groups of five characters (A–Z, 2–7), e.g. ``K3QPA-…``."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[n:n + 5] for n in range(0, len(text), 5))


def normalize_recovery_key(text: str) -> str | None:
    """The recovery key as typed (any case, spaces or dashes, 0/1 for O/I) — or None if malformed."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch not in " -\t\r\n")
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(ch not in _ALPHABET for ch in cleaned):
        return None
    return cleaned


# -- the file ----------------------------------------------------------------------------

class KeyFile:
    """The parsed key file of one database."""

    def __init__(self, database: Path, data: dict) -> None:
        self.database = Path(database)
        self.path = path_for(database)
        self.data = data

    @classmethod
    def new(cls, database: Path) -> KeyFile:
        return cls(database, {"format": FORMAT, "id": _b64(os.urandom(16)), "slots": {}})

    @classmethod
    def load(cls, database: str | os.PathLike) -> KeyFile:
        database = Path(database)
        path = path_for(database)
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_SIZE + 1)
        except FileNotFoundError:
            raise KeyFileError("keys.missing", path=str(database), keys=str(path)) from None
        except OSError as exc:
            raise KeyFileError("keys.unreadable", keys=str(path), reason=exc.strerror or str(exc)) from None
        try:
            data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_SIZE else None
        except (UnicodeDecodeError, ValueError):
            data = None
        if not _well_formed(data):
            raise KeyFileError("keys.damaged", keys=str(path))
        return cls(database, data)

    # -- slots

    @property
    def slots(self) -> dict:
        return self.data["slots"]

    def slot_name(self, username: str) -> str:
        file_id = base64.b64decode(self.data["id"])
        return "user:" + hmac.new(file_id, username.strip().lower().encode("utf-8"),
                                  hashlib.sha256).hexdigest()[:32]

    def has_user(self, username: str) -> bool:
        return self.slot_name(username) in self.slots

    def user_count(self) -> int:
        return sum(1 for name in self.slots if name.startswith("user:"))

    def set_user(self, username: str, password: str, key: bytes, cost: KdfCost = DEFAULT_COST) -> None:
        name = self.slot_name(username)
        salt = os.urandom(16)
        wrapping = _argon2(password, salt, cost)
        self.slots.pop(OPEN, None)
        self.slots[name] = {"kdf": "argon2id", "salt": _b64(salt), "t": cost.time_cost,
                            "m": cost.memory_cost, "p": cost.parallelism, **_seal(wrapping, key, name),
                            "failed": 0, "locked_until": None}

    def remove_user(self, username: str) -> bool:
        return self.slots.pop(self.slot_name(username), None) is not None

    def set_recovery(self, recovery_key: str, key: bytes) -> None:
        normalized = normalize_recovery_key(recovery_key)
        if normalized is None:
            raise ValueError("malformed recovery key")
        salt = os.urandom(16)
        self.slots[RECOVERY] = {"kdf": "hkdf-sha256", "salt": _b64(salt),
                                **_seal(_hkdf(normalized, salt), key, RECOVERY)}

    def set_open(self, key: bytes) -> None:
        salt = os.urandom(16)
        self.slots[OPEN] = {"kdf": "none", "salt": _b64(salt), **_seal(_hkdf("", salt), key, OPEN)}

    @property
    def is_open(self) -> bool:
        """No account yet: the database opens without a password."""
        return OPEN in self.slots and self.user_count() == 0

    def open_without_password(self) -> bytes:
        slot = self.slots.get(OPEN)
        key = None
        if slot is not None and self.user_count() == 0:
            try:
                key = _open(_hkdf("", base64.b64decode(slot["salt"])), slot, OPEN)
            except (KeyError, ValueError, TypeError):
                key = None
        if key is None:
            raise KeyFileError("keys.damaged", keys=str(self.path))
        return key

    def open_with_password(self, username: str, password: str, *, now: datetime | None = None) -> bytes:
        """The database key, or ``auth.failed``/``auth.locked`` (counted, saved) as a log-in says."""
        from inspector.domain.errors import AuthenticationFailed

        now = now or datetime.now(timezone.utc)
        name = self.slot_name(username or "")
        slot = self.slots.get(name)
        if slot is None:
            _argon2(password or "x", os.urandom(16), self._typical_cost())  # the same time as a real try
            raise AuthenticationFailed("auth.failed")
        locked = _parse_time(slot.get("locked_until"))
        if locked is not None and locked > now:
            minutes = max(1, int((locked - now).total_seconds() + 59) // 60)
            raise AuthenticationFailed("auth.locked", minutes=minutes)
        try:
            cost = KdfCost(int(slot["t"]), int(slot["m"]), int(slot["p"]))
            wrapping = _argon2(password or "", base64.b64decode(slot["salt"]), cost)
        except (KeyError, ValueError, TypeError):
            raise KeyFileError("keys.damaged", keys=str(self.path)) from None
        key = _open(wrapping, slot, name)
        if key is None:
            slot["failed"] = int(slot.get("failed") or 0) + 1
            if slot["failed"] >= MAX_FAILED_ATTEMPTS:
                slot["failed"] = 0
                slot["locked_until"] = (now + LOCKOUT).isoformat()
                self._save_quietly()
                raise AuthenticationFailed("auth.locked", minutes=int(LOCKOUT.total_seconds() // 60))
            self._save_quietly()
            raise AuthenticationFailed("auth.failed")
        if slot.get("failed") or slot.get("locked_until"):
            slot["failed"], slot["locked_until"] = 0, None
            self._save_quietly()
        return key

    def _typical_cost(self) -> KdfCost:
        for name, slot in self.slots.items():
            if name.startswith("user:"):
                try:
                    return KdfCost(int(slot["t"]), int(slot["m"]), int(slot["p"]))
                except (KeyError, ValueError, TypeError):
                    break
        return DEFAULT_COST

    def open_with_recovery(self, recovery_key: str) -> bytes:
        normalized = normalize_recovery_key(recovery_key)
        slot = self.slots.get(RECOVERY)
        if normalized is None:
            raise KeyFileError("keys.recovery_malformed")
        if slot is None:
            raise KeyFileError("keys.no_recovery", keys=str(self.path))
        try:
            wrapping = _hkdf(normalized, base64.b64decode(slot["salt"]))
        except (KeyError, ValueError, TypeError):
            raise KeyFileError("keys.damaged", keys=str(self.path)) from None
        key = _open(wrapping, slot, RECOVERY)
        if key is None:
            raise KeyFileError("keys.recovery_wrong")
        return key

    # -- writing

    def save(self) -> None:
        """Replace the file whole (temporary file, fsync, rename)."""
        files.private_folder(self.path.parent)
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        payload = json.dumps(self.data, indent=1, sort_keys=True).encode("utf-8")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     files.PRIVATE_FILE)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            files.make_private(temp)
            os.replace(temp, self.path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        files.sync_folder(self.path.parent)

    def _save_quietly(self) -> None:
        try:
            self.save()
        except OSError as exc:  # read-only media: the count is not kept, the refusal stands
            log.warning("could not record a failed attempt in %s: %s", self.path, exc.strerror or exc)


def _well_formed(data: object) -> bool:
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), dict):
        return False
    try:
        if len(base64.b64decode(data["id"], validate=True)) != 16:
            return False
    except (KeyError, ValueError, TypeError):
        return False
    return all(isinstance(slot, dict) for slot in data["slots"].values())


def _argon2(password: str, salt: bytes, cost: KdfCost) -> bytes:
    return hash_secret_raw(password.encode("utf-8", "surrogatepass"), salt, time_cost=cost.time_cost,
                           memory_cost=cost.memory_cost, parallelism=cost.parallelism, hash_len=32,
                           type=Type.ID)


def _hkdf(normalized: str, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"bcp-inspector recovery key").derive(normalized.encode("ascii"))


def _aad(name: str) -> bytes:
    return f"{FORMAT}|{name}".encode("utf-8")


def _seal(wrapping: bytes, key: bytes, name: str) -> dict:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(wrapping).encrypt(nonce, key, _aad(name)))}


def _open(wrapping: bytes, slot: dict, name: str) -> bytes | None:
    try:
        key = AESGCM(wrapping).decrypt(base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped"]),
                                       _aad(name))
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None
    return key if len(key) == cipher.KEY_SIZE else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _parse_time(text: object) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value
