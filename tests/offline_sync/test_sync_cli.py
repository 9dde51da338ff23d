"""``fygitaal enroll`` and ``fygitaal sync status|now`` as real processes, against HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.offline_sync.fake_central import FakeCentral
from tests.offline_sync.keyrings import BACKEND_NAME, FILE_VARIABLE

FYGITAAL = Path(sys.executable).with_name("fygitaal")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def central() -> Iterator[FakeCentral]:
    with FakeCentral() as fake:
        yield fake


def _run(
    tmp_path: Path, *args: str, backend: str = BACKEND_NAME
) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text(
        f'role = "kiosk"\ndata_dir = "{tmp_path / "data"}"\nlog_dir = "{tmp_path / "log"}"\n'
    )
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": backend,
        "PYTHONPATH": str(REPO),
        FILE_VARIABLE: str(tmp_path / "keyring.json"),
    }
    return subprocess.run(
        [str(FYGITAAL), "--config", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fygitaal: error: ")
    return lines[0]


def test_enroll_then_sync_now_and_status(tmp_path: Path, central: FakeCentral) -> None:
    enrolled = _run(tmp_path, "enroll", "--central", central.url, "--code", "CODE-1234")
    assert enrolled.returncode == 0, enrolled.stderr
    assert "enrolled as device dev-1" in enrolled.stdout
    assert "token-dev-1" not in (tmp_path / "data" / "kiosk.sqlite3").read_bytes().decode("latin-1")

    central.put("service_category", "c1", code="afval", labels={"nl": "Afval"})
    now = _run(tmp_path, "sync", "now")
    assert now.returncode == 0, now.stderr
    assert "1 received" in now.stdout

    status = _run(tmp_path, "sync", "status")
    assert status.returncode == 0, status.stderr
    assert f"central: {central.url}" in status.stdout
    assert "pending changes: 0" in status.stdout
    assert "last error: none" in status.stdout


def test_sync_now_offline_is_one_line_and_exit_1(tmp_path: Path, central: FakeCentral) -> None:
    assert _run(tmp_path, "enroll", "--central", central.url, "--code", "CODE-1234").returncode == 0
    central.server.shutdown()
    central.server.server_close()
    line = _one_line_error(_run(tmp_path, "sync", "now"))
    assert "cannot be reached" in line
    status = _run(tmp_path, "sync", "status")
    assert "last error: central" in status.stdout


def test_sync_now_before_enrolling_says_how_to_enroll(tmp_path: Path) -> None:
    assert "fygitaal enroll" in _one_line_error(_run(tmp_path, "sync", "now"))


def test_enroll_without_a_keyring_fails_closed(tmp_path: Path, central: FakeCentral) -> None:
    result = _run(
        tmp_path,
        "enroll",
        "--central",
        central.url,
        "--code",
        "CODE-1234",
        backend="keyring.backends.fail.Keyring",
    )
    assert "keyring" in _one_line_error(result)
    assert "CODE-1234" in central.codes
