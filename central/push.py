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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select, update

from central import tables as t
from central.apply import Actor, apply_op
from central.bulk import BulkRead, BulkWrite
from central.db import write_tx
from central.feed import Positions
from central.merge import InvalidOp
from central.records import Records
from central.security import now
from offline_sync.protocol import (
    Op,
    OpResult,
    OpStatus,
    canonical_digest,
    content_hash,
    new_id,
    plain_canonical_json,
    with_hlc,
)

log = logging.getLogger(__name__)

_O = t.op_log.c
_D = t.device.c
_OP_COLUMNS = (
    "municipality_id",
    "op_id",
    "device_id",
    "device_seq",
    "body",
    "content_hash",
    "status",
    "result",
    "reported",
    "received_at",
)
_INSERT_OP = BulkWrite(t.op_log, _OP_COLUMNS)
_READ_OPS = BulkRead(
    t.op_log,
    ("op_id", "content_hash", "status", "result", "reported"),
    ("municipality_id",),
    "op_id",
)
_INSERT_QUARANTINE = t.quarantine.insert()
_UPDATE_OP = update(t.op_log).where(
    _O.municipality_id == bindparam("b_muni"), _O.op_id == bindparam("b_op_id")
)


def push(engine: Engine, municipality_id: str, actor: Actor, ops: list[Op]) -> list[OpResult]:
    """Results in the order of ``ops``; committed before this returns."""
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        batch = _Batch(conn, positions, actor, ops)
        results = [batch.receive(op) for op in ops]
        batch.finish()
        positions.flush()
    return results


@dataclass
class _Stored:
    """An op_log row as this batch has left it; ``row`` is set while it awaits insertion."""

    content_hash: str
    status: str
    result: str | None
    reported: bool
    row: dict[str, Any] | None = None


class _Batch:
    """One push: the op log rows and records it needs are read up front, written at the end."""

    def __init__(self, conn: Connection, positions: Positions, actor: Actor, ops: list[Op]) -> None:
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
        self.known = self._stored_ops([op.op_id for op in ops])
        self.used_seqs: set[int] = set()  # this device's stored seqs above last_seq
        self.held: dict[int, tuple[str, str]] = {}  # device_seq -> (op_id, body)
        self._read_later_ops()
        self.records = Records(conn, self.muni)
        self.records.prefetch((op.entity, op.entity_id) for op in ops)
        self._pending: list[dict[str, Any]] = []

    def _stored_ops(self, op_ids: list[str]) -> dict[str, _Stored]:
        unique = list(dict.fromkeys(op_ids))
        rows = _READ_OPS.run(self.conn, (self.muni,), unique)
        return {
            r.op_id: _Stored(r.content_hash, r.status, r.result, bool(r.reported)) for r in rows
        }

    def _read_later_ops(self) -> None:
        """Ops stored after a gap (usually none): the only seqs a new op could collide with."""
        rows = self.conn.execute(
            select(_O.op_id, _O.device_seq, _O.status, _O.body).where(
                _O.municipality_id == self.muni,
                _O.device_id == self.actor.device_id,
                _O.device_seq > self.last_seq,
            )
        )
        for r in rows:
            self.used_seqs.add(r.device_seq)
            if r.status == OpStatus.HELD.value:
                self.held[r.device_seq] = (r.op_id, r.body)

    def receive(self, op: Op) -> OpResult:
        canonical = plain_canonical_json(op)  # also the stored body (`_insert`)
        digest = content_hash(op) if canonical is None else canonical_digest(canonical)
        stored = self.known.get(op.op_id)
        if stored is not None:
            return self._again(op, digest, stored)
        if op.device_seq <= self.last_seq or op.device_seq in self.used_seqs:
            reason = f"device_seq {op.device_seq} was already used by another op"
            return self._store_quarantined(op, digest, canonical, reason)
        if op.device_seq > self.last_seq + 1:
            body = self._insert(op, digest, canonical, OpStatus.HELD, None, reported=False)
            self.held[op.device_seq] = (op.op_id, body)
            return OpResult(op_id=op.op_id, status=OpStatus.HELD, reason="waiting for earlier ops")
        result = self._apply(op)
        self._insert(op, digest, canonical, result.status, result, reported=True)
        self.last_seq = op.device_seq
        self._drain_held()
        return result

    def _again(self, op: Op, digest: str, stored: _Stored) -> OpResult:
        if stored.content_hash != digest:
            reason = "op_id already used with different content; the first op stands"
            self._quarantine(op, reason)
            return OpResult(op_id=op.op_id, status=OpStatus.QUARANTINED, reason=reason)
        if stored.status == OpStatus.HELD:
            return OpResult(op_id=op.op_id, status=OpStatus.HELD, reason="waiting for earlier ops")
        result = OpResult.model_validate_json(stored.result or "{}")
        if not stored.reported:
            self._set(op.op_id, reported=True)
            return result
        return OpResult(
            op_id=op.op_id,
            status=OpStatus.DUPLICATE,
            reason=f"already received; first result: {result.status.value}",
            conflicts=result.conflicts,
        )

    def _apply(self, op: Op) -> OpResult:
        try:
            applied = apply_op(self.conn, self.positions, self.records, self.actor, op)
        except InvalidOp as exc:
            self._quarantine(op, str(exc))
            return OpResult(op_id=op.op_id, status=OpStatus.QUARANTINED, reason=str(exc))
        return OpResult(op_id=op.op_id, status=applied.status, conflicts=applied.conflicts)

    def _drain_held(self) -> None:
        while (found := self.held.pop(self.last_seq + 1, None)) is not None:
            op_id, body = found
            held = Op.model_validate_json(body)
            result = self._apply(held)
            self._set(op_id, status=result.status.value, result=result.model_dump_json())
            self.last_seq = held.device_seq

    def _set(self, op_id: str, **values: Any) -> None:
        """Change a stored op row: in memory if it awaits insertion, else in the table."""
        stored = self.known.get(op_id)
        if stored is not None:
            for name, value in values.items():
                setattr(stored, name, value)
            if stored.row is not None:
                stored.row.update(values)
                return
        self.conn.execute(_UPDATE_OP, [{"b_muni": self.muni, "b_op_id": op_id, **values}])

    def _store_quarantined(
        self, op: Op, digest: str, canonical: str | None, reason: str
    ) -> OpResult:
        result = OpResult(op_id=op.op_id, status=OpStatus.QUARANTINED, reason=reason)
        self._quarantine(op, reason)
        self._insert(op, digest, canonical, OpStatus.QUARANTINED, result, reported=True)
        return result

    def _insert(
        self,
        op: Op,
        digest: str,
        canonical: str | None,
        status: OpStatus,
        result: OpResult | None,
        *,
        reported: bool,
    ) -> str:
        """Queue the op's row for the batch's single insert; returns its stored body.

        The body is the op's canonical JSON (already made for its digest) with ``hlc``
        added; an op that is not plain JSON is dumped by pydantic as before.
        """
        body = op.model_dump_json() if canonical is None else with_hlc(canonical, op.hlc)
        row: dict[str, Any] = {
            "municipality_id": self.muni,
            "op_id": op.op_id,
            "device_id": self.actor.device_id,
            "device_seq": op.device_seq,
            "body": body,
            "content_hash": digest,
            "status": status.value,
            "result": result.model_dump_json() if result else None,
            "reported": reported,
            "received_at": now(),
        }
        self._pending.append(row)
        self.known[op.op_id] = _Stored(digest, row["status"], row["result"], reported, row)
        self.used_seqs.add(op.device_seq)
        return body

    def _quarantine(self, op: Op, reason: str) -> None:
        log.info("op %s from device %s quarantined: %s", op.op_id, self.actor.device_id, reason)
        self.conn.execute(
            _INSERT_QUARANTINE,
            {
                "municipality_id": self.muni,
                "quarantine_id": new_id(),
                "op_id": op.op_id,
                "device_id": self.actor.device_id,
                "body": json.dumps(op.model_dump(mode="json"), sort_keys=True),
                "reason": reason,
                "received_at": now(),
            },
        )

    def finish(self) -> None:
        """Write the device's last seq, then the records, then the op rows (lock order)."""
        if self.last_seq != self._start_seq:
            self.conn.execute(
                update(t.device)
                .where(_D.municipality_id == self.muni, _D.device_id == self.actor.device_id)
                .values(last_seq=self.last_seq)
            )
        self.records.flush()
        _INSERT_OP.run(self.conn, [tuple(row[c] for c in _OP_COLUMNS) for row in self._pending])
