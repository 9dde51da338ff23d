"""Conflicts a person resolves: reading them, and turning a choice into an op that syncs.

Central keeps both values of a field that two people changed at once and sends a
``sync_conflict`` record to every device in scope. The person who resolves it picks a
value (one of the two, or a new one); that choice is written locally and queued as a
``resolve`` op, so it reaches central and from there every other device, like any edit.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from offline_sync.apply import stored_value
from offline_sync.outbox import applying
from offline_sync.protocol import ENTITIES, new_id


class UnknownConflict(LookupError):
    """No open conflict with that id on this device (resolved meanwhile, or never here)."""


@dataclass(frozen=True)
class Conflict:
    """Two values of one field, side by side, for a person to choose between."""

    conflict_id: str
    entity: str
    entity_id: str
    field: str
    server_value: Any
    """The value central kept (shown provisionally until someone decides)."""
    device_value: Any
    """The value the other edit wanted."""


def open_conflicts(connection: Connection) -> list[Conflict]:
    """Every unresolved conflict this device knows, oldest record first."""
    rows = connection.execute(
        text(
            "SELECT id, entity, entity_id, field, server_value, device_value FROM sync_conflict"
            " WHERE _deleted = 0 AND coalesce(resolved, 0) IN (0, '') ORDER BY entity_id, field"
        )
    )
    return [
        Conflict(row[0], row[1], row[2], row[3], _decode(row[4]), _decode(row[5])) for row in rows
    ]


def resolve(connection: Connection, conflict_id: str, value: Any) -> str:
    """Settle a conflict with ``value``, inside the caller's transaction; returns the op id.

    The record shows the chosen value at once; the conflict stays listed as resolved
    locally, and central confirms both with the next pull.

    Raises:
        UnknownConflict: no open conflict ``conflict_id``.
    """
    conflict = next((c for c in open_conflicts(connection) if c.conflict_id == conflict_id), None)
    if conflict is None:
        raise UnknownConflict(conflict_id)
    if ENTITIES[conflict.entity].field(conflict.field) is None:
        raise UnknownConflict(f"{conflict_id}: field {conflict.field} is unknown here")
    with applying(connection):  # the resolve op below is the only op for this change
        connection.execute(
            text(f"UPDATE {conflict.entity} SET {conflict.field} = :value WHERE id = :id"),  # noqa: S608
            {
                "value": stored_value(conflict.entity, conflict.field, value),
                "id": conflict.entity_id,
            },
        )
        connection.execute(
            text("UPDATE sync_conflict SET resolved = 1 WHERE id = :id"), {"id": conflict_id}
        )
    seq, clock = _next_seq(connection)
    op_id = new_id()
    connection.execute(
        text(
            "INSERT INTO outbox (op_id, device_seq, entity, entity_id, op_kind, payload,"
            " base_versions, schema_version, actor, created_at)"
            " SELECT :op_id, :seq, :entity, :entity_id, 'resolve', :payload, '{}',"
            " schema_version, actor, :clock FROM sync_session"
        ),
        {
            "op_id": op_id,
            "seq": seq,
            "entity": conflict.entity,
            "entity_id": conflict.entity_id,
            "payload": json.dumps({"fields": {conflict.field: value}, "old": {}}),
            "clock": clock,
        },
    )
    return op_id


def _next_seq(connection: Connection) -> tuple[int, str]:
    """The next contiguous device_seq and a clock reading, as the outbox triggers take them."""
    connection.execute(
        text(
            "UPDATE outbox_seq SET"
            " last = max(last, (SELECT coalesce(max(device_seq), 0) FROM outbox)) + 1,"
            " hlc_counter = CASE WHEN :now > hlc_ms THEN 0 ELSE hlc_counter + 1 END,"
            " hlc_ms = max(hlc_ms, :now)"
        ),
        {"now": _now_ms()},
    )
    row = connection.execute(text("SELECT last, hlc_ms, hlc_counter FROM outbox_seq")).one()
    return int(row[0]), f"{int(row[1]):013d}:{int(row[2]):05d}"


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _decode(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
