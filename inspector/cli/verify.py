"""``inspector verify FILE.pdf | --qr TEXT [--keys FILE]``: is a printed report genuine?

Exit 0 genuine, 1 not genuine or superseded by a later revision (one line
saying why). With the record in the
database, the copy is checked against it (content, hash, signatures, status);
without it, against the officers' public keys alone: those trusted here
(``inspector keys trust`` of a ``keys export --officers`` file) or given with
``--keys``.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
from pathlib import Path

from inspector.domain.enums import Status
from inspector.domain.errors import DomainError, NotFound
from inspector.domain.i18n import label, tr

log = logging.getLogger(__name__)


class NotGenuine(DomainError):
    """The copy does not hold: exit 1 with the reason."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help=tr("verify.help"), description=tr("verify.help"))
    p.add_argument("pdf", nargs="?", metavar="FILE.pdf")
    p.add_argument("--qr", metavar="TEXT", help=tr("verify.help_qr"))
    p.add_argument("--keys", metavar="FILE", help=tr("verify.help_keys"))
    p.set_defaults(handler=functools.partial(verify, parser=p))


def verify(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from inspector.services.signatures import parse_qr

    if (args.pdf is None) == (args.qr is None):
        parser.error(tr("verify.usage"))
    text = args.qr if args.qr is not None else payload_of_pdf(Path(args.pdf))
    code = parse_qr(text)
    if code is None:
        raise NotGenuine("verify.not_ours")
    offline = _offline_keys(Path(args.keys)) if args.keys else None
    message = _against_keys(code, offline) if offline is not None else _against_database(args, code)
    print(message)
    return 0


def payload_of_pdf(path: Path) -> str:
    """The report code a BCP Inspector PDF carries in its metadata (Keywords)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except (OSError, pypdfium2.PdfiumError) as exc:
        raise NotGenuine("verify.unreadable", path=str(path), reason=str(exc)[:200]) from None
    try:
        keywords = pdf.get_metadata_value("Keywords") or ""
    finally:
        pdf.close()
    for token in keywords.split():
        if token.startswith("BCP2*"):
            return token
    raise NotGenuine("verify.no_code", path=str(path))


def _status(status: Status | None) -> str:
    return label(status) if status is not None else tr("verify.superseded_status")


def _against_database(args: argparse.Namespace, code) -> str:
    from inspector.cli.commands import open_database
    from inspector.services import inspections
    from inspector.services.documents import record_hash
    from inspector.services.signatures import RecordNotGenuine, require_genuine

    db = open_database(args)
    try:
        with db.read_session() as session:
            try:
                inspection = inspections.get(session, code.reference, code.revision)
            except NotFound:
                keys = _trusted_officer_keys(session)
                if keys:
                    return _against_keys(code, keys)
                raise NotGenuine("verify.no_record", reference=code.reference, revision=code.revision) from None
            try:
                document = require_genuine(session, inspection)
            except RecordNotGenuine as exc:
                raise NotGenuine("verify.record_bad", reason=exc.message()) from None
            actual = inspection.record_hash or record_hash(document)
            if actual != code.record_hash:
                raise NotGenuine("verify.hash_differs", reference=code.reference, revision=code.revision)
            status = Status(inspection.status)
            reviewed_since = code.status is Status.FINALIZED and status in (Status.APPROVED, Status.RETURNED)
            if code.superseded and inspection.is_current:
                raise NotGenuine("verify.status_differs", printed=_status(None), actual=_status(status))
            if code.status is not status and not reviewed_since and not code.superseded:
                raise NotGenuine("verify.status_differs", printed=_status(code.status), actual=_status(status))
            final = document.get("finalization")
            if status.locked:
                from inspector.services import keys

                if code.signature is None or final is None:
                    raise NotGenuine("verify.unsigned")
                import base64

                if base64.b64decode(final["value"]) != code.signature \
                        or not keys.verify(keys.decode_public(_public_of(session, final["key_fingerprint"])),
                                           final["value"], code.statement):
                    raise NotGenuine("verify.bad_signature")
                if not inspection.is_current:  # printed before or after it was replaced: not valid now
                    raise NotGenuine("verify.superseded", reference=code.reference, revision=code.revision,
                                     status=_status(status), successor=inspection.revision + 1)
                return tr("verify.genuine", reference=code.reference, revision=code.revision,
                          status=_status(status), signer=_person(final["signed_by"]))
            if not inspection.is_current:
                raise NotGenuine("verify.superseded", reference=code.reference, revision=code.revision,
                                 status=_status(status), successor=inspection.revision + 1)
            return tr("verify.genuine_unsigned", reference=code.reference, revision=code.revision,
                      status=_status(status))
    finally:
        db.dispose()


def _public_of(session, fingerprint: str) -> str | None:
    from sqlalchemy import select

    from inspector.store.models import UserKey

    return session.scalar(select(UserKey.public_key).where(UserKey.fingerprint == fingerprint))


def _person(ref: dict | None) -> str:
    ref = ref or {}
    badge = f" ({ref['badge_number']})" if ref.get("badge_number") else ""
    return f"{ref.get('full_name', '?')}{badge}"


def _trusted_officer_keys(session) -> list[dict]:
    from inspector.exchange import user_keys

    return [{**k, "created_at": None} for k in user_keys.listing(session)]


def _offline_keys(path: Path) -> list[dict]:
    from inspector.exchange import user_keys
    from inspector.exchange.errors import BundleRejected

    try:
        data = json.loads(path.read_text("utf-8-sig"))
        return user_keys.parse(data, str(path))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, BundleRejected):
        raise NotGenuine("exchange.bad_keys", name=str(path)) from None


def _against_keys(code, candidates: list[dict]) -> str:
    """Without the record: the finalization signature must verify with a known officer's key."""
    import base64

    from inspector.services import keys

    if code.signature is None:
        raise NotGenuine("verify.unsigned")
    wanted = (code.key_id or "").lower()
    for entry in candidates:
        if not entry["fingerprint"].startswith(wanted):
            continue
        public = keys.decode_public(entry["public_key"])
        if keys.verify(public, base64.b64encode(code.signature).decode("ascii"), code.statement):
            who = _person({"full_name": entry.get("full_name") or entry["username"],
                           "badge_number": entry.get("badge_number")})
            return tr("verify.genuine_offline", reference=code.reference, revision=code.revision,
                      status=_status(code.status), signer=who)
        raise NotGenuine("verify.bad_signature")
    raise NotGenuine("verify.no_key", key=wanted[:12])
