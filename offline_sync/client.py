"""One sync round: push pending ops, then pull the change feed, then note the outcome.

Push sends pending ops in device order, in batches, and records each `OpResult` in one
transaction per batch; nothing committed locally is removed because of a result. Pull
asks for the changes after the scope's cursor and applies each batch with its cursor in
one transaction (`offline_sync.apply`). A ``cursor_reset`` answer clears the cursor and
pulls again from the start; pending ops stay and are pushed as usual.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine

from offline_sync import resync
from offline_sync.apply import LocalRecords, clear_cursor, load_cursor
from offline_sync.device_state import (
    CLOCK_SKEW,
    LAST_ERROR,
    LAST_SUCCESS,
    REVOKED,
    delete_state,
    now_text,
    set_state,
)
from offline_sync.outbox import (
    acknowledged_seq,
    forget_results_after,
    pending_ops,
    record_results,
)
from offline_sync.prefetch import Prefetch
from offline_sync.protocol import MAX_CHANGES_PER_PULL, MAX_OPS_PER_PUSH, OpStatus, PushRequest
from offline_sync.sync_errors import CursorReset, DeviceRevoked, ProtocolMismatch, SyncError
from offline_sync.transport import CentralHttp
from offline_sync.uploader import AttachmentUploader, last_seq

log = logging.getLogger(__name__)

FEED_SCOPE = "feed"
"""Cursor name of the device's own scope (reference data, team caseload)."""


def person_scope(person_key: str) -> str:
    """Cursor name of one person's records, pulled on demand at a kiosk."""
    return f"person:{person_key}"


@dataclass(frozen=True)
class RoundReport:
    """What one round did: ops pushed per result status, changes pulled, cursor resets."""

    pushed: Counter[OpStatus] = field(default_factory=Counter)
    pulled: int = 0
    resets: int = 0
    attachments: int = 0


class SyncClient:
    """Push and pull for one device database against one central service."""

    def __init__(
        self,
        engine: Engine,
        http: CentralHttp,
        *,
        push_batch: int = MAX_OPS_PER_PUSH,
        pull_batch: int = MAX_CHANGES_PER_PULL,
    ) -> None:
        self.engine = engine
        self.http = http
        self.records = LocalRecords(engine)
        self.uploader = AttachmentUploader(engine, http)
        self._push_batch = min(push_batch, MAX_OPS_PER_PUSH)
        self._pull_batch = min(pull_batch, MAX_CHANGES_PER_PULL)

    def close(self) -> None:
        self.http.close()

    def sync_round(self, person_key: str | None = None) -> RoundReport:
        """Push, then pull the device's feed (and one person's records when given).

        The outcome (last success or last error) is stored in ``device_state``.

        Raises:
            SyncError: the round stopped; what was pushed or pulled so far is kept.
        """
        try:
            self.reconcile()
            # ops committed up to now refer only to attachments already queued: upload
            # those first, then push no op past that point, so none reaches central
            # before the attachments it refers to
            until = last_seq(self.engine)
            uploaded = self.uploader.upload_pending()
            pushed = self.push(until_seq=until)
            pulled, resets = self.pull()
            if person_key is not None:
                more, more_resets = self.pull(person_key)
                pulled, resets = pulled + more, resets + more_resets
        except SyncError as error:
            with self.engine.begin() as connection:
                set_state(connection, LAST_ERROR, error.user_message)
                if isinstance(error, DeviceRevoked):
                    set_state(connection, REVOKED, now_text())
            raise
        with self.engine.begin() as connection:
            set_state(connection, LAST_SUCCESS, now_text())
            delete_state(connection, LAST_ERROR)
        return RoundReport(pushed=pushed, pulled=pulled, resets=resets, attachments=uploaded)

    def reconcile(self) -> int:
        """Push again what central no longer has; returns how many ops became pending.

        Central answers with the last device_seq it holds for this device. If that is
        below what it acknowledged before, it was restored from an older backup (the
        CommCare lesson in sync.md): forgetting those answers makes the ops pending, and
        the next push restores them with their original ids.
        """
        status = self.http.status()
        with self.engine.begin() as connection:
            if status.clock_skew_s is not None:
                set_state(connection, CLOCK_SKEW, str(status.clock_skew_s))
            if acknowledged_seq(connection) <= status.last_device_seq:
                return 0
            count = forget_results_after(connection, status.last_device_seq)
        log.warning(
            "central holds this device's ops only up to %d; pushing %d ops again",
            status.last_device_seq,
            count,
        )
        return count

    def push(self, until_seq: int | None = None) -> Counter[OpStatus]:
        """Push every pending op (held ones again) up to ``until_seq``, in device order."""
        counts: Counter[OpStatus] = Counter()
        after = 0
        while True:
            with self.engine.connect() as connection:
                ops = pending_ops(connection, after_seq=after, limit=self._push_batch)
            if until_seq is not None:
                ops = [op for op in ops if op.device_seq <= until_seq]
            if not ops:
                return counts
            response = self.http.push(PushRequest(ops=ops))
            sent = {op.op_id for op in ops}
            results = [r for r in response.results if r.op_id in sent]
            if len(results) != len(response.results):
                log.warning("central answered for ops that were not sent; ignored them")
            with self.engine.begin() as connection:
                record_results(connection, results)
                self.records.settle_deferred(connection)
            counts.update(r.status for r in results)
            after = ops[-1].device_seq

    def pull(self, person_key: str | None = None) -> tuple[int, int]:
        """Pull and apply changes until central has no more; returns (changes, resets).

        While a batch is applied the next one is already asked for, on a second thread
        (`Prefetch`), so central's work and the transfer overlap the local writes. That
        request names the cursor of the batch being applied: should the device stop
        before that batch commits, it asks again from its stored cursor, and if central
        has collected tombstones meanwhile it answers ``cursor_reset`` (a full resync,
        nothing lost).
        """
        scope = FEED_SCOPE if person_key is None else person_scope(person_key)
        applied = resets = 0
        with self.engine.connect() as connection:
            after = load_cursor(connection, scope)
        with Prefetch(self.http, self._pull_batch, person_key) as fetch:
            while True:
                try:
                    batch = fetch.batch_after(after)
                except CursorReset:
                    if resets:
                        raise ProtocolMismatch(
                            "central reset the sync position twice in a row; retrying later"
                        ) from None
                    log.warning("central reset the %s cursor; pulling again from the start", scope)
                    with self.engine.begin() as connection:
                        clear_cursor(connection, scope)
                        if scope == FEED_SCOPE:
                            resync.begin(connection, scope)
                    resets, after = resets + 1, ""
                    continue
                done = not batch.has_more or (batch.cursor == after and not batch.changes)
                if not done:
                    fetch.ask_after(batch.cursor)
                applied += self.records.apply_batch(scope, after, batch)
                if done:
                    return applied, resets
                after = batch.cursor
