"""This workstation's identity: its id and its Ed25519 signing key.

The private key is made on first use and kept as a PKCS#8 PEM file in the
user data folder (``keys/workstation-ed25519.pem``), readable by its owner
only. It is not encrypted: a workstation signs bundles unattended, and the
file's permissions (and the operating system account) protect it. The
workstation id is a UUID kept in the database's ``settings`` table.

A public key travels as a small JSON file (``bcp-workstation-key/1``) that
head office trusts with ``inspector keys trust FILE``; its fingerprint is the
SHA-256 of the raw 32-byte key, read aloud in groups of four to compare it on
the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from inspector.domain import json_input
from inspector.exchange.errors import KeyProblem
from inspector.paths import data_dir
from inspector.services import audit
from inspector.services.inspections import workstation_bcp
from inspector.store.models import Setting

log = logging.getLogger(__name__)

KEY_FILENAME = "workstation-ed25519.pem"
PUBLIC_KEY_FORMAT = "bcp-workstation-key/1"
SETTING_WORKSTATION = "workstation_id"
MAX_PUBLIC_KEY_FILE = 64 * 1024


def default_key_dir() -> Path:
    return data_dir() / "keys"


def fingerprint(public_key: Ed25519PublicKey) -> str:
    return hashlib.sha256(raw_bytes(public_key)).hexdigest()


def raw_bytes(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encode_public_key(public_key: Ed25519PublicKey) -> str:
    return base64.b64encode(raw_bytes(public_key)).decode("ascii")


def decode_public_key(text: object) -> Ed25519PublicKey:
    """A key from the base64 of its 32 raw bytes, as bundles and key files carry it."""
    try:
        raw = base64.b64decode(str(text), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError, TypeError):
        raise KeyProblem("exchange.key_bad_public") from None


def spaced(hex_fingerprint: str) -> str:
    """``ab12 cd34 …``: easier to compare on the phone."""
    return " ".join(hex_fingerprint[i:i + 4] for i in range(0, len(hex_fingerprint), 4))


def verify(public_key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


class Keystore:
    """The signing key of this workstation, in a folder (the user data folder by default)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_key_dir()
        self._private: Ed25519PrivateKey | None = None

    @property
    def path(self) -> Path:
        return self.directory / KEY_FILENAME

    def private_key(self) -> Ed25519PrivateKey:
        """The key, generated and saved on first use."""
        if self._private is None:
            self._private = self._load() if self.path.exists() else self._create()
        return self._private

    def public_key(self) -> Ed25519PublicKey:
        return self.private_key().public_key()

    def fingerprint(self) -> str:
        return fingerprint(self.public_key())

    def sign(self, data: bytes) -> bytes:
        return self.private_key().sign(data)

    def _create(self) -> Ed25519PrivateKey:
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(self.directory, 0o700)  # mkdir's mode is masked by the umask
        try:
            # O_EXCL: a second process starting at the same moment keeps the first key.
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            return self._load()
        try:
            os.write(fd, pem)
            os.fsync(fd)
        finally:
            os.close(fd)
        log.info("generated the workstation signing key %s", self.path)
        return key

    def _load(self) -> Ed25519PrivateKey:
        _owner_only(self.path, 0o600)
        try:
            key = serialization.load_pem_private_key(self.path.read_bytes(), password=None)
        except (OSError, ValueError, TypeError, UnsupportedAlgorithm) as exc:
            log.error("cannot read the workstation key %s: %s", self.path, exc)
            raise KeyProblem("exchange.key_unreadable", path=str(self.path)) from None
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyProblem("exchange.key_unreadable", path=str(self.path))
        return key


def _owner_only(path: Path, mode: int) -> None:
    """Tighten permissions that let others read the key (POSIX; Windows uses the profile's ACL)."""
    if os.name != "posix":
        return
    current = stat.S_IMODE(path.stat().st_mode)
    if current & 0o077:
        log.warning("%s was accessible to others (%o); restricting it to %o", path, current, mode)
        os.chmod(path, mode)


# -- the workstation id -------------------------------------------------------------

def workstation_id(session: Session) -> str:
    """This database's workstation id, made (and audited) on first use."""
    row = session.get(Setting, SETTING_WORKSTATION)
    if row is not None:
        return row.value
    value = str(uuid.uuid4())
    session.add(Setting(key=SETTING_WORKSTATION, value=value))
    session.flush()
    audit.record(session, None, "exchange.workstation_id", "setting", SETTING_WORKSTATION, new=value)
    return value


# -- public key files ---------------------------------------------------------------

@dataclass(frozen=True)
class PublicKeyFile:
    """What ``inspector keys export`` writes and ``inspector keys trust`` reads."""

    public_key: Ed25519PublicKey
    workstation: str | None = None
    bcp: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_json(self) -> bytes:
        data = {"format": PUBLIC_KEY_FORMAT, "workstation": self.workstation, "bcp": self.bcp,
                "public_key": encode_public_key(self.public_key), "fingerprint": self.fingerprint}
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def own_public_key_file(session: Session, keystore: Keystore) -> PublicKeyFile:
    return PublicKeyFile(keystore.public_key(), workstation_id(session), workstation_bcp(session))


def read_public_key_file(path: Path) -> PublicKeyFile:
    """A ``bcp-workstation-key/1`` JSON file, or a plain PEM public key."""
    try:
        if path.stat().st_size > MAX_PUBLIC_KEY_FILE:
            raise KeyProblem("exchange.key_file_invalid", path=str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyProblem("exchange.key_file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if raw.lstrip().startswith(b"-----BEGIN PUBLIC KEY-----"):
        try:
            key = serialization.load_pem_public_key(raw)
        except (ValueError, UnsupportedAlgorithm):
            raise KeyProblem("exchange.key_file_invalid", path=str(path)) from None
        if not isinstance(key, Ed25519PublicKey):
            raise KeyProblem("exchange.key_file_invalid", path=str(path))
        return PublicKeyFile(key)
    try:
        data = json_input.strict(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: also repeated keys, huge numbers
        raise KeyProblem("exchange.key_file_invalid", path=str(path)) from None
    if not isinstance(data, dict) or data.get("format") != PUBLIC_KEY_FORMAT:
        raise KeyProblem("exchange.key_file_invalid", path=str(path))
    key = decode_public_key(data.get("public_key"))
    result = PublicKeyFile(key, _short_text(data.get("workstation"), 64), _short_text(data.get("bcp"), 8))
    stated = data.get("fingerprint")
    if stated is not None and str(stated).replace(" ", "").lower() != result.fingerprint:
        raise KeyProblem("exchange.key_fingerprint_mismatch", path=str(path))
    return result


def _short_text(value: object, limit: int) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= limit and value.isprintable() else None
