"""What the back office reads and changes. Changes go through the same feed as device ops.

A status change or an answer is a server-side write at a new feed position, so every
device that holds the record receives it by sync like any other change.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, select

from central import tables as t
from central.db import read_tx, write_tx
from central.feed import Positions, load, save
from central.merge import append_union
from central.security import now
from offline_sync.protocol import MELDING_TRANSITIONS, QUESTION_TRANSITIONS, new_id

_R = t.record.c


class NotFound(LookupError):
    """No such record in this municipality."""


class InvalidTransition(ValueError):
    """The requested status cannot follow the current one."""


def list_records(
    engine: Engine,
    municipality_id: str,
    entity: str,
    *,
    status: str | None,
    category: str | None,
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    query = select(_R.entity_id, _R.fields, _R.versions, _R.deleted, _R.position).where(
        _R.municipality_id == municipality_id, _R.entity == entity
    )
    if status is not None:
        query = query.where(_R.status == status)
    if category is not None:
        query = query.where(_R.category == category)
    query = query.order_by(_R.position.desc()).limit(limit).offset(offset)
    with read_tx(engine) as conn:
        rows = conn.execute(query).all()
    return [
        {
            "id": r.entity_id,
            "fields": json.loads(r.fields),
            "versions": json.loads(r.versions),
            "deleted": bool(r.deleted),
            "position": r.position,
        }
        for r in rows
    ]


def set_status(
    engine: Engine, municipality_id: str, entity: str, entity_id: str, *, status: str, by: str
) -> int:
    """Move a melding or question to ``status`` (a valid transition); returns the position."""
    transitions = MELDING_TRANSITIONS if entity == "melding" else QUESTION_TRANSITIONS
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        rec = load(conn, municipality_id, entity, entity_id)
        if not rec.exists or rec.deleted:
            raise NotFound(f"no {entity} {entity_id}")
        current = rec.fields.get("status")
        if status not in transitions or (
            current is not None and status not in transitions.get(current, frozenset())
        ):
            raise InvalidTransition(f"a {entity} cannot move from {current!r} to {status!r}")
        changes: dict[str, Any] = {"status": status}
        if entity == "melding":
            entry = {"id": new_id(), "status": status, "by": by, "at": now()}
            changes["status_history"] = append_union(rec.fields.get("status_history"), [entry], [])
        position = save(conn, positions, rec, changes)
        positions.flush()
    return position


def answer_question(
    engine: Engine, municipality_id: str, question_id: str, answer: str, by: str
) -> int:
    """Set the answer and mark the question answered; returns the position."""
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        rec = load(conn, municipality_id, "question", question_id)
        if not rec.exists or rec.deleted:
            raise NotFound(f"no question {question_id}")
        current = rec.fields.get("status")
        changes: dict[str, Any] = {"answer": answer}
        if current != "answered":
            if "answered" not in QUESTION_TRANSITIONS.get(current or "open", frozenset()):
                raise InvalidTransition(f"a {current} question cannot be answered")
            changes["status"] = "answered"
        entry = {"id": new_id(), "by": by, "text": answer, "at": now()}
        changes["thread"] = append_union(rec.fields.get("thread"), [entry], [])
        position = save(conn, positions, rec, changes)
        positions.flush()
    return position


def list_quarantine(engine: Engine, municipality_id: str, limit: int, offset: int) -> list[Any]:
    q = t.quarantine.c
    with read_tx(engine) as conn:
        rows = conn.execute(
            select(q.quarantine_id, q.op_id, q.device_id, q.body, q.reason, q.received_at)
            .where(q.municipality_id == municipality_id)
            .order_by(q.received_at, q.quarantine_id)
            .limit(limit)
            .offset(offset)
        ).all()
    return [
        {
            "quarantine_id": r.quarantine_id,
            "op_id": r.op_id,
            "device_id": r.device_id,
            "reason": r.reason,
            "received_at": r.received_at,
            "op": json.loads(r.body),
        }
        for r in rows
    ]


def list_conflicts(
    engine: Engine, municipality_id: str, resolved: bool | None, limit: int, offset: int
) -> list[Any]:
    c = t.conflict.c
    query = select(t.conflict).where(c.municipality_id == municipality_id)
    if resolved is not None:
        query = query.where(c.resolved.is_(resolved))
    with read_tx(engine) as conn:
        rows = conn.execute(
            query.order_by(c.created_at, c.conflict_id).limit(limit).offset(offset)
        ).all()
    return [
        {
            "conflict_id": r.conflict_id,
            "entity": r.entity,
            "entity_id": r.entity_id,
            "field": r.field,
            "server_value": json.loads(r.server_value),
            "device_value": json.loads(r.device_value),
            "op_id": r.op_id,
            "device_id": r.device_id,
            "resolved": bool(r.resolved),
        }
        for r in rows
    ]
