"""Wiring for an application: one database, its enrollment, a round function and the loop.

`DeviceSync` connects lazily, so a device that is enrolled while the application runs
starts syncing on the next `SyncLoop.trigger` without a restart. Once central has said
the device is revoked (a lost laptop), it never asks central again until it is enrolled
anew: a trigger after a local write reports the revocation without any request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from offline_sync.client import RoundReport, SyncClient
from offline_sync.device_state import REVOKED, get_state
from offline_sync.enroll import DeviceCredentials, connect
from offline_sync.loop import DEFAULT_INTERVAL, SyncLoop
from offline_sync.status import SyncStatus, read_status
from offline_sync.sync_errors import DeviceRevoked, NotEnrolled, Unauthenticated


class DeviceSync:
    """Call it to run one round; ``person_key`` (a callable) names the citizen at a kiosk."""

    def __init__(
        self,
        engine: Engine,
        *,
        ca_bundle: Path | None = None,
        credentials: DeviceCredentials | None = None,
        person_key: Callable[[], str | None] | None = None,
    ) -> None:
        self.engine = engine
        self._ca_bundle = ca_bundle
        self._credentials = credentials or DeviceCredentials()
        self._person_key = person_key or (lambda: None)
        self._client: SyncClient | None = None
        self._lock = threading.Lock()

    def __call__(self) -> RoundReport:
        with self._lock:  # one round at a time, whoever asks
            with self.engine.connect() as connection:
                if get_state(connection, REVOKED) is not None:
                    # a lost laptop stops asking: enrolling again clears this state
                    raise DeviceRevoked("known from an earlier answer")
            if self._client is None:
                self._client = connect(
                    self.engine, ca_bundle=self._ca_bundle, credentials=self._credentials
                )
            try:
                return self._client.sync_round(self._person_key())
            except (DeviceRevoked, Unauthenticated, NotEnrolled):
                self.close()  # reconnect with fresh credentials after re-enrollment
                raise

    def status(self, online: bool | None = None) -> SyncStatus:
        return read_status(self.engine, online=online)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def make_sync_loop(
    sync: DeviceSync,
    on_status: Callable[[SyncStatus], None],
    *,
    interval: float = DEFAULT_INTERVAL,
) -> SyncLoop:
    """A loop (not started) that runs ``sync`` and publishes its status."""
    return SyncLoop(sync, sync.status, on_status, interval=interval)
