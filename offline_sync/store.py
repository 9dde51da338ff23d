"""Opening the device's local store: folder, engine, key check and migrations in one step."""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from offline_sync.engine import DEFAULT_BUSY_TIMEOUT_MS, create_store_engine
from offline_sync.errors import DataDirUnwritable, DiskFull
from offline_sync.migrate import upgrade


@dataclass(frozen=True)
class LocalStore:
    """An open, migrated device database."""

    path: Path
    engine: Engine
    encrypted: bool
    schema_revision: str

    def close(self) -> None:
        """Close every pooled connection (the WAL is checkpointed by the last one)."""
        self.engine.dispose()


def open_store(
    path: Path, *, key: bytes | None = None, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> LocalStore:
    """Open (creating if needed) and migrate the database at ``path``.

    With ``key`` the file is SQLCipher-encrypted with that raw 32-byte key. The folder must
    exist (see `ensure_data_dir`).

    Raises:
        StorageError: an environment problem, with a message for the person in front of it.
    """
    engine = create_store_engine(path, key=key, busy_timeout_ms=busy_timeout_ms)
    try:
        revision = upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return LocalStore(path=path, engine=engine, encrypted=key is not None, schema_revision=revision)


def ensure_data_dir(directory: Path) -> None:
    """Create ``directory`` (private to this user) and prove a file can be written in it.

    SQLite needs to create its ``-wal`` and ``-shm`` files next to the database, so
    write access to the folder is checked, not only to the file.

    Raises:
        DataDirUnwritable: the folder cannot be created or written.
        DiskFull: there is no room for even a small file.
    """
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise DataDirUnwritable(directory, "a file is in the way") from None
    except OSError as exc:
        raise DataDirUnwritable(directory, _reason(exc)) from exc
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".fygitaal-probe-") as probe:
            probe.write(b"probe")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(directory) from exc
        raise DataDirUnwritable(directory, _reason(exc)) from exc


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOTDIR:
        return "part of the path is a file, not a folder"
    return (error.strerror or type(error).__name__).lower()
