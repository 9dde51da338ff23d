"""Device migrations on real files: from empty and from every earlier revision, forward only."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from offline_sync.engine import create_store_engine
from offline_sync.errors import DowngradeRefused, SchemaTooNew
from offline_sync.migrate import (
    HEAD,
    alembic_config,
    current_revision,
    head_revision,
    revisions,
    upgrade,
)
from offline_sync.store import open_store
from tests.offline_sync.helpers import file_digest

KEYS = pytest.mark.parametrize("key", [None, bytes(32)], ids=["plain", "sqlcipher"])

# Rows a device could hold at each revision; they must survive every later migration.
SEED: dict[str, list[str]] = {
    "0001": [
        "INSERT INTO device_state VALUES ('device_id', 'dev-1', '2026-01-01T00:00:00Z')",
        "INSERT INTO sync_cursor VALUES ('caseload:team-3', '1042', '2026-01-01T00:00:00Z')",
    ],
    "0002": [
        "INSERT INTO outbox (op_id, device_seq, entity, entity_id, op_kind, payload,"
        " base_versions, schema_version, actor, created_at) VALUES"
        " ('6f1c2a55-0000-4000-8000-000000000001', 1, 'visit', 'v-1', 'create',"
        " '{\"note\": \"koffie\"}', '{}', 2, 'staff-7', '1700000000000:0:dev-1')",
    ],
    "0003": [
        "INSERT INTO visit (id, person_id, status, team_id)"
        " VALUES ('v-2', 'p-1', 'planned', 't-3')",
        "INSERT INTO outbox_result VALUES ('6f1c2a55-0000-4000-8000-000000000001', 'accepted',"
        " NULL, '[]', '2026-01-01T00:00:00Z')",
    ],
    "0004": [
        "INSERT INTO attachment_blob VALUES"
        " ('2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', X'666f6f')",
        "INSERT INTO attachment_upload VALUES"
        " ('2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', 'image/png',"
        " 3, 0, 0, NULL, '2026-01-01T00:00:00Z')",
    ],
    "0005": [
        "INSERT INTO resync_seen VALUES ('feed', 'visit', 'v-2')",
    ],
    "0006": [
        "INSERT INTO task (id, person_id, text, status, team_id)"
        " VALUES ('t-1', 'p-1', 'eBox activeren', 'open', 't-3')",
    ],
}


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: S608
            for table in sorted(_tables(engine) - {"alembic_version"})
        }


def test_every_revision_has_seed_rows() -> None:
    assert list(SEED) == revisions()


@KEYS
def test_an_empty_database_is_migrated_to_head(tmp_path: Path, key: bytes | None) -> None:
    store = open_store(tmp_path / "device.sqlite3", key=key)
    assert store.schema_revision == head_revision()
    assert {"device_state", "sync_cursor", "outbox", "alembic_version"} <= _tables(store.engine)
    counts = _counts(store.engine)
    assert {t: counts[t] for t in ("device_state", "outbox", "sync_cursor")} == {
        "device_state": 0,
        "outbox": 0,
        "sync_cursor": 0,
    }
    store.close()


@KEYS
@pytest.mark.parametrize("start", revisions())
def test_every_earlier_revision_migrates_to_head_keeping_its_rows(
    tmp_path: Path, key: bytes | None, start: str
) -> None:
    engine = create_store_engine(tmp_path / "device.sqlite3", key=key)
    assert upgrade(engine, start) == start
    with engine.begin() as connection:
        for revision in revisions()[: revisions().index(start) + 1]:
            for statement in SEED[revision]:
                connection.execute(text(statement))
    before = _counts(engine)
    engine.dispose()

    store = open_store(tmp_path / "device.sqlite3", key=key)
    assert store.schema_revision == head_revision()
    after = _counts(store.engine)
    assert {table: after[table] for table in before} == before
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert connection.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    store.close()


def test_opening_an_up_to_date_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    open_store(path).close()
    before = file_digest(path)
    store = open_store(path)
    assert store.schema_revision == head_revision()
    store.close()
    assert file_digest(path) == before


def test_the_quick_head_is_the_scripts_head() -> None:
    assert HEAD == head_revision() == revisions()[-1]


@KEYS
def test_an_up_to_date_store_opens_without_loading_alembic(
    tmp_path: Path, key: bytes | None
) -> None:
    """A running kiosk does not carry Alembic (~40 MB) when there is nothing to migrate."""
    path = tmp_path / "device.sqlite3"
    create = "" if key is None else f", key=bytes.fromhex({key.hex()!r})"
    probe = (
        "import sys\n"
        "from offline_sync.store import open_store\n"
        f"from pathlib import Path\nstore = open_store(Path({str(path)!r}){create})\n"
        "print(store.schema_revision, 'alembic' in sys.modules)\n"
        "store.close()\n"
    )
    first = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert first.stdout.split() == [HEAD, "True"]  # created: migrated with Alembic
    again = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert again.stdout.split() == [HEAD, "False"]


@pytest.mark.parametrize("at", revisions())
def test_downgrade_is_refused_and_leaves_the_schema(tmp_path: Path, at: str) -> None:
    engine = create_store_engine(tmp_path / "device.sqlite3")
    upgrade(engine, at)
    tables = _tables(engine)
    with (
        engine.connect() as connection,
        connection.begin(),
        pytest.raises(DowngradeRefused, match="forward-only"),
    ):
        command.downgrade(alembic_config(connection), "-1")
    assert current_revision(engine) == at
    assert _tables(engine) == tables
    engine.dispose()


def test_a_database_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    store = open_store(path)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    store.close()
    before = file_digest(path)
    with pytest.raises(SchemaTooNew, match="newer version of Fygitaal"):
        open_store(path)
    assert file_digest(path) == before


def _op(seq: int, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "op_id": str(uuid.uuid4()),
        "device_seq": seq,
        "entity": "visit",
        "entity_id": "v-1",
        "op_kind": "update",
        "payload": json.dumps({"note": "thee"}),
        "base_versions": json.dumps({"note": 3}),
        "schema_version": 2,
        "actor": "staff-7",
        "created_at": "1700000000000:0:dev-1",
    }
    row.update(changes)
    return row


INSERT_OP = text(
    "INSERT INTO outbox (op_id, device_seq, entity, entity_id, op_kind, payload,"
    " base_versions, schema_version, actor, created_at) VALUES (:op_id, :device_seq,"
    " :entity, :entity_id, :op_kind, :payload, :base_versions, :schema_version, :actor,"
    " :created_at)"
)


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Connection]:
    store = open_store(tmp_path / "device.sqlite3")
    with store.engine.connect() as connection:
        connection.execute(INSERT_OP, _op(1))
        connection.commit()
        yield connection
    store.close()


@pytest.mark.parametrize(
    "bad",
    [
        {"device_seq": 1},  # sequence numbers are unique per device
        {"device_seq": 0},
        {"op_id": "not-a-uuid"},
        {"op_kind": "upsert"},
        {"payload": "{not json"},
        {"base_versions": "[unclosed"},
    ],
)
def test_the_outbox_rejects_malformed_ops(outbox: Connection, bad: dict[str, object]) -> None:
    with pytest.raises(IntegrityError):
        outbox.execute(INSERT_OP, _op(2, **bad))
    outbox.rollback()
    assert outbox.execute(text("SELECT count(*) FROM outbox")).scalar() == 1


def test_outbox_entries_are_immutable(outbox: Connection) -> None:
    with pytest.raises(IntegrityError, match="immutable"):
        outbox.execute(text("UPDATE outbox SET payload = '{}'"))
    outbox.rollback()
    assert outbox.execute(text("SELECT payload FROM outbox")).scalar() == '{"note": "thee"}'
