"""Database keys in the keyring: created once, found again, and never faked (fail closed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail, null

from offline_sync.errors import KeyMissing, KeyUnavailable
from offline_sync.keys import KEY_BYTES, SERVICE, DatabaseKeys
from tests.offline_sync.keyrings import LockedKeyring, MemoryKeyring


def test_a_new_database_gets_a_random_key_that_is_found_again(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    database = tmp_path / "outreach.sqlite3"
    key = DatabaseKeys(backend).database_key(database, create=True)
    assert len(key) == KEY_BYTES
    assert DatabaseKeys(backend).database_key(database, create=False) == key
    assert DatabaseKeys(backend).database_key(database, create=True) == key
    assert backend.secrets == {(SERVICE, str(database.resolve())): key.hex()}


def test_each_database_has_its_own_key(tmp_path: Path) -> None:
    keys = DatabaseKeys(MemoryKeyring())
    first = keys.database_key(tmp_path / "a.sqlite3", create=True)
    second = keys.database_key(tmp_path / "b.sqlite3", create=True)
    assert first != second


def test_the_process_keyring_is_used_by_default(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    key = DatabaseKeys().database_key(tmp_path / "a.sqlite3", create=True)
    assert list(memory_keyring.secrets.values()) == [key.hex()]


def test_an_existing_database_without_a_stored_key_is_not_given_a_new_one(
    tmp_path: Path,
) -> None:
    backend = MemoryKeyring()
    with pytest.raises(KeyMissing, match="holds no key"):
        DatabaseKeys(backend).database_key(tmp_path / "a.sqlite3", create=False)
    assert backend.secrets == {}


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), LockedKeyring()],
    ids=["no-keyring", "null-keyring", "locked-keyring"],
)
def test_without_a_usable_keyring_there_is_no_key(
    tmp_path: Path, backend: fail.Keyring | null.Keyring | LockedKeyring
) -> None:
    with pytest.raises(KeyUnavailable, match="nothing was stored unencrypted"):
        DatabaseKeys(backend).database_key(tmp_path / "a.sqlite3", create=True)


def test_a_keyring_that_drops_what_it_is_given_is_not_trusted(tmp_path: Path) -> None:
    class Forgetful(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            """Accept and forget, like a misconfigured backend."""

    with pytest.raises(KeyUnavailable, match="did not keep the key"):
        DatabaseKeys(Forgetful()).database_key(tmp_path / "a.sqlite3", create=True)


@pytest.mark.parametrize("stored", ["", "zz" * 32, "ab" * 16])
def test_a_malformed_stored_key_is_refused(tmp_path: Path, stored: str) -> None:
    backend = MemoryKeyring()
    database = tmp_path / "a.sqlite3"
    backend.set_password(SERVICE, str(database.resolve()), stored)
    with pytest.raises(KeyUnavailable, match="malformed"):
        DatabaseKeys(backend).database_key(database, create=True)
    assert backend.secrets[(SERVICE, str(database.resolve()))] == stored
