"""The 360° view of one resident on the outreach laptop: one timeline, newest first.

Contacts, visits (and their notes), meldingen, questions, appointments, certificate and
visit requests, consents, tasks and referrals the team holds about the resident, read
in one query (records made on a laptop name the resident by ``person_id``, kiosk records
by the pseudonymous ``person_key``). What is shown is limited by role (only outreach
staff open it) and by purpose (`PURPOSES`: a follow-up shows the visit work, not the
resident's reports or certificates); a sensitive note is shown only to the team that
wrote it. Every opening writes an ``access_log`` record in the same transaction as the
read: it syncs to central, where the resident sees it in "my data".
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, text

from kiosk.caseload import json_list, parse_time
from kiosk.staff_signin import StaffMember
from kiosk.visits import withheld_from
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

KINDS = (
    "contact",
    "visit",
    "note",
    "melding",
    "question",
    "appointment",
    "certificate_request",
    "visit_request",
    "consent",
    "task",
    "referral",
)
PURPOSES: Mapping[str, frozenset[str]] = {
    "home_visit": frozenset(KINDS),
    "follow_up": frozenset({"contact", "visit", "note", "consent", "task", "referral"}),
}
"""What each purpose may show (the purpose is written to the access log)."""
VIEW_ROLES = frozenset({"outreach"})
"""Staff roles that may open a resident's view at all."""

# kind, id, time, status, text, detail, notes (visits), team
_TIMELINE = """
SELECT 'contact', id, at, channel, coalesce(topic, ''), coalesce(outcome, ''), NULL, team_id
  FROM contact_moment WHERE person_id = :person AND _deleted = 0
UNION ALL SELECT 'visit', id, planned_at, status, coalesce(outcome, ''), '', notes, team_id
  FROM visit WHERE person_id = :person AND _deleted = 0
UNION ALL SELECT 'consent', id, given_at,
    CASE WHEN withdrawn_at IS NULL THEN method ELSE 'withdrawn' END, purpose,
    coalesce(expires_at, ''), NULL, team_id
  FROM consent WHERE person_id = :person AND _deleted = 0
UNION ALL SELECT 'task', id, NULL, status, text, coalesce(due_date, ''), NULL, team_id
  FROM task WHERE person_id = :person AND _deleted = 0
UNION ALL SELECT 'referral', id, NULL, status, partner, coalesce(outcome, reason, ''), NULL,
    team_id
  FROM referral WHERE person_id = :person AND _deleted = 0
UNION ALL SELECT 'melding', id, NULL, status, reference, coalesce(description, category), NULL,
    team_id
  FROM melding WHERE person_key = :key AND _deleted = 0
UNION ALL SELECT 'question', id, NULL, status, text, coalesce(answer, ''), NULL, team_id
  FROM question WHERE person_key = :key AND _deleted = 0
UNION ALL SELECT 'appointment', id, starts_at, status, service, booking_code, NULL, team_id
  FROM appointment WHERE person_key = :key AND _deleted = 0
UNION ALL SELECT 'certificate_request', id, requested_at, status, kind, delivery, NULL, team_id
  FROM certificate_request WHERE person_key = :key AND _deleted = 0
UNION ALL SELECT 'visit_request', id, requested_at, status, coalesce(reason, ''), '', NULL,
    team_id
  FROM visit_request WHERE person_key = :key AND _deleted = 0
"""


class ViewRefused(PermissionError):
    """This staff member may not open this view (role, purpose, or no such resident)."""


@dataclass(frozen=True)
class TimelineItem:
    kind: str
    """One of `KINDS`."""
    record_id: str
    at: datetime | None
    """When it happened (planned, given, asked); else when the record was made."""
    status: str
    text: str
    detail: str = ""
    sensitive: bool = False


@dataclass(frozen=True)
class ResidentView:
    person_id: str
    name: str
    address: str
    purpose: str
    items: list[TimelineItem]
    """Newest first; items without any time last."""
    withheld: int
    """Sensitive notes of another team, not shown (their number only)."""


def open_view(
    engine: Engine, staff: StaffMember, person_id: str, purpose: str = "home_visit"
) -> ResidentView:
    """Log this opening as an access of the resident's data, then read their timeline."""
    if staff.role not in VIEW_ROLES:
        raise ViewRefused(f"a {staff.role} member does not open residents' files")
    kinds = PURPOSES.get(purpose)
    if kinds is None:
        raise ViewRefused(f"unknown purpose {purpose!r}")
    with engine.begin() as conn:
        person = conn.execute(
            text(
                "SELECT person_key, first_names, surname, street_and_number, zip FROM person"
                " WHERE id = :id AND _deleted = 0"
            ),
            {"id": person_id},
        ).first()
        if person is None:
            raise ViewRefused("this resident is not in the team's caseload")
        _log_access(conn, staff, person_id, person.person_key, purpose)
        rows = conn.execute(text(_TIMELINE), {"person": person_id, "key": person.person_key})
        items, withheld = _items(rows, kinds, staff.team_id)
    items.sort(key=_newest_first)
    name = " ".join(str(p) for p in (person.first_names, person.surname) if p)
    address = ", ".join(str(p) for p in (person.street_and_number, person.zip) if p)
    return ResidentView(person_id, name, address, purpose, items, withheld)


def open_view_of_visit(
    engine: Engine, staff: StaffMember, visit_id: str, purpose: str = "home_visit"
) -> ResidentView:
    """`open_view` of the resident a visit is for."""
    with engine.connect() as conn:
        person_id = conn.execute(
            text("SELECT person_id FROM visit WHERE id = :id AND _deleted = 0"), {"id": visit_id}
        ).scalar_one_or_none()
    if person_id is None:
        raise ViewRefused(f"no visit {visit_id}")
    return open_view(engine, staff, str(person_id), purpose)


def _log_access(
    conn: Connection, staff: StaffMember, person_id: str, person_key: str | None, purpose: str
) -> None:
    set_actor(conn, staff.staff_id)
    conn.execute(
        text(
            "INSERT INTO access_log (id, person_key, person_id, actor, role, purpose, at, team_id)"
            " VALUES (:id, :key, :person, :actor, :role, :purpose, :at, :team)"
        ),
        {
            "id": new_id(),
            "key": person_key,
            "person": person_id,
            "actor": staff.staff_id,
            "role": staff.role,
            "purpose": purpose,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "team": staff.team_id,
        },
    )


def _items(rows: Iterable[Any], kinds: frozenset[str], team: str) -> tuple[list[TimelineItem], int]:
    items: list[TimelineItem] = []
    withheld = 0
    for kind, record_id, at, status, body, detail, notes, record_team in rows:
        if kind == "visit" and "note" in kinds:
            shown, hidden = _notes(record_id, notes, record_team, team)
            items += shown
            withheld += hidden
        if kind in kinds:
            when = _time(at) or id_time(record_id)
            items.append(
                TimelineItem(kind, record_id, when, str(status or ""), str(body), str(detail))
            )
    return items, withheld


def _notes(
    visit_id: str, notes: object, visit_team: str | None, team: str
) -> tuple[list[TimelineItem], int]:
    """A visit's notes as items; a sensitive note of another team is only counted."""
    shown: list[TimelineItem] = []
    hidden = 0
    for note in json_list(notes):
        if not isinstance(note, dict):
            continue
        if withheld_from(note, visit_team, team):
            hidden += 1
            continue
        shown.append(
            TimelineItem(
                "note",
                str(note.get("id") or visit_id),
                _time(note.get("at")),
                "",
                str(note.get("text", "")),
                str(note.get("by", "")),
                bool(note.get("sensitive")),
            )
        )
    return shown, hidden


def _time(value: object) -> datetime | None:
    at = parse_time(value)
    if at is not None and at.tzinfo is None:
        return at.replace(tzinfo=UTC)
    return at


def id_time(record_id: str) -> datetime | None:
    """When a UUIDv7 id was made (ids are client-made, time-ordered); None for other ids."""
    try:
        made = uuid.UUID(record_id)
    except ValueError:
        return None
    if made.version != 7:  # RFC 9562 version 7: time-ordered
        return None
    return datetime.fromtimestamp((made.int >> 80) / 1000, UTC)


_OLDEST = datetime.min.replace(tzinfo=UTC)


def _newest_first(item: TimelineItem) -> tuple[bool, float]:
    at = item.at or _OLDEST
    return (item.at is None, -at.timestamp())
