"""Devices and a real central process, end to end, with faults on the wire and in processes.

Each laptop is a real SQLite file with the outbox triggers, enrolled with a real
``fygitaal central serve`` process and synced by the real client, here through the
fault-injecting proxy. After every scenario the invariants of ``sync.md`` are checked:
every op a device committed is applied once, a conflict with both values, or in
quarantine; all devices of a scope converge to central; cursors only move forward.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from central.tombstones import collect
from offline_sync.apply import load_cursor
from offline_sync.client import FEED_SCOPE
from offline_sync.protocol import new_id
from offline_sync.status import read_status
from offline_sync.sync_errors import SyncError
from tests.central.helpers import (
    Central,
    CentralProcess,
    Municipality,
    running_sqlite_central,
)
from tests.fixtures.faultproxy import Fault, FaultProxy, scripted, seeded
from tests.offline_sync.keyrings import BACKEND_NAME, FILE_VARIABLE, FileKeyring
from tests.offline_sync.laptops import Laptop

# The seeded randomized run: short in the normal suite; replay or lengthen it with
# FYGITAAL_SYNC_SEED=... FYGITAAL_SYNC_ROUNDS=1000 pytest -k seeded
ROUNDS = int(os.environ.get("FYGITAAL_SYNC_ROUNDS", "40"))


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """One central for the module; every test has its own municipality on it."""
    with running_sqlite_central(tmp_path_factory.mktemp("central")) as (central, _process):
        yield central


@pytest.fixture
def muni(central: Central) -> Municipality:
    return central.municipality()


def _central_records(muni: Municipality, entity: str) -> dict[str, dict[str, Any]]:
    with muni.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT entity_id, fields FROM record WHERE municipality_id = :m"
                " AND entity = :e AND NOT deleted"
            ),
            {"m": muni.municipality_id, "e": entity},
        )
        return {row[0]: json.loads(row[1]) for row in rows}


def _central_op_statuses(muni: Municipality) -> dict[str, str]:
    with muni.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT op_id, status FROM op WHERE municipality_id = :m"),
            {"m": muni.municipality_id},
        )
        return {row[0]: row[1] for row in rows}


def assert_invariants(muni: Municipality, laptops: list[Laptop]) -> None:
    """sync.md's invariants, after the laptops had enough healthy rounds."""
    central_ops = _central_op_statuses(muni)
    for laptop in laptops:
        for op_id in laptop.committed_op_ids():
            assert op_id in central_ops, f"op {op_id} of {laptop.name} never reached central"
            assert central_ops[op_id] in {"accepted", "conflict", "quarantined"}
        assert laptop.pending() == 0
    visits = _central_records(muni, "visit")
    expected = {
        key: {f: v for f, v in fields.items() if v is not None and f in Laptop.fields("visit")}
        for key, fields in visits.items()
    }
    for laptop in laptops:
        assert laptop.records("visit") == expected, f"{laptop.name} did not converge to central"
    for visit in visits.values():  # append-only notes: each written note exactly once
        ids = [note["id"] for note in visit.get("notes") or []]
        assert len(ids) == len(set(ids)), "a note was applied twice"


def test_two_laptops_converge_and_disjoint_edits_merge(muni: Municipality, tmp_path: Path) -> None:
    anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
    ben = Laptop.enrolled("ben", tmp_path, muni.base, muni)
    visit = new_id()
    anna.write(
        "INSERT INTO visit (id, person_id, status, team_id, planned_at)"
        " VALUES (:id, 'p1', 'planned', 't1', '2026-12-01T10:00')",
        id=visit,
    )
    anna.sync()
    ben.sync()
    assert ben.records("visit")[visit]["planned_at"] == "2026-12-01T10:00"

    anna.write("UPDATE visit SET planned_at = '2026-12-02T09:00' WHERE id = :id", id=visit)
    ben.write("UPDATE visit SET outcome = 'eID PIN reset' WHERE id = :id", id=visit)
    for laptop in (anna, ben, anna):
        laptop.sync()

    merged = anna.records("visit")[visit]
    assert merged["planned_at"] == "2026-12-02T09:00"
    assert merged["outcome"] == "eID PIN reset"
    assert_invariants(muni, [anna, ben])


def test_the_same_field_edited_twice_keeps_both_values_for_a_person(
    muni: Municipality, tmp_path: Path
) -> None:
    anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
    ben = Laptop.enrolled("ben", tmp_path, muni.base, muni)
    visit = new_id()
    anna.write(
        "INSERT INTO visit (id, person_id, status, team_id) VALUES (:id, 'p1', 'planned', 't1')",
        id=visit,
    )
    anna.sync()
    ben.sync()
    anna.write("UPDATE visit SET outcome = 'needs a tablet' WHERE id = :id", id=visit)
    ben.write("UPDATE visit SET outcome = 'needs itsme help' WHERE id = :id", id=visit)
    anna.sync()
    ben.sync()
    anna.sync()

    for laptop in (anna, ben):
        conflicts = laptop.open_conflicts()
        assert [(c["field"], c["server_value"], c["device_value"]) for c in conflicts] == [
            ("outcome", "needs a tablet", "needs itsme help")
        ]
    assert ben.op_status_counts().get("conflict") == 1

    ben.resolve(conflicts[0]["conflict_id"], "needs a tablet and itsme help")
    assert ben.records("visit")[visit]["outcome"] == "needs a tablet and itsme help"
    for laptop in (ben, anna, ben):
        laptop.sync()
    for laptop in (anna, ben):
        assert laptop.open_conflicts() == []
        assert laptop.records("visit")[visit]["outcome"] == "needs a tablet and itsme help"
    assert _central_records(muni, "visit")[visit]["outcome"] == "needs a tablet and itsme help"
    assert_invariants(muni, [anna, ben])


def test_notes_written_offline_on_two_laptops_are_all_kept_once(
    muni: Municipality, tmp_path: Path
) -> None:
    anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
    ben = Laptop.enrolled("ben", tmp_path, muni.base, muni)
    visit = new_id()
    anna.write(
        "INSERT INTO visit (id, person_id, status, team_id, notes, checklist)"
        " VALUES (:id, 'p1', 'planned', 't1', '[]', '[\"itsme\"]')",
        id=visit,
    )
    anna.sync()
    ben.sync()
    anna.add_note(visit, "asked about social tariffs")
    ben.add_note(visit, "lives alone, loneliness signal")
    anna.write(
        "UPDATE visit SET checklist = json_insert(checklist, '$[#]', 'ebox') WHERE id = :id",
        id=visit,
    )
    ben.write("UPDATE visit SET checklist = '[]' WHERE id = :id", id=visit)  # itsme done
    for laptop in (anna, ben, anna, ben):
        laptop.sync()

    final = anna.records("visit")[visit]
    assert sorted(note["text"] for note in final["notes"]) == [
        "asked about social tariffs",
        "lives alone, loneliness signal",
    ]
    assert final["checklist"] == ["ebox"]
    assert_invariants(muni, [anna, ben])


@pytest.mark.parametrize(
    "fault",
    [Fault.DROP_REQUEST, Fault.DROP_RESPONSE, Fault.DUPLICATE, Fault.TRUNCATE, Fault.RESET],
)
def test_a_push_lost_on_the_wire_is_retried_and_applied_once(
    fault: Fault, muni: Municipality, tmp_path: Path
) -> None:
    with FaultProxy(muni.base) as proxy:
        anna = Laptop.enrolled("anna", tmp_path, proxy.url, muni)
        visit = new_id()
        anna.write(
            "INSERT INTO visit (id, person_id, status, team_id, notes)"
            " VALUES (:id, 'p1', 'planned', 't1', '[]')",
            id=visit,
        )
        anna.add_note(visit, "first visit done")
        proxy.plan = scripted([fault], path="/v1/sync/push")
        with contextlib.suppress(SyncError):  # the client sees an error or a duplicate
            anna.sync()
        assert [f for _m, path, f in proxy.log if path == "/v1/sync/push"] == [fault]
        anna.sync()
        anna.sync()
    assert [n["text"] for n in anna.records("visit")[visit]["notes"]] == ["first visit done"]
    assert set(anna.op_status_counts()) <= {"accepted", "duplicate"}
    assert_invariants(muni, [anna])


def test_central_killed_between_rounds_loses_nothing(tmp_path: Path) -> None:
    with running_sqlite_central(tmp_path) as (central, process):
        _killed_between_rounds(central.municipality(), process, tmp_path)


def _killed_between_rounds(muni: Municipality, process: CentralProcess, tmp_path: Path) -> None:
    anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
    visits = [new_id() for _ in range(5)]
    for visit in visits:
        anna.write(
            "INSERT INTO visit (id, person_id, status, team_id) VALUES (:id, 'p', 'planned', 't1')",
            id=visit,
        )
    anna.sync()
    process.kill()
    anna.write("UPDATE visit SET outcome = 'done' WHERE id = :id", id=visits[0])
    with pytest.raises(SyncError) as offline:
        anna.sync()
    assert offline.value.user_message  # a sentence for the status area, not a traceback
    process.restart()
    anna.sync()
    assert set(_central_records(muni, "visit")) == set(visits)
    assert _central_records(muni, "visit")[visits[0]]["outcome"] == "done"
    assert_invariants(muni, [anna])


def test_seeded_random_rounds_with_faults_keep_every_invariant(
    muni: Municipality, tmp_path: Path
) -> None:
    seed = int(os.environ.get("FYGITAAL_SYNC_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    print(f"replay with seed {seed}")  # noqa: T201  (pytest shows it on failure)
    with FaultProxy(muni.base) as proxy:
        laptops = [Laptop.enrolled(n, tmp_path, proxy.url, muni) for n in ("anna", "ben", "cas")]
        proxy.plan = seeded(seed, rate=0.25)
        cursors: dict[str, str] = {laptop.name: "" for laptop in laptops}
        for _round in range(ROUNDS):
            laptop = rng.choice(laptops)
            laptop.random_edit(rng)
            if rng.random() < 0.5:
                with contextlib.suppress(SyncError):  # faults are expected here
                    rng.choice(laptops).sync()
            for each in laptops:
                with each.store.engine.connect() as connection:
                    cursor = load_cursor(connection, FEED_SCOPE)
                assert _position(cursor) >= _position(cursors[each.name]), "a cursor went back"
                cursors[each.name] = cursor
        proxy.plan = scripted([])  # the network heals
        for _heal in range(3):
            for laptop in laptops:
                laptop.sync()
    assert_invariants(muni, laptops)


def _position(cursor: str) -> int:
    return int(cursor.rsplit(":", 1)[-1]) if cursor else 0


def test_central_restored_from_an_older_backup_gets_back_everything(tmp_path: Path) -> None:
    with running_sqlite_central(tmp_path) as (central, process):
        muni = central.municipality()
        anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
        ben = Laptop.enrolled("ben", tmp_path, muni.base, muni)
        early = _new_visits(anna, 3)
        anna.sync()
        backup = tmp_path / "backup.sqlite3"
        database = tmp_path / "central.sqlite3"
        with (
            contextlib.closing(sqlite3.connect(database)) as live,
            contextlib.closing(sqlite3.connect(backup)) as copy,
        ):
            live.backup(copy)  # an online backup, as an operator's nightly job takes it

        late = _new_visits(anna, 2)
        anna.write("UPDATE visit SET outcome = 'after the backup' WHERE id = :id", id=early[0])
        anna.sync()
        ben.sync()  # ben's cursor is now past what the backup holds

        muni.engine.dispose()  # the restore needs every process off the file, as in real life
        process.kill()
        for leftover in tmp_path.glob("central.sqlite3-*"):
            leftover.unlink()
        shutil.copyfile(backup, database)
        assert len(_central_records(muni, "visit")) == len(early)  # really restored
        muni.engine.dispose()
        process.restart()

        for laptop in (anna, ben, anna, ben):
            laptop.sync()
        visits = _central_records(muni, "visit")
        assert set(visits) == set(early + late)
        assert visits[early[0]]["outcome"] == "after the backup"
        assert_invariants(muni, [anna, ben])


def _new_visits(laptop: Laptop, count: int) -> list[str]:
    ids = [new_id() for _ in range(count)]
    for visit in ids:
        laptop.write(
            "INSERT INTO visit (id, person_id, status, team_id) VALUES (:id, 'p', 'planned', 't1')",
            id=visit,
        )
    return ids


def test_device_and_central_killed_at_random_moments_lose_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL the syncing device process and the central process anywhere in push or pull."""
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    seed = int(os.environ.get("FYGITAAL_SYNC_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    print(f"replay with seed {seed}")  # noqa: T201
    with running_sqlite_central(tmp_path) as (central, process):
        muni = central.municipality()
        anna = Laptop.enrolled("anna", tmp_path, muni.base, muni, keyring=FileKeyring())
        for _ in range(20):
            anna.random_edit(rng)
        started = time.monotonic()
        assert _sync_process(anna, tmp_path).wait(timeout=60) == 0
        whole_round = time.monotonic() - started  # kill within that span, wherever it falls
        for _round in range(KILL_ROUNDS):
            for _ in range(rng.randrange(1, 30)):
                anna.random_edit(rng)
            syncing = _sync_process(anna, tmp_path)
            time.sleep(rng.uniform(0.5, 1.1) * whole_round)  # in start-up, push or pull
            if rng.random() < 0.3:
                process.kill()
                syncing.kill()
                process.restart()
            else:
                syncing.kill()
            syncing.wait(timeout=30)
        for _heal in range(2):
            anna.sync()
        assert_invariants(muni, [anna])


KILL_ROUNDS = int(os.environ.get("FYGITAAL_KILL_ROUNDS", "6"))


def _sync_process(
    laptop: Laptop, folder: Path, clock: str | None = None
) -> subprocess.Popen[bytes]:
    """``fygitaal sync now`` on the laptop's database, in a process of its own.

    With ``clock`` (e.g. ``"-5h"``) the process runs under libfaketime with that offset.
    """
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": BACKEND_NAME,
        "FYGITAAL_ROLE": "outreach",
        "FYGITAAL_ENCRYPT_DATABASE": "false",
        "FYGITAAL_DATABASE_PATH": str(laptop.store.path),
        "FYGITAAL_DATA_DIR": str(folder),
        "FYGITAAL_LOG_DIR": str(folder / "logs"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    faked = ["faketime", "-f", clock] if clock else []
    return subprocess.Popen(
        [*faked, sys.executable, "-m", "kiosk", "sync", "now"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_laptop_away_past_the_tombstone_horizon_downloads_again_and_drops_deleted_records(
    muni: Municipality, tmp_path: Path
) -> None:
    anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
    ben = Laptop.enrolled("ben", tmp_path, muni.base, muni)
    visits = _new_visits(anna, 3)
    anna.sync()
    ben.sync()
    ben.sync()  # ben has pulled everything, then goes on a long holiday
    time.sleep(2)  # long enough to count as silent for a 1-second horizon below

    anna.write("DELETE FROM visit WHERE id = :id", id=visits[0])
    anna.sync()
    anna.sync()  # anna's next pull tells central she applied the delete
    collected = collect(muni.engine, muni.municipality_id, inactive_after_s=1)
    assert collected.removed == 1
    assert collected.devices_left_behind == 1
    assert visits[0] not in _central_records(muni, "visit")

    assert set(ben.records("visit")) == set(visits)  # still the old state
    ben.sync()  # cursor below the horizon: central resets it, ben downloads again
    assert set(ben.records("visit")) == set(visits[1:])
    assert_invariants(muni, [anna, ben])


def test_a_laptop_with_its_clock_hours_behind_syncs_by_order_and_is_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ben's laptop runs five hours behind (libfaketime): order comes from central, not clocks."""
    monkeypatch.setenv(FILE_VARIABLE, str(tmp_path / "keyring.json"))
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        anna = Laptop.enrolled("anna", tmp_path, muni.base, muni)
        ben = Laptop.enrolled("ben", tmp_path, muni.base, muni, keyring=FileKeyring())
        [visit] = _new_visits(anna, 1)
        anna.write("UPDATE visit SET outcome = 'first' WHERE id = :id", id=visit)
        anna.sync()
        assert _sync_process(ben, tmp_path, clock="-5h").wait(timeout=120) == 0
        _behind(
            "-5h",
            ben.store.path,
            "UPDATE visit SET outcome = 'second, five hours earlier by the clock' WHERE id = ?",
            visit,
        )
        assert _sync_process(ben, tmp_path, clock="-5h").wait(timeout=120) == 0
        anna.sync()

        assert anna.records("visit")[visit]["outcome"] == "second, five hours earlier by the clock"
        with ben.store.engine.connect() as connection:
            stamp = connection.execute(
                text("SELECT created_at FROM outbox ORDER BY device_seq DESC LIMIT 1")
            ).scalar_one()
        assert time.time() - int(stamp.split(":")[0]) / 1000 > 4 * 3600  # the clock really lied
        devices = muni_devices(central, muni)
        assert "clock 300 min behind" in devices["ben"]
        assert "clock ok" in devices["anna"]
        status = read_status(ben.store.engine)
        assert status.clock_wrong
        assert_invariants(muni, [anna, ben])


def muni_devices(central: Central, muni: Municipality) -> dict[str, str]:
    """``fygitaal central admin list-devices`` lines by device name."""
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "central", "admin", "--db", str(central.engine.url),
         "list-devices", muni.municipality_id],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return {line.rsplit("\t", 1)[1]: line for line in result.stdout.splitlines()}


def _behind(offset: str, database: Path, statement: str, *params: str) -> None:
    """One local write by a process whose clock is ``offset`` off (the triggers read it)."""
    script = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute(sys.argv[2], sys.argv[3:]); c.commit(); c.close()"
    )
    subprocess.run(
        ["faketime", "-f", offset, sys.executable, "-c", script, str(database), statement, *params],
        check=True,
        timeout=60,
    )
