"""Printed reports (SPEC §5): the consolidated single-window report, the
single-agency report and the shift summary, as PDF built with ReportLab.

Typical use (the CLI and the app do this)::

    with db.read_session() as session:
        data = loader.load(session, inspections.get(session, "FRB-2026-000042"))
    pdf = build_consolidated(data, "tk+ru", appendix=True)
    output.write_pdf(path, pdf.data)

Nothing here imports Qt; the app previews and prints the PDF bytes.
"""

from __future__ import annotations

from inspector.reports.consolidated import build_consolidated
from inspector.reports.loader import ReportData, load
from inspector.reports.output import write_pdf
from inspector.reports.page import ReportPdf
from inspector.reports.shift import build_shift_summary, load_shift
from inspector.reports.single_agency import build_agency
from inspector.reports.texts import MODES, modes

__all__ = ["MODES", "modes", "ReportData", "ReportPdf", "build_agency", "build_consolidated", "build_shift_summary",
           "load", "load_shift", "write_pdf"]
