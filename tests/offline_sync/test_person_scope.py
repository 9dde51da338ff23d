"""A citizen's records pulled to a kiosk leave with them; nothing unpushed is lost."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from offline_sync.outbox import applying, pending_ops, set_actor
from offline_sync.person_scope import forget_people
from offline_sync.store import open_store

ANNA, BERT = "a" * 64, "b" * 64


def _melding(connection: Connection, record_id: str, person_key: str | None) -> None:
    connection.execute(
        text(
            "INSERT INTO melding (id, reference, category, status, person_key)"
            " VALUES (:id, :id, 'litter', '511', :key)"
        ),
        {"id": record_id, "key": person_key},
    )


def _ids(connection: Connection) -> set[str]:
    return {str(r[0]) for r in connection.execute(text("SELECT id FROM melding"))}


def test_pulled_records_go_and_unpushed_ones_stay(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kiosk.sqlite3")
    with store.engine.begin() as connection:
        with applying(connection):  # as a pull of Anna's and Bert's records writes them
            _melding(connection, "pulled-anna", ANNA)
            _melding(connection, "pulled-bert", BERT)
        set_actor(connection, "citizen")
        _melding(connection, "new-anna", ANNA)  # filed now, not yet pushed
        _melding(connection, "guest", None)
        connection.execute(
            text("INSERT INTO sync_cursor VALUES (:s, '17', '2026-01-01T00:00:00Z')"),
            {"s": f"person:{ANNA}"},
        )
    with store.engine.connect() as connection:
        before = len(pending_ops(connection))

    assert forget_people(store.engine, keep=BERT) == 1
    with store.engine.connect() as connection:
        assert _ids(connection) == {"pulled-bert", "new-anna", "guest"}
        assert len(pending_ops(connection)) == before  # forgetting is not a delete op
        assert connection.execute(text("SELECT count(*) FROM sync_cursor")).scalar_one() == 0

    assert forget_people(store.engine) == 1  # Bert has left too
    with store.engine.connect() as connection:
        assert _ids(connection) == {"new-anna", "guest"}
    store.close()
