"""Bundles sealed to head office: only head office's private key opens them (issue 15).

A thin layer around the bundle file, which stays signed as it is
(docs/exchange.md): the whole file is encrypted to head office's X25519 public
key as a *sealed box* — a fresh ephemeral key pair per bundle, the shared
secret through HKDF-SHA256 (bound to both public keys), AES-256-GCM over the
bundle with the file's header as associated data. Whoever finds the USB stick
sees random bytes; the workstation that made it cannot open it either.

File: ``BCPSEAL1\\n`` · ephemeral public key (32 bytes) · nonce (12) · ciphertext.

Keys: head office makes a pair (``inspector keys seal-key``): the private
key file stays at head office (0600); the public key file goes to each post,
which records it (``inspector keys seal-to FILE``, a setting in the encrypted
database). From then on ``inspector export`` seals every bundle, and
``inspector import --seal-key FILE`` opens them at head office.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from inspector.domain.errors import ValidationError
from inspector.store import files
from inspector.store.models import Setting

MAGIC = b"BCPSEAL1\n"
PUBLIC_FORMAT, PRIVATE_FORMAT = "bcp-seal-key/1", "bcp-seal-private-key/1"
SETTING = "exchange.seal_public_key"
_RAW = serialization.Encoding.Raw


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, serialization.PublicFormat.Raw)


def _aead_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=b"bcp-inspector sealed bundle").derive(shared)


def seal(data: bytes, recipient: X25519PublicKey) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    key = _aead_key(ephemeral.exchange(recipient), ephemeral_public, _public_bytes(recipient))
    nonce = os.urandom(12)
    header = MAGIC + ephemeral_public + nonce
    return header + AESGCM(key).encrypt(nonce, data, header)


def unseal(data: bytes, private: X25519PrivateKey, name: str) -> bytes:
    header_size = len(MAGIC) + 32 + 12
    if not data.startswith(MAGIC) or len(data) < header_size + 16:
        raise ValidationError("seal.damaged", field="bundle", file=name)
    ephemeral_public = data[len(MAGIC):len(MAGIC) + 32]
    nonce = data[len(MAGIC) + 32:header_size]
    key = _aead_key(private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)), ephemeral_public,
                    _public_bytes(private.public_key()))
    try:
        return AESGCM(key).decrypt(nonce, data[header_size:], data[:header_size])
    except InvalidTag:
        raise ValidationError("seal.wrong_key", field="bundle", file=name) from None


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


# -- key files ----------------------------------------------------------------------------------

def make_key_pair(private_path: Path, public_path: Path) -> X25519PublicKey:
    """Head office's pair: the private key file (0600, never leaves head office) and the public one."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    _write_private(private_path, json.dumps({"format": PRIVATE_FORMAT,
                                             "private": base64.b64encode(raw).decode()}).encode())
    public_path.write_text(json.dumps({"format": PUBLIC_FORMAT,
                                       "public": base64.b64encode(_public_bytes(private.public_key())).decode()}),
                           "utf-8")
    return private.public_key()


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), files.PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _read_key_file(path: Path, fmt: str, field: str) -> bytes:
    try:
        data = json.loads(Path(path).read_bytes()[:4096].decode("utf-8"))
        raw = base64.b64decode(data[field], validate=True) if data.get("format") == fmt else b""
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raw = b""
    if len(raw) != 32:
        raise ValidationError("seal.bad_key_file", field="file", file=str(path))
    return raw


def read_public(path: Path) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(_read_key_file(path, PUBLIC_FORMAT, "public"))


def read_private(path: Path) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_read_key_file(path, PRIVATE_FORMAT, "private"))


# -- the workstation's recorded key ---------------------------------------------------------------

def record_public(session: Session, key: X25519PublicKey) -> None:
    value = base64.b64encode(_public_bytes(key)).decode()
    row = session.get(Setting, SETTING)
    if row is None:
        session.add(Setting(key=SETTING, value=value))
    else:
        row.value = value


def recorded_public(session: Session) -> X25519PublicKey | None:
    row = session.get(Setting, SETTING)
    if row is None:
        return None
    return X25519PublicKey.from_public_bytes(base64.b64decode(row.value))


# -- files ------------------------------------------------------------------------------------------

def seal_file(path: Path, recipient: X25519PublicKey) -> None:
    """Replace the bundle at ``path`` with its sealed form (temporary file, fsync, rename)."""
    path = Path(path)
    sealed = seal(path.read_bytes(), recipient)
    temp = path.with_name(f".{path.name}.{os.getpid()}.seal.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), files.PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def opened(path: Path, private: X25519PrivateKey | None) -> Iterator[Path]:
    """The bundle to import: ``path`` itself, or its unsealed copy in a private temporary folder."""
    path = Path(path)
    if not is_sealed(path):
        yield path
        return
    if private is None:
        raise ValidationError("seal.key_needed", field="bundle", file=path.name)
    plain = unseal(files.read_user_file(path), private, path.name)
    with tempfile.TemporaryDirectory(prefix="bcp-unsealed-") as folder:
        target = Path(folder) / path.name
        _write_private(target, plain)
        yield target
