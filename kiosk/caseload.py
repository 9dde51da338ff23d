"""The outreach team's caseload on the laptop: a day list, planning visits, kiosk requests.

Persons, visits and visit requests arrive by sync (team scope) and are read here from the
local store, so the list works offline. A visit's ``planned_at`` is ISO 8601 with its UTC
offset; a day list shows the day's open visits by planned time, after the *overdue* ones
(planned before the day, still open). Every write names the staff member as the actor in
the same transaction, so the outbox op says who did it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, text

from kiosk.staff_signin import StaffMember
from offline_sync.outbox import set_actor
from offline_sync.protocol import VISIT_TRANSITIONS, new_id

OPEN = ("planned", "in_progress")


class CaseloadError(ValueError):
    """A change the caseload does not allow (unknown visit, invalid move)."""


@dataclass(frozen=True)
class DayItem:
    visit_id: str
    person_id: str
    name: str
    address: str
    planned_at: datetime | None
    status: str
    overdue: bool
    """Open, and planned on an earlier day."""
    due: bool
    """Open, and its time has come."""


@dataclass(frozen=True)
class VisitRequest:
    request_id: str
    name: str
    address: str
    phone: str
    reason: str
    requested_at: str


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _name(first: object, last: object) -> str:
    return " ".join(str(p) for p in (first, last) if p)


def day_list(engine: Engine, day: date, now: datetime) -> list[DayItem]:
    """Overdue open visits (oldest first), then ``day``'s visits by planned time."""
    zone = now.tzinfo
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT v.id, v.person_id, v.planned_at, v.status, p.first_names, p.surname,"
                " p.street_and_number, p.zip FROM visit AS v LEFT JOIN person AS p"
                " ON p.id = v.person_id AND p._deleted = 0 WHERE v._deleted = 0"
            )
        ).all()
    overdue: list[DayItem] = []
    today: list[DayItem] = []
    for visit_id, person_id, planned, status, first, last, street, zip_code in rows:
        at = parse_time(planned)
        if at is None:
            continue
        local_day = at.astimezone(zone).date()
        address = ", ".join(str(p) for p in (street, zip_code) if p)
        is_open = status in OPEN
        late = is_open and local_day < now.date() and day == now.date()
        due = is_open and at <= now
        item = DayItem(visit_id, person_id, _name(first, last), address, at, status, late, due)
        if late:
            overdue.append(item)
        elif local_day == day and status != "cancelled":
            today.append(item)
    return sorted(overdue, key=_when) + sorted(today, key=_when)


def _when(item: DayItem) -> datetime:
    assert item.planned_at is not None
    return item.planned_at


def plan_visit(engine: Engine, staff: StaffMember, person_id: str, planned_at: datetime) -> str:
    """A new planned visit of ``person_id`` by ``staff``; returns its id."""
    with engine.begin() as conn:
        set_actor(conn, staff.staff_id)
        return _insert_visit(conn, staff, person_id, planned_at)


def _insert_visit(conn: Connection, staff: StaffMember, person_id: str, at: datetime) -> str:
    visit_id = new_id()
    conn.execute(
        text(
            "INSERT INTO visit (id, person_id, planned_at, staff_id, status, checklist, notes,"
            " team_id) VALUES (:id, :person, :at, :staff, 'planned', '[]', '[]', :team)"
        ),
        {
            "id": visit_id,
            "person": person_id,
            "at": at.isoformat(timespec="minutes"),
            "staff": staff.staff_id,
            "team": staff.team_id,
        },
    )
    return visit_id


def _status(conn: Connection, visit_id: str) -> str:
    status = conn.execute(
        text("SELECT status FROM visit WHERE id = :id AND _deleted = 0"), {"id": visit_id}
    ).scalar_one_or_none()
    if status is None:
        raise CaseloadError(f"no visit {visit_id}")
    return str(status)


def move_visit(engine: Engine, staff: StaffMember, visit_id: str, planned_at: datetime) -> None:
    """Plan an open visit at another time."""
    with engine.begin() as conn:
        if _status(conn, visit_id) not in OPEN:
            raise CaseloadError("only an open visit can be moved")
        set_actor(conn, staff.staff_id)
        conn.execute(
            text("UPDATE visit SET planned_at = :at WHERE id = :id"),
            {"at": planned_at.isoformat(timespec="minutes"), "id": visit_id},
        )


def set_visit_status(engine: Engine, staff: StaffMember, visit_id: str, status: str) -> None:
    """Move a visit along its state machine (cancel, start, finish, plan again)."""
    with engine.begin() as conn:
        current = _status(conn, visit_id)
        if status not in VISIT_TRANSITIONS.get(current, frozenset()):
            raise CaseloadError(f"a {current} visit cannot become {status}")
        set_actor(conn, staff.staff_id)
        conn.execute(
            text("UPDATE visit SET status = :s WHERE id = :id"), {"s": status, "id": visit_id}
        )


def open_requests(engine: Engine, team_id: str) -> list[VisitRequest]:
    """Residents who asked for a visit (at the kiosk) and wait for this team."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, first_names, surname, street_and_number, zip, phone, reason,"
                " requested_at FROM visit_request WHERE _deleted = 0 AND status = 'requested'"
                " AND team_id = :team ORDER BY requested_at"
            ),
            {"team": team_id},
        ).all()
    return [
        VisitRequest(
            r[0],
            _name(r[1], r[2]),
            ", ".join(str(p) for p in (r[3], r[4]) if p),
            str(r[5] or ""),
            str(r[6] or ""),
            str(r[7]),
        )
        for r in rows
    ]


def plan_request(
    engine: Engine, staff: StaffMember, request_id: str, planned_at: datetime
) -> tuple[str, str]:
    """Turn a kiosk request into a person of the team and a planned visit, in one step.

    Returns (person_id, visit_id); the request becomes ``planned``.
    """
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "SELECT person_key, first_names, surname, street_and_number, zip, phone, status"
                " FROM visit_request WHERE id = :id AND _deleted = 0"
            ),
            {"id": request_id},
        ).first()
        if row is None or row.status != "requested":
            raise CaseloadError("this request was planned or declined already")
        set_actor(conn, staff.staff_id)
        person_id = _person_for(conn, staff, dict(row._mapping))
        visit_id = _insert_visit(conn, staff, person_id, planned_at)
        conn.execute(
            text("UPDATE visit_request SET status = 'planned' WHERE id = :id"), {"id": request_id}
        )
    return person_id, visit_id


def _person_for(conn: Connection, staff: StaffMember, request: dict[str, Any]) -> str:
    """The team's person with the request's person_key, or a new one from the request."""
    key = request.get("person_key")
    if key:
        found = conn.execute(
            text("SELECT id FROM person WHERE person_key = :key AND _deleted = 0"), {"key": key}
        ).scalar_one_or_none()
        if found is not None:
            return str(found)
    person_id = new_id()
    names = ("first_names", "surname", "street_and_number", "zip", "phone")
    values = {name: request.get(name) for name in names}
    conn.execute(
        text(
            "INSERT INTO person (id, person_key, first_names, surname, street_and_number, zip,"
            " phone, team_id) VALUES (:id, :key, :first_names, :surname, :street_and_number,"
            " :zip, :phone, :team)"
        ),
        {"id": person_id, "key": key, "team": staff.team_id, **values},
    )
    return person_id


def person_name(engine: Engine, person_id: str) -> str:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT first_names, surname FROM person WHERE id = :id"), {"id": person_id}
        ).first()
    return "" if row is None else _name(row[0], row[1])


def json_list(value: object) -> list[Any]:
    """A JSON list column as a list (absent or broken = empty)."""
    if not isinstance(value, str) or not value:
        return []
    try:
        loaded = json.loads(value)
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []
