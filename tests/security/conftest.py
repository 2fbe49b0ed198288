"""Security and reliability tests share the core tests' fixtures: a fresh database file, accounts."""

from tests.core.conftest import db, make_inspection, people, registry  # noqa: F401
