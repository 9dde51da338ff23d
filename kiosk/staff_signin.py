"""Staff sign-in on the outreach laptop: online the first time, offline from then on.

The laptop keeps the team's `staff_verifier` records (central-owned, synced with team
scope): a slow scrypt hash of each person's password, not their back-office hash. A
person who never signed in on this laptop needs central once (`kiosk.staff_online`);
after that the verifier answers without a network. Wrong passwords are counted here, in
the store's ``device_state`` (so a restart does not reset them): 5 in a row lock that
name for 15 minutes. A record marked ``revoked`` (an administrator's act, by sync) stops
the person at once, online or not. Never log a password.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from kiosk.staff_online import CentralRefused, CentralUnreachable, SignedInOnline
from offline_sync.device_state import delete_state, get_state, set_state
from offline_sync.formats import staff_verifier
from offline_sync.outbox import applying

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCK_SECONDS = 15 * 60

OnlineSignIn = Callable[[str, str], SignedInOnline]


@dataclass(frozen=True)
class StaffMember:
    """Who is signed in: the id written as actor, and their team."""

    staff_id: str
    display_name: str
    role: str
    team_id: str


class SignInFailed(Exception):
    """Base of the reasons a sign-in is refused (the UI chooses its sentence by type)."""


class WrongPassword(SignInFailed):
    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong name or password ({tries_left} tries left)")
        self.tries_left = tries_left


class LockedOut(SignInFailed):
    def __init__(self, until: float) -> None:
        super().__init__("too many wrong passwords")
        self.until = until


class Revoked(SignInFailed):
    """An administrator revoked this person's sign-in."""


class NotThisTeam(SignInFailed):
    """Not outreach staff of this laptop's team."""


class NeedsNetwork(SignInFailed):
    """First sign-in on this laptop, and central cannot be reached."""


def sign_in(
    engine: Engine,
    username: str,
    password: str,
    *,
    online: OnlineSignIn | None = None,
    clock: Callable[[], float] = time.time,
) -> StaffMember:
    """Check ``username``/``password``; with ``online`` central is asked when needed.

    Raises:
        SignInFailed: one of its subclasses.
    """
    username = username.strip()
    now = clock()
    with engine.connect() as conn:
        _check_not_locked(conn, username, now)
        row = _verifier(conn, username)
    if row is not None and _revoked(row["revoked"]):
        raise Revoked(username)
    if row is not None and staff_verifier.matches(password, row["verifier"]):
        name = str(row["display_name"] or username)
        member = StaffMember(username, name, str(row["role"]), str(row["team_id"]))
        _clear_failures(engine, username)
        return member
    if online is not None:  # unknown here, or perhaps a password changed at central
        try:
            answer = online(username, password)
        except CentralUnreachable:
            if row is None:
                raise NeedsNetwork(username) from None
        except CentralRefused as refusal:
            if refusal.code == "staff_revoked":
                raise Revoked(username) from None
            if refusal.code == "not_this_team":
                raise NotThisTeam(username) from None
        else:
            keep_verifier(engine, answer)
            _clear_failures(engine, username)
            return StaffMember(answer.staff_id, answer.display_name, answer.role, answer.team_id)
    elif row is None:
        raise NeedsNetwork(username)
    raise _count_failure(engine, username, now)


def is_revoked(engine: Engine, username: str) -> bool:
    """Whether an administrator's revocation of ``username`` has arrived (by sync)."""
    with engine.connect() as conn:
        row = _verifier(conn, username)
    return row is not None and _revoked(row["revoked"])


def keep_verifier(engine: Engine, answer: SignedInOnline) -> None:
    """Store central's record now (not only at the next pull); a newer local copy wins."""
    columns = ("username", "display_name", "role", "verifier", "revoked", "team_id")
    with engine.begin() as conn:
        current = conn.execute(
            text("SELECT _versions FROM staff_verifier WHERE id = :id"), {"id": answer.record_id}
        ).scalar_one_or_none()
        if current is not None and max(json.loads(current).values(), default=0) >= max(
            answer.versions.values(), default=0
        ):
            return
        values = {name: answer.fields.get(name) for name in columns}
        values["revoked"] = 1 if answer.fields.get("revoked") else 0
        names = ", ".join(columns)
        marks = ", ".join(f":{name}" for name in columns)
        updates = ", ".join(f"{name} = excluded.{name}" for name in columns)
        with applying(conn):
            conn.execute(
                text(
                    f"INSERT INTO staff_verifier (id, {names}, _versions, _deleted)"  # noqa: S608
                    f" VALUES (:id, {marks}, :versions, 0) ON CONFLICT (id) DO UPDATE SET"
                    f" {updates}, _versions = excluded._versions, _deleted = 0"
                ),
                {"id": answer.record_id, "versions": json.dumps(answer.versions), **values},
            )


def _verifier(conn: Connection, username: str) -> dict[str, object] | None:
    row = conn.execute(
        text(
            "SELECT display_name, role, team_id, verifier, revoked FROM staff_verifier"
            " WHERE username = :name AND _deleted = 0"
        ),
        {"name": username},
    ).first()
    return None if row is None else dict(row._mapping)


def _revoked(value: object) -> bool:
    return value not in (None, 0, "0", "", False, "false")


def _key(username: str) -> str:
    return f"staff_sign_in_failures:{username.casefold()}"


def _failures(conn: Connection, username: str) -> tuple[int, float]:
    raw = get_state(conn, _key(username))
    if raw is None:
        return 0, 0.0
    data = json.loads(raw)
    return int(data.get("failures", 0)), float(data.get("locked_until", 0.0))


def _check_not_locked(conn: Connection, username: str, now: float) -> None:
    _count, locked_until = _failures(conn, username)
    if locked_until > now:
        raise LockedOut(locked_until)


def _count_failure(engine: Engine, username: str, now: float) -> SignInFailed:
    with engine.begin() as conn:
        count, locked_until = _failures(conn, username)
        if locked_until and locked_until <= now:  # a lock that ran out starts a new count
            count = 0
        count += 1
        until = now + LOCK_SECONDS if count >= MAX_FAILURES else 0.0
        set_state(conn, _key(username), json.dumps({"failures": count, "locked_until": until}))
    log.info("staff sign-in refused (%d in a row)", count)
    if until:
        return LockedOut(until)
    return WrongPassword(MAX_FAILURES - count)


def _clear_failures(engine: Engine, username: str) -> None:
    with engine.begin() as conn:
        delete_state(conn, _key(username))
