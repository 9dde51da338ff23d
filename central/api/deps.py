"""Request dependencies: the engine, the calling device, the signed-in staff member."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import Engine

from central.api.errors import ApiError
from central.devices import Device, DeviceRevoked, Unauthenticated, authenticate
from central.staff import Staff, staff_for_token

BACKOFFICE_READ = ("counter", "backoffice", "admin")
BACKOFFICE_WRITE = ("backoffice", "admin")


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]


def _bearer(authorization: str | None) -> str:
    if authorization is None or not authorization.lower().startswith("bearer "):
        raise ApiError(401, "unauthenticated", "send 'Authorization: Bearer <token>'")
    return authorization[7:].strip()


def current_device(
    engine: EngineDep, authorization: Annotated[str | None, Header()] = None
) -> Device:
    token = _bearer(authorization)
    try:
        return authenticate(engine, token)
    except Unauthenticated:
        raise ApiError(401, "unauthenticated", "unknown device credential; enroll again") from None
    except DeviceRevoked:
        raise ApiError(
            403, "device_revoked", "this device was revoked; ask an administrator"
        ) from None


def current_staff(
    engine: EngineDep, authorization: Annotated[str | None, Header()] = None
) -> Staff:
    staff = staff_for_token(engine, _bearer(authorization))
    if staff is None:
        raise ApiError(401, "unauthenticated", "sign in again (POST /v1/staff/login)")
    return staff


def require_role(staff: Staff, roles: tuple[str, ...]) -> None:
    if staff.role not in roles:
        raise ApiError(403, "forbidden", f"the role {staff.role!r} may not do this")


DeviceDep = Annotated[Device, Depends(current_device)]
StaffDep = Annotated[Staff, Depends(current_staff)]
