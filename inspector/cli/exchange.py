"""``inspector export | import | keys | sync``: the offline exchange on the command line.

Every rule lives in :mod:`inspector.exchange`; this module only reads
arguments and prints results.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from inspector.cli.commands import open_database
from inspector.cli.output import add_force, output_path
from inspector.domain.enums import Status
from inspector.domain.errors import ValidationError
from inspector.domain.i18n import tr

log = logging.getLogger(__name__)

PASSWORD_VARIABLE = "INSPECTOR_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=tr("exchange.help_export"))
    p.add_argument("--since", type=_day, metavar="DATE", help=tr("exchange.help_since"))
    p.add_argument("--status", nargs="+", action="extend", choices=[s.value for s in Status], metavar="S",
                   help=tr("exchange.help_status"))
    p.add_argument("--origin", metavar="WORKSTATION", help=tr("exchange.help_origin"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("exchange.help_output"))
    add_force(p)
    p.set_defaults(handler=export)

    p = sub.add_parser("import", help=tr("exchange.help_import"))
    p.add_argument("bundle", metavar="FILE")
    # the global --user, with the help of what it means here (given before or after the command)
    p.add_argument("--user", metavar="USERNAME", default=argparse.SUPPRESS, help=tr("exchange.help_user"))
    p.add_argument("--seal-key", metavar="FILE", help=tr("seal.help_seal_key"))
    p.set_defaults(handler=import_)

    keys = sub.add_parser("keys", help=tr("exchange.help_keys"))
    ks = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ks.add_parser("show", help=tr("exchange.help_keys_show"))
    p.set_defaults(handler=keys_show)
    p = ks.add_parser("export", help=tr("exchange.help_keys_export"))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--officers", action="store_true", help=tr("exchange.help_keys_officers"))
    add_force(p)
    p.set_defaults(handler=keys_export)
    p = ks.add_parser("trust", help=tr("exchange.help_keys_trust"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", help=tr("exchange.help_keys_name"))
    p.add_argument("--head-office", action="store_true", help=tr("exchange.help_keys_head_office"))
    p.set_defaults(handler=keys_trust, writes=True)
    p = ks.add_parser("code", help=tr("exchange.help_keys_code"))
    p.add_argument("code", metavar="CODE")
    p.set_defaults(handler=keys_code, writes=True)
    p = ks.add_parser("list", help=tr("exchange.help_keys_list"))
    p.set_defaults(handler=keys_list)
    p = ks.add_parser("seal-key", help=tr("seal.help_make"))
    p.add_argument("-o", "--output", required=True, metavar="PRIVATE_FILE")
    p.add_argument("--public", required=True, metavar="PUBLIC_FILE")
    p.set_defaults(handler=keys_seal_key)
    p = ks.add_parser("seal-to", help=tr("seal.help_seal_to"))
    p.add_argument("file", metavar="PUBLIC_FILE")
    p.set_defaults(handler=keys_seal_to, writes=True)
    p = ks.add_parser("untrust", help=tr("exchange.help_keys_untrust"))
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p.set_defaults(handler=keys_untrust, writes=True)

    p = sub.add_parser("sync", help=tr("exchange.help_sync"))
    p.add_argument("--to", required=True, metavar="URL", help=tr("exchange.help_to"))
    p.add_argument("--insecure", action="store_true", help=tr("crypt.help_insecure"))
    p.add_argument("--user", metavar="USERNAME", default=argparse.SUPPRESS, help=tr("exchange.help_sync_user"))
    p.set_defaults(handler=sync)


@contextmanager
def _database(args: argparse.Namespace) -> Iterator:
    """The command's database, its connections closed when the command ends."""
    db = open_database(args)
    try:
        yield db
    finally:
        db.dispose()


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("exchange.bad_since", value=text)) from None


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total and (done % 50 == 0 or done == total):
        sys.stderr.write(f"\r{done}/{total}")
        sys.stderr.flush()
        if done == total:
            sys.stderr.write("\n")


# -- bundles -----------------------------------------------------------------------------

def export(args: argparse.Namespace) -> int:
    from inspector.exchange.export import Selection, export_bundle

    selection = Selection(since=args.since, statuses=tuple(Status(s) for s in args.status or ()),
                          origin=args.origin)
    target = output_path(args)
    from inspector.exchange import sealing

    with _database(args) as db:
        summary = export_bundle(db, target, selection=selection, progress=_progress)
        with db.read_session() as session:
            head_office = sealing.recorded_public(session)
        if head_office is not None:  # only head office's private key opens it (issue 15)
            sealing.seal_file(target, head_office)
            print(tr("seal.sealed", path=args.output), file=sys.stderr)
    print(tr("exchange.exported", path=args.output, records=summary.records, revisions=summary.revisions,
             attachments=summary.attachments, fingerprint=summary.fingerprint[:16]))
    return 0


def import_(args: argparse.Namespace) -> int:
    from inspector.exchange import sealing
    from inspector.exchange.errors import BundleRejected
    from inspector.exchange.importer import import_bundle

    if not args.user:
        raise ValidationError("exchange.import_needs_login", field="user")
    seal_key = args.seal_key or os.environ.get("INSPECTOR_SEAL_KEY")
    private = sealing.read_private(Path(seal_key)) if seal_key else None
    try:
        with _database(args) as db, sealing.opened(Path(args.bundle), private) as bundle:
            actor = _login(db, args.user)
            summary = import_bundle(db, bundle, actor=actor, progress=_progress)
    except BundleRejected as exc:
        log.warning("bundle %s refused: %s", args.bundle, exc.message("en"))
        sys.stderr.write(tr("exchange.rejected", reason=exc.message()) + "\n")
        return 1
    m = summary.merge
    print(tr("exchange.imported", file=Path(args.bundle).name, inserted=m.inserted, replaced=m.replaced,
             reviewed=m.reviewed, unchanged=m.unchanged, stale=m.stale, conflicts=m.conflicts,
             users=m.users_created))
    if m.conflicts:
        print(tr("exchange.conflicts_note", count=m.conflicts), file=sys.stderr)
    return 0


def _login(db, username: str):
    """The supervisor or administrator answering for an import: password from INSPECTOR_PASSWORD or asked."""
    from inspector.cli.commands import read_password
    from inspector.services import auth

    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = read_password("cli.password", confirm=False)
    return auth.login(db, username, password)


# -- keys ----------------------------------------------------------------------------------

def keys_seal_key(args: argparse.Namespace) -> int:
    from inspector.exchange import sealing

    private, public = Path(args.output), Path(args.public)
    for path in (private, public):
        if path.exists():
            raise ValidationError("seal.exists", field="file", file=str(path))
    sealing.make_key_pair(private, public)
    print(tr("seal.made", private=str(private), public=str(public)))
    return 0


def keys_seal_to(args: argparse.Namespace) -> int:
    from inspector.exchange import sealing

    key = sealing.read_public(Path(args.file))
    with _database(args) as db, db.session() as session:
        sealing.record_public(session, key)
    print(tr("seal.recorded", file=args.file))
    return 0


def keys_show(args: argparse.Namespace) -> int:
    from inspector.exchange.keys import Keystore, encode_public_key, own_public_key_file, spaced
    from inspector.services.inspections import workstation_code

    keystore = Keystore()
    with _database(args) as db, db.session() as session:
        own = own_public_key_file(session, keystore)
        code = workstation_code(session)
    rows = (("exchange.key_workstation", own.workstation), ("exchange.key_bcp", own.bcp or "-"),
            ("exchange.key_code", code or "-"),
            ("exchange.key_public", encode_public_key(own.public_key)),
            ("exchange.key_fingerprint", spaced(own.fingerprint)), ("exchange.key_file", str(keystore.path)))
    for key, value in rows:
        print(f"{tr(key)}: {value}")
    return 0


def keys_export(args: argparse.Namespace) -> int:
    from inspector.exchange.files import atomic_output
    from inspector.exchange.keys import Keystore, own_public_key_file, spaced

    if args.officers:  # the officers' signing keys, for verifying printed reports elsewhere
        from inspector.exchange import user_keys

        with _database(args) as db, db.read_session() as session:
            data, count = user_keys.to_json(session), len(user_keys.listing(session))
        with atomic_output(output_path(args)) as handle:
            handle.write(data)
        print(tr("exchange.officer_keys_exported", path=args.output, count=count))
        return 0
    target = output_path(args)
    with _database(args) as db, db.session() as session:
        own = own_public_key_file(session, Keystore())
    with atomic_output(target) as handle:
        handle.write(own.to_json())
    print(tr("exchange.key_exported", path=args.output, fingerprint=spaced(own.fingerprint)))
    return 0


def keys_trust(args: argparse.Namespace) -> int:
    from inspector.exchange.keys import read_public_key_file, spaced
    from inspector.exchange.trust import trust

    from inspector.exchange import user_keys

    officers = user_keys.read_file(Path(args.file))
    if officers is not None:
        with _database(args) as db, db.session() as session:
            added = user_keys.trust_officers(session, officers, f"keys trust {Path(args.file).name}")
        print(tr("exchange.officer_keys_trusted", count=added))
        return 0
    key_file = read_public_key_file(Path(args.file))
    with _database(args) as db, db.session() as session:
        row, new = trust(session, None, key_file, args.name, head_office=args.head_office)
        print(tr("exchange.key_trusted" if new else "exchange.key_already_trusted", name=row.name,
                 fingerprint=spaced(row.fingerprint)))
    return 0


def keys_code(args: argparse.Namespace) -> int:
    from inspector.services.inspections import set_workstation_code

    with _database(args) as db, db.session() as session:
        code = set_workstation_code(session, None, args.code)
    print(tr("exchange.workstation_code_given", code=code))
    return 0


def keys_list(args: argparse.Namespace) -> int:
    from inspector.domain.clock import format_datetime
    from inspector.domain.i18n import current_language
    from inspector.exchange.trust import trusted_keys

    with _database(args) as db, db.read_session() as session:
        rows = trusted_keys(session)
        if not rows:
            print(tr("exchange.no_trusted_keys"))
        for row in rows:
            print(f"{row.fingerprint[:16]}  {row.bcp_code or '-':<4} {row.name}  "
                  f"{format_datetime(row.added_at, current_language())}")
    return 0


def keys_untrust(args: argparse.Namespace) -> int:
    from inspector.exchange.trust import untrust

    with _database(args) as db, db.session() as session:
        row = untrust(session, None, args.fingerprint)
        print(tr("exchange.key_untrusted", name=row.name))
    return 0


# -- sync --------------------------------------------------------------------------------------

def sync(args: argparse.Namespace) -> int:
    from inspector.exchange.sync import check_target, require_can_sync
    from inspector.exchange.sync import sync as run_sync

    check_target(args.to, insecure=args.insecure)  # refused before anything is opened
    if not args.user:
        raise ValidationError("exchange.sync_needs_login", field="user")
    with _database(args) as db:
        require_can_sync(_login(db, args.user))
        summary = run_sync(db, args.to, progress=_progress)
    p = summary.push
    print(tr("exchange.synced", target=summary.target, cases=summary.cases, inserted=p.inserted,
             replaced=p.replaced, reviewed=p.reviewed, unchanged=p.unchanged, conflicts=p.conflicts,
             checklists=summary.checklists_pulled, accounts=summary.accounts_pulled,
             deactivated=summary.accounts_deactivated))
    return 0
