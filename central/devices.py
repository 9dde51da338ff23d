"""Device enrollment and authentication.

An enrollment code is used once, inside the transaction that creates the device, so two
devices racing with the same code cannot both enroll. Only SHA-256 digests of codes and
tokens are stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, select, update

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
    pulled_position: int = 0
    clock_skew_s: float | None = None


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
                _D.municipality_id,
                _D.device_id,
                _D.role,
                _D.team_id,
                _D.last_seq,
                _D.revoked_at,
                _D.pulled_position,
                _D.clock_skew_s,
            ).where(_D.token_hash == digest(token))
        ).first()
    if row is None:
        raise Unauthenticated
    if row.revoked_at is not None:
        raise DeviceRevoked
    return Device(
        row.municipality_id,
        row.device_id,
        row.role,
        row.team_id,
        row.last_seq,
        row.pulled_position,
        row.clock_skew_s,
    )


SKEW_NOISE_S = 30.0


def note_clock_skew(engine: Engine, device: Device, skew_s: float) -> None:
    """Remember how far the device's clock is off; writes only when it changed noticeably."""
    known = device.clock_skew_s
    if known is not None and abs(known - skew_s) <= SKEW_NOISE_S:
        return
    with write_tx(engine) as conn:
        conn.execute(
            update(t.device)
            .where(_D.municipality_id == device.municipality_id, _D.device_id == device.device_id)
            .values(clock_skew_s=skew_s)
        )
