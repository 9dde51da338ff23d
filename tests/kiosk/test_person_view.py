"""The 360° view on a real device store: role, purpose, sensitive notes, and the access log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from kiosk.consent import record_consent
from kiosk.person_view import ViewRefused, id_time, open_view, open_view_of_visit
from kiosk.staff_signin import StaffMember
from kiosk.visits import add_note, notes_of
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id
from offline_sync.store import LocalStore, open_store

AN = StaffMember("an", "An", "outreach", "t1")
NOW = datetime.now(UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    local = open_store(tmp_path / "outreach.sqlite3")
    yield local
    local.close()


def _write(engine: Engine, statement: str, **params: object) -> None:
    with engine.begin() as conn:
        set_actor(conn, "sync")
        conn.execute(text(statement), params)


def _resident(engine: Engine) -> None:
    """Maria with a visit (one note of team t2), a melding and a question from a kiosk."""
    _write(
        engine,
        "INSERT INTO person (id, person_key, first_names, surname, street_and_number, zip,"
        " team_id) VALUES ('p1', 'key-1', 'Maria', 'Peeters', 'Markt 1', '9000', 't1')",
    )
    notes = [
        {"id": "n1", "text": "Schulden", "sensitive": True, "by": "cas", "team": "t2"}
        | {"at": (NOW - timedelta(days=3)).isoformat()},
        {"id": "n2", "text": "Oud, zonder team", "sensitive": True, "by": "bo"}
        | {"at": (NOW - timedelta(days=4)).isoformat()},
    ]
    _write(
        engine,
        "INSERT INTO visit (id, person_id, planned_at, status, checklist, notes, team_id)"
        " VALUES ('v1', 'p1', :at, 'planned', '[]', :notes, 't1')",
        at=(NOW - timedelta(days=1)).isoformat(),
        notes=json.dumps(notes),
    )
    _write(
        engine,
        "INSERT INTO melding (id, reference, category, status, person_key, team_id)"
        " VALUES (:id, 'M-1', 'litter', '511', 'key-1', 't1')",
        id=new_id(),
    )
    _write(
        engine,
        "INSERT INTO question (id, text, status, person_key) VALUES (:id, 'Wanneer?', 'open',"
        " 'key-1')",
        id=new_id(),
    )
    _write(
        engine,
        "INSERT INTO melding (id, reference, category, status, person_key, team_id)"
        " VALUES (:id, 'M-2', 'litter', '511', 'someone-else', 't1')",
        id=new_id(),
    )


def _access_log(engine: Engine) -> list[tuple[str, str, str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT actor, purpose, person_id, person_key FROM access_log ORDER BY at, id")
        ).all()
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def test_the_view_is_newest_first_and_each_opening_is_logged(store: LocalStore) -> None:
    engine = store.engine
    _resident(engine)
    record_consent(engine, AN, "p1", purpose="Digitale hulp", method="eid", expires_at=None)
    add_note(engine, AN, "v1", "Slaapt slecht", sensitive=True)

    view = open_view_of_visit(engine, AN, "v1")

    assert (view.name, view.address) == ("Maria Peeters", "Markt 1, 9000")
    texts = [item.text for item in view.items]
    assert "Slaapt slecht" in texts  # this team's own sensitive note
    assert "Schulden" not in texts  # team t2's sensitive note: only counted
    assert view.withheld == 1
    assert "M-1" in texts
    assert "M-2" not in texts  # someone else's melding
    assert "Wanneer?" in texts
    times = [item.at for item in view.items]
    assert None not in times
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]
    assert _access_log(engine) == [("an", "home_visit", "p1", "key-1")]
    with engine.connect() as conn:  # the log travels to central like any other change
        ops = conn.execute(text("SELECT count(*) FROM outbox WHERE entity = 'access_log'"))
        assert ops.scalar_one() == 1


def test_a_note_without_a_team_belongs_to_the_visits_team(store: LocalStore) -> None:
    engine = store.engine
    _resident(engine)
    view = open_view(engine, AN, "p1")
    texts = [item.text for item in view.items]
    assert "Oud, zonder team" in texts  # the visit is team t1's, like An
    assert "Schulden" not in texts
    assert view.withheld == 1
    other = StaffMember("cas", "Cas", "outreach", "t2")
    texts = [item.text for item in open_view(engine, other, "p1").items]
    assert "Schulden" in texts
    assert "Oud, zonder team" not in texts


def test_a_follow_up_shows_the_visit_work_only(store: LocalStore) -> None:
    engine = store.engine
    _resident(engine)
    view = open_view(engine, AN, "p1", purpose="follow_up")
    assert {item.kind for item in view.items} <= {"visit", "note", "consent", "task", "referral"}
    assert "M-1" not in [item.text for item in view.items]
    assert _access_log(engine) == [("an", "follow_up", "p1", "key-1")]


def test_other_roles_unknown_purposes_and_residents_are_refused_and_not_logged(
    store: LocalStore,
) -> None:
    engine = store.engine
    _resident(engine)
    with pytest.raises(ViewRefused):
        open_view(engine, StaffMember("x", "X", "counter", "t1"), "p1")
    with pytest.raises(ViewRefused):
        open_view(engine, AN, "p1", purpose="curiosity")
    with pytest.raises(ViewRefused):
        open_view(engine, AN, "nobody")
    with pytest.raises(ViewRefused):
        open_view_of_visit(engine, AN, "no-visit")
    assert _access_log(engine) == []


def test_id_time_reads_a_uuid7() -> None:
    made = id_time(new_id())
    assert made is not None
    assert abs((made - datetime.now(UTC)).total_seconds()) < 60
    assert id_time("v1") is None
    assert id_time("6f1c1f5e-8a0b-4c7e-9d2a-1b3c4d5e6f70") is None  # a v4


def test_the_visit_record_shows_a_team_its_own_notes_only(store: LocalStore) -> None:
    engine = store.engine
    _resident(engine)
    assert [n.text for n in notes_of(engine, "v1", "t1")] == ["Oud, zonder team"]
    assert [n.text for n in notes_of(engine, "v1", "t2")] == ["Schulden"]
    assert len(notes_of(engine, "v1")) == 2  # no team given: every note (sync, export)
