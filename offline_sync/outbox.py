"""Reading the outbox the triggers wrote, and recording what central answered.

The outbox rows themselves are immutable and never deleted (triggers enforce both); an
op's fate lives beside it in ``outbox_result``. An op is *pending* while it has no result
or only ``held`` (central stored it but has not applied it yet): pending ops are pushed
again, and their fields keep their local value when pulled changes arrive.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, text

from offline_sync.device_state import now_text
from offline_sync.protocol import SCHEMA_VERSION, Op, OpKind, OpResult, OpStatus

log = logging.getLogger(__name__)

WHOLE_RECORD = "*"
"""Stands for every field in `pending_fields` when a delete is pending."""

PENDING_FROM = (
    "FROM outbox AS o LEFT JOIN outbox_result AS r ON r.op_id = o.op_id"
    " WHERE (r.op_id IS NULL OR r.status = 'held')"
)
"""``FROM … WHERE`` of the ops not yet settled by central (extend with ``AND …``)."""
_PENDING = PENDING_FROM


def set_actor(connection: Connection, actor: str, schema_version: int = SCHEMA_VERSION) -> None:
    """Name who makes the next local changes ('citizen' or a staff id); ops carry it.

    Call it in the same transaction as the changes or before them; it stays until changed.
    """
    if not actor or len(actor) > 120:
        raise ValueError("an actor is a staff id or 'citizen', at most 120 characters")
    connection.execute(
        text("UPDATE sync_session SET actor = :actor, schema_version = :version WHERE id = 1"),
        {"actor": actor, "version": schema_version},
    )


@contextmanager
def applying(connection: Connection) -> Iterator[None]:
    """Inside an open transaction: writes to records create no outbox entries.

    The flag is a table row, so it is part of the transaction: a crash rolls it back with
    the changes, and other connections never see it set.
    """
    connection.execute(text("UPDATE sync_apply SET active = 1 WHERE id = 1"))
    try:
        yield
    finally:
        connection.execute(text("UPDATE sync_apply SET active = 0 WHERE id = 1"))


def pending_ops(connection: Connection, *, after_seq: int = 0, limit: int = 500) -> list[Op]:
    """Pending ops in device order, starting after ``after_seq``."""
    rows = connection.execute(
        text(
            "SELECT o.op_id, o.device_seq, o.entity, o.entity_id, o.op_kind, o.payload,"
            f" o.base_versions, o.schema_version, o.actor, o.created_at {_PENDING}"
            " AND o.device_seq > :after ORDER BY o.device_seq LIMIT :limit"
        ),
        {"after": after_seq, "limit": limit},
    ).all()
    return [_to_op(row) for row in rows]


def _to_op(row: Sequence[object]) -> Op:
    op_id, seq, entity, entity_id, kind, payload, bases, schema, actor, created = row
    body = json.loads(str(payload))
    # ops written before revision 0003 held the new values directly
    fields = body.get("fields", body) if isinstance(body, dict) else {}
    old = body.get("old", {}) if isinstance(body, dict) and "fields" in body else {}
    return Op(
        op_id=str(op_id),
        device_seq=int(str(seq)),
        entity=str(entity),
        entity_id=str(entity_id),
        kind=OpKind(str(kind)),
        fields=fields,
        old=old,
        base_versions={} if bases == "{}" else json.loads(str(bases)),  # "{}": most ops
        schema_version=int(str(schema)),
        actor=str(actor),
        hlc=str(created)[:40],
    )


def record_results(connection: Connection, results: Sequence[OpResult]) -> None:
    """Store central's answer per op (the latest answer wins; the op itself stays).

    Written through the driver with one tuple per result: a push answers up to 500 ops,
    and SQLAlchemy's per-row parameter handling cost more than the insert itself.
    """
    if not results:
        return
    now = now_text()
    connection.exec_driver_sql(
        "INSERT INTO outbox_result (op_id, status, reason, conflicts, acked_at)"
        " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM outbox WHERE op_id = ?)"
        " ON CONFLICT (op_id) DO UPDATE SET status = excluded.status,"
        " reason = excluded.reason, conflicts = excluded.conflicts,"
        " acked_at = excluded.acked_at",
        [
            (
                result.op_id,
                result.status.value,
                result.reason,
                _conflicts_json(result),
                now,
                result.op_id,
            )
            for result in results
        ],
    )
    for result in results:
        if result.status is OpStatus.QUARANTINED:
            log.warning("op %s was quarantined by central: %s", result.op_id, result.reason)


def _conflicts_json(result: OpResult) -> str:
    if not result.conflicts:
        return "[]"  # nearly every result: no encoder needed
    return json.dumps([c.model_dump(mode="json") for c in result.conflicts])


def acknowledged_seq(connection: Connection) -> int:
    """The highest device_seq central has answered for (held answers do not count)."""
    row = connection.execute(
        text(
            "SELECT coalesce(max(o.device_seq), 0) FROM outbox AS o JOIN outbox_result AS r"
            " ON r.op_id = o.op_id WHERE r.status != 'held'"
        )
    ).scalar_one()
    return int(row)


def forget_results_after(connection: Connection, device_seq: int) -> int:
    """Make ops after ``device_seq`` pending again; returns how many.

    For a central service restored from a backup older than its last answers: what it
    acknowledged since is gone there, so the device pushes it again (same op ids, so a
    central that still has them answers ``duplicate``).
    """
    result = connection.execute(
        text(
            "DELETE FROM outbox_result WHERE op_id IN"
            " (SELECT op_id FROM outbox WHERE device_seq > :seq)"
        ),
        {"seq": device_seq},
    )
    return int(result.rowcount or 0)


def pending_fields(connection: Connection) -> dict[tuple[str, str], set[str]]:
    """(entity, id) -> fields with a pending local edit (`WHOLE_RECORD` for a delete)."""
    pending: dict[tuple[str, str], set[str]] = {}
    rows = connection.execute(
        text(f"SELECT o.entity, o.entity_id, o.op_kind, o.payload {_PENDING}")
    )
    for entity, entity_id, kind, payload in rows:
        fields = pending.setdefault((str(entity), str(entity_id)), set())
        if kind == OpKind.DELETE.value:
            fields.add(WHOLE_RECORD)
        body = json.loads(str(payload))
        fields.update(body.get("fields", body) if isinstance(body, dict) else {})
    return pending


def pending_count(connection: Connection) -> int:
    return int(connection.execute(text(f"SELECT count(*) {_PENDING}")).scalar_one())


def status_count(connection: Connection, status: OpStatus) -> int:
    return int(
        connection.execute(
            text("SELECT count(*) FROM outbox_result WHERE status = :status"),
            {"status": status.value},
        ).scalar_one()
    )
