"""Engines for the central database: SQLite (embedded default) or PostgreSQL (production).

One code path for both. SQLite gets WAL, ``synchronous=FULL`` and a busy timeout on every
connection, and write transactions take the write lock up front (``BEGIN IMMEDIATE``) so
that two writers never deadlock on a lock upgrade. Within one process, SQLite writers
also queue on a lock of the engine first: SQLite's busy handler polls with sleeps of up
to 100 ms, so writer threads that only waited on it left the database idle between
transactions (a third of a concurrent push). The busy timeout still guards against other
processes (the admin commands). PostgreSQL needs nothing special: the per-municipality
feed counter row lock (see `central.feed`) orders its writers.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

log = logging.getLogger(__name__)

BEGIN_OPTION = "sqlite_begin"
BUSY_TIMEOUT_MS = 30_000

_WRITERS: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()
"""The writer lock of each SQLite engine of this process (see the module docstring)."""


class DatabaseUrlError(ValueError):
    """The ``--db`` value is not a database URL this service supports."""

    @property
    def user_message(self) -> str:
        return str(self)


def default_url() -> str:
    """An SQLite file in the platform data directory."""
    data = Path(platformdirs.user_data_dir("fygitaal"))
    return f"sqlite:///{data / 'central.sqlite3'}"


def create_central_engine(url: str) -> Engine:
    """An engine for ``url`` (``sqlite:///path`` or ``postgresql+psycopg://...``)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise DatabaseUrlError(f"unsupported SQLite driver {parsed.drivername!r}")
        if not parsed.database or parsed.database == ":memory:":
            raise DatabaseUrlError("the central SQLite database must be a file")
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, pool_size=8, max_overflow=8)
        _WRITERS[engine] = threading.RLock()
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.drivername != "postgresql+psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_size=8, max_overflow=8, pool_pre_ping=True)
    raise DatabaseUrlError(f"unsupported database {backend!r}: use sqlite:/// or postgresql://")


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, an ordinary one on PostgreSQL.

    On SQLite the engine's writer lock is held for the whole transaction. Should it not
    come within the busy timeout, the transaction goes ahead without it and SQLite's own
    busy handling decides, as before the lock existed (no new error).
    """
    writers = _WRITERS.get(engine)
    held = writers is not None and writers.acquire(timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        options = {BEGIN_OPTION: "IMMEDIATE"}
        with engine.connect().execution_options(**options) as conn, conn.begin():
            yield conn
    finally:
        if held:
            assert writers is not None
            writers.release()


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    """A read transaction (one snapshot on SQLite WAL; statement snapshots on PostgreSQL)."""
    with engine.connect() as conn, conn.begin():
        yield conn


def _sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
