"""Queue tickets: numbers unique across kiosks even offline, one shared queue, the wait."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text

from kiosk.queue import estimate_wait, take_ticket
from offline_sync.store import open_store
from tests.central.helpers import running_sqlite_central
from tests.kiosk.kiosk_stores import enrolled_kiosk


def test_two_kiosks_number_offline_without_clashes_and_share_one_queue(tmp_path: Path) -> None:
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        hall = enrolled_kiosk(tmp_path, "hall", central.url, central.engine, muni.municipality_id)
        annex = enrolled_kiosk(tmp_path, "annex", central.url, central.engine, muni.municipality_id)
        numbers = []
        for _ in range(3):  # both offline: neither sees the other's tickets
            numbers.append(take_ticket(hall.engine, "population", prefix="A", minutes_per_ticket=5))
            numbers.append(
                take_ticket(annex.engine, "population", prefix="B", minutes_per_ticket=5)
            )
        assert [t.number for t in numbers] == ["A-001", "B-001", "A-002", "B-002", "A-003", "B-003"]
        for kiosk in (hall, annex, hall):
            kiosk.sync()
        after_sync = take_ticket(hall.engine, "population", prefix="A", minutes_per_ticket=5)
        assert after_sync.number == "A-004"
        assert after_sync.waiting_before == 6  # the annex's three count too
        assert after_sync.estimated_wait == dt.timedelta(minutes=30)
        with hall.engine.connect() as conn:
            all_numbers = conn.execute(text("SELECT number FROM ticket")).scalars().all()
        assert len(all_numbers) == len(set(all_numbers)) == 7


def test_the_wait_counts_only_people_still_waiting_for_the_same_service(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kiosk.sqlite3")
    first = take_ticket(store.engine, "eid", prefix="A", minutes_per_ticket=6)
    second = take_ticket(store.engine, "eid", prefix="A", minutes_per_ticket=6)
    other = take_ticket(store.engine, "civil_status", prefix="A", minutes_per_ticket=6)
    assert (first.estimated_wait, second.estimated_wait) == (
        dt.timedelta(0),
        dt.timedelta(minutes=6),
    )
    assert (other.number, other.waiting_before) == ("A-003", 0)
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE ticket SET status = 'called' WHERE id = :id"), {"id": first.ticket_id}
        )
    assert take_ticket(store.engine, "eid", prefix="A", minutes_per_ticket=6).waiting_before == 1
    store.engine.dispose()


def test_numbers_start_again_every_day(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kiosk.sqlite3")
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    assert (
        take_ticket(store.engine, "eid", prefix="C", minutes_per_ticket=6, now=yesterday).number
        == "C-001"
    )
    assert (
        take_ticket(store.engine, "eid", prefix="C", minutes_per_ticket=6, now=yesterday).number
        == "C-002"
    )
    today = take_ticket(store.engine, "eid", prefix="C", minutes_per_ticket=6)
    assert (today.number, today.waiting_before) == ("C-001", 0)
    store.engine.dispose()


def test_estimate_wait() -> None:
    assert estimate_wait(0, 6) == dt.timedelta(0)
    assert estimate_wait(4, 7) == dt.timedelta(minutes=28)
