"""Pull checkpoints per batch: a crash resumes from the last applied batch, never from zero."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from offline_sync.apply import load_cursor
from offline_sync.client import FEED_SCOPE, SyncClient
from offline_sync.enroll import DeviceCredentials, connect, enroll
from offline_sync.protocol import Change
from offline_sync.pull_batch import BatchWriter
from offline_sync.store import open_store
from tests.offline_sync.fake_central import FakeCentral
from tests.offline_sync.keyrings import BACKEND_NAME, FILE_VARIABLE, FileKeyring

REPO = Path(__file__).resolve().parents[2]

_PULLER = """
import sys
from pathlib import Path
from offline_sync.enroll import connect
from offline_sync.store import open_store
store = open_store(Path(sys.argv[1]))
client = connect(store.engine)
client._pull_batch = 2
client.pull()
"""


@pytest.fixture
def central() -> Iterator[FakeCentral]:
    with FakeCentral() as fake:
        for n in range(7):
            fake.put("visit", f"v{n}", status="planned", team_id="t-1")
        yield fake


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM visit")).scalar_one())


def _wait_for_cursor(path: Path, position: str, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    store = open_store(path)
    try:
        while time.monotonic() < deadline:
            with store.engine.connect() as connection:
                if load_cursor(connection, FEED_SCOPE) == position:
                    return True
            time.sleep(0.05)
        return False
    finally:
        store.close()


def test_a_killed_pull_resumes_after_the_last_applied_batch(
    tmp_path: Path, central: FakeCentral, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    path = tmp_path / "device.sqlite3"
    store = open_store(path)
    enroll(store.engine, central.url, "CODE-1234", credentials=DeviceCredentials(FileKeyring()))
    store.close()
    central.hang_on_changes_after = "4"  # the third batch never answers: kill the device there
    env = {"PYTHON_KEYRING_BACKEND": BACKEND_NAME, "PYTHONPATH": str(REPO)}
    puller = subprocess.Popen(
        [sys.executable, "-c", _PULLER, str(path)],
        cwd=REPO,
        env={**os.environ, **env},
    )
    assert central.hanging.wait(timeout=60)
    # The device asks for the next batch while it writes the current one: kill it once
    # the second batch is committed, with the third request hanging.
    assert _wait_for_cursor(path, "4")
    puller.send_signal(signal.SIGKILL)
    puller.wait(timeout=30)
    central.hang_on_changes_after = None
    central.hang.set()

    store = open_store(path)
    with store.engine.connect() as connection:
        assert load_cursor(connection, FEED_SCOPE) == "4"
    assert _count(store.engine) == 4
    central.requests.clear()
    client = connect(store.engine, credentials=DeviceCredentials(FileKeyring()))
    client.pull()
    client.close()
    assert central.requests[0].startswith("GET /v1/sync/changes?after=4&")
    assert _count(store.engine) == 7
    store.close()


def test_a_batch_that_fails_half_way_leaves_nothing_of_itself(
    tmp_path: Path, central: FakeCentral, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "device.sqlite3")
    credentials = DeviceCredentials(FileKeyring())
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    enroll(store.engine, central.url, "CODE-1234", credentials=credentials)
    client: SyncClient = connect(store.engine, credentials=credentials)
    client._pull_batch = 3
    applied: list[str] = []
    original = BatchWriter.apply

    def crash_on_fifth(self: BatchWriter, change: Change) -> None:
        applied.append("x")
        if len(applied) == 5:
            raise RuntimeError("power cut")
        original(self, change)

    monkeypatch.setattr(BatchWriter, "apply", crash_on_fifth)
    with pytest.raises(RuntimeError, match="power cut"):
        client.pull()
    assert _count(store.engine) == 3  # the first batch, nothing of the second
    with store.engine.connect() as connection:
        assert load_cursor(connection, FEED_SCOPE) == "3"
    monkeypatch.setattr(BatchWriter, "apply", original)
    client.pull()
    assert _count(store.engine) == 7
    client.close()
    store.close()
