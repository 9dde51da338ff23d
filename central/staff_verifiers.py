"""Offline sign-in for outreach staff: central publishes a `staff_verifier` record per person.

A laptop out on home visits has no network, yet its staff must sign in. The first sign-in
on a team's laptop goes to central (`sign_in`); central then publishes a *verifier*: a
slow, salted scrypt hash of the password, derived separately from the login hash (own
salt, own cost, own scheme name), so a copy taken from a laptop is not the back-office
credential. The record has team scope: every laptop of the team receives it by sync, and
``revoked`` set by an administrator (`revoke`) reaches them the same way.

The verifier's format, shared with the laptop, is in ``offline_sync.formats.staff_verifier``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from central import tables as t
from central.db import read_tx, write_tx
from central.feed import Positions, Record, load, save
from central.security import verify_password
from offline_sync.formats import staff_verifier

OUTREACH_ROLES = ("outreach",)
ASSISTING_ROLES = ("counter", "backoffice", "outreach")
"""Who may sign in at a town-hall kiosk to do services with a citizen (assisted mode)."""
_NAMESPACE = uuid.UUID("8f0d6a2e-3c55-4d0e-9a51-6f7b2f6c1d10")
_S = t.staff.c


class SignInRefused(Exception):
    """Unknown user or wrong password (one answer for both)."""


class NotThisTeam(Exception):
    """The staff member is not outreach staff of the laptop's team."""


class StaffRevoked(Exception):
    """An administrator revoked this staff member's offline sign-in."""


class UnknownStaff(LookupError):
    """No staff member by that name in the municipality."""


@dataclass(frozen=True)
class Published:
    """The verifier record as stored (the device keeps a copy at once)."""

    record_id: str
    fields: dict[str, Any]
    versions: dict[str, int]
    position: int


def verifier_id(municipality_id: str, username: str) -> str:
    """One stable record id per staff member, so a new verifier replaces the old one."""
    return str(uuid.uuid5(_NAMESPACE, f"{municipality_id}/{username}"))


def _staff_row(engine: Engine, municipality_id: str, username: str) -> Any:
    with read_tx(engine) as conn:
        return conn.execute(
            select(_S.role, _S.team_id, _S.password_hash).where(
                _S.municipality_id == municipality_id, _S.username == username
            )
        ).first()


def _current(engine: Engine, municipality_id: str, username: str) -> Record:
    with read_tx(engine) as conn:
        return load(conn, municipality_id, "staff_verifier", verifier_id(municipality_id, username))


def sign_in(
    engine: Engine, municipality_id: str, team_id: str | None, username: str, password: str
) -> Published:
    """Check a staff member on a laptop of ``team_id`` and publish their verifier.

    Raises:
        SignInRefused, NotThisTeam, StaffRevoked.
    """
    row = _staff_row(engine, municipality_id, username)
    if row is None or not verify_password(password, row.password_hash):
        raise SignInRefused
    if row.role not in OUTREACH_ROLES or team_id is None or row.team_id != team_id:
        raise NotThisTeam
    rec = _current(engine, municipality_id, username)
    if rec.exists and rec.fields.get("revoked"):
        raise StaffRevoked
    wanted: dict[str, Any] = {
        "username": username,
        "display_name": rec.fields.get("display_name") or username,
        "role": row.role,
        "team_id": row.team_id,
        "revoked": False,
    }
    changes = {k: v for k, v in wanted.items() if rec.fields.get(k) != v}
    if not staff_verifier.matches(password, rec.fields.get("verifier")):  # new or changed
        changes["verifier"] = staff_verifier.derive(password)
    return _write(engine, municipality_id, username, changes)


@dataclass(frozen=True)
class Assistant:
    """A staff member signed in at a kiosk beside a citizen."""

    username: str
    display_name: str
    role: str


def check_assistant(
    engine: Engine, municipality_id: str, username: str, password: str
) -> Assistant:
    """Whether ``username`` may assist citizens at a kiosk (nothing is kept on the kiosk).

    Raises:
        SignInRefused: unknown user or wrong password.
        NotThisTeam: a role that does not serve citizens at the kiosk (an administrator).
        StaffRevoked: an administrator revoked this person's sign-in.
    """
    row = _staff_row(engine, municipality_id, username)
    if row is None or not verify_password(password, row.password_hash):
        raise SignInRefused
    if row.role not in ASSISTING_ROLES:
        raise NotThisTeam
    rec = _current(engine, municipality_id, username)
    if rec.exists and rec.fields.get("revoked"):
        raise StaffRevoked
    return Assistant(username, str(rec.fields.get("display_name") or username), row.role)


def revoke(engine: Engine, municipality_id: str, username: str) -> int:
    """Stop offline (and laptop) sign-in of ``username``; returns the feed position.

    Raises:
        UnknownStaff: no such staff member.
    """
    row = _staff_row(engine, municipality_id, username)
    if row is None:
        raise UnknownStaff(username)
    changes: dict[str, Any] = {"revoked": True}
    rec = _current(engine, municipality_id, username)
    if not rec.exists:  # never signed in: an unusable verifier, so the record is complete
        changes |= {"username": username, "role": row.role, "team_id": row.team_id}
        changes |= {"display_name": username, "verifier": "revoked"}
    return _write(engine, municipality_id, username, changes).position


def _write(
    engine: Engine, municipality_id: str, username: str, changes: dict[str, Any]
) -> Published:
    record_id = verifier_id(municipality_id, username)
    with write_tx(engine) as conn:
        positions = Positions(conn, municipality_id)
        rec = load(conn, municipality_id, "staff_verifier", record_id)
        if changes:
            save(conn, positions, rec, changes)
            positions.flush()
    return Published(record_id, dict(rec.fields), dict(rec.versions), rec.position)
