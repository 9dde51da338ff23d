"""Recording a home visit: the checklist of needs, notes, and finishing the visit.

Nothing is stored about the resident before their consent or a legal ground
(`kiosk.consent.require_consent` in every write, which also names the staff member as the
actor); tasks and referrals are in `kiosk.visit_followup`. The checklist is a set (synced
with the set-merge policy: adds and removes made on two laptops both apply); notes only
grow (append-only; each item has its sensitivity flag, author and time).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, text

from kiosk.caseload import json_list
from kiosk.consent import now, require_consent
from kiosk.staff_signin import StaffMember
from offline_sync.protocol import VISIT_TRANSITIONS, new_id

NEEDS = (
    "eid_pin_reset",
    "itsme",
    "ebox",
    "burgerprofiel",
    "device",
    "social_tariffs",
    "loneliness",
)


class VisitError(ValueError):
    """An invalid value or move (unknown need, partner, status)."""


@dataclass(frozen=True)
class Note:
    note_id: str
    text: str
    sensitive: bool
    by: str
    at: str


def visit_row(conn: Connection, visit_id: str) -> dict[str, Any]:
    row = conn.execute(
        text(
            "SELECT person_id, status, checklist, notes, team_id FROM visit"
            " WHERE id = :id AND _deleted = 0"
        ),
        {"id": visit_id},
    ).first()
    if row is None:
        raise VisitError(f"no visit {visit_id}")
    return dict(row._mapping)


def set_needs(engine: Engine, staff: StaffMember, visit_id: str, needs: set[str]) -> list[str]:
    """The visit's checklist becomes ``needs`` (a set; stored sorted, no duplicates)."""
    unknown = needs - set(NEEDS)
    if unknown:
        raise VisitError(f"unknown needs: {sorted(unknown)}")
    items = sorted(needs)
    with engine.begin() as conn:
        visit = visit_row(conn, visit_id)
        require_consent(conn, staff, visit["person_id"])
        if sorted(json_list(visit["checklist"])) != items:
            conn.execute(
                text("UPDATE visit SET checklist = :value WHERE id = :id"),
                {"value": json.dumps(items), "id": visit_id},
            )
    return items


def mark_need(
    engine: Engine, staff: StaffMember, visit_id: str, need: str, *, present: bool
) -> list[str]:
    """Tick or untick one need against the stored checklist (a screen never sends a stale set)."""
    if need not in NEEDS:
        raise VisitError(f"unknown need: {need!r}")
    with engine.begin() as conn:
        visit = visit_row(conn, visit_id)
        require_consent(conn, staff, visit["person_id"])
        before = {str(i) for i in json_list(visit["checklist"])}
        after = before | {need} if present else before - {need}
        if after != before:
            conn.execute(
                text("UPDATE visit SET checklist = :value WHERE id = :id"),
                {"value": json.dumps(sorted(after)), "id": visit_id},
            )
    return sorted(after)


def needs_of(engine: Engine, visit_id: str) -> set[str]:
    with engine.connect() as conn:
        return {str(i) for i in json_list(visit_row(conn, visit_id)["checklist"])}


def add_note(
    engine: Engine, staff: StaffMember, visit_id: str, note: str, *, sensitive: bool
) -> str:
    """Append a note (never edited afterwards); returns its id."""
    if not note.strip():
        raise VisitError("an empty note")
    item = {
        "id": new_id(),
        "text": note.strip(),
        "sensitive": sensitive,
        "by": staff.staff_id,
        "team": staff.team_id,  # a sensitive note is shown to this team only
        "at": now().isoformat(timespec="seconds"),
    }
    with engine.begin() as conn:
        visit = visit_row(conn, visit_id)
        require_consent(conn, staff, visit["person_id"])
        notes = [*json_list(visit["notes"]), item]
        conn.execute(
            text("UPDATE visit SET notes = :value WHERE id = :id"),
            {"value": json.dumps(notes), "id": visit_id},
        )
    return str(item["id"])


def notes_of(engine: Engine, visit_id: str, team: str | None = None) -> list[Note]:
    """The visit's notes; for a ``team``, without another team's sensitive notes.

    A note belongs to the team that wrote it (``team``; older notes: the visit's team).
    """
    with engine.connect() as conn:
        visit = visit_row(conn, visit_id)
    return [
        Note(
            str(i.get("id")),
            str(i.get("text", "")),
            bool(i.get("sensitive")),
            str(i.get("by", "")),
            str(i.get("at", "")),
        )
        for i in json_list(visit["notes"])
        if isinstance(i, dict) and (team is None or not withheld_from(i, visit["team_id"], team))
    ]


def withheld_from(note: dict[str, Any], visit_team: str | None, team: str) -> bool:
    """A sensitive note of another team: not shown to ``team`` (older notes: the visit's team)."""
    return bool(note.get("sensitive")) and (note.get("team") or visit_team) != team


def finish_visit(engine: Engine, staff: StaffMember, visit_id: str, outcome: str) -> None:
    """Mark the visit done with a short outcome."""
    with engine.begin() as conn:
        visit = visit_row(conn, visit_id)
        if "done" not in VISIT_TRANSITIONS.get(visit["status"], frozenset()):
            raise VisitError(f"a {visit['status']} visit cannot be finished")
        require_consent(conn, staff, visit["person_id"])
        conn.execute(
            text("UPDATE visit SET status = 'done', outcome = :o WHERE id = :id"),
            {"o": outcome.strip() or None, "id": visit_id},
        )
