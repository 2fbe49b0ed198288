"""``inspector trs`` and ``inspector export-data``: figures and records of a period.

    inspector trs --from D --to D [--bcp CODE] [narrowing…] [--lang L] [--format pdf|json|csv] [-o FILE] [--force]
    inspector export-data --from D --to D [--bcp CODE] [narrowing…] --format csv|xlsx [--table T] -o FILE [--force]

Both only read the database. ``-o`` follows the output rule of
:mod:`inspector.services.output`: never the database or its backups, an
existing file only with ``--force``.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from datetime import date

from inspector.cli.output import add_force, output_path
from inspector.domain.enums import Agency, Direction, Procedure, RiskLane
from inspector.domain.errors import DomainError
from inspector.domain.i18n import current_language, languages, tr


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trs", help=tr("trs.help"), description=tr("trs.help"))
    _period_options(p)
    p.add_argument("--lang", dest="trs_lang", choices=languages(), help=tr("cli.help_lang"))
    p.add_argument("--format", dest="trs_format", choices=("pdf", "json", "csv"), default="pdf",
                   help=tr("trs.help_format"))
    p.add_argument("-o", "--output", metavar="FILE", help=tr("trs.help_output"))
    add_force(p)
    p.set_defaults(handler=functools.partial(trs_command, parser=p))

    p = sub.add_parser("export-data", help=tr("export.help"), description=tr("export.help"))
    _period_options(p)
    p.add_argument("--lang", dest="trs_lang", choices=languages(), help=tr("cli.help_lang"))
    p.add_argument("--format", dest="data_format", choices=("csv", "xlsx"), required=True,
                   help=tr("export.help_format"))
    p.add_argument("--table", choices=("inspections", "sections", "answers"), help=tr("export.help_table"))
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=tr("trs.help_output"))
    add_force(p)
    p.set_defaults(handler=export_data_command)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("trs.bad_date", value=text)) from None


def _period_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="first", type=_date, required=True, metavar="YYYY-MM-DD", help=tr("trs.help_from"))
    p.add_argument("--to", dest="last", type=_date, required=True, metavar="YYYY-MM-DD", help=tr("trs.help_to"))
    p.add_argument("--bcp", type=str.upper, metavar="CODE", help=tr("trs.help_bcp"))
    p.add_argument("--lane", choices=[r.value for r in RiskLane], help=tr("trs.help_lane"))
    p.add_argument("--agency", choices=[a.value for a in Agency], help=tr("trs.help_agency"))
    p.add_argument("--direction", choices=[d.value for d in Direction], help=tr("trs.help_direction"))
    p.add_argument("--procedure", choices=[d.value for d in Procedure], help=tr("trs.help_procedure"))
    p.add_argument("--hs-chapter", metavar="CC", help=tr("trs.help_hs"))


def period_filter(args: argparse.Namespace):
    from inspector.services.trs import TrsFilter

    return TrsFilter.days(
        args.first, args.last, bcp_code=args.bcp or None,
        lane=RiskLane(args.lane) if args.lane else None, agency=Agency(args.agency) if args.agency else None,
        direction=Direction(args.direction) if args.direction else None,
        procedure=Procedure(args.procedure) if args.procedure else None, hs_chapter=args.hs_chapter)


def trs_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from inspector.cli.commands import open_database
    from inspector.services import trs

    if args.trs_format == "pdf" and not args.output:
        parser.error(tr("report.help_output"))
    lang = args.trs_lang or current_language()
    f = period_filter(args)
    target = output_path(args) if args.output else None
    db = open_database(args)
    try:
        with db.read_session() as session:
            now = trs.figures(session, f)
            before = trs.figures(session, f.previous(), with_waiting=False)
    finally:
        db.dispose()
    if args.trs_format == "pdf":
        from inspector.reports.output import write_pdf
        from inspector.reports.trs import build_trs

        pdf = build_trs(now, before, lang, db.display_name)
        write_pdf(target, pdf.data)
        print(tr("trs.written", path=str(target), pages=pdf.pages))
        return 0
    from inspector.reports.data_files import write_csv, write_text
    from inspector.services import trs_document

    if args.trs_format == "json":
        text = json.dumps(trs_document.document(now, before, lang), ensure_ascii=False, indent=2) + "\n"
        if target is None:
            sys.stdout.write(text)
            return 0
        write_text(target, text)
        print(tr("trs.written_data", path=str(target), rows=1))
        return 0
    count = write_csv(target, trs_document.CSV_COLUMNS, trs_document.csv_rows(now, before))
    if target is not None:
        print(tr("trs.written_data", path=str(target), rows=count))
    return 0


def export_data_command(args: argparse.Namespace) -> int:
    from inspector.cli.commands import open_database
    from inspector.reports.data_files import XLSX_MAX_ROWS, write_csv, write_xlsx
    from inspector.services import export_data

    lang = args.trs_lang or current_language()
    f = period_filter(args)
    target = output_path(args)
    tables = [args.table] if args.table else (list(export_data.TABLES) if args.data_format == "xlsx"
                                              else ["inspections"])
    db = open_database(args)
    try:
        with db.read_session() as session:
            if args.data_format == "csv":
                count = write_csv(target, export_data.header(tables[0]),
                                  export_data.rows(session, f, tables[0], lang))
                print(tr("trs.written_data", path=str(target), rows=count))
                return 0
            for table in tables:  # refuse before writing anything
                rows = export_data.count(session, f, table)
                if rows + 1 > XLSX_MAX_ROWS:
                    raise DomainError("export.too_many_rows", table=table, rows=rows, limit=XLSX_MAX_ROWS - 1)
            counts = write_xlsx(target, [
                (table, [(c.name, c.kind) for c in export_data.COLUMNS[table]],
                 export_data.rows(session, f, table, lang)) for table in tables])
    finally:
        db.dispose()
    print(tr("trs.written_data", path=str(target), rows=sum(counts.values())))
    return 0
