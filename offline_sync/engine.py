"""The SQLAlchemy engine for a device database file, plain SQLite or SQLCipher.

Every connection gets the same settings, because SQLite keeps most of them per
connection: WAL (readers never block the writer), ``synchronous=FULL`` (in WAL mode
``NORMAL`` can lose a committed transaction, and with it an outbox entry, on power loss),
foreign keys enforced, and a busy timeout. The SQLCipher key is set first and checked at
once, so a wrong key fails on open with a typed error instead of later with garbage.

The file is inspected before SQLite touches it: a file that is not a database, or one
whose encryption does not match the settings, raises and is never "repaired".
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import ConnectionPoolEntry

from offline_sync.errors import (
    DatabaseReadOnly,
    DataDirUnwritable,
    NotADatabase,
    NotEncrypted,
    WrongKey,
    classify,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
DEFAULT_BUSY_TIMEOUT_MS = 5000
BEGIN_OPTION = "sqlite_begin"
_BEGIN_MODES = ("DEFERRED", "IMMEDIATE", "EXCLUSIVE")


def create_store_engine(
    path: Path, *, key: bytes | None = None, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Engine:
    """An engine for the database at ``path``; encrypted with SQLCipher when ``key`` is given.

    Nothing is opened yet except the first bytes of an existing file. Transactions begin
    with ``BEGIN DEFERRED`` unless a connection sets the execution option
    ``sqlite_begin="IMMEDIATE"`` (take the write lock up front, as migrations do).

    Raises:
        NotADatabase: the file exists but is not a database this key could open.
    """
    if key is not None and len(key) != KEY_BYTES:
        raise ValueError(f"a database key is {KEY_BYTES} raw bytes")
    check_file(path, encrypted=key is not None)
    module: ModuleType = sqlcipher if key is not None else sqlite3

    def connect() -> Any:
        return _connect(module, path, key, busy_timeout_ms)

    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)), module=module, creator=connect
    )
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", _classifier(path))
    return engine


def check_file(path: Path, *, encrypted: bool) -> None:
    """Refuse a non-empty file that cannot be the database the settings describe.

    A plain SQLite file starts with a fixed header; an SQLCipher file looks random.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise NotADatabase(
            path, f"{path} is a folder, not a database file: set database_path to a file"
        ) from None
    except PermissionError as exc:
        raise DataDirUnwritable(path.parent, f"{path.name} cannot be read") from exc
    if not head:
        return  # SQLite treats an empty file as an empty database
    is_plain = head == SQLITE_HEADER
    if encrypted and is_plain:
        raise NotEncrypted(path)
    if not encrypted and not is_plain:
        hint = (
            f"{path} is not a readable SQLite database (it may be encrypted, or not a "
            "database at all; the file was left untouched): set encrypt_database = true if "
            "it is an outreach laptop's database, or move it away"
        )
        raise NotADatabase(path, hint)


def _connect(module: ModuleType, path: Path, key: bytes | None, busy_timeout_ms: int) -> Any:
    """Open one connection: key first, then the busy timeout, then prove the key works."""
    _create_private(path)
    # SQLite silently opens a write-protected file read-only; then the first write (a
    # citizen's melding) would be the one to fail. Refuse it now instead.
    if not _writable(path):
        raise DatabaseReadOnly(path)
    connection = module.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if key is not None:
            # SQLCipher writes a wrong key's decryption failures to stderr; we raise instead
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.Error as exc:
        connection.close()
        problem = classify(exc, path)
        if isinstance(problem, NotADatabase) and key is not None:
            raise WrongKey(path) from exc
        if problem is not None:
            raise problem from exc
        raise
    return connection


def _create_private(path: Path) -> None:
    """Create a missing database file readable by this user only.

    SQLite gives the ``-wal`` and ``-shm`` files the mode of the database file, so this
    keeps all three private; an empty file is a valid empty database.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise classify(exc, path) or exc from exc


def _writable(path: Path) -> bool:
    """Whether this process may open ``path`` for writing (nothing is written)."""
    try:
        path.open("r+b").close()
    except OSError:
        return False
    return True


def _apply_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Per-connection settings; see the module docstring for why each one."""
    cursor = dbapi_connection.cursor()
    try:
        (mode,) = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if str(mode).lower() != "wal":
            log.warning("SQLite refused WAL mode (journal_mode=%s)", mode)
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    """Emit BEGIN ourselves: the driver's implicit transactions break DDL and SAVEPOINT."""
    mode = str(connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")).upper()
    if mode not in _BEGIN_MODES:
        raise ValueError(f"{BEGIN_OPTION} must be one of {', '.join(_BEGIN_MODES)}")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _classifier(path: Path) -> Any:
    def handle_error(context: ExceptionContext) -> BaseException | None:
        return classify(context.original_exception, path)

    return handle_error
