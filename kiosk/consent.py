"""Consent first: no personal data about a resident before a consent or a legal ground.

The privacy rule of the outreach work: **nothing personal is entered for a resident before
a consent, or an explicit legal ground, is recorded** for that resident and valid now.
Every domain function that stores something about a resident calls `require_consent` in
its own transaction, so no screen can forget. A consent follows OSLO Toestemming: purpose,
when and how it was given (eID read, signature on screen, paper form, or a legal ground),
and when it expires.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, text

from kiosk.caseload import parse_time
from kiosk.staff_signin import StaffMember
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

METHODS = ("eid", "signature", "paper", "legal_ground")


class ConsentMissing(PermissionError):
    """No valid consent or legal ground for this resident: nothing personal may be stored."""


class ConsentInvalid(ValueError):
    """A consent without what it needs (purpose, evidence, an expiry after the start)."""


def now() -> datetime:
    return datetime.now(UTC)


def record_consent(
    engine: Engine,
    staff: StaffMember,
    person_id: str,
    *,
    purpose: str,
    method: str,
    expires_at: datetime | None,
    evidence: str = "",
    given_at: datetime | None = None,
) -> str:
    """Store a consent (or a legal ground: ``method='legal_ground'``, purpose names it)."""
    with engine.begin() as conn:
        return insert_consent(
            conn,
            staff,
            person_id,
            purpose=purpose,
            method=method,
            expires_at=expires_at,
            evidence=evidence,
            given_at=given_at,
        )


def insert_consent(
    conn: Connection,
    staff: StaffMember,
    person_id: str,
    *,
    purpose: str,
    method: str,
    expires_at: datetime | None,
    evidence: str = "",
    given_at: datetime | None = None,
) -> str:
    """`record_consent` inside the caller's transaction (a consent given by an eID read is
    stored with the card's link, or not at all).

    Raises:
        ConsentInvalid: a method, purpose, evidence or expiry the consent cannot have.
    """
    given = given_at or now()
    if method not in METHODS:
        raise ConsentInvalid(f"consent is given by {', '.join(METHODS)}, not {method!r}")
    if not purpose.strip():
        raise ConsentInvalid("a consent needs its purpose")
    if method in ("signature", "paper") and not evidence.strip():
        raise ConsentInvalid("a signature or paper form needs its evidence (hash or form number)")
    if expires_at is not None and expires_at <= given:
        raise ConsentInvalid("a consent must expire after it was given")
    consent_id = new_id()
    set_actor(conn, staff.staff_id)
    conn.execute(
        text(
            "INSERT INTO consent (id, person_id, purpose, method, given_at, expires_at,"
            " evidence, staff_id, team_id) VALUES (:id, :person, :purpose, :method,"
            " :given, :expires, :evidence, :staff, :team)"
        ),
        {
            "id": consent_id,
            "person": person_id,
            "purpose": purpose.strip(),
            "method": method,
            "given": given.isoformat(timespec="seconds"),
            "expires": None if expires_at is None else expires_at.isoformat(timespec="seconds"),
            "evidence": evidence.strip() or None,
            "staff": staff.staff_id,
            "team": staff.team_id,
        },
    )
    return consent_id


def has_consent(engine: Engine, person_id: str, at: datetime | None = None) -> bool:
    with engine.connect() as conn:
        return _valid_consent(conn, person_id, at or now())


def _valid_consent(conn: Connection, person_id: str, at: datetime) -> bool:
    rows = conn.execute(
        text(
            "SELECT given_at, expires_at, withdrawn_at FROM consent"
            " WHERE person_id = :person AND _deleted = 0"
        ),
        {"person": person_id},
    ).all()
    for given, expires, withdrawn in rows:
        start, end, gone = parse_time(given), parse_time(expires), parse_time(withdrawn)
        if start is None or start > at or (gone is not None and gone <= at):
            continue
        if end is None or end > at:
            return True
    return False


def require_consent(conn: Connection, staff: StaffMember, person_id: str) -> None:
    """Refuse before anything personal is written; then name the staff member as actor."""
    if not _valid_consent(conn, person_id, now()):
        raise ConsentMissing("record the resident's consent or a legal ground first")
    set_actor(conn, staff.staff_id)
