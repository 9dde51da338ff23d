"""Follow-up of a home visit: tasks with due dates, and referrals to partners.

Both need the resident's consent (`kiosk.consent.require_consent`), like every other
personal record of a visit. A referral starts ``proposed`` and moves along its state
machine as the partner answers; its outcome is noted when it comes.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, text

from kiosk.consent import require_consent
from kiosk.staff_signin import StaffMember
from kiosk.visits import VisitError, visit_row
from offline_sync.protocol import REFERRAL_TRANSITIONS, new_id

PARTNERS = ("digipunt", "ocmw", "library", "device_lending")


def add_task(engine: Engine, staff: StaffMember, visit_id: str, task: str, due: date | None) -> str:
    """A follow-up task of the visit for the team (assigned to ``staff``)."""
    if not task.strip():
        raise VisitError("an empty task")
    task_id = new_id()
    with engine.begin() as conn:
        visit = visit_row(conn, visit_id)
        require_consent(conn, staff, visit["person_id"])
        conn.execute(
            text(
                "INSERT INTO task (id, person_id, visit_id, text, due_date, status, assignee,"
                " team_id) VALUES (:id, :person, :visit, :text, :due, 'open', :staff, :team)"
            ),
            {
                "id": task_id,
                "person": visit["person_id"],
                "visit": visit_id,
                "text": task.strip(),
                "due": None if due is None else due.isoformat(),
                "staff": staff.staff_id,
                "team": staff.team_id,
            },
        )
    return task_id


def add_referral(
    engine: Engine, staff: StaffMember, visit_id: str, partner: str, reason: str
) -> str:
    """Refer the resident to a partner; the outcome comes later (`set_referral`)."""
    if partner not in PARTNERS:
        raise VisitError(f"partners are {', '.join(PARTNERS)}, not {partner!r}")
    referral_id = new_id()
    with engine.begin() as conn:
        visit = visit_row(conn, visit_id)
        require_consent(conn, staff, visit["person_id"])
        conn.execute(
            text(
                "INSERT INTO referral (id, person_id, visit_id, partner, reason, status, team_id)"
                " VALUES (:id, :person, :visit, :partner, :reason, 'proposed', :team)"
            ),
            {
                "id": referral_id,
                "person": visit["person_id"],
                "visit": visit_id,
                "partner": partner,
                "reason": reason.strip() or None,
                "team": staff.team_id,
            },
        )
    return referral_id


def set_referral(
    engine: Engine, staff: StaffMember, referral_id: str, status: str, outcome: str = ""
) -> None:
    """Move a referral on (sent, accepted, completed, ...) and note its outcome."""
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT person_id, status FROM referral WHERE id = :id AND _deleted = 0"),
            {"id": referral_id},
        ).first()
        if row is None:
            raise VisitError(f"no referral {referral_id}")
        if status != row.status and status not in REFERRAL_TRANSITIONS.get(row.status, ()):
            raise VisitError(f"a {row.status} referral cannot become {status}")
        require_consent(conn, staff, row.person_id)
        conn.execute(
            text("UPDATE referral SET status = :s, outcome = :o WHERE id = :id"),
            {"s": status, "o": outcome.strip() or None, "id": referral_id},
        )


def tasks_of(engine: Engine, visit_id: str) -> list[tuple[str, str, str]]:
    """(id, text, due date) of the visit's tasks, in due order."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, text, coalesce(due_date, '') FROM task"
                " WHERE visit_id = :v AND _deleted = 0 ORDER BY due_date, id"
            ),
            {"v": visit_id},
        ).all()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def referrals_of(engine: Engine, visit_id: str) -> list[tuple[str, str, str, str]]:
    """(id, partner, status, outcome) of the visit's referrals."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, partner, status, coalesce(outcome, '') FROM referral"
                " WHERE visit_id = :v AND _deleted = 0 ORDER BY id"
            ),
            {"v": visit_id},
        ).all()
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]
