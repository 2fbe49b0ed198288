"""``inspector checklists import | export | template``: checklists authored in Excel.

    inspector checklists import FILE.xlsx -o FILE.yaml [--force]
    inspector checklists export ID [--version V] -o FILE.xlsx [--force]
    inspector checklists template -o FILE.xlsx [--force]

``-o`` refuses an existing file without ``--force`` (SPEC §6) and writes
atomically: a failure leaves no half-written file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector.domain.errors import NotFound, ValidationError
from inspector.domain.i18n import tr


def add_actions(actions: argparse._SubParsersAction) -> None:
    """Adds the workbook actions to the ``checklists`` command's sub-parsers."""
    p = actions.add_parser("import", help=tr("workbook.help_import"))
    p.add_argument("workbook", metavar="FILE.xlsx")
    p.add_argument("-o", "--output", required=True, metavar="FILE.yaml")
    p.add_argument("--force", action="store_true", help=tr("workbook.help_force"))
    p.set_defaults(handler=import_workbook)
    p = actions.add_parser("export", help=tr("workbook.help_export"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--version", dest="checklist_version", metavar="V")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help=tr("workbook.help_force"))
    p.set_defaults(handler=export_workbook)
    p = actions.add_parser("template", help=tr("workbook.help_template"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--force", action="store_true", help=tr("workbook.help_force"))
    p.set_defaults(handler=write_template)


def _target(args: argparse.Namespace) -> Path:
    target = Path(args.output).expanduser()
    if target.is_dir() or (target.exists() and not args.force):
        raise ValidationError("workbook.output_exists", field="output", path=str(target))
    return target


def _write(target: Path, data: bytes) -> None:
    from inspector.exchange.files import atomic_output

    with atomic_output(target) as handle:
        handle.write(data)


def import_workbook(args: argparse.Namespace) -> int:
    from inspector.checklists.workbook import read_workbook

    source = Path(args.workbook).expanduser()
    target = _target(args)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise ValidationError("workbook.output_is_input", field="output")
    result = read_workbook(source)
    if result.ok and args.db:
        _check_frozen(args, result)
    if not result.ok:
        for message in result.messages():
            print(message, file=sys.stderr)
        print(tr("workbook.refused", file=result.filename, count=len(result.problems)), file=sys.stderr)
        return 1
    _write(target, result.yaml_text.encode("utf-8"))
    d = result.definition
    print(tr("workbook.converted", file=result.filename, id=d.id, version=d.version, items=len(d.items),
             output=str(target)))
    return 0


def _check_frozen(args: argparse.Namespace, result) -> None:
    from inspector.cli.commands import open_database
    from inspector.services.checklist_preview import check_workbook_against_database

    with open_database(args).read_session() as session:
        check_workbook_against_database(session, result)


def export_workbook(args: argparse.Namespace) -> int:
    from inspector.checklists.workbook_export import export_definition
    from inspector.cli.commands import registry

    target = _target(args)
    definition = registry().get(args.id, args.checklist_version)
    if definition is None and args.db and args.checklist_version:
        definition = _frozen_definition(args)
    if definition is None:
        raise NotFound("checklist.not_found", id=args.id, version=args.checklist_version or "-")
    _write(target, export_definition(definition))
    print(tr("workbook.exported", id=definition.id, version=definition.version, output=str(target)))
    return 0


def _frozen_definition(args: argparse.Namespace):
    """A version only the database still holds (frozen by an old inspection)."""
    from inspector.cli.commands import open_database
    from inspector.services.checklists import definition_of, frozen

    with open_database(args).read_session() as session:
        row = frozen(session, args.id, args.checklist_version)
        return definition_of(row) if row is not None else None


def write_template(args: argparse.Namespace) -> int:
    from inspector.checklists.workbook_export import template_bytes

    target = _target(args)
    _write(target, template_bytes())
    print(tr("workbook.template_written", output=str(target)))
    return 0
