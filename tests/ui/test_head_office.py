"""Head office: the app on the central PostgreSQL database, records of every BCP."""

from __future__ import annotations

import pytest

from inspector.exchange.importer import import_bundle
from inspector.services import auth
from inspector.store.database import Database
from inspector.ui.application import open_checked
from inspector.ui.pages.inspections import InspectionsPage

from tests.exchange.conftest import (  # noqa: F401 - fixtures
    bcp_keys,
    demo,
    demo_bundle,
    demo_path,
    pg_server,
    pg_url,
)
from tests.ui.conftest import PASSWORD

pytestmark = pytest.mark.postgresql


def test_supervisor_reviews_records_of_all_bcps_filtered_by_bcp(qtbot, qapp, pg_url, demo_bundle, bcp_keys):
    db = Database(pg_url)
    with db.session() as s:
        admin = auth.create_user(s, None, username="hqadmin", full_name="Head Office", role="admin",
                                 agency=None, password=PASSWORD)
        auth.create_user(s, admin, username="analyst", full_name="Analyst", role="supervisor", agency=None,
                         password=PASSWORD)
    import_bundle(db, demo_bundle, actor=auth.login(db, "hqadmin", PASSWORD), keystore=bcp_keys)
    db.dispose()

    ctx, held = open_checked(pg_url)
    assert held is None  # no lock file for a server database
    ctx.set_user(auth.login(ctx.db, "analyst", PASSWORD))
    page = InspectionsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    everything = page.model.rowCount()
    bcps = {row.bcp_code for row in page.model.rows}
    assert everything > 0 and len(bcps) >= 3
    code = sorted(bcps)[0]
    page.bcp.setCurrentIndex(page.bcp.findData(code))
    assert 0 < page.model.rowCount() < everything
    assert {row.bcp_code for row in page.model.rows} == {code}
    ctx.db.dispose()
