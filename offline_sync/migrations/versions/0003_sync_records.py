"""Synced record tables, and triggers that write the outbox in the writer's own transaction.

One table per entity of protocol SCHEMA_VERSION 2, with the field lists copied here on
purpose: a migration must produce the same schema forever, whatever ``protocol.py`` says
later. Device-writable tables get AFTER INSERT/UPDATE/DELETE triggers, so no code path
(ORM, Core, raw SQL, executemany) can change a record without its outbox entry; the sync
engine applies pulled changes with the one-row ``sync_apply`` flag set, which the
triggers skip. Read-only (central-owned) tables refuse local writes outright.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

from offline_sync.errors import DowngradeRefused

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SCHEMA_VERSION = 2

# entity -> (device writable, ((field, stored as JSON text), ...)); frozen copy of protocol.
ENTITIES: dict[str, tuple[bool, tuple[tuple[str, bool], ...]]] = {
    "person": (
        True,
        (
            ("person_key", False),
            ("first_names", False),
            ("surname", False),
            ("birth_date", False),
            ("street_and_number", False),
            ("zip", False),
            ("municipality", False),
            ("phone", False),
            ("language", False),
            ("team_id", False),
        ),
    ),
    "melding": (
        True,
        (
            ("reference", False),
            ("category", False),
            ("answers", True),
            ("address", True),
            ("description", False),
            ("status", False),
            ("status_history", True),
            ("attachments", True),
            ("person_key", False),
            ("team_id", False),
            ("channel", False),
            ("assisted_by", False),
        ),
    ),
    "question": (
        True,
        (
            ("text", False),
            ("thread", True),
            ("answer", False),
            ("status", False),
            ("open_until", False),
            ("person_key", False),
            ("team_id", False),
            ("assisted_by", False),
        ),
    ),
    "visit": (
        True,
        (
            ("person_id", False),
            ("planned_at", False),
            ("staff_id", False),
            ("status", False),
            ("checklist", True),
            ("notes", True),
            ("outcome", False),
            ("team_id", False),
        ),
    ),
    "contact_moment": (
        True,
        (
            ("person_id", False),
            ("channel", False),
            ("topic", False),
            ("outcome", False),
            ("at", False),
            ("team_id", False),
            ("assisted_by", False),
        ),
    ),
    "service_category": (
        False,
        (("code", False), ("labels", True), ("questions", True), ("active", False)),
    ),
    "sync_conflict": (
        False,
        (
            ("entity", False),
            ("entity_id", False),
            ("field", False),
            ("server_value", True),
            ("device_value", True),
            ("op_id", False),
            ("resolved", False),
            ("team_id", False),
            ("person_key", False),
        ),
    ),
}

_NOT_APPLYING = "(SELECT active FROM sync_apply) = 0"
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
# A UUIDv7 made by SQLite: 48 bits of milliseconds, version 7, variant 10, random rest.
_OP_ID = (
    f"lower(substr(printf('%012x', {_NOW_MS}), 1, 8) || '-' "
    f"|| substr(printf('%012x', {_NOW_MS}), 9, 4) || '-7' || substr(hex(randomblob(2)), 2) "
    "|| '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) "
    "|| '-' || hex(randomblob(6)))"
)
# Advance the contiguous sequence and the hybrid logical clock (display and order only).
# max() with the outbox keeps the sequence right even after a row written by hand.
_TICK = (
    "UPDATE outbox_seq SET last = max(last, (SELECT coalesce(max(device_seq), 0) FROM outbox)) + 1,"
    f" hlc_counter = CASE WHEN {_NOW_MS} > hlc_ms THEN 0 ELSE hlc_counter + 1 END,"
    f" hlc_ms = max(hlc_ms, {_NOW_MS});"
)
_INSERT = (
    "INSERT INTO outbox (op_id, device_seq, entity, entity_id, op_kind, payload,"
    " base_versions, schema_version, actor, created_at)"
    " SELECT {op_id}, q.last, '{entity}', {row}.id, {kind}, json_object('fields', {new},"
    " 'old', {old}), {bases}, s.schema_version, s.actor,"
    " printf('%013d:%05d', q.hlc_ms, q.hlc_counter)"
    " FROM outbox_seq AS q, sync_session AS s;"
)


def _value(row: str, name: str, is_json: bool) -> str:
    return f"json({row}.{name})" if is_json else f"{row}.{name}"


def _object(row: str, fields: tuple[tuple[str, bool], ...]) -> str:
    pairs = ", ".join(f"'{name}', {_value(row, name, is_json)}" for name, is_json in fields)
    return f"json_object({pairs})"


def _bases(fields: tuple[tuple[str, bool], ...]) -> str:
    pairs = ", ".join(
        f"'{name}', coalesce(json_extract(OLD._versions, '$.{name}'), 0)" for name, _ in fields
    )
    return f"json_object({pairs})"


def _changed_only(expression: str, fields: tuple[tuple[str, bool], ...]) -> str:
    """Remove every key whose value did not change (a removed path that is absent is a no-op)."""
    paths = ", ".join(
        f"CASE WHEN OLD.{name} IS NEW.{name} THEN '$.{name}' ELSE '$.__unchanged' END"
        for name, _ in fields
    )
    return f"json_remove({expression}, {paths})"


def _writable_triggers(entity: str, fields: tuple[tuple[str, bool], ...]) -> list[str]:
    changed = " OR ".join(
        [f"OLD.{name} IS NOT NEW.{name}" for name, _ in fields]
        + ["OLD._deleted IS NOT NEW._deleted"]
    )
    create = _INSERT.format(
        op_id=_OP_ID,
        entity=entity,
        row="NEW",
        kind="CASE WHEN NEW._deleted THEN 'delete' ELSE 'create' END",
        new=_object("NEW", fields),
        old="json_object()",
        bases="json_object()",
    )
    update = _INSERT.format(
        op_id=_OP_ID,
        entity=entity,
        row="NEW",
        kind="CASE WHEN NEW._deleted AND NOT OLD._deleted THEN 'delete' ELSE 'update' END",
        new=_changed_only(_object("NEW", fields), fields),
        old=_changed_only(_object("OLD", fields), fields),
        bases=_changed_only(_bases(fields), fields),
    )
    delete = _INSERT.format(
        op_id=_OP_ID,
        entity=entity,
        row="OLD",
        kind="'delete'",
        new="json_object()",
        old=_object("OLD", fields),
        bases=_bases(fields),
    )
    return [
        f"CREATE TRIGGER {entity}_outbox_insert AFTER INSERT ON {entity}"
        f" WHEN {_NOT_APPLYING} BEGIN {_TICK} {create} END",
        f"CREATE TRIGGER {entity}_outbox_update AFTER UPDATE ON {entity}"
        f" WHEN {_NOT_APPLYING} AND ({changed}) BEGIN {_TICK} {update} END",
        f"CREATE TRIGGER {entity}_outbox_delete AFTER DELETE ON {entity}"
        f" WHEN {_NOT_APPLYING} AND OLD._deleted = 0 BEGIN {_TICK} {delete} END",
    ]


def _read_only_triggers(entity: str) -> list[str]:
    refuse = f"SELECT RAISE(ABORT, '{entity} records are written by central only');"
    return [
        f"CREATE TRIGGER {entity}_read_only_{event.lower()} BEFORE {event} ON {entity}"
        f" WHEN {_NOT_APPLYING} BEGIN {refuse} END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


def _table(entity: str, fields: tuple[tuple[str, bool], ...]) -> str:
    columns = [
        # JSON fields are text; scalars keep SQLite's native type (no declared affinity)
        f"{name} TEXT CHECK ({name} IS NULL OR json_valid({name}))" if is_json else name
        for name, is_json in fields
    ]
    return (
        f"CREATE TABLE {entity} (id TEXT PRIMARY KEY NOT NULL, {', '.join(columns)},"
        " _versions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(_versions)),"
        " _deleted INTEGER NOT NULL DEFAULT 0 CHECK (_deleted IN (0, 1)),"
        " _conflict INTEGER NOT NULL DEFAULT 0)"
    )


def upgrade() -> None:
    # Who acts and which schema the ops carry; set by the application, read by triggers.
    op.execute(
        "CREATE TABLE sync_session (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " actor TEXT NOT NULL, schema_version INTEGER NOT NULL)"
    )
    op.execute(f"INSERT INTO sync_session VALUES (1, 'device', {SCHEMA_VERSION})")
    # Set only inside the transaction that applies pulled changes, cleared before commit.
    op.execute(
        "CREATE TABLE sync_apply (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " active INTEGER NOT NULL CHECK (active IN (0, 1)))"
    )
    op.execute("INSERT INTO sync_apply VALUES (1, 0)")
    # The last device_seq handed out, and the local hybrid logical clock.
    op.execute(
        "CREATE TABLE outbox_seq (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " last INTEGER NOT NULL, hlc_ms INTEGER NOT NULL, hlc_counter INTEGER NOT NULL)"
    )
    op.execute("INSERT INTO outbox_seq SELECT 1, coalesce(max(device_seq), 0), 0, 0 FROM outbox")
    # What central answered for each op; the outbox itself never changes.
    op.execute(
        "CREATE TABLE outbox_result (op_id TEXT PRIMARY KEY NOT NULL REFERENCES outbox(op_id),"
        " status TEXT NOT NULL CHECK (status IN"
        " ('accepted', 'duplicate', 'conflict', 'held', 'quarantined')),"
        " reason TEXT, conflicts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conflicts)),"
        " acked_at TEXT NOT NULL)"
    )
    op.execute("CREATE INDEX ix_outbox_result_status ON outbox_result (status)")
    op.execute(
        "CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox"
        " BEGIN SELECT RAISE(ABORT, 'outbox entries are never deleted'); END"
    )
    # Server values that arrived while a local edit of the same field was still pending.
    op.execute(
        "CREATE TABLE pull_deferred (entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
        " field TEXT NOT NULL, value TEXT CHECK (json_valid(value)), version INTEGER NOT NULL,"
        " PRIMARY KEY (entity, entity_id, field))"
    )
    for entity, (writable, fields) in ENTITIES.items():
        op.execute(_table(entity, fields))
        triggers = _writable_triggers(entity, fields) if writable else _read_only_triggers(entity)
        for statement in triggers:
            op.execute(statement)


def downgrade() -> None:
    raise DowngradeRefused("device migrations are forward-only")
