"""The engine and sessions of one database: pragmas (SPEC §9), read-only media,
and storage failures turned into messages. Nothing here checks, migrates or
backs up a file: :mod:`inspector.store.database` does that, in order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from inspector.store import cipher, files
from inspector.store.errors import DatabaseError

log = logging.getLogger(__name__)


class _NoRows(logging.Filter):
    """SQLAlchemy's debug log prints every fetched row; rows hold names, passports and plates.

    ``hide_parameters`` hides the statements' values only: with this filter no
    log level puts personal data in a log file (issue 15).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg != "Row %r"


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoRows())

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)
# Read-only media: the file's journal mode cannot change; any write is refused by SQLite itself.
READ_ONLY_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000", "PRAGMA query_only=ON")

_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for ``target``: a URL as given, or a path exactly as named.

    The path is escaped, so a name with ``%``, ``?`` or ``#`` opens that very
    file (``sqlite:///a?b.db`` would open ``a``).
    """
    text = str(target)
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(target: str | Path) -> Path | None:
    """The file of a SQLite target (a path or a ``sqlite:///`` URL), or None for a server URL."""
    url = make_url(database_url(target))
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def read_only_uri(path: Path) -> str:
    """SQLite's URI for reading ``path`` without changing it (a WAL is honoured)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def connect_read_only(path: Path, *, key: bytes | None = None, **kwargs):
    """A connection that cannot change ``path``, its WAL honoured (SQLCipher; ``key``: encrypted).

    On read-only media a WAL-mode file without its ``-shm`` cannot be opened
    ``mode=ro`` (SQLite cannot create the shared-memory file); when there is
    no WAL content either, nothing can change the file and it is opened
    ``immutable``.
    """
    try:
        return cipher.connect(read_only_uri(path), key=key, uri=True, **kwargs)
    except cipher.OperationalError as exc:
        return _immutable_or_raise(path, exc, key, kwargs)


def _immutable_or_raise(path: Path, exc: Exception, key: bytes | None, kwargs: dict):
    wal = files.sidecar(path, "-wal")
    cannot_open = cipher.error_code(exc) == _SQLITE_CANTOPEN
    if not cannot_open or not path.exists() or (wal.exists() and wal.stat().st_size > 0):
        raise exc
    return cipher.connect(f"{path.resolve().as_uri()}?immutable=1", key=key, uri=True, **kwargs)


def storage_error(exc: BaseException, path: Path | str | None) -> DatabaseError | None:
    """The message for a write the disk refused (full, failing, read-only), or None."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, cipher.ERRORS):
        return None
    code = cipher.error_code(orig)
    detail = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    if code in (_SQLITE_FULL, _SQLITE_IOERR):
        return DatabaseError("database.write_failed", path=str(path), detail=detail)
    if code == _SQLITE_READONLY:
        return DatabaseError("database.read_only_write", path=str(path))
    return None


def _pragmas(statements: tuple[str, ...]):
    def apply(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in statements:
            cursor.execute(pragma)
        cursor.close()
    return apply


class Store:
    """One database's engine, handing out sessions; ``read_only`` for media that cannot be written.

    A SQLite file is opened through SQLCipher (:mod:`inspector.store.cipher`),
    with the key this process holds for it (``key`` here, or :func:`cipher.key_for`).
    """

    def __init__(self, target: str | Path, *, read_only: bool = False, key: bytes | None = None) -> None:
        self.url = database_url(target)
        url = make_url(self.url)
        self.is_sqlite = url.get_backend_name() == "sqlite"
        self.path = Path(url.database) if self.is_sqlite and url.database else None
        self.read_only = bool(read_only and self.path is not None)
        self.key = key if key is not None else cipher.key_for(self.path)
        if self.path is not None:
            path, db_key = self.path, self.key
            if self.read_only:
                creator = lambda: connect_read_only(path, key=db_key, check_same_thread=False)  # noqa: E731
            else:
                creator = lambda: cipher.connect(path, key=db_key, check_same_thread=False)  # noqa: E731
            self.engine: Engine = create_engine("sqlite://", module=cipher.dbapi, poolclass=QueuePool,
                                                creator=creator, hide_parameters=True)
        elif self.is_sqlite:  # an in-memory database
            self.engine = create_engine(self.url, module=cipher.dbapi, hide_parameters=True)
        else:
            # Errors and SQL logging never show the values (names, passports, plates): issue 15.
            self.engine = create_engine(self.url, hide_parameters=True)
        if self.is_sqlite:
            event.listen(self.engine, "connect",
                         _pragmas(READ_ONLY_PRAGMAS if self.read_only else SQLITE_PRAGMAS))
        if self.path is not None:
            files.register(self, self.path)
            # An engine used again after dispose() opens connections again: registered again.
            event.listen(self.engine, "connect", lambda *_: files.register(self, self.path))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"store": self})

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error.

        A write the disk refuses (full, failing, read-only) becomes a
        :class:`DatabaseError` saying so; the transaction is rolled back whole.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            problem = storage_error(exc, self.display_name)
            if problem is None:
                raise
            log.error("write to %s refused: %s", self.display_name, problem.params.get("detail") or problem.key)
            raise problem from None
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

    def dispose(self) -> None:
        self.engine.dispose()
        files.unregister(self)


TLS_SSLMODES = ("require", "verify-ca", "verify-full")


def uses_tls(target: str) -> bool:
    """Whether a server URL asks for TLS (PostgreSQL ``sslmode=require|verify-ca|verify-full``).

    A SQLite file is not on the network: True. Anything else (no ``sslmode``,
    ``prefer``, ``allow``, ``disable``) can travel in the clear.
    """
    url = make_url(database_url(target))
    if url.get_backend_name() == "sqlite":
        return True
    mode = url.query.get("sslmode")
    mode = mode[-1] if isinstance(mode, tuple) else mode
    return mode in TLS_SSLMODES
