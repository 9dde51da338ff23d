"""The outbox cannot be bypassed: every local write path leaves exactly one entry per change.

Real database files; the ORM, Core, executemany and raw SQL each change records, and the
outbox must hold one entry per row change, in contiguous device order, with only the
changed fields; pulled changes and an interrupted transaction leave none.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, String, Table, insert, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from offline_sync.apply import LocalRecords
from offline_sync.outbox import pending_ops, set_actor
from offline_sync.protocol import SCHEMA_VERSION, Change, ChangesResponse, OpKind
from offline_sync.store import open_store


class _Base(DeclarativeBase):
    pass


class Visit(_Base):
    __tablename__ = "visit"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    person_id: Mapped[str | None]
    status: Mapped[str | None]
    team_id: Mapped[str | None]
    outcome: Mapped[str | None]
    notes: Mapped[str | None]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    store = open_store(tmp_path / "device.sqlite3")
    yield store.engine
    store.close()


def _outbox(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM outbox ORDER BY device_seq")).mappings()
        return [dict(row) for row in rows]


def test_orm_writes_make_one_entry_per_change(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(Visit(id="v-1", person_id="p-1", status="planned", team_id="t-1"))
        session.commit()
        visit = session.get(Visit, "v-1")
        assert visit is not None
        visit.status = "in_progress"
        visit.notes = json.dumps([{"id": "n1", "text": "koffie"}])
        session.commit()
        visit.status = "in_progress"  # the same value again: no change, no entry
        session.commit()
    ops = _outbox(engine)
    assert [op["op_kind"] for op in ops] == ["create", "update"]
    assert [op["device_seq"] for op in ops] == [1, 2]
    payload = json.loads(str(ops[1]["payload"]))
    assert payload == {
        "fields": {"status": "in_progress", "notes": [{"id": "n1", "text": "koffie"}]},
        "old": {"status": "planned", "notes": None},
    }
    assert json.loads(str(ops[1]["base_versions"])) == {"status": 0, "notes": 0}


def test_core_and_executemany_make_one_entry_per_row(engine: Engine) -> None:
    visit = Table("visit", MetaData(), autoload_with=engine)
    with engine.begin() as connection:
        connection.execute(
            insert(visit),
            [{"id": f"v-{n}", "status": "planned", "team_id": "t-1"} for n in range(3)],
        )
        connection.execute(update(visit).where(visit.c.id != "v-0").values(outcome="thuis"))
    ops = _outbox(engine)
    assert [op["op_kind"] for op in ops] == ["create"] * 3 + ["update"] * 2
    assert [op["device_seq"] for op in ops] == [1, 2, 3, 4, 5]
    assert len({op["op_id"] for op in ops}) == 5
    assert all(len(str(op["op_id"])) == 36 for op in ops)


def test_base_versions_come_from_the_last_pulled_versions(engine: Engine) -> None:
    records = LocalRecords(engine)
    change = Change(
        position=7,
        entity="visit",
        entity_id="v-9",
        fields={"status": "planned", "team_id": "t-1", "outcome": None},
        versions={"status": 7, "team_id": 3, "outcome": 0},
    )
    records.apply_batch("feed", "", ChangesResponse(changes=[change], cursor="7", has_more=False))
    assert _outbox(engine) == []  # a pulled change makes no outbox entry
    with engine.begin() as connection:
        set_actor(connection, "staff-7")
        connection.execute(text("UPDATE visit SET status = 'done' WHERE id = 'v-9'"))
    with engine.connect() as connection:
        (op,) = pending_ops(connection)
    assert op.kind is OpKind.UPDATE
    assert op.fields == {"status": "done"}
    assert op.old == {"status": "planned"}
    assert op.base_versions == {"status": 7}
    assert op.actor == "staff-7"
    assert op.schema_version == SCHEMA_VERSION


def test_a_tombstone_or_a_delete_is_a_delete_op(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO question (id, text, status) VALUES ('q1', 'a', 'open')")
        )
        connection.execute(
            text("INSERT INTO question (id, text, status) VALUES ('q2', 'b', 'open')")
        )
        connection.execute(text("UPDATE question SET _deleted = 1 WHERE id = 'q1'"))
        connection.execute(text("DELETE FROM question WHERE id = 'q2'"))
        connection.execute(text("DELETE FROM question WHERE id = 'q1'"))  # already a tombstone
    kinds = [(op["entity_id"], op["op_kind"]) for op in _outbox(engine)]
    assert kinds == [("q1", "create"), ("q2", "create"), ("q1", "delete"), ("q2", "delete")]


def test_records_central_owns_refuse_local_writes(engine: Engine) -> None:
    with pytest.raises(IntegrityError, match="written by central only"), engine.begin() as c:
        c.execute(text("INSERT INTO service_category (id, code) VALUES ('c1', 'afval')"))
    assert _outbox(engine) == []


def test_outbox_entries_are_never_deleted(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO visit (id, status) VALUES ('v1', 'planned')"))
    with pytest.raises(IntegrityError, match="never deleted"), engine.begin() as connection:
        connection.execute(text("DELETE FROM outbox"))
    assert len(_outbox(engine)) == 1


_CRASHING_WRITER = """
import sys
from pathlib import Path
from sqlalchemy import text
from offline_sync.store import open_store
store = open_store(Path(sys.argv[1]))
connection = store.engine.connect()
connection.begin()
connection.execute(text("INSERT INTO visit (id, status) VALUES ('v-lost', 'planned')"))
print("written", flush=True)
sys.stdin.readline()  # killed here, before the commit
"""


def test_a_crash_before_commit_leaves_neither_change_nor_entry(tmp_path: Path) -> None:
    path = tmp_path / "device.sqlite3"
    open_store(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert writer.stdout is not None
    try:
        assert writer.stdout.readline().strip() == "written"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        if writer.stdin is not None:
            writer.stdin.close()
    store = open_store(path)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM visit")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM outbox")).scalar() == 0
    store.close()
