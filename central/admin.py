"""Administration of a municipality: teams, staff, enrollment codes, devices.

Used by ``fygitaal central admin`` and by tests. Every problem a person can fix raises
`AdminError` with one sentence; the command line prints it without a traceback.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from central import tables as t
from central.db import read_tx, write_tx
from central.security import digest, hash_password, new_enrollment_code, normalise_code, now

log = logging.getLogger(__name__)

STAFF_ROLES = ("counter", "outreach", "backoffice", "admin")
DEVICE_ROLES = ("kiosk", "outreach")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class AdminError(Exception):
    """A request that cannot be carried out as asked (unknown municipality, duplicate, ...)."""

    @property
    def user_message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str
    role: str
    team_id: str | None
    last_seq: int
    revoked: bool
    clock_skew_s: float | None = None
    """Device clock minus central's, as last seen; None until the device asked for status."""


def _check_id(kind: str, value: str) -> None:
    if not _ID.match(value):
        raise AdminError(f"{kind} {value!r} must be 1-64 letters, digits, '.', '_' or '-'")


def create_municipality(engine: Engine, municipality_id: str, name: str) -> None:
    _check_id("municipality id", municipality_id)
    try:
        with write_tx(engine) as conn:
            conn.execute(t.municipality.insert().values(municipality_id=municipality_id, name=name))
            conn.execute(t.feed_counter.insert().values(municipality_id=municipality_id, last=0))
    except IntegrityError as exc:
        raise AdminError(f"municipality {municipality_id!r} already exists") from exc


def require_municipality(engine: Engine, municipality_id: str) -> None:
    with read_tx(engine) as conn:
        found = conn.execute(
            select(t.municipality.c.name).where(t.municipality.c.municipality_id == municipality_id)
        ).first()
    if found is None:
        raise AdminError(f"no municipality {municipality_id!r}; create it first")


def _require_team(engine: Engine, municipality_id: str, team_id: str | None) -> None:
    if team_id is None:
        return
    with read_tx(engine) as conn:
        found = conn.execute(
            select(t.team.c.name).where(
                t.team.c.municipality_id == municipality_id, t.team.c.team_id == team_id
            )
        ).first()
    if found is None:
        raise AdminError(f"no team {team_id!r} in municipality {municipality_id!r}")


def create_team(engine: Engine, municipality_id: str, team_id: str, name: str) -> None:
    require_municipality(engine, municipality_id)
    _check_id("team id", team_id)
    try:
        with write_tx(engine) as conn:
            conn.execute(
                t.team.insert().values(municipality_id=municipality_id, team_id=team_id, name=name)
            )
    except IntegrityError as exc:
        raise AdminError(f"team {team_id!r} already exists") from exc


def create_staff(
    engine: Engine,
    municipality_id: str,
    username: str,
    role: str,
    *,
    password: str,
    team_id: str | None = None,
) -> None:
    if role not in STAFF_ROLES:
        raise AdminError(f"role must be one of {', '.join(STAFF_ROLES)}")
    if len(password) < 8:
        raise AdminError("the password must have at least 8 characters")
    _check_id("username", username)
    require_municipality(engine, municipality_id)
    _require_team(engine, municipality_id, team_id)
    try:
        with write_tx(engine) as conn:
            conn.execute(
                t.staff.insert().values(
                    municipality_id=municipality_id,
                    username=username,
                    role=role,
                    team_id=team_id,
                    password_hash=hash_password(password),
                )
            )
    except IntegrityError as exc:
        raise AdminError(f"staff member {username!r} already exists") from exc


def create_enrollment_code(
    engine: Engine,
    municipality_id: str,
    role: str,
    team_id: str | None = None,
    valid_hours: float = 24,
) -> str:
    """A one-time code a device exchanges for its credentials; shown once."""
    if role not in DEVICE_ROLES:
        raise AdminError(f"device role must be one of {', '.join(DEVICE_ROLES)}")
    if role == "outreach" and team_id is None:
        raise AdminError("an outreach device needs --team")
    if not 0 < valid_hours <= 24 * 30:
        raise AdminError("--valid-hours must be between 0 and 720")
    require_municipality(engine, municipality_id)
    _require_team(engine, municipality_id, team_id)
    code = new_enrollment_code()
    with write_tx(engine) as conn:
        conn.execute(
            t.enrollment_code.insert().values(
                code_hash=digest(normalise_code(code)),
                municipality_id=municipality_id,
                role=role,
                team_id=team_id,
                expires_at=now() + int(valid_hours * 3600),
            )
        )
    log.info("enrollment code created for a %s device in %s", role, municipality_id)
    return code


def revoke_device(engine: Engine, device_id: str) -> None:
    with write_tx(engine) as conn:
        done = conn.execute(
            update(t.device)
            .where(t.device.c.device_id == device_id, t.device.c.revoked_at.is_(None))
            .values(revoked_at=now())
        )
    if done.rowcount == 0:
        raise AdminError(f"no active device {device_id!r}")
    log.info("device %s revoked", device_id)


def list_devices(engine: Engine, municipality_id: str) -> list[DeviceInfo]:
    require_municipality(engine, municipality_id)
    d = t.device.c
    with read_tx(engine) as conn:
        rows = conn.execute(
            select(d.device_id, d.name, d.role, d.team_id, d.last_seq, d.revoked_at, d.clock_skew_s)
            .where(d.municipality_id == municipality_id)
            .order_by(d.enrolled_at, d.device_id)
        ).all()
    return [
        DeviceInfo(
            r.device_id,
            r.name,
            r.role,
            r.team_id,
            r.last_seq,
            r.revoked_at is not None,
            r.clock_skew_s,
        )
        for r in rows
    ]
