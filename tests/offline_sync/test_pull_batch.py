"""A pulled batch ends in the same local state as its changes applied one at a time.

The batch is written with a few grouped statements; a record that appears several times
in one batch (created, changed, out of scope, back again) must still end as central left
it, and a field with a pending local edit must keep the local value either way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from offline_sync.apply import LocalRecords
from offline_sync.outbox import set_actor
from offline_sync.protocol import Change, ChangesResponse
from offline_sync.store import open_store


def _change(position: int, entity_id: str, **fields: Any) -> Change:
    deleted = bool(fields.pop("_deleted", False))
    in_scope = bool(fields.pop("_in_scope", True))
    versions = {name: position for name in fields}
    return Change(
        position=position,
        entity="visit",
        entity_id=entity_id,
        fields=fields,
        versions=versions,
        deleted=deleted,
        in_scope=in_scope,
    )


CHANGES = [
    _change(1, "v1", status="planned", team_id="t-1", checklist=["a"]),
    _change(2, "v2", status="planned", team_id="t-1"),
    _change(3, "v1", status="done", notes={"text": "élan"}),
    _change(4, "v2", _in_scope=False),
    _change(5, "v3", status="planned", _deleted=True),  # never seen here: skipped
    _change(6, "v2", status="back", team_id="t-2"),
    _change(7, "mine", status="central", outcome="ok"),
    _change(8, "v1", status="cancelled", _deleted=True),
]


def _device(path: Path) -> Engine:
    engine = open_store(path).engine
    with engine.begin() as connection:
        set_actor(connection, "staff-7")
        connection.execute(
            text("INSERT INTO visit (id, status, outcome) VALUES ('mine', 'local', NULL)")
        )
    return engine


def _state(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        records = connection.execute(
            text(
                "SELECT id, status, team_id, checklist, notes, outcome, _versions, _deleted"
                " FROM visit ORDER BY id"
            )
        ).all()
        deferred = connection.execute(
            text("SELECT entity_id, field, value FROM pull_deferred ORDER BY 1, 2")
        ).all()
    return [tuple(row) for row in records] + [tuple(row) for row in deferred]


def test_one_batch_ends_as_the_same_changes_pulled_one_by_one(tmp_path: Path) -> None:
    together, apart = _device(tmp_path / "a.sqlite3"), _device(tmp_path / "b.sqlite3")
    LocalRecords(together).apply_batch(
        "feed", "", ChangesResponse(changes=CHANGES, cursor="8", has_more=False)
    )
    records, after = LocalRecords(apart), ""
    for change in CHANGES:
        batch = ChangesResponse(changes=[change], cursor=str(change.position), has_more=False)
        records.apply_batch("feed", after, batch)
        after = batch.cursor

    state = _state(together)
    assert state == _state(apart)
    rows = {row[0]: row for row in state if len(row) > 3}
    assert rows["v1"][1:4] == ("cancelled", "t-1", '["a"]')
    assert rows["v1"][7] == 1
    assert rows["v2"][1:3] == ("back", "t-2")
    assert "v3" not in rows
    assert rows["mine"][1] == "local"  # the pending local edit keeps its value
    assert ("mine", "status", '"central"') in state  # central's waits in pull_deferred
    assert ("mine", "outcome", '"ok"') in state  # the create op holds every field
