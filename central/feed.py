"""The record store and its change feed: positions assigned in commit order.

A writing transaction first locks its municipality's ``feed_counter`` row (``SELECT ...
FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already serialises writers) and
writes the new last position back just before it commits. Positions taken by a
transaction are therefore all greater than those of every transaction that committed
before it, and no reader can see position ``p`` before every position below ``p`` is
committed: the sequence pitfall of sync.md cannot happen. The lock is always taken first
(counter, then device, then records) so writers never deadlock.

The feed is compacted: a record row carries the position of its latest change only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Connection, bindparam, select, update

from central import tables as t
from central.db import is_sqlite

_R = t.record.c


class Positions:
    """The municipality's feed counter, locked for the rest of the transaction."""

    def __init__(self, conn: Connection, municipality_id: str) -> None:
        self._conn = conn
        self.municipality_id = municipality_id
        query = select(t.feed_counter.c.last).where(
            t.feed_counter.c.municipality_id == municipality_id
        )
        if not is_sqlite(conn):
            query = query.with_for_update()
        last = conn.execute(query).scalar_one_or_none()
        if last is None:
            raise LookupError(f"no municipality {municipality_id!r}")
        self.last: int = last
        self._start = last

    def next(self) -> int:
        self.last += 1
        return self.last

    def flush(self) -> None:
        """Write the counter back (call once, just before commit)."""
        if self.last != self._start:
            self._conn.execute(
                update(t.feed_counter)
                .where(t.feed_counter.c.municipality_id == self.municipality_id)
                .values(last=self.last)
            )
            self._start = self.last


def last_position(conn: Connection, municipality_id: str) -> int | None:
    """The last committed position (readers bound their queries by it)."""
    return conn.execute(
        select(t.feed_counter.c.last).where(t.feed_counter.c.municipality_id == municipality_id)
    ).scalar_one_or_none()


@dataclass
class Record:
    entity: str
    entity_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    deleted: bool = False
    team_id: str | None = None
    previous_team_id: str | None = None
    position: int = 0
    exists: bool = False


RECORD_COLUMNS = (_R.fields, _R.versions, _R.deleted, _R.team_id, _R.previous_team_id, _R.position)


def load(conn: Connection, municipality_id: str, entity: str, entity_id: str) -> Record:
    """The record, or a fresh not-yet-existing one."""
    row = conn.execute(
        select(*RECORD_COLUMNS)
        .where(_R.municipality_id == municipality_id, _R.entity == entity)
        .where(_R.entity_id == entity_id)
    ).first()
    if row is None:
        return Record(entity, entity_id)
    return from_row(entity, entity_id, row)


def from_row(entity: str, entity_id: str, row: Any) -> Record:
    """A stored record row (the `RECORD_COLUMNS`) as a `Record`."""
    return Record(
        entity,
        entity_id,
        json.loads(row.fields),
        json.loads(row.versions),
        bool(row.deleted),
        row.team_id,
        row.previous_team_id,
        row.position,
        exists=True,
    )


def save(
    conn: Connection,
    positions: Positions,
    rec: Record,
    changes: dict[str, Any],
    *,
    delete: bool = False,
) -> int:
    """Apply ``changes`` (and a tombstone) to ``rec`` at a new position, and store it."""
    stored = rec.exists
    position = stamp(positions, rec, changes, delete=delete)
    key = {"b_muni": positions.municipality_id, "b_entity": rec.entity, "b_id": rec.entity_id}
    if stored:
        conn.execute(UPDATE_RECORD, [key | row_values(rec)])
    else:
        conn.execute(INSERT_RECORD, [key | row_values(rec)])
    return position


def stamp(
    positions: Positions, rec: Record, changes: dict[str, Any], *, delete: bool = False
) -> int:
    """Apply ``changes`` (and a tombstone) to ``rec`` in memory at a new position."""
    position = positions.next()
    for name, value in changes.items():
        rec.fields[name] = value
        rec.versions[name] = position
    if delete:
        rec.deleted = True
    team = rec.fields.get("team_id")
    if rec.exists and rec.team_id is not None and team != rec.team_id:
        rec.previous_team_id = rec.team_id  # sent once more to the old team, in_scope=false
    rec.team_id = team if isinstance(team, str) else None
    rec.position = position
    rec.exists = True
    return position


VALUE_COLUMNS = (
    "fields",
    "versions",
    "deleted",
    "team_id",
    "previous_team_id",
    "person_key",
    "status",
    "category",
    "position",
)
"""The stored columns of a record besides its key, in the order of `row_tuple`."""


def row_tuple(rec: Record) -> tuple[Any, ...]:
    """The `VALUE_COLUMNS` of ``rec``.

    ``fields`` and ``versions`` are compact JSON from pydantic-core's encoder (a fifth of
    the cost of ``json.dumps``); nothing reads them but as JSON, in any key order.
    """
    fields = rec.fields
    person_key = fields.get("person_key")
    return (
        to_json(fields).decode(),
        to_json(rec.versions).decode(),
        rec.deleted,
        rec.team_id,
        rec.previous_team_id,
        person_key if isinstance(person_key, str) else None,
        _text(fields.get("status")),
        _text(fields.get("category")),
        rec.position,
    )


def row_values(rec: Record) -> dict[str, Any]:
    """The stored columns of ``rec`` (besides its key)."""
    return dict(zip(VALUE_COLUMNS, row_tuple(rec), strict=True))


# Built once: executemany with one parameter dict per record ("b_" keys select the row).
_KEY = (
    (_R.municipality_id == bindparam("b_muni"))
    & (_R.entity == bindparam("b_entity"))
    & (_R.entity_id == bindparam("b_id"))
)
UPDATE_RECORD = update(t.record).where(_KEY)
INSERT_RECORD = t.record.insert().values(
    municipality_id=bindparam("b_muni"),
    entity=bindparam("b_entity"),
    entity_id=bindparam("b_id"),
)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
