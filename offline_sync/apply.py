"""Applying a batch of pulled changes and moving the cursor, in one local transaction.

The batch and its cursor commit together (a crash resumes at the last applied batch,
never from zero), inside `outbox.applying` so no outbox entry is made. A field with a
pending local edit keeps its local value; the server value waits in ``pull_deferred``
and is applied by `settle_deferred` once central has answered the edit. A record that
left this device's scope is removed locally (never deleted centrally).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import Connection, Engine, text

from offline_sync import resync
from offline_sync.device_state import now_text
from offline_sync.engine import BEGIN_OPTION
from offline_sync.outbox import WHOLE_RECORD, applying, pending_fields
from offline_sync.protocol import ENTITIES, ChangesResponse
from offline_sync.pull_batch import BatchWriter, GroupKey, column_value, has_deferred, write_sql
from offline_sync.sync_errors import ProtocolMismatch

log = logging.getLogger(__name__)

_BOOKKEEPING = ("id", "_versions", "_deleted", "_conflict")


class LocalRecords:
    """Knows the record columns of one database (its migrations, not today's protocol)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._columns: dict[str, tuple[str, ...]] = {}
        self._column_sets: dict[str, frozenset[str]] = {}
        self._statements: dict[GroupKey, str] = {}

    def columns(self, connection: Connection, entity: str) -> tuple[str, ...]:
        """The synced columns of ``entity``'s table; empty when this device has no such table."""
        if entity not in self._columns:
            if entity not in ENTITIES:
                self._columns[entity] = ()
            else:
                rows = connection.exec_driver_sql(f"PRAGMA table_info({entity})").all()
                names = tuple(str(row[1]) for row in rows)
                self._columns[entity] = tuple(n for n in names if n not in _BOOKKEEPING)
        return self._columns[entity]

    def column_set(self, connection: Connection, entity: str) -> frozenset[str]:
        """`columns` as a set, for the per-field membership test of a pull."""
        if entity not in self._column_sets:
            self._column_sets[entity] = frozenset(self.columns(connection, entity))
        return self._column_sets[entity]

    def apply_batch(self, scope: str, after: str, batch: ChangesResponse) -> int:
        """Apply ``batch`` (pulled after cursor ``after``) and store its cursor; one commit.

        Returns how many changes were applied. Raises `ProtocolMismatch` when the stored
        cursor moved meanwhile or central's cursor goes backwards (nothing is applied).
        """
        options = {BEGIN_OPTION: "IMMEDIATE"}
        with (
            self.engine.connect().execution_options(**options) as connection,
            connection.begin(),
        ):
            current = load_cursor(connection, scope)
            if current != after:
                raise ProtocolMismatch("another sync moved the cursor meanwhile; retrying")
            check_forward(after, batch.cursor)
            pending = pending_fields(connection)
            with applying(connection):
                writer = BatchWriter(
                    connection,
                    lambda entity: self.column_set(connection, entity),
                    self._statements,
                    pending,
                )
                writer.load(batch.changes)
                for change in batch.changes:
                    writer.apply(change)
                writer.flush()
            if resync.running(connection, scope):
                resync.note_seen(connection, scope, batch.changes)
                if not batch.has_more:
                    resync.finish(connection, scope, resync.feed_entities(connection))
            save_cursor(connection, scope, batch.cursor)
        return len(batch.changes)

    def settle_deferred(self, connection: Connection) -> int:
        """Apply server values that waited for local edits central has now answered."""
        if not has_deferred(connection):
            return 0  # the usual case: no need to read every pending op
        pending = pending_fields(connection)
        rows = connection.execute(
            text("SELECT entity, entity_id, field, value, version FROM pull_deferred")
        ).all()
        settled = 0
        with applying(connection):
            for entity, entity_id, name, value, version in rows:
                held = pending.get((entity, entity_id), set())
                if name in held or WHOLE_RECORD in held:
                    continue
                current = connection.execute(
                    text(f"SELECT _versions FROM {entity} WHERE id = :id"),  # noqa: S608
                    {"id": entity_id},
                ).first()
                if current is not None:
                    versions = json.loads(current[0])
                    if int(version) >= int(versions.get(name, 0)):
                        versions[name] = int(version)
                        stored = stored_value(entity, name, json.loads(value))
                        connection.exec_driver_sql(
                            write_sql(entity, (name, "_versions"), exists=True),
                            (stored, json.dumps(versions, sort_keys=True), entity_id),
                        )
                connection.execute(
                    text(
                        "DELETE FROM pull_deferred WHERE entity = :e AND entity_id = :i"
                        " AND field = :f"
                    ),
                    {"e": entity, "i": entity_id, "f": name},
                )
                settled += 1
        return settled


def stored_value(entity: str, name: str, value: Any) -> Any:
    """A wire value as the local column holds it: JSON text, or a native scalar."""
    spec = ENTITIES[entity].field(name)
    return column_value(value, is_json=spec is not None and spec.is_json)


def load_cursor(connection: Connection, scope: str) -> str:
    """The stored feed position of ``scope``; "" for the beginning."""
    row = connection.execute(
        text("SELECT position FROM sync_cursor WHERE scope = :scope"), {"scope": scope}
    ).first()
    return str(row[0]) if row else ""


def save_cursor(connection: Connection, scope: str, position: str) -> None:
    connection.execute(
        text(
            "INSERT INTO sync_cursor (scope, position, updated_at) VALUES (:s, :p, :t)"
            " ON CONFLICT (scope) DO UPDATE SET position = excluded.position,"
            " updated_at = excluded.updated_at"
        ),
        {"s": scope, "p": position, "t": now_text()},
    )


def clear_cursor(connection: Connection, scope: str) -> None:
    """Forget a scope's position (central reset it); pending ops are not touched."""
    connection.execute(text("DELETE FROM sync_cursor WHERE scope = :s"), {"s": scope})


def check_forward(before: str, after: str) -> None:
    """Refuse a numeric cursor that goes backwards (opaque cursors are trusted as given)."""
    if before.isdigit() and after.isdigit() and int(after) < int(before):
        raise ProtocolMismatch(f"central's cursor went backwards ({before} -> {after})")
