"""``GET /v1/sync/changes``: the compacted, commit-ordered feed, filtered by scope.

A reader first takes the last committed position ``L`` of its municipality and reads
only rows at or below it, so a batch never includes a position whose predecessors are
still uncommitted (see `central.feed`). The cursor is ``"v1:<position>"``; a cursor past
``L`` (the server was restored from an older backup) or one that does not parse is a
`CursorReset`, answered 410: the device starts again from an empty cursor.

A scope's feed is read through the ``(municipality_id, position)`` index, but one request
looks at no more than `SCAN_WINDOW` positions. Without that bound, PostgreSQL with
stale statistics (right after a bulk load, before autovacuum's ANALYZE) fetched and
sorted every remaining row of the feed for each batch: 44 ms a batch at 100,000 records,
an initial sync slowed down by the square of its size. A window with nothing in the
device's scope answers no changes, ``has_more`` and a cursor at the window's end.

The answer is rendered here, not by FastAPI: a record's ``fields`` and ``versions`` are
stored as JSON text and are copied into the body as they are. Decoding them, building a
`Change` per row and encoding it all again cost central ~45 us per change, most of a pull.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Engine, Select, and_, or_, select

from central import tables as t
from central.db import read_tx
from offline_sync.protocol import ENTITIES, MAX_CHANGES_PER_PULL, Scope

_R = t.record.c
_F = t.feed_counter.c
CURSOR_PREFIX = "v1:"
SCAN_WINDOW = 4 * MAX_CHANGES_PER_PULL
"""Feed positions one request of a scope's feed looks at, at most."""


class CursorReset(ValueError):
    """The device's cursor does not belong to this server's feed."""


class ScopeForbidden(PermissionError):
    """The device asked for records its role may not receive."""


@dataclass(frozen=True)
class Reader:
    municipality_id: str
    role: str
    team_id: str | None


def _entities(*scopes: Scope) -> list[str]:
    return [name for name, spec in ENTITIES.items() if spec.scope in scopes]


def parse_cursor(cursor: str) -> int:
    if cursor == "":
        return 0
    if not cursor.startswith(CURSOR_PREFIX) or not cursor[len(CURSOR_PREFIX) :].isdigit():
        raise CursorReset("the cursor is not one this server issued")
    return int(cursor[len(CURSOR_PREFIX) :])


def make_cursor(position: int) -> str:
    return f"{CURSOR_PREFIX}{position}"


def changes(
    engine: Engine, reader: Reader, after: str, limit: int, person_key: str | None = None
) -> bytes:
    """Up to ``limit`` changes after ``after`` that ``reader`` may receive.

    Returns the JSON body of a `ChangesResponse`.
    """
    start = parse_cursor(after)
    limit = max(1, min(limit, MAX_CHANGES_PER_PULL))
    if person_key is not None and reader.role != "kiosk":
        raise ScopeForbidden("only a kiosk asks for one person's records")
    with read_tx(engine) as conn:
        counter = conn.execute(
            select(_F.last, _F.horizon).where(_F.municipality_id == reader.municipality_id)
        ).first()
        if counter is None:
            raise LookupError(reader.municipality_id)
        last, horizon = counter
        if start > last:
            raise CursorReset("the cursor is ahead of this server's feed")
        if 0 < start < horizon:
            raise CursorReset("deletes older than the cursor were collected meanwhile")
        upper = last if person_key is not None else min(last, start + SCAN_WINDOW)
        rows = conn.execute(feed_select(reader, start, upper, limit + 1, person_key)).all()
    full = len(rows) > limit
    has_more = full or upper < last
    rows = rows[:limit]
    team = reader.team_id
    everything_in_scope = person_key is not None or reader.role != "outreach"
    reference = set(_entities(Scope.REFERENCE))
    names: dict[str, str] = {}
    items = []
    for position, entity, entity_id, fields, versions, deleted, team_id in rows:
        name = names.get(entity)
        if name is None:
            name = names[entity] = encode_basestring_ascii(entity)
        in_scope = everything_in_scope or entity in reference or team_id == team
        items.append(
            f'{{"position":{position},"entity":{name},'
            f'"entity_id":{encode_basestring_ascii(entity_id)},'
            f'"fields":{_json_text(fields)},"versions":{_json_text(versions)},'
            f'"deleted":{_TRUE if deleted else _FALSE},"in_scope":{_TRUE if in_scope else _FALSE}}}'
        )
    cursor = make_cursor(rows[-1].position if full else upper)
    return (
        f'{{"changes":[{",".join(items)}],"cursor":"{cursor}",'
        f'"has_more":{_TRUE if has_more else _FALSE}}}'
    ).encode()


def feed_select(
    reader: Reader, start: int, upper: int, limit: int, person_key: str | None
) -> Select[tuple[Any, ...]]:
    """The feed rows in ``(start, upper]`` that ``reader`` may receive, in position order.

    A kiosk asking for one person reads through the ``record_person`` index, everything
    else through ``record_feed``.
    """
    team = reader.team_id
    if person_key is not None:
        where = and_(_R.entity.in_(_entities(Scope.PERSON)), _R.person_key == person_key)
    elif reader.role == "outreach" and team is not None:
        where = or_(
            _R.entity.in_(_entities(Scope.REFERENCE)),
            and_(
                _R.entity.in_(_entities(Scope.TEAM, Scope.PERSON)),
                or_(_R.team_id == team, _R.previous_team_id == team),
            ),
        )
    else:
        where = _R.entity.in_(_entities(Scope.REFERENCE))
    return (
        select(
            _R.position,
            _R.entity,
            _R.entity_id,
            _R.fields,
            _R.versions,
            _R.deleted,
            _R.team_id,
        )
        .where(_R.municipality_id == reader.municipality_id)
        .where(_R.position > start, _R.position <= upper, where)
        .order_by(_R.position)
        .limit(limit)
    )


_TRUE, _FALSE = "true", "false"
_NOT_JSON = re.compile(r"NaN|Infinity")


def _json_text(stored: str) -> str:
    """A stored JSON column as it goes on the wire.

    ``json.dumps`` wrote it, which spells a float NaN or infinity ``NaN``/``Infinity``:
    not JSON. Such rarities are decoded and encoded again (as ``null``, the way the
    response model always sent them).
    """
    if _NOT_JSON.search(stored) is None:
        return stored
    return to_json(json.loads(stored), inf_nan_mode="null").decode()
