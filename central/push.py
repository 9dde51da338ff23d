"""``POST /v1/sync/push``: store every op durably, then apply in device order.

One transaction per batch: every op is written to the op log (or to quarantine) and the
transaction commits before the response is sent, so an acknowledged op is never lost.
Ops of a device apply in ``device_seq`` order; an op after a gap is stored as held and
applied, in order, as soon as the gap fills. A re-push of an op tells its stored result
(``duplicate``), except the first time after a held op was applied later: then the device
hears the real result (accepted / conflict / quarantined).
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Connection, Engine, select, update

from central import tables as t
from central.apply import Actor, apply_op
from central.db import write_tx
from central.feed import Positions
from central.merge import InvalidOp
from central.security import now
from offline_sync.protocol import Op, OpResult, OpStatus, content_hash, new_id

log = logging.getLogger(__name__)

_O = t.op_log.c
_D = t.device.c


def push(engine: Engine, municipality_id: str, actor: Actor, ops: list[Op]) -> list[OpResult]:
    """Results in the order of ``ops``; committed before this returns."""
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        batch = _Batch(conn, positions, actor)
        results = [batch.receive(op) for op in ops]
        batch.finish()
        positions.flush()
    return results


class _Batch:
    def __init__(self, conn: Connection, positions: Positions, actor: Actor) -> None:
        self.conn = conn
        self.positions = positions
        self.muni = positions.municipality_id
        self.actor = actor
        self.last_seq: int = conn.execute(
            select(_D.last_seq)
            .where(_D.municipality_id == self.muni)
            .where(_D.device_id == actor.device_id)
        ).scalar_one()
        self._start_seq = self.last_seq

    def receive(self, op: Op) -> OpResult:
        digest = content_hash(op)
        row = self.conn.execute(
            select(_O.content_hash, _O.status, _O.result, _O.reported).where(
                _O.municipality_id == self.muni, _O.op_id == op.op_id
            )
        ).first()
        if row is not None:
            return self._again(op, digest, row.content_hash, row.status, row.result, row.reported)
        if op.device_seq <= self.last_seq or self._seq_held(op.device_seq):
            reason = f"device_seq {op.device_seq} was already used by another op"
            return self._store_quarantined(op, digest, reason)
        if op.device_seq > self.last_seq + 1:
            self._insert(op, digest, OpStatus.HELD, None, reported=False)
            return OpResult(op_id=op.op_id, status=OpStatus.HELD, reason="waiting for earlier ops")
        result = self._apply(op)
        self._insert(op, digest, result.status, result, reported=True)
        self.last_seq = op.device_seq
        self._drain_held()
        return result

    def _again(  # noqa: PLR0917
        self, op: Op, digest: str, stored_hash: str, status: str, result: str | None, told: bool
    ) -> OpResult:
        if stored_hash != digest:
            reason = "op_id already used with different content; the first op stands"
            self._quarantine(op, reason)
            return OpResult(op_id=op.op_id, status=OpStatus.QUARANTINED, reason=reason)
        if status == OpStatus.HELD:
            return OpResult(op_id=op.op_id, status=OpStatus.HELD, reason="waiting for earlier ops")
        stored = OpResult.model_validate_json(result or "{}")
        if not told:
            self.conn.execute(
                update(t.op_log)
                .where(_O.municipality_id == self.muni, _O.op_id == op.op_id)
                .values(reported=True)
            )
            return stored
        return OpResult(
            op_id=op.op_id,
            status=OpStatus.DUPLICATE,
            reason=f"already received; first result: {stored.status.value}",
            conflicts=stored.conflicts,
        )

    def _apply(self, op: Op) -> OpResult:
        try:
            applied = apply_op(self.conn, self.positions, self.actor, op)
        except InvalidOp as exc:
            self._quarantine(op, str(exc))
            return OpResult(op_id=op.op_id, status=OpStatus.QUARANTINED, reason=str(exc))
        return OpResult(op_id=op.op_id, status=applied.status, conflicts=applied.conflicts)

    def _drain_held(self) -> None:
        while True:
            row = self.conn.execute(
                select(_O.op_id, _O.body).where(
                    _O.municipality_id == self.muni,
                    _O.device_id == self.actor.device_id,
                    _O.device_seq == self.last_seq + 1,
                    _O.status == OpStatus.HELD.value,
                )
            ).first()
            if row is None:
                return
            held = Op.model_validate_json(row.body)
            result = self._apply(held)
            self.conn.execute(
                update(t.op_log)
                .where(_O.municipality_id == self.muni, _O.op_id == row.op_id)
                .values(status=result.status.value, result=result.model_dump_json())
            )
            self.last_seq = held.device_seq

    def _seq_held(self, seq: int) -> bool:
        found = self.conn.execute(
            select(_O.op_id).where(
                _O.municipality_id == self.muni,
                _O.device_id == self.actor.device_id,
                _O.device_seq == seq,
            )
        ).first()
        return found is not None

    def _store_quarantined(self, op: Op, digest: str, reason: str) -> OpResult:
        result = OpResult(op_id=op.op_id, status=OpStatus.QUARANTINED, reason=reason)
        self._quarantine(op, reason)
        self._insert(op, digest, OpStatus.QUARANTINED, result, reported=True)
        return result

    def _insert(
        self, op: Op, digest: str, status: OpStatus, result: OpResult | None, *, reported: bool
    ) -> None:
        self.conn.execute(
            t.op_log.insert().values(
                municipality_id=self.muni,
                op_id=op.op_id,
                device_id=self.actor.device_id,
                device_seq=op.device_seq,
                body=op.model_dump_json(),
                content_hash=digest,
                status=status.value,
                result=result.model_dump_json() if result else None,
                reported=reported,
                received_at=now(),
            )
        )

    def _quarantine(self, op: Op, reason: str) -> None:
        log.info("op %s from device %s quarantined: %s", op.op_id, self.actor.device_id, reason)
        self.conn.execute(
            t.quarantine.insert().values(
                municipality_id=self.muni,
                quarantine_id=new_id(),
                op_id=op.op_id,
                device_id=self.actor.device_id,
                body=json.dumps(op.model_dump(mode="json"), sort_keys=True),
                reason=reason,
                received_at=now(),
            )
        )

    def finish(self) -> None:
        if self.last_seq != self._start_seq:
            self.conn.execute(
                update(t.device)
                .where(_D.municipality_id == self.muni, _D.device_id == self.actor.device_id)
                .values(last_seq=self.last_seq)
            )
