"""Staff sign-in on devices (device-authenticated) and its revocation by an admin.

``POST /v1/staff/assist`` is called by a kiosk when a staff member signs in beside a
citizen (assisted mode); central checks the password, role and revocation, and the kiosk
keeps nothing of it but the name for the session.

``POST /v1/staff/sign-in`` is called by an enrolled outreach laptop the first time a staff
member signs in there (and whenever it is online); the answer carries the published
`staff_verifier` record so that the laptop can sign the person in offline from then on.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from central import staff_verifiers as sv
from central.api.deps import DeviceDep, EngineDep, StaffDep, require_role
from central.api.errors import ApiError, documented
from central.api.models import Written

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["outreach staff"])
_STRICT = ConfigDict(extra="forbid")


class StaffSignIn(BaseModel):
    model_config = _STRICT
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class StaffVerifierRecord(BaseModel):
    """The `staff_verifier` record as central stored it (same shape as a pulled change)."""

    model_config = _STRICT
    entity_id: str
    fields: dict[str, Any]
    versions: dict[str, int]
    position: int


class StaffSignedIn(BaseModel):
    model_config = _STRICT
    staff_id: str = Field(description="the id written as actor and staff_id (the username)")
    display_name: str
    role: str
    team_id: str
    record: StaffVerifierRecord


@contextlib.contextmanager
def _refusals(not_here: ApiError) -> Iterator[None]:
    """Why central refuses a staff member, as the API says it on a laptop and at a kiosk.

    ``not_here``: the answer for a role or team that may not sign in on this device.
    """
    try:
        yield
    except sv.SignInRefused:
        raise ApiError(401, "sign_in_refused", "unknown user or wrong password") from None
    except sv.NotThisTeam:
        raise not_here from None
    except sv.StaffRevoked:
        raise ApiError(403, "staff_revoked", "this staff member's sign-in was revoked") from None


@router.post(
    "/staff/sign-in", response_model=StaffSignedIn, responses=documented(401, 403, 413, 422)
)
def post_sign_in(body: StaffSignIn, engine: EngineDep, device: DeviceDep) -> StaffSignedIn:
    """Sign a staff member in on this outreach laptop and publish their offline verifier."""
    if device.role != "outreach":
        raise ApiError(403, "forbidden", "only an outreach laptop signs staff in")
    with _refusals(ApiError(403, "not_this_team", "not outreach staff of this laptop's team")):
        published = sv.sign_in(
            engine, device.municipality_id, device.team_id, body.username, body.password
        )
    fields = published.fields
    return StaffSignedIn(
        staff_id=body.username,
        display_name=str(fields.get("display_name") or body.username),
        role=str(fields["role"]),
        team_id=str(fields["team_id"]),
        record=StaffVerifierRecord(
            entity_id=published.record_id,
            fields=fields,
            versions=published.versions,
            position=published.position,
        ),
    )


class KioskAssistant(BaseModel):
    """Who signed in at the kiosk to help: every act in the session is recorded as theirs."""

    model_config = _STRICT
    staff_id: str
    display_name: str
    role: str


@router.post(
    "/staff/assist", response_model=KioskAssistant, responses=documented(401, 403, 413, 422)
)
def post_assist(body: StaffSignIn, engine: EngineDep, device: DeviceDep) -> KioskAssistant:
    """A staff member signs in at this kiosk to do services with the citizen beside them."""
    if device.role != "kiosk":
        raise ApiError(403, "forbidden", "only a kiosk signs in staff to assist")
    with _refusals(ApiError(403, "not_assisting_staff", "this role does not assist at kiosks")):
        found = sv.check_assistant(engine, device.municipality_id, body.username, body.password)
    log.info("staff member %s signed in to assist at kiosk %s", found.username, device.device_id)
    return KioskAssistant(staff_id=found.username, display_name=found.display_name, role=found.role)


@router.post(
    "/backoffice/staff/{username}/revoke",
    response_model=Written,
    responses=documented(401, 403, 404, 422),
)
def post_revoke(
    username: Annotated[str, Path(min_length=1, max_length=64)],
    engine: EngineDep,
    staff: StaffDep,
) -> Written:
    """Revoke a staff member's laptop sign-in; their team's laptops learn it by sync."""
    require_role(staff, ("admin",))
    try:
        position = sv.revoke(engine, staff.municipality_id, username)
    except sv.UnknownStaff:
        raise ApiError(404, "not_found", f"no staff member {username!r}") from None
    return Written(position=position)
