"""Resolving a conflict on the device: one resolve op, the choice shown at once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from offline_sync.conflicts import UnknownConflict, open_conflicts, resolve
from offline_sync.outbox import applying, pending_ops, set_actor
from offline_sync.store import open_store


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    store = open_store(tmp_path / "device.sqlite3")
    with store.engine.begin() as connection, applying(connection):  # as pulled from central
        connection.execute(
            text(
                "INSERT INTO visit (id, person_id, status, team_id, checklist)"
                " VALUES ('v1', 'p1', 'planned', 't1', '[\"itsme\"]')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO sync_conflict (id, entity, entity_id, field, server_value,"
                " device_value, op_id, resolved, team_id)"
                " VALUES ('c1', 'visit', 'v1', 'checklist', '[\"itsme\"]', '[\"ebox\"]',"
                " 'op-x', 0, 't1')"
            )
        )
    yield store.engine
    store.close()


def test_a_resolution_is_one_resolve_op_and_shows_at_once(engine: Engine) -> None:
    with engine.begin() as connection:
        [conflict] = open_conflicts(connection)
        assert (conflict.server_value, conflict.device_value) == (["itsme"], ["ebox"])
        set_actor(connection, "staff-7")
        op_id = resolve(connection, "c1", ["itsme", "ebox"])
    with engine.connect() as connection:
        [op] = pending_ops(connection)
        assert open_conflicts(connection) == []
        checklist = connection.execute(text("SELECT checklist FROM visit")).scalar_one()
    assert (op.op_id, op.kind, op.entity_id, op.actor) == (op_id, "resolve", "v1", "staff-7")
    assert op.fields == {"checklist": ["itsme", "ebox"]}
    assert json.loads(checklist) == ["itsme", "ebox"]


def test_a_conflict_resolved_elsewhere_cannot_be_resolved_twice(engine: Engine) -> None:
    with engine.begin() as connection:
        resolve(connection, "c1", ["ebox"])
    with engine.begin() as connection, pytest.raises(UnknownConflict):
        resolve(connection, "c1", ["itsme"])
    with engine.connect() as connection:
        assert len(pending_ops(connection)) == 1
