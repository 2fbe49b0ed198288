"""Opening a database: engine, pragmas (SPEC §9), migrations, sessions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from inspector.domain.errors import DomainError

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)


class DatabaseError(DomainError):
    """The database cannot be opened or used as a BCP Inspector database."""


def database_url(target: str | Path) -> str:
    text = str(target)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser().resolve()}"


def _apply_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


class Database:
    """One database, migrated to the current schema, handing out sessions."""

    def __init__(self, target: str | Path, *, migrate: bool = True) -> None:
        self.url = database_url(target)
        self.is_sqlite = make_url(self.url).get_backend_name() == "sqlite"
        self.path = Path(make_url(self.url).database) if self.is_sqlite else None
        if self.path is not None:
            from inspector.store.probe import probe

            probe(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _apply_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            from inspector.store.migrate import upgrade

            upgrade(self)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read_session(self) -> Session:
        """A session for reading only; the caller closes it."""
        return self._sessions()

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def backup_to(self, destination: Path) -> Path:
        """A consistent copy made with SQLite's online backup API."""
        if self.path is None:
            raise DatabaseError("backup.not_sqlite")
        from inspector.store.backup import copy_database

        return copy_database(self.path, destination)

    def backup_dir(self) -> Path:
        from inspector.store.backup import backup_dir

        return backup_dir(self)

    def timestamped_backup(self, reason: str) -> Path:
        """A backup in :meth:`backup_dir`, older ones of its kind rotated out."""
        from inspector.store.backup import make_backup

        return make_backup(self, reason)

    def dispose(self) -> None:
        self.engine.dispose()
