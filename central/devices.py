"""Device enrollment and authentication.

An enrollment code is used once, inside the transaction that creates the device, so two
devices racing with the same code cannot both enroll. Only SHA-256 digests of codes and
tokens are stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, func, or_, select, update

from central import tables as t
from central.db import read_tx, write_tx
from central.security import digest, new_token, normalise_code, now
from offline_sync.protocol import EnrollResponse, new_id

log = logging.getLogger(__name__)

_E = t.enrollment_code.c
_D = t.device.c


class EnrollmentRefused(Exception):
    """The code is unknown, used or expired (one message for all: no oracle)."""


class Unauthenticated(Exception):
    """No valid device credential."""


class DeviceRevoked(Exception):
    """The device was revoked by an administrator."""


@dataclass(frozen=True)
class Device:
    municipality_id: str
    device_id: str
    role: str
    team_id: str | None
    last_seq: int


def enroll(engine: Engine, code: str, device_name: str) -> EnrollResponse:
    code_hash = digest(normalise_code(code))
    device_id = new_id()
    token = new_token()
    with write_tx(engine) as conn:
        row = conn.execute(
            select(_E.municipality_id, _E.role, _E.team_id, _E.expires_at, _E.used_by).where(
                _E.code_hash == code_hash
            )
        ).first()
        if row is None or row.used_by is not None or row.expires_at <= now():
            raise EnrollmentRefused
        conn.execute(
            update(t.enrollment_code).where(_E.code_hash == code_hash).values(used_by=device_id)
        )
        conn.execute(
            t.device.insert().values(
                municipality_id=row.municipality_id,
                device_id=device_id,
                name=device_name,
                role=row.role,
                team_id=row.team_id,
                token_hash=digest(token),
                last_seq=0,
                enrolled_at=now(),
            )
        )
    log.info("device %s enrolled in %s as %s", device_id, row.municipality_id, row.role)
    return EnrollResponse(
        device_id=device_id,
        token=token,
        municipality_id=row.municipality_id,
        role=row.role,
        team_id=row.team_id,
    )


def authenticate(engine: Engine, token: str) -> Device:
    with read_tx(engine) as conn:
        row = conn.execute(
            select(
                _D.municipality_id, _D.device_id, _D.role, _D.team_id, _D.last_seq, _D.revoked_at
            ).where(_D.token_hash == digest(token))
        ).first()
    if row is None:
        raise Unauthenticated
    if row.revoked_at is not None:
        raise DeviceRevoked
    return Device(row.municipality_id, row.device_id, row.role, row.team_id, row.last_seq)


SKEW_NOISE_S = 30.0


def note_clock_skew(engine: Engine, municipality_id: str, device_id: str, skew_s: float) -> None:
    """Remember how far the device's clock is off (only when it changed noticeably)."""
    with write_tx(engine) as conn:
        conn.execute(
            update(t.device)
            .where(_D.municipality_id == municipality_id, _D.device_id == device_id)
            .where(
                or_(_D.clock_skew_s.is_(None), func.abs(_D.clock_skew_s - skew_s) > SKEW_NOISE_S)
            )
            .values(clock_skew_s=skew_s)
        )
