"""Push and pull between a real device database and a central over real HTTP (a fake one).

Checks what a person would notice: results are recorded and nothing is dropped, pulled
data appears without creating outbox entries, local edits are not overwritten while they
wait, a record leaving the scope disappears locally only, a cursor reset re-downloads,
and a revoked device stops with a clear message and keeps its data.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from offline_sync.apply import load_cursor
from offline_sync.client import FEED_SCOPE, SyncClient
from offline_sync.enroll import DeviceCredentials, connect, enroll
from offline_sync.outbox import pending_ops
from offline_sync.protocol import OpStatus
from offline_sync.status import read_status
from offline_sync.store import open_store
from offline_sync.sync_errors import (
    DeviceRevoked,
    EnrollmentRefused,
    KeyringUnavailable,
    ServerError,
)
from tests.offline_sync.fake_central import FakeCentral, Fault
from tests.offline_sync.keyrings import LockedKeyring, MemoryKeyring


@pytest.fixture
def central() -> Iterator[FakeCentral]:
    with FakeCentral() as fake:
        yield fake


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    store = open_store(tmp_path / "device.sqlite3")
    yield store.engine
    store.close()


@pytest.fixture
def client(engine: Engine, central: FakeCentral) -> Iterator[SyncClient]:
    credentials = DeviceCredentials(MemoryKeyring())
    enroll(engine, central.url, "CODE-1234", device_name="laptop 3", credentials=credentials)
    sync = connect(engine, credentials=credentials)
    yield sync
    sync.close()


def _sql(engine: Engine, statement: str) -> list[tuple[object, ...]]:
    with engine.begin() as connection:
        result = connection.execute(text(statement))
        return [tuple(row) for row in result] if result.returns_rows else []


def test_push_records_every_result_and_drops_nothing(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    _sql(
        engine,
        "INSERT INTO visit (id, status) VALUES ('v0', 'planned'), ('v1', 'planned'),"
        " ('v2', 'planned')",
    )
    with engine.connect() as connection:
        ops = pending_ops(connection)
    central.forced = {ops[1].op_id: OpStatus.QUARANTINED, ops[2].op_id: OpStatus.CONFLICT}

    report = client.sync_round()

    assert report.pushed == {OpStatus.ACCEPTED: 1, OpStatus.QUARANTINED: 1, OpStatus.CONFLICT: 1}
    results = _sql(engine, "SELECT op_id, status FROM outbox_result")
    assert {str(op_id): status for op_id, status in results} == {
        ops[0].op_id: "accepted",
        ops[1].op_id: "quarantined",
        ops[2].op_id: "conflict",
    }
    assert _sql(engine, "SELECT count(*) FROM visit WHERE _deleted = 0") == [(3,)]
    assert _sql(engine, "SELECT count(*) FROM outbox") == [(3,)]
    status = read_status(engine)
    assert (status.pending_ops, status.quarantined, status.last_error) == (0, 1, None)
    assert status.last_success is not None


def test_pushing_again_is_idempotent(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    _sql(engine, "INSERT INTO visit (id, status, team_id) VALUES ('v1', 'planned', 't-1')")
    client.push()
    _sql(engine, "DELETE FROM outbox_result")  # as if the answer had been lost
    assert client.push() == {OpStatus.DUPLICATE: 1}
    assert len(central.ops) == 1


def test_text_beyond_latin1_is_pushed_as_written(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    _sql(engine, "INSERT INTO visit (id, status, outcome) VALUES ('v1', 'planned', '€ 20 👍')")
    assert client.push() == {OpStatus.ACCEPTED: 1}
    assert central.records["visit", "v1"].fields["outcome"] == "€ 20 👍"


def test_pulled_changes_appear_without_outbox_entries(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    central.put("visit", "v7", status="planned", team_id="t-1", checklist=["a"])
    central.put("service_category", "c1", code="afval", labels={"nl": "Afval"}, active=True)
    report = client.sync_round()
    assert report.pulled == 2
    assert _sql(engine, "SELECT status, checklist FROM visit") == [("planned", '["a"]')]
    assert _sql(engine, "SELECT code, json(labels), active FROM service_category") == [
        ("afval", '{"nl":"Afval"}', 1)  # json(): the value, whatever the spacing
    ]
    assert _sql(engine, "SELECT count(*) FROM outbox") == [(0,)]
    with engine.connect() as connection:
        assert load_cursor(connection, FEED_SCOPE) == "2"


def test_a_pending_local_edit_keeps_its_value_until_central_answers(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    central.put("visit", "v1", status="planned", outcome=None, team_id="t-1")
    client.pull()
    _sql(engine, "UPDATE visit SET outcome = 'niet thuis' WHERE id = 'v1'")
    central.put("visit", "v1", outcome="verhuisd", staff_id="s-2")

    client.pull()  # the local edit is not pushed yet
    assert _sql(engine, "SELECT outcome, staff_id FROM visit") == [("niet thuis", "s-2")]

    with engine.connect() as connection:
        (op,) = pending_ops(connection)
    central.forced = {op.op_id: OpStatus.CONFLICT}  # central keeps its value, both are kept
    client.push()
    assert _sql(engine, "SELECT outcome FROM visit") == [("verhuisd",)]
    assert _sql(engine, "SELECT json_extract(payload, '$.fields.outcome') FROM outbox") == [
        ("niet thuis",)
    ]


def test_a_record_leaving_the_scope_is_removed_locally_only(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    central.put("visit", "v1", status="planned", team_id="t-1")
    client.sync_round()
    central.leave_scope("visit", "v1")
    client.sync_round()
    assert _sql(engine, "SELECT count(*) FROM visit") == [(0,)]
    assert _sql(engine, "SELECT count(*) FROM outbox") == [(0,)]
    assert central.records[("visit", "v1")].deleted is False


def test_a_cursor_reset_downloads_again_and_keeps_pending_ops(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    central.put("visit", "v1", status="planned", team_id="t-1")
    client.sync_round()
    _sql(engine, "INSERT INTO visit (id, status, team_id) VALUES ('v2', 'planned', 't-1')")
    client.push()
    central.faults.append(Fault(410, {"code": "cursor_reset", "message": "too old"}))
    pulled, resets = client.pull()
    assert resets == 1
    assert pulled == 2  # everything again, from the start
    assert ("GET /v1/sync/changes?after=&limit=2000") in central.requests
    assert _sql(engine, "SELECT id FROM visit ORDER BY id") == [("v1",), ("v2",)]


def test_a_revoked_device_stops_with_a_clear_message_and_keeps_its_data(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    _sql(engine, "INSERT INTO visit (id, status, team_id) VALUES ('v1', 'planned', 't-1')")
    central.revoked.add("dev-1")
    with pytest.raises(DeviceRevoked, match="revoked by an administrator"):
        client.sync_round()
    status = read_status(engine)
    assert status.revoked
    assert status.pending_ops == 1
    assert status.last_error is not None
    assert "revoked" in status.last_error
    assert _sql(engine, "SELECT count(*) FROM visit") == [(1,)]


def test_a_busy_central_says_when_to_retry(
    engine: Engine, central: FakeCentral, client: SyncClient
) -> None:
    central.faults.append(Fault(503, {}, {"Retry-After": "42"}))
    _sql(engine, "INSERT INTO visit (id, status, team_id) VALUES ('v1', 'planned', 't-1')")
    with pytest.raises(ServerError) as caught:
        client.sync_round()
    assert caught.value.retry_after == 42
    assert read_status(engine).pending_ops == 1
    client.sync_round()
    assert read_status(engine).pending_ops == 0


def test_enrollment_fails_closed_without_a_keyring(engine: Engine, central: FakeCentral) -> None:
    with pytest.raises(KeyringUnavailable, match="device credential"):
        enroll(engine, central.url, "CODE-1234", credentials=DeviceCredentials(LockedKeyring()))
    assert "CODE-1234" in central.codes  # the one-time code was not spent
    with pytest.raises(EnrollmentRefused, match="refused the enrollment code"):
        enroll(engine, central.url, "WRONG-CODE", credentials=DeviceCredentials(MemoryKeyring()))
    assert not read_status(engine).enrolled
