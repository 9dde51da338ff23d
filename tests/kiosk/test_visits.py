"""The caseload and the visit record on a real device store: consent first, day list, set-merge.

The set-merge test runs two laptops against a real central process.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from kiosk.caseload import (
    CaseloadError,
    day_list,
    move_visit,
    open_requests,
    plan_request,
    plan_visit,
    set_visit_status,
)
from kiosk.consent import ConsentInvalid, ConsentMissing, has_consent, record_consent
from kiosk.staff_signin import StaffMember
from kiosk.visit_followup import add_referral, add_task, set_referral
from kiosk.visits import add_note, finish_visit, mark_need, needs_of, notes_of, set_needs
from offline_sync.outbox import set_actor
from offline_sync.store import LocalStore, open_store
from tests.central.helpers import running_sqlite_central
from tests.offline_sync.laptops import Laptop

AN = StaffMember("an", "An", "outreach", "t1")
NOW = datetime.now(UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    local = open_store(tmp_path / "outreach.sqlite3")
    yield local
    local.close()


def _person(engine: Engine, surname: str = "Peeters") -> str:
    person_id = f"p-{surname}"
    with engine.begin() as conn:
        set_actor(conn, "an")
        conn.execute(
            text(
                "INSERT INTO person (id, first_names, surname, team_id)"
                " VALUES (:i, 'Maria', :s, 't1')"
            ),
            {"i": person_id, "s": surname},
        )
    return person_id


def _ops(engine: Engine, entity: str) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT op_kind, actor FROM outbox WHERE entity = :e ORDER BY device_seq"),
            {"e": entity},
        )
        return [(row[0], row[1]) for row in rows]


def test_nothing_personal_before_consent(store: LocalStore) -> None:
    engine = store.engine
    visit = plan_visit(engine, AN, _person(engine), NOW)
    before = _ops(engine, "visit")
    with pytest.raises(ConsentMissing):
        set_needs(engine, AN, visit, {"itsme"})
    with pytest.raises(ConsentMissing):
        mark_need(engine, AN, visit, "itsme", present=True)
    with pytest.raises(ConsentMissing):
        add_note(engine, AN, visit, "Lives alone, daughter abroad", sensitive=True)
    with pytest.raises(ConsentMissing):
        add_task(engine, AN, visit, "Call back about eBox", date.today())
    with pytest.raises(ConsentMissing):
        add_referral(engine, AN, visit, "digipunt", "Needs a laptop course")
    assert _ops(engine, "visit") == before
    assert _ops(engine, "task") == _ops(engine, "referral") == []
    assert notes_of(engine, visit) == []
    assert needs_of(engine, visit) == set()


def test_consent_needs_its_parts_and_expires(store: LocalStore) -> None:
    engine = store.engine
    person = _person(engine)
    with pytest.raises(ConsentInvalid):
        record_consent(
            engine, AN, person, purpose="", method="paper", expires_at=None, evidence="F1"
        )
    with pytest.raises(ConsentInvalid):
        record_consent(engine, AN, person, purpose="e-inclusion", method="paper", expires_at=None)
    with pytest.raises(ConsentInvalid):
        record_consent(engine, AN, person, purpose="e-inclusion", method="nod", expires_at=None)
    old = NOW - timedelta(days=400)
    record_consent(
        engine,
        AN,
        person,
        purpose="e-inclusion",
        method="eid",
        given_at=old,
        expires_at=old + timedelta(days=365),
    )
    assert not has_consent(engine, person)
    visit = plan_visit(engine, AN, person, NOW)
    with pytest.raises(ConsentMissing):
        set_needs(engine, AN, visit, {"ebox"})
    record_consent(
        engine,
        AN,
        person,
        purpose="social assistance (OCMW law)",
        method="legal_ground",
        expires_at=None,
    )
    assert set_needs(engine, AN, visit, {"ebox"}) == ["ebox"]


def test_a_visit_record_after_consent_is_written_by_the_staff_member(store: LocalStore) -> None:
    engine = store.engine
    person = _person(engine)
    visit = plan_visit(engine, AN, person, NOW)
    record_consent(
        engine,
        AN,
        person,
        purpose="e-inclusion",
        method="signature",
        evidence="sha256:ab12",
        expires_at=NOW + timedelta(days=365),
    )
    assert set_needs(engine, AN, visit, {"itsme", "ebox"}) == ["ebox", "itsme"]
    assert set_needs(engine, AN, visit, {"itsme", "loneliness"}) == ["itsme", "loneliness"]
    assert mark_need(engine, AN, visit, "device", present=True) == ["device", "itsme", "loneliness"]
    assert mark_need(engine, AN, visit, "itsme", present=False) == ["device", "loneliness"]
    assert mark_need(engine, AN, visit, "itsme", present=False) == ["device", "loneliness"]
    add_note(engine, AN, visit, "Wants to video call her grandson", sensitive=False)
    add_note(engine, AN, visit, "Signs of loneliness", sensitive=True)
    task = add_task(engine, AN, visit, "Bring a tablet from the library", date.today())
    referral = add_referral(engine, AN, visit, "device_lending", "No device at home")
    set_referral(engine, AN, referral, "sent")
    set_referral(engine, AN, referral, "accepted", "Tablet lent for 3 months")
    finish_visit(engine, AN, visit, "itsme installed")
    notes = notes_of(engine, visit)
    assert [(n.text, n.sensitive, n.by) for n in notes] == [
        ("Wants to video call her grandson", False, "an"),
        ("Signs of loneliness", True, "an"),
    ]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM visit")).scalar_one() == "done"
        row = conn.execute(
            text("SELECT due_date, assignee FROM task WHERE id = :i"), {"i": task}
        ).one()
        assert tuple(row) == (date.today().isoformat(), "an")
    for entity in ("visit", "consent", "task", "referral"):
        assert {actor for _kind, actor in _ops(engine, entity)} == {"an"}, entity
    with pytest.raises(ValueError, match="partners"):
        add_referral(engine, AN, visit, "bakery", "")


def test_day_list_overdue_first_then_by_time_and_plan_move_cancel(store: LocalStore) -> None:
    engine = store.engine
    today = NOW.date()
    at = datetime(today.year, today.month, today.day, 9, 0, tzinfo=UTC)
    late = plan_visit(engine, AN, _person(engine, "Janssens"), at - timedelta(days=2))
    second = plan_visit(engine, AN, _person(engine, "Maes"), at + timedelta(hours=5))
    first = plan_visit(engine, AN, _person(engine, "Claes"), at + timedelta(hours=1))
    gone = plan_visit(engine, AN, _person(engine, "Wouters"), at + timedelta(hours=2))
    tomorrow = plan_visit(engine, AN, _person(engine, "Goossens"), at + timedelta(days=1))
    set_visit_status(engine, AN, gone, "cancelled")
    items = day_list(engine, today, NOW)
    assert [i.visit_id for i in items] == [late, first, second]
    assert [i.overdue for i in items] == [True, False, False]
    assert items[1].name == "Maria Claes"
    move_visit(engine, AN, tomorrow, at + timedelta(hours=3))
    assert [i.visit_id for i in day_list(engine, today, NOW)] == [late, first, tomorrow, second]
    with pytest.raises(CaseloadError):
        set_visit_status(engine, AN, gone, "done")
    with pytest.raises(CaseloadError):
        move_visit(engine, AN, gone, at)


def test_a_kiosk_request_becomes_a_person_and_a_planned_visit(store: LocalStore) -> None:
    engine = store.engine
    with engine.begin() as conn:
        set_actor(conn, "citizen")
        conn.execute(
            text(
                "INSERT INTO visit_request (id, person_key, first_names, surname,"
                " street_and_number, zip, phone, reason, requested_at, status, channel, team_id)"
                " VALUES ('r1', 'pk1', 'Jos', 'Verbruggen', 'Kerkstraat 4', '9000', '09 123 45 67',"
                " 'itsme', '2026-11-20T10:00:00+00:00', 'requested', 'kiosk', 't1')"
            )
        )
    [request] = open_requests(engine, "t1")
    assert (request.name, request.address) == ("Jos Verbruggen", "Kerkstraat 4, 9000")
    person, visit = plan_request(engine, AN, "r1", NOW + timedelta(hours=1))
    assert open_requests(engine, "t1") == []
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT surname, team_id FROM person WHERE id = :i"), {"i": person}
        ).one()
        assert tuple(row) == ("Verbruggen", "t1")
        assert conn.execute(text("SELECT status FROM visit_request")).scalar_one() == "planned"
    assert visit in [i.visit_id for i in day_list(engine, (NOW + timedelta(hours=1)).date(), NOW)]
    with pytest.raises(CaseloadError):
        plan_request(engine, AN, "r1", NOW)


def test_two_laptops_adding_needs_offline_both_keep_both(tmp_path: Path) -> None:
    """The checklist is a set: adds made apart on two laptops both survive the merge."""
    with running_sqlite_central(tmp_path) as (central, _process):
        muni = central.municipality()
        one = Laptop.enrolled("one", tmp_path, central.url, muni)
        two = Laptop.enrolled("two", tmp_path, central.url, muni)
        person = _person(one.store.engine)
        visit = plan_visit(one.store.engine, AN, person, NOW)
        record_consent(
            one.store.engine, AN, person, purpose="e-inclusion", method="eid", expires_at=None
        )
        set_needs(one.store.engine, AN, visit, {"itsme"})
        one.sync()
        two.sync()
        bert = StaffMember("bert", "Bert", "outreach", "t1")
        set_needs(one.store.engine, AN, visit, {"itsme", "ebox"})
        set_needs(two.store.engine, bert, visit, {"itsme", "device"})
        one.sync()
        two.sync()
        one.sync()
        for laptop in (one, two):
            assert sorted(laptop.records("visit")[visit]["checklist"]) == [
                "device",
                "ebox",
                "itsme",
            ]
            assert laptop.open_conflicts() == []
        one.store.close()
        two.store.close()
