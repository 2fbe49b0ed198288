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

import importlib

# Names the package offers, and the module each lives in. They are imported on
# first use (PEP 562): the command line registers ``inspector report`` reading
# only ``texts.MODES``, and a consolidated report never loads the shift summary.
_EXPORTS = {
    "MODES": "texts",
    "modes": "texts",
    "ReportData": "loader",
    "ReportPdf": "page",
    "build_agency": "single_agency",
    "build_consolidated": "consolidated",
    "build_shift_summary": "shift",
    "load": "loader",
    "load_shift": "shift",
    "write_pdf": "output",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
