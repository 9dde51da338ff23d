"""Work that must not block the GUI thread (database, HTTP, PDF rendering, printing).

`BackgroundJobs.run` hands a function to a small thread pool and calls ``done`` or
``failed`` back on the GUI thread, through a queued Qt signal. A result that arrives after
the session ended is dropped: `cancel_all` (wired to the session end) bumps a generation
number, so a slow certificate can never appear on the next citizen's screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
WORKERS = 2


class BackgroundJobs(QObject):
    """A thread pool whose results come back on the GUI thread."""

    _finished = Signal(object, object, object, int)  # callback, value, error, generation

    def __init__(self, workers: int = WORKERS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kiosk-job")
        self._generation = 0
        self._pending: set[Future[Any]] = set()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Run ``work`` on a worker; ``done(result)`` or ``failed(error)`` on the GUI thread."""
        generation = self._generation

        def finished(future: Future[T]) -> None:
            self._pending.discard(future)
            if future.cancelled():  # dropped before it ran (`cancel_all`, `shutdown`)
                return
            error = future.exception()
            if error is None:
                self._finished.emit(done, future.result(), None, generation)
            else:
                self._finished.emit(failed, None, error, generation)

        future = self._pool.submit(work)
        self._pending.add(future)
        future.add_done_callback(finished)
        return future

    @property
    def busy(self) -> bool:
        """Some job has not finished yet."""
        return bool(self._pending)

    def cancel_all(self) -> None:
        """The session ended: drop every result still to come."""
        self._generation += 1
        for future in list(self._pending):
            future.cancel()

    def shutdown(self) -> None:
        """Wait for running jobs (at application end)."""
        self.cancel_all()
        self._pool.shutdown(wait=True, cancel_futures=True)

    @Slot(object, object, object, int)
    def _deliver(
        self, callback: Callable[[Any], None] | None, value: object, error: object, gen: int
    ) -> None:
        if gen != self._generation:
            log.debug("a job of an ended session finished; result dropped")
            return
        if error is not None:
            if callback is None:
                log.error("background job failed", exc_info=error)  # type: ignore[arg-type]
                return
            callback(error)
        elif callback is not None:
            callback(value)
