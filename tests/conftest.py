"""Test configuration: offscreen Qt, isolated user folders, fast password hashing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402


def pytest_sessionstart(session):
    """Compile the core's catalogues next to their sources, as a build does (``.mo`` files are not in git)."""
    from inspector.domain import catalogues

    folder = catalogues.locale_dir()
    for lang in catalogues.available(folder):
        catalogues.compile_po(catalogues.po_file(lang, folder), catalogues.mo_file(lang, folder))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user data, config and log folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("INSPECTOR_DB", raising=False)
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    """argon2id with minimal cost: the same code paths, a fraction of the time."""
    from inspector.services import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def _english_messages():
    from inspector.domain.i18n import set_language

    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def _no_database_keys_left():
    """Each test starts with no database unlocked, as each process does (issue 15)."""
    yield
    from inspector.store import cipher

    with cipher._lock:
        cipher._keys.clear()
