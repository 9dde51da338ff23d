"""Opening the local store from the settings, in-process and through ``fygitaal store check``.

Every failure case checks what a person sees (one line, exit code 1) and that the data on
disk was not changed. Tests run as root in CI, where permission bits do not stop anything,
so an unwritable data folder is made by putting a *file* where a parent folder should be:
that fails for root too.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from kiosk.config import Role, Settings
from kiosk.startup import open_local_store
from offline_sync.engine import SQLITE_HEADER
from offline_sync.errors import DataDirUnwritable, KeyMissing, KeyUnavailable
from offline_sync.keys import SERVICE
from offline_sync.migrate import head_revision
from tests.offline_sync.helpers import file_digest
from tests.offline_sync.keyrings import BACKEND_NAME, FILE_VARIABLE, MemoryKeyring

REPO = Path(__file__).resolve().parents[2]
FYGITAAL = Path(sys.executable).with_name("fygitaal")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _settings(tmp_path: Path, role: Role, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "role": role,
        "data_dir": tmp_path / "data" / "fygitaal",
        "log_dir": tmp_path / "log",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def test_a_kiosk_gets_a_private_data_folder_and_a_plain_migrated_database(
    tmp_path: Path,
) -> None:
    settings = _settings(tmp_path, Role.KIOSK)
    store = open_local_store(settings)
    store.close()
    assert store.path == settings.data_dir / "kiosk.sqlite3"
    assert store.schema_revision == head_revision()
    assert not store.encrypted
    assert store.path.read_bytes().startswith(SQLITE_HEADER)
    assert settings.data_dir.stat().st_mode & 0o777 == 0o700


def test_an_outreach_laptop_gets_an_encrypted_database_keyed_from_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    settings = _settings(tmp_path, Role.OUTREACH)
    first = open_local_store(settings)
    first.close()
    again = open_local_store(settings)
    again.close()
    assert first.encrypted
    assert again.encrypted
    assert not first.path.read_bytes().startswith(SQLITE_HEADER)
    assert list(memory_keyring.secrets) == [(SERVICE, str(first.path.resolve()))]


def test_no_keyring_means_no_database_at_all(tmp_path: Path) -> None:
    settings = _settings(tmp_path, Role.OUTREACH)
    with pytest.raises(KeyUnavailable):
        _open_with(settings, fail.Keyring())
    assert not settings.database_file.exists()


def _open_with(settings: Settings, backend: keyring.backend.KeyringBackend) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        open_local_store(settings).close()
    finally:
        keyring.set_keyring(previous)


def test_an_encrypted_database_whose_key_is_gone_is_left_alone(tmp_path: Path) -> None:
    settings = _settings(tmp_path, Role.OUTREACH)
    _open_with(settings, MemoryKeyring())
    before = file_digest(settings.database_file)
    with pytest.raises(KeyMissing):
        _open_with(settings, MemoryKeyring())
    assert file_digest(settings.database_file) == before


def test_a_data_folder_under_a_file_is_unwritable_even_for_root(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    settings = _settings(tmp_path, Role.KIOSK, data_dir=blocker / "fygitaal")
    with pytest.raises(DataDirUnwritable, match="part of the path is a file"):
        open_local_store(settings)
    assert blocker.read_text() == "a file where a folder should be"


def test_an_explicit_database_path_gets_its_folder_too(tmp_path: Path) -> None:
    database = tmp_path / "elsewhere" / "deep" / "device.sqlite3"
    store = open_local_store(_settings(tmp_path, Role.KIOSK, database_path=database))
    store.close()
    assert database.exists()


# ---------------------------------------------------------------- fygitaal store check


def _store_check(
    tmp_path: Path,
    role: Role,
    *,
    data_dir: Path | None = None,
    backend: str = BACKEND_NAME,
    prefix: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text(
        f'role = "{role.value}"\n'
        f'data_dir = "{data_dir or tmp_path / "data"}"\n'
        f'log_dir = "{tmp_path / "log"}"\n'
    )
    env = dict(os.environ)
    env.update(
        PYTHON_KEYRING_BACKEND=backend,
        PYTHONPATH=str(REPO),
        **{FILE_VARIABLE: str(tmp_path / "keyring.json")},
    )
    return subprocess.run(
        [*prefix, str(FYGITAAL), "--config", str(config), "store", "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fygitaal: error: ")
    assert fragment in lines[0]


@pytest.mark.parametrize("role", [Role.KIOSK, Role.OUTREACH])
def test_store_check_reports_path_schema_and_encryption(tmp_path: Path, role: Role) -> None:
    result = _store_check(tmp_path, role)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    encrypted = "yes" if role is Role.OUTREACH else "no"
    assert result.stdout.splitlines() == [
        f"database: {tmp_path / 'data' / role.value}.sqlite3",
        f"schema revision: {head_revision()}",
        f"encrypted: {encrypted}",
    ]
    assert _store_check(tmp_path, role).returncode == 0  # and it opens again


def test_store_check_on_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    database = tmp_path / "data" / "kiosk.sqlite3"
    database.parent.mkdir()
    database.write_text("Dear diary,\n" * 100)
    before = file_digest(database)
    _assert_one_line_error(_store_check(tmp_path, Role.KIOSK), "not a readable SQLite database")
    assert file_digest(database) == before


def test_store_check_on_a_locked_database(tmp_path: Path) -> None:
    assert _store_check(tmp_path, Role.KIOSK).returncode == 0
    database = tmp_path / "data" / "kiosk.sqlite3"
    before = file_digest(database)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = _store_check(tmp_path, Role.KIOSK)  # waits out the 5 s busy timeout
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _assert_one_line_error(result, "in use by another program")
    assert file_digest(database) == before


def test_store_check_with_the_wrong_key(tmp_path: Path) -> None:
    assert _store_check(tmp_path, Role.OUTREACH).returncode == 0
    database = tmp_path / "data" / "outreach.sqlite3"
    before = file_digest(database)
    keyring_file = tmp_path / "keyring.json"
    stored = json.loads(keyring_file.read_text())
    (account,) = stored
    stored[account] = "ab" * 32
    keyring_file.write_text(json.dumps(stored))
    _assert_one_line_error(_store_check(tmp_path, Role.OUTREACH), "cannot be opened with the key")
    assert file_digest(database) == before


def test_store_check_with_an_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    result = _store_check(tmp_path, Role.KIOSK, data_dir=blocker / "data")
    _assert_one_line_error(result, "cannot write in the data folder")


def test_store_check_without_a_keyring_creates_nothing(tmp_path: Path) -> None:
    result = _store_check(tmp_path, Role.OUTREACH, backend="keyring.backends.fail.Keyring")
    _assert_one_line_error(result, "no usable keyring")
    assert not (tmp_path / "data" / "outreach.sqlite3").exists()


def _honouring_permissions() -> list[str]:
    """A command prefix under which even root is bound by permission bits."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")  # util-linux, on every Debian machine
    if setpriv is None:
        pytest.skip("setpriv is needed to drop root's permission override")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_store_check_with_a_read_only_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o500)
    result = _store_check(tmp_path, Role.KIOSK, prefix=_honouring_permissions())
    data.chmod(0o700)
    _assert_one_line_error(result, "cannot write in the data folder")
    assert "permission denied" in result.stderr
    assert list(data.iterdir()) == []


@pytest.mark.parametrize(("mode", "fragment"), [(0o000, "cannot be read"), (0o400, "is read-only")])
def test_store_check_with_a_database_file_it_may_not_write(
    tmp_path: Path, mode: int, fragment: str
) -> None:
    assert _store_check(tmp_path, Role.KIOSK).returncode == 0
    database = tmp_path / "data" / "kiosk.sqlite3"
    before = file_digest(database)
    database.chmod(mode)
    result = _store_check(tmp_path, Role.KIOSK, prefix=_honouring_permissions())
    database.chmod(0o600)
    _assert_one_line_error(result, fragment)
    assert file_digest(database) == before


# ---------------------------------------------------------------- fygitaal kiosk / outreach


def _start(
    tmp_path: Path, command: str, backend: str = BACKEND_NAME
) -> subprocess.CompletedProcess[str]:
    """``fygitaal kiosk|outreach`` until its first paint, then the store is opened and closed."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="default.warning=false",  # the offscreen platform's own chatter
        FYGITAAL_EXIT_AFTER_FIRST_PAINT="1",
        FYGITAAL_DATA_DIR=str(tmp_path / "data"),
        FYGITAAL_LOG_DIR=str(tmp_path / "log"),
        PYTHON_KEYRING_BACKEND=backend,
        PYTHONPATH=str(REPO),
        **{FILE_VARIABLE: str(tmp_path / "keyring.json")},
    )
    return subprocess.run(
        [str(FYGITAAL), command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _schema_revision(database: Path) -> str:
    with sqlite3.connect(database) as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


def test_starting_the_kiosk_applies_the_migrations(tmp_path: Path) -> None:
    result = _start(tmp_path, "kiosk")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")
    assert _schema_revision(tmp_path / "data" / "kiosk.sqlite3") == head_revision()


def test_starting_the_outreach_app_applies_the_migrations_encrypted(tmp_path: Path) -> None:
    result = _start(tmp_path, "outreach")
    assert result.returncode == 0, result.stderr
    database = tmp_path / "data" / "outreach.sqlite3"
    assert not database.read_bytes().startswith(SQLITE_HEADER)


def test_the_kiosk_on_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    database = tmp_path / "data" / "kiosk.sqlite3"
    database.parent.mkdir()
    database.write_text("Dear diary,\n" * 100)
    before = file_digest(database)
    result = _start(tmp_path, "kiosk")
    assert result.stdout.startswith("first-paint ")  # the screen came up first
    _assert_one_line_error(
        subprocess.CompletedProcess(result.args, result.returncode, "", result.stderr),
        "not a readable SQLite database",
    )
    assert file_digest(database) == before


def test_the_outreach_app_without_a_keyring_stores_nothing(tmp_path: Path) -> None:
    result = _start(tmp_path, "outreach", backend="keyring.backends.fail.Keyring")
    assert result.stdout.startswith("first-paint ")
    _assert_one_line_error(
        subprocess.CompletedProcess(result.args, result.returncode, "", result.stderr),
        "no usable keyring",
    )
    assert not (tmp_path / "data" / "outreach.sqlite3").exists()
