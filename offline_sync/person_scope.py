"""A kiosk's copies of one citizen's records leave with the citizen (scope exit).

A kiosk pulls an identified citizen's records on demand (scope ``person:<key>``) so that
"my reports", appointments and answers can be shown, even briefly offline. Once the
session is over they have no business on a public machine: `forget_people` deletes them
locally, without a delete op (central keeps everything), and drops the person cursors so
that the next visit pulls afresh. Records with an op still waiting to be pushed stay until
central has them: nothing a device committed may be lost. Outreach laptops never call
this: their team's caseload is their job.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text

from offline_sync.outbox import PENDING_FROM, applying
from offline_sync.protocol import ENTITIES, Scope

log = logging.getLogger(__name__)

PERSON_ENTITIES: tuple[str, ...] = tuple(
    name
    for name, spec in ENTITIES.items()
    if spec.scope is Scope.PERSON and spec.field("person_key") is not None
)


def forget_people(engine: Engine, keep: str | None = None) -> int:
    """Delete every citizen's pulled records but ``keep``'s; returns how many went.

    Records still waiting to be pushed stay (a later call removes them once pushed).
    """
    removed = 0
    with engine.begin() as connection:
        tables = {
            str(row[0])
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        with applying(connection):
            for entity in (e for e in PERSON_ENTITIES if e in tables):
                result = connection.execute(
                    text(
                        f"DELETE FROM {entity} WHERE coalesce(person_key, '') != ''"  # noqa: S608
                        " AND person_key IS NOT :keep AND id NOT IN"
                        f" (SELECT o.entity_id {PENDING_FROM} AND o.entity = :entity)"
                    ),
                    {"keep": keep, "entity": entity},
                )
                removed += result.rowcount
            kept = "" if keep is None else f"person:{keep}"
            connection.execute(
                text("DELETE FROM sync_cursor WHERE scope LIKE 'person:%' AND scope != :kept"),
                {"kept": kept},
            )
    if removed:
        log.info("forgot %d record(s) of citizens who left", removed)
    return removed
