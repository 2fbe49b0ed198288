"""Many reports in one process: the command line's ``inspector report REF REF …``
(or a status filter, or a date range) and the app's "Print selected…".

Fonts are registered and photos reduced once; each record is read in its own
short read transaction and built as soon as it is read, so memory stays that
of one report. One PDF per record, or one combined file (pages of every
report in order, each keeping its own "page N of M").
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from inspector.domain.clock import BCP_TIME_ZONE
from inspector.domain.enums import Status
from inspector.reports.consolidated import build_consolidated
from inspector.reports.loader import load
from inspector.reports.page import ReportPdf
from inspector.reports.single_agency import build_agency
from inspector.services import inspections, queries

log = logging.getLogger(__name__)

MAX_SELECTION = 10_000  # a batch larger than this is refused, not started


@dataclass(frozen=True)
class Selection:
    """Which records: named ones (reference or uuid), or current revisions by status and arrival date."""

    keys: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    arrived_from: date | None = None  # BCP dates, inclusive
    arrived_to: date | None = None

    @property
    def by_filter(self) -> bool:
        return bool(self.statuses or self.arrived_from or self.arrived_to)


def references(db, selection: Selection) -> list[str]:
    """The references the selection names, in arrival order for a filter; named keys are checked first."""
    with db.read_session() as session:
        if selection.keys:
            return [inspections.get(session, key).reference for key in selection.keys]
        flt = queries.InspectionFilter(
            statuses=selection.statuses,
            arrived_from=_start(selection.arrived_from),
            arrived_to=_start(selection.arrived_to + timedelta(days=1)) if selection.arrived_to else None)
        rows = queries.page(session, flt, 0, MAX_SELECTION, order_by="arrived_at", descending=False)
    return [r.reference for r in rows]


def _start(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0), tzinfo=BCP_TIME_ZONE) if day else None


def build_many(db, keys: Iterable[str], lang: str, *, appendix: bool = False, agency: str | None = None,
               revision: int | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple[str, ReportPdf]]:
    """(reference, PDF) for each record in turn; stops early when ``cancelled()``."""
    for key in keys:
        if cancelled():
            return
        with db.read_session() as session:
            inspection = inspections.get(session, key, revision)
            data = load(session, inspection, photos=appendix)
        pdf = (build_agency(data, agency, lang, appendix=appendix) if agency
               else build_consolidated(data, lang, appendix=appendix))
        yield data.document["reference"], pdf


def combine(pdfs: Iterable[bytes]) -> ReportPdf:
    """One PDF with the pages of every report, in order (each keeps its own numbering)."""
    import pypdfium2 as pdfium  # only for a combined file

    combined = pdfium.PdfDocument.new()
    sources = []
    try:
        for data in pdfs:
            source = pdfium.PdfDocument(data)
            sources.append(source)
            combined.import_pages(source)
        out = io.BytesIO()
        combined.save(out)
        return ReportPdf(out.getvalue(), len(combined))
    finally:
        for source in sources:
            source.close()
        combined.close()


def file_name(reference: str, lang: str, agency: str | None = None) -> str:
    """``FRB-2026-000042-tk-ru.pdf``: one report's file in a folder."""
    parts = [reference, *([agency] if agency else []), lang.replace("+", "-")]
    return "-".join(parts) + ".pdf"
