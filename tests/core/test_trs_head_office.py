"""Head office: the same figures from the central PostgreSQL database, across BCPs."""

from __future__ import annotations

from datetime import date

import pytest

from inspector.exchange.importer import import_bundle
from inspector.services import trs, trs_document
from inspector.services.trs import TrsFilter
from inspector.store.database import Database

from tests.exchange.conftest import (  # noqa: F401 - fixtures
    bcp_keys,
    demo,
    demo_bundle,
    demo_path,
    pg_server,
    pg_url,
)
from tests.exchange.helpers import importer

pytestmark = pytest.mark.postgresql

PERIOD = TrsFilter.days(date(2026, 9, 1), date(2026, 11, 26))


def _document(db: Database, f: TrsFilter) -> dict:
    with db.read_session() as session:
        document = trs_document.document(trs.figures(session, f), trs.figures(session, f.previous()), "ru")
    document.pop("computed_at")
    return document


def test_the_central_database_gives_the_bcp_figures_and_compares_bcps(pg_url, demo_path, demo_bundle, bcp_keys):
    central = Database(pg_url)
    import_bundle(central, demo_bundle, actor=importer(central), keystore=bcp_keys)
    local = Database(demo_path)
    try:
        assert _document(central, PERIOD) == _document(local, PERIOD)
        with central.read_session() as session:
            figures = trs.figures(session, PERIOD)
            bcps = [g.key for g in figures.times.bcps]
            assert len(bcps) >= 3
            one = trs.figures(session, TrsFilter(PERIOD.start, PERIOD.end, bcp_code=bcps[0]))
        assert one.totals.inspections == next(g.inspections for g in figures.times.bcps if g.key == bcps[0])
        assert {g.key for g in one.times.bcps} == {bcps[0]}
    finally:
        central.dispose()
        local.dispose()
