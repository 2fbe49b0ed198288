"""Fixtures for exchange tests: demo records, keys, bundles, fresh PostgreSQL databases.

PostgreSQL tests use the server named by ``INSPECTOR_TEST_PG_URL`` (for example
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``) and create a fresh
database for every test. Without it they are skipped — except in CI (``CI``
set), where a missing server is a failure: CI must run them.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from inspector.checklists.registry import ChecklistRegistry
from inspector.demo.generator import generate
from inspector.exchange.export import export_bundle
from inspector.exchange.keys import Keystore
from inspector.store.database import Database

PG_ENV = "INSPECTOR_TEST_PG_URL"
DEMO_RECORDS = 60


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """A database of realistic records in every state (made once; tests copy or only read it),
    and the password of its accounts."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(path)
    summary = generate(db, ChecklistRegistry(), inspections=DEMO_RECORDS, seed=3)
    db.dispose()
    return path, summary.password


@pytest.fixture(scope="session")
def demo_path(demo):
    return demo[0]


@pytest.fixture(scope="session")
def demo_password(demo):
    return demo[1]


@pytest.fixture(scope="session")
def bcp_keys(tmp_path_factory) -> Keystore:
    """The BCP workstation's signing key (kept outside any user folder)."""
    return Keystore(tmp_path_factory.mktemp("bcp-keys"))


@pytest.fixture(scope="session")
def demo_bundle(tmp_path_factory, demo_path, bcp_keys):
    path = tmp_path_factory.mktemp("bundle") / "demo.zip"
    db = Database(demo_path)
    export_bundle(db, path, keystore=bcp_keys)
    db.dispose()
    return path


@pytest.fixture
def hq_keys(tmp_path) -> Keystore:
    """Head office's own key: a different workstation from the BCP's."""
    return Keystore(tmp_path / "hq-keys")


@pytest.fixture
def hq(tmp_path):
    """An empty database at head office."""
    db = Database(tmp_path / "hq.db")
    yield db
    db.dispose()


# -- PostgreSQL -----------------------------------------------------------------------------

@pytest.fixture(scope="session")
def pg_server():
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but {PG_ENV} is not set (.ci/run starts a server)")
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql+psycopg://USER@HOST:PORT/postgres "
                    "to run the PostgreSQL tests")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - a named server that does not answer is a failure
        engine.dispose()
        pytest.fail(f"{PG_ENV} is set but the server does not answer: {exc}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_server):
    """The URL of a new, empty database, dropped after the test."""
    name = f"inspector_test_{uuid.uuid4().hex[:16]}"
    with pg_server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(os.environ[PG_ENV]).set(database=name).render_as_string(hide_password=False)
    yield url
    with pg_server.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg(pg_url):
    db = Database(pg_url)
    yield db
    db.dispose()
