"""Asking central for the next pull batch while the current one is written locally.

An initial sync is a long series of batches; fetched one after the other, central's
query, the transfer and the parsing all wait for the local writes and the other way
round. `Prefetch` keeps at most one request in flight on a single helper thread; the
session is never used by two threads at once (the caller only touches it through here).
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from offline_sync.protocol import ChangesResponse
from offline_sync.transport import CentralHttp

log = logging.getLogger(__name__)


class Prefetch:
    """Batches of one pull: `batch_after` answers from a request made ahead, if any."""

    def __init__(self, http: CentralHttp, limit: int, person_key: str | None) -> None:
        self._http = http
        self._limit = limit
        self._person_key = person_key
        self._pool: ThreadPoolExecutor | None = None
        self._ahead: tuple[str, Future[ChangesResponse]] | None = None

    def __enter__(self) -> Prefetch:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._drop()
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def ask_after(self, cursor: str) -> None:
        """Start asking for the batch after ``cursor`` (its answer waits for `batch_after`)."""
        self._drop()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prefetch")
        future = self._pool.submit(self._http.changes, cursor, self._limit, self._person_key)
        self._ahead = (cursor, future)

    def batch_after(self, cursor: str) -> ChangesResponse:
        """The batch after ``cursor``: the answer asked ahead for it, or a request now.

        Raises:
            SyncError: as `CentralHttp.changes` does.
        """
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            asked, future = ahead
            if asked == cursor:
                return future.result()
            future.cancel()
            _wait_quietly(future)
        return self._http.changes(cursor, self._limit, self._person_key)

    def _drop(self) -> None:
        """Forget a request made ahead (its answer, or its error, is not needed)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead[1].cancel()
            _wait_quietly(ahead[1])


def _wait_quietly(future: Future[ChangesResponse]) -> None:
    """Let a request still running end before the session is used again."""
    if future.cancelled():
        return
    error = future.exception()
    if error is not None:
        log.debug("a batch asked for ahead is not needed: %s", type(error).__name__)
