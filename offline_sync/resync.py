"""A full re-download of a scope that also removes what central no longer has.

When central answers ``cursor_reset`` (restored from a backup, or tombstones collected
while this device was away), pulling from the start brings every live record again but
not the deletes that happened meanwhile. So the re-download notes every record it sees,
and when it is complete, local records of the scope that were not seen are removed,
except those with a local edit still waiting to be pushed. The marker and the seen set
are written in the batches' own transactions, so a crash resumes the re-download.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

from offline_sync.device_state import ROLE, delete_state, get_state, set_state
from offline_sync.outbox import applying, pending_fields
from offline_sync.protocol import ENTITIES, Change, Scope

log = logging.getLogger(__name__)

_MARKER = "resync:"


def begin(connection: Connection, scope: str) -> None:
    """Start (or restart) a re-download of ``scope``."""
    set_state(connection, _MARKER + scope, "running")
    connection.execute(text("DELETE FROM resync_seen WHERE scope = :s"), {"s": scope})


def running(connection: Connection, scope: str) -> bool:
    return get_state(connection, _MARKER + scope) is not None


def note_seen(connection: Connection, scope: str, changes: list[Change]) -> None:
    connection.execute(
        text("INSERT OR IGNORE INTO resync_seen VALUES (:s, :e, :i)"),
        [{"s": scope, "e": c.entity, "i": c.entity_id} for c in changes if c.in_scope],
    )


def finish(connection: Connection, scope: str, swept_entities: list[str]) -> int:
    """Remove unseen records of ``swept_entities`` and end the re-download; returns how many."""
    pending = pending_fields(connection)
    removed = 0
    with applying(connection):  # central already forgot them: no delete ops
        for entity in swept_entities:
            rows = connection.execute(
                text(
                    f"SELECT id FROM {entity} WHERE id NOT IN"  # noqa: S608
                    " (SELECT entity_id FROM resync_seen WHERE scope = :s AND entity = :e)"
                ),
                {"s": scope, "e": entity},
            ).all()
            for (record_id,) in rows:
                if (entity, record_id) in pending:
                    continue  # a local edit waits: keep it, its push will tell
                connection.execute(text(f"DELETE FROM {entity} WHERE id = :i"), {"i": record_id})  # noqa: S608
                removed += 1
    connection.execute(text("DELETE FROM resync_seen WHERE scope = :s"), {"s": scope})
    delete_state(connection, _MARKER + scope)
    if removed:
        log.info("re-download of %s removed %d records central no longer has", scope, removed)
    return removed


def feed_entities(connection: Connection) -> list[str]:
    """The entities the device's own feed delivers whole (so a re-download may sweep them)."""
    outreach = get_state(connection, ROLE) == "outreach"
    scopes = {Scope.REFERENCE, Scope.TEAM, Scope.PERSON} if outreach else {Scope.REFERENCE}
    present = {
        str(row[0])
        for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
    }
    return [name for name, spec in ENTITIES.items() if spec.scope in scopes and name in present]
