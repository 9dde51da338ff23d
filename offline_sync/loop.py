"""The background sync loop: a plain thread, never the GUI thread, never waiting for new work.

A round runs at start, then every ``interval`` seconds, and at once on `SyncLoop.trigger`.
A failed round is retried after an exponential backoff with full jitter (capped), or
after central's ``Retry-After`` when that is longer; retries do not wait for a local
write. Errors a person must fix (revoked, not enrolled, untrusted certificate) stop the
retries until `trigger` is called (e.g. after enrolling again). After every round a
frozen `SyncStatus` goes to ``on_status``, on the loop's thread: the UI re-emits it as a
Qt signal. ``wait`` and ``uniform`` are injectable, so tests never really wait.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

from offline_sync.errors import StorageError
from offline_sync.status import SyncStatus
from offline_sync.sync_errors import Offline, ServerError, SyncError

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 60.0
BACKOFF_BASE = 2.0
BACKOFF_CAP = 300.0

Wait = Callable[[threading.Event, float | None], None]
"""Block until the event is set or the timeout (None: forever) passes."""


def _event_wait(event: threading.Event, timeout: float | None) -> None:
    event.wait(timeout)


class SyncLoop:
    """Runs ``run_round`` on a worker thread and publishes the status after each round."""

    def __init__(
        self,
        run_round: Callable[[], object],
        read_status: Callable[[bool | None], SyncStatus],
        on_status: Callable[[SyncStatus], None],
        *,
        interval: float = DEFAULT_INTERVAL,
        backoff_base: float = BACKOFF_BASE,
        backoff_cap: float = BACKOFF_CAP,
        wait: Wait = _event_wait,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self._run_round = run_round
        self._read_status = read_status
        self._on_status = on_status
        self._interval = interval
        self._base = backoff_base
        self._cap = backoff_cap
        self._wait = wait
        self._uniform = uniform
        self._failures = 0
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def failures(self) -> int:
        """Consecutive failed rounds (0 after a success)."""
        return self._failures

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the sync loop is already running")
        self._thread = threading.Thread(target=self._run, name="sync-loop", daemon=True)
        self._thread.start()

    def trigger(self) -> None:
        """Sync now (e.g. the person pressed "sync", or enrolled again)."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the current round (an HTTP call ends within its timeout)."""
        self._stopped.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the sync loop did not stop within %.0f s", timeout)

    def _run(self) -> None:
        while not self._stopped.is_set():
            self._wake.clear()
            delay = self.step()
            if self._stopped.is_set():
                break
            self._wait(self._wake, delay)

    def step(self) -> float | None:
        """Run one round, publish the status, return seconds until the next (None: on trigger)."""
        online: bool | None
        try:
            self._run_round()
        except SyncError as error:
            log.info("sync round failed: %s", error.user_message)
            online = not isinstance(error, Offline)
            delay = self._after_failure(error) if error.retryable else None
        except StorageError as error:
            log.warning("sync round failed on the local store: %s", error.user_message)
            online, delay = None, self._after_failure(error)
        except Exception:  # a bug must not end background sync for good
            log.exception("sync round failed unexpectedly")
            online, delay = None, self._after_failure(None)
        else:
            self._failures = 0
            online, delay = True, self._interval
        self._publish(online)
        return delay

    def _after_failure(self, error: Exception | None) -> float:
        self._failures += 1
        ceiling = min(self._cap, self._base * 2 ** (self._failures - 1))
        delay = self._uniform(0.0, ceiling)  # full jitter: a reconnect storm spreads out
        if isinstance(error, ServerError) and error.retry_after is not None:
            delay = max(delay, error.retry_after)
        return delay

    def _publish(self, online: bool | None) -> None:
        try:
            self._on_status(self._read_status(online))
        except Exception:
            log.exception("publishing the sync status failed")
