"""Permission bits, checked in-process where they are enforced.

Root ignores permission bits, so under a plain root these skip; the same cases run for
root through ``fygitaal store check`` with root's override dropped (``setpriv``) in
``tests/kiosk/test_startup.py``. Run this file under
``setpriv --bounding-set=-dac_override,-dac_read_search`` to exercise it as root.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_sync.errors import DatabaseReadOnly, DataDirUnwritable
from offline_sync.store import ensure_data_dir, open_store


def _permission_bits_enforced() -> bool:
    probe = Path(tempfile.mkdtemp()) / "probe"
    probe.touch(mode=0o000)
    try:
        probe.open("rb").close()
    except PermissionError:
        return True
    finally:
        probe.unlink()
        probe.parent.rmdir()
    return False


pytestmark = pytest.mark.skipif(
    not _permission_bits_enforced(), reason="this user (root) ignores permission bits"
)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "read-only"
    directory.mkdir()
    directory.chmod(0o500)
    yield directory
    directory.chmod(0o700)


def test_a_read_only_data_folder_is_unwritable(read_only_dir: Path) -> None:
    with pytest.raises(DataDirUnwritable, match="permission denied"):
        ensure_data_dir(read_only_dir)
    with pytest.raises(DataDirUnwritable, match="permission denied"):
        ensure_data_dir(read_only_dir / "sub")


def test_an_unreadable_database_file_is_reported_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    open_store(path).close()
    path.chmod(0o000)
    try:
        with pytest.raises(DataDirUnwritable, match="cannot be read"):
            open_store(path)
    finally:
        path.chmod(0o600)


def test_a_write_protected_database_is_refused_on_open(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    open_store(path).close()
    path.chmod(0o400)
    try:
        with pytest.raises(DatabaseReadOnly, match="is read-only"):
            open_store(path)
    finally:
        path.chmod(0o600)
