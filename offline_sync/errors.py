"""Storage errors, split into environment problems a person can fix and everything else.

An environment problem (disk full, database busy, a file that is not our database, a
wrong or missing key, a folder we cannot write) is a `StorageError` subclass with a
one-line ``user_message`` saying what is wrong and what to do; the command line prints
it and the UI translates it by type. Anything `classify` does not recognise is a bug and
must propagate unchanged, so that it ends in a crash report rather than a calm message.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import exc as sa_exc

# SQLite primary result codes (https://sqlite.org/rescode.html); extended codes keep
# the primary one in the low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class StorageError(Exception):
    """The local store cannot be used because of something outside the program.

    ``retry_may_help`` tells the UI whether to offer "try again" (the condition may pass
    by itself, or after the person frees space or unlocks the keyring) or only to send
    the person to IT support.
    """

    retry_may_help = False

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class DiskFull(StorageError):
    """The disk (or the database's size limit) is full; nothing was written."""

    retry_may_help = True

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the disk holding the database {path} is full: free up disk space, then try again"
        )


class DatabaseLocked(StorageError):
    """Another connection held the database longer than the busy timeout."""

    retry_may_help = True

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the database {path} is in use by another program (is Fygitaal already "
            "running?): close it and try again"
        )


class NotADatabase(StorageError):
    """The file exists but is not a (readable) SQLite database; it was not touched."""

    def __init__(self, path: Path, hint: str | None = None) -> None:
        super().__init__(
            hint
            or f"{path} is not a Fygitaal database (the file was left untouched): "
            "move it away or set database_path to another file"
        )


class NotEncrypted(NotADatabase):
    """An unencrypted database where this device requires an encrypted one."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} is an unencrypted database but this device encrypts its data (the file "
            "was left untouched): set encrypt_database = false or ask IT support to convert it",
        )


class DatabaseCorrupt(StorageError):
    """SQLite reports the file as damaged."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the database {path} is damaged (the file was left untouched): "
            "ask IT support to restore it from a backup"
        )


class StorageIOError(StorageError):
    """The operating system failed to read or write the file."""

    retry_may_help = True

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"reading or writing the database {path} failed (disk I/O error): "
            "check the disk, then try again"
        )


class DatabaseReadOnly(StorageError):
    """The database file (or its folder) can be read but not written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the database {path} is read-only: give this user write access to the file "
            "and its folder, then try again"
        )


class DataDirUnwritable(StorageError):
    """The folder that should hold the database cannot be created or written."""

    def __init__(self, directory: Path, reason: str) -> None:
        super().__init__(
            f"cannot write in the data folder {directory} ({reason}): fix its permissions "
            "or set data_dir to a writable folder"
        )
        self.directory = directory


class WrongKey(StorageError):
    """The encrypted database does not open with the key we have."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the database {path} cannot be opened with the key in this computer's keyring "
            "(wrong key, or not a Fygitaal database; the file was left untouched): "
            "ask IT support"
        )


class KeyUnavailable(StorageError):
    """No usable keyring: an encrypted database cannot be opened or created."""

    retry_may_help = True  # a locked keyring can be unlocked

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"no usable keyring for the database key ({reason}); nothing was stored "
            "unencrypted: unlock or install the system keyring, then try again"
        )


class KeyMissing(StorageError):
    """The keyring works but holds no key for an encrypted database that exists."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the keyring holds no key for the encrypted database {path} (the file was left "
            "untouched): ask IT support to restore the key"
        )


class SchemaTooNew(StorageError):
    """The database was migrated by a newer release than this one."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"the database {path} was written by a newer version of Fygitaal (schema "
            f"{revision}): install that version or a newer one"
        )


class DowngradeRefused(RuntimeError):
    """Migrations are forward-only; asking for a downgrade is a programming error."""


def classify(error: BaseException, path: Path) -> StorageError | None:
    """The environment problem behind ``error``, or None when it is a bug.

    Accepts SQLAlchemy's wrappers, the `sqlite3`/`sqlcipher3` driver errors themselves and
    `OSError`; ``path`` is the database the operation was about.
    """
    if isinstance(error, StorageError):
        return error
    if isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, OSError):
        return _classify_os_error(error, path)
    code = _sqlite_code(error)
    if code is None:
        return None
    make = _BY_CODE.get(code & 0xFF)
    return make(path) if make is not None else None


def _cannot_open(path: Path) -> StorageError:
    return DataDirUnwritable(path.parent, f"{path.name} cannot be opened or created there")


_BY_CODE: dict[int, Callable[[Path], StorageError]] = {
    SQLITE_BUSY: DatabaseLocked,
    SQLITE_LOCKED: DatabaseLocked,
    SQLITE_FULL: DiskFull,
    SQLITE_NOTADB: NotADatabase,
    SQLITE_CORRUPT: DatabaseCorrupt,
    SQLITE_IOERR: StorageIOError,
    SQLITE_READONLY: DatabaseReadOnly,
    SQLITE_PERM: DatabaseReadOnly,
    SQLITE_CANTOPEN: _cannot_open,
}

_MESSAGE_CODES = (
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("database or disk is full", SQLITE_FULL),
    ("file is not a database", SQLITE_NOTADB),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("disk i/o error", SQLITE_IOERR),
    ("attempt to write a readonly database", SQLITE_READONLY),
    ("unable to open database file", SQLITE_CANTOPEN),
)


def _sqlite_code(error: BaseException) -> int | None:
    """The SQLite result code of a driver error (either driver), if it is one."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code
    from_driver = isinstance(error, sqlite3.Error) or type(error).__module__.startswith(
        "sqlcipher3"
    )
    if not from_driver:
        return None
    text = str(error).lower()
    for fragment, fallback in _MESSAGE_CODES:
        if fragment in text:
            return fallback
    return None


def _classify_os_error(error: OSError, path: Path) -> StorageError | None:
    where = Path(error.filename) if isinstance(error.filename, str) else path
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(where)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR):
        return DataDirUnwritable(where, error.strerror or "permission denied")
    if error.errno == errno.EIO:
        return StorageIOError(where)
    return None
