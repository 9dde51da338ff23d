"""Apply one device op (or a back-office edit) to the records, inside a writing transaction.

Validation failures raise `InvalidOp`; the caller quarantines the op (never drops it).
A field that needs a person keeps the server value and gets a conflict row plus a
``sync_conflict`` record, which travels to the devices that hold the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from central import tables as t
from central.feed import Positions, Record
from central.merge import InvalidOp, field_decoders, identity, merge
from central.records import Records
from central.security import now
from offline_sync.protocol import (
    ENTITIES,
    OLDEST_SCHEMA_VERSION,
    SCHEMA_VERSION,
    EntitySpec,
    FieldConflict,
    Op,
    OpKind,
    OpStatus,
    Policy,
    new_id,
    upcast_op,
)

_C = t.conflict.c
_INSERT_CONFLICT = t.conflict.insert()


@dataclass(frozen=True)
class Actor:
    """Who writes: a device (role, team) or a staff member (device_id is the username)."""

    device_id: str
    role: str
    team_id: str | None


@dataclass
class Applied:
    status: OpStatus
    conflicts: list[FieldConflict] = field(default_factory=list)


def apply_op(
    conn: Connection, positions: Positions, records: Records, actor: Actor, op: Op
) -> Applied:
    """Validate, upcast and merge ``op``; raises `InvalidOp` with the quarantine reason."""
    if op.schema_version < OLDEST_SCHEMA_VERSION:
        raise InvalidOp(f"schema version {op.schema_version} is older than {OLDEST_SCHEMA_VERSION}")
    if op.schema_version != SCHEMA_VERSION:  # a current op needs no (costly) copy
        op = upcast_op(op)
    spec = ENTITIES.get(op.entity)
    if spec is None:
        raise InvalidOp(f"unknown entity {op.entity!r}")
    if not spec.device_writable:
        raise InvalidOp(f"devices may not write {op.entity!r}")
    fields, old = _decode(spec, op)
    rec = records.get(op.entity, op.entity_id)
    _check_scope(actor, rec)
    _claim_for_team(spec, rec, fields, actor)
    if op.kind is OpKind.DELETE:
        if not rec.deleted:
            records.save(positions, rec, {}, delete=True)
        return Applied(OpStatus.ACCEPTED)
    if op.kind is OpKind.RESOLVE:
        if not rec.exists:
            raise InvalidOp(f"cannot resolve {op.entity} {op.entity_id}: no such record")
        resolve(conn, positions, records, rec, fields)
        return Applied(OpStatus.ACCEPTED)
    if not rec.exists:
        missing = [name for name in spec.required_names if fields.get(name) is None]
        if missing:
            raise InvalidOp(f"missing required field(s) on create: {', '.join(missing)}")
    elif op.kind is OpKind.CREATE and all(f.policy is Policy.IMMUTABLE for f in spec.fields):
        raise InvalidOp(_CREATED_ONCE.get(op.entity, f"{op.entity} {op.entity_id} already exists"))
    outcome = merge(spec, rec.fields, rec.versions, op, fields, old)
    if outcome.changes or not rec.exists:
        records.save(positions, rec, outcome.changes)
    found = [
        record_conflict(conn, positions, records, actor, rec, op.op_id, name, server, device)
        for name, server, device in outcome.conflicts
    ]
    return Applied(OpStatus.CONFLICT if found else OpStatus.ACCEPTED, found)


_CREATED_ONCE = {
    # A vote's id is derived from (poll, voter key): a second create is a second vote.
    "vote": "already voted: this voter key has a vote in this poll; the first vote stands",
}
"""Why a second create of a record that can never change is refused (quarantined)."""


def _decode(spec: EntitySpec, op: Op) -> tuple[dict[str, Any], dict[str, Any]]:
    """The op's new and old values, JSON decoded; unknown fields are refused."""
    fields: dict[str, Any] = {}
    old: dict[str, Any] = {}
    decoders = field_decoders(spec)
    op_old = op.old
    for name, value in op.fields.items():
        decode = decoders.get(name)
        if decode is None:
            raise InvalidOp(f"unknown field {op.entity}.{name}")
        fields[name] = value if decode is identity else decode(value)
        if op_old:  # a create has none
            previous = op_old.get(name)
            if previous is not None:
                old[name] = decode(previous)
    return fields, old


def _claim_for_team(spec: EntitySpec, rec: Record, fields: dict[str, Any], actor: Actor) -> None:
    """A record a team's laptop creates without a team is that team's (its caseload).

    A melding, question or request made with a resident on a home visit is otherwise
    only on the laptop that made it; with the team set, every laptop of the team sees it
    in the resident's overview, and no other team does.
    """
    if rec.exists or actor.role != "outreach" or actor.team_id is None:
        return
    if fields.get("team_id") is None and "team_id" in spec.field_names:
        fields["team_id"] = actor.team_id


def _check_scope(actor: Actor, rec: Record) -> None:
    """An outreach laptop writes only its own team's records (or team-less new ones)."""
    if actor.role == "outreach" and rec.exists and rec.team_id not in (None, actor.team_id):
        raise InvalidOp("the record belongs to another team than this device's")


def record_conflict(  # noqa: PLR0917 - one conflict has that many facts
    conn: Connection,
    positions: Positions,
    records: Records,
    actor: Actor,
    rec: Record,
    op_id: str,
    name: str,
    server: Any,
    device: Any,
) -> FieldConflict:
    """Keep both values: a conflict row and a ``sync_conflict`` record for the devices."""
    conflict_id = new_id()
    conn.execute(
        _INSERT_CONFLICT,
        {
            "municipality_id": positions.municipality_id,
            "conflict_id": conflict_id,
            "entity": rec.entity,
            "entity_id": rec.entity_id,
            "field": name,
            "server_value": json.dumps(server),
            "device_value": json.dumps(device),
            "op_id": op_id,
            "device_id": actor.device_id,
            "resolved": False,
            "created_at": now(),
        },
    )
    shadow = records.fresh("sync_conflict", conflict_id)
    records.save(
        positions,
        shadow,
        {
            "entity": rec.entity,
            "entity_id": rec.entity_id,
            "field": name,
            "server_value": server,
            "device_value": device,
            "op_id": op_id,
            "resolved": False,
            "team_id": rec.fields.get("team_id"),
            "person_key": rec.fields.get("person_key"),
        },
    )
    return FieldConflict(
        conflict_id=conflict_id, field=name, server_value=server, device_value=device
    )


def resolve(
    conn: Connection, positions: Positions, records: Records, rec: Record, chosen: dict[str, Any]
) -> None:
    """Set the chosen values and mark the open conflicts on those fields resolved."""
    muni = positions.municipality_id
    records.save(positions, rec, chosen)
    open_ids = list(
        conn.execute(
            select(_C.conflict_id).where(
                _C.municipality_id == muni,
                _C.entity == rec.entity,
                _C.entity_id == rec.entity_id,
                _C.field.in_(list(chosen)),
                _C.resolved.is_(False),
            )
        ).scalars()
    )
    if open_ids:
        conn.execute(
            update(t.conflict)
            .where(_C.municipality_id == muni, _C.conflict_id.in_(open_ids))
            .values(resolved=True)
        )
    for conflict_id in open_ids:
        shadow = records.get("sync_conflict", conflict_id)
        records.save(positions, shadow, {"resolved": True})
