"""The records one push batch touches, read in bulk and written back once, before commit.

Loading each record and saving it per op cost ~4 statements per op, built anew each
time. A batch instead reads every record its ops name in one query per entity, keeps
them here so a later op of the batch sees the earlier edits, and writes the changed
ones with one executemany per kind (insert, update) just before the transaction
commits, straight through the driver (`central.bulk`). Positions are still taken from
the locked counter as each change is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from central import tables as t
from central.bulk import BulkRead, BulkWrite
from central.feed import (
    RECORD_COLUMNS,
    VALUE_COLUMNS,
    Positions,
    Record,
    from_row,
    row_tuple,
    stamp,
)

Key = tuple[str, str]


class Records:
    """The batch's view of the record table: reads through it, writes into it."""

    def __init__(self, conn: Connection, municipality_id: str) -> None:
        self._conn = conn
        self._muni = municipality_id
        self._cache: dict[Key, Record] = {}
        self._stored: set[Key] = set()  # rows that exist in the table
        self._dirty: dict[Key, None] = {}  # insertion-ordered set

    def prefetch(self, keys: Iterable[Key]) -> None:
        """Read the named records not read yet, one query per entity and chunk."""
        wanted: dict[str, list[str]] = {}
        for entity, entity_id in dict.fromkeys(keys):
            if (entity, entity_id) not in self._cache:
                wanted.setdefault(entity, []).append(entity_id)
        for entity, ids in wanted.items():
            rows = _READ.run(self._conn, (self._muni, entity), ids)
            for row in rows:
                entity_id = row.entity_id
                self._cache[entity, entity_id] = from_row(entity, entity_id, row)
                self._stored.add((entity, entity_id))
            for entity_id in ids:
                self._cache.setdefault((entity, entity_id), Record(entity, entity_id))

    def get(self, entity: str, entity_id: str) -> Record:
        """The record as this batch has left it, or a fresh not-yet-existing one."""
        if (entity, entity_id) not in self._cache:
            self.prefetch([(entity, entity_id)])
        return self._cache[entity, entity_id]

    def fresh(self, entity: str, entity_id: str) -> Record:
        """A record under a newly made id: known not to exist, so not looked up."""
        rec = Record(entity, entity_id)
        self._cache[entity, entity_id] = rec
        return rec

    def save(
        self, positions: Positions, rec: Record, changes: dict[str, Any], *, delete: bool = False
    ) -> int:
        """Apply ``changes`` (and a tombstone) at a new position; stored by `flush`."""
        position = stamp(positions, rec, changes, delete=delete)
        self._dirty[rec.entity, rec.entity_id] = None
        return position

    def flush(self) -> None:
        """Write every changed record: one executemany for new rows, one for changed."""
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        muni = self._muni
        for key in self._dirty:
            values = row_tuple(self._cache[key])
            if key in self._stored:
                updates.append((*values, muni, *key))
            else:
                inserts.append((muni, *key, *values))
                self._stored.add(key)
        self._dirty.clear()
        _UPDATE.run(self._conn, updates)
        _INSERT.run(self._conn, inserts)


_KEY = ("municipality_id", "entity", "entity_id")
_INSERT = BulkWrite(t.record, (*_KEY, *VALUE_COLUMNS))
_READ = BulkRead(
    t.record,
    ("entity_id", *(c.name for c in RECORD_COLUMNS)),
    ("municipality_id", "entity"),
    "entity_id",
)
_UPDATE = BulkWrite(t.record, VALUE_COLUMNS, key=_KEY)
