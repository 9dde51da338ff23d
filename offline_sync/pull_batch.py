"""Writing one pulled batch with a few statements instead of several per change.

An initial sync brings tens of thousands of changes; one SELECT, one upsert and one
``pull_deferred`` delete per change made the device the bottleneck. Here the batch's
local versions are read with one query per entity, the rows are written with one
``executemany`` per (entity, insert or update, column set), and ``pull_deferred`` is only
touched when it holds rows. The semantics are those of applying the changes one by one
in order: a record seen twice in a batch flushes what is buffered before its second
change, so its writes keep their order.

JSON text is written by orjson: ``json.dumps`` builds a new encoder on every call, which
made encoding the list columns and ``_versions`` a quarter of a pull.
A change of a record without pending local edits (nearly all of an initial sync) takes
a short path with its columns worked out once per field set.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from typing import Any

import orjson
from pydantic_core import to_json
from sqlalchemy import Connection

from offline_sync.outbox import WHOLE_RECORD
from offline_sync.protocol import ENTITIES, Change

log = logging.getLogger(__name__)

_NOTHING: frozenset[str] = frozenset()
Key = tuple[str, str]
GroupKey = tuple[str, bool, tuple[str, ...]]
Plan = tuple[tuple[str, ...], tuple[tuple[str, bool], ...], tuple[str, ...]]
"""The columns a change writes, its known fields with whether each holds JSON, their names."""
_NATIVE = frozenset({str, int, float})
"""Wire value types a plain (not JSON) column takes as they are."""


def _as_json(value: Any) -> str:
    """``value`` as JSON text (compact, not ASCII-escaped)."""
    try:
        return orjson.dumps(value).decode()  # a third of pydantic-core's cost on small values
    except orjson.JSONEncodeError:  # an integer past 64 bits
        return to_json(value).decode()


def column_value(value: Any, *, is_json: bool) -> Any:
    """A wire value as the local column holds it: JSON text, or a native scalar."""
    if value is None or (not is_json and type(value) in _NATIVE):
        return value
    if is_json or type(value) is not bool:
        return _as_json(value)
    return int(value)


def write_sql(entity: str, names: tuple[str, ...], *, exists: bool) -> str:
    """The UPDATE (id last) or INSERT (id first) of ``names``, in qmark style."""
    if exists:
        assignments = ", ".join(f"{name} = ?" for name in names)
        return f"UPDATE {entity} SET {assignments} WHERE id = ?"  # noqa: S608
    placeholders = ", ".join("?" for _ in range(len(names) + 1))
    return f"INSERT INTO {entity} (id, {', '.join(names)}) VALUES ({placeholders})"  # noqa: S608


def has_deferred(connection: Connection) -> bool:
    row = connection.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM pull_deferred)").first()
    return bool(row and row[0])


def defer(connection: Connection, where: tuple[str, str, str], value: Any, version: int) -> None:
    """Keep a server value that must wait for a pending local edit of the same field."""
    connection.exec_driver_sql(
        "INSERT INTO pull_deferred (entity, entity_id, field, value, version)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field)"
        " DO UPDATE SET value = excluded.value, version = excluded.version",
        (*where, json.dumps(value), version),
    )


class BatchWriter:
    """Applies one batch's changes in order, buffering record writes until `flush`."""

    def __init__(
        self,
        connection: Connection,
        columns: Callable[[str], frozenset[str]],
        statements: dict[GroupKey, str],
        pending: dict[Key, set[str]],
    ) -> None:
        self.connection = connection
        self.columns = columns
        self.statements = statements
        self.pending = pending
        self.deferred_rows = has_deferred(connection)
        self.versions: dict[Key, dict[str, int] | None] = {}
        self.groups: dict[GroupKey, list[tuple[Any, ...]]] = {}
        self.buffered: set[Key] = set()
        self.kinds: dict[str, dict[str, bool]] = {}
        self.plans: dict[tuple[str, tuple[str, ...]], Plan] = {}

    def load(self, changes: Sequence[Change]) -> None:
        """Read the local versions of every record in ``changes``: one query per entity."""
        ids: dict[str, list[str]] = {}
        for change in changes:
            ids.setdefault(change.entity, []).append(change.entity_id)
        for entity, wanted in ids.items():
            if not self.columns(entity):
                continue
            rows = self.connection.exec_driver_sql(
                f"SELECT id, _versions FROM {entity}"  # noqa: S608
                " WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            )
            for entity_id, versions in rows:
                self.versions[(entity, str(entity_id))] = json.loads(versions)

    def apply(self, change: Change) -> None:
        entity, entity_id = change.entity, change.entity_id
        kinds = self.kinds.get(entity)
        if kinds is None:
            columns = self.columns(entity)
            kinds = self._kinds(entity, columns) if columns else {}
            self.kinds[entity] = kinds
        if not kinds:
            log.warning("ignoring changes of entity %r, unknown to this device", entity)
            return
        key = (entity, entity_id)
        if key in self.buffered:
            self.flush()  # the same record again: its first write goes first
        if not change.in_scope:
            self._remove(key)
            return
        current = self.versions.get(key)
        if current is None and change.deleted:
            return  # a record deleted before this device ever saw it
        held = self.pending.get(key, _NOTHING)
        if held:
            self._apply_held(change, key, current, held, kinds)
        else:
            self._apply_plain(change, key, current)

    def _apply_held(
        self,
        change: Change,
        key: Key,
        current: dict[str, int] | None,
        held: set[str] | frozenset[str],
        kinds: dict[str, bool],
    ) -> None:
        """`apply` for a record with pending local edits: those fields wait."""
        entity, entity_id = key
        versions = dict(current) if current else {}
        names: list[str] = []
        values: list[Any] = []
        wire_versions = change.versions
        for name, value in change.fields.items():
            is_json = kinds.get(name)
            if is_json is None:
                continue  # a field this device's schema does not have
            version = wire_versions.get(name, 0)
            if name in held or WHOLE_RECORD in held:
                defer(self.connection, (entity, entity_id, name), value, version)
                self.deferred_rows = True
                continue
            names.append(name)
            values.append(column_value(value, is_json=is_json))
            versions[name] = version
        settled = list(names)
        names.append("_versions")
        values.append(_as_json(versions))
        if WHOLE_RECORD not in held:
            names.append("_deleted")
            values.append(int(change.deleted))
        exists = current is not None
        row = (*values, entity_id) if exists else (entity_id, *values)
        self.groups.setdefault((entity, exists, tuple(names)), []).append(row)
        self.buffered.add(key)
        self.versions[key] = versions
        if settled and self.deferred_rows:
            self.connection.exec_driver_sql(
                "DELETE FROM pull_deferred WHERE entity = ? AND entity_id = ?"
                " AND field IN (SELECT value FROM json_each(?))",
                (entity, entity_id, json.dumps(settled)),
            )

    def _apply_plain(self, change: Change, key: Key, current: dict[str, int] | None) -> None:
        """`apply` for a record without pending local edits: no field waits."""
        entity, entity_id = key
        fields = change.fields
        names, known, known_names = self._plan(entity, tuple(fields))
        values = [column_value(fields[name], is_json=is_json) for name, is_json in known]
        wire_versions = change.versions
        if current:
            versions = dict(current)
            for name in known_names:
                versions[name] = wire_versions.get(name, 0)
        else:
            versions = {name: wire_versions.get(name, 0) for name in known_names}
        values.append(_as_json(versions))
        values.append(int(change.deleted))
        exists = current is not None
        row = (*values, entity_id) if exists else (entity_id, *values)
        self.groups.setdefault((entity, exists, names), []).append(row)
        self.buffered.add(key)
        self.versions[key] = versions
        if known and self.deferred_rows:
            self.connection.exec_driver_sql(
                "DELETE FROM pull_deferred WHERE entity = ? AND entity_id = ?"
                " AND field IN (SELECT value FROM json_each(?))",
                (entity, entity_id, json.dumps(known_names)),
            )

    def _plan(self, entity: str, wire_names: tuple[str, ...]) -> Plan:
        """The columns a change with fields ``wire_names`` writes, and which hold JSON."""
        plan = self.plans.get((entity, wire_names))
        if plan is None:
            kinds = self.kinds[entity]
            known = tuple((name, kinds[name]) for name in wire_names if name in kinds)
            known_names = tuple(name for name, _ in known)
            names = (*known_names, "_versions", "_deleted")
            plan = self.plans[(entity, wire_names)] = (names, known, known_names)
        return plan

    def flush(self) -> None:
        """Write the buffered rows: one executemany per (entity, insert/update, columns)."""
        for group, rows in self.groups.items():
            sql = self.statements.get(group)
            if sql is None:
                entity, exists, names = group
                sql = self.statements[group] = write_sql(entity, names, exists=exists)
            self.connection.exec_driver_sql(sql, rows)
        self.groups.clear()
        self.buffered.clear()

    def _remove(self, key: Key) -> None:
        """The record left this device's scope: drop the local copy only."""
        entity, entity_id = key
        self.connection.exec_driver_sql(f"DELETE FROM {entity} WHERE id = ?", (entity_id,))  # noqa: S608
        if self.deferred_rows:
            self.connection.exec_driver_sql(
                "DELETE FROM pull_deferred WHERE entity = ? AND entity_id = ?", key
            )
        self.versions[key] = None

    def _kinds(self, entity: str, columns: frozenset[str]) -> dict[str, bool]:
        """Column name -> whether it holds JSON text, for ``entity``'s local columns."""
        spec = ENTITIES[entity]
        kinds = {}
        for name in columns:
            field = spec.field(name)
            kinds[name] = field is not None and field.is_json
        self.kinds[entity] = kinds
        return kinds
