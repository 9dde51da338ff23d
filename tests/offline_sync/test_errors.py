"""Classification: environment problems become typed errors, everything else stays a bug."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from offline_sync import errors
from offline_sync.errors import (
    DatabaseLocked,
    DataDirUnwritable,
    DiskFull,
    NotADatabase,
    StorageError,
    StorageIOError,
    classify,
)

DB = Path("/data/device.sqlite3")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EDQUOT, DiskFull),
        (errno.EACCES, DataDirUnwritable),
        (errno.EROFS, DataDirUnwritable),
        (errno.ENOTDIR, DataDirUnwritable),
        (errno.EIO, StorageIOError),
    ],
)
def test_os_errors_of_the_environment_are_classified(
    code: int, expected: type[StorageError]
) -> None:
    problem = classify(OSError(code, os.strerror(code), "/data"), DB)
    assert isinstance(problem, expected)
    assert "/data" in problem.user_message


@pytest.mark.parametrize("error", [OSError(errno.EBADF, "bad fd"), ValueError("x"), KeyError()])
def test_anything_else_is_a_bug(error: BaseException) -> None:
    assert classify(error, DB) is None


@pytest.mark.parametrize("driver", [sqlite3, sqlcipher], ids=["sqlite3", "sqlcipher3"])
def test_driver_errors_from_a_real_file_are_classified(tmp_path: Path, driver: object) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database " * 100)
    connection = driver.connect(str(text_file))  # type: ignore[attr-defined]
    with pytest.raises(driver.DatabaseError) as raised:  # type: ignore[attr-defined]
        connection.execute("SELECT * FROM sqlite_master")
    connection.close()
    assert isinstance(classify(raised.value, text_file), NotADatabase)


def test_sqlalchemy_wrappers_are_unwrapped_and_constraint_errors_stay_bugs(
    tmp_path: Path,
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(IntegrityError) as duplicate, engine.begin() as connection:
        connection.execute(text("INSERT INTO t VALUES (1)"))
    assert classify(duplicate.value, DB) is None
    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert isinstance(classify(locked, DB), DatabaseLocked)
    engine.dispose()


def test_every_message_is_one_line_that_says_what_to_do() -> None:
    samples = [
        errors.DiskFull(DB),
        errors.DatabaseLocked(DB),
        errors.NotADatabase(DB),
        errors.NotEncrypted(DB),
        errors.DatabaseCorrupt(DB),
        errors.StorageIOError(DB),
        errors.DatabaseReadOnly(DB),
        errors.DataDirUnwritable(DB.parent, "permission denied"),
        errors.WrongKey(DB),
        errors.KeyUnavailable("no keyring service is available"),
        errors.KeyMissing(DB),
        errors.SchemaTooNew(DB, "0999"),
    ]
    assert {type(s) for s in samples} == set(_all_storage_errors())
    for sample in samples:
        assert "\n" not in sample.user_message
        assert str(sample) == sample.user_message
        assert ": " in sample.user_message  # what is wrong: what to do
    retryable = {type(s) for s in samples if s.retry_may_help}
    assert retryable == {DiskFull, DatabaseLocked, StorageIOError, errors.KeyUnavailable}


def _all_storage_errors() -> list[type[StorageError]]:
    found: list[type[StorageError]] = []
    pending: list[type[StorageError]] = [StorageError]
    while pending:
        for sub in pending.pop().__subclasses__():
            found.append(sub)
            pending.append(sub)
    return found
