"""The background sync loop in the application: starts once the store is open, stops at the end.

`SyncController.start` is connected to `StoreOpener.opened` (a queued signal, so it runs
on the GUI thread); it builds `offline_sync.runner.DeviceSync` on the store's engine and
starts the loop, whose statuses reach the GUI through `StatusBridge`. `stop` ends the
loop's thread and closes the HTTP client; `ui.runner` calls it when the event loop ends,
before the store is closed. A device that is enrolled while the application runs starts
syncing on `trigger` (the enroll dialog's success), without a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.config import Settings
from ui.sync_status import StatusBridge

if TYPE_CHECKING:  # SQLAlchemy, requests and keyring load after the first paint
    from sqlalchemy import Engine

    from offline_sync.enroll import DeviceCredentials
    from offline_sync.loop import SyncLoop
    from offline_sync.runner import DeviceSync

log = logging.getLogger(__name__)


class SyncController(QObject):
    """Owns the device's one sync loop for the life of the window.

    Signals:
        ready(): the store is open and the loop runs (enrolling is possible now).
    """

    ready = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        credentials: DeviceCredentials | None = None,
        interval: float | None = None,
        person_key: Callable[[], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.credentials = credentials
        self._person_key = person_key
        self.bridge = StatusBridge(self)
        self._interval = interval
        self._sync: DeviceSync | None = None
        self._loop: SyncLoop | None = None

    @property
    def engine(self) -> Engine | None:
        """The open store's engine (None before the store is open)."""
        return self._sync.engine if self._sync is not None else None

    @property
    def running(self) -> bool:
        return self._loop is not None

    @Slot(object)
    def start(self, store: object) -> None:
        """Start syncing ``store`` (an `offline_sync.store.LocalStore`); once only."""
        from sqlalchemy import Engine

        from offline_sync.loop import DEFAULT_INTERVAL
        from offline_sync.runner import DeviceSync, make_sync_loop

        engine = getattr(store, "engine", None)
        if self._loop is not None or not isinstance(engine, Engine):
            return
        self._sync = DeviceSync(
            engine,
            ca_bundle=self.settings.ca_bundle,
            credentials=self.credentials,
            person_key=self._person_key,
        )
        interval = DEFAULT_INTERVAL if self._interval is None else self._interval
        self._loop = make_sync_loop(self._sync, self.bridge.publish, interval=interval)
        self._loop.start()
        log.info("background sync started")
        self.ready.emit()

    @Slot()
    def trigger(self) -> None:
        """Sync now (after enrolling, or when staff ask)."""
        if self._loop is not None:
            self._loop.trigger()

    @Slot()
    def stop(self) -> None:
        """End the loop's thread after its current round and close the HTTP client."""
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.stop()
        if self._sync is not None:
            self._sync.close()
