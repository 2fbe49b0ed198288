"""``inspector report``: the PDF of one inspection or of many, or a shift summary.

    inspector report REF|UUID [--revision N] [--lang en|ru|tk|tk+ru] [--appendix] [--agency A] -o FILE.pdf
    inspector report REF|UUID REF|UUID … | --status S | --since D --until D  -o FOLDER | --combined -o FILE.pdf
    inspector report --shift YYYY-MM-DD [--bcp CODE] [--from HH:MM] [--to HH:MM] [--lang L] -o FILE.pdf

Many reports are built in this one process (fonts and photos prepared once).
"""

from __future__ import annotations

import argparse
import functools
import gc
import logging
from datetime import date, datetime, time

from inspector.cli.output import add_force, output_path
from inspector.domain.bcps import BCPS
from inspector.domain.enums import Agency, Status
from inspector.domain.i18n import current_language, report_modes, tr

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=tr("report.help"), description=tr("report.help"))
    p.add_argument("key", nargs="*", metavar="REF|UUID", help=tr("report.help_key"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=tr("report.help_output"))
    add_force(p)
    p.add_argument("--lang", dest="report_lang", choices=report_modes(), metavar="{" + ",".join(report_modes()) + "}",
                   help=tr("report.help_lang"))
    p.add_argument("--revision", type=_revision, metavar="N", help=tr("report.help_revision"))
    p.add_argument("--appendix", action="store_true", help=tr("report.help_appendix"))
    p.add_argument("--agency", choices=[a.value for a in Agency], help=tr("report.help_agency"))
    p.add_argument("--status", action="append", choices=[s.value for s in Status], help=tr("report.help_status"))
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help=tr("report.help_since"))
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help=tr("report.help_until"))
    p.add_argument("--combined", action="store_true", help=tr("report.help_combined"))
    p.add_argument("--shift", type=_date, metavar="YYYY-MM-DD", help=tr("report.help_shift"))
    p.add_argument("--bcp", choices=sorted(BCPS), help=tr("report.help_bcp"))
    p.add_argument("--from", dest="shift_from", type=_time, metavar="HH:MM", help=tr("report.help_from"))
    p.add_argument("--to", dest="shift_to", type=_time, metavar="HH:MM", help=tr("report.help_to"))
    p.set_defaults(handler=functools.partial(report, parser=p))


def _revision(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(tr("cli.not_negative"))
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("report.bad_date", value=text)) from None


def _time(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(tr("report.bad_time", value=text)) from None


def _check_usage(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Inspections (named, or by filter) or one shift; options of the other kind are usage errors (exit 2)."""
    by_filter = bool(args.status or args.since or args.until)
    if sum((bool(args.key), by_filter, args.shift is not None)) != 1:
        parser.error(tr("report.key_or_shift"))
    if args.shift is not None:
        for option, value in (("--revision", args.revision), ("--agency", args.agency),
                              ("--appendix", args.appendix or None), ("--combined", args.combined or None)):
            if value is not None:
                parser.error(tr("report.inspection_only", option=option))
    else:
        for option, value in (("--bcp", args.bcp), ("--from", args.shift_from), ("--to", args.shift_to)):
            if value is not None:
                parser.error(tr("report.shift_only", option=option))
    if args.revision is not None and (by_filter or len(args.key) > 1):
        parser.error(tr("report.revision_one"))
    if args.since and args.until and args.since > args.until:
        parser.error(tr("report.since_after_until"))


def report(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from pathlib import Path

    _check_usage(args, parser)
    # Importing SQLAlchemy, ReportLab and the models, and opening the database,
    # make a few hundred thousand objects that live as long as the process;
    # every garbage collection on the way would walk them all again (a tenth of
    # a whole `inspector report`: docs/reports.md#speed). So: no collection
    # until they exist, then they are frozen (later collections — the reports'
    # own — skip them) until the command ends.
    collecting, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.disable()
    try:
        from inspector.cli.commands import open_database
        from inspector.reports.output import write_pdf

        if args.shift is None:
            from inspector.reports import batch  # noqa: F401 - imported before the freeze
        # Never the database or its backups; an existing file only with --force (each file of a folder too).
        target = output_path(args, folder=args.shift is None and Path(args.output).expanduser().is_dir())
        lang = args.report_lang or current_language()
        db = open_database(args)
        gc.freeze()
        if collecting:
            gc.enable()
        try:
            if args.shift is not None:
                pdf = _shift_pdf(db, args, lang)
            else:
                return _inspections(db, args, lang)
        finally:
            db.dispose()
    finally:
        if not frozen:
            gc.unfreeze()  # an in-process caller (the tests) gets its collector back as it was
        if collecting:
            gc.enable()
    path = write_pdf(target, pdf.data)
    print(tr("report.written", path=str(path), count=pdf.pages))
    return 0


def _inspections(db, args: argparse.Namespace, lang: str) -> int:
    """One report to a file; several to a folder (one file each) or, with --combined, to one file."""
    from pathlib import Path

    from inspector.reports import batch
    from inspector.reports.output import ReportWriteError, write_pdf

    selection = batch.Selection(tuple(args.key), tuple(Status(s) for s in args.status or ()),
                                args.since, args.until)
    references = batch.references(db, selection)
    if not references:
        raise ReportWriteError("report.nothing_selected")
    built = batch.build_many(db, references if selection.by_filter else selection.keys, lang,
                             appendix=args.appendix, agency=args.agency, revision=args.revision)
    single = len(references) == 1 and not selection.by_filter
    if single or args.combined:
        pdfs = [pdf for _, pdf in built]
        pdf = pdfs[0] if single and not args.combined else batch.combine(p.data for p in pdfs)
        path = write_pdf(output_path(args), pdf.data)
        print(tr("report.written", path=str(path), count=pdf.pages))
        return 0
    folder = Path(args.output).expanduser()
    if not folder.is_dir():
        raise ReportWriteError("report.cannot_write", path=str(folder), reason=tr("report.needs_folder"))
    for reference, pdf in built:
        path = write_pdf(output_path(args, folder / batch.file_name(reference, lang, args.agency)), pdf.data)
        print(tr("report.written", path=str(path), count=pdf.pages))
    return 0


def _shift_pdf(db, args: argparse.Namespace, lang: str):
    from inspector.reports.shift import build_shift_summary, load_shift

    with db.read_session() as session:
        shift = load_shift(session, args.shift, args.bcp, args.shift_from or time(0), args.shift_to)
    return build_shift_summary(shift, lang)
