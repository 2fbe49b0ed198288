"""The sub-commands of ``inspector``; each calls core services only."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from inspector.cli import checklist_workbook
from inspector.domain.enums import Agency, Role, Status
from inspector.domain.errors import ValidationError
from inspector.domain.i18n import current_language, label, languages, tr
from inspector.paths import default_database, user_checklist_dir

if TYPE_CHECKING:  # the parser is built without them; each handler imports what it uses
    from inspector.checklists.registry import ChecklistRegistry


def register(sub: argparse._SubParsersAction) -> None:
    checklists = sub.add_parser("checklists", help=tr("cli.help_checklists"))
    cl = checklists.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = cl.add_parser("list", help=tr("cli.help_checklists_list"))
    p.set_defaults(handler=checklists_list)
    p = cl.add_parser("validate", help=tr("cli.help_checklists_validate"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=checklists_validate)
    p = cl.add_parser("show", help=tr("cli.help_checklists_show"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--version", dest="checklist_version", metavar="V")
    p.add_argument("--lang", dest="show_lang", choices=languages())
    p.set_defaults(handler=checklists_show)
    checklist_workbook.add_actions(cl)

    users = sub.add_parser("users", help=tr("cli.help_users"))
    us = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = us.add_parser("add", help=tr("cli.help_users_add"))
    p.add_argument("--username", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--agency", choices=[a.value for a in Agency])
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--badge")
    p.add_argument("--admin", metavar="USERNAME", help=tr("cli.help_users_admin"))
    p.set_defaults(handler=users_add)
    p = us.add_parser("list", help=tr("cli.help_users_list"))
    p.set_defaults(handler=users_list)

    p = sub.add_parser("demo", help=tr("cli.help_demo"))
    p.add_argument("--inspections", type=_count, default=200, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=demo)

    insp = sub.add_parser("inspections", help=tr("cli.help_inspections"))
    ins = insp.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ins.add_parser("list", help=tr("cli.help_inspections_list"))
    p.add_argument("--status", choices=[s.value for s in Status], action="append")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--limit", type=_count, default=None, metavar="N")
    p.set_defaults(handler=inspections_list)
    p = ins.add_parser("show", help=tr("cli.help_inspections_show"))
    p.add_argument("key", metavar="REF|UUID")
    p.add_argument("--revision", type=int, metavar="N")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--history", action="store_true", help=tr("cli.help_show_history"))
    p.set_defaults(handler=inspections_show)
    p = ins.add_parser("create", help=tr("cli.help_inspections_create"))
    p.add_argument("--from", dest="source", required=True, metavar="FILE.json")
    p.set_defaults(handler=inspections_create)

    p = sub.add_parser("check", help=tr("cli.help_check"))
    p.add_argument("--quick", action="store_true", help=tr("cli.help_check_quick"))
    p.add_argument("--days", type=_days, default=7, metavar="N", help=tr("cli.help_check_days"))
    p.set_defaults(handler=check)


def _days(text: str) -> int:
    value = _count(text)
    if value > 36600:
        raise argparse.ArgumentTypeError(tr("cli.days_too_many", max=36600))
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(tr("cli.not_negative"))
    return value


def open_database(args: argparse.Namespace):
    """The database of ``--db`` / ``INSPECTOR_DB``, checked before use (SPEC §9).

    A damaged, truncated, empty, foreign or non-SQLite file is refused with a
    message naming it and its latest good backup; nothing is written to it.
    Commands that write (listed here, or any whose parser sets ``writes=True``)
    take the database's write lock — refused while the app or another writer
    holds it — and make the day's first backup; readers take no lock, so they
    work while the app is open, and on read-only media. ``check`` also
    verifies attachment contents. The database is closed when the command ends.
    """
    import logging

    from inspector.store.database import DatabaseError, after_open, open_checked

    writing = {("users", "add"), ("inspections", "create"), ("demo", None), ("import", None),
               ("sync", None)}
    writes = bool(getattr(args, "writes", False)) or (
        args.command, getattr(args, "action", None)) in writing
    from inspector.cli.encryption import unlock
    from inspector.store.engine import sqlite_path

    path = sqlite_path(args.db or default_database())
    if path is not None:
        unlock(args, path)  # log-in before data: an encrypted file opens with a user's password
    opened = open_checked(args.db or default_database(), writes=writes,
                          level=_open_level(args))
    _opened.append(opened)
    for notice in opened.notices:
        print(notice.message(), file=sys.stderr)
    if writes and opened.state is not None and not opened.state.is_new:
        try:
            after_open(opened)
        except DatabaseError as exc:  # warn, but let the work go on
            logging.getLogger(__name__).warning("daily backup of %s failed: %s", opened.db.path,
                                                exc.message("en"))
            print(exc.message(), file=sys.stderr)
    return opened.db


_opened: list = []


def close_databases(args: argparse.Namespace | None = None) -> None:
    """Close what this command opened and release its lock, as the process's exit would."""
    while _opened:
        _opened.pop().close()
    from inspector.cli.encryption import finish

    finish(args)


def registry() -> ChecklistRegistry:
    from inspector.checklists.registry import ChecklistRegistry

    return ChecklistRegistry(user_checklist_dir())


def start_app(args: argparse.Namespace) -> int:
    from inspector.app import run_app

    return run_app(args.db, args.lang)


# -- checklists ---------------------------------------------------------------

def checklists_list(args: argparse.Namespace) -> int:
    from inspector.checklists.model import localize

    reg = registry()
    lang = current_language()
    for d in reg.all():
        latest = reg.latest(d.agency)
        mark = "*" if latest is not None and latest.sha256 == d.sha256 else " "
        print(f"{mark} {d.id:<26} {d.version:<10} {label(d.agency, lang):<32} "
              f"{len(d.items):>3} {tr('cli.items')}  {localize(d.title, lang)}")
    for result in reg.failed:
        print(tr("cli.checklist_not_loaded", file=result.filename, count=len(result.problems)),
              file=sys.stderr)
    print(tr("cli.user_checklist_dir", path=str(user_checklist_dir())))
    return 0


def checklists_validate(args: argparse.Namespace) -> int:
    from inspector.checklists.loader import load_file

    failed = 0
    db = open_database(args) if args.db else None
    for name in args.files:
        result = load_file(name)
        if db is not None:
            from inspector.services.checklists import check_against_database

            with db.session() as session:
                result = check_against_database(session, result)
        if result.ok:
            d = result.definition
            print(tr("cli.checklist_valid", file=name, id=d.id, version=d.version, items=len(d.items)))
        else:
            failed += 1
            for message in result.messages():
                print(message, file=sys.stderr)
    return 1 if failed else 0


def checklists_show(args: argparse.Namespace) -> int:
    from inspector.checklists.model import localize
    from inspector.domain.errors import NotFound

    d = registry().get(args.id, args.checklist_version)
    if d is None:
        raise NotFound("checklist.not_found", id=args.id, version=args.checklist_version or "-")
    lang = args.show_lang or current_language()
    print(f"{localize(d.title, lang)} — {d.id} {d.version} ({label(d.agency, lang)})")
    print(f"{tr('cli.outcomes', lang)}: {', '.join(label(o, lang) for o in d.outcomes)}")
    for section in d.sections:
        print(f"\n== {localize(section.title, lang)}")
        for item in section.items:
            flags = []
            if item.required:
                flags.append(tr("cli.required", lang))
            if item.severity:
                flags.append(label(item.severity, lang))
            if item.show_if:
                flags.append(tr("cli.conditional", lang))
            flags += _limits(item, lang)
            extra = f" [{', '.join(flags)}]" if flags else ""
            print(f"  {item.id:<30} {item.type.value:<12} {localize(item.text, lang)}{extra}")
            for option in item.options:
                alone = f" [{tr('cli.option_alone', lang)}]" if option.exclusive else ""
                print(f"      - {option.value}: {localize(option.label, lang)}{alone}")
    return 0


def _limits(item, lang: str) -> list[str]:
    """What an answer must be: unit, range and decimals of a number, length of a text."""
    from inspector.domain.enums import QuestionType
    from inspector.domain.validation import plain

    if item.type is QuestionType.NUMBER:
        unit = item.unit_label(lang)
        parts = [tr("cli.unit", lang, unit=unit)] if unit else []
        if item.min is not None or item.max is not None:
            low = plain(item.min) if item.min is not None else "…"
            high = plain(item.max) if item.max is not None else "…"
            parts.append(tr("cli.range", lang, min=low, max=high))
        parts.append(tr("cli.decimals", lang, decimals=item.decimals))
        rule = item.noncompliant_number
        if rule is not None and rule.above is not None:
            parts.append(tr("cli.finding_above", lang, value=plain(rule.above)))
        if rule is not None and rule.below is not None:
            parts.append(tr("cli.finding_below", lang, value=plain(rule.below)))
        return parts
    if item.type is QuestionType.TEXT:
        return [tr("cli.max_length", lang, max=item.max_length)]
    return []


# -- users ----------------------------------------------------------------------

def read_password(prompt_key: str = "cli.password", confirm: bool = True) -> str:
    """From the terminal (asked twice), or one line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(tr(prompt_key) + ": ")
        if not confirm:
            return first
        second = getpass.getpass(tr("cli.password_again") + ": ")
        if first != second:
            raise ValidationError("auth.passwords_differ", field="password")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def users_add(args: argparse.Namespace) -> int:
    """The first account is the admin; after that an admin authorizes each new one."""
    from inspector.services import auth

    db = open_database(args)
    with db.read_session() as session:
        first = not auth.has_users(session)
    actor = None
    if not first:
        if not args.admin:
            raise ValidationError("cli.admin_required", field="admin")
        unlocked = getattr(args, "unlocked_as", None)  # the admin's password opened the database already
        password = unlocked[1] if unlocked and unlocked[0] == args.admin.strip().lower() else None
        actor = auth.login(db, args.admin, password if password is not None
                           else read_password("cli.admin_password", confirm=False))
    password = read_password()
    with db.session() as session:
        user = auth.create_user(session, actor, username=args.username, full_name=args.name,
                                role=args.role, agency=args.agency, password=password,
                                badge_number=args.badge)
        print(tr("cli.user_created", username=user.username, role=label(Role(user.role))))
    return 0


def users_list(args: argparse.Namespace) -> int:
    from inspector.services import auth

    with open_database(args).session() as session:
        for user in auth.list_users(session):
            agency = label(Agency(user.agency)) if user.agency else "-"
            state = "" if user.active else f" ({tr('cli.inactive')})"
            print(f"{user.username:<20} {label(Role(user.role)):<16} {agency:<32} {user.full_name}{state}")
    return 0


# -- demo -------------------------------------------------------------------------

def demo(args: argparse.Namespace) -> int:
    from inspector.demo.generator import generate

    db = open_database(args)
    summary = generate(db, registry(), inspections=args.inspections, seed=args.seed,
                       progress=lambda done, total: _progress(done, total))
    sys.stderr.write("\n" if args.inspections else "")
    print(tr("cli.demo_done", count=summary.inspections, db=db.display_name))
    _print_demo_accounts(db, summary)
    return 0


def _print_demo_accounts(db, summary) -> None:
    """Every account the demo uses: role, agency, username and name, and their password."""
    from inspector.services import auth

    order = {Role.ADMIN.value: 0, Role.SUPERVISOR.value: 1, Role.OFFICER.value: 2}
    agencies = {a.value: n for n, a in enumerate(Agency)}
    with db.read_session() as session:
        users = [u for u in auth.list_users(session) if u.username in set(summary.usernames)]
    users.sort(key=lambda u: (order.get(u.role, 3), agencies.get(u.agency, -1), u.username))
    if summary.password:
        print(tr("cli.demo_accounts", count=len(users), password=summary.password))
    else:
        print(tr("cli.demo_accounts_existed", count=len(users)))
    rows = [(label(Role(u.role)), label(Agency(u.agency)) if u.agency else tr("cli.all_agencies"), u.username,
             u.full_name) for u in users]
    widths = [max(len(row[n]) for row in rows) for n in range(3)] if rows else [0, 0, 0]
    for role, agency, username, name in rows:
        print(f"  {role:<{widths[0]}}  {agency:<{widths[1]}}  {username:<{widths[2]}}  {name}")


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and (done % 50 == 0 or done == total):
        sys.stderr.write(f"\r{done}/{total}")
        sys.stderr.flush()


# -- inspections --------------------------------------------------------------------

def inspections_list(args: argparse.Namespace) -> int:
    from inspector.services import queries

    statuses = tuple(Status(s) for s in args.status or ())
    flt = queries.InspectionFilter(statuses=statuses)
    rows: list = []
    with open_database(args).read_session() as session:
        offset, size = 0, 1000
        while args.limit is None or len(rows) < args.limit:
            batch = queries.page(session, flt, offset, size)
            rows += batch
            offset += size
            if len(batch) < size:
                break
    rows = rows[: args.limit] if args.limit is not None else rows
    if args.format == "json":
        from inspector.domain.clock import iso

        print(json.dumps([{
            "reference": r.reference, "uuid": r.uuid, "revision": r.revision, "status": r.status,
            "bcp": r.bcp_code, "arrived_at": iso(r.arrived_at), "released_at": iso(r.released_at),
            "tractor_plate": r.tractor_plate, "trailer_plate": r.trailer_plate,
            "decision": r.decision, "agencies": list(r.agencies), "lead_officer": r.lead_officer,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    from inspector.domain.clock import format_datetime

    lang = current_language()
    for r in rows:
        arrived = format_datetime(r.arrived_at, lang) if r.arrived_at else "-"
        agencies = ",".join(a[:4] for a in r.agencies)
        decision = label_or_dash(r.decision, lang)
        print(f"{r.reference:<16} {label(Status(r.status), lang):<14} {arrived:<17} "
              f"{(r.tractor_plate or '-'):<14} {decision:<24} {agencies}")
    print(tr("cli.count", count=len(rows)), file=sys.stderr)
    return 0


def label_or_dash(decision: str | None, lang: str) -> str:
    from inspector.domain.enums import Decision

    return label(Decision(decision), lang) if decision else "-"


def inspections_show(args: argparse.Namespace) -> int:
    """The record, after its hash and signatures are checked (a forged record is refused)."""
    from inspector.services import inspections
    from inspector.services.documents import record_hash
    from inspector.services.signatures import require_genuine

    with open_database(args).read_session() as session:
        inspection = inspections.get(session, args.key, args.revision)
        document = require_genuine(session, inspection)
        trail = _trail(session, inspection.uuid) if args.history else None
    if args.format == "json":
        print(json.dumps(document if trail is None else {**document, "audit_trail": trail}, ensure_ascii=False,
                         indent=2))
        return 0
    from inspector.cli.show import render_text

    print(render_text(document, record_hash(document), current_language()))
    if trail is not None:
        print()
        print(tr("cli.history_heading", count=len(trail)))
        for e in trail:
            where = f" [{e['origin']}]" if e.get("origin") else ""
            change = json.dumps(e["new"], ensure_ascii=False, sort_keys=True) if e["new"] is not None else ""
            print(f"  {e['at']}  {e['username']}{where}  {e['action']}  {e['entity_id'] or ''}  {change}".rstrip())
    return 0


def _trail(session, uuid: str) -> list[dict]:
    """The case's audit trail as ``show --history`` prints it (services.audit.history)."""
    from inspector.services import audit

    return [{"at": e.at.isoformat(), "username": e.username, "origin": getattr(e, "origin", None),
             "action": e.action, "entity_id": e.entity_id, "old": e.old, "new": e.new}
            for e in audit.history(session, uuid)]


def inspections_create(args: argparse.Namespace) -> int:
    from inspector.domain import json_input
    from inspector.domain.fields import FieldName
    from inspector.services import consignment, inspections

    path = Path(args.source)
    from inspector.store.files import refuse_open_database

    name = FieldName(str(path), verbatim=True)
    limit = 10 * 1024 * 1024
    try:
        refuse_open_database(path)
        with path.open("rb") as file:  # at most the limit, even from /dev/zero
            raw = file.read(limit + 1)
    except OSError as exc:
        raise ValidationError("cli.cannot_read", field=name, reason=exc.strerror or str(exc)) from None
    if len(raw) > limit:
        raise ValidationError("cli.file_too_large", field=name, max_mb=10)
    data = json_input.loads(raw, str(path))
    if not isinstance(data, dict):
        raise ValidationError("validation.object", field="document")
    fmt = data.get("format")
    if fmt not in (None, "bcp-inspection/1"):
        raise ValidationError("cli.bad_document_format", field="format", value=fmt)
    consignment.check_pre_arrival_keys(data)
    reg = registry()
    with open_database(args).session() as session:
        inspection = inspections.create(session, None, data, reg)
        print(tr("cli.created", reference=inspection.reference, uuid=inspection.uuid))
    return 0


# -- check ------------------------------------------------------------------------

def _open_level(args: argparse.Namespace) -> str:
    """The check on opening: ``check`` verifies photo contents too; ``check --quick``
    leaves the page check to its own quick_check (one pass, not two)."""
    if args.command != "check":
        return "quick"
    return "header" if args.quick else "content"

def check(args: argparse.Namespace) -> int:
    from inspector.services import integrity

    db = open_database(args)
    report = integrity.run(db, quick=args.quick, days=args.days)
    if report.ok and args.quick:
        print(tr("cli.check_quick_ok", db=db.display_name, entries=report.audit_entries, days=args.days,
                 records=report.records))
        return 0
    if report.ok:
        print(tr("cli.check_ok", db=db.display_name, entries=report.audit_entries,
                 records=report.locked_records))
        if report.legacy_records:  # not tampered: from before signatures, checked against their recorded hashes
            print(tr("sig.legacy_note", count=report.legacy_records))
        return 0
    for finding in report.findings:
        print(finding.message(), file=sys.stderr)
    print(tr("cli.check_failed", db=db.display_name, count=len(report.findings)), file=sys.stderr)
    return 1
