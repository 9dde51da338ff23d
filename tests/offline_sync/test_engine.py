"""The engine on real SQLite and SQLCipher files: settings in effect, encryption, refusals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from offline_sync.engine import SQLITE_HEADER, create_store_engine
from offline_sync.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DiskFull,
    NotADatabase,
    NotEncrypted,
    WrongKey,
)
from offline_sync.store import LocalStore, open_store
from tests.offline_sync.helpers import file_digest, siblings

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
MARKER = "marker-7f3c9a-plaintext-must-not-leak"


@pytest.fixture(params=[None, KEY], ids=["plain", "sqlcipher"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LocalStore]:
    opened = open_store(tmp_path / "device.sqlite3", key=request.param)
    yield opened
    opened.close()


def _pragma(connection: Connection, name: str) -> object:
    return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_connection_has_wal_full_sync_foreign_keys_and_busy_timeout(
    store: LocalStore,
) -> None:
    with store.engine.connect() as first, store.engine.connect() as second:
        for connection in (first, second):
            assert _pragma(connection, "journal_mode") == "wal"
            assert _pragma(connection, "synchronous") == 2  # FULL
            assert _pragma(connection, "foreign_keys") == 1
            assert _pragma(connection, "busy_timeout") == 5000


def test_settings_survive_a_disposed_pool(store: LocalStore) -> None:
    store.engine.dispose()
    with store.engine.connect() as connection:
        assert _pragma(connection, "synchronous") == 2
        assert _pragma(connection, "foreign_keys") == 1


def _write_marker(store: LocalStore) -> None:
    with store.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO device_state (key, value, updated_at) VALUES ('m', :v, 'now')"),
            {"v": MARKER},
        )


def _bytes_on_disk(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in [path, *path.parent.glob(path.name + "-*")])


@pytest.mark.parametrize(("key", "leaks"), [(KEY, False), (None, True)], ids=["sqlcipher", "plain"])
def test_encrypted_file_holds_no_plaintext(tmp_path: Path, key: bytes | None, leaks: bool) -> None:
    path = tmp_path / "device.sqlite3"
    store = open_store(path, key=key)
    _write_marker(store)
    on_disk_while_open = _bytes_on_disk(path)
    store.close()
    on_disk = _bytes_on_disk(path)

    for data in (on_disk_while_open, on_disk):
        assert (MARKER.encode() in data) is leaks
        assert b"device_state" in data if leaks else b"device_state" not in data
    assert path.read_bytes().startswith(SQLITE_HEADER) is leaks


def test_encrypted_database_reopens_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    store = open_store(path, key=KEY)
    _write_marker(store)
    store.close()
    again = open_store(path, key=KEY)
    with again.engine.connect() as connection:
        value = connection.execute(text("SELECT value FROM device_state WHERE key='m'"))
        assert value.scalar() == MARKER
    again.close()


def _closed_database(path: Path, key: bytes | None) -> str:
    store = open_store(path, key=key)
    _write_marker(store)
    store.close()
    assert siblings(path) == []
    return file_digest(path)


def test_wrong_key_is_refused_on_open_and_the_file_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    before = _closed_database(path, KEY)
    with pytest.raises(WrongKey, match="cannot be opened with the key"):
        open_store(path, key=OTHER_KEY)
    assert file_digest(path) == before
    assert siblings(path) == []


def test_encrypted_database_opened_without_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    before = _closed_database(path, KEY)
    with pytest.raises(NotADatabase, match="may be encrypted"):
        open_store(path, key=None)
    assert file_digest(path) == before


def test_plain_database_opened_with_a_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    before = _closed_database(path, None)
    with pytest.raises(NotEncrypted, match="unencrypted database"):
        open_store(path, key=KEY)
    assert file_digest(path) == before


@pytest.mark.parametrize("key", [None, KEY], ids=["plain", "sqlcipher"])
def test_a_text_file_is_not_a_database_and_stays_untouched(
    tmp_path: Path, key: bytes | None
) -> None:
    path = tmp_path / "device.sqlite3"
    path.write_text("shopping list: bread, milk\n" * 200)
    before = file_digest(path)
    with pytest.raises((NotADatabase, WrongKey)) as raised:
        open_store(path, key=key)
    assert "left untouched" in raised.value.user_message
    assert file_digest(path) == before
    assert siblings(path) == []


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase, match="is a folder"):
        open_store(tmp_path, key=None)


def test_key_must_be_32_raw_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 raw bytes"):
        create_store_engine(tmp_path / "x.sqlite3", key=b"passphrase")


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock on an existing, migrated database."""
    path = tmp_path / "device.sqlite3"
    _closed_database(path, None)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO device_state VALUES ('other', 'x', 'now')")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_a_database_held_by_another_program_reports_locked(
    tmp_path: Path, holder: sqlite3.Connection
) -> None:
    path = tmp_path / "device.sqlite3"
    with pytest.raises(DatabaseLocked, match="in use by another program"):
        open_store(path, busy_timeout_ms=100)


def test_a_write_blocked_at_run_time_reports_locked(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    store = open_store(path, busy_timeout_ms=100)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked), store.engine.begin() as connection:
            connection.execute(text("INSERT INTO device_state VALUES ('k', 'v', 'now')"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    _write_marker(store)  # usable again once the other program lets go
    store.close()


def test_exclusive_lock_blocks_even_opening(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    before = _closed_database(path, None)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked):
            open_store(path, busy_timeout_ms=100)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert file_digest(path) == before


def test_a_full_database_is_classified_and_keeps_what_was_committed(store: LocalStore) -> None:
    _write_marker(store)
    with store.engine.connect() as connection:
        pages = _pragma(connection, "page_count")
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        connection.commit()  # end the autobegun transaction; the inserts get their own
        with pytest.raises(DiskFull, match="is full"):
            _fill(connection)
        kept = connection.execute(text("SELECT value FROM device_state WHERE key = 'm'"))
        assert kept.scalar() == MARKER
        assert connection.execute(text("SELECT count(*) FROM device_state")).scalar() == 1
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def _fill(connection: Connection) -> None:
    with connection.begin():
        for number in range(1000):
            connection.execute(
                text("INSERT INTO device_state VALUES (:k, :v, 'now')"),
                {"k": f"filler-{number}", "v": "x" * 4000},
            )


def test_a_new_database_and_its_wal_are_private_to_the_user(store: LocalStore) -> None:
    _write_marker(store)
    with store.engine.connect():
        files = [store.path, *store.path.parent.glob(store.path.name + "-*")]
        assert {p.name[len(store.path.name) :] for p in files} == {"", "-wal", "-shm"}
        assert {p.stat().st_mode & 0o777 for p in files} == {0o600}


def test_a_damaged_table_reports_corrupt_and_is_not_repaired(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    store = open_store(path)
    _write_marker(store)
    with store.engine.connect() as connection:
        root = connection.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = 'device_state'")
        ).scalar_one()
        page_size = _pragma(connection, "page_size")
    store.close()
    assert isinstance(page_size, int)
    with path.open("r+b") as handle:  # scribble over the table's root page
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    before = file_digest(path)

    damaged = open_store(path)
    with pytest.raises(DatabaseCorrupt, match="is damaged"), damaged.engine.connect() as c:
        c.execute(text("SELECT * FROM device_state")).fetchall()
    damaged.close()
    assert file_digest(path) == before
